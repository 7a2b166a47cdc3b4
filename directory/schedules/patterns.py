"""The token patterns: regex building blocks, the token table and the master regex.

All patterns run on the normalised text (see :mod:`.normalise`).  The order of
``_TOKEN_PATTERNS`` matters where two patterns can start at the same place;
``MASTER_RE`` finds the leftmost token of any kind, ``DETAIL_RE`` re-matches it
with named groups for the readers.
"""

from __future__ import annotations

import re
from typing import Final

_DASHES: Final = "〜~\\-−‐ー―–—"
_RANGE: Final = rf"\s*(?:[{_DASHES}]|から)\s*"
_LIST_SEP: Final = r"\s*(?:[・、,]|と|および|及び)\s*"
_WD: Final = "[月火水木金土日]"
_WD_SINGLE: Final = rf"{_WD}(?:曜日?)?"
# 「月〜金」「月曜日から金曜日まで」: a span of weekdays
_WD_TO: Final = rf"\s*(?:[{_DASHES}]|から)\s*"
_WD_SPAN: Final = rf"{_WD_SINGLE}(?:{_WD_TO}{_WD_SINGLE})?"
_SET_WORD: Final = "毎週末|週末|平日毎日|平日|毎日|土日"
# A weekday written as one character in a list of closed days (「日・月・祝休み」), never the end
# of a word (休日, 毎月, 8月): nothing but a separator or a bracket before it.
_WD_BARE_CLOSED: Final = (
    # (or after 「が」: 「25日が土・日曜日の場合は」)
    r"(?:(?<![0-9A-Za-z\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff])|(?<=日が))[月火水木金土日](?!曜)"
)
_CLOSE_VERB: Final = (
    # 「1・2月は雪のため休み」: the weather as the reason, the same closure
    r"\s*(?:(?:の|と重なる|に重なる|に当たる|にあたる)\s*(?:場合|とき|時))?\s*(?:まで)?\s*(?:は|を|も)?"
    # 「8月はいずれも休み」
    r"\s*(?:いずれも|どちらも|ともに|共に)?"
    # 「年末年始・祝日も同様に休み」
    r"\s*(?:同様に|同じく)?"
    r"\s*(?:(?:雪|積雪|降雪|暑さ|猛暑|寒さ)のため\s*)?"
    r"(?:お休み|休み|休館|休会|休業|休止|休講|閉館|定休日?|除く|除き|除いて|のぞく|なし|中止|休"
    # 「土日の場合は開催しません」
    r"|(?:開催|実施)(?:しません|いたしません|なし)|行いません|全休"
    # 「8月は夏休み」: the month is the activity's own break
    r"|(?<=は)\s*(?:夏|冬|春)休み(?![^()、]*(?:期間|中))"
    r")"
)
# 「祝日も同様」「振替休日も同じ」: the holidays, as the clause before says
SAME_FOR_HOLIDAYS: Final = (
    r"(?:ハッピーマンデー|祝(?:祭)?日?|振替休日|休日)\s*(?:の場合)?\s*も\s*(?:同様|同じ)"
)
# 祝日 is a list item ("土日祝") unless it is what the activity closes on.
# 「ハッピーマンデー」「祝日の月曜日」「3連休の月曜日」: the holidays that fall on a Monday, said
# of a meeting on Mondays (the assembler checks that the rules meet on Mondays only)
_MONDAY_HOLIDAY: Final = (
    "(?:ハッピーマンデー|祝(?:祭)?日の月曜日?|月曜日?の祝(?:祭)?日|月曜祝日|(?:3|三)連休の月曜日?)"
)
MONDAY_HOLIDAY_RE: Final = re.compile(_MONDAY_HOLIDAY)
_HOLIDAY_WORD: Final = rf"(?:{_MONDAY_HOLIDAY}|(?:国民の)?祝(?:祭)?日?|振替休日)"
_HOLIDAY_ITEM: Final = rf"{_HOLIDAY_WORD}(?!{_CLOSE_VERB})"
_WD_ITEM: Final = rf"(?:{_SET_WORD}|{_WD_SPAN}|{_HOLIDAY_ITEM})"
_WD_MORE: Final = rf"(?:(?:{_LIST_SEP}|(?=祝)){_WD_ITEM})*"
_WD_LIST: Final = rf"(?:{_SET_WORD}|{_WD_SPAN}){_WD_MORE}"
_MER: Final = r"(?:午前|午後|[AaPp]\.?[Mm]\.?|朝|夕方|夜)"
# 「毎週月・木 PM」「月曜 AM / 木曜 PM」: AM/PM said alone (not 「AM10:00」「10am」)
PART_OF_DAY_LETTERS: Final = r"(?<![A-Za-z0-9])[AaPp]\.?[Mm]\.?(?![A-Za-z0-9.])(?!\s*[0-9])"
# A part of the day said with no clock time (kept as a remark, no time invented)
PART_OF_DAY_RE: Final = re.compile(
    rf"(?:午前中?|午後|夕方|夜間|日中|終日|昼間|お昼|{PART_OF_DAY_LETTERS})"
)
_TIME_AHEAD: Final = rf"\s*(?:[0-9]{{1,2}}(?::|時(?!間))|{_MER}\s*[0-9]|正午)"
_ANNOTATION: Final = rf"\s*\(\s*(?P<ann>{_WD})(?:曜日?)?(?:\s*[・,、]?\s*祝日?)?\s*\)"
_MD: Final = r"(?:[0-9]{1,2}月\s*[0-9]{1,2}日|(?<![0-9:/])[0-9]{1,2}/[0-9]{1,2}(?![0-9/]))"
# 「7・8月は第2土曜日」 names other days for those months: not a remark, the dates change.
_DAY_AHEAD: Final = (
    rf"毎週|隔週|第\s*[0-9]|最終|最後|毎月|{_WD}曜|{_WD}[・、]|[0-9]{{1,2}}日|[0-9]{{1,2}}\s*回"
)
# 「テスト期間中はお休み」「試験期間中は休み」: days off of each participant's own school, a few
# days at a time that each child knows; a remark beside the dates, unlike the weeks of 夏休み
_SCHOOL_OWN: Final = "定期テスト|テスト期間|テスト週間|テスト前|試験期間|試験週間|試験前|考査"
SCHOOL_OWN_RE: Final = re.compile(_SCHOOL_OWN)
_NOTE_KEYWORDS: Final = (
    f"{_SCHOOL_OWN}|"
    "雨天|荒天|悪天候|天候|雨の日|雨の場合|要予約|予約|要申込|申込|申し込み|先着|定員|"
    "問い合わせ|問合せ|問合わせ|詳細|詳しく|夏休み|冬休み|春休み|長期休暇|時間変更|変更|"
    "場合|受付|参加費|会費|無料|有料|材料費|持ち物|持参|途中参加|出入り自由|出入自由|"
    "見学|随時|初回|初めて|都合により|状況により|感染|当面|休止中|年度|相談|集合|未定|"
    # 「毎月第3土曜日開催予定」「10時～12時予定」: said as planned, the plain form (filler); a
    # plan about something else stays a remark (「4月から再開予定」「12:00終了予定」)
    r"(?<!開催)(?<!実施)(?<![0-9時分半~〜日曜\s])予定"
    r"|予定(?!\s*(?:です|しています|しております)?\s*(?:$|[()\s、。,;/\n]))|"
    # 「原則 毎週木曜日」「祝日も開催」: said beside the days, not instead
    "原則|基本的に|休憩|昼休み|昼食|振替なし|振替はありません|振替は行いません|不定休|臨時休業|臨時休館|年中無休|次第終了|なくなり次第|夕食|朝食|ランチ|ディナー|夕ごはん|昼ごはん|朝ごはん|"
    f"(?:{_MONDAY_HOLIDAY}|祝(?:祭)?日?|振替休日|休日)も\\s*(?:同様に|同じく)?\\s*"
    "(?:通常どおり|通常通り|平常どおり|平常通り)?\\s*"
    "(?:開催|実施|活動|開館|開所|開室|営業|オープン)|"
    # 「（祝日開催）」「祝日は通常どおり開催」: held on holidays too (「祝日は開催しません」 is a
    # closure, matched before)
    "(?:祝(?:祭)?日|休日)\\s*(?:は)?\\s*(?:通常どおり|通常通り)?\\s*(?:開催|実施|営業|開所|開館)"
    "(?!\\s*(?:しません|いたしません|なし|せず|休|は))|"
    # 「（祝日も同様）」: as the clause before says (held, or closed after a closure: the
    # assembler decides)
    f"{SAME_FOR_HOLIDAYS}|"
    # 「日程はHPで」「チラシでお知らせ」: where the dates are announced
    "HP|ホームページ|ウェブ|Web|WEB|サイト|広報|チラシ|LINE|SNS|インスタ|お知らせ|告知|掲載|"
    # 「（週1日〜OK）」「1回だけでも可」: how often a person may come, not when it meets
    r"(?<![A-Za-z])OK(?![A-Za-z])|(?:から|でも|[〜~])\s*可|"
    # 「第2水曜日他」: other days besides the rule, which the text does not name
    "(?<![そ])他(?!に)|ほか|"
    # names of days (いちごの日, 肉の日) are remarks beside the days they name
    r"[\u3040-\u30ff\u4e00-\u9fff]{1,8}の日(?=$|[)、・と]|\s)|"
    # durations ("うち2時間ほど") and seasonal variations ("7・8月は8時から") are remarks
    rf"[0-9]{{1,2}}時間|約\s*[0-9]{{1,3}}\s*分|[0-9]{{1,3}}分(?:間|程度)|"
    rf"[0-9]{{1,2}}(?:[・、][0-9]{{1,2}})*月は"
    rf"(?!\s*(?:お?休|除|のぞ|なし|中止|閉館|{_DAY_AHEAD})|{_TIME_AHEAD})"
)
NOTE_KEYWORD_RE: Final = re.compile(_NOTE_KEYWORDS)
_NESTED_PAREN: Final = r"\((?:[^()]|\([^()]*\))*\)"


def _uncaptured(pattern: str) -> str:
    """The same pattern without named groups, for embedding in the master regex."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _clock(tag: str) -> str:
    """One clock time ("14:00", "10時半", "午後1時", "正午"), groups prefixed by tag."""
    return (
        rf"(?:(?P<{tag}mer>{_MER})\s*)?"
        rf"(?:(?P<{tag}noon>正午)"
        rf"|(?P<{tag}h>[0-9]{{1,2}}):(?P<{tag}m>[0-9]{{2}})"
        rf"|(?P<{tag}hh>[0-9]{{1,2}})時(?!間)(?:(?P<{tag}mm>[0-9]{{1,2}})分|(?P<{tag}half>半))?)"
        r"(?:頃|ごろ)?"
    )


# "10〜12時": a bare start hour is a time only when the end says 時.
_BARE_START: Final = (
    rf"(?:(?P<bmer>{_MER})\s*)?(?P<bh>[0-9]{{1,2}})"
    rf"(?={_RANGE}(?:{_MER}\s*)?[0-9]{{1,2}}時)"
)
_TIME_PATTERN: Final = (
    rf"(?:{_clock('s')}|{_BARE_START})(?P<rng>{_RANGE}(?:{_clock('e')})?)?(?P<until>\s*まで)?"
    rf"|[{_DASHES}]\s*{_clock('t')}(?:\s*まで)?"
)
_DATE_ITEM: Final = (
    rf"(?:(?:[0-9]{{4}}年\s*)?[0-9]{{1,2}}月\s*[0-9]{{1,2}}日"
    # 「開催日：1/16」: a colon after a word, not a time's (「10:30/…」)
    rf"|(?<![0-9/])(?<![0-9]:)(?:[0-9]{{4}}/)?[0-9]{{1,2}}/[0-9]{{1,2}}(?![0-9/]))"
    rf"(?:{_uncaptured(_ANNOTATION)})?"
)
# 「2/6・13・20・27」「12/5(金)・12(金)」: a day of the month a date before names (its month
# carries); not a time, a count or a month (「・10時」「・10:00」「・3回」「・3月」)
_BARE_DAY: Final = (
    r"(?<![0-9/])[0-9]{1,2}(?![0-9])"
    rf"(?!\s*(?:[/:.時月日回名人歳分年週円件か箇ヶ%{_DASHES}]|から|まで))"
)
# Seasons of snow and farm work, always said with their months (alone they are unparsed)
_FARM_SNOW: Final = "積雪期間?|降雪期間?|農繁期間?|農閑期間?"
# The yearly closures named by season (readers.parse_closure_items gives their dates).
_SEASON: Final = "年末年始|お盆|GW|ゴールデンウ[ィイ]ーク"
_SEASON_SPAN: Final = rf"[0-9]{{1,2}}月?(?:{_RANGE}|{_LIST_SEP})[0-9]{{1,2}}月(?![0-9])"
_CLOSE_ITEM: Final = (
    # 「年末年始（12月29日～1月3日）を除く」: the dates in brackets say the same again
    rf"(?:{_HOLIDAY_WORD}|(?:{_SEASON})(?:期間)?(?:\s*\((?:[0-9月日/\s・、,{_DASHES}]|から)+\))?"
    rf"|{_MD}(?:{_RANGE}(?:{_MD}|[0-9]{{1,2}}日))?"
    # 「夏休み期間中（7/21～8/31）はお休み」: a school break with its dates is those dates (alone,
    # which weeks it is differs by town and year)
    rf"|(?:夏|冬|春)休み(?:期間)?中?\s*\(\s*{_MD}{_RANGE}(?:{_MD}|[0-9]{{1,2}}日)\s*\)"
    # 「冬季（12月～3月）休止」「夏期（7・8月）は休み」「冬期12月〜2月は休み」: a season named,
    # and its months
    # 「積雪期（12月～3月）は休み」「農繁期（5・6月）は休み」: so in 雪国 and farming towns
    # 「夏休み期間（7月・8月）は休み」: a school break said with its months is those months
    rf"|(?:冬季|夏季|冬期間?|夏期間?|冬場|夏場|{_FARM_SNOW})\s*(?:\(\s*{_SEASON_SPAN}\s*\)|{_SEASON_SPAN})"
    rf"|(?:夏|冬|春)休み(?:期間)?中?\s*\(\s*{_SEASON_SPAN}\s*\)"
    rf"|[0-9]{{1,2}}月(?![0-9])(?:{_RANGE}[0-9]{{1,2}}月(?![0-9]))?"
    rf"|[0-9]{{1,2}}(?:{_RANGE}|{_LIST_SEP})[0-9]{{1,2}}月(?![0-9])"
    rf"|{_SET_WORD}|{_WD}曜日?|{_WD_BARE_CLOSED})"
)
# Month restrictions: 奇数月, 6月と11月, 6・11月, 4月〜9月, 11〜3月 (wraps), 毎年8月.
# 「4月〜翌年2月」「9月～翌6月」: a span over the year end
_MONTH_ITEM: Final = rf"[0-9]{{1,2}}月?(?:{_RANGE}(?:翌年?\s*)?[0-9]{{1,2}}月?)?"
_MONTH_LIST: Final = rf"(?<![0-9])(?:{_MONTH_ITEM}{_LIST_SEP})*{_MONTH_ITEM}(?<=月)"
_MONTHS: Final = rf"(?:毎年\s*)?(?:奇数月|偶数月|{_MONTH_LIST})"
# 「夏期（7月～8月）」「冬季11月～2月」「4月〜9月」: a season said with its months
# 「4/1～9/30」「4月1日～9月30日」: whole months written as dates (the reader checks the ends)
_MONTHS_AS_DATES_GROUPS: Final = (
    rf"(?P<sfm>[0-9]{{1,2}})(?:/|月\s*)0?1日?{_RANGE}"
    rf"(?P<slm>[0-9]{{1,2}})(?:/|月\s*)(?P<sld>[0-9]{{1,2}})日?"
)
MONTHS_AS_DATES_RE: Final = re.compile(_MONTHS_AS_DATES_GROUPS)
_MONTHS_AS_DATES: Final = re.sub(r"\(\?P<\w+>", "(?:", _MONTHS_AS_DATES_GROUPS)
_SEASON_WORD: Final = rf"(?:夏期間?|冬期間?|夏季|冬季|夏場|冬場|(?:夏|冬)の間|{_FARM_SNOW})"
_SEASON_MONTHS: Final = (
    rf"(?:(?:{_SEASON_WORD}|夏時間|冬時間)\s*"
    rf"(?:\(\s*(?:{_MONTHS_AS_DATES}|{_MONTHS})\s*\)|{_MONTHS_AS_DATES}|{_MONTHS})"
    rf"|{_MONTHS_AS_DATES}|{_MONTHS})"
)
# 「冬季（12月～3月）の毎週水曜日」「農閑期（11月～3月）の」「（冬期間：12月～3月）」: a season
# named with its months restricts the rules as the months alone do (without months it is unparsed)
_SEASON_BOUND: Final = (
    rf"{_SEASON_WORD}\s*(?:のみ|限定|だけ)?\s*(?::\s*)?(?:\(\s*{_MONTHS}\s*\)|{_MONTHS})"
)
# A month prefix counts only right before a rule: "8月の予定" or "7・8月は8時から" stay
# remarks, and "8月は休み" is a closure.
_RULE_AHEAD: Final = (
    rf"\s*(?:毎月|毎週|隔週|[0-9]週|第\s*[0-9]|最終|最後|不定期|[月年]に?[0-9]{{1,3}}\s*[回度]"
    rf"|{_SET_WORD}|{_WD}(?:曜|{_LIST_SEP}{_WD}|\s*[{_DASHES}]\s*{_WD}))"
)
# 第1・第3, 第1第3 (no separator), 第1〜3 (a span)
_NTH_LIST: Final = (
    rf"(?:第[0-9]|最終|最後|最初|月末の)(?:(?:{_LIST_SEP}|{_RANGE}|(?=第))(?:第?[0-9]|最終|最後))*"
)
_NTH_WEEKDAYS: Final = rf"(?:土日|{_WD_SPAN})(?:{_LIST_SEP}(?:土日|{_WD_SPAN}))*"

_LABELS_CLOSED: Final = "休館日|定休日|休業日|休所日|休園日|休室日|閉館日|休み|お休み"
_LABELS_HOURS: Final = (
    "開館時間|利用時間|利用可能時間|営業時間|開所時間|開園時間|使用時間|開館日|開所日|利用可能日"
)
_LABELS_MEETING: Final = (
    "開催日時|開催日|開催時間|開催曜日|活動日時|活動日|活動時間|活動曜日|開設日時|開設日|開設時間"
    "|実施日時|実施日|実施時間|日時|日程|時間"
    # 「期間：1月12日(火)～2月23日(火)」「【開催期間】」: the period of the meetings
    "|開催期間|実施期間|活動期間|期間"
)
_LABEL_WORDS: Final = f"{_LABELS_CLOSED}|{_LABELS_HOURS}|{_LABELS_MEETING}"
_SCHEDULE_AHEAD: Final = rf"(?=\s*(?:毎|第|隔|平日|年末|祝|{_WD}|[0-9]|午前|午後))"
_LABEL: Final = (
    rf"【\s*(?P<lab>{_LABEL_WORDS})\s*】"
    rf"|(?P<lab2>{_LABEL_WORDS})\s*:"
    # without a colon only the unambiguous ones, right before what they label
    rf"|(?P<lab3>休館日|定休日|休業日|休所日|休園日|閉館日|{_LABELS_HOURS})\s*(?:は)?{_SCHEDULE_AHEAD}"
)
LABEL_MODES: Final = {
    **dict.fromkeys(_LABELS_CLOSED.split("|"), "closed"),
    **dict.fromkeys(_LABELS_HOURS.split("|"), "hours"),
    **dict.fromkeys(_LABELS_MEETING.split("|"), "meeting"),
}
_YMD: Final = (
    r"(?:(?:[0-9]{4}年\s*)?[0-9]{1,2}月\s*[0-9]{1,2}日"
    r"|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2})"
    rf"(?:{_uncaptured(_ANNOTATION)})?"
)

# 「休館日：12/29～1/3」「（休み：8月）」「※休会日：祝日」「【休館日】年末年始」「休館日　12月29日～1月3日」:
# closed days after a label, as 公共施設一覧 and 公民館だより write them, say what 「12/29～1/3は休館」
# 「8月は休み」 say (normalise rewrites them so). Only when everything up to the end of the clause
# is such days: 「休み：12月第5週」 (which days?) or 「休館日：祝日の翌日」 stay as written.
_CLOSED_LABEL_WORD: Final = (
    "臨時休業日|臨時休館日|臨時休業|臨時休館|休館日|休業日|休所日|休園日|休室日|閉館日|定休日|定休|休会日|休会月|休会"
    "|休講日|お休み|休み"
)
# (a date right after the label's colon: 「休館日:12/29～1/3」), a span or a single day
# (「休み：12月30日、1月6日」: the next such days, as 「12月30日は休み」 is)
_LABELLED_MD: Final = r"(?:[0-9]{1,2}月\s*[0-9]{1,2}日|(?<![0-9/])[0-9]{1,2}/[0-9]{1,2}(?![0-9/]))"
_LABELLED_CLOSED_ITEM: Final = (
    rf"(?:(?:{_SEASON})(?:期間)?(?:\s*\((?:[0-9月日/\s・、,{_DASHES}]|から)+\))?"
    # 「（休会：祝日の場合）」
    rf"|{_HOLIDAY_WORD}(?:\s*\(\s*振替休日を?含む\s*\))?(?:の場合|の日)?"
    rf"|{_LABELLED_MD}{_RANGE}(?:{_LABELLED_MD}|[0-9]{{1,2}}日)"
    # 「休館日：12/29～1/3、1/10」: a day beside the span (a day alone is the next such day)
    rf"|{_LABELLED_MD}(?!\s*[0-9/]|{_RANGE})"
    rf"|[0-9]{{1,2}}月(?![0-9第])(?:{_RANGE}[0-9]{{1,2}}月(?![0-9第]))?"
    rf"|(?<![0-9])[0-9]{{1,2}}(?:{_RANGE}|{_LIST_SEP})[0-9]{{1,2}}月(?![0-9第])"
    rf"|第\s*[1-5](?:{_LIST_SEP}第?\s*[1-5])*\s*(?:週目?|{_WD}曜日?)"
    rf"|[1-5]\s*週目"
    rf"|(?:毎週\s*)?{_WD}曜日?|{_WD_BARE_CLOSED}|土日)"
)
CLOSED_LABEL_RE: Final = re.compile(
    rf"(?:【\s*(?:{_CLOSED_LABEL_WORD})\s*】\s*:?|(?:{_CLOSED_LABEL_WORD})\s*:|"
    rf"(?<![^\s()])(?:{_CLOSED_LABEL_WORD})(?=\s))\s*"
    rf"(?P<items>{_LABELLED_CLOSED_ITEM}(?:(?:{_LIST_SEP}|(?=祝)){_LABELLED_CLOSED_ITEM})*)"
    r"(?=\s*(?:$|[)\]】\n;/。※*]|、\s*(?![0-9第年祝土日月火水木金お毎GW]))|\s+(?![0-9第祝年お]))"
)

FIFTH_WEEK_MONTHS: Final = (
    r"(?:第\s*5\s*週目?|5\s*週目?)\s*(?:が|の)\s*ある\s*月\s*(?:のみ|だけ|に限り|は|に)?"
)
FIFTH_WEEK_MONTHS_RE: Final = re.compile(FIFTH_WEEK_MONTHS)

# The token table: order matters where two patterns can start at the same place
# (a closure "土日祝は休み" must win over the weekday list "土日祝").
_TOKEN_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    ("label", _LABEL),
    ("remark", r"※[^\n※]*"),
    # 「会場：中央公民館」「対象：小学生」: what else the cell says, up to the next separator
    # (「会場：地区公民館、公民館休館日はお休み」: a closure after 「、」 is not the venue's name)
    (
        "info",
        r"(?:会場|場所|対象|定員|持ち物|持参|講師|内容|備考|連絡先|主催)\s*:"
        r"(?:(?!、[^;/。\n()]*(?:休み|休館|休業|中止|休止))[^;/。\n()])*",
    ),
    ("paren", rf"{_NESTED_PAREN}|【[^【】]*】"),
    # 「（第5週がある月のみ）」「5週目のある月は」: said of a rule meeting on the fifth week, it
    # names no other month (the assembler's caller flags it beside no such rule)
    ("fifthmonths", FIFTH_WEEK_MONTHS),
    # 「令和8年12月は休み」「2027年1月・2月はお休みします」: those months of that year only
    (
        "yearclosed",
        r"(?P<ycy>[0-9]{4})年\s*(?P<ycm>[0-9]{1,2}月(?:\s*[・、と]\s*[0-9]{1,2}月)*)"
        rf"(?!\s*[0-9]{{1,2}}日){_CLOSE_VERB}(?:\s*(?:します|いたします|とします|です))?",
    ),
    (
        "closure",
        rf"(?:毎週\s*)?{_CLOSE_ITEM}(?:(?:{_LIST_SEP}|(?=祝)){_CLOSE_ITEM})*{_CLOSE_VERB}",
    ),
    # 「（祝日・第5水曜日は休み）」: holidays closed, and then the days the verb closes
    (
        "holidayclosed",
        rf"{_HOLIDAY_WORD}(?=\s*[・、と]\s*(?:第\s*[0-9]|最終|最後)[^()]*?{_CLOSE_VERB})",
    ),
    ("season", _SEASON),
    ("daterange", rf"(?P<first>{_YMD}){_RANGE}(?P<last>{_YMD})"),
    # 「毎週火曜日 10:00〜 4月～11月のみ」: as 「（4月～11月のみ）」, the months of the days before
    # (the end of a clause after it: 「12月のみ第3土曜日」 names other days, 「8月のみ休み」 closes)
    (
        "monthsonly",
        rf"{_MONTHS}\s*(?:のみ|だけ|限定)\s*(?:で|の)?\s*(?:開催|実施|活動)?"
        r"(?=\s*(?:$|[)/;。、,\n]))"
        # 「毎週水曜日 10:00〜12:00 4月〜10月」: a span of months ending the line says so too
        rf"|(?<![0-9])[0-9]{{1,2}}月?{_RANGE}(?:翌年?\s*)?[0-9]{{1,2}}月(?=\s*(?:$|[/;。\n]))",
    ),
    # 「4月〜9月は9:30〜」「夏期（7月～8月）は9時〜」: the time of the days in those months
    (
        "seasontime",
        rf"{_SEASON_MONTHS}\s*(?:の間|期間)?\s*(?:のみ|だけ)?\s*(?:は|:)?(?={_TIME_AHEAD})",
    ),
    # 「夏季（6月～9月）9時～、その他は10時～」: the months no season before it names
    (
        "otherseason",
        rf"(?:その他|それ以外|上記以外)\s*(?:の月|の期間|の時期|の季節)?\s*(?:は|:)(?={_TIME_AHEAD})",
    ),
    # 「夏季（7・8月）は毎週土曜日、その他は第2土曜日」: the months no topic before it names
    (
        "othermonths",
        r"(?:その他|それ以外|上記以外)\s*(?:の月|の期間|の時期|の季節)?\s*(?:は|:)"
        rf"(?={_RULE_AHEAD})",
    ),
    # 「1月～3月は第2月曜日、4月～12月は第2・第4月曜日」: those months have their own days
    (
        "months",
        # 「4月～9月：毎週土曜日 9時～、10月～3月：毎週土曜日 10時～」: a colon says it as は does
        rf"(?:{_SEASON_BOUND}|{_MONTHS})\s*(?:の間|の期間|期間)?\s*(?:の|に|(?P<topic>は|:))?"
        rf"(?={_RULE_AHEAD})",
    ),
    (
        "monthstart",
        r"(?P<y>[0-9]{4})年\s*(?P<m>[0-9]{1,2})月\s*(?:(?:(?:から|より)\s*)?(?:開始|スタート)|から|より"
        # 「2027年1月～ 毎週木曜日」「R8.4～」: a start said with the dash alone
        rf"|[{_DASHES}](?!\s*(?:[0-9]|翌)))",
    ),
    (
        "until",
        r"(?:(?P<uy>[0-9]{4})年\s*)?(?<![0-9])(?P<um>[0-9]{1,2})月\s*(?:(?P<ud>[0-9]{1,2})日|末日?)?"
        r"(?:\s*\([月火水木金土日]\))?\s*(?:まで|迄|で終了|にて終了|をもって終了)",
    ),
    (
        "anchor",
        # 「1月14日から開始します」「1月14日よりスタート」: said with the verb, the same start
        rf"{_DATE_ITEM}\s*(?:(?:(?:から|より)\s*)?(?:開始|スタート)(?:します|です|予定)?"
        r"|から|より|[〜~](?!\s*[0-9]))",
    ),
    # 「（5週目はお休み）」「（第5週を除く）」: those weeks of the days the rules meet on
    (
        "nthweek",
        r"(?:第\s*(?P<wn>[1-5](?:\s*[・、]\s*第?[1-5])*)\s*週目?|(?<![0-9])(?P<wn2>[1-5])\s*週目)"
        rf"(?=\s*(?:の\s*週)?{_CLOSE_VERB})",
    ),
    (
        "nth",
        # 「奇数週の木曜日」: the 1st, 3rd and 5th (偶数週: 2nd and 4th)
        # 「1・3週目水曜日」: the weeks without 第
        # 「月の第一土曜日」「毎月末の金曜日」
        rf"(?:毎月\s*|月の\s*(?=第)|毎(?=月末の))?(?:(?P<nth>{_NTH_LIST})|(?P<parity>奇数|偶数)(?=週)"
        rf"|(?<![0-9])(?P<weeks>[1-5](?:{_LIST_SEP}[1-5])*)(?=\s*週目))\s*(?:週目?\s*)?"
        r"(?:(?<=最初|最後)の|(?<=週|目)の)?\s*"
        rf"(?:\((?P<pwd>{_NTH_WEEKDAYS})\)|(?P<wd>{_NTH_WEEKDAYS}))",
    ),
    (
        "monthday",
        # "奇数月の15日", "奇数月15日", "6・11月の10日" (not "11月10日", a date)
        rf"(?:毎月|(?P<mprefix>{_MONTHS}\s*(?:の|に)|(?:毎年\s*)?(?:奇数月|偶数月)))"
        # 「毎月25日前後」「20日頃」: about then, not on that day
        rf"\s*(?P<days>(?:[0-9]{{1,2}}日?{_LIST_SEP})*[0-9]{{1,2}}日)(?!曜|\s*(?:前後|頃|ごろ|くらい|ぐらい))",
    ),
    (
        "dates",
        rf"{_DATE_ITEM}(?:{_LIST_SEP}(?:{_DATE_ITEM}|(?:[0-9]{{1,2}}日|{_BARE_DAY})"
        rf"(?:{_uncaptured(_ANNOTATION)})?))*",
    ),
    (
        "freq",
        # 「隔月」 is 2か月に1回: which months, only its brackets (（偶数月）) can say
        r"(?P<bimonthly>隔月(?:開催|で開催|に開催|で)?)"
        r"|(?:(?:(?<![0-9])(?:毎月|月に?)|(?:毎年|年に?)|(?P<every>[0-9]{1,2})\s*[ヶかカヵケ箇]月に?)"
        rf"\s*(?P<count>[0-9]{{1,3}})(?:{_RANGE}(?P<max>[0-9]{{1,3}}))?\s*(?:回|度)"
        r"(?:程度|くらい|ぐらい|ほど)?)",
    ),
    # 「週1回」「週2日」, and 「週1(水)」 with its days in brackets right after it
    (
        "weekfreq",
        r"(?:毎週|週に?)\s*(?P<wcount>[0-9])\s*(?:(?:回|度|日)(?:程度)?|(?=\s*\())",
    ),
    # 「年に数回」「月に数回」: how often is not said either
    ("irregular", r"不定期(?:開催|で開催|に開催)?|(?:年|月)に?数回(?:程度|ほど)?"),
    ("time", _TIME_PATTERN),
    (
        "weekly",
        rf"(?P<prefix>毎週|隔週|[0-9]週(?:間)?(?:ごと|毎)(?:に|の)?)\s*"
        rf"(?:\((?P<plist>{_WD_LIST})\)|(?P<list>{_WD_LIST}))"
        rf"|(?P<setlist>(?:{_SET_WORD}){_WD_MORE})"
        rf"|(?<![0-9毎隔第今来先前翌同])(?P<bare>{_WD}曜日?(?:{_WD_TO}{_WD_SINGLE})?{_WD_MORE}"
        rf"|{_WD}(?:{_WD_TO}{_WD_SINGLE}|{_LIST_SEP}{_WD_ITEM}){_WD_MORE}"
        # a lone weekday before a time ("水 10:00〜"), but not the end of a word (休日, 開催日)
        rf"|(?<![\u3040-\u30ff\u4e00-\u9fff]){_WD}(?={_TIME_AHEAD}))",
    ),
    (
        "nameddays",
        # 「いちごの日と肉の日(15日・29日)」: names of days, then the days of the month
        # 「5の付く日（5日・15日・25日）」: the days named by their digit
        r"(?:毎月\s*)?(?P<names>(?:(?:[\u3040-\u30ff\u4e00-\u9fff]{1,8}の|[0-9]の(?:付く|つく))日(?:と|・|、)?)+)\s*"
        r"\(\s*(?P<ndays>[0-9]{1,2}日?(?:\s*[・、,と]\s*[0-9]{1,2}日?)*)\s*\)",
    ),
    (
        "closeverb",
        r"(?:(?:は|を|も)\s*)?(?:休館日?|休業日?|定休日|閉館日?|お休み|休み|休所|休園|除く|除き|のぞく)"
        r"(?!時間)",
    ),
    (
        "vague",
        r"(?:午前中|午前|午後|夕方|夜間|日中|終日|昼間|お昼"
        # 「毎週月・木 PM」「隔週土 AM」: 午前/午後 in letters, with no clock time after it
        rf"|{PART_OF_DAY_LETTERS})"
        # 「午前の部10:00〜12:00」: the name of a session, before its time
        rf"(?:の部\s*:?|(?=$|[\s、,;/。()・{_DASHES}]|から|まで|のみ|に|は|で))",
    ),
    ("hardsep", r"[;/。\n\r]"),
    # 「原則第3金曜日」: said beside the days, not a remark that runs on over them
    # 「ランチ11:30～13:30」: a meal named before its time is a remark that stops at the time
    (
        "hedge",
        r"原則(?:として)?|基本的に(?:は)?|基本(?=\s*(?:毎|第|隔|[月火水木金土日]曜))"
        rf"|(?:昼食|夕食|朝食|ランチ|ディナー|夕ごはん|昼ごはん|朝ごはん)(?={_TIME_AHEAD})",
    ),
    # 「令和8年度 第2・第4木曜」: the fiscal year, April to March (not 「年度末」「年度により」)
    (
        "fiscalyear",
        r"(?P<fy>[0-9]{4})年度(?:(?P<fyend>末\s*(?:まで|迄|で終了|にて終了))"
        r"|(?:\s*(?:中|の間|内))?(?:\s*(?:の\s*(?:活動|予定|事業|教室|講座|日程|開催日)(?=\s*:)|の|は))?"
        r"(?=\s*(?:$|[\s:()/;。、,\n]|毎|第|隔|[0-9]|[月火水木金土日](?:曜|[・、]|\s*[0-9]))))",
    ),
    # 「令和9年1月～3月の毎週火曜日」: a period of whole months of one year
    (
        "yearmonths",
        r"(?P<ymy>[0-9]{4})年\s*(?P<ym1>[0-9]{1,2})月\s*"
        rf"{_RANGE}(?:(?P<ymy2>[0-9]{{4}})年\s*)?(?P<ym2>[0-9]{{1,2}})月(?!\s*[0-9])"
        r"(?:\s*(?:の間|の|に|まで))?",
    ),
    (
        "note",
        rf"(?:{_NOTE_KEYWORDS})(?:[^\s、。,;/\n()]|(?<=[0-9])/(?=[0-9])|{_NESTED_PAREN})*",
    ),
)

# 「お盆休みあり」「祝日は休みとなります」: how a closure is said, nothing more
_SAYS: Final = "あり|があります|あります|となります|になります|とします|です"
MASTER_RE: Final = re.compile(
    "|".join(f"(?P<{name}>{_uncaptured(pattern)})" for name, pattern in _TOKEN_PATTERNS)
)
DETAIL_RE: Final = {name: re.compile(pattern) for name, pattern in _TOKEN_PATTERNS}
CLOSURE_RE: Final = re.compile(
    r"\s*(?:" + dict(_TOKEN_PATTERNS)["closure"] + r")\s*(?:" + _SAYS + r")?\s*。?\s*"
)

WD_ITEM_RE: Final = re.compile(
    rf"(?P<set>{_SET_WORD})|(?P<hol>{_HOLIDAY_WORD})"
    rf"|(?P<a>{_WD})(?:曜日?)?(?:{_WD_TO}(?P<b>{_WD})(?:曜日?)?)?"
)
WD_ONLY_RE: Final = re.compile(rf"\s*{_WD_ITEM}{_WD_MORE}\s*")
NTH_ITEM_RE: Final = re.compile(
    rf"(?P<n>[0-9])(?P<span>{_RANGE}第?(?P<last>[0-9]))?|(?P<first>最初)|最終|最後|月末"
)
NUMBER_RE: Final = re.compile(r"[0-9]+")
DATE_DETAIL_RE: Final = re.compile(
    r"(?:(?P<y>[0-9]{4})年\s*)?(?:(?P<m>[0-9]{1,2})月\s*)?(?P<d>[0-9]{1,2})日"
    r"|(?:(?P<y2>[0-9]{4})/)?(?P<m2>[0-9]{1,2})/(?P<d2>[0-9]{1,2})"
)
# The items of a DATES token: dates, and the days (「13」「12日」) whose month a date before names
DATE_LIST_ITEM_RE: Final = re.compile(rf"{DATE_DETAIL_RE.pattern}|(?P<d3>{_BARE_DAY})")
ANNOTATION_RE: Final = re.compile(_ANNOTATION)
CLOSE_ITEM_RE: Final = re.compile(
    rf"(?P<hol>{_HOLIDAY_WORD})|(?P<yearend>年末年始)|(?P<obon>お盆)|(?P<gw>GW|ゴールデンウ[ィイ]ーク)"
    rf"|(?P<md1>{_MD})(?:{_RANGE}(?:(?P<md2>{_MD})|(?P<d2>[0-9]{{1,2}})日))?"
    rf"|(?P<mo1>[0-9]{{1,2}})月(?![0-9])(?:{_RANGE}(?P<mo2>[0-9]{{1,2}})月(?![0-9]))?"
    rf"|(?P<mo3>[0-9]{{1,2}})(?:(?P<mrange>{_RANGE})|{_LIST_SEP})(?P<mo4>[0-9]{{1,2}})月(?![0-9])"
    rf"|(?P<wd>{_SET_WORD}|{_WD}曜日?|{_WD_BARE_CLOSED})"
)
# 「毎週金曜日（第1・第3）」: the weeks of the days before the bracket
WEEKS_ONLY_RE: Final = re.compile(
    r"\s*第?[1-5](?:\s*[・、,]\s*第?[1-5])*\s*(?:週目?)?\s*(?:のみ)?\s*"
)
MONTHS_ONLY_RE: Final = re.compile(rf"\s*(?:{_SEASON_BOUND}|{_MONTHS})\s*(?:のみ|だけ)?\s*")
MONTH_ITEM_RE: Final = re.compile(
    rf"(?P<a>[0-9]{{1,2}})月?(?:{_RANGE}(?:翌年?\s*)?(?P<b>[0-9]{{1,2}})月?)?"
)
MONTH_DAY_RE: Final = re.compile(r"(?P<m>[0-9]{1,2})(?:月\s*|/)(?P<d>[0-9]{1,2})")
# Days said every year's (「毎年12月31日・1月1日は休み」): a closure of one day kept yearly.
EVERY_YEAR_DAYS_RE: Final = re.compile(
    r"毎年\s*(?P<days>(?:[0-9]{1,2}(?:月\s*|/)[0-9]{1,2}\s*日?(?:\([^()]*\))?\s*[・、,と]?\s*)+)"
)
TOP_LEVEL_SPLIT: Final = frozenset("、,;")
GAP_SPLIT_RE: Final = re.compile(r"[、,;/。\n\r・]+")
FILLER_RE: Final = re.compile(
    r"(?:\s|[:・■□●○◆◇★☆◎▼▽▲△▶▷]|\.{2,}|各日|各回|各|いずれも|どちらも|ともに|共に|ただし|但し|次回|"
    r"日時|日程|開催日時|開催日|活動日時|活動日|開催時間|活動時間|時間|曜日|"
    r"に|は|の|で|と|を|も|が|から|まで|より|開催|実施|活動|しています|しております|"
    # 「10時スタート」「13時開始」「10:00～ 13:30～ の2回」
    r"スタート|開始|[0-9]回(?=\s*$)|迄|予定|"
    r"おおむね|概ね|だいたい|大体|およそ|"
    # 「（毎年12月31日は休み）」: every year's, as a closure is (the parser keeps it yearly)
    r"毎年|"
    rf"します|行います|開いています|開いております|開きます|{_SAYS}|ます|頃|ごろ|前後|程度|など)+"
)

# 「（祝日の場合は第2月曜日）」「（土日の場合は翌月曜日）」: the meeting moves off those days. The
# days themselves are closed; where it moves to is kept as a note (not computed).
SHIFT_RE: Final = re.compile(
    # 「月曜日が祝日の場合は」「15日が土日の場合は」: the meeting day named first
    rf"\s*(?:(?:いずれも|どちらも|ともに|共に)\s*)?(?:(?:(?P<on>{_WD})曜日?|第\s*[1-5]\s*{_WD}曜日?|[0-9]{{1,2}}日(?:[・、][0-9]{{1,2}}日)*"
    r"|開催日|当日)\s*が\s*)?"
    rf"(?:(?P<items>{_CLOSE_ITEM}(?:(?:{_LIST_SEP}|(?=祝)){_CLOSE_ITEM})*)"
    # 「祝日と重なる場合は」「祝日に当たるときは」
    rf"\s*(?:の|と重なる|に重なる|と重なった|に当たる|にあたる)\s*(?:場合|とき|時)\s*(?:は)?"
    # 「祝日は翌水曜日」: said of holidays without の場合 (「7・8月は第2土曜日」 is no move)
    rf"|(?P<hitems>{_HOLIDAY_WORD}|振替休日)\s*は)"
    # 「火曜日」「直前の金曜日」 name a day but not which week: the day is closed, no move
    # (「15日が日曜日の場合は翌日、土曜日の場合は前日」: each clause is a move of its own)
    rf"\s*(?:その)?\s*(?P<to>(?:翌|前|次|第|振替|別|直前|直後|{_WD}曜)(?:(?!場合|とき)[^()])*)"
)
# 「（休日の場合は翌日）」: a move off days SHIFT_RE does not know (休日: 土日祝? 祝日 only?), said
# in a remark. Unlike 「雨天の場合は翌日」 (WEATHER_RE), it moves dates the rule would list.
UNREAD_MOVE_RE: Final = re.compile(
    r"(?:の場合|のとき|の時)\s*(?:は)?\s*(?:翌|前日|次の|振替|振り替え)"
    # 「※祝日の週は木曜日」: the weeks with a holiday meet on another day
    r"|祝(?:祭)?日\s*(?:の|が\s*ある|のある)\s*週\s*は"
    # 「※第3木曜日が祝日の場合は第4木曜日」: a holiday of some weeks only
    rf"|第\s*[0-9]\s*{_WD}曜日?\s*が\s*(?:祝日|休日)"
)
# 「（令和9年4月〜毎週木曜日に変更）」: the days or times change, said in a remark
SCHEDULE_CHANGE_RE: Final = re.compile(
    rf"(?:{_WD}(?:曜日?)?|[0-9]時(?:半|[0-9]{{1,2}}分)?|:[0-9]{{2}}|第[0-9][^()]*?日)\s*(?:から)?\s*"
    r"(?:に|へ)\s*(?:変更|変わ|移行|切り?替)"
    # 「（12月は忘年会のため第2金曜日）」: in those months, another day
    rf"|[0-9]月(?:のみ)?は[^()]*?(?:第\s*[0-9]|最終|最後|{_WD}曜|(?<![0-9])[0-9]{{1,2}}[日回])"
    # 「※2027年4月からは第1・第3火曜日」: from then on, other days
    rf"|(?:から|より|以降|以後)\s*は?\s*(?:毎週|隔週|毎月|第\s*[0-9]|最終|{_WD}曜|{_WD}[・、]{_WD})"
)
# 「祝日の場合は火曜日に振替、ハッピーマンデーも同様」: those are holidays already, so the move
# is the same. 「ハッピーマンデーの場合は火曜日に振替、祝日も同様」 widens it to every holiday: the
# same move for rules that meet on Mondays only (the assembler flags a Monday holiday said of
# rules meeting on other days too)
_SAME_FOR_MONDAYS: Final = (
    rf"(?:\s*[、,]\s*(?:{_MONDAY_HOLIDAY}|振替休日|祝(?:祭)?日)\s*(?:の場合)?\s*も\s*(?:同様|同じ|同じく)"
    r"\s*(?:です|とします|に振替)?\s*。?)?"
)
# 「月曜日が祝日の場合は火曜日」: a weekday alone, where the meeting goes
BARE_WEEKDAY_RE: Final = re.compile(
    rf"(?P<wd>{_WD})曜日?\s*(?:に|へ)?\s*(?:振替|振り替え)?\s*(?:開催|実施)?\s*。?{_SAME_FOR_MONDAYS}"
)
# 「（長期休暇中は12時～15時）」「夏休み期間は10時から」: another time in a period no month names
PERIOD_TIME_RE: Final = re.compile(
    r"(?:夏休み|冬休み|春休み|長期休(?:暇|業|み)|学校休業日|学期|期間|夏[季期場]|冬[季期場])"
    rf"[^()、]*?は{_TIME_AHEAD}"
)
# 「※令和8年12月は休み」: one month of one year closed; closures are yearly, so a human decides
YEAR_MONTH_CLOSED_RE: Final = re.compile(
    rf"[0-9]{{4}}年\s*[0-9]{{1,2}}月(?!\s*[0-9]{{1,2}}日)[^()]*?{_CLOSE_VERB}"
)
WEATHER_RE: Final = re.compile(r"雨|天候|荒天|悪天|台風|警報|積雪|降雪")

# Where a SHIFT_RE meeting goes (its ``to``), when it names a day (``readers.read_move``).
_MOVE_TAIL: Final = (
    r"\s*(?:の同じ曜日|の同曜日)?\s*(?:に|へ)?\s*(?:振替|振り替え|変更|延期|移動|順延)?\s*(?:して)?"
    r"\s*(?:開催|実施)?\s*(?:します|となります|になります|です)?\s*。?"
    rf"{_SAME_FOR_MONDAYS}"
)
# 「翌日の火曜日」: the next day, named
MOVE_DAYS_RE: Final = re.compile(
    rf"(?P<span>(?:翌日|次の日)(?:の{_WD}曜日?)?|翌週|次週|次の週){_MOVE_TAIL}"
)
MOVE_WEEKDAY_RE: Final = re.compile(
    rf"(?:翌|次の?)\s*(?P<week>週\s*の?)?\s*(?P<wd>{_WD})(?:曜日?)?{_MOVE_TAIL}"
)
MOVE_WORKDAY_RE: Final = re.compile(rf"(?:翌|次の|直後の)\s*(?:平日|営業日|開庁日){_MOVE_TAIL}")
MOVE_NTH_RE: Final = re.compile(rf"第\s*(?P<n>[1-5])\s*(?P<wd>{_WD})(?:曜日?)?{_MOVE_TAIL}")


# 「※12/13より会場変更」「（12月1日より会場を中央公民館に変更）」: where the meetings are changes from
# a date, not when they are: a remark. 「会場・時間変更」「12/13は会場変更、14日に開催」 say when too.
VENUE_CHANGE_RE: Final = re.compile(
    r"^(?!.*(?:時間|日時|日程|曜日|開催日|[0-9]\s*時|第\s*[1-5]|[0-9]\s*日\s*(?:に|へ)\s*(?:変更|振替|移動|開催)))"
    r".*(?:から|より|以降)\s*(?:は\s*)?(?:の\s*)?(?:会場|場所|開催場所|部屋)"
)
# the same said right after a date read as a start: 「より会場変更」
VENUE_AFTER_RE: Final = re.compile(r"\s*(?:は\s*)?(?:の\s*)?(?:会場|場所|開催場所|部屋)")
