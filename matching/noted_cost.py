"""What a coordinator's note says the person can pay: 「300円までで」「お金はかけられない」.

Like days and times (``matching.noted_times``), a cost ceiling is often typed in the need's 関心
box instead of its 参加費の上限 field: 「参加費は300円まで」「ワンコインなら」「費用をかけられない」
「生活保護なので無料の所」. ``noted_cost`` reads such a note as a ceiling in yen; a sum merely
mentioned (「月3000円の年金」「300円のお弁当を買う」) is none. The engine uses it only when the
field is empty, as a 希望 (it ranks and is said, it does not filter), and says where it came
from. Sums are read as written (「会費は月千円まで」「小遣いは月2千円くらい」「五百円まで」:
case notes 16, where they said nothing). A sum for the month (「月千円まで」「小遣いは月2千円」)
is what the person can spend in a month (``NotedCost.monthly``): the engine sets it against a
place's fee times how often one would come (``matching.profiles.visits_a_month``: 毎週300円 is
about 1,200円 a month, over 「月千円」; it was compared with the fee of one meeting, as the
field's 参加費の上限 is).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# 「300円」「1,000円」「千円」「2千円」「千五百円」「五百円」: a sum as coordinators write it.
_SUM = r"(?P<sum>\d{1,3}(?:,\d{3})*|\d+|[\d一二三四五六七八九]?千(?:[\d一二三四五六七八九]?百)?|[\d一二三四五六七八九]?百)円"
_YEN = re.compile(
    r"(?P<per>月|毎月|1回|一回)?(?:に)?"
    + _SUM
    + r"(?:くらい|ぐらい|程度)?(?:まで|以内|以下|なら|が上限|が限度)"
)
# 「小遣いは月2千円くらい」「予算は1回500円程度」: what the person has to spend, said as a sum
_BUDGET = re.compile(
    r"(?:小遣い|こづかい|予算|使えるお金|出せるの)(?:は|が)?(?P<per>月|1回|一回|毎月)?(?:に)?"
    + _SUM
)
_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _yen(text: str) -> int:
    """「1,000」→ 1000; 「千」→ 1000; 「2千」→ 2000; 「千五百」→ 1500; 「五百」→ 500."""
    if text.replace(",", "").isdigit():
        return int(text.replace(",", ""))
    total = 0
    for unit, size in (("千", 1000), ("百", 100)):
        if unit in text:
            head, text = text.split(unit, 1)
            total += (int(head) if head.isdigit() else _DIGIT.get(head, 1)) * size
    return total


_ONE_COIN = re.compile(r"ワンコイン(?:まで|以内|なら|で)")
_NOTHING = re.compile(
    r"(?:お金|費用|参加費|会費|出費)(?:は|を|が)?(?:かけられない|かけたくない|出せない|払えない|ない|厳しい)"
    r"|無料(?:の(?:所|ところ|場|もの)|のみ|だけ|がいい|が良い|なら|で)"
    # 「金のかかる所は無理」「お金がかかるのはだめ」 (words 24: a man on 生活保護 was offered a
    # 100円 tea party as readily as the free lounge): a place that costs, ruled out
    r"|(?:金|料金|費用)(?:の|が)かかる(?:所|ところ|場所|の|こと|もの)?(?:は|も)?"
    r"(?:無理|むり|ダメ|だめ|難しい|厳しい|行けない|避けたい|NG)"
)


@dataclass(frozen=True)
class NotedCost:
    """The most the person can pay, in yen, and the note's words as written."""

    ceiling_yen: int
    words: str
    monthly: bool = False  # 「月千円まで」: for the month, not for each meeting


def noted_cost(note: str) -> NotedCost | None:
    """「300円までで」→ 300; 「ワンコインなら」→ 500; 「お金はかけられない」→ 0; else None."""
    text = unicodedata.normalize("NFKC", note)
    if match := _NOTHING.search(text):
        return NotedCost(0, match[0])
    if match := _YEN.search(text) or _BUDGET.search(text):
        return NotedCost(_yen(match["sum"]), match[0], match["per"] in {"月", "毎月"})
    if match := _ONE_COIN.search(text):
        return NotedCost(500, match[0])
    return None
