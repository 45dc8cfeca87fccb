"""Character error rate: exact values, whitespace handling, and agreement with plain DP."""

from __future__ import annotations

import random
import time

import pytest

from adapters.ocr.metrics import character_error_rate, levenshtein, normalize_whitespace


def _reference_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("", "", 0),
        ("abc", "", 3),
        ("", "abc", 3),
        ("kitten", "sitting", 3),
        ("flaw", "lawn", 2),
        ("13.2 g/dL", "13.2 g/dL", 0),
        ("500 mg", "5OO mg", 2),
        ("abc", "abcdef", 3),
    ],
)
def test_levenshtein_known_values(a: str, b: str, expected: int) -> None:
    assert levenshtein(a, b) == expected
    assert levenshtein(b, a) == expected


def test_levenshtein_matches_dynamic_programming_on_random_strings() -> None:
    rng = random.Random(20250314)
    for _ in range(400):
        a = "".join(rng.choice("ab c1.") for _ in range(rng.randint(0, 70)))
        b = "".join(rng.choice("abd c1") for _ in range(rng.randint(0, 70)))
        assert levenshtein(a, b) == _reference_distance(a, b), (a, b)


def test_levenshtein_long_strings_cross_machine_word_size() -> None:
    a = "x" * 150 + "middle" + "y" * 150
    b = "x" * 150 + "muddle" + "y" * 150 + "z"
    assert levenshtein(a, b) == 2


def test_cer_normalises_whitespace_and_divides_by_reference_length() -> None:
    assert character_error_rate("Hemoglobin 13.2\n g/dL ", "Hemoglobin  13.2 g/dL") == 0.0
    assert normalize_whitespace(" a \t b\n\nc ") == "a b c"
    # "Metformin 500 mg" is 16 chars; two substitutions (0 -> O).
    assert character_error_rate("Metformin 500 mg", "Metformin 5OO mg") == pytest.approx(2 / 16)
    assert character_error_rate("abcd", "abxd") == pytest.approx(0.25)


def test_cer_counts_case_and_can_exceed_one() -> None:
    assert character_error_rate("ab", "AB") == pytest.approx(1.0)
    assert character_error_rate("ab", "abcdef") == pytest.approx(2.0)


def test_cer_empty_reference() -> None:
    assert character_error_rate("", "  \n") == 0.0
    assert character_error_rate("", "noise") == 1.0


def test_cer_is_fast_on_page_sized_text() -> None:
    rng = random.Random(7)
    alphabet = "abcdefghij klmnop.0123"
    reference = "".join(rng.choice(alphabet) for _ in range(5000))
    hypothesis = "".join(rng.choice(alphabet) for _ in range(5000))
    start = time.perf_counter()
    rate = character_error_rate(reference, hypothesis)
    assert time.perf_counter() - start < 1.0
    assert 0.3 < rate < 1.0
