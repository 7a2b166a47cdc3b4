"""Contact details: which written phone numbers and e-mail addresses can be used."""

from __future__ import annotations

import pytest

from directory.contacts import is_email, is_phone


@pytest.mark.parametrize(
    "text",
    [
        "029-821-0000",
        "029(821)0000",
        "(029)821-0000",
        "０２９－８２１－００００",
        "０２９（８２１）００００",
        "029ー821ー0000",  # 長音符 typed for a hyphen
        "029 821 0000",
        "0298210000",
        "090-1234-5678",
        "0120-123-456",
        "029-821-0000（内線123）",
        "029-821-0000 内線123（平日のみ）",
        "TEL 029-821-0000",
        "029-821-0000、090-1234-5678",
        "+81-29-821-0000",
        "189",
        "#7119",
    ],
)
def test_real_japanese_phone_numbers_are_accepted(text: str) -> None:
    assert is_phone(text)


@pytest.mark.parametrize("text", ["abc", "未定", "電話してください", "12", "yamada@example.jp"])
def test_text_without_a_number_to_dial_is_not_a_phone_number(text: str) -> None:
    assert not is_phone(text)


@pytest.mark.parametrize(
    ("text", "usable"),
    [
        ("info@example.jp", True),
        ("not-an-email", False),
        ("a b@example.jp", False),
        ("a@example", False),
        ("ａ＠ｅｘａｍｐｌｅ．ｊｐ", False),
    ],
)
def test_email_addresses_need_a_name_and_a_domain(text: str, usable: bool) -> None:
    assert is_email(text) is usable
