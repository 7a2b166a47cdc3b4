"""Contact details (連絡先): whether a written phone number or e-mail address can be used.

Main decision: a phone number is judged leniently, by whether it holds a number one could dial,
not by a strict pattern. Organizations write 「029-821-0000」「029(821)0000」
「０２９－８２１－００００」「0120-123-456」「189」「029-821-0000（内線12・平日のみ）」 or two numbers
in one field, and all of those are right; what is refused is text with no number in it at all
(「abc」「未定」, an address typed into the wrong field). Values are kept as written.
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
