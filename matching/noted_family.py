"""Which words of a case note are about a family member: 「弟（小4、自閉症）」「夫がうつ」.

Coordinators write the household into the note — 「家族：父（単身赴任）、母（パート）、弟（小4、
自閉症）」「世帯：本人、夫（80、要介護1）、長男（47、ひきこもり）」「子（ASD・小2）」「母が精神疾患」
— and a diagnosis or age written there is the family member's, not the person's. Before, a
family word counted only when it stood at most five characters before the word with no comma
between, so 「弟（小4、自閉症）」 made his 16-year-old sister a person with a disability, and
「子（ASD・小2）」 (子 was no family word) made the mother one.

``family_spans`` marks what belongs to a family member named in the note:

- a bracket right after the family word, whole, commas and all (「弟（小4、自閉症）」);
- what follows the family word (or its bracket) directly or after が・は・も・の・：, up to the
  next 、。 (「夫がうつで休職中」「娘（20）ひきこもり」「長男ひきこもり20年」「弟の自閉症」).

What follows the family word after を・に・と is the person's doing (「母を介護中」「母と二人
暮らし、生保受給」): it is not marked. (「母の介護をしている」 is marked, as 「弟の自閉症」 is: a
reader of caring words, ``matching.noted_groups``, asks who is the subject instead.) Nor are 母子家庭, 父子家庭,
夫婦 or 子育て (words about the household, not one member).
"""

from __future__ import annotations

import re

FAMILY_WORDS = (
    "息子|娘|孫|子ども|子供|こども|弟|妹|兄|姉|夫|妻|母親|父親|母|父|長男|長女|次男|次女|三男|三女"
    "|祖母|祖父|義母|義父|家族|きょうだい|兄弟|姉妹|上の子|下の子|末っ子|子"
)
# 子 alone is a family word only as 「子（…）」「子が…」; 母子家庭, 夫婦, 子育て are not.
_FAMILY = re.compile(
    rf"(?<![様調椅帽菓障双親扇団原分因冊粒])(?:{FAMILY_WORDS})"
    r"(?!子家庭|子世帯|子手帳|婦|育て|供会|ども会|連れ|の会|会)"
)
_OPEN, _CLOSE = "（(", "）)"
_THEIRS_AFTER = re.compile(r"^(?:[はがもの:：]|$|[^をにとへで、。\s（(])")
_CLAUSE_END = re.compile(r"[、。,，;；\n]|$")


def _bracket_end(text: str, start: int) -> int:
    """The index just past the bracket that opens at ``start`` (nested ones included)."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] in _OPEN:
            depth += 1
        elif text[i] in _CLOSE:
            depth -= 1
            if depth == 0:
                return i + 1
    return len(text)


def family_spans(text: str, clauses: bool = True) -> list[tuple[int, int]]:
    """The (start, end) ranges of the NFKC-normalized ``text`` about a family member: the
    brackets after a family word, and (``clauses``) what follows one up to the next 、."""
    spans: list[tuple[int, int]] = []
    for match in _FAMILY.finditer(text):
        word, end = match[0], match.end()
        if word == "子" and not re.match(r"[（(がは:：]", text[end : end + 1]):
            continue
        if end < len(text) and text[end] in _OPEN:
            close = _bracket_end(text, end)
            spans.append((match.start(), close))
            end = close
        rest = text[end:]
        if clauses and rest and _THEIRS_AFTER.match(rest):
            stop = _CLAUSE_END.search(rest)
            spans.append((end, end + (stop.start() if stop else len(rest))))
    return spans


def is_family(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether the note's character at ``position`` is about a family member."""
    return any(start <= position < end for start, end in spans)


def without_family(text: str, keep_word: bool = True) -> str:
    """The NFKC-normalized ``text`` without the brackets about a family member (a 、 in their
    place), the family word kept: 「弟（小4、自閉症）の見守り」→ 「弟、の見守り」 (it dropped 弟
    too, leaving 「、の見守り」: whose 見守り was lost). ``keep_word=False`` drops the word with
    its bracket (「、の見守り」), for a reader of interests: 弟 or 子 left alone would be read as
    one. What follows 「子どもの」「夫と」 stays: 「子どもの相手も苦にならない」 says what the
    person likes to do."""
    spans = sorted(family_spans(text, clauses=False))
    kept, at = [], 0
    for start, end in spans:
        if start >= at:
            bracket = start
            if keep_word:
                bracket = min((i for i in range(start, end) if text[i] in _OPEN), default=start)
            kept.append(text[at:bracket])
            kept.append("、")
        at = max(at, end)
    kept.append(text[at:])
    return "".join(kept)
