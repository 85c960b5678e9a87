"""A fingerprint of the code, templates and static files this process runs.

Part of every page-cache key, so that a deploy with new templates or new fingerprinted
CSS never serves pages rendered by the old code, even from a shared cache that outlives
the deploy, and two releases side by side during a rolling deploy keep apart.
"""

import hashlib
import os
from pathlib import Path

from django.conf import settings

SUFFIXES = (".py", ".html", ".css", ".js", ".txt", ".svg")
SKIP = {".venv", "node_modules", "staticfiles", ".git", "__pycache__", "tests", "bench"}


def source_fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if name not in SKIP)
        for name in sorted(files):
            if name.endswith(SUFFIXES):
                path = Path(folder, name)
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


SOURCE_FINGERPRINT = source_fingerprint(settings.BASE_DIR)
