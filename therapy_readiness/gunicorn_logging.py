"""gunicorn's error log without client addresses or query strings.

gunicorn writes lines such as "Invalid request from ip=203.0.113.9: Invalid HTTP request
line: 'GET /resources/?area=mood ...'" into its error log, which `/privacy/` says holds
no addresses. `gunicorn.conf.py` installs this logger: every error-log line passes through
`scrub` first. The access log's own format already leaves both out.
"""

import logging
import re

from gunicorn.glogging import Logger

_IPV4 = r"\b(?:\d{1,3}\.){3}\d{1,3}\b"
_IPV6 = r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])"
_ADDRESS = re.compile(f"{_IPV4}|{_IPV6}")
_QUERY = re.compile(r"\?[^\s'\"]*")


def scrub(text: str) -> str:
    """Text with every IP address and every query string taken out.

    >>> scrub("Invalid request from ip=203.0.113.9: 'GET /x?area=mood HTTP/1.1'")
    "Invalid request from ip=[address]: 'GET /x?[query] HTTP/1.1'"
    >>> scrub("from 2001:db8::1 port 80")
    'from [address] port 80'
    """
    return _QUERY.sub("?[query]", _ADDRESS.sub("[address]", text))


class _Scrub(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = scrub(record.getMessage()), ()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class PrivateLogger(Logger):
    """gunicorn's logger, with the scrubbing filter on its error log."""

    def setup(self, cfg):
        super().setup(cfg)
        if not any(isinstance(f, _Scrub) for f in self.error_log.filters):
            self.error_log.addFilter(_Scrub())
