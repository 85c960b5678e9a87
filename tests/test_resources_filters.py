"""The directory's filters read from a URL: pure functions, no database."""

from resources.filters import MAX_VALUES_PER_PARAM, Filters, parse_filters, query_string

ALLOWED = {
    "kind": {"directory", "low-cost"},
    "cost": {"free", "sliding-scale"},
    "area": {"mood", "sleep"},
}


def parse(query: dict[str, list[str]]) -> Filters:
    return parse_filters(lambda param: query.get(param, []), ALLOWED)


def test_it_keeps_known_values_of_each_parameter():
    filters = parse({"area": ["mood"], "cost": ["free"]})
    assert filters.selected == {"cost": ("free",), "area": ("mood",)}


def test_a_repeated_parameter_keeps_every_value_in_order():
    assert parse({"area": ["sleep", "mood"]}).values("area") == ("sleep", "mood")


def test_it_drops_duplicates_and_reads_values_case_insensitively():
    assert parse({"area": ["Mood", "mood", " MOOD "]}).values("area") == ("mood",)


def test_an_unknown_value_is_ignored_and_reported():
    filters = parse({"area": ["mood", "moood"]})
    assert filters.values("area") == ("mood",)
    assert filters.ignored == (("area", "moood"),)


def test_a_value_for_a_parameter_with_no_options_is_reported():
    assert parse({"language": ["klingon"]}).ignored == (("language", "klingon"),)


def test_empty_values_are_skipped_without_a_note():
    filters = parse({"cost": ["", "  "]})
    assert (filters.selected, filters.ignored) == ({}, ())


def test_parameters_we_do_not_filter_by_are_left_alone():
    filters = parse({"utm_source": ["news"], "page": ["2"]})
    assert (bool(filters), filters.ignored) == (False, ())


def test_a_long_garbage_value_is_shortened_in_the_note():
    (_param, value), *_ = parse({"kind": ["x" * 500]}).ignored
    assert len(value) == 40 and value.endswith("…")


def test_control_characters_never_reach_the_note():
    (_param, value), *_ = parse({"kind": ["bad\x00\nvalue"]}).ignored
    assert value == "badvalue"


def test_a_flood_of_values_is_capped():
    filters = parse({"area": ["nope"] * 1000 + ["mood"]})
    assert len(filters.ignored) <= MAX_VALUES_PER_PARAM
    assert filters.values("area") == ()


def test_the_query_string_lists_parameters_in_a_stable_order():
    filters = Filters(selected={"area": ("mood", "sleep"), "kind": ("directory",)})
    assert query_string(filters) == "?kind=directory&area=mood&area=sleep"


def test_the_query_string_can_leave_one_value_out_and_add_a_page():
    filters = Filters(selected={"area": ("mood", "sleep")})
    assert query_string(filters, without=("area", "sleep"), page=3) == "?area=mood&page=3"


def test_no_filters_make_an_empty_query_string():
    assert query_string(Filters()) == ""


def test_filters_count_every_selected_value():
    assert Filters(selected={"area": ("mood", "sleep"), "cost": ("free",)}).count == 3
