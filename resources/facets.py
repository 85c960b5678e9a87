"""The directory's facets: one list for the filters, the queries and the cards. Pure.

Each facet is a many-to-many of `Resource` that a visitor can filter by and that a card
lists. Adding one here adds its filter option, its query and its names on every card
(`cards.card_facts` says where on the card).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Facet:
    param: str  # the GET parameter, e.g. ?cost=free
    relation: str  # the Resource field it goes through
    legend: str  # the filter form's legend


FACETS = (
    Facet("cost", "costs", "Cost"),
    Facet("format", "formats", "Ways to connect"),
    Facet("area", "areas", "Helps with"),
    Facet("language", "languages", "Language"),
    Facet("audience", "audiences", "Set up for"),
)

# The directory's GET parameters: where the visitor is and whether they want help they can
# use from anywhere (directory.filtered_resources reads these two its own way: a state keeps
# every nationwide service), the kind of help, then each facet.
FILTER_PARAMS = ("state", "reach", "kind", *(facet.param for facet in FACETS))
