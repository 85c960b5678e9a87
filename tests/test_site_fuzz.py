"""Property-based attacks on every form and every page (hypothesis).

Whatever is posted (empty, huge, wrong types, unknown choices, control characters, keys
sent twice) and whatever the query string says: never a server error, never a posted
value echoed back unescaped, and a post the site refuses leaves the stored answers as
they were. Examples are bounded so the suite stays quick.
"""

import pytest
from django.forms.models import model_to_dict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from symptoms.models import Sign
from symptoms.services import record_checklist, record_screener
from tests.answers import tables_under_visit
from tests.test_site_robustness import ADDRESSES, field_names
from visits.models import Visit

pytestmark = pytest.mark.django_db

# A tag that must never come back as markup: escaped, it reads &lt;b id=fz&gt;.
MARKER = "<b id=fz>"

VALUES = st.one_of(
    st.just(""),
    st.text(max_size=40),
    st.text(st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Co"]), max_size=20),
    st.builds(lambda char, n: char * n, st.characters(codec="utf-8"), st.integers(1_000, 20_000)),
    st.integers().map(str),
    st.floats(allow_nan=True).map(str),
    st.sampled_from(["True", "None", "[]", "{}", "2.0", "-0", "1e9", "0x1", "999", "sleep"]),
    st.text(max_size=10).map(lambda text: f"{text}{MARKER}{text}"),
)
# Field names: the form's own (each sent once or several times) plus unknown ones.
FORM_SETTINGS = settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def returning(client, attach):
    """A browser whose visit holds checklist and PHQ-9 answers."""
    visit = Visit.objects.create()
    signs = Sign.objects.values_list("pk", flat=True)
    record_checklist(
        visit=visit, frequencies={pk: 2 for pk in signs}, difficulty=1, self_harm_thoughts=False
    )
    record_screener(visit=visit, instrument="phq-9", answers=[1] * 9, difficulty=2)
    attach(client, visit)
    return client, visit


def stored_answers(visit: Visit) -> dict:
    """Every row hanging off the visit, field by field."""
    return {
        model._meta.label: sorted(
            (model_to_dict(row) for row in model._default_manager.filter(**{lookup: visit.pk})),
            key=repr,
        )
        for model, lookup in tables_under_visit()
    }


FORM_ADDRESSES = [address for address in ADDRESSES if "no-such-thing" not in address]


@pytest.mark.parametrize("address", FORM_ADDRESSES)
@FORM_SETTINGS
@given(data=st.data())
def test_arbitrary_posts_never_break_leak_or_change_answers_when_refused(returning, address, data):
    client, visit = returning
    names = sorted(
        field_names(client.get(address).content.decode(errors="replace")) - {"csrfmiddlewaretoken"}
    )
    names += data.draw(st.lists(st.text(min_size=1, max_size=12), max_size=2), label="unknown")
    posted = {
        name: data.draw(st.lists(VALUES, min_size=1, max_size=3), label=name) for name in names
    }
    before = stored_answers(visit)
    response = client.post(address, posted)
    assert response.status_code < 500
    assert MARKER not in response.content.decode(errors="replace")
    if response.status_code != 302:  # refused (or nothing to do): the answers are untouched
        assert stored_answers(visit) == before


@pytest.mark.parametrize("address", ADDRESSES)
@FORM_SETTINGS
@given(
    query=st.dictionaries(
        st.sampled_from(["area", "kind", "cost", "page", "step", "q", "x"]) | st.text(max_size=8),
        st.lists(VALUES, min_size=1, max_size=3),
        max_size=4,
    )
)
def test_arbitrary_query_strings_never_break_or_leak(returning, address, query):
    client, _ = returning
    response = client.get(address, query)
    assert response.status_code < 500
    assert MARKER not in response.content.decode(errors="replace")
