"""Whether a coordinator's note says the person is a man: 「育休中の父親」「パパ。」「本人男性」.

The case records no gender, and a need records only what the person asks for (女性のみ for a
woman who is afraid of men). A place that takes women only (its 特徴 女性のみ: ママと赤ちゃんの
からだほぐし, a mothers' 日本語サロン) was offered to a father on 育休 as his first 子育て place.
When the note says the person is a man, such a place is not open to him, as one whose 対象 he is
not in: the engine's 対象 check leaves it out and the near miss says so.

Only words that say who the person is count: 「育休中の父親」「パパ。」「シングルファザー」
「本人（男性）」. A family member's words do not (「父親（82）の介護」「夫が単身赴任」), nor does
「男性が苦手」, which says the opposite (``matching.noted_conditions`` reads it as 女性のみ), nor
父子家庭, said of a child's household as often as of a father's.
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
