"""Two app servers, each with two workers, on one database: edits show on both at once.

Each server runs the production configuration under gunicorn. Without REDIS_URL every
worker keeps its own cache and reads the content version from the database; with it,
all four workers share one Redis. Either way an editor's change, made here through the
admin, must show on the next request to any worker.
"""

import os
import secrets
import subprocess
import sys
import urllib.request

import pytest
from django.db import connection

from resources.models import Guide, Resource
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from servers import free_port, start_gunicorn

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="servers share PostgreSQL"),
]
# Enough requests that each of a server's two workers answers some of them.
TRIES = 6


@pytest.fixture
def servers(seeded_db):
    db = connection.settings_dict
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}"
        f"/{db['NAME']}",
        "DEBUG": "0",
        "HTTPS": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    started = []
    try:
        for _ in range(2):
            port = free_port()
            started.append((start_gunicorn(port, env, workers=2), f"http://127.0.0.1:{port}"))
        yield [url for _server, url in started]
    finally:
        for server, _url in started:
            server.terminate()
            server.wait(timeout=10)


def pages(base: str, path: str) -> list[str]:
    bodies = []
    for _ in range(TRIES):
        with urllib.request.urlopen(base + path, timeout=10) as reply:
            bodies.append(reply.read().decode())
    return bodies


def edit_guide_title(admin_client, guide: Guide, title: str) -> None:
    response = admin_client.post(
        f"/admin/resources/guide/{guide.pk}/change/",
        {
            "title": title,
            "summary": guide.summary,
            "body": guide.body,
            "closing": guide.closing,
            "sources": [source.pk for source in guide.sources.all()],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def test_an_edit_a_delete_and_a_revert_show_at_once_on_another_server(servers, admin_client):
    first, second = servers
    guide = Guide.objects.get(slug="cost-and-insurance")
    old_title = guide.title
    for base in servers:  # both servers have the page cached
        assert all(old_title in body for body in pages(base, "/resources/cost-and-insurance/"))
        assert all("Open Path Collective" in body for body in pages(base, "/resources/"))

    edit_guide_title(admin_client, guide, "Paying for therapy, edited")
    assert all(
        "Paying for therapy, edited" in b for b in pages(second, "/resources/cost-and-insurance/")
    )

    resource = Resource.objects.get(slug="open-path-collective")
    response = admin_client.post(
        f"/admin/resources/resource/{resource.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert all("Open Path Collective" not in body for body in pages(second, "/resources/"))

    edit_guide_title(admin_client, guide, old_title)  # the revert
    for base in (first, second):
        bodies = pages(base, "/resources/cost-and-insurance/")
        assert all(old_title in body and "edited" not in body for body in bodies)
