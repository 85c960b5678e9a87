"""Shared test fixtures: a real Chromium through Playwright, axe-core, and seeded content.

Browser tests get a `page` at phone size on the live test server. Every request the page
makes is recorded, and the test fails if any of them goes to another host: no page may
talk to a third party.
"""

import copy
import datetime
import itertools
import json
import os
import subprocess
import sys
import uuid
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core import serializers
from django.core.management import call_command
from django.db import connections, transaction
from django.test import override_settings

from sitecache.versioning import content_changed

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to
# run inside one unless told this is safe (it is: one thread, no real async code).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parent.parent
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="session", autouse=True)
def _plain_static_files():
    """Serve static files straight from the source tree: the manifest needs collectstatic."""
    plain = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=plain):
        yield


@pytest.fixture(scope="session")
def seeded_content(django_db_setup, django_db_blocker) -> dict[str, str]:
    """The migrated, seeded database of each alias, serialized once per test run."""
    with django_db_blocker.unblock():
        return {
            alias: connections[alias].creation.serialize_db_to_string() for alias in connections
        }


@pytest.fixture
def seeded_db(transactional_db, seeded_content):
    """A database that really commits, holding the seeded content, for other processes.

    A browser test's live server, or a second app server, reads what the test commits,
    so the test cannot run inside a rolled-back transaction. Each such test starts from
    the seed again, and pytest-django empties the database after it (these tests run
    after all the others, which see the seed untouched inside their transactions).
    """
    for alias, contents in seeded_content.items():
        # Emptied first, without the content types and permissions that pytest-django's
        # flush after the previous such test created again under other keys.
        flush = {"inhibit_post_migrate": True, "reset_sequences": False}
        call_command("flush", database=alias, interactive=False, **flush)
        restore(contents, alias)


def restore(contents: str, alias: str) -> None:
    """Load serialized rows a table at a time: Django's own restore saves them one by one.

    The same steps as `deserialize_db_from_string` (one transaction, constraints checked
    at the end), with one INSERT per table and per many-to-many table instead of a few
    queries per row. Rows inserted this way send no signal, so the content version is
    bumped here, as every other bulk write of content does.
    """
    rows, links = defaultdict(list), defaultdict(list)
    for loaded in serializers.deserialize("json", contents, using=alias):
        model = type(loaded.object)
        rows[model].append(loaded.object)
        for name, targets in loaded.m2m_data.items():
            field = model._meta.get_field(name)
            through = field.remote_field.through
            source = through._meta.get_field(field.m2m_field_name()).attname
            target = through._meta.get_field(field.m2m_reverse_field_name()).attname
            links[through] += [through(**{source: loaded.object.pk, target: pk}) for pk in targets]
    tables, connection = rows | links, connections[alias]
    with transaction.atomic(using=alias):
        with connection.constraint_checks_disabled():
            for model, objects in tables.items():
                model._base_manager.using(alias).bulk_create(objects)
        connection.check_constraints(table_names=[model._meta.db_table for model in tables])
        content_changed(alias)


@pytest.fixture(autouse=True)
def _fresh_page_cache(settings):
    """Each test starts with nothing cached: its own key prefix (a Redis may be shared)."""
    caches = copy.deepcopy(settings.CACHES)
    caches["default"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex}"
    settings.CACHES = caches
    settings.PAGE_CACHE_SECONDS = 300  # whatever a test leaves in a shared Redis soon goes


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server, seeded_db):
    """Open pages in fresh browser contexts (a fresh context is a separate device).

    Every request each page makes is checked at the end: anything that left the live
    test server fails the test, and so does a console error (a Content-Security-Policy
    violation shows up there) or a missing static file. Seeded content is restored around
    each browser test.
    """
    contexts, requests, errors = [], [], []

    def open_page(viewport=PHONE, **context_options):
        context = browser.new_context(viewport=viewport, **context_options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on("request", lambda request: requests.append(request.url))
        page.on("console", lambda message: record_console_error(message, errors))
        page.on("response", lambda response: record_missing_static(response, errors))
        return page

    yield open_page
    for context in contexts:
        context.close()
    server = urlsplit(live_server.url).netloc
    elsewhere = [
        url
        for url in requests
        if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).netloc != server
    ]
    assert elsewhere == [], f"pages made requests to other hosts: {elsewhere}"
    assert errors == [], f"the browser console reported errors: {errors}"


def record_console_error(message, errors):
    # Pages answered with 4xx on purpose (a 429, a 404) are logged as failed loads: tests
    # check those statuses themselves; a missing stylesheet or script is caught below.
    if message.type == "error" and not message.text.startswith("Failed to load resource"):
        errors.append(message.text)


def record_missing_static(response, errors):
    if "/static/" in response.url and response.status >= 400:
        errors.append(f"{response.status} {response.url}")


@pytest.fixture
def page(new_page):
    """A page at phone size in a fresh browser context."""
    return new_page()


def _axe_violations(page):
    if not AXE_JS.exists():
        pytest.fail("axe-core is missing: run `make test` (it runs `npm ci`)")
    # evaluate, not add_script_tag: the strict Content-Security-Policy blocks injected tags.
    page.evaluate(AXE_JS.read_text())
    # No CSSOM preload: it copies stylesheets into <style> elements, which the strict CSP
    # blocks (admin CSS uses @import); only the css-orientation-lock rule needs it.
    return page.evaluate("async () => (await axe.run(document, {preload: false})).violations")


@pytest.fixture
def axe():
    """Call axe(page) to assert that axe-core finds no accessibility violations.

    axe needs JavaScript: on a page opened with java_script_enabled=False it never returns.
    To check the no-JavaScript version of a page, block the site's scripts with
    page.route("**/static/js/**", lambda route: route.abort()) instead.
    """

    def check(page):
        violations = _axe_violations(page)
        summary = [
            {"rule": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in violations
        ]
        assert violations == [], f"axe-core on {page.url}:\n{json.dumps(summary, indent=2)}"

    return check


def _without_async_unsafe(environ):
    return {k: v for k, v in environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}


# What the project reads from the environment: a subprocess given clean_environment() sees
# none of the test run's (or the developer's) values, only what the test passes.
PROJECT_VARIABLES = (
    "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS", "DATABASE_URL", "HTTPS",
    "ADMIN_PATH", "VISIT_RETENTION_DAYS", "RESUME_ATTEMPTS_PER_ADDRESS",
    "RESUME_ATTEMPT_WINDOW_MINUTES", "TRUSTED_PROXY_COUNT", "QUICK_EXIT_URL", "STATIC_ROOT",
    "LOG_LEVEL", "REDIS_URL",
)  # fmt: skip


def clean_environment() -> dict[str, str]:
    environ = _without_async_unsafe(os.environ)
    return {k: v for k, v in environ.items() if k not in PROJECT_VARIABLES}


def _run(command, env):
    return subprocess.run(
        command,
        cwd=ROOT,
        env={**_without_async_unsafe(os.environ), **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="session")
def run_manage():
    """Run manage.py in a subprocess with the test environment; returns CompletedProcess."""
    return lambda *args, env=None: _run([sys.executable, "manage.py", *args], env)


@pytest.fixture(scope="session")
def run_python():
    """Run a Python snippet in a subprocess with the test environment."""
    return lambda code, env=None: _run([sys.executable, "-c", code], env)


@pytest.fixture
def make_staff(django_user_model):
    """make_staff(group, username=...) -> a staff user in that seeded group."""
    from django.contrib.auth.models import Group

    def make(group: str, username: str | None = None):
        user = django_user_model.objects.create_user(
            username or group.split()[0].lower(), password="pass-for-tests", is_staff=True
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def make_reviewer():
    """make_reviewer(user=None, **overrides) -> a Reviewer record (Jordan Lee, LCSW)."""
    from editorial.models import Reviewer

    def make(user=None, **overrides):
        fields = {"name": "Jordan Lee", "credential": "LCSW", **overrides}
        return Reviewer.objects.create(user=user, **fields)

    return make


@pytest.fixture
def signs_due_at_midnight(make_reviewer):
    """Every active sign reviewed and due again today; gives a moment minutes before midnight.

    Minutes on either side of it are well within a cached page's lifetime, so a page that
    shows "Next review was due" after midnight was made afresh for the new day.
    """
    from django.utils import timezone

    from symptoms.models import Sign

    evening = timezone.localtime().replace(hour=23, minute=58)
    reviewer = make_reviewer()
    for sign in Sign.objects.active():
        sign.record_review(by=reviewer, on=evening.date(), next_due=evening.date())
        sign.save()
    return evening


# Content: resources with sensible defaults, one at a time or many.

RESOURCE_CHECKED_ON = datetime.date(2026, 11, 29)


def _resource_relations() -> dict:
    from resources.models import Area, Audience, Cost, Format, Language, State

    return {
        "areas": Area,
        "costs": Cost,
        "formats": Format,
        "languages": Language,
        "audiences": Audience,
        "states": State,
    }


@pytest.fixture
def make_resource():
    """make_resource(**overrides) -> a published therapist directory.

    Pass area/cost/... slugs as lists, e.g. make_resource(areas=["mood"]).
    """
    from resources.models import Resource

    relations = _resource_relations()

    def make(**overrides):
        chosen = {name: overrides.pop(name) for name in list(overrides) if name in relations}
        number = next(_resource_numbers)
        fields = {
            "name": f"Test resource {number}",
            "slug": f"test-resource-{number}",
            "summary": "A resource made for a test.",
            "kind": Resource.Kind.DIRECTORY,
            "website": f"https://example.org/{number}/",
            "last_checked_on": RESOURCE_CHECKED_ON,
            **overrides,
        }
        resource = Resource.objects.create(**fields)
        for name, slugs in chosen.items():
            getattr(resource, name).set(relations[name].objects.filter(slug__in=slugs))
        return resource

    return make


@pytest.fixture
def make_many_resources():
    """make_many_resources(count, areas=..., costs=...) -> None: `count` published directories.

    Each has areas, costs, a format, a language and an audience; written in bulk, so the
    content version is bumped here (bulk_create sends no signal).
    """
    from resources.models import Resource
    from sitecache.versioning import bump_content_version

    relations = _resource_relations()

    def make(count: int, *, areas=("mood", "sleep"), costs=("free",)) -> None:
        resources = Resource.objects.bulk_create(
            Resource(
                name=f"Bulk resource {number:04d}",
                slug=f"bulk-resource-{number}",
                summary="One of many.",
                description="Some **Markdown** text.",
                kind=Resource.Kind.DIRECTORY,
                website="https://example.org/",
                last_checked_on=RESOURCE_CHECKED_ON,
            )
            for number in itertools.islice(_resource_numbers, count)
        )
        links = {
            "areas": areas,
            "costs": costs,
            "formats": ["video"],
            "languages": ["english"],
            "audiences": ["everyone"],
        }
        for relation, slugs in links.items():
            model = relations[relation]
            through = getattr(Resource, relation).through
            column = model._meta.model_name + "_id"
            pks = list(model.objects.filter(slug__in=slugs).values_list("pk", flat=True))
            through.objects.bulk_create(
                through(resource_id=resource.pk, **{column: pk})
                for resource in resources
                for pk in pks
            )
        bump_content_version()

    return make


# Numbers shared by both resource fixtures, so slugs never collide within a run.
_resource_numbers = itertools.count(1)


@pytest.fixture
def axe_without_javascript(new_page, axe):
    """axe_without_javascript(url): run axe-core on a page as a visitor without JavaScript.

    axe-core cannot run in a context with JavaScript switched off (its timers never fire),
    so this loads the page with the site's own scripts blocked instead: the same DOM a
    no-JavaScript visitor sees, with axe still able to run.
    """

    def check(url: str) -> None:
        page = new_page()
        page.route("**/static/js/**", lambda route: route.abort())
        page.goto(url)
        axe(page)

    return check


# Visits: made, attached to a test client's session and saved, without going through pages.


@pytest.fixture
def make_visit():
    """make_visit(**fields) -> a Visit; `last_active_at` may be given (auto_now would win)."""
    from visits.models import Visit

    def make(**fields):
        last_active_at = fields.pop("last_active_at", None)
        visit = Visit.objects.create(**fields)
        if last_active_at is not None:
            Visit.objects.filter(pk=visit.pk).update(last_active_at=last_active_at)
            visit.refresh_from_db()
        return visit

    return make


@pytest.fixture
def attach():
    """attach(client, visit): tie a test client's session to a visit, as answering would."""
    from visits.session import SESSION_KEY

    def tie(client, visit) -> None:
        session = client.session
        session[SESSION_KEY] = visit.pk
        session.save()

    return tie


@pytest.fixture
def session_visit_id():
    """session_visit_id(client) -> the visit id the client's session holds, or None."""
    from visits.session import SESSION_KEY

    return lambda client: client.session.get(SESSION_KEY)


@pytest.fixture
def saved_visit(make_visit, attach):
    """saved_visit(client=None) -> (visit, resume code); attached to `client` if given."""
    from visits.services import issue_resume_code

    def save(client=None):
        visit = make_visit()
        code = issue_resume_code(visit=visit)
        if client is not None:
            attach(client, visit)
        return visit, code

    return save


@pytest.fixture
def run_at_once():
    """run_at_once(task, times) -> results of `task` run in `times` threads released together.

    Each thread uses its own database connection, closed when it finishes.
    """
    import threading

    def run_all(task, times: int) -> list:
        barrier, results = threading.Barrier(times), []

        def run() -> None:
            try:
                barrier.wait()
                results.append(task())
            finally:
                connections.close_all()

        workers = [threading.Thread(target=run) for _ in range(times)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        return results

    return run_all


@pytest.fixture
def rows_per_table():
    """rows_per_table(visit_pk) -> {model label: rows of that visit}, for every answer table."""
    from tests.answers import tables_under_visit

    def count(visit_pk: int) -> dict[str, int]:
        return {
            model._meta.label: model._default_manager.filter(**{lookup: visit_pk}).count()
            for model, lookup in tables_under_visit()
        }

    return count


@pytest.fixture
def fill_every_answer_table():
    """fill_every_answer_table(visit): answer everything a visitor can, through the services.

    The checklist, both screeners, the whole prep plan and the outreach list.
    """
    from intake import services as intake_services
    from intake.models import BankQuestion, GoalSuggestion
    from outreach import services as outreach_services
    from outreach.models import Entry, Status
    from resources.models import Area, Resource
    from symptoms import services as symptom_services
    from symptoms.models import Sign

    def fill(visit) -> None:
        sign = Sign.objects.first() or Sign.objects.create(
            text="Sleep has changed", example="", area=Area.objects.first()
        )
        symptom_services.record_checklist(
            visit=visit, frequencies={sign.pk: 2}, difficulty=1, self_harm_thoughts=False
        )
        symptom_services.record_screener(
            visit=visit, instrument="phq-9", answers=[1] * 9, difficulty=1
        )
        symptom_services.record_screener(
            visit=visit, instrument="gad-7", answers=[2] * 7, difficulty=None
        )
        intake_services.save_what_brings_me(
            visit=visit,
            signs=["sleep"],
            signs_left_out=[],
            first_words="I can't rest.",
            duration="weeks",
            resume_at=2,
        )
        suggestion = GoalSuggestion.objects.first()
        intake_services.save_goals(
            visit=visit, suggestion_ids=[suggestion.pk], own_goals="Sleep better", resume_at=3
        )
        question = BankQuestion.objects.first()
        intake_services.save_questions(
            visit=visit, question_ids=[question.pk], own_questions=["Evenings?"], resume_at=4
        )
        outreach_services.add_resource(visit=visit, resource=Resource.objects.not_crisis().first())
        outreach_services.add_own(
            visit=visit, name="Dr Lee", phone="555 0100", website="lee.example"
        )
        for entry in Entry.objects.filter(visit=visit):
            outreach_services.record_status(visit=visit, entry_id=entry.pk, status=Status.EMAILED)

    return fill


# Symptoms: signs, and check-ins recorded through the services.


@pytest.fixture
def make_sign():
    """make_sign(**overrides) -> an active Sign in the focus area, after the seeded ones.

    Bumps the content version as an editor's committed save would (a test's own
    transaction never commits), so pages shared by every visitor show the new sign.
    """
    from resources.models import Area
    from sitecache.versioning import bump_content_version
    from symptoms.models import Sign

    def make(**overrides):
        fields = {
            "text": "Finding it hard to get started on things",
            "example": "leaving the same task for days.",
            "area": Area.objects.get(slug="focus"),
            "order": 100,
        }
        sign = Sign.objects.create(**(fields | overrides))
        bump_content_version()
        return sign

    return make


@pytest.fixture
def add_signs(make_sign):
    """add_signs(count): more active signs, to show a page's queries don't grow."""

    def add(count: int) -> None:
        for number in range(count):
            make_sign(text=f"Extra sign {number}", order=200 + number)

    return add


@pytest.fixture
def take_checklist():
    """take_checklist(visit, frequency=1, difficulty=1, ..., **{pk: value}) -> the attempt.

    Records a checklist for every active sign at `frequency`; by_sign overrides single
    signs by primary key.
    """
    from symptoms import services
    from symptoms.models import Sign
    from tests.answers import answer_for

    def take(
        visit, *, frequency=1, difficulty=1, self_harm_thoughts=False, weights=None, **by_sign
    ):
        frequencies = {sign.pk: answer_for(sign, frequency) for sign in Sign.objects.active()}
        frequencies |= {int(pk): value for pk, value in by_sign.items()}
        return services.record_checklist(
            visit=visit,
            frequencies=frequencies,
            difficulty=difficulty,
            self_harm_thoughts=self_harm_thoughts,
            weights=weights,
        )

    return take


@pytest.fixture
def take_screener():
    """take_screener(visit, slug, answers, difficulty=1) -> the recorded screener attempt."""
    from symptoms import services

    def take(visit, slug: str, answers: list[int], difficulty: int | None = 1):
        return services.record_screener(
            visit=visit, instrument=slug, answers=answers, difficulty=difficulty
        )

    return take


@pytest.fixture
def session_cookie(live_server, attach):
    """session_cookie(visit) -> a browser cookie for `visit`, for context.add_cookies."""
    from django.test import Client

    def cookie(visit) -> dict:
        client = Client()
        attach(client, visit)
        return {
            "name": "sessionid",
            "value": client.cookies["sessionid"].value,
            "url": live_server.url,
        }

    return cookie


# Intake: the prep plan's content and a check-in faked for unit-style tests.


@pytest.fixture
def use_symptoms(monkeypatch):
    """use_symptoms(symptoms=None) -> the visits asked about; every page sees `symptoms`.

    Fakes the check-in summary (empty by default) for tests of intake on its own; browser
    tests check in on the real pages instead (the `check_in` fixture).
    """
    from symptoms import summary
    from symptoms.summary import VisitSymptoms

    def use(symptoms=None) -> list:
        asked = []

        def fake(visit):
            asked.append(visit)
            return symptoms or VisitSymptoms()

        monkeypatch.setattr(summary, "symptoms_for_visit", fake)
        return asked

    return use


@pytest.fixture
def visit_of():
    """visit_of(client) -> the Visit the client's session is attached to, or None."""
    from visits.models import Visit
    from visits.session import SESSION_KEY

    return lambda client: Visit.objects.filter(pk=client.session.get(SESSION_KEY)).first()


@pytest.fixture
def goal():
    """goal(text) -> the seeded GoalSuggestion with that text."""
    from intake.models import GoalSuggestion

    return lambda text: GoalSuggestion.objects.get(text=text)


@pytest.fixture
def bank():
    """bank(text) -> the seeded BankQuestion with that text."""
    from intake.models import BankQuestion

    return lambda text: BankQuestion.objects.get(text=text)


# Browser: a check-in on the real pages.


@pytest.fixture
def check_in(live_server):
    """check_in(page, option="Several days", *, at=None, safety="No", answers=None,
    submit=True) -> the text of the page's first question.

    Answers a check-in page as a visitor would: the checklist or a screener, opened at the
    address `at`, or else the page the browser is on. Every radio group gets `option` (the
    second option on scales without it) and the safety question `safety`; `answers` maps
    part of a question to the option for it, or to None to leave it unanswered. With
    `submit`, sends the form and waits for its results page.
    """
    import re

    from symptoms.forms import SAFETY_QUESTION

    def answer(page, option="Several days", *, at=None, safety="No", answers=None, submit=True):
        if at is not None:
            page.goto(live_server.url + at)
        first_question = page.locator("fieldset legend").first.inner_text().strip()
        unmatched = dict(answers or {})
        for group in page.get_by_role("group").all():
            question = group.locator("legend").inner_text()
            chosen = [label for part, label in (answers or {}).items() if part in question]
            for part in [part for part in unmatched if part in question]:
                del unmatched[part]
            if chosen:
                if chosen[0] is not None:
                    group.get_by_role("radio", name=chosen[0], exact=True).check()
            elif question == SAFETY_QUESTION:
                group.get_by_role("radio", name=safety, exact=True).check()
            elif group.get_by_role("radio", name=option, exact=True).count():
                group.get_by_role("radio", name=option, exact=True).check()
            else:
                group.get_by_role("radio").nth(1).check()
        assert not unmatched, f"no question on {page.url} contains {list(unmatched)}"
        if submit:
            page.get_by_role("button", name=re.compile(r"^See my results?$")).click()
            page.wait_for_url("**/results/")
        return first_question

    return answer
