"""Contact details (連絡先): whether a written phone number or e-mail address can be used.

Main decision: a phone number is judged leniently, by whether it holds a number one could dial,
not by a strict pattern. Organizations write 「029-821-0000」「029(821)0000」
「０２９－８２１－００００」「0120-123-456」「189」「029-821-0000（内線12・平日のみ）」 or two numbers
in one field, and all of those are right; what is refused is text with no number in it at all
(「abc」「未定」, an address typed into the wrong field). Values are kept as written.

Two numbers written differently are compared by ``phone_key``: the digits of the first number
in the text, 「+81」 read as the leading 0, so 「029-821-0000」「０２９（８２１）００００」
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


def phone_key(text: str) -> str:
    """The digits of the first phone number in ``text`` (「+81」 as 0), or "" when it holds none
    long enough to tell one number from another; for comparing, never for showing."""
    normal = unicodedata.normalize("NFKC", text)
    for run in _NUMBER.finditer(normal):
        digits = re.sub(r"\D", "", run.group())
        if run.group().startswith("+81"):
            digits = "0" + digits[2:]
        if len(digits) >= _KEY_DIGITS:
            return digits
    return ""
