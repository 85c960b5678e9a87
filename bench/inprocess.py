"""In-process cost of each page: Django's test client, no server, no network.

Runs with the production settings (DEBUG off) on the database in DATABASE_URL, after
`migrate` and `collectstatic`. Each page is requested 200 times after a warm-up; prints
the median and 90th percentile in milliseconds. The checklist results are measured as a
returning visitor with answers.

    .venv/bin/python bench/inprocess.py        # make bench runs it after the wrk part
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from servers import production_env  # noqa: E402

REQUESTS = 200


def main() -> None:
    os.environ.update(production_env())
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "therapy_readiness.settings")
    import django

    django.setup()
    from django.test import Client
    from run import PAGES

    from tests.answers import checklist_post

    returning = Client()
    returning.post("/checklist/", checklist_post())
    print(f"in-process, {REQUESTS} requests each after a warm-up")
    print(f"{'page':<40}{'p50 ms':>8}{'p90 ms':>8}")
    for page, _goal, is_returning in PAGES:
        client = returning if is_returning else Client()
        timings = []
        for n in range(REQUESTS + 10):
            started = time.perf_counter()
            response = client.get(page)
            if n >= 10:
                timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (page, response.status_code)
        cuts = statistics.quantiles(timings, n=10)
        label = page + (" (returning)" if is_returning else "")
        print(f"{label:<40}{statistics.median(timings):>8.2f}{cuts[8]:>8.2f}")


if __name__ == "__main__":
    main()
