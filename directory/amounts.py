"""Amounts as people write them in a 参加費（円） or 定員 field: 「無料」「100円」「1回100円」,
「20名」「約20人」「10～15名程度」「なし」.

One reading for the organizations' form (``webapp.forms``) and the importer
(``directory.interop.planning``, which also keeps the words around a number as a note). A text
that says more than an amount (「100円（お茶代）」「月500円」「要相談」) is no amount here: the
form asks again, and the importer keeps the words.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

FREE: Final = ("無料", "0", "0円", "なし", "無し")
_YEN: Final = re.compile(r"(?:1回|一回)?\s*(?P<yen>[0-9][0-9,]*)\s*円?(?:/回)?")
# 定員 with no limit, and a headcount with the words lists and people put around it.
NO_LIMIT: Final = re.compile(r"なし|制限なし|特になし|定員なし|無制限|上限なし|-|ー|―")
ABOUT_NUMBER: Final = re.compile(
    r"(?:約|およそ|概ね|最大|最大で)?\s*(?:[0-9,]+\s*[〜~\-－]\s*)?(?P<most>[0-9,]+)\s*"
    r"(?:名|人|組|世帯|家族)?\s*(?:程度|くらい|ぐらい|まで|以内|前後|位)?"
)


def yen_of(text: str) -> int | None:
    """The yen of a 参加費: 「300」「300円」「1回300円」「１，０００円」, 0 for 「無料」; None when the
    text is not an amount alone."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if folded in FREE:
        return 0
    found = _YEN.fullmatch(folded)
    return int(found.group("yen").replace(",", "")) if found else None


def capacity_of(text: str) -> tuple[bool, int | None]:
    """(whether ``text`` is a 定員, its headcount): 「20」「20名」「約20人」「10～15名程度」 → the
    most it says; 「なし」「制限なし」 → no limit (None); anything else is not understood."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if NO_LIMIT.fullmatch(folded):
        return True, None
    if (about := ABOUT_NUMBER.fullmatch(folded)) is not None:
        return True, int(about.group("most").replace(",", ""))
    return False, None
