"""Pure rules of clinical review: the fingerprint of a wording, and when a review is next due.

A review records the fingerprint of the wording the reviewer read. The review holds while
today's wording has the same fingerprint, so it is never "reset" by hand: a change to the
words ends it, a reorder or a publish toggle does not touch it, and putting the reviewed
words back restores it.
"""

import datetime
import hashlib
from collections.abc import Iterable


def wording_fingerprint(parts: Iterable[str]) -> str:
    """A SHA-256 over the wording, blind to line-ending style and surrounding whitespace.

    Browsers send textarea line breaks as CRLF, so the same words typed again match.

    >>> wording_fingerprint(["Hello", "world"]) == wording_fingerprint(["Hello ", "world\\r\\n"])
    True
    >>> wording_fingerprint(["Hello", "world"]) == wording_fingerprint(["Hello world", ""])
    False
    """
    normalised = [(part or "").replace("\r\n", "\n").strip() for part in parts]
    return hashlib.sha256("\x1f".join(normalised).encode()).hexdigest()


def default_next_review(reviewed_on: datetime.date) -> datetime.date:
    """The same day a year later (28 February after a 29 February), unless a reviewer says.

    >>> default_next_review(datetime.date(2027, 3, 3))
    datetime.date(2028, 3, 3)
    >>> default_next_review(datetime.date(2028, 2, 29))
    datetime.date(2029, 2, 28)
    """
    try:
        return reviewed_on.replace(year=reviewed_on.year + 1)
    except ValueError:
        return reviewed_on.replace(year=reviewed_on.year + 1, day=28)
