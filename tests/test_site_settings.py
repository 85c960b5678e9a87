import re
import secrets

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponseNotFound
from whitenoise.middleware import WhiteNoiseMiddleware

from therapy_readiness.settings import env_bool, env_int, env_list

PRODUCTION = {"DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(50), "HTTPS": "1"}


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


def test_the_site_refuses_to_start_without_a_secret_key_when_debug_is_off(run_manage):
    result = run_manage("runserver", "--noreload", env={"DEBUG": "0", "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


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
