"""Case codes (ケース番号): a pseudonymous number, never the person's name.

A case code reaches the audit log, page titles, the admin's 引き継ぎ and exports, where the
person's name must not: a coordinator who types 「山田花子」 or 「田中さん」 as the code puts the
name everywhere the code goes. A name cannot be told from a word by rule, so the rule is about
what a code is — a number — and is easy to say in one sentence at the field:

- it has at least one digit (full-width digits count): 「R6-012」「城北-0003」「2026-0001」 pass,
  「山田花子」「ヤマダ」「Yamada」 do not;
- it has no honorific a person's name is written with (さん・さま・ちゃん・くん): 「田中さん②」;
- it does not hold the case's 呼び名, or a part of it of two characters or more: with the
  呼び名 「山田 花子」, 「山田-01」 is refused (a one-character 呼び名 such as 「A」 is too
  short to tell).

A code that passes can still be a name with a number (「ヤマダ01」 with no 呼び名): the form's
hint says what a code is for. Codes given before this rule are kept as they are; the rule
applies when a code is typed (a new case, or a changed code).
"""

from __future__ import annotations

import re
import unicodedata

from matching import labels

HONORIFICS = ("さん", "さま", "ちゃん", "くん")
_DIGIT = re.compile(r"[0-9]")
_SEPARATORS = re.compile(r"[\s・,、()（）]+")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def name_parts(display_name: str) -> list[str]:
    """The parts of a 呼び名 that a code must not hold: the whole name and each word of two
    characters or more, honorifics removed (「山田 花子さん」 → 山田花子, 山田, 花子)."""
    folded = _fold(display_name)
    for honorific in HONORIFICS:
        folded = folded.replace(honorific, " ")
    words = [w for w in _SEPARATORS.split(folded) if len(w) >= 2]
    whole = "".join(words)
    return list(dict.fromkeys([whole, *words] if len(whole) >= 2 else words))


def code_problem(code: str, display_name: str = "") -> str:
    """Why ``code`` cannot be a case code ("" when it can)."""
    folded = _fold(code)
    if not _DIGIT.search(folded):
        return labels.MSG_CODE_NEEDS_DIGIT
    if any(h in folded for h in HONORIFICS):
        return labels.MSG_CODE_LOOKS_LIKE_NAME
    if any(part in folded for part in name_parts(display_name)):
        return labels.MSG_CODE_HOLDS_NAME
    return ""
