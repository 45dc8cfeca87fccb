"""Grouping fragments into reading-order lines with page-fraction boxes."""

from __future__ import annotations

import pytest

from adapters.ocr.lines import Fragment, group_into_lines


def test_fragments_on_one_row_merge_left_to_right() -> None:
    fragments = [
        Fragment("13.2 g/dL", 600, 102, 760, 130, 0.8),
        Fragment("Hemoglobin", 100, 100, 300, 128, 1.0),
        Fragment("Creatinine", 100, 160, 290, 188, 0.9),
    ]
    lines = group_into_lines(fragments, 1000, 2000)
    assert [line.text for line in lines] == ["Hemoglobin 13.2 g/dL", "Creatinine"]
    assert lines[0].bbox == pytest.approx((0.1, 0.05, 0.76, 0.065))
    # Weighted by characters: 10 chars at 1.0, 9 chars at 0.8.
    assert lines[0].confidence == pytest.approx((10 * 1.0 + 9 * 0.8) / 19)


def test_slightly_skewed_row_stays_one_line_and_rows_keep_order() -> None:
    fragments = [
        Fragment("row two", 100, 150, 300, 180, 0.9),
        Fragment("right end", 700, 110, 900, 140, 0.9),  # 10 px lower than its left part
        Fragment("left start", 100, 100, 300, 130, 0.9),
    ]
    lines = group_into_lines(fragments, 1000, 1000)
    assert [line.text for line in lines] == ["left start right end", "row two"]


def test_blank_fragments_dropped_and_whitespace_collapsed() -> None:
    fragments = [Fragment("  ", 0, 0, 10, 10, 1.0), Fragment("a  b\tc", 0, 20, 50, 30, 1.5)]
    lines = group_into_lines(fragments, 100, 100)
    assert [line.text for line in lines] == ["a b c"]
    assert lines[0].confidence == 1.0  # clamped to 0..1


def test_boxes_are_clamped_to_the_page() -> None:
    (line,) = group_into_lines([Fragment("edge", -5, -5, 120, 50, 0.5)], 100, 100)
    assert line.bbox == (0.0, 0.0, 1.0, 0.5)


def test_bad_page_size_rejected() -> None:
    with pytest.raises(ValueError, match="page size"):
        group_into_lines([], 0, 100)
