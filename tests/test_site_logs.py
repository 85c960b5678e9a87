"""No log line carries a client address or a query string (the privacy page promises it)."""

import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT, clean_environment
from therapy_readiness.gunicorn_logging import scrub


def test_scrubbing_takes_out_addresses_of_both_kinds_and_query_strings():
    line = scrub("from ip=198.51.100.7 and [2001:db8::7]: 'GET /resources/?area=mood HTTP/1.1'")
    assert "198.51" not in line and "2001:db8" not in line and "area=mood" not in line
    assert "GET /resources/" in line


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).close()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail("gunicorn did not come up")


@pytest.fixture
def gunicorn_log(tmp_path):
    """Run gunicorn as `make serve` does, on a throwaway SQLite file; yields (port, log path)."""
    port, log = _free_port(), tmp_path / "gunicorn.log"
    env = clean_environment() | {
        "DEBUG": "0",
        "HTTPS": "0",
        "SECRET_KEY": "x" * 50,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    command = [
        *(sys.executable, "-m", "gunicorn", "therapy_readiness.wsgi"),
        *("--bind", f"127.0.0.1:{port}", "--workers", "1", "--no-control-socket"),
        *("--access-logfile", "-"),
    ]
    with log.open("w") as out:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
        try:
            _wait_for(port)
            yield port, log
        finally:
            server.terminate()
            server.wait(timeout=10)


def test_gunicorn_logs_neither_the_address_nor_the_query_of_a_bad_request(gunicorn_log):
    port, log = gunicorn_log
    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz?area=mood", timeout=5).close()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        raw.sendall(b"GET /resources/?area=anxiety HTTP/1.1 junk\r\nHost: x\r\n\r\n")
        raw.recv(1024)
    time.sleep(0.5)
    text = log.read_text()
    assert "Invalid request" in text and '"GET /healthz"' in text
    assert "127.0.0.1" not in text.replace(f"127.0.0.1:{port}", "")
    assert "area=" not in text
