"""Throughput and latency of the main pages under the production configuration.

Starts gunicorn (DEBUG off, plain http on 127.0.0.1, the database from DATABASE_URL or the
local SQLite file), drives each page with wrk for a few seconds, and prints requests per
second and latency percentiles. Only loopback traffic; every run is bounded in time.

    make bench                      # or: .venv/bin/python bench/run.py --seconds 5
"""

import argparse
import os
import re
import shutil
import subprocess

from servers import free_port, production_env, start_gunicorn

PAGES = ["/healthz", "/", "/checklist/", "/screeners/phq-9/", "/first-session/", "/resources/"]


def wrk(url: str, seconds: int, connections: int) -> dict[str, str]:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures = {"req/s": re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)}
    for pct in ("50", "99"):
        match = re.search(rf"^\s+{pct}%\s+(\S+)", out, re.MULTILINE)
        figures[f"p{pct}"] = match.group(1) if match else "?"
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    figures["non-2xx"] = errors.group(1) if errors else "0"
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")

    env = production_env()
    port = free_port()
    server = start_gunicorn(port, env, workers=args.workers)
    try:
        base = f"http://127.0.0.1:{port}"
        database = env.get("DATABASE_URL", "sqlite").split(":", 1)[0]
        print(f"gunicorn x{args.workers}, wrk -c{args.connections} -d{args.seconds}s, {database}")
        print(f"{'page':<22}{'req/s':>10}{'p50':>10}{'p99':>10}{'non-2xx':>9}")
        for page in PAGES:
            f = wrk(base + page, args.seconds, args.connections)
            print(f"{page:<22}{f['req/s']:>10}{f['p50']:>10}{f['p99']:>10}{f['non-2xx']:>9}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
