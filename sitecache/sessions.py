"""Database sessions that bring the content version with them.

Every page a returning visitor sees reads their session, and almost every one then reads
the content version for its shared parts (the cached page itself, or its fragments). This
store reads both in one query, with the version as a subquery, so the version costs a
returning visitor nothing more. It is Django's own database store otherwise: the same
table, the same cookie, the same expiry.
"""

from functools import cache

from django.contrib.sessions.backends import db
from django.db import connection
from django.utils import timezone

from .models import ContentVersion
from .versioning import remember_version


@cache
def _query(table: str) -> str:
    # Written out: building it with the ORM took longer than the database took to run it,
    # and a returning visitor's every page pays for it.
    quote = connection.ops.quote_name
    sessions, versions = quote(table), quote(ContentVersion._meta.db_table)
    return (
        f"SELECT {quote('session_data')},"
        f" (SELECT {quote('token')} FROM {versions} WHERE {quote('id')} = 1)"
        f" FROM {sessions} WHERE {quote('session_key')} = %s AND {quote('expire_date')} > %s"
    )


class SessionStore(db.SessionStore):
    def _get_session_from_db(self):
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(_query(self.model._meta.db_table), [self.session_key, now])
            row = cursor.fetchone()
        if row is None:
            self._session_key = None  # as Django's store does: a session not there starts afresh
            return None
        session_data, version = row
        if version is not None:
            remember_version(version)
        return self.model(session_key=self.session_key, session_data=session_data)
