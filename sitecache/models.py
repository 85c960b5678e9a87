from django.db import models


class ContentVersion(models.Model):
    """The one row whose token names the current state of all editor content.

    Cached pages are stored under keys that include the token. Any change to content
    replaces it with a fresh random one, so every server stops reading the old entries at
    once. Random rather than a counter: a database restored from a backup, or a flushed
    test database, can never bring back a token that old cache entries were stored under.
    """

    token = models.CharField(max_length=32)

    def __str__(self):
        return f"Content version {self.token}"
