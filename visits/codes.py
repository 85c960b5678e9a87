"""Resume codes: generating, reading back and hashing them. Pure functions, no database.

A code is 20 characters from a 30-symbol alphabet that leaves out the look-alikes
0/O, 1/I/L (and U, as Crockford's base 32 does), shown in groups of four:

    >>> len(ALPHABET), CODE_LENGTH
    (30, 20)
    >>> round(ENTROPY_BITS, 1)   # 20 * log2(30); at least 80 is required
    98.1
    >>> normalise_code(" 7kx4-m9pq  ht3r-2fcw-a8nz ")
    '7KX4M9PQHT3R2FCWA8NZ'
    >>> format_code("7KX4M9PQHT3R2FCWA8NZ")
    '7KX4-M9PQ-HT3R-2FCW-A8NZ'

Only a keyed hash of the normalised code is stored. The code carries ~98 bits of
randomness, so a single HMAC-SHA256 (no slow password hash) is enough: nobody can try
2^98 guesses against a stolen table, and without the server secret not even one.
"""

import hashlib
import hmac
import math
import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 20
GROUP_SIZE = 4
ENTROPY_BITS = CODE_LENGTH * math.log2(len(ALPHABET))

# Whatever people type between groups: spaces, hyphens and the dashes that word
# processors and phones substitute for them, dots, underscores.
_SEPARATORS = re.compile(r"[\s\-_.\u2010-\u2015\u2212]+")
_VALID = re.compile(f"[{ALPHABET}]{{{CODE_LENGTH}}}")
_HASH_PURPOSE = b"visits.resume-code.v1"


def generate_code() -> str:
    """A fresh code from the operating system's random source, grouped for reading."""
    return format_code("".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH)))


def format_code(code: str) -> str:
    """Split a normalised code into dash-separated groups: easier to read and type."""
    return "-".join(code[i : i + GROUP_SIZE] for i in range(0, len(code), GROUP_SIZE))


def normalise_code(text: str) -> str | None:
    """The canonical form of what someone typed, or None if it cannot be a code.

    Case, spaces and dashes are forgiven; anything else (a wrong length, a letter that
    never appears in codes) means the text is not a code.
    """
    candidate = _SEPARATORS.sub("", text or "").upper()
    return candidate if _VALID.fullmatch(candidate) else None


def keyed_hash(text: str, secret: str | bytes, purpose: bytes) -> str:
    """HMAC-SHA256 of text, hex-encoded, under a key derived from secret and a purpose.

    The purpose keeps one server secret's uses apart: a hash made for one thing (resume
    codes, client addresses) can never be mistaken for one made for another, nor for
    Django's own signatures (sessions, CSRF).
    """
    secret_bytes = secret.encode() if isinstance(secret, str) else secret
    key = hashlib.sha256(purpose + b"\x00" + secret_bytes).digest()
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def hash_code(code: str, secret: str | bytes) -> str:
    """The keyed hash stored for a normalised code."""
    return keyed_hash(code, secret, _HASH_PURPOSE)


def hashes_match(stored: str, candidate: str) -> bool:
    """Constant-time comparison of two hex hashes."""
    return hmac.compare_digest(stored.encode(), candidate.encode())
