"""Other conditions (少人数, 子連れ可, 女性のみ, 見学できる) a coordinator's note says.

The need form has boxes for them, but coordinators often write them in 関心 instead:
「人が多いのは苦手」「子連れで行ける所」「男性がいると緊張する」「まずは見学から」.
``matching.interests`` rightly reads 「人が多いのは苦手」 as something to avoid and gives no
word for it — and so the wish for a small group was lost. ``conditions_noted`` reads each
such note as the condition it stands for; the engine adds them to the need's own conditions,
which rank (they never filter) and are said for each suggestion (「少人数」「少人数ではない」「少人数かは要確認（定員の記載なし）」).
"""

from __future__ import annotations

import re
import unicodedata

NOTED_CONDITIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "small_group",
        re.compile(
            r"(?:人が多い|人の多い|大勢|大人数|人混み|人ごみ|集団)(?:の|ところ|所|場所|場)?(?:は|が|も)?"
            r"(?:苦手|にがて|無理|むり|ダメ|だめ|嫌|つらい|辛い|不安|怖い|ちょっと|もういい)"
            r"|少人数(?:が|の|で|なら|希望|がいい)|人の少ない|人が少ない"
        ),
    ),
    (
        "kids_welcome",
        re.compile(r"子連れ|子どもを連れて|子供を連れて|こどもを連れて|子どもと一緒に行"),
    ),
    (
        "women_only",
        re.compile(r"女性(?:だけ|のみ|限定)|男性(?:が|は)(?:苦手|怖い|こわい)|男性がいると"),
    ),
    ("trial_visit", re.compile(r"(?:まず|最初は|はじめは|初めは)(?:は)?見学")),
)


# 「送迎があれば」「送迎が必要」「送迎希望」: the person can go as far as someone drives them.
# Not 「母が送迎」「妻の送迎可」 (family drive: the travel mode says it).
PICKUP_WISH = re.compile(
    r"(?<![がのはも])送迎(?:が|を)?(?:あれば|あると|必要|要|希望|してもらえれば|がほしい|付き|つき)"
    r"|迎えに来て(?:もらえれば|くれれば)"
)


def pickup_noted(note: str) -> str:
    """The words of a note that ask for a pickup (「送迎があれば」), or ""."""
    match = PICKUP_WISH.search(unicodedata.normalize("NFKC", note))
    return match[0] if match else ""


def conditions_noted(note: str) -> tuple[str, ...]:
    """「人が多いのは苦手」→ small_group; 「子連れで」→ kids_welcome; 「まずは見学から」→
    trial_visit; 「男性が苦手」→ women_only; in that order, each once."""
    text = unicodedata.normalize("NFKC", note)
    return tuple(key for key, pattern in NOTED_CONDITIONS if pattern.search(text))
