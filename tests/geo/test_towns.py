"""The gazetteer lists a municipality's 大字・町丁目 points (for the maps' town names)."""

from __future__ import annotations

from geo.gazetteer import CHOME, OAZA, default_gazetteer


def test_a_municipality_lists_its_towns_as_the_table_has_them() -> None:
    towns = {p.town: p for p in default_gazetteer().towns_of("茨城県", "土浦市")}
    assert len(towns) == 197
    assert towns["荒川沖東二丁目"].level == CHOME
    assert towns["大岩田"].level == OAZA
    assert "大町" in towns  # 大 at the start of a name is kept; only a 大字 prefix goes
    assert "右籾宮塚" in towns  # a 小字 with its 大字
    assert "板谷" not in towns  # wholes derived from 丁目 are the lookup's, not the table's
    assert all(36.0 < p.lat < 36.2 and 140.1 < p.lon < 140.3 for p in towns.values())


def test_an_unknown_municipality_has_no_towns() -> None:
    assert default_gazetteer().towns_of("茨城県", "存在しない市") == []
