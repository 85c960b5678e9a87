"""Database sessions that bring the content version with them.

Every page a returning visitor sees reads their session, and almost every one then reads
the content version for its shared parts (the cached page itself, or its fragments). This
store reads both in one query, with the version as a subquery, so the version costs a
returning visitor nothing more. It is Django's own database store otherwise: the same
table, the same cookie, the same expiry.
"""

import logging

from django.contrib.sessions.backends import db
from django.core.exceptions import SuspiciousOperation
from django.db import connection
from django.db.models.expressions import RawSQL
from django.utils import timezone

from .models import ContentVersion
from .versioning import remember_version


def _version_column() -> RawSQL:
    # Written out rather than as a Subquery, which costs more to build than the query it
    # saves: a returning visitor's every page pays for this.
    quote = connection.ops.quote_name
    table, token = quote(ContentVersion._meta.db_table), quote("token")
    return RawSQL(f"SELECT {token} FROM {table} WHERE {quote('id')} = %s", (1,))


class SessionStore(db.SessionStore):
    def _get_session_from_db(self):
        sessions = self.model.objects.annotate(content_version=_version_column())
        try:
            session = sessions.get(session_key=self.session_key, expire_date__gt=timezone.now())
        except (self.model.DoesNotExist, SuspiciousOperation) as error:
            # As Django's store does: a session that is not there starts afresh.
            if isinstance(error, SuspiciousOperation):
                logging.getLogger(f"django.security.{type(error).__name__}").warning(str(error))
            self._session_key = None
            return None
        if session.content_version is not None:
            remember_version(session.content_version)
        return session
