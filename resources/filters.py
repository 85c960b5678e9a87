"""Reading the directory's filters from a URL. Plain functions, no database.

Filters are GET parameters so that any filtered list is a link a visitor can bookmark or
share. Each parameter may repeat: values of one parameter widen the list (OR), different
parameters narrow it (AND). `/resources/?area=mood&area=sleep&cost=free` means free
resources that help with mood or with sleep.

Anything we do not recognise (a misspelt area, a value that no longer exists, garbage) is
dropped and reported, so an old or mangled link still shows a useful page.
"""

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from .facets import FILTER_PARAMS

# A link may repeat a parameter at most this often; beyond it, values are ignored.
MAX_VALUES_PER_PARAM = 30
# How much of an unrecognised value we echo back in the note.
MAX_ECHO_LENGTH = 40


@dataclass(frozen=True)
class Filters:
    selected: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ignored: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return any(self.selected.values())

    def values(self, param: str) -> tuple[str, ...]:
        return self.selected.get(param, ())

    @property
    def count(self) -> int:
        return sum(len(values) for values in self.selected.values())


def parse_filters(
    get_list: Callable[[str], list[str]], allowed: Mapping[str, Collection[str]]
) -> Filters:
    """The recognised filter values in a query string, and the ones we had to ignore.

    `get_list` is `request.GET.getlist`; `allowed` maps each parameter to its valid slugs.

    >>> query = {"area": ["mood", "Sleep", "moood", "mood"], "cost": [""]}
    >>> filters = parse_filters(lambda p: query.get(p, []), {"area": {"mood", "sleep"}})
    >>> filters.selected["area"], filters.ignored
    (('mood', 'sleep'), (('area', 'moood'),))
    """
    selected: dict[str, tuple[str, ...]] = {}
    ignored: list[tuple[str, str]] = []
    for param in FILTER_PARAMS:
        valid = allowed.get(param, ())
        kept: list[str] = []
        for raw in get_list(param)[:MAX_VALUES_PER_PARAM]:
            value = raw.strip().lower()
            if not value:
                continue
            if value in valid:
                if value not in kept:
                    kept.append(value)
            elif len(ignored) < MAX_VALUES_PER_PARAM:
                ignored.append((param, _shorten(raw.strip())))
        if kept:
            selected[param] = tuple(kept)
    return Filters(selected=selected, ignored=tuple(dict.fromkeys(ignored)))


def _shorten(value: str) -> str:
    printable = "".join(ch for ch in value if ch.isprintable())
    if len(printable) > MAX_ECHO_LENGTH:
        return printable[: MAX_ECHO_LENGTH - 1] + "…"
    return printable


def query_string(filters: Filters, *, without: tuple[str, str] | None = None, page=None) -> str:
    """`?kind=directory&area=mood...` for these filters, optionally minus one value.

    >>> f = Filters(selected={"area": ("mood", "sleep"), "cost": ("free",)})
    >>> query_string(f, without=("area", "mood"), page=2)
    '?cost=free&area=sleep&page=2'
    >>> query_string(Filters())
    ''
    """
    pairs = [
        (param, value)
        for param in FILTER_PARAMS
        for value in filters.values(param)
        if (param, value) != without
    ]
    if page is not None:
        pairs.append(("page", str(page)))
    return "?" + urlencode(pairs) if pairs else ""
