"""Growth: the resume lookup among 1,000,000 visits, and purging 100,000 expired ones.

Needs PostgreSQL (DATABASE_URL). Part one inserts a million visits inside a transaction
that is rolled back, so nothing stays behind, and prints the plan and the time of the
lookup a resume code makes. Part two stores 100,000 expired visits, each with a
checklist attempt and answers, runs `purge_expired_visits` and prints its time and the
most memory Python held while it ran (bounded: it works in batches).

    DATABASE_URL=postgres://... .venv/bin/python bench/growth.py [--visits 1000000]
"""

import argparse
import datetime
import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class Rollback(Exception):
    pass


def resume_lookup(visits: int) -> None:
    from django.db import connection, transaction

    from visits.codes import hash_code, normalise_code
    from visits.models import Visit
    from visits.services import _server_secrets, find_visit_by_code, issue_resume_code

    try:
        with transaction.atomic(), connection.cursor() as cursor:
            started = time.perf_counter()
            cursor.execute(
                "INSERT INTO visits_visit (created_at, last_active_at, resume_code_hash)"
                " SELECT now(), now(), encode(sha256(int8send(n)), 'hex')"
                " FROM generate_series(1, %s) AS n",
                [visits],
            )
            cursor.execute("ANALYZE visits_visit")
            took = time.perf_counter() - started
            print(f"inserted {visits:,} visits with resume codes in {took:.1f} s")
            code = normalise_code(issue_resume_code(visit=Visit.objects.create()))
            candidates = [hash_code(code, secret) for secret in _server_secrets()]
            lookup = Visit.objects.active().filter(resume_code_hash__in=candidates)
            print("plan of the resume lookup:")
            print(lookup.order_by("pk")[:1].explain(analyze=True))
            started = time.perf_counter()
            for _ in range(100):
                found = find_visit_by_code(code)
            each = (time.perf_counter() - started) * 10
            print(
                f"resume lookup among {visits + 1:,} visits: {each:.2f} ms (found: {bool(found)})"
            )
            raise Rollback
    except Rollback:
        print("rolled back: the visits are gone again")


def purge(expired: int) -> None:
    from django.conf import settings
    from django.db import connection

    from visits.services import purge_expired_visits

    old = datetime.datetime.now(datetime.UTC) - datetime.timedelta(
        days=settings.VISIT_RETENTION_DAYS + 5
    )
    with connection.cursor() as cursor:
        started = time.perf_counter()
        cursor.execute(
            "INSERT INTO visits_visit (created_at, last_active_at)"
            " SELECT %s, %s FROM generate_series(1, %s)",
            [old, old, expired],
        )
        cursor.execute(
            "INSERT INTO symptoms_checklistattempt (visit_id, taken_at, difficulty,"
            " self_harm_thoughts) SELECT id, %s, 1, false FROM visits_visit"
            " WHERE last_active_at = %s",
            [old, old],
        )
        cursor.execute(
            "INSERT INTO symptoms_checklistanswer (attempt_id, sign_id, frequency)"
            " SELECT a.id, s.id, 1 FROM symptoms_checklistattempt a"
            " JOIN visits_visit v ON v.id = a.visit_id AND v.last_active_at = %s"
            " CROSS JOIN symptoms_sign s",
            [old],
        )
        took = time.perf_counter() - started
        print(f"stored {expired:,} expired visits, each with a checklist, in {took:.1f} s")
    tracemalloc.start()
    started = time.perf_counter()
    removed = purge_expired_visits()
    took = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"purge_expired_visits removed {removed:,} visits in {took:.1f} s "
        f"({removed / took:,.0f} a second), peak Python memory {peak / 2**20:.1f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--expired", type=int, default=100_000)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database.")
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "therapy_readiness.settings")
    import django

    django.setup()
    resume_lookup(args.visits)
    purge(args.expired)


if __name__ == "__main__":
    main()
