import doctest
import math
import re

import pytest

from visits import codes, reminders, throttle
from visits.codes import (
    ALPHABET,
    CODE_LENGTH,
    ENTROPY_BITS,
    format_code,
    generate_code,
    hash_code,
    hashes_match,
    normalise_code,
)


@pytest.mark.parametrize("module", [codes, throttle, reminders])
def test_the_worked_examples_in_docstrings_hold(module):
    assert doctest.testmod(module).failed == 0


def test_the_alphabet_leaves_out_characters_that_look_alike():
    assert set("0O1IL") & set(ALPHABET) == set()


def test_the_alphabet_has_no_repeated_symbols():
    assert len(set(ALPHABET)) == len(ALPHABET) == 30


def test_a_generated_code_carries_at_least_80_bits_of_randomness():
    # Each character is an independent, uniform pick (secrets.choice) from the alphabet.
    symbols = normalise_code(generate_code())
    bits = len(symbols) * math.log2(len(ALPHABET))
    assert len(symbols) == CODE_LENGTH and math.isclose(bits, ENTROPY_BITS)
    assert bits >= 80


def test_sixteen_characters_would_not_have_been_enough():
    assert 16 * math.log2(len(ALPHABET)) < 80


def test_a_generated_code_is_shown_in_dash_separated_groups_of_four():
    assert re.fullmatch(
        r"[23456789A-HJKMNP-TV-Z]{4}(-[23456789A-HJKMNP-TV-Z]{4}){4}", generate_code()
    )


def test_generated_codes_use_every_symbol_and_do_not_repeat():
    sample = [generate_code() for _ in range(400)]
    assert len(set(sample)) == len(sample)
    assert set("".join(sample).replace("-", "")) == set(ALPHABET)


def test_generated_codes_come_from_the_secrets_module(monkeypatch):
    monkeypatch.setattr(codes.secrets, "choice", lambda alphabet: alphabet[-1])
    assert generate_code() == "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"


def test_a_generated_code_reads_back_to_itself():
    code = generate_code()
    assert format_code(normalise_code(code)) == code


@pytest.mark.parametrize(
    "typed",
    [
        "7kx4-m9pq-ht3r-2fcw-a8nz",
        "7KX4 M9PQ HT3R 2FCW A8NZ",
        "  7KX4M9PQHT3R2FCWA8NZ\n",
        "7KX4\u2013M9PQ\u2014HT3R-2FCW-A8NZ",
        "7kx4.m9pq.ht3r.2fcw.a8nz",
    ],
)
def test_case_spaces_and_dashes_are_forgiven(typed):
    assert normalise_code(typed) == "7KX4M9PQHT3R2FCWA8NZ"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "7KX4-M9PQ-HT3R-2FCW",  # too short
        "7KX4-M9PQ-HT3R-2FCW-A8NZ-A",  # too long
        "0KX4-M9PQ-HT3R-2FCW-A8NZ",  # zero is never used
        "7KX4-M9PQ-HT3R-2FCW-A8NU",  # nor U
        "7KX4/M9PQ/HT3R/2FCW/A8NZ",
        "'; DROP TABLE visits_visit; --",
        "\uff17KX4M9PQHT3R2FCWA8NZ",  # a full-width seven
    ],
)
def test_anything_else_is_not_a_code(typed):
    assert normalise_code(typed) is None


def test_the_hash_is_hmac_sha256_in_hex_and_does_not_contain_the_code():
    digest = hash_code("7KX4M9PQHT3R2FCWA8NZ", "server-secret")
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert "7KX4" not in digest.upper()


def test_the_hash_depends_on_the_server_secret():
    assert hash_code("7KX4M9PQHT3R2FCWA8NZ", "one") != hash_code("7KX4M9PQHT3R2FCWA8NZ", "two")


def test_the_hash_is_the_same_every_time():
    assert hash_code("7KX4M9PQHT3R2FCWA8NZ", b"s") == hash_code("7KX4M9PQHT3R2FCWA8NZ", "s")


def test_hashes_are_compared_in_constant_time(monkeypatch):
    calls = []
    monkeypatch.setattr(codes.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or a == b)
    assert hashes_match("ab", "ab") and calls == [(b"ab", b"ab")]
