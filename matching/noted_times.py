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

Either/or (「平日夕方か土日」「午前中か、土曜なら午後も可」「水曜午後か土日」) and a time taken on
some days only (「パート（月水金 9時〜15時）」「療育（火・木の午後）」「日中は平日生活介護」) are no
product of days and times, which is all a form's 曜日 × 時間帯 can say: read as one, 「平日夕方か
土日」 left out every Saturday morning, and 「パート（月水金…）」 became 「月水金だけ」. So each
chunk is read as a set of (day, time of day) pairs — each side of か its own days × times — and
what the note leaves free is the pairs it allows less those it rules out (``NotedTimes.mask``).
The suggestion still says it in the note's words (「土曜午前に開催（メモ「平日夕方か土日」より）」);
the near miss names the day and time that does not fit (「水曜午後のみ」). 「午後から」 is the
afternoon and the evening; 「休みは（基本）土日」 names the days the person can come, as 「土日のみ」
does (a shift worker's weekday off is the exception the near miss shows).

Shift work (夜勤, 日勤, 遅番, 早番) comes on days the note does not name: 夜勤 is no 夜, and what
is said of one shift (「夜勤明けは無理」「日勤の日は夕方以降なら」) limits no time of every day —
read as 夜, 「夜勤明けは無理」 shut every evening. Minding someone (「孫を預かっている（月水金の
日中）」「月水金の日中は孫の世話」) takes those days as 通院 does. A time said taken leaves what
the note names free in so many words (「放課後は弟の見守り。平日夕方か土日なら」 keeps weekday
evenings): that is the plainer statement of when the person can come.

Someone who sleeps through the morning says so without 無理: 「昼過ぎに起きる」「起きるのは昼
ごろ」「午前中は寝ていることが多い」 rule mornings out; 「昼夜逆転（気味）」 alone ranks them down
(希望), and says nothing once the note states the times plainer. What is said of a family
member (「兄（高2、昼夜逆転）」) is not read. 「土日は空いている」 limits like 「土日なら」, and
「平日夜と土日」 is two alternatives, as with か.

Case notes 16 (``benchmarks/personas_casenotes16.toml``): the time the person has, said as the
subject (「空いているのは平日の夜」「動けるのは土日だけ」), and a clock time from which they can
come (「夜7時から」「19時過ぎなら」「午後3時から」) limit as 「…なら」 does; before, they set no
time and a woman free only after work was offered Sunday afternoons first. A limit said of some
days (「平日は19時以降しか動けない」) leaves the other days, unless another statement says which
days the person can come (「休みは日曜」). An early riser (「朝4時には目が覚める」「朝は早い（5時
起き）」) is a 希望 for mornings when nothing plainer is said: nothing is ruled out. A child to
fetch (「午後は孫（小1）の迎え」) and a nap (「午後は昼寝」) take that time — a child fetched takes
that day's evening too, as the child stays until the parents are home (held-out 28: a 子ども食堂
at 17時 came first), unless the note names the evening free — and 夕方 taken or ruled out is
the evening only: 「平日夕方は孫の世話で無理」 leaves a salon at 13:30. Days in brackets followed
by their day (「妻のデイ（月水金）の日の日中だけ空く」) are the days to go.

Held-out 29: days said with what the person can do on them (「月・木は出られる」「火曜と金曜は
来られる」「水・土OK」) are the days the person can come, as 「…なら」; so are days on which
someone else minds the one the person cares for (「土日は弟が見てくれる」「日曜は夫が子どもを
見てくれる」) — read as 「子どもを見て」, the Sunday of a mother free only then was taken.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from matching.interests import is_condition_note
from matching.models import TimeSlot
from matching.noted_family import FAMILY_WORDS, without_family

WEEKDAYS = (0, 1, 2, 3, 4)
WEEKEND = (5, 6)
_DAY_CHARS = "月火水木金土日"
_DAYS = re.compile(
    r"土日祝?|週末|休日|平日"
    r"|(?<![今先来毎翌前年隔数])(?:[月火水木金土日](?:曜日?)?(?:[・、と]|から)?)+"
    r"(?=曜|の|は|に|な|だ|し|希|限|以|OK|ok|大丈夫|$)"
)
_TIMES: tuple[tuple[re.Pattern[str], tuple[TimeSlot, ...]], ...] = (
    (re.compile(r"午前中?|朝"), (TimeSlot.MORNING,)),
    # 「昼過ぎから夕方まで」: the afternoon (held-out 27)
    (re.compile(r"午後(?!から|以降)|昼(?:過ぎ|すぎ)|から夕方まで"), (TimeSlot.AFTERNOON,)),
    # 「午後から」「午後以降」: from the afternoon on, the evening too.
    (re.compile(r"午後(?:から|以降)"), (TimeSlot.AFTERNOON, TimeSlot.EVENING)),
    (re.compile(r"昼間|日中|(?<!から)夕方まで"), (TimeSlot.MORNING, TimeSlot.AFTERNOON)),
    # 夕方 (about 16〜18時) straddles 午後 and 夜間; 夕方以降 begins when 夜間 does.
    # 「夕方〜夜」「夕方から夜にかけて」: from 夕方 on, as 夕方以降 (read as 夕方 and 夜, the
    # afternoon let a room of 10〜15時 fit a girl who goes out only towards evening).
    (
        re.compile(r"(?:夕方|放課後)(?!以降|から|まで|[〜~ー-]夜)"),
        (TimeSlot.AFTERNOON, TimeSlot.EVENING),
    ),
    (
        re.compile(
            r"夕方(?:以降|から|[〜~ー-]夜)|(?<![昼深])夜(?!勤)間?|夜遅く|仕事帰り|\d{2}時以降"
        ),
        (TimeSlot.EVENING,),
    ),
)
_COVERED = (
    r"(?:が|に)[^、。]{0,10}?(?:見て|みて|看て|預かって|代わって|来て|交代して)"
    r"(?:くれる|くれます|もらえる|もらえます|もらう)"
)
_LIMITS = re.compile(
    r"のみ|だけ|なら|以降|しか|希望|限定|がいい|が良い|がよい|中心|であれば|できれば|なるべく"
    r"|休みは|休みが|(?<=[日末祝曜])休み"  # 「土日休み」「水曜休み」: the person's days off
    # 「週末に行ける所」「午後に出られる日」: when the person can go, said as what they can do
    r"|(?<=[日末祝曜中後方間])に(?:行ける|行けそう|出られる|来られる|参加できる)"
    # 「土日は空いている」「平日も可」: the times the person has free, said as free
    r"|は空いて|は空き|(?<![不])可(?:能)?$"
    # 「月・木は出られる」「火曜と金曜は来られる」「水・土OK」: the days the person can come, said
    # as what they can do on them (before, no day was read, and a woman free on 月・木 was
    # offered Wednesday's salon second)
    r"|(?<=[日末祝曜月火水木金土])は?(?:出られる|出れる|行ける|来られる|来れる|動ける|参加できる"
    r"|OK|ok|大丈夫)"
    # 「土日は弟が見てくれる」「日曜は夫が子どもを見てくれる」: someone else minds the one the
    # person cares for, so those days are the person's own (read as 「子どもを見て」, Sunday was
    # taken from a mother free only then)
    rf"|{_COVERED}"
    # 「空いているのは平日の夜」「動けるのは土日だけ」「出られるのは午前中」: the times the
    # person has, said as the subject (it set no time: a man free only on weekday evenings was
    # offered the daytime places first, without a word)
    r"|(?:空いて(?:い)?る|空き|動ける|出られる|出れる|行ける|来られる|都合が(?:つく|いい|良い))"
    r"(?:の|時間|日)(?:は|が)"
    # 「平日は夜7時から」「19時過ぎなら」: from a clock time on, as 以降
    r"|\d時半?(?:から|過ぎ|すぎ|以後)"
    # 「夕方〜夜の方が外に出やすい」「昼間の方が動ける」: the time the person goes out more
    # easily, said as a comparison (a 希望, ``_SOFT``); before, it said nothing, and a boy who
    # is up by day and asleep early was offered the evening classes first
    r"|の方が[^、。]{0,4}?(?:出やすい|出られる|動ける|動きやすい|行きやすい|行ける|楽|調子が(?:いい|良い))"
)
_RULED_OUT = re.compile(
    r"(?:は|が|も)(?:無理|むり|ダメ|だめ|難しい|不可|NG|出られない|出ない|行けない|苦手"
    r"|起きられない|起きれない|体調が(?:悪い|すぐれない)|調子が悪い|つらい|辛い|しんどい"
    # 「夜は早く寝てしまう」: asleep then (a 希望, ``_SOFT``: how early is not said)
    r"|(?:早く|早めに|すぐ)寝(?:て|る|ちゃ))"
)
# 「昼過ぎに起きる」「起きるのは昼ごろ」「午前中は寝ていることが多い」「昼夜逆転」: the person sleeps
# through the morning, so it is ruled out though no 無理 says so (a パソコン練習会 at 10時 led for
# a 19-year-old whose note said 昼夜逆転気味). 昼夜逆転 alone is a wish (it ranks mornings down:
# 「気味」 is how far); the rest are rules. 「夜勤明けは寝ている」 is a shift's (``_SHIFT_BOUND``).
_LATE_RISER = re.compile(
    r"(?:起きるのは|起床は?)(?:昼|正午|午後)|昼(?:過ぎ|すぎ|ごろ|頃)?(?:に|から)?起き(?!られ)"
    r"|(?:午前中?|朝|昼)(?:は|まで)(?:ほぼ|だいたい|たいてい|ずっと)?寝て|昼夜逆転"
)
# 「朝4時には目が覚める」「朝は早い（4時起き）」「5時起き」「早起き」: an early riser. Mornings
# suit them (a 希望); read as a time (「朝4時」) it would rule out every place that is not at 4.
_EARLY_RISER = re.compile(
    r"(?:[3-6３-６]|[三四五六])時(?:前|頃|ごろ)?(?:には|に|から)?(?:目が覚め|目覚め|起き(?!られ|れ))"
    r"|(?:[3-6]|[三四五六])時起き|早起き|朝(?:は|が)早(?:い|く)"
)
# 「平日は19時以降しか」「土日は午前のみ」: a limit said of some days (は after the days).
_SCOPED = re.compile(
    r"(?:平日|土日祝?|週末|(?:[月火水木金土日](?:曜日?)?[・、と]?)+)(?:は|の日は|だと)"
)
# A note that says 希望, がいい or できれば is a wish (希望); one that says only (のみ, だけ, しか),
# when it can (「午後なら」: then, not otherwise), rules a time out, or just states the days
# (「月水金の午前」) is a condition (必須), as the ticked field.
_STRICT = re.compile(
    r"のみ|だけ|しか|限定|無理|むり|ダメ|だめ|不可|出られない|行けない|起きられない|起きれない"
)
# 「午前は体調が悪い」「朝はつらい」: better not then, as 苦手 — a wish, not a rule. So is a
# hedge (「夜なら出られるかも」「午後なら行けると思う」「たぶん夕方なら」): the time the person
# is likeliest to come, not the only one (read as 「夜なら」, it shut every daytime place for a
# man of 29 whose mother said it).
_SOFT = re.compile(
    r"昼夜逆転|希望|がいい|が良い|がよい|中心|苦手|できれば|なるべく|体調が|調子が|つらい|辛い|しんどい"
    r"|かも|と思う|と思います|気がする|たぶん|多分|おそらく|の方が|(?:早く|早めに|すぐ)寝"
)
# 「昼間は家にいる」「日中は部屋で過ごす」「夜は早く寝てしまう」「夜の方が動ける」: the note sets
# the time the person goes out against another they spend at home. Alone, 「日中は家にいる」
# says nothing of when (an 80-year-old at home all day is free then); with a time the note
# names (「昼間は家にいる。夜なら行けるかも」), that time is the one to offer first
# (``NotedTimes.contrasted``): a 13-year-old out of school was offered the daytime room that
# says 不登校 before the evening ones his mother named.
_AT_HOME = re.compile(
    r"(?:昼間?|日中|午前中?|午後|朝|夜)(?:は|も)(?:ずっと|ほぼ|だいたい)?(?:家|自宅|部屋|自室)"
    r"(?:に(?:いる|い(?:ます|て)|こもって)|で(?:過ごし|過ごす|寝て|ゲーム))"
    r"|(?:早く|早めに|すぐ)寝|の方が"
)
# A time taken by something else (「午前は通院」「平日は部活」「夕方は塾」): the person is not free
# then, as with 「午前は無理」.
_BUSY_WITH = (
    r"通院|病院|リハビリ|リハ|デイケア|透析|仕事|パート|バイト|アルバイト|勤務|部活|学校|授業|塾|習い事"
    r"|介護|送迎|生活介護|通所|作業所|療育|正社員|夜勤|日勤|遅番|早番"
    # 「午後は孫の学童の迎え」「午後は昼寝」: a child to fetch, a nap (read as 「午後は」, the
    # afternoon was the only time left to a woman up at five)
    r"|(?:学童|保育園|幼稚園|園)?の?(?:お)?迎え|昼寝"
    r"|放課後(?:等)?デイ(?:サービス)?|放デイ"
)
# Minding someone (「孫を預かっている（月水金の日中）」「母に付き添っている（火・金）」): the days
# in brackets after it are taken, as after 通院 — not the only days the person can come.
_MINDING = (
    r"(?:預か|世話(?:を?し)?|面倒を?見|(?<=を)見|付き添|看病し?|子守り?(?:を?し)?|見守り(?:を?し)?)"
    r"(?:って|て|り)?(?:いる|います|る|中)?"
)
# 「夜勤明けは無理」「日勤の日は夕方以降なら」「遅番の週は午前のみ」: a shift comes on days the note
# does not name, so what is said of it limits no day the form can hold; read as 「夕方以降なら」
# or 「夜は無理」 (夜勤 read as 夜) it shut every evening or every morning, every day.
_SHIFT_BOUND = re.compile(
    r"(?:夜勤|日勤|遅番|早番|中番|準夜|深夜勤|当直|宿直)(?:明け|入り)?(?:の(?:日|週|時|前日?|翌日|後))?"
    r"(?:は|も|なら|だと|の時は)"
)
# 「午前は通院」, and with the days between: 「日中は平日生活介護」.
_OCCUPIED = re.compile(
    rf"(?:は|中は|も)(?:平日|土日|週末|[月火水木金土日](?:曜日?)?[・、と]?)*"
    rf"(?:(?:{FAMILY_WORDS})?[のを])?(?:{_BUSY_WITH}|{_MINDING}|見て(?:いる|います))"
)
# 「デイケア（月・金）」「透析（月水金）」「パート（月水金 9時〜15時）」「療育（火・木の午後）」:
# the days (and times) in brackets are when it takes the person, read as 「月・金はデイケア」
# (before, they were read as the only days the person could come).
_BUSY_DAYS = re.compile(
    rf"(?P<busy>(?:{_BUSY_WITH})[ァ-ヶー]{{0,4}}|{_MINDING})[(（](?P<days>(?:[月火水木金土日](?:曜日?)?[・、と]?)+|平日|土日)"
    r"(?:の|\s*)(?P<times>[^)）]*)[)）]"
)
# 「9時〜15時」「10:00〜14:00」「9時半〜14時」: the times of day a clock range touches.
_CLOCK_RANGE = re.compile(
    r"(?P<start>\d{1,2})(?:時半?|[:：]\d{2})\s*[〜~\-－ー]\s*(?P<end>\d{1,2})(?:時|[:：]\d{2})"
)
# 「夜も可」「夕方でも大丈夫」「土日もOK」: a time the person can come as well — it adds to the
# times the note names elsewhere (「平日日中、夕方も可」), and alone limits nothing. Read as
# 「夜なら」, 「夜も可」 shut every daytime place, and a man of 70 was offered nothing.
_ALSO = re.compile(
    r"(?:も|でも)(?:可(?:能)?|OK|ok|大丈夫|いい|良い|よい|構わない|かまわない|行ける|参加(?:可能?|でき(?:る|ます)))"
    r"(?:です|とのこと|と(?:本人|母|妻|夫|娘|息子)?談?)?$"
)
# 「水曜の午後は授業がない」「土曜は仕事が休み」: a time the person is free, said as nothing
# taking it (read as 「午後は授業」, it was the one afternoon ruled out).
_FREE_OF = re.compile(rf"(?:{_BUSY_WITH})(?:が|は)(?:ない|無い|なし|無し|休み)")
_ONLY = re.compile(r"のみ|だけ|しか|なら|限定|以降|希望")
# 「平日夕方か土日」「午前中か、土曜なら午後も可」: either one or the other.
_EITHER = re.compile(r"か(?!ら)、?|または|もしくは")  # not the か of から (「昼過ぎから夕方まで」)
_EITHER_SPLIT = re.compile(r"(?<=[中前後方日曜末休])か[、,]")
# 「土日のみ（平日は部活）」: what is in brackets is a note of its own; so is each clause of
# 「昼間は人目が気になるので夜なら」 (read as one, 昼間 and 夜 were every time of day).
# Days in brackets with the time after them (「デイの日（火・金）の午前中」, words 24): one
# statement, 火・金の午前中 — split at the brackets, the days stood alone and 午前中 went.
# 「デイの日（火・金）の午前中」, and 「妻のデイ（月水金）の日の日中だけ」「（月水金）の日なら」:
# the days in brackets, then the time of those days (the bracket split them off, and a man
# free only on his wife's デイ days was offered a Saturday café first).
_BRACKETED_DAYS = re.compile(
    r"[(（]((?:[月火水木金土日](?:曜日?)?[・、と]?)+)[)）]の(?:日の?)?"
    r"(午前中?|午後|朝|夕方|夜|日中|(?<=日)(?=[はならだけのみしか]))"
)
_CHUNKS = re.compile(r"[、。,，;；\n！!？?（）()「」『』【】]+|\s+|ので|けど|けれど")


ALL_TIMES = (1 << 21) - 1  # every day × 午前・午後・夜間, as ``matching.profiles.slot_mask``


@dataclass(frozen=True)
class NotedTimes:
    """Days and times of day a note limits the person to, and the note's words as written.

    ``weekdays`` × ``time_slots`` is what a form can say; ``mask`` (the bits of
    ``matching.profiles.slot_mask``: day × 3 + slot) is what the note says when that is no
    simple product — 「平日夕方か土日」 is 月〜金の午後・夜間 and 土日 all day, 「パート（月水金
    9時〜15時）」 every time but 月水金の日中. ``weekdays`` and ``time_slots`` are then the days
    and times the mask touches at all.
    """

    weekdays: tuple[int, ...]  # empty: any day
    time_slots: tuple[TimeSlot, ...]  # empty: any time
    words: str
    strict: bool = False  # 「土日のみ」「午前は無理」: 必須, not 希望
    mask: int = ALL_TIMES
    # 「昼間は家にいる。夜なら行けるかも」「夕方〜夜の方が出やすい」: the time is set against
    # another the person spends at home, so a place then comes after those at this time
    contrasted: bool = False

    @property
    def either_or(self) -> bool:
        """Whether the note says more than days × times (「平日夕方か土日」)."""
        return self.mask != _product(set(self.weekdays), set(self.time_slots))


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


# 「19時以降」「夜7時から」「午後3時過ぎなら」: from a clock time on. 「朝4時には目が覚める」 is
# no such time (no から・以降).
_FROM_CLOCK = re.compile(
    r"(?P<half>午前|午後|朝|夕方|夜)?(?P<hour>\d{1,2})時半?(?:から|以降|以後|過ぎ|すぎ)"
)


def _from_clock(text: str) -> set[TimeSlot]:
    """The times of day from a clock time on: 17時 or later is 夜間, from noon 午後 and 夜間."""
    times: set[TimeSlot] = set()
    for clock in _FROM_CLOCK.finditer(text):
        hour = int(clock["hour"])
        if clock["half"] in ("午後", "夕方", "夜") and hour < 12:
            hour += 12
        if hour >= 17:
            times.add(TimeSlot.EVENING)
        elif hour >= 12:
            times |= {TimeSlot.AFTERNOON, TimeSlot.EVENING}
    return times


def _times(text: str) -> set[TimeSlot]:
    times: set[TimeSlot] = _from_clock(text)
    for pattern, slots in _TIMES:
        if pattern.search(text):
            times |= set(slots)
    for clock in _CLOCK_RANGE.finditer(text):
        start, end = int(clock["start"]), int(clock["end"])
        if start < 12:
            times.add(TimeSlot.MORNING)
        # 「パート（平日9時〜13時）」 leaves the afternoon (a 13:30 class) free: a range
        # touches it when it goes on past 13時, or lies inside it.
        if start < 17 and (end > 13 or start >= 12):
            times.add(TimeSlot.AFTERNOON)
        if end > 17:
            times.add(TimeSlot.EVENING)
    return times


_SLOT_ORDER = (TimeSlot.MORNING, TimeSlot.AFTERNOON, TimeSlot.EVENING)


def _product(days: set[int], times: set[TimeSlot]) -> int:
    """The mask of ``days`` × ``times`` (either empty: all of them)."""
    slots = [_SLOT_ORDER.index(t) for t in times] if times else [0, 1, 2]
    return sum(1 << (d * 3 + s) for d in (days or range(7)) for s in slots)


def _alternatives(chunk: str) -> list[tuple[str, set[int], set[TimeSlot]]]:
    """「平日夕方か土日なら」→ [(平日夕方, 平日, 夕方), (土日なら, 土日, any)]: each side of か
    that names a day or a time is an alternative of its own; a chunk without か is one."""
    parts = [p for p in _EITHER.split(chunk) if p]
    found = [(p, _days(p), _times(p)) for p in parts]
    if len(parts) > 1 and all(days or times for _, days, times in found):
        return found
    # 「平日夜と土日」: a day with its time, and other days — each its own, as with か (read as
    # one, it was every evening, and the weekend days went). 「月と木の午後」 stays one: its
    # first side names no time.
    left, sep, right = chunk.partition("と")
    if sep and _days(left) and _times(left) and (_days(right) or _times(right)):
        return [(left, _days(left), _times(left)), (right, _days(right), _times(right))]
    return [(chunk, _days(chunk), _times(chunk))]


# The one the person minds comes along (「孫と一緒に」「子連れで」「孫を連れて」).
_ALONG_WITH = re.compile(
    rf"(?:{FAMILY_WORDS}|子ども|子供)(?:と一緒に|といっしょに|連れ|を連れて)|子連れ|孫連れ"
)
_FAMILY_BRACKET_OF = re.compile(rf"(?<=[はも])({FAMILY_WORDS})[(（][^)）]*[)）](?=の)")
# A child fetched (「孫の学童の迎え」「保育園のお迎え」): the afternoon taken takes the evening.
_FETCHING = re.compile(r"(?:学童|保育園|幼稚園|園|学校)?の?(?:お)?迎え")
_AFTERNOONS = sum(1 << (day * 3 + 1) for day in range(7))  # the 午後 bit of each day
_AFTERNOON_SAID = re.compile(r"午後|昼|日中|\d時|放課後")


def _out_mask(options: list[tuple[str, set[int], set[TimeSlot]]]) -> int:
    """The mask a time ruled out or taken covers. 夕方 alone is the evening then: 「平日夕方は孫の
    世話で無理」 leaves a salon at 13:30 (read as 午後 and 夜間, as when 夕方 is a time the person
    can come, it took every weekday afternoon from a woman of 70)."""
    mask = 0
    for part, days, times in options:
        if "夕方" in part and not _AFTERNOON_SAID.search(part) and TimeSlot.EVENING in times:
            times = times - {TimeSlot.AFTERNOON}
        mask |= _product(days, times)
    return mask


# 「母が夜勤（平日）」「夫の通院（月・木）」: a family member's days, not the person's.
# 「夫の通院（月・木）に付き添い」: the person goes along, so the days are theirs too.
_ALONG = re.compile(r"(?:に|の|へ|は)?(?:付き添|付添|送迎|同行|連れて|送り迎え)")
_THEIRS_BEFORE = re.compile(rf"(?:{FAMILY_WORDS})(?:[(（][^)）]*[)）])?[がはの][^、。]{{0,4}}$")


def _busy_first(match: re.Match[str]) -> str:
    """「パート（月水金 9時〜15時）」→ 「、月水金の9時〜15時はパート、」; 「母が夜勤（平日）」→
    「母が夜勤」 (the mother's nights say nothing of when her child is free)."""
    after = match.string[match.end() : match.end() + 6]
    if _THEIRS_BEFORE.search(match.string[: match.start()]) and not _ALONG.match(after):
        return match["busy"]
    when = f"{match['days']}の{match['times']}" if match["times"].strip() else match["days"]
    return f"、{when}は{match['busy']}、"


def when_noted(note: str) -> NotedTimes | None:
    """「土日のみ」→ 土・日; 「夕方以降なら」→ 夜間; 「午前は無理」→ 午後・夜間;
    「平日の午前中だけ」→ 月〜金の午前; 「平日夕方か土日」→ 月〜金の午後・夜間と土日.
    None when the note sets no day or time."""
    # 「午後は孫（小1）の迎え」: the bracket goes, the clause stays whole (without_family left
    # 「午後は、の迎え」, and 「午後は」 alone read as the only time the person had)
    text = _FAMILY_BRACKET_OF.sub(r"\1", unicodedata.normalize("NFKC", note))
    text = without_family(text)  # 「兄（高2、昼夜逆転）」
    text = _BUSY_DAYS.sub(_busy_first, text)
    # 「（月・木）の日は出られる」: the days alone, as the bracket left them
    text = _BRACKETED_DAYS.sub(
        lambda m: f"、{m[1]}の{m[2]}" if m[2] else f"、{m[1]}、", text
    )  # 「デイの日（火・金）の午前中」
    along = bool(_ALONG_WITH.search(text))  # 「孫と一緒に遊べるところ」「子連れで」
    text = _EITHER_SPLIT.sub("か", text)  # 「午前中か、土曜なら午後も可」 is one chunk
    allowed, blocked, taken = 0, 0, 0
    said: list[int] = []  # each day-and-time the note says the person can come
    also: list[int] = []  # 「夜も可」: as well as what the note says elsewhere
    words: list[str] = []
    drifting: list[str] = []  # 「昼夜逆転気味」 alone: a wish
    at_home: list[str] = []  # 「昼間は家にいる」: said against the time the note names
    early: list[str] = []  # 「朝4時には目が覚める」: an early riser
    rest: list[int] = []  # 「平日は夜のみ」: the days it does not speak of
    naming_days = False  # whether another statement says which days the person can come
    for chunk in _CHUNKS.split(text):
        if _SHIFT_BOUND.search(chunk) or "明け" in chunk:
            continue
        if _AT_HOME.search(chunk) and not (_LIMITS.search(chunk) or _RULED_OUT.search(chunk)):
            at_home.append(chunk)
            continue
        if _EARLY_RISER.search(chunk) and not (_LIMITS.search(chunk) or _RULED_OUT.search(chunk)):
            early.append(chunk)  # 「朝4時には目が覚める」: no time of day ruled out
            continue
        if _LATE_RISER.search(chunk) and not _times(_LATE_RISER.sub("", chunk)):
            if _STRICT.search(chunk) or not _SOFT.search(chunk):
                blocked |= _product(set(), {TimeSlot.MORNING})  # every morning
                words.append(chunk)
            else:
                drifting.append(chunk)
            continue
        options = _alternatives(chunk)
        if not any(days or times for _, days, times in options):
            continue
        mask = 0
        for _, days, times in options:
            mask |= _product(days, times)
        free_of = bool(_FREE_OF.search(chunk))  # 「水曜の午後は授業がない」
        busy = bool(_OCCUPIED.search(chunk)) and not _LIMITS.search(chunk) and not free_of
        if busy and along and re.search(_MINDING, chunk):
            # 「平日は孫（2歳）の世話。孫と一緒に遊べるところ」: the days with the child are the
            # days to go, the child along — not days taken
            busy = False
            allowed |= mask
            said.append(mask)
            naming_days |= any(days for _, days, _ in options)
            words.append(chunk)
            continue
        if _RULED_OUT.search(chunk) and "しか" not in chunk:  # 夜しか出られない: a limit
            blocked |= _out_mask(options)
        elif busy:
            out = _out_mask(options)
            if _FETCHING.search(chunk):
                # 「午後は孫の迎え」: the child fetched stays with the person until the
                # parents are home — that day's evening goes with the afternoon (a woman up at
                # five was offered a 子ども食堂 at 17時 second)
                out |= (out & _AFTERNOONS) << 1
            taken |= out
        elif _ALSO.search(chunk) and not _ONLY.search(chunk):
            also.append(mask)
        elif (
            free_of
            or _LIMITS.search(chunk)
            or all(is_condition_note(part) for part, _, _ in options)
        ):
            # 「月水金の午前」「水曜午後か土日」 alone
            allowed |= mask
            said += [_product(days, times) for _, days, times in options]
            days, times = options[0][1], options[0][2]
            if len(options) == 1 and days and times and _SCOPED.match(chunk):
                # 「平日は19時以降しか」: the other days are not limited by it
                rest.append(_product(set(range(7)) - days, set()))
            else:
                naming_days |= bool(days)
        else:
            continue
        words.append(chunk)
    if rest and not naming_days:
        # 「平日は19時以降しか動けない。土日は娘と」: what is said of weekdays leaves the weekend
        # (read as 「平日の19時以降のみ」, a father free on Saturdays was offered nothing). Another
        # statement of the days the person can come (「休みは日曜」) says the rest instead.
        said += rest
    early_only = bool(early) and not words and not drifting
    if early_only:
        # 「朝4時には目が覚める」「朝は早い（5時起き）」 and nothing plainer: mornings suit the
        # person (希望, it ranks), no time is ruled out
        said, words = [_product(set(), {TimeSlot.MORNING})], early
    if drifting and not words:
        # Nothing plainer said when the person can come: rank mornings down (希望). With a
        # plainer statement (「土日なら」「午前は起きられない」), that one says it, 必須 or not.
        blocked |= _product(set(), {TimeSlot.MORNING})
        words = drifting
    # A time taken by something (「放課後は弟の見守り」) leaves what the note says the person can
    # come, except a time it names as free in so many words (「平日夕方か土日なら」): that is
    # the later, plainer statement, and taking it all would say the note meant nothing.
    if said:
        said += also
    kept = [m & ~taken or m for m in said] if said else [ALL_TIMES & ~taken]
    free = 0
    for part in kept:
        free |= part
    free &= ~blocked
    if not words or free in (0, ALL_TIMES):
        return None
    free_days = [d for d in range(7) if (free >> (d * 3)) & 0b111]
    slots = [
        s for i, s in enumerate(_SLOT_ORDER) if any(free & (1 << (d * 3 + i)) for d in range(7))
    ]
    strict = not early_only and not any(_SOFT.search(w) and not _STRICT.search(w) for w in words)
    contrasted = not strict and bool(at_home or any(_AT_HOME.search(w) for w in words))
    return NotedTimes(
        tuple(free_days) if len(free_days) < 7 else (),
        tuple(slots) if len(slots) < 3 else (),
        "、".join([*at_home, *words] if contrasted else words),
        strict=strict,
        mask=free,
        contrasted=contrasted,
    )
