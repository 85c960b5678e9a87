"""Outage drill: visitors keep answering while PostgreSQL restarts, and no answer is lost.

Starts a PostgreSQL cluster of its own (initdb in a temporary directory, on a port of its
own: the machine's shared server is never touched), two gunicorn servers in the
`make serve` configuration on it, and checks first that a visit saved on one server
resumes on the other. Then two rounds of simulated visitors (threads with an HTTP client,
loopback only, bounded in number and time) each answer the checklist, the PHQ-9 and the
four prep-plan steps, and save a resume code. Mid-round the database is restarted (round
1) or stopped for five seconds (round 2). Visitors act as people would: a page that fails
("come back in a moment") is sent again a little later.

Afterwards every visitor who was shown a code resumes on the other server, and every
answer that had been confirmed to them (the next page came back) must be there, and no
shared page may still be served with the outage's fixed crisis lines. Prints visitors,
requests, statuses during the outage, outage and recovery time, answers lost and such
pages left, and exits non-zero unless both are 0.

    make drill                       # or: .venv/bin/python bench/drill.py --visitors 24
"""

import argparse
import contextlib
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from servers import production_env, start_gunicorn
from two_servers import Device, Page
from two_servers import drill as two_server_drill

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
# Ports of this project's drill range (see the developers' guide); any free one works.
PG_PORT = int(os.environ.get("DRILL_PG_PORT", "21010"))
DRILL_PORTS = [int(p) for p in os.environ.get("DRILL_PORTS", "21020,21021").split(",")]
VISITOR_DEADLINE = 120  # seconds one visitor may take, retries included
RETRIES_WITHIN = 0.5  # seconds between tries after a failed page, at most Retry-After


class PrivatePostgres:
    """A throwaway PostgreSQL cluster in a temporary directory, run as an unprivileged user."""

    def __init__(self, port: int):
        self.port = port
        self.root = Path(tempfile.mkdtemp(prefix="tr-drill-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:  # initdb refuses to run as root
            account = pwd.getpwnam("postgres")
            os.chown(self.root, account.pw_uid, account.pw_gid)

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/therapy_readiness_drill"

    def _pg(self, tool: str, *args: str) -> None:
        command = [*self.as_user, str(PG_BIN / tool), *args]
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=60)

    def _ctl(self, action: str, *args: str) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        self._pg("pg_ctl", action, "-D", str(self.data), "-l", str(self.log), "-w",
                 "-o", options, *args)  # fmt: skip

    def init_and_start(self) -> None:
        self._pg("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync")
        self._ctl("start")

    def restart(self) -> None:
        self._ctl("restart", "-m", "fast")

    def stop(self) -> None:
        self._ctl("stop", "-m", "fast")

    def start(self) -> None:
        self._ctl("start")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class Log:
    """Every request's (time, status) from every visitor; status 0 is a refused connection."""

    events: list[tuple[float, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: int) -> None:
        with self.lock:
            self.events.append((time.monotonic(), status))


class Visitor:
    """One simulated person on one server, remembering what the site confirmed to them."""

    def __init__(self, number: int, server: str, log: Log):
        self.number, self.server, self.log = number, server, log
        self.device = Device(f"visitor {number}")
        self.confirmed: dict[str, str] = {}  # what was confirmed -> how to recognise it
        self.code = ""
        self.deadline = time.monotonic() + VISITOR_DEADLINE

    def _until_it_works(self, send, done) -> tuple[int, str, str] | None:
        """Send until the page comes back as `done` says, like a person pressing again."""
        while time.monotonic() < self.deadline:
            try:
                result = send()
            except urllib.error.HTTPError as error:  # a 503 on the way to the form
                result = (error.code, "", "")
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                self.log.add(0)
                time.sleep(RETRIES_WITHIN)
                continue
            self.log.add(result[0])
            if done(result):
                return result
            time.sleep(RETRIES_WITHIN)
        return None

    def submit(self, path: str, arrives: str, **values: str) -> tuple[int, str, str] | None:
        url = self.server + path
        return self._until_it_works(
            lambda: self.device.submit(url, **values),
            lambda result: result[0] == 200 and result[1].split("#")[0].endswith(arrives),
        )

    def visit(self) -> None:
        opened = self._until_it_works(
            lambda: (200, *self.device.get(self.server + "/checklist/")), lambda got: got[0] == 200
        )
        if opened is None:
            return
        signs = Page(opened[2]).legends[:3]
        if self.submit("/checklist/", "/checklist/results/"):
            self.confirmed["checklist"] = signs[0]
        if self.submit("/screeners/phq-9/", "/screeners/phq-9/results/"):
            self.confirmed["phq-9"] = "9 out of 27"
        words = f"Drill visitor {self.number} would like to talk about sleep."
        steps = [
            ("/prepare/what-brings-me/", "/prepare/goals/", {"first_words": words}),
            ("/prepare/goals/", "/prepare/practicalities/", {"own_goals": f"Goal {self.number}"}),
            ("/prepare/practicalities/", "/prepare/questions/", {}),
            ("/prepare/questions/", "/prepare/sheet/", {"own_questions": f"Ask {self.number}?"}),
        ]
        for path, arrives, values in steps:
            if self.submit(path, arrives, go="next", **values):
                for value in values.values():
                    self.confirmed[path] = value
        saved = self.submit("/save/", "/save/")
        if saved:
            self.code = Page(saved[2]).code

    def answers_lost(self, other_server: str) -> int:
        """Resume on the other server as a new device; count confirmed answers not found."""
        if not self.code:
            return 0
        device = Device(f"visitor {self.number}, second device")
        _, where, _ = device.submit(other_server + "/resume/", code=self.code)
        if not where.endswith("/resume/welcome/"):
            return len(self.confirmed) or 1
        pages = {
            "checklist": "/checklist/results/",
            "phq-9": "/screeners/phq-9/results/",
        }
        lost = 0
        for what, expected in self.confirmed.items():
            _, html = device.get(other_server + pages.get(what, "/prepare/sheet/"))
            lost += expected not in html.replace("&#x27;", "'")
        return lost


def health_monitor(server: str, log: list[tuple[float, bool]], stop: threading.Event) -> None:
    device = Device("load balancer")
    while not stop.is_set():
        try:
            device.get(server + "/healthz")
            log.append((time.monotonic(), True))
        except (urllib.error.URLError, OSError):
            log.append((time.monotonic(), False))
        time.sleep(0.1)


def run_round(name, servers, postgres, outage, visitors, delay) -> dict:
    log, health, stop = Log(), [], threading.Event()
    people = [Visitor(n, servers[n % 2], log) for n in range(visitors)]
    threads = [threading.Thread(target=person.visit) for person in people]
    monitor = threading.Thread(target=health_monitor, args=(servers[0], health, stop))
    monitor.start()
    started = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(delay)
    down_at = time.monotonic()
    outage(postgres)
    back_at = time.monotonic()
    for thread in threads:
        thread.join(timeout=VISITOR_DEADLINE + 10)
    finished = time.monotonic()
    stop.set()
    monitor.join()
    healthy_again = next((t for t, ok in health if t >= back_at and ok), None)
    during = Counter(
        status for t, status in log.events if down_at <= t <= (healthy_again or finished)
    )
    lost = sum(person.answers_lost(servers[(person.number + 1) % 2]) for person in people)
    return {
        "round": name,
        "visitors": visitors,
        "requests": len(log.events),
        "statuses": Counter(status for _, status in log.events),
        "during": during,
        "outage": back_at - down_at,
        "recovery": (healthy_again - back_at) if healthy_again else None,
        "codes": sum(bool(person.code) for person in people),
        "confirmed": sum(len(person.confirmed) for person in people),
        "lost": lost,
        "seconds": finished - started,
    }


def restart(postgres: PrivatePostgres) -> None:
    postgres.restart()


def stop_for_five_seconds(postgres: PrivatePostgres) -> None:
    postgres.stop()
    time.sleep(5)
    postgres.start()


# Pages shared by every visitor, and a line of the editors' crisis strip that the fixed
# outage lines do not have: a copy stored while the strip could not be read would lack it.
SHARED_PAGES = ["/", "/checklist/", "/screeners/phq-9/", "/first-session/", "/resources/"]
EDITORS_STRIP = "Prefer texting?"


def outage_copies_left(servers: list[str], tries: int = 12) -> int:
    """Shared pages still served with the outage's crisis lines once the database is back.

    Each page is asked for several times on each server, to reach every worker's copy.
    """
    newcomer = Device("newcomer")
    return sum(
        EDITORS_STRIP not in newcomer.get(server + page)[1]
        for server in servers
        for page in SHARED_PAGES
        for _ in range(tries)
    )


def show(result: dict) -> None:
    def statuses(counter: Counter) -> str:
        return ", ".join(f"{status or 'refused'}: {n}" for status, n in sorted(counter.items()))

    recovery = f"{result['recovery']:.2f} s" if result["recovery"] is not None else "never"
    print(f"{result['round']}")
    print(f"  visitors {result['visitors']}, requests {result['requests']}, "
          f"{result['seconds']:.1f} s; codes shown {result['codes']}")  # fmt: skip
    print(f"  all statuses: {statuses(result['statuses'])}")
    print(f"  statuses during the outage: {statuses(result['during'])}")
    print(f"  outage {result['outage']:.2f} s, recovery {recovery} after the database was back")
    print(f"  answers confirmed {result['confirmed']}, answers lost {result['lost']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=24)
    parser.add_argument("--delay", type=float, default=2.0, help="seconds before the outage")
    args = parser.parse_args()
    if not (PG_BIN / "initdb").exists():
        print(f"PostgreSQL's initdb is not in {PG_BIN}: set PG_BIN")
        return 2
    postgres = PrivatePostgres(PG_PORT)
    servers = []
    try:
        postgres.init_and_start()
        os.environ["DATABASE_URL"] = postgres.url
        env = production_env()  # creates the database, migrates, collects static files
        ports = DRILL_PORTS
        servers = [start_gunicorn(port, env, workers=3) for port in ports]
        urls = [f"http://127.0.0.1:{port}" for port in ports]
        print(f"private PostgreSQL on port {PG_PORT}; gunicorn x3 on ports {ports[0]}, {ports[1]}")
        steps = two_server_drill(*urls)
        for label, ok in steps:
            print(f"  {'ok  ' if ok else 'FAIL'} {label}")
        results = [
            run_round("round 1: PostgreSQL restarted", urls, postgres, restart,
                      args.visitors, args.delay),
            run_round("round 2: PostgreSQL stopped for 5 s", urls, postgres,
                      stop_for_five_seconds, args.visitors, args.delay),
        ]  # fmt: skip
        stand_ins = outage_copies_left(urls)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        postgres.remove()
    for result in results:
        show(result)
    print(f"shared pages still showing the outage's crisis lines afterwards: {stand_ins}")
    passed = (
        stand_ins == 0
        and all(ok for _, ok in steps)
        and all(
            r["lost"] == 0 and r["codes"] == r["visitors"] and r["recovery"] is not None
            for r in results
        )
    )
    print(f"{time.strftime('%Y-%m-%d')}: {'PASS' if passed else 'FAIL'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
