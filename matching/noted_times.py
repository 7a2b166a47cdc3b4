"""When a coordinator's note says the person can come: 「土日のみ」「夕方以降なら」「午前は無理」.

Coordinators often type the days and times in the need's 関心 box instead of ticking 曜日 and
時間帯 (「平日の午前中だけ」「日曜日だけ」「夜しか出られない」). ``matching.interests`` already
keeps such notes from being read as interests; before this module, they said nothing at all,
and a person who can only come in the evening was offered morning places without a word.

``when_noted`` reads them as weekdays and times of day. Only a note that limits counts — one
ending in のみ, だけ, なら, 以降, しか, 希望, 限定, がいい — or one that rules a time out
(「午前は無理」「土日はだめ」「朝は苦手」: the other days or times), or a chunk that is only days
and times (「月水金の午前」, as ``matching.interests`` tells them). A time taken by something else
(「午前は通院」「平日は部活」「夕方は塾」) rules that time out like 「午前は無理」: coordinators write
it to say when the person is not free (measured on judged personas: read as a mere wish, the
morning 歌 salon still led for a woman whose mornings go to the clinic). A day or time merely
mentioned (「土曜に娘が来る」) is no limit. The engine uses what is read only when the
need's own 曜日・時間帯 are empty, and says where it came from: a note that says only
(「土日のみ」「夜しか出られない」「午前は無理」「月水金の午前」) is 必須 like a ticked field (what it leaves out is a
near miss, relaxed in one click), and so is 「午後なら」 (then, not otherwise); a wish (「土日希望」
「できれば午前」「朝は苦手」) is a 希望 that ranks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from matching.interests import is_condition_note
from matching.models import TimeSlot

WEEKDAYS = (0, 1, 2, 3, 4)
WEEKEND = (5, 6)
_DAY_CHARS = "月火水木金土日"
_DAYS = re.compile(
    r"土日祝?|週末|休日|平日"
    r"|(?<![今先来毎翌前年隔数])(?:[月火水木金土日](?:曜日?)?(?:[・、と]|から)?)+"
    r"(?=曜|の|は|に|な|だ|し|希|限|以|$)"
)
_TIMES: tuple[tuple[re.Pattern[str], tuple[TimeSlot, ...]], ...] = (
    (re.compile(r"午前中?|朝"), (TimeSlot.MORNING,)),
    (re.compile(r"午後"), (TimeSlot.AFTERNOON,)),
    (re.compile(r"昼間|日中"), (TimeSlot.MORNING, TimeSlot.AFTERNOON)),
    # 夕方 (about 16〜18時) straddles 午後 and 夜間; 夕方以降 begins when 夜間 does.
    (re.compile(r"(?:夕方|放課後)(?!以降|から)"), (TimeSlot.AFTERNOON, TimeSlot.EVENING)),
    (
        re.compile(r"夕方(?:以降|から)|(?<!昼)夜間?|夜遅く|仕事帰り|\d{2}時以降"),
        (TimeSlot.EVENING,),
    ),
)
_LIMITS = re.compile(
    r"のみ|だけ|なら|以降|しか|希望|限定|がいい|が良い|がよい|中心|であれば|できれば|なるべく"
)
_RULED_OUT = re.compile(
    r"(?:は|が|も)(?:無理|むり|ダメ|だめ|難しい|不可|NG|出られない|行けない|苦手)"
)
# A note that says 希望, がいい or できれば is a wish (希望); one that says only (のみ, だけ, しか),
# when it can (「午後なら」: then, not otherwise), rules a time out, or just states the days
# (「月水金の午前」) is a condition (必須), as the ticked field.
_STRICT = re.compile(r"のみ|だけ|しか|限定|無理|むり|ダメ|だめ|不可|出られない|行けない")
_SOFT = re.compile(r"希望|がいい|が良い|がよい|中心|苦手|できれば|なるべく")
# A time taken by something else (「午前は通院」「平日は部活」「夕方は塾」): the person is not free
# then, as with 「午前は無理」.
_BUSY_WITH = (
    r"通院|病院|リハビリ|デイケア|透析|仕事|パート|バイト|アルバイト|勤務|部活|学校|授業|塾|習い事"
    r"|介護|送迎|生活介護|通所|作業所"
)
_OCCUPIED = re.compile(rf"(?:は|中は|も)(?:{_BUSY_WITH})")
# 「デイケア（月・金）」「透析（月水金）」: the days in brackets are when it takes the person, read
# as 「月・金はデイケア」 (before, they were read as the only days the person could come).
_BUSY_DAYS = re.compile(
    rf"(?P<busy>{_BUSY_WITH})[(（](?P<days>(?:[月火水木金土日](?:曜日?)?[・、と]?)+)[)）]"
)
# 「土日のみ（平日は部活）」: what is in brackets is a note of its own.
_CHUNKS = re.compile(r"[、。,，;；\n！!？?（）()「」『』【】]+|\s+")


@dataclass(frozen=True)
class NotedTimes:
    """Days and times of day a note limits the person to, and the note's words as written."""

    weekdays: tuple[int, ...]  # empty: any day
    time_slots: tuple[TimeSlot, ...]  # empty: any time
    words: str
    strict: bool = False  # 「土日のみ」「午前は無理」: 必須, not 希望


def _days(text: str) -> set[int]:
    days: set[int] = set()
    for match in _DAYS.finditer(text):
        word = match[0]
        if word.startswith("土日") or word in ("週末", "休日"):
            days |= set(WEEKEND)
        elif word == "平日":
            days |= set(WEEKDAYS)
        else:
            spelled = re.sub(r"曜日?|[・、と]|から", "", word)
            if spelled == "日" and "曜" not in word:
                continue  # 「その日の日中なら」「休みの日」: a day, not Sunday
            if "から" in word and len(spelled) == 2:  # 月から金
                first, last = (_DAY_CHARS.index(c) for c in spelled)
                days |= set(range(first, last + 1))
            else:
                days |= {_DAY_CHARS.index(c) for c in spelled if c in _DAY_CHARS}
    return days


def _times(text: str) -> set[TimeSlot]:
    times: set[TimeSlot] = set()
    for pattern, slots in _TIMES:
        if pattern.search(text):
            times |= set(slots)
    return times


def when_noted(note: str) -> NotedTimes | None:
    """「土日のみ」→ 土・日; 「夕方以降なら」→ 夜間; 「午前は無理」→ 午後・夜間;
    「平日の午前中だけ」→ 月〜金の午前. None when the note sets no day or time."""
    text = unicodedata.normalize("NFKC", note)
    text = _BUSY_DAYS.sub(lambda m: f"、{m['days']}は{m['busy']}、", text)
    days: set[int] = set()
    times: set[TimeSlot] = set()
    words: list[str] = []
    for chunk in _CHUNKS.split(text):
        chunk_days, chunk_times = _days(chunk), _times(chunk)
        if not chunk_days and not chunk_times:
            continue
        busy = bool(_OCCUPIED.search(chunk)) and not _LIMITS.search(chunk)  # 「午前は通院」
        if (_RULED_OUT.search(chunk) and "しか" not in chunk) or busy:  # 夜しか出られない: a limit
            days |= set(range(7)) - chunk_days if chunk_days else set()
            times |= set(TimeSlot) - chunk_times if chunk_times else set()
        elif _LIMITS.search(chunk) or is_condition_note(chunk):  # 「月水金の午前」 alone
            days |= chunk_days
            times |= chunk_times
        else:
            continue
        words.append(chunk)
    if not words or (not days and not times) or (len(days) == 7 and len(times) in (0, 3)):
        return None
    return NotedTimes(
        tuple(sorted(days)) if len(days) < 7 else (),
        tuple(s for s in TimeSlot if s in times) if len(times) < 3 else (),
        "、".join(words),
        strict=not any(_SOFT.search(w) and not _STRICT.search(w) for w in words),
    )
