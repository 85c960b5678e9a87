"""Drill: save on one app server, resume on another, both on one PostgreSQL.

Starts two gunicorn servers (the production configuration, plain http on 127.0.0.1) on
different ports against DATABASE_URL, then, as two separate "devices" with their own
cookies, answers the checklist and saves on server 1, resumes on server 2 and sees the
answers, deletes there, and checks the old code no longer works on server 1. Nothing
about a visit may live in a process for this to pass.

    DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/therapy_readiness \\
        .venv/bin/python bench/two_servers.py

Prints each step and exits non-zero if any fails.
"""

import http.cookiejar
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

from servers import free_port, production_env, start_gunicorn


class Page(HTMLParser):
    """The bits of a page the drill needs: the POST form's fields, legends, the code."""

    def __init__(self, html: str):
        super().__init__()
        self.fields: dict[str, str] = {}
        self.radios: dict[str, list[str]] = {}
        self.legends: list[str] = []
        self.code = ""
        self._in: str | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name"):
            if attrs.get("type") == "radio":
                self.radios.setdefault(attrs["name"], []).append(attrs.get("value", ""))
            elif attrs.get("type") in ("hidden", "text", None):
                self.fields.setdefault(attrs["name"], attrs.get("value", ""))
        elif tag == "legend":
            self._in = "legend"
            self.legends.append("")
        elif attrs.get("id") == "resume-code":
            self._in = "code"

    def handle_endtag(self, tag):
        if tag in ("legend", "p"):
            self._in = None

    def handle_data(self, data):
        if self._in == "legend":
            self.legends[-1] += data.strip()
        elif self._in == "code":
            self.code += data.strip()


class Device:
    """One browser: its own cookie jar. Follows redirects like a browser does."""

    def __init__(self, name: str):
        self.name = name
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, url: str) -> tuple[str, str]:
        with self.opener.open(url, timeout=10) as response:
            return response.geturl(), response.read().decode()

    def post(self, url: str, data: dict[str, str]) -> tuple[int, str, str]:
        body = urllib.parse.urlencode(data).encode()
        try:
            with self.opener.open(url, data=body, timeout=10) as response:
                return response.status, response.geturl(), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, url, error.read().decode()

    def submit(self, url: str, **values: str) -> tuple[int, str, str]:
        """GET the page, fill its form (radios: the second option, or `values`), POST it."""
        _, html = self.get(url)
        page = Page(html)
        radios = {name: options[min(1, len(options) - 1)] for name, options in page.radios.items()}
        return self.post(url, {**page.fields, **radios, **values})


def drill(one: str, two: str) -> list[tuple[str, bool]]:
    steps = []
    phone, laptop, stranger = Device("phone"), Device("laptop"), Device("stranger")

    _, checklist = phone.get(one + "/checklist/")
    first_sign = Page(checklist).legends[0]
    status, where, _ = phone.submit(one + "/checklist/")
    steps.append(("phone answers the checklist on server 1", where.endswith("/checklist/results/")))

    status, _, html = phone.submit(one + "/save/")
    code = Page(html).code
    steps.append(("phone gets a resume code on server 1", status == 200 and len(code) == 24))

    status, where, _ = laptop.submit(two + "/resume/", code=code.lower())
    steps.append(("laptop resumes with the code on server 2", where.endswith("/resume/welcome/")))
    _, results = laptop.get(two + "/checklist/results/")
    steps.append(("laptop sees the phone's answers on server 2", first_sign in results))

    status, where, _ = laptop.submit(two + "/forget/")
    steps.append(("laptop deletes everything on server 2", where.endswith("/forget/done/")))

    status, where, html = stranger.submit(one + "/resume/", code=code)
    steps.append(("the old code fails on server 1", "find saved answers for that code" in html))
    return steps


def main() -> int:
    database = os.environ.get("DATABASE_URL", "")
    if not database.startswith(("postgres://", "postgresql://")):
        print("Set DATABASE_URL to a PostgreSQL database: the drill is about sharing one.")
        return 2
    env = production_env()  # one SECRET_KEY for both servers
    ports = [free_port(), free_port()]
    while ports[0] == ports[1]:
        ports[1] = free_port()
    servers = []
    try:
        servers.extend(start_gunicorn(port, env) for port in ports)
        one, two = (f"http://127.0.0.1:{port}" for port in ports)
        started = time.monotonic()
        steps = drill(one, two)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=10)

    print(f"two gunicorn servers on ports {ports[0]} and {ports[1]}, one PostgreSQL")
    for label, ok in steps:
        print(f"  {'ok  ' if ok else 'FAIL'} {label}")
    passed = all(ok for _, ok in steps)
    print(f"{'PASS' if passed else 'FAIL'} in {time.monotonic() - started:.1f} s")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
