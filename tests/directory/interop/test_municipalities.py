"""全国地方公共団体コード: the check digit, the list, and the municipality of an address."""

from __future__ import annotations

import pytest

from directory.interop import municipalities
from directory.interop.municipalities import InvalidMunicipalityCode


@pytest.mark.parametrize(
    ("code5", "digit"),
    [("08203", "1"), ("13101", "6"), ("01100", "2"), ("47201", "8"), ("08000", "4")],
)
def test_the_check_digit_is_the_one_somu_sho_defines(code5: str, digit: str) -> None:
    assert municipalities.check_digit(code5) == digit


def test_every_code_in_the_list_has_a_valid_check_digit() -> None:
    listed = municipalities.all_municipalities()
    assert len(listed) == 47 + 1741
    assert all(municipalities.has_valid_check_digit(m.code) for m in listed)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("茨城県土浦市城北町5-12", ("082031", "茨城県", "土浦市")),
        ("土浦市大和町9-1", ("082031", "茨城県", "土浦市")),  # prefecture left out
        ("茨城県北相馬郡利根町布川", ("085642", "茨城県", "利根町")),  # the list has no 郡
        ("横浜市中区港町1-1", ("141003", "神奈川県", "横浜市")),  # a ward takes its city's code
        ("東京都千代田区霞が関1-2-2", ("131016", "東京都", "千代田区")),
        ("府中市宮西町2-24", ("", "", "")),  # 東京都 and 広島県 both have one, neither is home
        ("茨城県どこか", ("080004", "茨城県", "")),  # the prefecture alone
        ("", ("", "", "")),
    ],
)
def test_the_municipality_of_an_address(address: str, expected: tuple[str, str, str]) -> None:
    found = municipalities.from_address(address, "茨城県")
    assert (found.code, found.prefecture, found.city) == expected


def test_a_configured_code_is_found_with_its_names() -> None:
    found = municipalities.by_code("082031")
    assert (found.prefecture, found.city) == ("茨城県", "土浦市")


@pytest.mark.parametrize(
    ("code", "says"),
    [("082032", "検査数字"), ("08203", "6桁"), ("abcdef", "6桁"), ("999997", "一覧にありません")],
)
def test_a_wrong_configured_code_is_refused_in_japanese(code: str, says: str) -> None:
    assert municipalities.has_valid_check_digit("999997")
    with pytest.raises(InvalidMunicipalityCode, match=says):
        municipalities.by_code(code)
