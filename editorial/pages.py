"""What a public page says about the review of its content, and its numbered sources.

A page is reviewed only when every piece of content on it is: one unreviewed sign, or one
changed since its review, makes the whole page say "Clinical review pending". The queries
are fixed in number however much content a page shows.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils import timezone

from .models import Reviewed, Reviewer, Source


@dataclass(frozen=True)
class PageReview:
    pending: bool
    # When anything on the page last changed (shown while review is pending).
    changed_on: datetime.date | None = None
    reviewers: list[Reviewer] = field(default_factory=list)
    first_reviewed_on: datetime.date | None = None
    last_reviewed_on: datetime.date | None = None
    next_review_due: datetime.date | None = None
    overdue: bool = False
    sources: list[Source] = field(default_factory=list)

    @property
    def reviewed_by(self) -> str:
        """ "Jordan Lee, LCSW", or "A, PhD, B, MD and C, LCSW"."""
        names = [str(reviewer) for reviewer in self.reviewers]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def page_review(*groups: Iterable[Reviewed], today: datetime.date | None = None):
    """The review block for a page showing these pieces of content (None if it shows none)."""
    items = [item for group in groups for item in group]
    if not items:
        return None
    today = today or timezone.localdate()
    sources = sources_of(items)
    if not all(item.review_holds for item in items):
        changed = max(item.changed_at for item in items)
        return PageReview(pending=True, changed_on=timezone.localdate(changed), sources=sources)
    reviewers = Reviewer.objects.in_bulk({item.reviewed_by_id for item in items})
    next_due = min(item.next_review_due for item in items)
    return PageReview(
        pending=False,
        reviewers=sorted(reviewers.values(), key=lambda reviewer: reviewer.name),
        first_reviewed_on=min(item.reviewed_on for item in items),
        last_reviewed_on=max(item.reviewed_on for item in items),
        next_review_due=next_due,
        overdue=next_due < today,
        sources=sources,
    )


def sources_of(items: list[Reviewed]) -> list[Source]:
    """Every source of these items once, in the order sources were added: a query per model."""
    found: dict[int, Source] = {}
    by_model: dict[type, list[int]] = {}
    for item in items:
        by_model.setdefault(type(item), []).append(item.pk)
    for model, pks in by_model.items():
        relation = model._meta.get_field("sources")
        links = relation.remote_field.through.objects.filter(
            **{f"{relation.m2m_field_name()}__in": pks}
        ).select_related(relation.m2m_reverse_field_name())
        for link in links:
            source = getattr(link, relation.m2m_reverse_field_name())
            found[source.pk] = source
    return [found[pk] for pk in sorted(found)]


def sources_page(*slugs: str) -> PageReview | None:
    """Sources alone, for pages whose wording is fixed elsewhere (the published screeners)."""
    sources = list(Source.objects.filter(slug__in=slugs))
    return PageReview(pending=False, sources=sources) if sources else None
