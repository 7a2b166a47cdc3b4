"""Contact details (連絡先): whether a written phone number or e-mail address can be used.

Main decision: a phone number is judged leniently, by whether it holds a number one could dial,
not by a strict pattern. Organizations write 「029-821-0000」「029(821)0000」
「０２９－８２１－００００」「0120-123-456」「189」「029-821-0000（内線12・平日のみ）」 or two numbers
in one field, and all of those are right; what is refused is text with no number in it at all
(「abc」「未定」, an address typed into the wrong field). Values are kept as written, but for
a bare number typed in a form with the IME on, which is saved in plain digits (``typed_phone``).

Two numbers written differently are compared by ``phone_key``: the digits of the first telephone
number in the text (not one labelled FAX, and without its 内線), 「+81」 read as the leading 0, so 「029-821-0000」「０２９（８２１）００００」
「029 821 0000」「0298210000」 are one number (an import's duplicates are found with it). The
key is only for comparing: what is shown and stored is what was written.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# A run of digits and what separates them in a phone number (hyphens and dashes of every width
# NFKC leaves apart, the 長音符 some type for a hyphen, brackets, spaces, dots), "+81" allowed.
_NUMBER: Final = re.compile(r"\+?\(?\d[\d\s().\-‐‑‒–—―−ー]*")
_MIN_DIGITS: Final = 3  # 189 (児童相談所), 188 (消費者ホットライン), #7119 are real numbers


def typed_email(text: str) -> str:
    """An e-mail address as a person typed it, in the form a mail program takes: with the IME
    on, 「ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ」 is info@example.jp (NFKC), and a leading mailto: or spaces
    go. Text that is still no address is kept as typed, to be shown back with its message."""
    folded = _MAILTO.sub("", unicodedata.normalize("NFKC", text).strip()).strip()
    return folded if is_email(folded) else text.strip()


_MAILTO: Final = re.compile(r"^mailto:", re.IGNORECASE)
# A web address in a cell or a field: a link, or a site named without its scheme.
_URL: Final = re.compile(r"https?://[^\s、，,（）()「」<>]+", re.IGNORECASE)
_SITE: Final = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}(?:/[^\s、，,（）()「」<>]*)?", re.IGNORECASE)


def website_link(text: str) -> str:
    """The first web address in ``text``, as a link: 「www.example.jp」 → https://www.example.jp,
    「ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ」 → https://example.jp; "" for words that are no address
    (「なし」「Facebookで検索」) or an e-mail address."""
    folded = unicodedata.normalize("NFKC", text)
    if found := _URL.search(folded):
        return found.group()
    if (found := _SITE.search(folded)) and "@" not in folded:
        return f"https://{found.group()}"
    return ""


def typed_website(text: str) -> str:
    """A website as a person typed it into a form, as a link (``website_link``); text that holds
    no address is kept as typed, to be shown back with its message."""
    return website_link(text) or text.strip()


# What a phone's Japanese IME gives for the hyphen of a phone number.
_TYPED_DASHES: Final = str.maketrans(dict.fromkeys("‐‑‒–—―−ーｰ", "-"))
_PLAIN_NUMBER: Final = re.compile(r"^\+?[\d()\- ]*\d[\d()\- ]*$")


def typed_phone(text: str) -> str:
    """A phone number as a person typed it, in plain digits: with the IME on,
    「０２９−８２１−５６７８」 or 「０２９ー８２１ー５６７８」 is 029-821-5678, so the 電話する
    button dials it. A number with words beside it (「内線12（平日のみ）」) is the member's
    own writing and is kept as typed."""
    folded = unicodedata.normalize("NFKC", text).translate(_TYPED_DASHES).strip()
    return folded if _PLAIN_NUMBER.match(folded) else text.strip()


def is_email(text: str) -> bool:
    """An address of the form name@domain.tld, without spaces."""
    return bool(EMAIL.match(text)) and len(text) <= 254


def is_phone(text: str) -> bool:
    """Whether ``text`` holds a phone number (full-width digits and notes around it allowed)."""
    normal = unicodedata.normalize("NFKC", text)
    return any(
        sum(c.isdigit() for c in run.group()) >= _MIN_DIGITS for run in _NUMBER.finditer(normal)
    )


# Fewer digits than a 市外局番 and a number (0120-123-456 has 10) say little about who it is:
# 「189」 or an 内線 number alone is no key.
_KEY_DIGITS: Final = 9
_MAX_DIGITS: Final = 11  # 090-1234-5678; more digits in one run are two numbers side by side
# 「内線12」「(内線213)」「ext.12」: an extension is no part of the number, wherever it is written
# (「内線12 029-821-0000」 would otherwise read as 12029…).
_EXTENSION: Final = re.compile(r"(?:内線|内|ext\.?|EXT\.?|Ext\.?)\s*[:：.]?\s*\d{1,6}")
_FAX: Final = re.compile(r"FAX|Fax|fax|ファックス|ファクス|ﾌｧｯｸｽ")
_TEL: Final = re.compile(r"TEL|Tel|tel|電話|☎|携帯")


def phone_keys(text: str) -> tuple[str, ...]:
    """The digits of each telephone number in ``text`` (「+81」 as 0), in order, for comparing.

    A number labelled as a FAX alone (「TEL 029-821-0000 / FAX 029-821-0001」, 「FAX … TEL …」)
    is not one to call and is left out; 「TEL/FAX 029-…」 and 「029-…（FAX兼用）」 are telephones.
    An 内線 is read past, before or after the number. Numbers shorter than ``_KEY_DIGITS``
    are no key."""
    normal = _EXTENSION.sub(" / ", unicodedata.normalize("NFKC", text))
    keys: list[str] = []
    label_start = 0
    for run in _NUMBER.finditer(normal):
        label = normal[label_start : run.start()]
        label_start = run.end()
        if _FAX.search(label) and not _TEL.search(label):
            continue
        parts = [_digits(run.group())]
        if len(parts[0]) > _MAX_DIGITS:  # 「029-821-0000 029-821-0001」: two numbers
            parts = [_digits(part) for part in run.group().split()]
        keys += [d for d in parts if _KEY_DIGITS <= len(d) <= _MAX_DIGITS and d not in keys]
    return tuple(keys)


def _digits(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    return "0" + digits[2:] if number.startswith("+81") else digits


def phone_key(text: str) -> str:
    """The digits of the first telephone number in ``text`` (``phone_keys``), or "" when it
    holds none long enough to tell one number from another; for comparing, never for showing."""
    keys = phone_keys(text)
    return keys[0] if keys else ""
