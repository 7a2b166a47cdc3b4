"""Cells a spreadsheet would execute are recognised and neutralised (OWASP CSV injection)."""

from __future__ import annotations

import pytest

from directory.interop.cells import looks_like_formula, neutralize


@pytest.mark.parametrize(
    "text",
    [
        "=cmd|' /C calc'!A0",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "  =1+1",
        "\t=1+1",
        "\u3000@x",
        "\tabc",
        "\rabc",
    ],
)
def test_formula_looking_cells_get_a_leading_quote(text: str) -> None:
    assert looks_like_formula(text)
    assert neutralize(text) == "'" + text


@pytest.mark.parametrize("text", ["", "居場所", "029-800-0001", "a=b", "10:00〜12:00"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert not looks_like_formula(text)
    assert neutralize(text) == text
