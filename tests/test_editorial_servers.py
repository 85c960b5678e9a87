"""An editor's change shows at once on every app server: two gunicorn processes, one Postgres."""

import sys
import urllib.request

import pytest
from django.db import connection
from django.urls import reverse

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from servers import free_port, production_env, start_gunicorn

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="servers share one Postgres"),
    pytest.mark.usefixtures("seeded_db"),
]


@pytest.fixture
def two_servers(monkeypatch):
    db = connection.settings_dict
    url = f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    monkeypatch.setenv("DATABASE_URL", url)
    env = production_env()
    ports = [free_port(), free_port()]
    servers = [start_gunicorn(port, env, workers=1) for port in ports]
    yield [f"http://127.0.0.1:{port}" for port in ports]
    for server in servers:
        server.terminate()
        server.wait(timeout=10)


def checklist_on(server: str) -> str:
    with urllib.request.urlopen(server + "/checklist/", timeout=10) as reply:
        return reply.read().decode()


def test_an_editor_change_and_its_revert_show_on_both_servers_at_once(
    two_servers, client, make_staff
):
    from symptoms.models import Sign

    sign = Sign.objects.active().first()
    old = sign.text
    assert all(old in checklist_on(server) for server in two_servers)
    client.force_login(make_staff("Content editors"))
    data = {
        "text": "Reworded for both servers",
        "example": sign.example,
        "area": sign.area_id,
        "kind": sign.kind,
        "order": sign.order,
        "is_active": "on",
        "sources": [source.pk for source in sign.sources.all()],
    }
    change = reverse("admin:symptoms_sign_change", args=[sign.pk])
    assert client.post(change, data).status_code == 302
    assert all("Reworded for both servers" in checklist_on(server) for server in two_servers)
    first = sign.history.earliest()
    revert = reverse("admin:symptoms_sign_simple_history", args=[sign.pk, first.pk])
    assert client.post(revert, {**data, "text": first.text}).status_code == 302
    pages = [checklist_on(server) for server in two_servers]
    assert all(old in page and "Reworded for both servers" not in page for page in pages)
