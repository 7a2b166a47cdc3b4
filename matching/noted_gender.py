"""Whether a coordinator's note says the person is a man (「育休中の父親」「パパ。」「本人男性」) or
a mother (「ママ友がほしい」「シングルマザー」).

The case records no gender, and a need records only what the person asks for (女性のみ for a
woman who is afraid of men). A place that takes women only (its 特徴 女性のみ: ママと赤ちゃんの
からだほぐし, a mothers' 日本語サロン) was offered to a father on 育休 as his first 子育て place.
When the note says the person is a man, such a place is not open to him, as one whose 対象 he is
not in: the engine's 対象 check leaves it out and the near miss says so.

Only words that say who the person is count: 「育休中の父親」「パパ。」「シングルファザー」
「本人（男性）」. A family member's words do not (「父親（82）の介護」「夫が単身赴任」), nor does
「男性が苦手」, which says the opposite (``matching.noted_conditions`` reads it as 女性のみ), nor
父子家庭, said of a child's household as often as of a father's.

The other way round, a place named for fathers (「パパとあそぼう 土曜ひろば」, ``for_fathers``) is
not open to a mother: a single mother who wanted ママ友 was offered it as her second 子育て place.
Only words that say she is a mother or a woman count (「ママ友」「シングルマザー」「母親。」
「本人（女性）」), not a family member's (「母（82）の介護」), nor 母子家庭.
"""

from __future__ import annotations

import re
import unicodedata

# The person as a father or a man: a chunk that is the word alone (「パパ。」「父親、」), the
# father on 育休 or raising a child alone, or 本人 said to be male.
_MAN = re.compile(
    r"(?:^|[、。\s(（])(?P<alone>パパ|父親|男性)(?=[、。\s)）]|$)"
    r"|(?P<leave>(?:育休|育児休業)(?:中|取得中)?の(?:父親|パパ|男性)|男性(?:の)?育休|父親(?:の|が)育休)"
    r"|(?P<single>シングルファ[ーザ]{1,2}ー?|ひとり親の(?:父親|パパ)|パパ友)"
    r"|本人[はが:：]?[(（]?(?P<self>男性|男)(?![性]?(?:が|は)?(?:苦手|怖|こわ))"
)


def man_noted(note: str) -> str:
    """The words of the note that say the person is a man (「育休中の父親」「パパ」), or ""."""
    text = unicodedata.normalize("NFKC", note)
    match = _MAN.search(text)
    if not match:
        return ""
    return next(word for word in match.groups() if word)


# The person as a mother or a woman, the same way.
_WOMAN = re.compile(
    r"(?:^|[、。\s(（])(?P<alone>ママ|母親|女性)(?=[、。\s)）]|$)"
    r"|(?P<leave>(?:育休|育児休業|産休)(?:中|取得中)?の(?:母親|ママ|女性))"
    r"|(?P<single>シングルマザー|ひとり親の(?:母親|ママ)|ママ友)"
    r"|本人[はが:：]?[(（]?(?P<self>女性|女)(?![性]?(?:が|は)?(?:苦手|怖|こわ))"
)
# A place named for fathers: 「パパとあそぼう」「お父さんの子育て講座」「父親の会」 — not one named
# for both parents (「パパママ教室」「ママ・パパのひろば」「お父さんお母さんの会」「親子であそぼう」).
_FATHERS = re.compile(r"パパ|お父さん|父親|おとうさん|父子")
_BOTH_PARENTS = re.compile(r"ママ|お母さん|母親|おかあさん|母子|親子|両親|ファミリー|家族|保護者")


def for_fathers(name: str) -> bool:
    """The place's name says it is for fathers (and not for mothers too)."""
    text = unicodedata.normalize("NFKC", name)
    return bool(_FATHERS.search(text)) and not _BOTH_PARENTS.search(text)


def woman_noted(note: str) -> str:
    """The words of the note that say the person is a mother or a woman (「ママ友」), or ""."""
    text = unicodedata.normalize("NFKC", note)
    match = _WOMAN.search(text)
    if not match or man_noted(note):
        return ""
    return next(word for word in match.groups() if word)
