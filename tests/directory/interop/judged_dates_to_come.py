"""Judged rows for dates to come in 状況・備考 cells and in schedules, read on the town's
day of the tests that read lists (2026-12-07, ``READ_ON``): written before the fix, from the
ways municipal lists write a pause or an end from a date (「令和9年3月末で休止」「休止（R9.4～）」
「来年度から休止」), and a held-out batch not looked at while fixing.

Each status row: (id, text, what it says now (None: nothing, the activity meets), the day a
pause to come begins (None: no pause to come)). A pause 「…3月末で」「…3月をもって」「…年度末
で」 begins the day after: the activity meets to the end of March.
"""

from __future__ import annotations

from datetime import date

from directory.interop.status import RowStatus

READ_ON = date(2026, 12, 7)
ENDED, PAUSED = RowStatus.ENDED, RowStatus.PAUSED
APRIL_2027 = date(2027, 4, 1)
JANUARY_2027 = date(2027, 1, 1)

STATUS_ROWS: list[tuple[str, str, RowStatus | None, date | None]] = [
    ("dev-01", "令和9年3月末で休止", None, APRIL_2027),
    ("dev-02", "休止（R9.4～）", None, APRIL_2027),
    ("dev-03", "R9.3末で休止予定", None, APRIL_2027),
    ("dev-04", "2027年3月をもって休止", None, APRIL_2027),
    ("dev-05", "令和8年度末で休止", None, APRIL_2027),
    ("dev-06", "来年度から休止", None, APRIL_2027),
    ("dev-07", "来年4月～休止", None, APRIL_2027),
    ("dev-08", "3月末で活動休止予定", None, APRIL_2027),
    ("dev-09", "令和8年3月末で休止", PAUSED, None),
    ("dev-10", "R8.4～休止", PAUSED, None),
    ("dev-11", "今年度から休止", PAUSED, None),
    ("dev-12", "令和9年3月末で廃止予定", None, None),
    ("dev-13", "令和9年3月末で廃止", None, None),  # an end to come: it meets until then
    ("dev-14", "令和8年3月末で廃止", ENDED, None),
    ("dev-15", "令和9年3月31日をもって休止", None, APRIL_2027),
    ("dev-16", "R9.3.31で活動休止", None, APRIL_2027),
    ("dev-17", "令和9年1月から休止", None, JANUARY_2027),
    ("dev-18", "12月末で休止", None, JANUARY_2027),
    ("dev-19", "11月末で休止", PAUSED, None),
    ("dev-20", "令和8年11月末で休止", PAUSED, None),
    ("dev-21", "休止（R8.10～）", PAUSED, None),
    ("dev-22", "休止（令和9年4月～）", None, APRIL_2027),
    ("dev-23", "来月から休止", None, JANUARY_2027),
    ("dev-24", "今月から休止", PAUSED, None),
    ("dev-25", "来年1月より当面休止", None, JANUARY_2027),
    ("dev-26", "今年度末で休止", None, APRIL_2027),
    ("dev-27", "年度末で休止予定", None, APRIL_2027),
    ("dev-28", "令和7年度末で休止", PAUSED, None),
    ("dev-29", "2026年3月末をもって休止", PAUSED, None),
    ("dev-30", "冬季（12月～2月）は休止", None, None),
    ("dev-31", "令和9年3月で休止", None, APRIL_2027),
]

HELD_OUT_STATUS_ROWS: list[tuple[str, str, RowStatus | None, date | None]] = [
    ("held-01", "R9.3月末をもって休止します", None, APRIL_2027),
    ("held-02", "令和９年３月末日で休止予定", None, APRIL_2027),
    ("held-03", "活動休止（令和9年4月1日から）", None, APRIL_2027),
    ("held-04", "2027.4～休止", None, APRIL_2027),
    ("held-05", "来年度より活動休止の予定", None, APRIL_2027),
    ("held-06", "R8年度末をもって休止", None, APRIL_2027),
    ("held-07", "次年度から休止", None, APRIL_2027),
    ("held-08", "令和8年9月末で休止", PAUSED, None),
    ("held-09", "R8.3末休止", PAUSED, None),
    ("held-10", "本年度から休止中", PAUSED, None),
    ("held-11", "令和9年3月末で解散予定", None, None),
    ("held-12", "令和9年3月末で閉所", None, None),
    ("held-13", "令和8年3月末で閉所", ENDED, None),
    ("held-14", "来年3月末で休止", None, APRIL_2027),
    ("held-15", "1月から休止予定", None, JANUARY_2027),
    ("held-16", "休止中（R7.4～）", PAUSED, None),
    ("held-17", "令和9年度より休止予定（後継者不在）", None, APRIL_2027),
    ("held-18", "2027年3月31日で廃止", None, None),
]

# Schedules: (id, text, the day it is read on, the next dates from that day as M/D).
SCHEDULE_ROWS: list[tuple[str, str, date, list[str]]] = [
    (
        "sched-01",
        "2027年1月12日〜2027年1月26日 毎週火曜 10:00〜11:30（1月12日・19日・26日）",
        date(2027, 1, 20),
        ["1/26"],
    ),
    (
        "sched-02",
        "2027年1月12日〜2027年1月26日 毎週火曜 10:00〜11:30（1月12日・19日・26日）",
        date(2027, 2, 10),
        [],
    ),
    (
        "sched-03",
        "2027年1月12日〜2027年1月26日 毎週火曜 10:00〜11:30（1月12日・19日・26日）",
        READ_ON,
        ["1/12", "1/19", "1/26"],
    ),
    (
        "sched-04",
        "2027年1月12日～1月26日 毎週火曜日 1月12日・19日・26日",
        date(2027, 1, 20),
        ["1/26"],
    ),
    (
        "sched-05",
        "令和9年1月12日～令和9年1月26日 毎週火曜日（1/12・1/19・1/26）10時～",
        date(2027, 2, 1),
        [],
    ),
    (
        "sched-06",
        "2027年2月2日～3月16日 毎週火曜日 13:30～15:00（全7回）",
        date(2027, 3, 10),
        ["3/16"],
    ),
    # 2027-03-21 (春分の日) is a Sunday, 03-22 its 振替休日: Tuesday the 23rd.
    (
        "sched-07",
        "毎週日曜日 10:00～12:00（祝日の場合は翌日）",
        date(2027, 3, 15),
        ["3/23", "3/28"],
    ),
    ("sched-08", "毎月第3日曜日（祝日の場合は翌日）", date(2027, 3, 1), ["3/23", "4/18"]),
    ("sched-09", "毎週月曜日（祝日の場合は翌日）", date(2027, 3, 20), ["3/23", "3/29"]),
]

HELD_OUT_SCHEDULE_ROWS: list[tuple[str, str, date, list[str]]] = [
    (
        "held-s1",
        "2027年1月12日〜2027年2月2日 毎週火曜日 10:00～11:30（1/12、1/19、1/26、2/2）",
        date(2027, 1, 27),
        ["2/2"],
    ),
    (
        "held-s2",
        "2027年1月12日〜2027年2月2日 毎週火曜日 10:00～11:30（1/12、1/19、1/26、2/2）",
        date(2027, 2, 3),
        [],
    ),
    ("held-s3", "日曜日 9:30～11:30（祝日の場合は翌日）", date(2027, 3, 20), ["3/23", "3/28"]),
    (
        "held-s4",
        "2027年2月6日～2027年3月6日の毎週土曜日（2/6・13・20・27・3/6）",
        date(2027, 3, 1),
        ["3/6"],
    ),
    ("held-s5", "第3日曜日 10時～（祝日と重なる場合は翌日）", date(2027, 3, 1), ["3/23", "4/18"]),
]

# A pause with its restart said (「3月で一旦休止、5月再開」): the activity meets until the pause,
# is paused from its first day and meets again from the restart. (id, text, what it says on
# READ_ON, the day a pause to come begins, the day it meets again (None: not said, or no pause
# at all)). Written before the fix; 「令和9年3月末で休止し、4月から再開予定」 stops at the end of
# one fiscal year and starts with the next: no day is missed, nothing to pause.
BOUNDED_PAUSE_ROWS: list[tuple[str, str, RowStatus | None, date | None, date | None]] = [
    ("bound-01", "令和9年3月末で休止し、4月から再開予定", None, None, None),
    ("bound-02", "3月で一旦休止、5月再開", None, APRIL_2027, date(2027, 5, 1)),
    ("bound-03", "R9.1～3月休止（4月再開）", None, JANUARY_2027, APRIL_2027),
    ("bound-04", "令和9年1月から3月まで休止（4月再開予定）", None, JANUARY_2027, APRIL_2027),
    (
        "bound-05",
        "会場改修のため令和9年2月～3月休止、4月から再開",
        None,
        date(2027, 2, 1),
        APRIL_2027,
    ),
    ("bound-06", "R8.10～休止中（R9.4再開予定）", PAUSED, None, APRIL_2027),
    ("bound-07", "令和8年11月末で休止し、令和9年4月から再開予定", PAUSED, None, APRIL_2027),
    ("bound-08", "休止中（令和9年1月再開予定）", PAUSED, None, JANUARY_2027),
    ("bound-09", "令和9年3月末で休止（再開未定）", None, APRIL_2027, None),
    ("bound-10", "R9.3末で一旦休止、R9.6再開予定", None, APRIL_2027, date(2027, 6, 1)),
    ("bound-11", "2027年1月～2月は休止します（3月から再開）", None, JANUARY_2027, date(2027, 3, 1)),
    ("bound-12", "令和8年9月～12月休止、令和9年1月再開", PAUSED, None, JANUARY_2027),
    ("bound-13", "令和8年4月～8月休止、9月から再開", None, None, None),
    ("bound-14", "12月で休止し、4月に再開予定", None, JANUARY_2027, APRIL_2027),
]

# Written after the fix for BOUNDED_PAUSE_ROWS, judged before running, run once: 6 of 6.
HELD_OUT_BOUNDED_PAUSE_ROWS: list[tuple[str, str, RowStatus | None, date | None, date | None]] = [
    ("hbound-01", "令和9年2月～3月は休止（4月から再開予定）", None, date(2027, 2, 1), APRIL_2027),
    ("hbound-02", "R9.3末で休止、R9.5再開予定", None, APRIL_2027, date(2027, 5, 1)),
    ("hbound-03", "令和8年10月から休止中、令和9年2月再開予定", PAUSED, None, date(2027, 2, 1)),
    ("hbound-04", "1月で一旦休止し、3月から再開します", None, date(2027, 2, 1), date(2027, 3, 1)),
    ("hbound-05", "令和9年3月末で休止し、令和9年4月から再開", None, None, None),
    ("hbound-06", "2027年4月～6月休止（7月再開）", None, APRIL_2027, date(2027, 7, 1)),
]
