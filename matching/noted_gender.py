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

from matching.noted_groups import groups_noted, minding_grandchild

# The person as a father or a man: a chunk that is the word alone (「パパ。」「父親、」), the
# father on 育休 or raising a child alone, or 本人 said to be male.
_MAN = re.compile(
    r"(?:^|[、。\s(（])(?P<alone>パパ|父親|男性)(?=[、。\s)）]|$)"
    r"|(?P<leave>(?:育休|育児休業)(?:中|取得中)?の(?:父親?|パパ|男性)|男性(?:の)?育休|父親(?:の|が)育休)"
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


# A place whose name says whose it is, among parents: 「ふたご・みつごの会」 for parents of
# twins, 「シングルママの会」 for single parents, 「パパとあそぼう」 for fathers, 「なみきママカフェ」
# for mothers. Found with personas_heldout18/19.toml: a father on 育休 was offered the ふたご会
# first and a Nepali mother (「夫は飲食店」) the パパ ひろば. The twins' and single parents' places
# are open only when the note says the person is one of them; a place for fathers is closed
# when the note says a woman, one for mothers when it says a man (a note that says neither
# leaves both open). A place whose 対象 says どなたでも is open to all, as ever.
_NAMED_PARENTS = (
    (
        "双子・三つ子の親",
        re.compile(r"ふたご|双子|みつご|三つ子|多胎"),
        re.compile(r"ふたご|双子|みつご|三つ子|多胎"),
    ),
    (
        "ひとり親",
        re.compile(r"シングル|ひとり親|一人親"),
        re.compile(r"シングル|ひとり親|一人親|母子(?:世帯|家庭)|父子(?:世帯|家庭)|離婚|死別"),
    ),
)
# The person's own wife or 父子家庭 says a man as well as 「パパ」 does (「妻は復職」), and her
# husband a woman (「夫は飲食店」); not 夫婦, nor a wife or husband of someone else (「義妻」).
_HUSBAND = re.compile(r"父子|(?<![義夫])妻(?:[はがもと]|[(（]|の(?!実家))")
_WIFE = re.compile(r"母子|(?<![義])夫(?!婦)(?:[はがもと]|[(（]|の(?!実家))")


def says_a_man(note: str) -> bool:
    """The note says the person is a man (``man_noted``), or has a wife or heads 父子家庭."""
    text = unicodedata.normalize("NFKC", note)
    return bool(man_noted(text) or (_HUSBAND.search(text) and not _WIFE.search(text)))


def says_a_woman(note: str) -> bool:
    """The note says the person is a woman (``woman_noted``), or has a husband or heads 母子世帯."""
    text = unicodedata.normalize("NFKC", note)
    return bool(woman_noted(text) or (_WIFE.search(text) and not _HUSBAND.search(text)))


def for_mothers(name: str) -> bool:
    """The place's name says it is for mothers (「ママカフェ」, and not 「パパママ」)."""
    text = unicodedata.normalize("NFKC", name)
    return bool(re.search(r"ママ|お母さん|母親", text)) and not _FATHERS.search(text)


def named_parents_closed(name: str, note: str) -> str:
    """Why the place's name closes it to the person (「双子・三つ子の親のための場（名称「…」より）」),
    or "" when it does not (see above)."""
    text = unicodedata.normalize("NFKC", name)
    said = unicodedata.normalize("NFKC", note)
    for who, in_name, in_note in _NAMED_PARENTS:
        if in_name.search(text) and not in_note.search(said):
            return f"{who}のための場（名称「{name}」より）"
    if for_fathers(name) and says_a_woman(note):
        words = woman_noted(said) or _first(_WIFE, said)
        return f"父親のための場（メモ「{words}」より）"
    if for_mothers(name) and says_a_man(note):
        words = man_noted(said) or _first(_HUSBAND, said)
        return f"母親のための場（メモ「{words}」より）"
    if _FROM_ABROAD.search(text) and (minding := grandparent_minding(said)):
        # 「孫（2歳）を月水金に預かっている」: a grandmother minding her grandchild is in the
        # 子育て世帯 a 多文化ママの会 names only through the child; the 外国 its name says is the
        # parents' (a Japanese grandmother of 67 was offered it before the ひろば next door).
        return f"外国につながる保護者の場（名称「{name}」、メモ「{minding}」より）"
    return ""


# A place named for parents or families from abroad: 「多文化ママの子育ておしゃべり会」.
_FROM_ABROAD = re.compile(r"多文化|外国|国際|海外")


def grandparent_minding(note: str) -> str:
    """The words that say the person minds a grandchild (「孫（1歳）を預かっている」) when the
    note says no child of their own and no roots abroad, or ""."""
    minding = minding_grandchild(note)
    said = {g.target for g in groups_noted(note)}
    if not minding or said & {"parents", "foreign_roots"}:
        return ""
    return minding


def _first(pattern: re.Pattern[str], text: str) -> str:
    match = pattern.search(text)
    return match[0].rstrip("はがもとの(（") if match else ""
