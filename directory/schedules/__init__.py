"""Meeting schedules: free Japanese text ⇄ structured recurrence ⇄ next dates.

Organisers describe when their activity meets in free Japanese
("毎週水曜日 14:00〜16:00（祝日は休み）").  This module turns that text into a
:class:`ScheduleSpec`, renders a spec back as canonical Japanese, and computes
the next dates the activity meets.  It is pure: no Flask, no database, only the
standard library and ``holidays`` (for Japanese national holidays).

Main design decision — a tokenizer, not a grammar.  The text is NFKC-normalised
(full-width digits, colons and brackets become ASCII) into a working copy that
keeps an offset map back into the original, so every note and every fragment we
fail to understand is stored *verbatim* as the organiser typed it.  One master
regex, built from a table of token patterns, finds schedule tokens anywhere in
the text (weekday lists, "第N" rules, dates, times, closures, remarks…); the
text between tokens is either filler (に, は, 開催 …) or is kept in
``unparsed``, which flags the spec for review.  Lists are matched by the token
patterns themselves, which is why "・" and "、" inside "月・木" or "第1、第3水曜日"
mean "and" while the same characters between two clauses merely separate them.

Tokens are assembled by a small state machine around *groups*: consecutive day
selectors (each becomes one :class:`Rule`) collect until a time range closes
them, and that time applies to the whole group ("毎週月曜、第3土曜 10:00〜12:00"
gives both rules the time).  A second time right after a closed group repeats
the group ("毎週水曜日 10:00〜12:00、13:00〜15:00" → two rules).  ``/`` ``;`` ``。``
and newlines end a group without a time.

The canonical output of :func:`format_schedule` is written in exactly the
language the parser reads, so ``parse_schedule(format_schedule(spec))``
reproduces every structured spec; a rule without times is followed by "／"
rather than "、" so that a later time cannot be attached to it.

Interpretation choices (each one a deliberate, documented decision):

* "平日" means Monday to Friday *excluding national holidays*, as it does in
  Japanese administrative usage, so it also sets ``closed_on_holidays``.
  "月〜金" is taken literally (national holidays are not skipped).
* Vague periods (午前中, 午後, 夕方, 終日 …) are kept as notes, not invented
  TimeRanges: "午後" does not tell us when the activity starts. "AM"/"PM" said alone
  ("毎週月・木 PM") are the same. Said after some days, it closes them as a time does:
  "第1日曜 午前、第3日曜 10時〜12時" gives the 1st Sunday no time.
* Remarks: a ``（…）`` group, ``【…】`` group or clause that contains a known
  remark keyword (雨天, 要予約, 先着, 夏休み, 詳細, 問い合わせ, 受付, 参加費 …), and
  everything after "※" up to the end of the line, are notes.  A bare remark runs
  from its keyword to the next separator or space; unknown words directly next
  to it (no separator between) are absorbed into it.  Schedule tokens are never
  absorbed.  Anything else we do not understand goes to ``unparsed``.
* Dates written without a year ("12月20日（日）") are resolved against a
  reference day (``today``, default :meth:`date.today`): the weekday written
  next to the date picks the year when given, otherwise the next such date on
  or after ``today``.  :func:`format_schedule` omits the year exactly when that
  resolution gives the same date back.  A list of them in which some date says no
  weekday ("12/18・25・1/8・22") is one run in the order written, January after December
  the next year's, and stays so when read half-way through it.
* An end time earlier than the start is read as afternoon when that makes a
  sensible range ("12時〜1時" → 12:00〜13:00); "午後" before the start also
  applies to the end unless the end has its own 午前/午後.
* 「（祝日の場合は翌日）」「（土日の場合は翌月曜日）」「（祝日の場合は第2月曜日）」: a meeting on
  those days is held on the day named instead (``ScheduleSpec.moves``; next dates count it,
  unless that day is closed too). The days themselves are closed; the text stays a note.
  Only later days named exactly are computed (翌日, 翌週, 翌X曜日, 翌週のX曜日, 翌平日, 第nX曜日 of
  the same month); 「振替日は別途」 or 「前日」 only closes the day. 翌日 onto a holiday of its
  own (5/3 → みどりの日 5/4) is not held that week, but onto a 振替休日 it is held the day
  after: the 翌日 of a Sunday holiday is always its 振替休日, the same holiday carried over,
  and 「日曜日（祝日の場合は翌日）」 means the Tuesday, as an organiser whose hall is shut on
  holidays means it (read as closed, the move would never happen).
* A frequency next to a bare weekday names the day ("月2回（水曜日）" is one
  IRREGULAR rule on Wednesdays); next to a monthly rule it is redundant and
  dropped ("月1回 第3土曜日" is just the 第3土曜日 rule).
* Month restrictions ("奇数月の第2水曜日", "6月と11月の", "4月〜9月の", "毎年8月の",
  a span may wrap: "11月〜3月") belong to the one rule written right after them;
  a bracket of months only ("第4日曜日（5月・10月）") belongs, like a time, to
  the group right before it.  Anywhere else, or before several rules at once,
  they are unparsed.
  They restrict the dates, not the weekdays, so ``weekday_mask`` ignores them.
  "隔月" is 2か月に1回: with its months ("隔月（偶数月）第1火曜日") it reads, alone (which
  months?) it is unparsed, as "毎月下旬" (which week?) is. A count in brackets right after a
  monthly rule's time ("第2土曜日 10:00〜（隔月）", "第1・第3土曜日 10:00〜（月1回）") must
  agree with the rule, or it is unparsed (it was a second, irregular rule beside it).
* A yearly count beside monthly rules must agree with them: "年2回（6月と11月の第2日曜日）"
  drops the count, "2か月に1回 第3土曜日" / "年4回 第2日曜日" (which months?) is unparsed.
  A count beside an every-week rule ("毎週土曜日（月2回程度）") contradicts it: unparsed.
* A bracket or "※" remark that gives some of the days their own time or day ("（第3水曜日は午後
  13:00〜）", "（7・8月は第2土曜日）", "※水曜日は12時まで"), or says the days or times change
  ("（4月〜毎週木曜日に変更）"), is unparsed: listing both sessions would be wrong. A bracket or
  "※" remark that closes days ("（第1日曜日を除く）", "※第5水曜日はお休み") closes only those;
  the canonical text writes them "（第1日曜日は休み）", never 休館日 for a meeting. Closing a
  weekday no rule meets on ("月〜土曜日（日・祝休み）") says nothing and is dropped, unless a
  rule can fall on it (毎月20日).
* One start date ("12月1日から", "令和9年4月より" = the 1st) before or after the rules is their
  ``valid_from``; a yearless one is the date nearest today. It never sets a 隔週 rule's week
  unless it is a full date. A 隔週 rule's date (「隔週水曜日（1月13日から）」) says both its week
  and its first meeting: nothing is listed before it.
* One end ("令和9年3月まで", "3月31日まで"; a month means its last day; without a year, the
  coming one) is the rules' ``valid_until``.
* A period of dates before the rules ("2027年1月12日〜2027年1月26日 毎週火曜 10:00〜") holds
  them within it; yearless dates beside it ("（1月12日・19日・26日）") are the period's, read on
  any day (in February 2027, not January 2028's), and dates that only name the rules'
  meetings in it are not listed a second time. A course's count ("（全7回）") is a remark when
  the period has that many meetings, unparsed when not (which week is off?).
* Dates in a bracket beside a rule ("毎週火曜日 10:00〜（1月12日・19日・26日）") are its meetings,
  each listed once, at the rule's time; a date on another day ("（1/4・1/12(火)・1/18）", a
  振替) is a meeting of its own; a date alone that the rule does not meet on ("毎月第3日曜日
  （12月13日）", or with no bracket "毎月第3日曜日 12/13": moved, miscounted or one more?) is
  flagged (a date on a line of its own after the rule, "毎週土曜日⏎12月20日", is read so too; a
  date after "、" or "／" is a meeting of its own), and so is a day closed that the
  rules never meet on ("毎月第2土曜日（ただし12月19日は休み）": the 12th, or a stale note?). What an organiser means when the list leaves some of the
  rule's meetings out (decided after checking what was listed: every Tuesday of the period,
  the listed dates dropped as the rule's own): beside a period ("2027年1月12日〜2月23日 毎週火曜日（1/12・
  1/26・2/9・2/23）") the list is the period's meetings, those dates and no others, as a
  flyer for a course means it (every other week here); without a period the rule goes on after
  the list, and a meeting between its first and last date that the list leaves out is closed
  ("毎週水曜日（12/2・9・16・1/6）": the year end off), unless it leaves out every other one
  (隔週, or two rules?), which a human decides. A day number after a date ("2/6・13・20・3/6",
  "12/5(金)・12(金)") is a date of the month before it.
* A pause ("（現在休止中）", "当面の間お休み", "4月から再開予定", "3月まで休み" = from now on,
  not every March) is unparsed: listing the usual dates would send people to a closed door.
  A pause to come ("※令和9年4月から休止予定", "（3月から休止予定）", "※1月8日からお休みします",
  "※令和9年2月末をもって廃止予定") ends the rules the day before, never starts them; a restart
  to come with its year ("（令和9年1月12日から再開予定）", "※現在休止中、令和9年4月から再開予定")
  starts them (``pauses.py``); one begun already by its date, or of a month not placed ("※11月から休止予定"
  in November, "来月から"), is unparsed.
* "毎週金曜日（第1・第3）" is 第1・第3金曜日 (the weeks of the day before the bracket); "月の第一
  土曜日" and "毎月末の金曜日" name the week as "第1土曜日" and "月末の金曜日" do.
* "奇数週の木曜日" is 第1・第3・第5木曜日, "偶数週" 第2・第4; "年に数回" and "不定期（月1回程度）" are one
  IRREGULAR rule.
* A remark that moves meetings off days it does not name exactly ("（休日の場合は翌日）": 土日 too?)
  is unparsed; one about the weather ("雨天の場合は翌日に延期", "※土曜日は雨天中止") stays a
  remark. A school-holiday period that adds meetings ("夏休み期間中は水曜日も開催") is a remark
  beside the listed ones; one that closes them ("夏休み期間中は休み", "春休み・冬休みは休み") is
  unparsed: which weeks those are differs by town and year, and the dates would include them.
* A time for some months ("4月〜9月は9:30〜11:30、10月〜3月は10:00〜12:00", "夏期（7月〜8月）は
  9時〜", "（7・8月は8時から）", "18:00〜20:00（5月〜10月）、19:00〜21:00（11月〜4月）") makes a
  rule of the same days for those months (in a "※" remark too); a time said for no months is
  then the time of the other months, as is one said for "その他" after the seasons ("夏季
  （6月～9月）9時～11時、その他は10時～12時"). Seasons that overlap, or 夏期/冬期 without
  months, are unparsed; so is "（学期中のみ）": the school's terms have no dates here. A
  bracket that gives a time of year without months, or from a month on, its own time ("（冬場は
  7時～）", "（4月〜は13:00〜）") is unparsed, unlike one about a part of the meeting ("（食事は
  18時）"); so is one giving some months another day of the month ("（12月は20日）"). Months
  that end a clause ("10:00〜 4月～11月のみ") restrict the days before them, as "（4月～11月
  のみ）" does. Whole months written as dates ("（4/1～9/30は9:00～11:00）") are a season too;
  dates that are not whole months ("4/1～9/15は") are unparsed.
* A remark saying that from or after some date the days are others ("※2027年4月からは第1・第3
  火曜日", "※4月以降は毎週木曜日") is unparsed.
* "毎週（月）（木）" is Monday and Thursday (the second bracket was dropped as an annotation,
  which "平日（月〜金）" is); "1・3週目水曜日" is 第1・第3水曜日; "平日毎日" is 平日; "原則" and
  "基本的に" before the days are remarks beside them, not over them; a meal named beside a
  time ("夕食 17:00～19:00", "ランチ11:30～13:30") is a remark and the time is the session's,
  unless the time falls inside the meeting's ("10:00～14:00 昼食12:00～": a part of it).
  "（最終週は13:00～16:00）" gives some weeks their own time: unparsed.
* "（5週目はお休み）" / "（第5週を除く）" closes that week of the days that meet every week.
  "（祝日は翌水曜日）" moves as "（祝日の場合は翌水曜日）" does.
* "（祝日と重なる場合は第4木曜日）" and "（第1土曜日が祝日の場合は第2土曜日）" move as "（祝日の
  場合は…）" does; "不定休" is a remark; "令和9年1月～3月の毎週火曜日" holds from 1月1日 to 3月31日
  of that year; a time after a "※" closure on the same line ("木曜日※祝日休み 10:00～12:00")
  is the days' time.
* "（土曜は月2回）" says how often some of the days meet: unparsed, as a time for them is. A
  closed month of one year ("※令和8年12月は休み") is unparsed (closures are yearly; a closed
  date with its year is a closed date). "振替休日" closes with the holidays; "開催しません" closes
  as "休み" does; "10時スタート", "13時開始" are start times.
* A day listed for holidays with its own time ("月曜～土曜 10:00～19:00 日曜・祝日 10:00～
  17:00") is the holiday's only meeting: a Monday holiday is not listed at 10:00～19:00 too.
* "（2027年1月から月・木に変更）" is unparsed as "…木曜日に変更" is; each "※" remark ends at the
  next "※"; "冬期間（12月～3月）は休止", "1・2月は雪のため休み", "8月は全休" close;
  "翌日の火曜日" is 翌日; "10日・25日が日曜日の場合は翌月曜日" moves as "日曜日の場合は…" does;
  "（8月は夏休み）" closes August (the activity's own break, not the school's undated one);
  "祝日と重なる場合は休み" and "（8月はいずれも休み）" close; so does a closure after a few words
  saying why ("（年度末の3月は休み）"); "（いずれも祝日の場合は翌週）" moves all the rules;
  "令和9年3月29日で終了" is an end. A season's time beside a time written on its own line
  ("毎週火・木⏎9:00～12:00（夏季7～8月は8:00～11:00）") shares the year with it. A season that
  says only its end ("（11月～3月は16:00まで）") starts as usual. A yearly count after a closure
  ("（4月・8月・12月を除く年9回）") must agree with the months left, or it is unparsed.
* "（令和9年4月以降は未定）" is unparsed unless an end ("3月31日まで") already stops the dates.
* Days and times arranged with each person ("9:00～15:00の間で応相談", "日時は要相談") are
  unparsed: they are a frame, not meetings.
* A yearless end ("3月まで") more than nine months ahead ended a few months ago or is next
  year's: unparsed.
* Weeks of the meeting listed with other closures ("※第5土曜日・祝日・年末年始はお休み") are
  closed too. A season's own dates in brackets ("年末年始（12/28-1/4）") replace its usual ones,
  said after its closure word too ("年末年始休み（12月29日～1月3日）") or with no bracket
  ("（年末年始 12/29～1/3 はお休み）"); a closure of no date listed with it ("（年末年始及び臨時
  休館日を除く）", "・臨時休業あり") is a remark and the season is closed. "（年末は12月26日まで、
  年始は1月9日から）" closes the days between, every year; a school break said with its months
  ("夏休み期間（7月・8月）は休み") closes those months; "Ｒ８年" is 2026年.
* 年末年始 (12/29〜1/3), お盆 (8/13〜16) and GW / ゴールデンウィーク (4/29〜5/5) closures are
  yearly closed periods, and so is a span of days said closed with no year, however said
  ("（12月28日から1月4日までお休みします）": next winter's days are nearly the same, where a
  one-off reading would list a meeting on 1月1日 next year). A span closed for works or a
  臨時 closure ("（2月2日～2月16日は会場改修工事のためお休みします）") is the coming one only: its
  meetings are closed (休DT), the clause kept as a remark; if none falls in it, unparsed.
* What a hurried hand writes still reads: 水よう・水ようび・曜曰 are 曜日, "10.00〜12.00" is a time
  range, bullets (■●◆) before labels are filler, and a name before a colon at the start
  ("子ども食堂：毎月第1土曜日") is a remark.
* A time written last, after rules none of which has a time ("毎週水曜日／10時〜12時", a
  cell's lines), is the time of them all; each further time so written is another session of
  the same days ("毎週水曜日⏎午前の部 10:00〜11:30⏎午後の部 13:30〜15:00").
* "月曜日から金曜日まで" spans the days as "月〜金" does; "月末の木曜日" is the last Thursday,
  as "最後の木曜日" is; "最初の日曜日" is the first.
* "（月曜日が祝日の場合は火曜日）" moves the meeting to the Tuesday after; a day named before
  it in the week ("水曜日が祝日の場合は火曜日"), or with no day said ("祝日の場合は火曜日",
  "15日が土日の場合は直前の金曜日"), only closes the day. "（8月は2回開催）" is unparsed.
* A time followed by days in brackets ("10時〜12時（毎週月曜日）、14時〜16時（毎週木曜日）") is
  the time of those days; a later time waits for its own days.
* "毎月25日前後", "20日頃": about that day, not on it: unparsed.
* A bracket about some days that says nothing about when ("（第2火曜日は体操教室と合同）") is a
  remark; one that names another day for some months ("（12月は忘年会のため第2金曜日）") is
  unparsed.
* Dates in brackets after a 隔週 rule that fall on its days every other week ("隔週月曜日
  （12月7日、21日…）", "隔週水曜日 18:30〜（次回12月9日）") say its weeks: the first is its
  date; other dates stay dates.
* "（20日が日曜日の場合は21日）" beside the one day-of-month rule "毎月20日" moves it that many days
  (three at most); "（1月の第1火曜日（1月5日）は休み）" closes that date once (the week and its date
  must agree); "※1月6日は11:30～14:00" holds that one meeting at its own time (the rule must
  meet that day); "第1火曜日は夜の部 19:00～もあり" is one more session at that time;
  "（年末年始・臨時休業あり）" closes 年末年始 (the closure word at the end is the season's too)
  and keeps 臨時休業あり as a remark.
* Facility cells: an activity after a "※" beside 開館時間・休館日 ("※毎月第2日曜日はおはなし会
  10:30～") is a meeting; days with a time after a 休館日 label and no label of their own are
  unparsed (a closed day has no time); a 開館時間's bracket giving some days other hours ("（日曜・
  祝日は17時まで）") is a remark (hours are never meetings). The name of a place or activity
  beside the days ("児童館", "つどいの広場「にこにこ」", "いきいき百歳体操") is a remark.
* Closed days after a label ("休館日：12/29～1/3", "【休館日】年末年始", "（休み：8月）", "※休会日：
  祝日", "休会：8月、1月", "お休み：第5週") are the closure "12/29～1/3は休み" is: normalise
  rewrites them so when everything to the end of the clause is such days (spans of dates,
  months, seasons, 祝日 or "祝日の場合", 第N週, weekdays). Weekdays after a top-level 休館日 stay
  the facility's closed days (the label reads them, a span of slash dates among them as
  "12月29日～1月3日"); a single date among them ("休館日：12/29～1/3、1/10") is that one day;
  "（休み：12月第5週）" and "（休館日：祝日の翌日）" are unparsed.
* A closed date with no year written ("（12月30日は休み）", "※12/26・1/2はお休み", "休み：12月30日")
  is that day once, the next such day the rules meet on (as a 隔週 anchor's year is chosen), not
  every year's; "毎年12月31日は休み" is every year's. "（12月は5日・12日・19日）" beside a weekly
  rule: that month's meetings are those days only (the 26th is off; a day the rules do not
  meet on is unparsed); "（1月は13日から）" closes the days before it, every year;
  "※12/23で年内終了、1/13から再開" closes the meetings between. A closure alone
  ("休館日：12/29～1/3") says all there is, as a café's "定休日：月曜日" does: it is not
  flagged, and dates nothing.
* A "※" remark that closes what we cannot date ("※積雪期は休み", "※12月中旬～2月末は休み"), gives
  some dates other days ("※7月20日～8月20日は毎日", "10日が土曜日の場合は9日"), or holds days and a
  time we could not read apart, is unparsed, not a remark; "積雪期（12月～3月）" and "農繁期（…）"
  name their months; "（児童館開館日に限る）" and "（学校のある日）" are unparsed. A bracket of
  clauses ("（3月は年度末のため休み、4月は総会）") closes the months one of them closes.
* "毎週水曜日⏎9時～11時⏎※第5水曜日は休み": the time on its own line is of the rules before it,
  and the weeks after it are the ones closed (they were read as the meeting and every
  Wednesday as closed).
* A season named with its months ("冬季（12月～3月）の毎週水曜日", "冬期間（11月～3月）は",
  "（冬期間：12月～3月）", "4月～10月の間") restricts the rules as the months alone do; without
  months ("冬季の毎週水曜日") it stays unparsed.
* "ハッピーマンデー", "祝日の月曜日", "3連休の月曜日" are the holidays of a meeting on Mondays
  ("（ハッピーマンデーは休み）" closes them, "（…の場合は翌日）" moves them); beside rules that
  meet on other days too ("毎週月・木曜日（祝日の月曜日は休み）": a holiday Thursday?) unparsed,
  as is "（ハッピーマンデー振替なし）" alone (is its meeting held?), like "※祝日振替なし".
* "（7月・8月は毎日）", "※8月は毎週月・水・金", "（7・8月は火曜日のみ）" beside one rule: in those
  months it meets on those weekdays instead, at its time (a rule of those months, the rule
  keeps the others); a bare weekday beside a monthly rule ("（12月は土曜日）": which?) is
  unparsed. A period of dates after the rules that gives days of its own ("（7月20日～8月31日
  は毎日）") is unparsed: it was read as the period of every rule.
* "（8月はお盆休み）" beside rules meeting at most twice a month ("第2・4木曜", "毎月10日・25日")
  closes August (the お盆 days alone would close nothing most years); beside a weekly rule it
  stays unparsed. "テスト期間中はお休み", "試験期間中は休み" are a remark: each child's own school's
  test days, a few at a time (unlike 夏休み, still unparsed); holidays listed before it
  ("（祝日・テスト期間はお休み）") still close.
* "※夏休み期間中は毎日" beside a rule adds days in an undated period, as "…は水曜日も開催" does:
  a remark. "（28日が日曜日の場合は27日）" moves the day earlier: it only closes the day.
* A span of months ending a clause ("毎週水曜日 10:00〜12:00 4月〜10月") restricts the days
  before it, as "4月～11月のみ" does; one month alone there ("10時～ 8月") stays unparsed.
* "その他は" / "それ以外は" before days, after months that have their own ("1月～3月は第2月曜日、
  その他の月は第2・第4月曜日"), are the months not named (it was a remark, and only the named
  months were listed); with no months named before it, it is unparsed.
* "（夏休みは火曜日のみ）" closes the other days in the break: unparsed, as "夏休みは休み" is. A
  break with its dates ("※夏休み期間中（7/21～8/31）はお休み") closes those dates, yearly.
  "（15日が日曜日の場合は翌日、土曜日の場合は前日）" is two moves, one a clause.
* "（ただし8月は第2日曜日のみ 10時～）", "※12月は第3水曜日 13時～15時": a month's own week with
  its own time; a start said alone ("10時～") is that month's start, its end is not guessed.
  Beside weeks the rule keeps ("（8月は第1のみ 13時～）"), another time is unparsed (only the 1st
  meets, or only the 1st moves?) unless a 、 says the weeks are what is only ("（ただし8月は第2日曜日
  のみ、10時～）") or the start is the rule's own ("毎週木曜日 10時～12時（8月は第1木曜日のみ
  10時～）"). A bracket or "※" remark that starts "ただし" reads as what follows it.
* "令和8年度", "R8年度" hold the rules from 2026年4月1日 to 2027年3月31日 ("令和8年度末まで" ends them);
  a fiscal year already over ("令和7年度 毎週水曜日" read in 令和8年度) is last year's list: unparsed.
  That is decided on the day the schedule is read, not once when it is parsed: the spec keeps its
  ``fiscal_year``, and :func:`as_of` (applied by :func:`parse_schedule` and
  :func:`spec_from_dict`, each with an injectable ``today``) flags it once the year is over, so
  a list saved in March is flagged from April on.
  "（祝日は休み、年末年始も同様）" closes 年末年始 (お盆, GW) as the clause before closes.
* A move with no ※ or bracket ("第1・第3火曜日 10:00～ 祝日の場合は翌週") moves as "※祝日の場合は翌週"
  does.
  "R8.4～" and "R8.10～R9.3" are months of 令和 years, "2027年1月～" a start as "から" is.
* "開催予定", "実施予定", "10時～12時予定" read as the plain form; a plan about something else
  ("4月から再開予定", "12:00終了予定") stays what it was.
* "祝日も同様", "祝日開催", "祝日は通常どおり開催" keep the holidays' meetings; "祝日も同様" after a
  closure ("年末年始は休み、祝日も同様") and "祝日も同様に休み" close them. "（ハッピーマンデー
  の場合は火曜日に振替、祝日も同様）" moves every holiday, the same holidays for Monday rules.
  "※祝日の週は木曜日" (another day in some weeks) is unparsed.
* A lone weekday counts only where it stands alone: "水 10:00〜" is Wednesday,
  the 日 of "休日 10:00〜" or "開催日 10:00〜" is not Sunday.
* Kanji numerals where a number is expected (第二, 三回, 十時) and 令和 years
  are read as numbers; the notes still show them as written.
* A spec that needs review computes no dates (``has_dates`` is False): the part
  we did not understand ("毎月下旬の", "学校のある日") may restrict them, and a
  wrong "次回" date on a public listing is worse than none.  For the same
  reason :func:`format_schedule` shows such a spec as the organiser wrote it.
* ``weekday_mask`` bit 7 (holidays) is set only for rules that explicitly meet
  on holidays ("土日祝"), and never when the spec is closed on holidays.
  A day-of-month rule can fall on any weekday, so it sets all seven bits.

The package, one idea a module:

* :mod:`.model` — the value types (:class:`ScheduleSpec`, :class:`Rule` …);
* :mod:`.normalise` — the NFKC working copy and its offset map;
* :mod:`.patterns` — the token patterns and the master regex;
* :mod:`.tokens`, :mod:`.readers`, :mod:`.tokenizer` — tokens, their values,
  and the tokenizer that finds them;
* :mod:`.parser` — the assembler and :func:`parse_schedule`;
* :mod:`.formatting` — canonical Japanese;
* :mod:`.dates` — calendar helpers parser and formatter share (yearless dates);
* :mod:`.occurrences` — holidays, next dates and the weekday mask;
* :mod:`.serialization` — the JSON-safe dict form.

Only the names in ``__all__`` are the public API; the modules are internal.
"""

from directory.schedules.formatting import format_hours, format_occurrence, format_schedule
from directory.schedules.model import HOLIDAY_BIT as HOLIDAY_BIT  # importable as before,
from directory.schedules.model import SPEC_VERSION as SPEC_VERSION  # though never in __all__
from directory.schedules.model import (
    WEEKDAY_LABELS,
    ClosedPeriod,
    FiscalYear,
    Move,
    Occurrence,
    Rule,
    RuleKind,
    ScheduleSpec,
    TimeRange,
    as_of,
)
from directory.schedules.occurrences import is_holiday, next_occurrences, weekday_mask
from directory.schedules.parser import parse_schedule
from directory.schedules.serialization import spec_from_dict, spec_to_dict, stored_spec

__all__ = [
    "WEEKDAY_LABELS",
    "ClosedPeriod",
    "FiscalYear",
    "Move",
    "Occurrence",
    "Rule",
    "RuleKind",
    "ScheduleSpec",
    "TimeRange",
    "as_of",
    "format_hours",
    "format_occurrence",
    "format_schedule",
    "is_holiday",
    "next_occurrences",
    "parse_schedule",
    "spec_from_dict",
    "spec_to_dict",
    "stored_spec",
    "weekday_mask",
]
