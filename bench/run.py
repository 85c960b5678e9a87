"""Throughput and latency of the main pages under the production configuration.

Starts gunicorn (DEBUG off, plain http on 127.0.0.1, the database from DATABASE_URL or the
local SQLite file), drives each page with wrk for a few seconds, and prints requests per
second, latency percentiles and each page's throughput as a share of /healthz's in the
same run (one database round trip and no template: the ceiling). The machine is shared,
so absolute figures vary from run to run; the shares vary much less. The checklist results
are measured as a returning visitor with answers (a session cookie). Only loopback
traffic; every run is bounded in time. Each page gets a second of traffic before it is
measured, so the figures are the steady state rather than each worker's first render.

    make bench                      # or: .venv/bin/python bench/run.py --seconds 5
    .venv/bin/python bench/run.py --only /checklist/results/   # one page against /healthz
"""

import argparse
import os
import re
import shutil
import subprocess

from servers import free_port, production_env, start_gunicorn
from two_servers import Device

# (address, goal as a share of /healthz, measured as a returning visitor)
PAGES = [
    ("/healthz", None, False),
    ("/", 0.5, False),
    ("/first-session/", 0.5, False),
    ("/resources/", 0.5, False),
    ("/resources/?kind=directory&cost=free", 0.5, False),
    ("/resources/", 0.5, True),
    ("/resources/calling-988/", 0.5, False),
    ("/checklist/", 0.3, False),
    ("/checklist/", None, True),  # a blank form again, and when they last did it
    ("/screeners/phq-9/", 0.3, False),
    ("/checklist/results/", 0.2, True),
    ("/prepare/goals/", None, True),  # a visitor's own form: the slowest kind of page
    ("/prepare/practicalities/", None, True),
]


def returning_visitor_cookie(base: str) -> str:
    """Answer the checklist once, as a browser would, and return its Cookie header."""
    visitor = Device("returning visitor")
    status, where, _ = visitor.submit(base + "/checklist/")
    if not where.endswith("/checklist/results/"):
        raise SystemExit(f"could not answer the checklist (status {status})")
    return "; ".join(f"{cookie.name}={cookie.value}" for cookie in visitor.cookies)


def wrk(url: str, seconds: int, connections: int, cookie: str = "") -> dict[str, str]:
    headers = ["-H", f"Cookie: {cookie}"] if cookie else []
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", *headers, url],
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
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)
    parser.add_argument(
        "--only", nargs="*", default=[], help="measure only these addresses (and /healthz)"
    )
    args = parser.parse_args()
    pages = [page for page in PAGES if not args.only or page[0] in ["/healthz", *args.only]]
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")

    env = production_env()
    port = free_port()
    server = start_gunicorn(port, env, workers=args.workers)
    try:
        base = f"http://127.0.0.1:{port}"
        database = env.get("DATABASE_URL", "sqlite").split(":", 1)[0]
        print(f"gunicorn x{args.workers}, wrk -c{args.connections} -d{args.seconds}s, {database}")
        cookie = returning_visitor_cookie(base)
        print(
            f"{'page':<40}{'req/s':>9}{'p50':>10}{'p99':>10}{'non-2xx':>8}{'share':>7}{'goal':>6}"
        )
        ceiling = None
        for page, goal, returning in pages:
            headers = cookie if returning else ""
            # A second of warm-up first, left out: each worker renders a shared page once per
            # content version, and those first renders are not what visitors meet after.
            wrk(base + page, 1, args.connections, headers)
            f = wrk(base + page, args.seconds, args.connections, headers)
            ceiling = ceiling or float(f["req/s"])
            share = float(f["req/s"]) / ceiling
            label = page + (" (returning)" if returning else "")
            print(
                f"{label:<40}{f['req/s']:>9}{f['p50']:>10}{f['p99']:>10}{f['non-2xx']:>8}"
                f"{share:>7.2f}{goal or '':>6}"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
