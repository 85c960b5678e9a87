"""Start the app under gunicorn in its production configuration, for benchmarks and drills.

Plain http on 127.0.0.1 only (DEBUG off, HTTPS=0), on the database in DATABASE_URL.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from ensure_database import ensure_database

ROOT = Path(__file__).resolve().parent.parent


def production_env() -> dict[str, str]:
    """The environment for `make serve`, migrated and with static files collected.

    Every server started with it shares one SECRET_KEY: resume codes are hashed with a key
    derived from it, so servers with different keys could not resume each other's visits.
    """
    env = {**os.environ, "DEBUG": "0", "HTTPS": "0"}
    env.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    if env.get("DATABASE_URL"):
        ensure_database(env["DATABASE_URL"])
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True)
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(port: int, env: dict[str, str], workers: int = 2) -> subprocess.Popen:
    """A gunicorn on 127.0.0.1:port, answering /healthz before this returns."""
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "therapy_readiness.wsgi", "--bind",
         f"127.0.0.1:{port}", "--workers", str(workers), "--no-control-socket"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as reply:
                if reply.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"gunicorn on port {port} did not come up")
