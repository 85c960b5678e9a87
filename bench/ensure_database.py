"""Create the PostgreSQL database named in DATABASE_URL if it does not exist yet.

A fresh machine's Postgres has only its maintenance database; `migrate` and every page
fail with "database does not exist" until the project's is created. `make serve` and
`make drill` run this first. SQLite (or no DATABASE_URL) needs nothing: the file is made
on first use.

    DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/therapy_readiness \\
        .venv/bin/python bench/ensure_database.py
"""

import os
import sys

import dj_database_url
import psycopg
from psycopg import sql


def ensure_database(url: str) -> bool:
    """Create the database in `url` when missing; True if it was created."""
    config = dj_database_url.parse(url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        return False
    connect = {
        "host": config["HOST"] or None,
        "port": config["PORT"] or None,
        "user": config["USER"] or None,
        "password": config["PASSWORD"] or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**connect) as connection:
        name = config["NAME"]
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if exists.fetchone():
            return False
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return True


if __name__ == "__main__":
    url = os.environ.get("DATABASE_URL", "")
    if url and ensure_database(url):
        print(f"created database {dj_database_url.parse(url)['NAME']}", file=sys.stderr)
