"""Contact details: which written phone numbers and e-mail addresses can be used."""

from __future__ import annotations

import pytest

from directory import contacts
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


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("029-821-0000", ("0298210000",)),
        ("内線12 029-821-0000", ("0298210000",)),  # the extension is no part of the number
        ("029-821-0000（内線12）", ("0298210000",)),
        ("0166-82-2111（内線213）", ("0166822111",)),
        ("社協 0887-72-0000 内線3", ("0887720000",)),
        ("TEL 06-6711-0000 / FAX 06-6711-0001", ("0667110000",)),  # a FAX is not called
        ("FAX 0258-33-0001　TEL 0258-33-0000", ("0258330000",)),
        ("ＦＡＸ：029-821-0001", ()),
        ("TEL/FAX 025-543-0000", ("0255430000",)),  # one number for both
        ("0258-34-0000（FAX兼用）", ("0258340000",)),
        ("090-3333-4444（代表）、0258-35-0000", ("09033334444", "0258350000")),
        ("029-821-0000 029-821-0001", ("0298210000", "0298210001")),
        ("+81 90 1234 5678", ("09012345678",)),
        ("189", ()),
    ],
)
def test_the_telephone_numbers_of_a_contact_cell_are_compared_without_fax_or_extension(
    text: str, keys: tuple[str, ...]
) -> None:
    assert contacts.phone_keys(text) == keys
    assert contacts.phone_key(text) == (keys[0] if keys else "")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ", "info@example.jp"),  # typed with the IME on
        ("salon-a＠example.jp", "salon-a@example.jp"),
        ("  info@example.jp　", "info@example.jp"),  # a full-width space after it
        ("mailto:info@example.jp", "info@example.jp"),
        ("info@example.jp", "info@example.jp"),
        ("事務局へお問い合わせください", "事務局へお問い合わせください"),  # no address: as typed
        (
            "ｉｎｆｏ＠ｅｘａｍｐｌｅ",
            "ｉｎｆｏ＠ｅｘａｍｐｌｅ",
        ),  # still no address: shown back as typed
    ],
)
def test_an_email_typed_with_the_ime_on_is_the_address_it_spells(typed: str, kept: str) -> None:
    assert contacts.typed_email(typed) == kept


@pytest.mark.parametrize(
    ("typed", "link"),
    [
        ("https://example.jp/salon", "https://example.jp/salon"),
        ("www.example.jp", "https://www.example.jp"),
        ("ｗｗｗ．ｅｘａｍｐｌｅ．ｊｐ", "https://www.example.jp"),
        ("ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ／", "https://example.jp/"),
        ("example.jp/kodomo/", "https://example.jp/kodomo/"),
        ("ホームページ http://example.jp（外部サイト）", "http://example.jp"),
        ("なし", "なし"),  # no address: kept, and the form says what it wants
        ("info@example.jp", "info@example.jp"),
    ],
)
def test_a_website_typed_without_its_scheme_or_in_full_width_is_a_link(
    typed: str, link: str
) -> None:
    assert contacts.typed_website(typed) == link


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("０２９−８２１−５６７８", "029-821-5678"),  # the IME on, a minus sign for the hyphen
        ("０２９ー８２１ー５６７８", "029-821-5678"),  # 長音符 typed for the hyphen
        ("０２９－８２１－５６７８", "029-821-5678"),  # full-width hyphen-minus
        ("０９０‐１２３４‐５６７８　", "090-1234-5678"),
        ("029(821)5678", "029(821)5678"),
        ("029-821-5678", "029-821-5678"),
        # words beside the number are the member's: kept as written
        (
            "０２９（８２１）００００ 内線12（平日のみ）",
            "０２９（８２１）００００ 内線12（平日のみ）",
        ),
        ("高野まで", "高野まで"),
    ],
)
def test_a_phone_number_typed_with_the_ime_on_is_saved_in_plain_digits(
    typed: str, kept: str
) -> None:
    assert contacts.typed_phone(typed) == kept
