import re
import secrets
import subprocess
import sys

import psycopg
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.http import HttpResponseNotFound
from whitenoise.middleware import WhiteNoiseMiddleware

from tests.conftest import ROOT, clean_environment
from therapy_readiness.settings import env_bool, env_int, env_list

PRODUCTION = {"DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(50), "HTTPS": "1"}
# A PostgreSQL address where nothing listens: whatever runs with it needs no database.
NO_DATABASE = {"DEBUG": "0", "DATABASE_URL": "postgres://nobody:x@127.0.0.1:9/nothing"}


def test_env_bool_reads_the_usual_spellings(monkeypatch):
    monkeypatch.setenv("FLAG", "yes")
    assert env_bool("FLAG", False) is True
    monkeypatch.setenv("FLAG", "0")
    assert env_bool("FLAG", True) is False


def test_env_bool_fails_loudly_on_nonsense(monkeypatch):
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        env_bool("FLAG", False)


def test_env_list_splits_on_commas_and_refuses_an_empty_list(monkeypatch):
    monkeypatch.setenv("HOSTS", "a.example, b.example")
    assert env_list("HOSTS", []) == ["a.example", "b.example"]
    monkeypatch.setenv("HOSTS", " , ")
    with pytest.raises(ImproperlyConfigured):
        env_list("HOSTS", [])


def test_env_int_refuses_words_and_small_numbers(monkeypatch):
    monkeypatch.setenv("DAYS", "thirty")
    with pytest.raises(ImproperlyConfigured):
        env_int("DAYS", 30)
    monkeypatch.setenv("DAYS", "0")
    with pytest.raises(ImproperlyConfigured):
        env_int("DAYS", 30, minimum=1)


def test_the_site_refuses_to_start_without_a_secret_key_when_debug_is_off(run_python):
    # No database is reachable here: the refusal must not depend on one existing.
    result = run_python("import therapy_readiness.wsgi", env={**NO_DATABASE, "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_the_site_starts_with_env_example_loaded_as_it_is():
    loaded = f"set -a && . {ROOT / '.env.example'} && set +a && "
    command = "python -c 'from therapy_readiness.wsgi import application' && python manage.py check"
    result = subprocess.run(
        ["bash", "-c", loaded + command.replace("python", sys.executable)],
        cwd=ROOT,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_deploy_checks_refuse_the_placeholder_key_from_env_example(run_manage):
    key = re.search(r"^SECRET_KEY=(.+)$", (ROOT / ".env.example").read_text(), re.M)[1]
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env={**PRODUCTION, "SECRET_KEY": key}
    )
    assert result.returncode != 0 and "security.W009" in result.stderr + result.stdout


def test_env_example_lists_every_setting_the_app_reads():
    source = (ROOT / "therapy_readiness" / "settings.py").read_text()
    read = set(re.findall(r'env_(?:bool|list|int)\("([A-Z_]+)"', source))
    read |= set(re.findall(r'os\.environ\.get\("([A-Z_]+)"', source))
    listed = set(re.findall(r"^#? ?([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert read - listed == set()


@pytest.mark.parametrize("path", ["/admin/", "admin", "../x/", "a b/"])
def test_a_bad_admin_path_stops_the_app_with_a_clear_message(run_manage, path):
    result = run_manage("check", env={"ADMIN_PATH": path})
    assert result.returncode != 0 and "ADMIN_PATH must look like" in result.stderr


def test_the_admin_can_move_to_another_path(run_manage):
    script = "from django.urls import reverse; print(reverse('admin:login'))"
    result = run_manage("shell", "-c", script, env={"ADMIN_PATH": "staff/desk/"})
    assert result.stdout.split()[-1] == "/staff/desk/login/", result.stderr


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
def test_serve_and_drill_create_a_missing_postgres_database():
    sys.path.insert(0, str(ROOT / "bench"))
    from ensure_database import ensure_database

    config = connection.settings_dict
    address = {"host": config["HOST"] or "127.0.0.1", "port": config["PORT"] or 5432}
    account = {"user": config["USER"], "password": config["PASSWORD"]}
    name = f"tr_fresh_{secrets.token_hex(4)}"
    url = "postgres://{user}:{password}@{host}:{port}/".format(**address, **account) + name
    try:
        assert ensure_database(url) is True
        assert ensure_database(url) is False  # already there: left alone
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **address, **account) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


def test_commands_that_need_no_key_run_without_one(run_manage):
    result = run_manage("makemigrations", "--check", "--dry-run", env={"SECRET_KEY": ""})
    assert result.returncode == 0, result.stderr


def test_deploy_checks_pass_in_the_production_configuration(run_manage):
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def collected(run_manage, tmp_path_factory):
    """Static files as `collectstatic` writes them in production."""
    root = tmp_path_factory.mktemp("static")
    result = run_manage(
        "collectstatic", "--noinput", "-v0", env={**PRODUCTION, "STATIC_ROOT": str(root)}
    )
    assert result.returncode == 0, result.stderr
    return root


def hashed_site_css(root) -> str:
    return next(
        p.name for p in (root / "css").iterdir() if re.fullmatch(r"site\.[0-9a-f]{12}\.css", p.name)
    )


def test_collectstatic_fingerprints_and_compresses_static_files(collected):
    name = hashed_site_css(collected)
    assert (collected / "css" / f"{name}.br").exists()
    assert (collected / "css" / f"{name}.gz").exists()


def test_fingerprinted_files_are_served_compressed_and_cached_for_good(collected, rf, settings):
    settings.STATIC_ROOT = collected
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    middleware = WhiteNoiseMiddleware(lambda request: HttpResponseNotFound())
    request = rf.get(f"/static/css/{hashed_site_css(collected)}", HTTP_ACCEPT_ENCODING="br, gzip")
    response = middleware(request)
    assert response["Content-Encoding"] == "br"
    assert "immutable" in response["Cache-Control"]
