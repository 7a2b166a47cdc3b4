"""Whether a row of a list says its activity has ended, is paused or is full (廃止・休止中・満員).

Lists keep their ended and paused activities as rows: 「廃止」「休止中」 in a 状況 or 備考 column,
「（休止中）」「【廃止】」 beside the name, or the row struck through in Excel. Imported as they
are, they would be live activities a resident is sent to.

Main decision: an ended activity (廃止, 解散, 閉鎖・閉館, 「終了しました」, 「中止になりました」)
is not imported: the preview says why and the person importing can still choose to register
it. A paused one (休止中, 休会, 「令和6年度から休止」) is imported, its 受入状況 set to 休止中:
it exists and may start again, so a coordinator keeps its record, and matching does not
suggest it meanwhile. Words that only look like it are not read as either: 「冬季（12月～2月）は
休止」 and 「雨天中止」 are when it does not meet, 「14時終了」「終了後に片付け」 a time, 「休止して
いましたが再開しました」 a past pause, 「令和7年3月で廃止予定」 a future one, 「中止の場合はホーム
ページでお知らせします」 one that may come, 「定員に達したため受付終了」「受付を終了しました」 the
applications (full, not ended: below), 「第1回（1/14）は中止」 one session of a series. An event
「延期（日程未定）」 is paused; one moved to a date (「2/1→2/15に延期」) is not.
A pause from a date to come (「令和9年4月から休止」「R9.4～休止予定」 read in December 2026) is
no pause yet: the activity meets until then, so it is imported as meeting, and the preview says
from when (``pause_to_come``) for a coordinator to set 休止中 on the day. So is a pause after an
end to come, which begins the day after it (「令和9年3月末で休止」「2027年3月をもって休止」
「令和8年度末で休止」: 2027-04-01), one said in a bracket after the word (「休止（R9.4～）」), and one
said from the day the list is read (「来年度から休止」「来月から休止」「今年度末で休止」); an end in a
month of no year is the nearest such (「3月末で休止」「12月末で休止」 read in December are to come,
「11月末で休止」 has come), a start the calendar year's as before, the next such month when 予定
says so (「1月から休止予定」). Those dates past
(「令和8年3月末で休止」「R8.4～休止」「今年度から休止」) say a pause now. An end with its date to come
(「令和9年3月末で廃止」「2027年3月31日で閉所」) is no end yet either: it meets until then, as
「令和7年3月で廃止予定」 does, and the preview says from when (``end_to_come``).
A pause with its restart said is paused between the two only: 「3月で一旦休止、5月再開」 and
「R9.1～3月休止（4月再開）」 read in December 2026 meet now and are paused from April 1 and
January 1 until May 1 and April 1 (a span of months is a pause once its year is said; without
one, 「12月～2月は休止」, a season), 「休止中（令和9年1月再開予定）」 is paused until January, and
「令和9年3月末で休止し、4月から再開予定」 misses no day: no pause at all. 「休止中（令和7年4月再開
予定）」 read after April 2025 is still paused: the list says so, and no one said it restarted.
A restart of no year is
the first such month from the pause's start. 「再開未定」 after a pause to come
(「令和9年3月末で休止（再開未定）」) is that pause, to come, not a pause now.

A 中止 for the time being (「当面の間中止」「今年度は開催中止」「今年度は開催しません」) is a pause,
and so is taking no one new (「新規の申込は受け付けていません」: 受入状況 is what that is); an
event off for now or for the year is cancelled. A 中止 with a date is
the event's when the activity is an event (an イベント一覧's 「令和8年12月13日（中止）」, a cancelled
event is not published as upcoming), and that day's alone when the activity meets again and again
(「令和6年12月24日は中止」 of a weekly サロン): the caller says which (``event``). The weather
as the cause of a 中止 that happened (「大雪のため中止となりました」) is no rule for rainy days. What
is said of a part of the activity (「フードパントリーは中止中」「会食は中止」) is not said of it.
A 状況 column of marks is read with the legend under or above the list (``mark_legend``: 「○：活動中 △：
休止中 ×：廃止」), and its short words 「休」「廃」 as 休止 and 廃止.

Full (満員, 満席, 「定員に達しました」, 空きなし, キャンセル待ち, 受付終了, 「受付を締め切りました」,
「×満」) is FULL: the activity goes on but takes no one now, so it is imported with 受入状況 要相談,
not 休止中. A place frees up (キャンセル待ち, the next term), and a coordinator asks the
organization before proposing it; matching ranks 要相談 below the places that take people and
says so, and an organization that declines a referral for 定員 sets 要相談 too
(``matching.referrals``). Taking no one new on purpose (「新規受付停止」「現在募集していません」
「会員募集停止中」) is PAUSED, as 「新規の申込は受け付けていません」 is: it says no, not "full for
now", and matching leaves it out. What only looks alike is nothing: 「14時受付終了」「受付終了後に
片付け」 a time, 「定員20名」 a capacity, 「満員の場合はお断りすることがあります」「定員になり次第
締め切ります」 what may happen, 「申込締切：12月10日」 a deadline, 「午前の部は満員」 a part of the
day, 「満員電車」, 「毎回満員になる」 a habit, and room left (空きあり, 残りわずか, 若干名, 募集中).
Intake stopped *because* it is full (「満員のため受付停止中」「定員に達したため募集停止」
「満員につき新規の申込みはお断りしています」) is FULL, not PAUSED: the cause says a place may free
up, as 満員 alone does; only a stop with no such cause is a choice to take no one.

Room said in so many words (空きあり, 受付中, 募集中, 残りわずか, 若干名, 「受け入れ可」) is no
status of ``status_of_text`` but ``says_room``: the importer sets 受入状況 受け入れ可 with it, so
that a list saying 空きあり again clears the 要相談 an earlier list's 満員 left.

A pause said as now (「当面の間休止しています」「当分の間休止いたします」「しばらくの間お休みして
います」) is paused wherever it stands, a 開催日時 cell alone included; told as past
(「休止していましたが、4月から再開しています」) it is not. A 募集 closed in a bracket after its
dates (「令和8年4月1日～7月31日（募集終了）」 in a 締切・募集期間 column) is full; the dates alone
(「12/10締切」「令和8年3月31日」) say only when it closes (whether that day has passed is
``deadlines``').

A pause for as long as building works last (「集会所改修工事の間は休止」「工事期間中は休止します」
「耐震工事の間、お休みします」) is a pause now, as 「当面の間休止」 is, not a season; works that only
move or keep the activity (「改修工事の間は岩切市民センターで開催」) say none.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from directory.interop.postponements import says_a_move


class RowStatus(enum.Enum):
    ENDED = "ended"  # 廃止・終了: not imported
    PAUSED = "paused"  # 休止中: imported with 受入状況 休止中
    FULL = "full"  # 満員・受付終了: imported with 受入状況 要相談


@dataclass(frozen=True)
class StatusFound:
    status: RowStatus
    said: str  # the words that say so, as written (「令和5年度末で廃止」)


# Each clause of a cell is read on its own: 「14時終了、終了後に片付け」 is two clauses.
_CLAUSES = re.compile(r"[、。,;；\n]")
# Words for an activity that is no more. 「中止」 and 「終了」 are also said of one day or of an
# hour: read only as in 「中止になりました」「R6.3 終了」「令和6年3月をもって終了」.
_ENDED = re.compile(
    r"廃止|解散|閉鎖|閉館|閉所|閉園|廃園|閉店|廃業|活動終了|事業終了|開催終了|運営終了|終了しました"
    r"|登録(?:抹消|取消|取り消し|廃止)|抹消"  # a 台帳's own word: the group is off its register
    r"|閉じました|を閉じ(?:る|ること|ます)|(?:活動|運営|開催)を終え"
)
_ENDED_WORD = re.compile(r"終了|中止")
_PAUSED = re.compile(
    r"休止|休会|休眠|活動停止|活動自粛|開催自粛|(?<!学校の)お休み中|(?<![夏冬春昼期校お])休み中|(?<!長期)(?<!学校)休業中|休館中|休所中"
    r"|お休みして(?:い|お)(?:ます|ります)"  # 「現在お休みしています」 (not 「土曜はお休み…」: _DAYS)
    r"|(?<=当面|当分)(?:の間)?(?:は)?お休み(?:します|いたします)"  # 「しばらくお休みします」
    r"|(?<=しばらく)(?:の間)?(?:は)?お休み(?:します|いたします)"
)
# A pause for as long as building works last (「集会所改修工事の間は休止」「工事期間中は休止
# します」「耐震工事の間、お休みします」): no season or span of months but a pause for now, as
# 「当面の間休止」 is; read as that. Works that only change where or when it meets (「改修工事の
# 間は岩切市民センターで開催」「外壁工事の間も通常どおり開催」) say no pause.
_WORKS_PERIOD = re.compile(
    r"(?:工事|改修|改築|建替え?|建て替え|修繕|耐震化?)\s*(?:の間|期間中?|中)\s*(?:は)?\s*[、,]?\s*"
    r"(?=(?:活動|開催)?(?:を)?\s*(?:休止|休会|お休み))"
)
# A 中止 for the time being (「当面の間中止」「今年度は開催中止」「中止中」) is a pause.
_FOR_NOW = re.compile(r"当面|当分|しばらく|今年|本年度|今期|[0-9]+年度は")
# A 中止・休止 that may happen (「中止の場合はホームページでお知らせします」「中止になる場合が
# あります」), not one that did.
_IF_SO = re.compile(r"場合|際[はにの]|とき|可能性|ことがあ|こともあ|ことあり|恐れ|おそれ|かも")
# What ends that is not the activity: 「定員に達したため受付終了」「申込受付中止」.
_NOT_THE_ACTIVITY = re.compile(
    r"(?:受付|受け付け|申込|申込み|申し込み|募集|予約|販売|配布)(?:を|は|が)?\s*$"
)
# Not held, said without 中止 (「今年は開催しません」「開催を見合わせます」): as 中止.
_NOT_HELD = re.compile(
    r"(?:開催|実施)(?:いた)?しません|(?:開催|実施)(?:は|を)?(?:行いません|見合わせ|見送)"
)
# What a 「…は」 before it is about: a part of the day (「試食は実施しません」) unless it is a time.
_TOPIC = re.compile(r"([^\s、。,]+?)[はも]\s*$")
_TIME_TOPIC = re.compile(r"当面|当分|今年|本年|今期|今回|本日|当日|年度")
# No one new is taken (「新規の申込は受け付けていません」「新規受付停止」): its intake is paused, the
# activity goes on.
_NO_NEWCOMERS = re.compile(
    r"新規(?:の|での)?(?:申込み?|申し込み|受付|受け付け|受け入れ|受入れ?|参加|登録|利用)(?:者)?"
    r"(?:は|を|の)?(?:現在)?\s*(?:受け付けて(?:い|お)りません|受け付けていません|受付していません"
    r"|行って(?:い|お)りません|休止|停止|中止|終了|ストップ|お断り|不可|できません|しておりません)"
)
# Intake stopped on purpose, said without 新規 (「現在募集していません」「会員募集停止中」「新規の
# 方の受け入れは停止しています」): paused as 「新規受付停止」 is.
_NOT_TAKING = re.compile(
    r"(?:募集|受付|受け付け|受け入れ|受入れ?)(?:は|を|も)?(?:現在)?\s*(?:(?:して|行って)(?:いません|おりません)"
    r"|停止|休止|ストップ|見合わせ)"
)
# … unless it is not people to join who are not taken: volunteers, gifts, a way of applying
# (「電話での予約受付は行っていません」 means come as you are), the waiting list (「キャンセル待ちの
# 受付は行っていません」: full, ``_FULL``).
_NOT_JOINERS = re.compile(
    r"キャンセル待ち|ボランティア|スタッフ|担い手|協力者|寄付|寄附|寄贈|食材|予約|電話|メール|FAX|fax"
)
# Full: no room now (「満員」「満席」「定員に達しました」「空きなし」「キャンセル待ち」「受付終了」
# 「受付を締め切りました」「×満」).
_FULL = re.compile(
    r"満員(?!電車|列車|バス)|満席|^[×✕✖☓xX]?\s*満\s*$|定員(?:に達し(?!次第|たら|ていな|ない)|いっぱい"
    r"|一杯|オーバー|超過)|空き(?:が|は)?(?:なし|無し|ありません|ございません|がない|待ち)"
    r"|空席(?:なし|無し|がありません)|キャンセル待ち|順番待ち"
    r"|(?:受付|受け付け|申込み?|申し込み|募集|予約)(?:を|は)?\s*(?:終了|締め?切|〆切|打ち?切)"
)
# A full that is the cause of a stop (「満員のため受付停止中」「定員に達したため募集停止」): the
# stop says no more than the 満員 does.
_FULL_CAUSE = re.compile(
    r"(?:満員|満席|定員(?:に達し(?:た|ました)?|いっぱい|一杯|オーバー|超過)|空き(?:が|は)?(?:なし|無し|ない))"
    r"\s*(?:の|となった|になった|となりました|になりました)?\s*(?:ため|により|につき|なので|で)"
)
_FULL_CAUSE_COMMA = re.compile(rf"({_FULL_CAUSE.pattern})\s*[、,]\s*")
# … said after the stop: 「受付停止（定員のため）」「募集停止 ※満員のため」.
_FULL_REASON = re.compile(
    r"\s*(?:中|しています|しております)?\s*[(（※]?\s*(?:満員|満席|定員(?:に達した|超過|いっぱい)?)\s*"
    r"(?:の|に達した)?\s*(?:ため|により|につき)"
)
# Room now: 「空きあり」「受付中」「募集中」「残りわずか」「若干名」「受け入れ可」.
_ROOM = re.compile(
    r"空き(?:が|は)?(?:若干|少し|少々|わずか)?(?:あり|有り?|有|あります|がある|がございます)|空席(?:あり|有)"
    r"|残り(?:わずか|僅か|[0-9]+)|随時(?:募集|受付|受け付け|参加|入会)"
    r"|(?:募集|受付|受け付け)して(?:い|お)(?:ます|ります)(?!が)"
    r"|若干名|(?:参加者?|利用者?|会員|メンバー|仲間)?(?:受付|受け付け|募集|申込|申し込み)(?:受付)?中"
    r"|受(?:け)?入れ?(?:可能|可|OK)(?![能性])|参加(?:可能|可)(?![能性])|^\s*(?:空き|可)\s*$"
)
# What makes those words no state now: a condition or what may come (「満員の場合は」「定員に
# 達し次第受付終了」「満員の時は立ち見」「満員となった場合は抽選」), a habit (「毎回満員になる」).
_FULL_IF = re.compile(
    r"場合|際[はにの]|とき|時[はにで]|次第|しだい|たら|れば|可能性|ことがあ|恐れ|おそれ"
)
_FULL_HABIT = re.compile(r"^\s*に(?:なる|なります|なること)")
# A time or a deadline, not a state: 「14時受付終了」「受付終了15:00」「申込締切：12月10日」「12/10
# 締切」 (unless said as done: 「11/30で受付を終了しました」).
_FULL_AT = re.compile(r"^(?:後|時|予定|時刻|時間|日|次第|しだい)|^\s*[:：]?\s*[0-9]")
# One session or class of several (「土曜の回は満員」「午後の部」「Aクラス」) is full, not the
# activity.
_ONE_PART = re.compile(r"の回|の部|クラス|コース")
# Days on which no one is taken (「土日は受付していません」): hours, not intake.
_DAYS = re.compile(r"[月火水木金土日]曜|土日|平日|夜間|時間外|[0-9]+時")
# An intake said closed in a bracket after its dates (「令和8年4月1日～7月31日（募集終了）」
# 「12/10（受付終了）」): closed, not the day it will.
_SAID_ENDED = re.compile(r".*(?:終了|締め?切り?済み?)\s*[)）]\s*$")
_SAID_DONE = re.compile(r"ました|ります|おります|です|いたしました|させていただ")

# One session of a series (「※第1回（1/14）は中止、2回目から開催」): not the event.
_ONE_SESSION = re.compile(r"第[0-9]+回|初回|[0-9]+回目|一部の回")
# 延期 to no date yet (「開催延期（日程未定）」) is a pause; to a date (「2/1→2/15に延期」), or when
# it would be (「雨天の場合は延期」「荒天時延期」), nothing to read.
_POSTPONED = re.compile(r"延期")
_TO_A_DATE = re.compile(r"[0-9]+(?:/[0-9]+|月[0-9]+日)(?:\([^)]*\))?\s*(?:に|へ|まで)?\s*延期")
# A clause about one day of the activity (「令和6年12月24日は中止」「1/12は休止」): of an activity
# that meets again and again, that day alone.
_ONE_DAY = re.compile(r"[0-9]+日|[0-9]+/[0-9]+")
# What makes a 休止・中止 a time it does not meet rather than a state: a season, months, a
# day, the weather (「冬季は休止」「8月は休止」「祝日は休止」「雨天中止」「警報発令時は中止」); a month
# after its year is a start (「令和6年12月から休止」 is paused).
_WHEN = re.compile(
    r"冬季|夏季|冬期|夏期|冬場|夏場|夏休み|冬休み|春休み|長期休|年末年始|お盆|(?<![年0-9])[0-9]+月|[~〜～]|まで"
    r"|祝日|祭日|休日"
    r"|雨天|荒天|悪天候|天候|雨|雪|警報|時は|場合|際は|期間|(?<!当面)(?<!当分)(?<!しばらく)の間|毎年|学校休業"
)
_ERA_START = {"R": 2018, "令和": 2018, "H": 1988, "平成": 1988}


# The date a pause or an end is said to take effect on, written just before its word: a start
# (「R6.4～休止中」「令和9年4月から」「2024.4～」「R8.4～当面休止」「来年度より」「来月から」) or an
# end (「令和9年3月末で」「2027年3月をもって」「令和8年度末で」「R9.3.31で」「今年度末で」「来年3月末
# で」「12月末で」), the pause or end beginning the day after; or in a bracket after the word
# (「休止（R9.4～）」). Era years (令和9 is 2027), a 年度 from April to March, a year alone from
# January. A year said as 来年・今年度・来月 is read from the day the list is read; a month of no
# year as a start (「4月～当面休止」) is of the calendar year the list is read in (since April
# when read in December, to come when read in February); as an end, the nearest such end (a
# pause after an end is told ahead: 「3月末で休止」 read in December is the coming March,
# 「11月末で休止」 the one just past); the next such month when 予定 says it is to come
# (「1月から休止予定」 read in December). What only looks alike says no date:
# 「3月まで休止」 (a pause until then, now), 「12月～2月は休止」 (a season), 「令和8年12月24日は
# 休止」 (one day).
_DATE_TAIL = re.compile(
    r"(?:(?P<era>R|H|令和|平成)\s*(?P<ey>[0-9]+|元)|(?P<wy>20[0-9]{2})"
    r"|(?P<rel>来年度|次年度|翌年度|今年度|本年度|当年度|来年|翌年|今年|本年|来月|翌月|今月))?"
    r"\s*(?P<fy>年度)?"
    r"(?:\s*[./年]?\s*(?P<m>[0-9]{1,2})\s*月?(?:\s*(?:[./]|(?<=月))\s*(?P<d>[0-9]{1,2})\s*日?)?)?"
    r"\s*(?:(?P<end>末日?|いっぱい)\s*(?P<by>で|を\s*(?:もって|以て|以って|持って)|をもちまして|にて|限りで)?"
    r"|(?P<by_alone>で|を\s*(?:もって|以て|以って|持って)|をもちまして|にて|限りで)"
    r"|(?P<since>から|より|以降|以後|[~〜～]))?"
    r"\s*(?P<topic>は|の間)?\s*(?:(?:当面|当分|しばらく)(?:の間)?|一旦|いったん|一時)?"
    r"\s*(?:(?:活動|運営|事業|開催)(?:を|は)?)?\s*$"
)
# … or in a bracket after the word: 「休止（R9.4～）」「活動休止（令和9年4月1日から）」.
_DATE_AFTER = re.compile(r"^\s*(?:中|する|します|予定)?\s*\(\s*([^()]+?)\s*\)\s*$")


# A month, its year said or not (「令和9年4月」「R9.6」「2027年3月」「4月」), as a pause's span or a
# restart names it.
def _year_month(name: str) -> str:
    return (
        rf"(?:(?:(?P<{name}era>R|H|令和|平成)\s*(?P<{name}ey>[0-9]+|元)\s*[年.]?"
        rf"|(?P<{name}wy>20[0-9]{{2}})\s*[年./]?)\s*|(?<![0-9./]))"  # 「4/1」's 1 is no month
        rf"(?P<{name}m>[0-9]{{1,2}})\s*(?:月(?:\s*(?P<{name}d>[0-9]{{1,2}})\s*日)?"
        rf"|/\s*(?P<{name}d2>[0-9]{{1,2}})(?![0-9/])"
        # 「R8.6は休止」「（R8.7～R9.3）は休止」: a month of a dotted date, its 月 left out
        rf"|(?=\s*\)?\s*(?:末|まで|は|の間)*\s*(?:[~〜～]|から|再開|休止|休会"
        rf"|[^()、。,]{{1,15}}?(?:のため|により|に伴い|につき))))"
    )


# A restart with its month (「4月から再開予定」「5月再開」「（R9.4再開予定）」「令和9年1月に再開」).
_RESTART_ON = re.compile(
    _year_month("r") + r"\s*(?:から|より|以降|[~〜～])?\s*(?:に|を)?\s*(?:活動|開催)?(?:を)?\s*再開"
)
# A pause of months with its year said (「R9.1～3月休止」「令和9年1月から3月まで休止」「2027年1月～
# 2月は休止」「R8.1～R8.6は休止」, in a bracket after the works 「改修工事期間中（R8.7～R9.3）は休止」,
# its cause between 「R8.7～R9.3は改修工事のため休止」): a season is said without one (「12月～2月は
# 休止」), and stays a season.
_PAUSED_SPAN = re.compile(
    _year_month("a") + r"\s*(?:[~〜～]|から)\s*" + _year_month("b")
    + r"\s*(?:末)?\s*(?:まで)?\s*\)?\s*(?:は|の間)?"
    + r"\s*(?:[^()、。,]{1,15}?(?:のため|により|に伴い|につき))?"  # 「…は改修工事のため休止」
    + r"\s*(?:活動|開催)?(?:を)?\s*(?:休止|休会)"
)  # fmt: skip
# A cause that comes once (building works, a move): a span of months it gives is no season.
_ONE_OFF_CAUSE = re.compile(r"工事|改修|改築|建て?替え?|修繕|耐震|移転|解体")
# A restart not known yet (「再開未定」「再開時期は未定」).
_RESTART_UNKNOWN = re.compile(r"再開(?:時期)?(?:は)?未定")


def _year_of(found: re.Match[str], name: str) -> int | None:
    if found[name + "era"]:
        era_year = found[name + "ey"]
        return _ERA_START[found[name + "era"]] + (1 if era_year == "元" else int(era_year))
    return int(found[name + "wy"]) if found[name + "wy"] else None


def _pause_with_restart(folded: str, today: date) -> tuple[date | None, date | None] | None:
    """(the day a pause begins, the day the activity meets again) when a cell says a pause
    bounded by its restart (「3月で一旦休止、5月再開」 read in December 2026: 2027-04-01 and
    2027-05-01; 「R9.1～3月休止（4月再開）」: 2027-01-01 and 2027-04-01; 「休止中（令和9年1月再開
    予定）」: None and 2027-01-01), or one to come whose restart is not known (「令和9年3月末で
    休止（再開未定）」: 2027-04-01 and None). None when the cell says neither: the pause is read
    as before. A restart of no year is the first such month from the pause's start (「令和9年3月末
    で休止し、4月から再開予定」: the April it begins, so it misses no day)."""
    start: date | None = None
    restart: date | None = None
    for clause in _CLAUSES.split(folded):
        if _IF_SO.search(clause):
            continue
        if (
            (span := _PAUSED_SPAN.search(clause))
            and (_year_of(span, "a") or _year_of(span, "b"))
            and not any(span[g] for g in ("ad", "ad2", "bd", "bd2"))  # months, not days
        ):
            first, last = int(span["am"]), int(span["bm"])
            if not (1 <= first <= 12 and 1 <= last <= 12):
                return None
            first_year = _year_of(span, "a")
            last_year = _year_of(span, "b")
            if first_year is None:
                first_year = (last_year or 0) - (first > last)
            if last_year is None:
                last_year = first_year + (last < first)
            start = date(first_year, first, 1)
            restart = _first_of_next_month(last_year, last)
            continue
        if (
            (span := _PAUSED_SPAN.search(clause))
            and _ONE_OFF_CAUSE.search(clause)
            and not any(span[g] for g in ("ad", "ad2", "bd", "bd2"))
        ):
            # 「会場改修のため（7月～3月）は休止」: works happen once, so a span of no year is the
            # coming one (or the one going on), not a season every year
            first, last = int(span["am"]), int(span["bm"])
            if not (1 <= first <= 12 and 1 <= last <= 12):
                return None
            for first_year in (today.year - 1, today.year, today.year + 1):
                restart = _first_of_next_month(first_year + (last < first), last)
                if restart > today:
                    start = date(first_year, first, 1)
                    break
            continue
        for word in _PAUSED.finditer(clause):
            said, begins = _said_from(_inside(clause[: word.start()]), clause[word.end() :], today)
            if said and begins is not None and start is None:
                start = begins
    said_restart = None
    for clause in _CLAUSES.split(folded):
        if _IF_SO.search(clause) or (found := _RESTART_ON.search(clause)) is None:
            continue
        month, day = int(found["rm"]), int(found["rd"] or found["rd2"] or 1)
        if not 1 <= month <= 12:
            return None
        year = _year_of(found, "r")
        if year is None:
            since = start or today
            year = since.year + ((month, day) < (since.month, since.day))
        try:
            said_restart = date(year, month, day)
        except ValueError:
            return None
        break
    if said_restart is not None:
        restart = said_restart
    elif restart is None:
        if start is None or start <= today or not _RESTART_UNKNOWN.search(folded):
            return None  # no restart said: as before
    return start, restart


# A cell saying the activity is paused now with a restart only planned (「休止中（R7.4再開予定）」):
# once the day has gone by, the list still says 休止中, and no one has said it restarted.
_PAUSED_NOW_UNTIL_PLANNED = re.compile(r"(?:休止|休会)中.*再開(?:の)?予定")


def _bounded_status(
    span: tuple[date | None, date | None], today: date, folded: str
) -> RowStatus | None:
    start, restart = span
    if start is not None and restart is not None and restart <= start:
        return None  # 「3月末で休止し、4月から再開」: no day is missed
    if start is not None and today < start:
        return None  # to come: it meets until then (``pause_to_come``)
    if restart is not None and today >= restart and not _PAUSED_NOW_UNTIL_PLANNED.search(folded):
        return None  # over
    return RowStatus.PAUSED


def _fiscal_year_of(day: date) -> int:
    return day.year if day.month >= 4 else day.year - 1


def _first_of_next_month(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1)


def _said_from(before: str, after: str, today: date | None) -> tuple[bool, date | None]:
    """(whether a date is said for the pause or end whose word comes between ``before`` and
    ``after``, the day it takes effect): 「令和9年3月末で」 → 2027-04-01, 「R9.4～」 → 2027-04-01,
    「来年度から」 read on 2026-12-07 → 2027-04-01. The day is None when it cannot be known
    without ``today`` (「来月から」) or is no real date."""
    inside = _DATE_AFTER.match(after)
    for text, before_word in ((before, True), (inside[1] if inside else "", False)):
        if not text:
            continue
        found = _DATE_TAIL.search(text)
        if found is None:
            continue
        has_year = bool(found["era"] or found["wy"] or found["rel"])
        if not has_year and not (found["fy"] or "月" in found[0]):
            continue  # 「第3～」「10:00～」: no month
        if not has_year and found.start() and text[found.start() - 1] in "0123456789./年RH":
            continue  # a month inside a number or a date of a year this does not read
        ending = bool(found["end"] or found["by_alone"])
        starting = bool(found["since"])
        if not (ending or starting):
            # a date with nothing after it: 「R9.4休止」「（令和6年度休止）」 from then; not a day
            # (「令和8年12月24日は休止」) nor a month of no year (「4月～5月休止」)
            if not has_year or found["d"] or found["topic"] or not before_word:
                continue
            starting = True
        elif not (has_year or found["m"] or (found["fy"] and found["end"])):
            continue  # 「で」「から」 after no date at all
        if found["topic"] and not starting:
            continue  # 「3月末では」: not an end said
        return True, _effective(found, ending=ending and not starting, after=after, today=today)
    return False, None


def _effective(
    found: re.Match[str], *, ending: bool, after: str, today: date | None
) -> date | None:
    """The day a ``_DATE_TAIL`` date takes effect: its first day as a start, the day after
    it as an end."""
    month = int(found["m"]) if found["m"] else None
    day = int(found["d"]) if found["d"] else None
    rel = found["rel"] or ""
    fiscal = bool(found["fy"]) or rel.endswith("年度")
    if found["era"]:
        year: int | None = _ERA_START[found["era"]] + (
            1 if found["ey"] == "元" else int(found["ey"])
        )
    elif found["wy"]:
        year = int(found["wy"])
    elif today is None:
        return None  # 「来年度から」「3月末で」: said from the day the list is read
    elif rel in ("来月", "翌月", "今月"):
        year, month = today.year, today.month
        if rel != "今月":
            year, month = year + month // 12, month % 12 + 1
        day = None
    elif rel.endswith("年度") or (fiscal and not rel):
        year = _fiscal_year_of(today) + (rel in ("来年度", "次年度", "翌年度"))
    elif rel:
        year = today.year + (rel in ("来年", "翌年"))
    else:
        year = None  # a month of no year
    try:
        if fiscal and year is not None:
            if month is None:
                return date(year + 1 if ending else year, 4, 1)
            year += month < 4
        if month is None:
            return None if year is None else date(year + 1 if ending else year, 1, 1)
        if year is not None:
            return _on(year, month, day, ending=ending)
        if today is None:
            return None
        if ending and not _TO_COME.search(after):
            # 「3月末で休止」 read in December: the coming March (8 months back is further)
            ends = [
                _on(year, month, day, ending=True) for year in range(today.year - 1, today.year + 2)
            ]
            return min(ends, key=lambda end: abs((end - today).days))
        effective = _on(today.year, month, day, ending=ending)
        if _TO_COME.search(after) and effective <= today:
            effective = _on(today.year + 1, month, day, ending=ending)  # 「1月から休止予定」
        return effective
    except ValueError:
        return None


def _on(year: int, month: int, day: int | None, *, ending: bool) -> date:
    if not ending:
        return date(year, month, day or 1)
    if day is None:
        return _first_of_next_month(year, month)
    return date(year, month, day) + timedelta(days=1)


# A pause said to be over (「再開しました」「再開（R5.6～）」), unless the restart is yet to come.
_RESUMED = re.compile(r"再開(?!未定|予定|の予定|時期|の見込|見込|は未定|を検討|に向け)")
# An end to come: still running now (「令和7年3月で廃止予定」).
_TO_COME = re.compile(r"予定|見込み|検討中|の方向")
# 「R6.3 終了」「令和6年3月31日をもって終了」「で終了」「終了」 alone: an end; 「14時終了」「終了後」
# 「終了時間」 a time.
# 「17時で終了」「終了は16時」 too: the time said on either side.
_END_OF_TIME = re.compile(r"(?:[0-9]+[時:：]|[0-9]+[:：][0-9]+|[0-9]+分|時間)\s*(?:で|に)?\s*$")
_AFTER_END = re.compile(r"^(?:後|時|予定|時刻|時間|次第)|^(?:は|が)?\s*[0-9]+\s*[時:：]")
# A name with its status beside it: 「たつみ子ども食堂（休止中）」「【休止中】酒屋サロン」
# 「東豊永サロン（R5廃止）」「健軍ふれあいサロン※休止中」; the name is read without it.
_NAME_STATUS = re.compile(
    r"^\s*[\(（【\[［<＜〔]([^\)）】\]］>＞〕]*)[\)）】\]］>＞〕]\s*|\s*[\(（【\[［<＜〔]([^\(（【\[［<＜〔]*)[\)）】\]］>＞〕]\s*$"
    r"|\s*[※＊*]\s*([^※＊*]+)$"
    # 「★休止中★ほっとカフェ」, and a status before the name and a space: 「休止中　ほっとカフェ」
    # 「R6.3.31廃止　ほっとカフェ」 (a status alone or after its date: 「みんなの休止 サロン」 is a name)
    r"|^\s*[★☆◆◇■□●◎]([^★☆◆◇■□●◎]+)[★☆◆◇■□●◎]\s*"
    r"|^\s*((?:(?:R|H|令和|平成)[0-9０-９.．/年月末日度から以降]*で?)?"
    r"(?:休止中|休止|休会中|廃止|閉所|閉鎖|解散|活動終了))\s+"
)


# Weather as the cause of a 中止 (「大雪のため中止となりました」): said of a day that was cancelled,
# unlike 「雨天中止」「雨天の場合は中止」, which say when it would be.
_WEATHER_ONLY = re.compile(r"雨天|荒天|悪天候|天候|大雨|雨|大雪|雪|警報|台風|強風|暴風")
_CAUSE = re.compile(r"(?:ため|により|につき|で)\s*$")
_DONE = re.compile(
    r"^\s*(?:と|に)?(?:なりました|しました|いたしました|します|いたします|決定|が決定)"
)
# A part of the activity, not the activity (「フードパントリーは中止中」「会食は中止」): what is
# said of it is not the activity's status. (「新規の受け入れは休止中」 is: it takes no one new.)
_PART = re.compile(
    r"(?:フードパントリー|パントリー|テイクアウト|持ち帰り|お弁当|弁当|配食|食材配布|配布|送迎|会食"
    r"|学習支援|夜の部|昼の部|午前の部|午後の部|一部)(?:の(?:実施|配布|提供))?\s*[はもを]"
)
# A status column's short words: 「休」 alone is 休止, 「廃」 廃止.
_SHORT = {"休": "休止", "休み": "休止", "廃": "廃止"}
# … and as a resident reads them, in the description: 「状況: 休止中」, not 「状況: 休」.
_SPELLED_OUT = {"休": "休止中", "休み": "休止中", "廃": "廃止"}
# A restart to come (「再開予定」「R9.4再開予定」「再開時期未定」): it does not meet now.
_RESTART_TO_COME = re.compile(
    r"再開(?:予定|の予定|時期(?:は)?未定|未定|は未定|の見込|見込|を検討|に向け)"
)
# A legend under a list (凡例): 「○：活動中　△：休止中　×：廃止」「○活動中、△休止中、×廃止」.
# A mark may be a word's first character (「満：満員」「休：休止中」), said before its meaning with a
# colon or は, and quoted (「満」は満員、「△」：休止中).
_LEGEND = re.compile(
    r"[「『]?(?P<mark>[○〇◯◎●△▲▽×✕✖☓xX]|[満休廃空](?=[」』]?\s*(?:[:：=＝]|は)))[」』]?"
    r"\s*(?:[:：=＝]|は)?\s*(?P<meaning>[^\s、,，;；。「」『』○〇◯◎●△▲▽×✕✖☓xX/／]+)"
)
# A meaning's polite ending (「休止中です」「満員を表します」): not what the mark says.
_LEGEND_ENDING = re.compile(r"(?:です|でございます|となります|を表します|を示します|の意味)$")


def mark_legend(notes: list[str]) -> dict[str, str]:
    """The marks a list's legend explains (「△：休止中」 → {"△": "休止中"}), from its notes; only
    the marks whose meaning says a status (活動中, 休止中, 廃止)."""
    legend: dict[str, str] = {}
    for note in notes:
        folded = _nfkc(note)
        for found in _LEGEND.finditer(folded):
            meaning = _LEGEND_ENDING.sub("", found.group("meaning").strip())
            if (
                status_of_text(meaning) is not None
                or says_room(meaning)
                or re.search(r"活動中|開催中|実施中", meaning)
            ):
                legend.setdefault(found.group("mark"), meaning)
    return legend


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _inside(before: str) -> str:
    """What comes before a status word within the bracket it is written in: 「毎週金曜日 17時～
    19時（令和6年度休止）」 says 令和6年度 of the pause, and its 「～」 is the meeting's time, not a
    season the pause is limited to. A pause after a closed bracket (「冬季（12月～2月）は休止」)
    keeps all its words."""
    opened = before.rfind("(")
    if opened <= before.rfind(")"):
        return before
    outside = before[:opened]
    if _A_DATE.search(outside) or not _RECURRING.search(outside):
        return before  # 「令和8年12月13日（中止）」: that date's, as before
    return before[opened + 1 :]


# What a schedule's text before a bracket says when it is the meetings' (「毎週金曜日」「第2・第4
# 水曜日」「10:00～」), and a date that makes it one day's (「12月19日」「12/19」).
_RECURRING = re.compile(r"毎|第[0-9]|曜|[0-9]+\s*[時:]")
_A_DATE = re.compile(r"[0-9]+月[0-9]+日|[0-9]+/[0-9]+")


def _clause_status(clause: str, *, event: bool, today: date | None = None) -> RowStatus | None:
    if not clause or _RESUMED.search(clause):
        return None
    for found in _ENDED.finditer(clause):
        if _NOT_THE_ACTIVITY.search(clause[: found.start()]):
            continue  # 「受付を終了しました」: the applications
        if clause[found.end() :].startswith("中"):
            return RowStatus.PAUSED  # 「改修工事のため閉館中」: closed for now
        if _to_come(clause[: found.start()], clause[found.end() :], today):
            continue  # 「令和9年3月末で廃止」 read in 2026: it meets until then
        if not _TO_COME.search(clause[found.end() :]):
            return RowStatus.ENDED
    if _PART.search(clause):
        return None  # 「フードパントリーは中止中」: the pantry, not the 食堂
    if (cause := _FULL_CAUSE.search(clause)) and (
        _NO_NEWCOMERS.search(clause, cause.end()) or _NOT_TAKING.search(clause, cause.end())
    ):
        return RowStatus.FULL  # 「満員のため受付停止中」: full, the stop its consequence
    for stop in (*_NO_NEWCOMERS.finditer(clause), *_NOT_TAKING.finditer(clause)):
        if _FULL_REASON.match(clause, stop.end()):
            return RowStatus.FULL  # 「受付停止（定員のため）」: the cause said after
    if _NO_NEWCOMERS.search(clause):
        return RowStatus.PAUSED  # 「新規の申込は受け付けていません」
    for found in _NOT_TAKING.finditer(clause):
        before = clause[: found.start()]
        if _NOT_JOINERS.search(before) or _WHEN.search(before) or _DAYS.search(before):
            continue  # 「ボランティアの募集は行っていません」「年末年始は受付停止」「土日は…」
        if (not event and _ONE_DAY.search(before)) or _IF_SO.search(clause[found.end() :]):
            continue  # 「12/29は受付休止」「受付を停止する場合があります」
        if _FULL_IF.search(before):
            continue  # 「定員に達し次第募集停止」: what will happen, not what is
        return RowStatus.PAUSED  # 「現在募集していません」「会員募集停止中」
    for found in _NOT_HELD.finditer(clause):
        before = clause[: found.start()]
        if _WHEN.search(before) or _IF_SO.search(clause[found.end() :]):
            continue  # 「8月は開催しません」「雨天の場合は実施しません」
        if (topic := _TOPIC.search(before)) and not _TIME_TOPIC.search(topic.group(1)):
            continue  # 「試食は実施しません」: that part
        if event:
            return RowStatus.ENDED  # 「今年は開催しません」 of an event
        if _FOR_NOW.search(before) and not _ONE_DAY.search(before):
            return RowStatus.PAUSED  # 「今年度は開催しません」 of an activity that meets again
    for found in _ENDED_WORD.finditer(clause):
        before, after = _inside(clause[: found.start()]), clause[found.end() :]
        if _to_come(before, after, today):
            continue  # 「令和9年3月をもって終了」 read in 2026: not yet
        if _END_OF_TIME.search(before) or _AFTER_END.match(after) or _TO_COME.search(after):
            continue
        if _IF_SO.search(after) or _NOT_THE_ACTIVITY.search(before):
            continue  # 「中止の場合はお知らせします」「受付終了」
        if _ONE_SESSION.search(before):
            continue  # 「第1回（1/14）は中止」: that session
        if found.group() == "中止":
            if _weather_cancelled(before, after, event=event):
                return RowStatus.ENDED  # 「大雪のため中止となりました」
            if _WHEN.search(before) or (not event and _ONE_DAY.search(before)):
                continue  # 「雨天中止」「警報発令時は中止」「12月24日は中止」
            if _FOR_NOW.search(before) or after.startswith("中"):
                # 「当面の間中止」「今年度は開催中止」: a pause; an event off is cancelled.
                return RowStatus.ENDED if event else RowStatus.PAUSED
        return RowStatus.ENDED
    for found in _POSTPONED.finditer(clause):
        before, after = clause[: found.start()], clause[found.end() :]
        if _TO_A_DATE.search(clause) or says_a_move(clause):
            continue  # 「延期→12月13日（日）」: moved to a date (``postponements``)
        if _WHEN.search(before) or _IF_SO.search(after):
            continue
        if _ONE_SESSION.search(before) or (not event and _ONE_DAY.search(before)):
            continue
        return RowStatus.PAUSED  # 「開催延期（日程未定）」
    if _RESTART_TO_COME.search(clause) and not _IF_SO.search(clause):
        return RowStatus.PAUSED  # 「令和9年4月再開予定」: paused until then
    for found in _PAUSED.finditer(clause):
        before, after = _inside(clause[: found.start()]), clause[found.end() :]
        said, begins = _said_from(before, after, today)
        if said and not _IF_SO.search(after):
            if today is not None and begins is not None and begins > today:
                continue  # 「令和9年4月から休止」「令和9年3月末で休止」 read in December 2026: not yet
            # 「R6.4～休止中」「令和6年4月より休止」「令和8年3月末で休止」「4月～当面休止」 read in
            # December: since then
            return RowStatus.PAUSED
        if found.group().startswith("お休み") and (_DAYS.search(before) or _WHEN.search(before)):
            continue  # 「土曜日はお休みしています」: a day it does not meet
        until_restart = after.split("再開")[0]  # 「休止（R7再開予定）」: the restart is to come
        if _WHEN.search(before) or _TO_COME.search(until_restart) or _IF_SO.search(after):
            continue  # 「冬季（12月～2月）は休止」: when it does not meet
        if not event and _ONE_DAY.search(before):
            continue  # 「1/12は休止」: one day
        if re.match(r"して(?:い|お)(?:ました|りました|た)", after):
            continue  # 「休止していましたが…」: a pause told as past (「休止しています」 is now)
        return RowStatus.PAUSED
    return RowStatus.FULL if _says_full(clause) else None


def _says_full(clause: str) -> bool:
    """Whether a clause says the activity has no room now: 「満員」「受付を終了しました」; not
    「14時受付終了」「満員の場合は…」「定員に達し次第受付終了」「申込締切：12月10日」."""
    for found in _FULL.finditer(clause):
        before, after = clause[: found.start()], clause[found.end() :]
        if _FULL_IF.search(before) or _FULL_IF.search(after) or _FULL_HABIT.match(after):
            continue  # 「満員の場合はお断りすることがあります」「毎回満員になる」
        if _END_OF_TIME.search(before) or _FULL_AT.match(after):
            continue  # 「14時受付終了」「受付終了後に片付け」「申込締切：12月10日」
        if (
            _ONE_DAY.search(before)
            and not _SAID_DONE.search(after)
            and "現在" not in before
            and not _SAID_ENDED.match(found.group() + after)
        ):
            continue  # 「12/10締切」: a deadline (「12/1現在満員」「7月31日（募集終了）」 are full)
        if _ONE_PART.search(before) or _ONE_SESSION.search(before):
            continue  # 「土曜の回は満員」「Aクラスは満員」: one session or class, not all
        return True
    return False


def _weather_cancelled(before: str, after: str, *, event: bool) -> bool:
    """Whether the weather is the cause of a 中止 that happened: 「大雪のため中止となりました」,
    or 「台風接近のため中止」 of an event (of an activity that meets again, a rule for any day)."""
    whens = {found.group() for found in _WHEN.finditer(before)}
    if not whens or not all(_WEATHER_ONLY.fullmatch(w) for w in whens):
        return False  # no weather, or a season, a month, a 場合 (「雨天の場合は中止」)
    return bool(_CAUSE.search(before)) and (bool(_DONE.match(after)) or event)


def status_of_text(
    text: str, *, event: bool = False, today: date | None = None
) -> RowStatus | None:
    """What a 状況 or 備考 cell, or a schedule's, says of the activity: ENDED, PAUSED, FULL (no
    room now), or None (nothing). Of an activity that meets again and again, a 中止 or 休止 of one day (「令和6年
    12月24日は中止」) is that day's, and 「今年度は中止」 a pause; of an ``event`` (its dates
    alone), a 中止 with its date is the event's (「令和8年12月13日（中止）」), and an event off
    for the year is cancelled. ``today``: the day the list is read, for a pause since a month
    of no year (「4月～当面休止」 is a pause once April has come; without ``today``, it has)."""
    folded = _SHORT.get(_nfkc(text), _nfkc(text))
    folded = _WORKS_PERIOD.sub("工事のため当面", folded)  # 「工事の間は休止」: for now
    # 「定員に達したため、新規の方の受付を停止しています」: the cause and the stop one clause
    folded = _FULL_CAUSE_COMMA.sub(lambda m: m.group(1), folded)
    if (
        today is not None
        and not _RESTART_DONE.search(folded)  # 「休止していましたが、4月から再開しています」
        and (span := _pause_with_restart(folded, today)) is not None
    ):
        # 「3月で一旦休止、5月再開」: paused between the two, whatever else the cell says too
        others = [
            s
            for clause in _CLAUSES.split(folded)
            if not (_PAUSED.search(clause) or "再開" in clause)
            and (s := _clause_status(clause.strip(), event=event, today=today))
        ]
        return strongest([*others, *filter(None, [_bounded_status(span, today, folded)])])
    if _RESUMED.search(folded):  # 「休止していましたが、令和5年4月から再開しました」
        return None
    found = [
        s
        for clause in _CLAUSES.split(folded)
        if (s := _clause_status(clause.strip(), event=event, today=today))
    ]
    return strongest(found)


def pause_to_come(text: str, *, today: date) -> date | None:
    """The day a pause the cell says is to begin on, when it is after ``today``: 「令和9年4月から
    休止」「R9.4～休止予定」 read on 2026-12-07 → 2027-04-01 (``status_of_text`` reads no status
    from it: the activity meets until then); None when the cell says no such pause."""
    folded = _nfkc(text)
    if (span := _pause_with_restart(folded, today)) is not None:
        start, restart = span
        if start is None or start <= today or (restart is not None and restart <= start):
            return None  # paused now, over, or no day missed (「3月末で休止し、4月から再開」)
        return start
    if _RESUMED.search(folded):
        return None
    for clause in _CLAUSES.split(folded):
        for found in _PAUSED.finditer(clause):
            before, after = _inside(clause[: found.start()]), clause[found.end() :]
            said, start = _said_from(before, after, today)
            if not said or _IF_SO.search(after):
                continue
            if start is not None and start > today:
                return start
    return None


def end_to_come(text: str, *, today: date) -> date | None:
    """The day an end the cell says takes effect on, when it is after ``today``: 「令和9年3月末で
    廃止」 read on 2026-12-07 → 2027-04-01 (``status_of_text`` reads no end from it: the
    activity meets until then); None when the cell says no such end."""
    folded = _nfkc(text)
    if _RESUMED.search(folded):
        return None
    for clause in _CLAUSES.split(folded):
        ends = [*_ENDED.finditer(clause), *re.finditer("終了", clause)]
        for found in ends:
            before, after = _inside(clause[: found.start()]), clause[found.end() :]
            if _NOT_THE_ACTIVITY.search(before) or after.startswith("中"):
                continue  # 「受付を終了」「閉館中」
            said, effective = _said_from(before, after, today)
            if said and effective is not None and effective > today:
                return effective
    return None


def _to_come(before: str, after: str, today: date | None) -> bool:
    """Whether an end said with its date (「令和9年3月末で廃止」) takes effect after ``today``."""
    if today is None:
        return False
    said, effective = _said_from(before, after, today)
    return said and effective is not None and effective > today


def says_room(text: str) -> bool:
    """Whether a cell says the activity takes people now: 「空きあり」「受付中」「募集中」
    「残りわずか」「受け入れ可」; not when it says a status too (「満員（キャンセル待ち受付中）」
    is full), nor of volunteers or the like (「ボランティア募集中」), nor as a time or a
    condition (「10時から受付中」 is still room; 「空きがあれば」 is none)."""
    folded = _SHORT.get(_nfkc(text), _nfkc(text))
    if not folded or status_of_text(folded) is not None:
        return False
    for clause in _CLAUSES.split(folded):
        for found in _ROOM.finditer(clause.strip()):
            before = clause.strip()[: found.start()]
            if _NOT_JOINERS.search(before) or _ONE_PART.search(before):
                continue  # 「ボランティア募集中」「午後の部は空きあり」
            return True
    return False


def says_running(text: str, *, today: date | None = None) -> bool:
    """Whether a 状況 or 備考 cell says the activity meets again or as usual: 「活動中」「再開
    しました」「再開（R5.6～）」; not a restart to come (「再開予定」) nor a status.

    A restart that ends a pause the cell says (「R9.1～3月休止（4月再開）」「休止中（4月再開）」) says
    the activity meets again only once that day has come, so read on ``today``; without it, only
    when the restart is told as done (「休止していましたが、4月から再開しました」). Read in December
    2026, 「R9.1～3月休止（4月再開）」 meets now but says a pause to come: lifting a 休止中 on it
    would send residents there from January."""
    folded = _SHORT.get(_nfkc(text), _nfkc(text))
    if not folded or status_of_text(folded, today=today) is not None:
        return False
    if _RESUMED.search(folded):
        if not _PAUSED.search(folded) or _RESTART_DONE.search(folded):
            return True  # 「再開（R5.6～）」「コロナで休止していましたが、再開しました」
        if today is None:
            return False  # 「休止中（4月再開）」: which April?
        span = _pause_with_restart(folded, today)
        return span is not None and span[1] is not None and span[1] <= today
    return bool(_RUNNING.fullmatch(folded))


# A restart told as done (「再開しました」「再開している」「再開済み」).
_RESTART_DONE = re.compile(r"再開(?:済|し(?:ました|た|て(?:い|お)))")


# A 状況 cell of an activity that meets (「活動中」「開催中」「実施中」「継続」).
_RUNNING = re.compile(r"(?:現在)?(?:活動|開催|実施|運営)中|活動継続|継続中?|通常(?:開催|どおり)")


def strongest(found: list[RowStatus]) -> RowStatus | None:
    """What several cells or clauses say together: ended over paused over full."""
    for status in (RowStatus.ENDED, RowStatus.PAUSED, RowStatus.FULL):
        if status in found:
            return status
    return None


def spelled_out(text: str) -> str:
    """A 状況 cell as a resident reads it: 「休」 → 「休止中」; other words as written."""
    return _SPELLED_OUT.get(_nfkc(text), text)


def split_name(name: str) -> tuple[str, str]:
    """(the name without a status written beside it, that status's words): 「たつみ子ども食堂
    （休止中）」 → (「たつみ子ども食堂」, 「休止中」). Brackets saying anything else stay part of
    the name (「サロン（北町）」)."""
    match = _NAME_STATUS.search(name)
    if match is None:
        return name, ""
    said = next(group for group in match.groups() if group is not None)
    if status_of_text(said) is None and not _RESUMED.search(_nfkc(said)):
        return name, ""  # 「（休止中→R6.9再開）」 is read out of the name too: it says its status
    rest = (name[: match.start()] + name[match.end() :]).strip()
    return (rest, said.strip()) if rest else (name, "")


__all__ = [
    "RowStatus",
    "StatusFound",
    "end_to_come",
    "mark_legend",
    "pause_to_come",
    "says_room",
    "says_running",
    "spelled_out",
    "split_name",
    "status_of_text",
    "strongest",
]
