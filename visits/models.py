from django.db import models


class Visit(models.Model):
    """One anonymous visitor's saved progress.

    No name, email, IP address or user agent is ever stored here or with any answer.
    Everything a visitor enters hangs off this row and is deleted with it.
    """

    created_at = models.DateTimeField(auto_now_add=True)
    last_active_at = models.DateTimeField(auto_now=True, db_index=True)

    def __str__(self):
        return f"Visit {self.pk}"
