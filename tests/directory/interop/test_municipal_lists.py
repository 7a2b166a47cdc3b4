"""Lists as 市町村 and 社協 across Japan publish them, judged before the importer ran on them.

The files (``data/municipal``) were written the way such lists are kept: a 北海道 town's
通いの場一覧 with a title row, a name merged down and a row struck through; a 大阪市 ward's
子ども食堂 list in CP932 with 「（休止中）」「（廃止）」 after names and a ホームページ column; a
福岡市 サロン list with a 状況 column; a 社協's volunteer groups in Excel's Unicode text with
TEL and FAX in one cell; 終了 meaning a time (「14時終了」) and 休止 meaning winter (「冬季は休止」)
beside rows that really ended. What a coordinator expects of each row is written in ``JUDGED``:
live (imported), paused (imported with 受入状況 休止中), ended (not imported, said why in the
preview), duplicate (the same group written twice in the file).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import contacts, interop
from directory.interop import Action, ImportField, ImportPlan, PlannedRow
from directory.models import (
    IntakeStatus,
    Landmark,
    LandmarkKind,
    Listing,
    ListingStatus,
    Organization,
)
from directory.schedules import RuleKind, next_occurrences, parse_schedule
from geo.distance import geodesic_km
from geo.geocoding import OfflineGeocoder
from matching.engine import TermIndex, suggest
from matching.plans import NeedData
from matching.profiles import ListingTable, load_profiles
from matching.text import SearchTerms
from tests.directory.interop.conftest import DATA, csv_bytes, plan_bytes
from tests.factories import LOADER, NOW

FILES = DATA / "municipal"


@dataclass(frozen=True)
class Judged:
    file: str
    rows: int  # data rows of the file
    activities: int  # what a coordinator counts: an activity on two rows is one
    live: frozenset[str]
    paused: frozenset[str] = frozenset()
    ended: frozenset[str] = frozenset()
    duplicate_lines: frozenset[int] = frozenset()  # later copies of a row, in the file
    options: dict[str, object] = field(default_factory=dict)
    # Live but full (満員, 受付終了): imported with 受入状況 要相談; judged from batch k on, and
    # taken out of ``live`` in the batches judged before (they were live, full or not).
    full: frozenset[str] = frozenset()


def _judged(
    file: str,
    rows: int,
    activities: int,
    live: set[str],
    paused: set[str] | None = None,
    ended: set[str] | None = None,
    duplicate_lines: set[int] | None = None,
    *,
    full: set[str] | None = None,
    **options: object,
) -> Judged:
    return Judged(
        file,
        rows,
        activities,
        frozenset(live),
        frozenset(paused or ()),
        frozenset(ended or ()),
        frozenset(duplicate_lines or ()),
        options,
        frozenset(full or ()),
    )


JUDGED = (
    _judged(
        "a01_higashikawa_kayoinoba.xlsx", 7, 6,
        {"ひがしかわ元気クラブ", "西町すこやかサロン", "北町ふまねっと教室"},
        {"きたまち茶話会"},
        {"東町お茶っこサロン", "南町体操クラブ"},
        organization="東川町地域包括支援センター", categories=("kayoinoba",),
    ),
    _judged(
        "a02_osaka_ikuno_kodomo.csv", 5, 5,
        {"いくのみんな食堂", "ほっとキッチン鶴橋", "こどもカフェ桃谷"},
        {"たつみ子ども食堂"},
        {"なかがわ子ども食堂"},
        categories=("kodomo_shokudo",),
    ),
    _judged(
        "a03_fukuoka_chuo_salon.csv", 8, 8,
        {"舞鶴ふれあいサロン", "警固茶話会", "高宮ふれあいサロン", "当仁いきいきサロン"},
        {"赤坂いきいきサロン", "小笹ひまわり会"},
        {"草ケ江サロン", "平尾サロン"},
        organization="中央区社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "a04_nagaoka_shakyo_volunteer.txt", 9, 9,
        {"朗読ボランティアこだま", "手話サークルみみずく", "おもちゃ病院ながおか",
         "傾聴ボランティアひだまり", "点訳グループ六つ星"},
        set(),
        {"外国人支援ボランティアの会"},
        {8, 9, 10},
        categories=("volunteer",),
    ),
    _judged(
        "a05_matsumoto_salon_struck.xlsx", 6, 6,
        {"城東サロン", "白板ふれあいサロン", "沢村お茶のみ会", "元町すこやか会"},
        set(),
        {"旭町いきいき会", "蟻ケ崎サロン"},
        organization="松本市社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "a06_sendai_aoba_kosodate.csv", 5, 5,
        {"あおばっこひろば", "北山子育てサロン", "すくすくランド台原", "木町通り親子カフェ"},
        set(),
        {"にこにこ広場川平"},
        categories=("kosodate",),
    ),
    _judged(
        "a07_kochi_otoyo_tsudoi.csv", 5, 5,
        {"岩原集会所サロン", "大杉ふれあい広場"},
        {"西峰いきいき会", "天坪サロン"},
        {"東豊永サロン"},
        organization="大豊町社会福祉協議会", categories=("kayoinoba",),
    ),
    _judged(
        "a08_kasugai_orange_cafe.csv", 6, 6,
        {"オレンジカフェかちがわ", "認知症カフェ ことぶき", "まちかどオレンジカフェ"},
        {"カフェ・ほっと高蔵寺"},
        {"ひだまりカフェ鳥居松", "オレンジカフェ坂下"},
        categories=("ninchisho_cafe",),
    ),
    _judged(
        "a09_miyoshi_kayoinoba_tworows.xlsx", 8, 6,
        {"十日市いきいき百歳体操", "八次ふまねっと", "粟屋かよいの場", "神杉ころばん体操",
         "河内サロン"},
        {"酒屋サロン"},
        organization="三次市社会福祉協議会", categories=("kayoinoba",),
    ),
    _judged(
        "a10_joetsu_shakyo_groups.xlsx", 5, 5,
        {"高田おはなし会", "直江津傾聴の会", "春日山ボランティアクラブ", "上越点字の会",
         "頸城子ども会育成会"},
        categories=("volunteer",),
    ),
    _judged(
        "a11_kagoshima_events.csv", 4, 4,
        {"親子ふれあい体操教室", "城山ふれあいウォーキング", "子ども料理教室"},
        set(),
        {"年末高齢者交流会"},
        categories=("kenko",),
    ),
    _judged(
        "a12_koshigaya_facilities.csv", 4, 4,
        {"越谷市老人福祉センターけやき荘", "越谷市地域子育て支援センター", "蒲生ふれあいの家"},
        set(),
        {"旧大袋老人憩いの家"},
        categories=("ibasho",),
    ),
)  # fmt: skip

# A third batch: corrections struck through inside cells, 中止 in an イベント一覧's dates, 旧.
JUDGED_STRUCK_CANCELLED_FORMER = (
    _judged(
        "c01_sapporo_kita_salon.xlsx", 8, 8,
        {"麻生いきいきサロン", "新川ふれあいサロン", "旧篠路小学校区ふれあいサロン",
         "北24条まちなかカフェ", "拓北ひだまりサロン"},
        {"茨戸サロン"},
        {"屯田お茶の間会", "太平百合が原サロン"},
        organization="北区社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "c02_hamamatsu_events_sjis.csv", 7, 7,
        {"健康ウォーキング教室", "認知症サポーター養成講座"},
        set(),
        {"親子クリスマス会", "介護予防体操講座", "新春もちつき大会", "防災講座「わが家の備え」"},
        full={"男性のための料理教室"},  # 「定員に達したため受付終了」 (judged live before 満員 was read)
        categories=("kenko",),
    ),
    _judged(
        "c03_kyoto_fushimi_kodomo.csv", 6, 6,
        {"伏見みらい食堂", "むかいじま食堂", "旧淀小学校区こども食堂", "竹田子ども食堂"},
        {"醍醐にこにこ食堂"},
        {"桃山キッチン"},
        categories=("kodomo_shokudo",),
    ),
    _judged(
        "c04_toyama_kayoinoba.xlsx", 6, 6,
        {"五福いきいき体操", "呉羽ころばん体操", "旧大沢野町地区かよいの場", "豊田ふれあい体操"},
        {"奥田百歳体操の会"},
        {"堀川すこやか会"},
        organization="富山市地域包括ケア推進課", categories=("kayoinoba",),
    ),
    _judged(
        "c05_kitakyushu_kokurakita_salon.csv", 6, 6,
        {"足原ふれあいサロン", "旧貴船小校区サロン", "清水すこやかサロン"},
        {"富野いきいきサロン", "中井ひまわりサロン"},
        {"霧丘なかよしサロン"},
        organization="小倉北区社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "c06_mima_ibasho.xlsx", 6, 6,
        {"脇町みんなの居場所", "穴吹ふれあいの家", "美馬こども広場", "重清いきいきクラブ"},
        {"木屋平いこいの場"},
        {"岩倉ふれあいサロン"},
        categories=("ibasho",),
    ),
)  # fmt: skip

# Held out from the third batch: written and judged after its fixes. First run: 26 of 32 rows as
# judged; 「大雪のため中止となりました」 imported live, 「R6年度は休止（R7再開予定）」 live, the
# 状況 marks △ × and 「休」 of a list whose legend says 「○：活動中 △：休止中 ×：廃止」 not read,
# 「フードパントリーは中止中」 pausing the 食堂.
JUDGED_STRUCK_CANCELLED_FORMER_HELD_OUT = (
    _judged(
        "d01_hachinohe_events.xlsx", 8, 8,
        {"八戸えんぶり体験会", "親子スケート教室", "傾聴ボランティア講座",
         "子ども食堂ボランティア説明会", "介護予防教室", "料理教室"},
        set(),
        {"冬の健康講座", "歳末たすけあい交流会"},
        categories=("kenko",),
    ),
    _judged(
        "d02_ueda_salon_sjis.csv", 10, 10,
        {"塩田いきいきサロン", "旧丸子町サロン「よりあい」", "真田ほほえみサロン",
         "豊殿さわやかサロン"},
        {"神科なかよしサロン", "城下サロン", "東塩田サロン", "大門サロン"},
        {"川辺ふれあいサロン", "西内サロン"},
        organization="上田市社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "d03_okayama_kita_kodomo.csv", 7, 7,
        {"北長瀬こども食堂", "旧西小学校区こども食堂", "奉還町キッチン", "津島子ども食堂",
         "野田屋町食堂"},
        {"いずみ町みんな食堂"},
        {"岡北ごはん会"},
        categories=("kodomo_shokudo",),
    ),
    _judged(
        "d04_yatsushiro_kayoinoba.xlsx", 7, 7,
        {"松高いきいき百歳体操", "植柳ふれあい体操", "八千把すこやか会", "太田郷みんなの体操",
         "代陽サロン"},
        {"金剛百歳体操"},
        {"麦島サロン"},
        organization="八代市長寿支援課", categories=("kayoinoba",),
    ),
)  # fmt: skip

# Held out from batch d's fixes: written and judged after them. First run: 15 of 20 rows as
# judged; a legend above the list (「凡例：◎活動中 ▲休止中」) not read, 「受付を終了しました」 and
# 「第1回（1/14）は中止」 ending an event, 「開催延期（日程未定）」 live, 「…をもって閉じました」 live.
JUDGED_STRUCK_CANCELLED_FORMER_HELD_OUT_AGAIN = (
    _judged(
        "e01_koriyama_ibasho.xlsx", 7, 7,
        {"桑野みんなの居場所", "安積いこいの家", "旧片平小跡地サロン", "大槻つどいの場",
         "日和田カフェ"},
        {"富田ふれあいハウス"},
        {"喜久田サロン"},
        categories=("ibasho",),
    ),
    _judged(
        "e02_sasebo_events.csv", 6, 6,
        {"九十九島ウォーク", "男の料理教室"},
        {"防災フェア"},
        {"させぼ健康まつり", "認知症カフェ特別講座"},
        full={"子育て講演会"},  # 「申込多数のため受付を終了しました」
        categories=("kenko",),
    ),
    _judged(
        "e03_nobeoka_kodomo_sjis.csv", 7, 7,
        {"延岡みんな食堂", "東海食堂", "南方地区子ども食堂", "岡富食堂"},
        {"恒富こども食堂"},
        {"北川ふれあい食堂", "川島食堂"},
        categories=("kodomo_shokudo",),
    ),
)  # fmt: skip

# Held out from batch e's fixes and the struck former names: written and judged after them.
# First run: 17 of 21 rows as judged, 2 in part, 2 wrong: 「宮本ひまわり会~~ ※休止中~~」 gave the
# keyword 「宮本ひまわり会 ※休止中」, 「唐崎食堂（休止中→R6.9再開）」 kept its bracket in the name,
# an event's 「今年は開催しません」 was imported live, and 「現在、新規の申込は受け付けていません」
# was not read as the intake paused.
JUDGED_STRUCK_CANCELLED_FORMER_LAST = (
    _judged(
        "f01_funabashi_salon.xlsx", 7, 7,
        {"二和ふれあいサロン", "旧豊富小学校区いきいきサロン", "宮本ひまわり会", "湊町カフェ",
         "海神サロン「えがお」"},
        {"三咲サロン"},
        {"本町茶話会"},
        organization="船橋市社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "f02_asahikawa_events_sjis.csv", 7, 7,
        {"冬のスポーツ体験", "子育てサロン出張版", "認知症サポーター講座"},
        set(),
        {"高齢者スマホ教室", "親子料理教室", "年末もちつき会"},
        full={"雪まつり見学ツアー"},  # 「※定員に達しました」
        categories=("kenko",),
    ),
    _judged(
        "f03_otsu_kodomo.csv", 7, 7,
        {"堅田こども食堂", "瀬田みんなの食堂", "旧志賀町こども食堂", "唐崎食堂", "坂本キッチン"},
        {"石山子ども食堂"},
        {"膳所ごはんの会"},
        categories=("kodomo_shokudo",),
    ),
)  # fmt: skip

# Held out: written and judged after the fixes for the lists above, run once as they were.
JUDGED_HELD_OUT = (
    _judged(
        "b01_morioka_ibasho.csv", 6, 6,
        {"みんなの居場所ゆい", "高齢者サロン雪あかり", "若者の居場所ベース"},
        {"子ども第三の居場所もりおか"},
        {"ひきこもり家族会つながり"},
        {7},
        categories=("ibasho",),
    ),
    _judged(
        "b02_kumamoto_higashi_salon.xlsx", 5, 5,
        {"秋津サロン", "託麻サロン"},
        {"長嶺いきいき会", "健軍ふれあいサロン"},
        {"江津サロン"},
        organization="東区社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "b03_kanazawa_events.csv", 3, 3,
        {"兼六園ウォーキング教室", "親子で楽しむ読み聞かせ会"},
        set(),
        {"ふれあい餅つき大会"},
        categories=("kenko",),
    ),
    _judged(
        "b04_shizuoka_kodomo.csv", 4, 4,
        {"あおい子ども食堂", "おおやちっこ食堂"},
        {"するが子ども食堂"},
        {"しみずみなと食堂"},
    ),
    _judged(
        "b05_naha_shakyo_groups.txt", 5, 5,
        {"那覇朗読の会", "若狭こども見守り隊"},
        {"首里手話サークル", "真和志傾聴ボランティア"},
        {"小禄おもちゃ図書館"},
        categories=("volunteer",),
    ),
)  # fmt: skip


# A seventh batch, written and judged before the importer ran on it: a 鶴岡市 社協's サロン list
# from an old system (CP932, every cell quoted, a title line, 「〃」, blank rows, a 合計 row) whose
# 名称・住所 columns are no 公共施設一覧's; a 松江市 イベント一覧 in xlsx with one row per 開催回 and
# its postponements written three ways; a 宇和島市 list with a sheet per 地区 and a 状況 column
# in the words people write there (休, 休止, 中止, 再開予定, 再開, 休会中).
JUDGED_LAYOUT_POSTPONED_STATUS = (
    _judged(
        "g01_tsuruoka_salon_sjis.csv", 7, 7,
        {"大山いきいきサロン", "羽黒まちかどサロン", "はぐろ日帰り交流サロン"},
        {"大山ひまわり会", "湯野浜サロン「しおかぜ」", "くしびき茶の間"},
        {"湯野浜男の料理教室"},
        organization="鶴岡市社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "g02_matsue_events.xlsx", 11, 8,
        {"認知症サポーター養成講座", "親子クリスマス工作教室", "冬の健康ウォーキング",
         "傾聴ボランティア養成講座", "雪灯り交流会", "防災講座「冬の備え」"},
        {"いきいき百歳体操体験会"},
        {"年末ふれあい餅つき会"},
        organization="松江市社会福祉協議会", categories=("kenko",),
    ),
    _judged(
        "g03_uwajima_salon_by_district.xlsx", 9, 9,
        {"丸穂いきいきサロン", "三間ふれあいサロン", "岩松サロン「ひだまり」"},
        {"鶴島ふれあいサロン", "立間サロン", "玉津いきいき会", "成家サロン", "御槙ふれあいの会"},
        {"九島サロン"},
        organization="宇和島市社会福祉協議会", categories=("salon",),
    ),
)  # fmt: skip

# What batch g's rows say beyond live, paused or ended, judged with them.
JUDGED_G_SCHEDULES = (
    # A サロン that meets for six hours or more is a meeting, not a facility's 利用時間.
    ("g01_tsuruoka_salon_sjis.csv", "大山いきいきサロン", "毎月第2水曜日 9:30〜15:30"),
    ("g01_tsuruoka_salon_sjis.csv", "はぐろ日帰り交流サロン", "毎月第3日曜日 10:00〜16:00"),
    ("g01_tsuruoka_salon_sjis.csv", "くしびき茶の間", "第2・第4火曜日 9:00〜15:00"),
)
JUDGED_G_DATES = (
    ("g02_matsue_events.xlsx", "認知症サポーター養成講座", ("2026-12-13",)),  # 延期→12月13日（日）
    ("g02_matsue_events.xlsx", "親子クリスマス工作教室", ("2026-12-12", "2026-12-26")),
    ("g02_matsue_events.xlsx", "冬の健康ウォーキング", ("2026-12-12",)),  # 12/5→12/12に変更
    ("g02_matsue_events.xlsx", "傾聴ボランティア養成講座",
     ("2027-01-16", "2027-01-23", "2027-01-30")),
    ("g02_matsue_events.xlsx", "雪灯り交流会", ("2027-02-06",)),  # 荒天の場合は: not moved
    ("g02_matsue_events.xlsx", "防災講座「冬の備え」", ("2027-01-31",)),  # 1/24→1/31に延期
)  # fmt: skip
JUDGED_G_LINES = (
    ("g01_tsuruoka_salon_sjis.csv", "大山ひまわり会", "状況: 休止中"),  # 「休」
    ("g03_uwajima_salon_by_district.xlsx", "鶴島ふれあいサロン", "状況: 休止中"),  # 「休」
)


# Held out from batch g's fixes: written and judged after them, run once as they were.
# First run: 14 of 15 rows as judged, 1 in part: 「※12/12→12/20（日）に延期」 in an イベント一覧's
# 開始日時特記事項 was read, but its 開始日 still said 12/12 and the event showed that day
# (fixed after the run: 開始日 moves with it).
JUDGED_LAYOUT_POSTPONED_STATUS_HELD_OUT = (
    _judged(
        "h01_ise_salon_cafe.xlsx", 6, 6,
        {"小俣いきいきサロン", "カフェ・さくら"},
        {"小俣オレンジカフェ", "二見浦ふれあいサロン", "みその茶話会"},
        {"今一色サロン"},
        organization="伊勢市社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "h02_nasushiobara_events.csv", 6, 6,
        {"親子ふれあいクリスマス会", "高齢者スマホ講座", "冬の星空観察会", "認知症サポーター養成講座"},
        {"介護予防ウォーキング教室"},
        {"歳末ふれあい餅つき大会"},
        categories=("kenko",),
    ),
    _judged(
        "h03_tosu_facilities_sjis.csv", 3, 3,
        {"鳥栖市老人福祉センター", "鳥栖市子育て支援センター", "田代公民館"},
        organization="鳥栖市", categories=("ibasho",),
    ),
)  # fmt: skip
JUDGED_H_SCHEDULES = (
    ("h01_ise_salon_cafe.xlsx", "小俣いきいきサロン", "毎月第2木曜日 9:30〜15:30"),
    ("h01_ise_salon_cafe.xlsx", "二見浦ふれあいサロン", "第1・第3水曜日 10:00〜16:00"),
    # Its 備考 「※12月は第２土曜日（12月12日）に変更」 is the schedule's: read with it.
    (
        "h01_ise_salon_cafe.xlsx",
        "カフェ・さくら",
        "第3土曜日 10:00〜12:00 ※12月は第２土曜日（12月12日）に変更",
    ),
)
JUDGED_H_DATES = (
    ("h02_nasushiobara_events.csv", "親子ふれあいクリスマス会", ("2027-01-09",)),
    ("h02_nasushiobara_events.csv", "高齢者スマホ講座", ("2026-12-20",)),
    ("h02_nasushiobara_events.csv", "認知症サポーター養成講座", ("2027-01-30",)),
)
JUDGED_H_LINES = (("h01_ise_salon_cafe.xlsx", "小俣オレンジカフェ", "状況: 休止中"),)
# A list of facilities is still one: its 開館時間〜閉館時間 are hours, not a meeting.
JUDGED_H_HOURS = ("鳥栖市老人福祉センター", "鳥栖市子育て支援センター", "田代公民館")


# The day the judged lists are read: their dates without a year (「12/5→12/12に変更」), and
# whether every date of a list is past, are judged as a coordinator read them then, whatever
# day the tests run.
READ_ON = date(2026, 12, 7)


def _plan(session: Session, geocoder: OfflineGeocoder, judged: Judged) -> ImportPlan:
    data = (FILES / judged.file).read_bytes()
    return plan_bytes(session, data, geocoder, today=READ_ON, **judged.options)


def _name(row: PlannedRow) -> str:
    return row.data.name if row.data is not None else ""


def _row(plan: ImportPlan, name: str) -> PlannedRow:
    return next(r for r in plan.rows if _name(r) == name)


@pytest.mark.parametrize(
    ("file", "name", "tags", "line"),
    [
        # A note crossed out beside the name is no former name.
        ("f01_funabashi_salon.xlsx", "宮本ひまわり会", (), None),
        # A pause that is over, read out of the name and still said.
        ("f03_otsu_kodomo.csv", "唐崎食堂", (), "状況: 休止中→R6.9再開"),
    ],
)
def test_words_beside_a_name_leave_it_and_are_no_keyword(
    db_session: Session,
    geocoder: OfflineGeocoder,
    file: str,
    name: str,
    tags: tuple[str, ...],
    line: str | None,
) -> None:
    judged = next(j for j in JUDGED_STRUCK_CANCELLED_FORMER_LAST if j.file == file)
    data = _row(_plan(db_session, geocoder, judged), name).data
    assert data is not None
    assert data.tags == tags
    if line:
        assert line in data.description.splitlines(), data.description


def test_a_legend_above_the_list_and_a_fax_under_its_contact_are_read(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    judged = JUDGED_STRUCK_CANCELLED_FORMER_HELD_OUT_AGAIN[0]
    plan = _plan(db_session, geocoder, judged)
    assert plan.mapping.unknown_headers == ()  # 「連絡先」 over 「電話」「FAX」
    tomita, kuwano = _row(plan, "富田ふれあいハウス").data, _row(plan, "桑野みんなの居場所").data
    assert tomita is not None
    assert kuwano is not None
    assert "状況: 休止中" in tomita.description.splitlines()  # 「▲」
    assert "状況" not in kuwano.description  # 「◎」: 活動中
    assert "FAX: 024-900-0101" in kuwano.description.splitlines()


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("大門サロン", "状況: 休止中"),  # 「△」, as the legend says it
        ("塩田いきいきサロン", None),  # 「○」: 活動中, nothing to say
        ("城下サロン", None),  # 「－」 (and 「今年度中止」 in its 備考): no 「状況: －」
    ],
)
def test_a_status_mark_is_said_as_the_lists_legend_says_it(
    db_session: Session, geocoder: OfflineGeocoder, name: str, line: str | None
) -> None:
    judged = next(j for j in JUDGED_STRUCK_CANCELLED_FORMER_HELD_OUT if j.file.startswith("d02"))
    data = _row(_plan(db_session, geocoder, judged), name).data
    assert data is not None
    lines = data.description.splitlines()
    assert (line in lines) if line else not [x for x in lines if x.startswith("状況")], lines


@pytest.mark.parametrize(
    ("file", "name", "schedule"),
    [
        ("d01_hachinohe_events.xlsx", "料理教室", "2027年2月6日 10:30〜13:00"),
        ("d04_yatsushiro_kayoinoba.xlsx", "松高いきいき百歳体操", "木 10:00～11:00"),
        ("d04_yatsushiro_kayoinoba.xlsx", "植柳ふれあい体操", "月 14:00～15:00"),
        ("c01_sapporo_kita_salon.xlsx", "麻生いきいきサロン", "第1水曜日 13:30～15:30"),
        ("c01_sapporo_kita_salon.xlsx", "北24条まちなかカフェ", "第2木曜日 14:00～16:00"),
        ("c06_mima_ibasho.xlsx", "脇町みんなの居場所", "毎週水曜日 13:00～16:00"),
    ],
)
def test_a_time_or_day_crossed_out_in_the_cell_is_not_the_schedule(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, schedule: str
) -> None:
    judged = next(
        j
        for j in JUDGED_STRUCK_CANCELLED_FORMER + JUDGED_STRUCK_CANCELLED_FORMER_HELD_OUT
        if j.file == file
    )
    data = _row(_plan(db_session, geocoder, judged), name).data
    assert data is not None
    assert data.schedule_text == schedule


@pytest.mark.parametrize(
    ("file", "name", "former"),
    [
        ("c03_kyoto_fushimi_kodomo.csv", "伏見みらい食堂", ("ふしみ子ども食堂",)),
        ("c03_kyoto_fushimi_kodomo.csv", "むかいじま食堂", ("向島こども食堂",)),
        ("c03_kyoto_fushimi_kodomo.csv", "竹田子ども食堂", ("たけだ食堂",)),
        ("c03_kyoto_fushimi_kodomo.csv", "旧淀小学校区こども食堂", ()),
        ("c06_mima_ibasho.xlsx", "穴吹ふれあいの家", ("穴吹老人憩の家",)),
        ("c06_mima_ibasho.xlsx", "重清いきいきクラブ", ("重清サロン",)),  # struck through
        ("c01_sapporo_kita_salon.xlsx", "新川ふれあいサロン", ("新琴似新川ふれあいサロン",)),
    ],
)
def test_a_former_name_the_list_gives_is_read(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, former: tuple[str, ...]
) -> None:
    judged = next(j for j in JUDGED_STRUCK_CANCELLED_FORMER if j.file == file)
    row = _row(_plan(db_session, geocoder, judged), name)
    assert row.former_names == former
    assert row.data is not None
    assert set(former) <= set(row.data.tags)


def test_a_day_cancelled_in_a_weekly_activitys_schedule_is_that_day_alone(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(
        db_session,
        csv_bytes(
            "サロン名,会場,開催日,備考",
            "桜町サロン,桜町会館,毎週水曜日 10:00～12:00（令和8年12月30日は中止）,",
            "真鍋サロン,真鍋会館,第2火曜日（休止中）,",
            "大岩田サロン,大岩田会館,第3金曜日,令和8年1月9日は中止",
            "手野サロン,手野会館,2026年12月19日（中止）,",
        ),
        geocoder,
        organization="土浦市社会福祉協議会",
        categories=("salon",),
    )
    outcome = {r.data.name: (r.action, r.intake, r.ended) for r in plan.rows if r.data}
    assert outcome == {
        "桜町サロン": (Action.CREATE, None, False),
        "真鍋サロン": (Action.CREATE, IntakeStatus.PAUSED, False),
        "大岩田サロン": (Action.CREATE, None, False),
        "手野サロン": (Action.SKIP, None, True),  # its one date cancelled: an event that is off
    }


def _assert_as_judged(plan: ImportPlan, judged: Judged) -> None:
    assert not plan.rejected, [str(p) for r in plan.rejected for p in r.problems]
    assert plan.data_rows == judged.rows
    assert len(plan.rows) == judged.activities
    created = {_name(r): r for r in plan.rows if r.action is Action.CREATE}
    # Live: takes people, whether the list says so in words (空きあり・受付中: 受け入れ可) or not.
    live = {name for name, r in created.items() if r.intake in (None, IntakeStatus.OPEN)}
    paused = {name for name, r in created.items() if r.intake is IntakeStatus.PAUSED}
    full = {name for name, r in created.items() if r.intake is IntakeStatus.CONSULT}
    ended = {_name(r) for r in plan.rows if r.action is Action.SKIP and r.ended}
    duplicates = {r.line for r in plan.rows if r.action is Action.SKIP and r.duplicate_of_line}
    assert (live, paused, full, ended, duplicates) == (
        judged.live,
        judged.paused,
        judged.full,
        judged.ended,
        judged.duplicate_lines,
    )
    for row in plan.rows:
        if row.ended or row.intake is not None:  # said in the preview, in Japanese, and why
            said = ("廃止", "休止", "要相談", "受け入れ可")
            assert any(any(w in warning.message for w in said) for warning in row.warnings), row


@pytest.mark.parametrize(
    ("file", "name", "key"),
    [
        ("a04_nagaoka_shakyo_volunteer.txt", "手話サークルみみずく", "0258330000"),
        ("a04_nagaoka_shakyo_volunteer.txt", "点訳グループ六つ星", "0258392222"),
        ("a12_koshigaya_facilities.csv", "蒲生ふれあいの家", "0489640000"),
    ],
)
def test_the_phone_a_row_is_compared_by_is_its_telephone(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, key: str
) -> None:
    judged = next(j for j in JUDGED if j.file == file)
    data = _row(_plan(db_session, geocoder, judged), name).data
    assert data is not None
    assert contacts.phone_key(data.contact_phone) == key, data.contact_phone


@pytest.mark.parametrize(
    ("file", "name", "line"),
    [
        ("a06_sendai_aoba_kosodate.csv", "あおばっこひろば", "FAX: 022-222-0001"),
        ("a06_sendai_aoba_kosodate.csv", "すくすくランド台原", "FAX: 022-224-0000"),
        ("a10_joetsu_shakyo_groups.xlsx", "春日山ボランティアクラブ", "FAX: 025-525-0000"),
        ("a10_joetsu_shakyo_groups.xlsx", "上越点字の会", "FAX: 025-524-0009"),
    ],
)
def test_a_fax_column_is_a_line_of_the_description(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, line: str
) -> None:
    judged = next(j for j in JUDGED if j.file == file)
    data = _row(_plan(db_session, geocoder, judged), name).data
    assert data is not None
    assert line in data.description.splitlines(), data.description


@pytest.mark.parametrize(
    ("file", "organization", "website"),
    [
        ("a02_osaka_ikuno_kodomo.csv", "いくのみんな食堂実行委員会", "https://ikuno-minna.example.jp/"),
        ("a02_osaka_ikuno_kodomo.csv", "NPO法人つるはしネット", "http://www.tsuruhashi-net.example.org"),
        ("a06_sendai_aoba_kosodate.csv", "NPO法人あおば子育てネット", "https://aobakko.example.jp"),
        # Written without its scheme: linked as https.
        ("a06_sendai_aoba_kosodate.csv", "NPO法人きまち", "https://www.kimachi.example.jp"),
        ("a10_joetsu_shakyo_groups.xlsx", "上越点字の会", "http://joetsu-tenji.example.org/"),
        ("a11_kagoshima_events.csv", "鹿児島市男女共同参画推進課",
         "https://www.city.kagoshima.example.jp/ryori"),
        ("a12_koshigaya_facilities.csv", "越谷市社会福祉協議会",
         "https://www.koshigaya-shakyo.example.jp/keyaki"),
    ],
)  # fmt: skip
def test_a_homepage_column_becomes_the_new_organizations_website(
    db_session: Session, geocoder: OfflineGeocoder, file: str, organization: str, website: str
) -> None:
    judged = next(j for j in JUDGED if j.file == file)
    plan = _plan(db_session, geocoder, judged)
    assert plan.websites[organization] == website
    rows = [r for r in plan.rows if r.organization == organization and r.data is not None]
    assert all("ホームページ" not in r.data.description for r in rows if r.data is not None)


def test_a_homepage_the_organizations_profile_does_not_say_is_kept_in_the_description(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(
        db_session,
        csv_bytes(
            "団体名,サロン名,会場,ホームページ,備考",
            "社会福祉法人 土浦市社会福祉協議会,桜町サロン,桜町会館,https://sakura.example.jp/salon,",
            "社会福祉法人 土浦市社会福祉協議会,真鍋サロン,真鍋会館,なし,",
        ),
        geocoder,
        categories=("salon",),
    )
    sakura, manabe = (r.data for r in plan.rows)
    assert sakura is not None
    assert manabe is not None
    assert "ホームページ: https://sakura.example.jp/salon" in sakura.description.splitlines()
    assert "ホームページ" not in manabe.description  # 「なし」 is no address
    # The 社協 is in the directory with its own website: an import does not change its profile.
    assert plan.websites == {}


def test_a_paused_row_is_saved_with_its_intake_paused_and_an_ended_row_is_not_saved(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    judged = next(j for j in JUDGED if j.file.startswith("a03"))
    plan = _plan(db_session, geocoder, judged)
    result = interop.apply_plan(db_session, plan, actor=LOADER, now=NOW)
    saved = {
        listing.name: listing
        for listing in db_session.scalars(select(Listing).where(Listing.id.in_(result.created)))
    }
    assert set(saved) == judged.live | judged.paused  # 草ケ江サロン, 平尾サロン not saved
    paused = saved["赤坂いきいきサロン"]
    assert (paused.intake_status, paused.intake_status_on) == (IntakeStatus.PAUSED, NOW.date())
    assert paused.status is ListingStatus.PUBLISHED  # it exists; matching does not suggest it
    assert "状況: 休止中" in paused.description.splitlines()
    assert saved["舞鶴ふれあいサロン"].intake_status is None  # 「活動中」 says nothing new
    assert "状況" not in saved["舞鶴ふれあいサロン"].description


def test_an_ended_row_the_coordinator_keeps_is_saved_under_its_name(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    judged = next(j for j in JUDGED if j.file.startswith("a02"))
    plan = _plan(db_session, geocoder, judged)
    ended = next(r for r in plan.rows if r.ended)
    assert ended.choices == (Action.CREATE, Action.SKIP)
    plan = plan.decide({ended.key: Action.CREATE})
    result = interop.apply_plan(db_session, plan, actor=LOADER, now=NOW)
    names = set(db_session.scalars(select(Listing.name).where(Listing.id.in_(result.created))))
    assert "なかがわ子ども食堂" in names  # without 「（廃止）」


def test_the_homepage_is_saved_as_the_new_organizations_website(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    judged = next(j for j in JUDGED if j.file.startswith("a06"))
    interop.apply_plan(db_session, _plan(db_session, geocoder, judged), actor=LOADER, now=NOW)
    websites = dict(
        db_session.execute(
            select(Organization.name, Organization.website).where(
                Organization.name.in_(["NPO法人あおば子育てネット", "北山地区社会福祉協議会"])
            )
        ).all()
    )
    assert websites == {
        "NPO法人あおば子育てネット": "https://aobakko.example.jp",
        "北山地区社会福祉協議会": "",
    }


@pytest.mark.parametrize(
    ("file", "name", "line"),
    [
        ("a02_osaka_ikuno_kodomo.csv", "たつみ子ども食堂", "状況: 休止中"),
        ("a09_miyoshi_kayoinoba_tworows.xlsx", "酒屋サロン", "状況: 休止中"),
    ],
)
def test_a_status_read_out_of_a_name_is_still_said_in_the_description(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, line: str
) -> None:
    judged = next(j for j in JUDGED if j.file == file)
    data = _row(_plan(db_session, geocoder, judged), name).data
    assert data is not None
    assert line in data.description.splitlines(), data.description


def _judged_g(file: str) -> Judged:
    batches = JUDGED_LAYOUT_POSTPONED_STATUS + JUDGED_LAYOUT_POSTPONED_STATUS_HELD_OUT
    return next(j for j in batches if j.file == file)


@pytest.mark.parametrize(("file", "name", "schedule"), JUDGED_G_SCHEDULES + JUDGED_H_SCHEDULES)
def test_a_long_meeting_of_a_list_with_a_name_column_is_no_facilitys_hours(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, schedule: str
) -> None:
    plan = _plan(db_session, geocoder, _judged_g(file))
    assert plan.mapping.layout is None or plan.mapping.layout.key != "facilities"
    data = _row(plan, name).data
    assert data is not None
    assert data.schedule_text == schedule


@pytest.mark.parametrize(("file", "name", "dates"), JUDGED_G_DATES + JUDGED_H_DATES)
def test_an_event_postponed_to_a_date_meets_on_that_date(
    db_session: Session,
    geocoder: OfflineGeocoder,
    file: str,
    name: str,
    dates: tuple[str, ...],
) -> None:
    data = _row(_plan(db_session, geocoder, _judged_g(file)), name).data
    assert data is not None
    spec = parse_schedule(data.schedule_text, today=READ_ON)
    found = sorted(d.isoformat() for r in spec.rules if r.kind is RuleKind.DATES for d in r.dates)
    assert (tuple(found), spec.needs_review) == (dates, False), data.schedule_text


@pytest.mark.parametrize(("file", "name", "line"), JUDGED_G_LINES + JUDGED_H_LINES)
def test_a_status_word_of_the_list_is_said_as_what_it_means(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, line: str
) -> None:
    data = _row(_plan(db_session, geocoder, _judged_g(file)), name).data
    assert data is not None
    assert line in data.description.splitlines(), data.description


@pytest.mark.parametrize("name", JUDGED_H_HOURS)
def test_a_list_of_facilities_keeps_its_hours_apart_from_meetings(
    db_session: Session, geocoder: OfflineGeocoder, name: str
) -> None:
    plan = _plan(db_session, geocoder, _judged_g("h03_tosu_facilities_sjis.csv"))
    assert plan.mapping.layout is not None
    assert plan.mapping.layout.key == "facilities"
    data = _row(plan, name).data
    assert data is not None
    assert data.schedule_text.startswith("利用時間："), data.schedule_text


# A ninth batch, written and judged before the importer ran on it, from prefectures no batch had:
# a 横手市 社協's サロン list in xlsx with its 地区 as heading rows between the activities and one
# month's meeting moved in 備考; a 桐生市 台帳 system's CSV (CP932, every cell quoted, names
# padded with 全角 spaces, ＊ notes, 活動区分 naming the category, 登録抹消); a 甲府市 イベント一覧
# with 中止, 延期 to a date written 「R9.1.16」, 満員 and 受付終了; a 西宮市 list of 子育てひろば
# and 親子教室 with a 受付状況 column (満員, 受付終了, 休止中, 新規受付停止).
# An event that is full still takes place: live, its words said (as batches c and f judged it);
# a group that takes no one new is paused (受入状況 休止中). Since batch k, full is read too: still
# imported, with 受入状況 要相談 (``full``; taken out of ``live`` here and in c, e, f and j).
# First run (after 施設分類, 備考's schedule changes and 「R8.12.13」 were read): 21 of 33 rows as
# judged, 8 in part, 4 wrong (and every 桐生 row's address lost, seen after: see below). 桐生: 摘要 was an unknown column (its ＊ notes lost: two meetings
# moved, 「１２月は休み」), 「登録抹消」 live, 「出力件数：８件」 refused as a row; 西宮: 受付状況 was
# an unknown column (休止中, 新規受付停止 and 終了 not read, 満員 and 受付終了 not said); 横手:
# 「※1月は第3月曜日に変更（成人の日のため）」 kept in the schedule and flagged (the parser's, left
# to it). Now 32 of 33.
JUDGED_REMARKS_KINDS_FULL = (
    _judged(
        "i01_yokote_salon_by_district.xlsx", 9, 9,
        {"前郷いきいきサロン", "城南ふれあいサロン", "朝倉サロン「ひだまり」", "浅舞すこやかサロン",
         "醍醐サロン", "沼館ふれあい会"},
        {"増田まんさくサロン", "雄物川いきいきクラブ"},
        {"亀田お茶っこ会"},
        organization="横手市社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "i02_kiryu_daicho_cp932.csv", 8, 8,
        {"本町一丁目　いきいきサロン", "新宿　ふれあい食堂", "境野　元気体操クラブ",
         "梅田　ふるさとサロン", "川内　子ども食堂"},
        {"相生　オレンジカフェ"},
        {"菱町　お茶のみサロン", "広沢　いきいきサロン"},
        organization="桐生市社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "i03_kofu_events.csv", 9, 9,
        {"介護予防体操講座（全3回）", "甲府駅周辺ウォーキング", "年末防災講座", "新春書き初め教室"},
        {"ボランティア入門講座"},
        {"ふれあい歳末餅つき大会"},
        # 「定員に達したため受付を締め切りました」「受付終了」「満員御礼（キャンセル待ちを…）」
        full={"親子クリスマスコンサート", "認知症サポーター養成講座", "子ども将棋教室"},
        categories=("kenko",),
    ),
    _judged(
        "i04_nishinomiya_kosodate.xlsx", 7, 7,
        {"甲子園ひろば", "瓦木親子サロン"},
        {"北口にこにこひろば"},
        {"山口ちびっこ広場"},
        # 受付状況 「満員」「受付終了」, and 「定員に達したため新規の受付を停止しています」: stopped
        # because full, full (import14; judged paused before)
        full={"ベビーマッサージ教室", "離乳食講座", "双子・三つ子の会"},
        organization="西宮市子育て総合センター", categories=("kosodate",),
    ),
)  # fmt: skip
# The next two meetings from 2026-12-07, as the list says them (a month's meeting moved or off).
JUDGED_I_NEXT = (
    ("i01_yokote_salon_by_district.xlsx", "城南ふれあいサロン", ("2026-12-26", "2027-01-16")),
    # 「※1月は第3月曜日に変更（成人の日のため）」: the reason after the change is a reason
    ("i01_yokote_salon_by_district.xlsx", "醍醐サロン", ("2026-12-14", "2027-01-18")),
    ("i01_yokote_salon_by_district.xlsx", "沼館ふれあい会", ("2027-01-17", "2027-02-21")),
    ("i02_kiryu_daicho_cp932.csv", "本町一丁目　いきいきサロン", ("2027-01-14", "2027-02-04")),
    ("i02_kiryu_daicho_cp932.csv", "梅田　ふるさとサロン", ("2027-01-24", "2027-02-28")),
    ("i02_kiryu_daicho_cp932.csv", "川内　子ども食堂", ("2026-12-13", "2027-01-03")),
    ("i04_nishinomiya_kosodate.xlsx", "瓦木親子サロン", ("2027-01-08", "2027-02-05")),
)
JUDGED_I_DATES = (
    ("i03_kofu_events.csv", "甲府駅周辺ウォーキング", ("2027-01-16",)),  # R9.1.16（土）に延期
    ("i03_kofu_events.csv", "年末防災講座", ("2026-12-13",)),  # 令和8年12月13日（日）に延期
    (
        "i03_kofu_events.csv",
        "介護予防体操講座（全3回）",
        ("2027-01-12", "2027-01-19", "2027-01-26"),
    ),
)
JUDGED_I_CATEGORIES = (  # the 台帳's 活動区分, where the vocabulary has it
    ("i02_kiryu_daicho_cp932.csv", "本町一丁目　いきいきサロン", ("salon",)),
    ("i02_kiryu_daicho_cp932.csv", "新宿　ふれあい食堂", ("kodomo_shokudo",)),
    ("i02_kiryu_daicho_cp932.csv", "相生　オレンジカフェ", ("ninchisho_cafe",)),
    ("i02_kiryu_daicho_cp932.csv", "境野　元気体操クラブ", ("kayoinoba",)),
)
JUDGED_I_SAID = (  # words a resident should still read
    ("i01_yokote_salon_by_district.xlsx", "前郷いきいきサロン", "横手地区"),
    ("i03_kofu_events.csv", "親子クリスマスコンサート", "定員に達したため受付を締め切りました"),
    ("i03_kofu_events.csv", "子ども将棋教室", "満員御礼"),
    ("i04_nishinomiya_kosodate.xlsx", "ベビーマッサージ教室", "満員"),
    ("i04_nishinomiya_kosodate.xlsx", "離乳食講座", "受付終了"),
)


def _judged_i(file: str) -> Judged:
    return next(j for j in JUDGED_REMARKS_KINDS_FULL if j.file == file)


@pytest.mark.parametrize(("file", "name", "days"), JUDGED_I_NEXT)
def test_a_months_meeting_moved_in_the_lists_notes_is_met_on_that_day(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, days: tuple[str, ...]
) -> None:
    data = _row(_plan(db_session, geocoder, _judged_i(file)), name).data
    assert data is not None
    spec = parse_schedule(data.schedule_text, today=READ_ON)
    found = tuple(o.day.isoformat() for o in next_occurrences(spec, date(2026, 12, 7), 2))
    assert (found, spec.needs_review) == (days, False), data.schedule_text


@pytest.mark.parametrize(("file", "name", "dates"), JUDGED_I_DATES)
def test_an_event_of_batch_i_meets_on_its_dates(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, dates: tuple[str, ...]
) -> None:
    data = _row(_plan(db_session, geocoder, _judged_i(file)), name).data
    assert data is not None
    spec = parse_schedule(data.schedule_text, today=READ_ON)
    found = sorted(d.isoformat() for r in spec.rules if r.kind is RuleKind.DATES for d in r.dates)
    assert (tuple(found), spec.needs_review) == (dates, False), data.schedule_text


@pytest.mark.parametrize(("file", "name", "categories"), JUDGED_I_CATEGORIES)
def test_a_kind_column_naming_a_category_is_the_rows_category(
    db_session: Session,
    geocoder: OfflineGeocoder,
    file: str,
    name: str,
    categories: tuple[str, ...],
) -> None:
    data = _row(_plan(db_session, geocoder, _judged_i(file)), name).data
    assert data is not None
    assert data.categories == categories


@pytest.mark.parametrize(("file", "name", "words"), JUDGED_I_SAID)
def test_what_batch_i_says_of_a_row_is_still_said(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, words: str
) -> None:
    data = _row(_plan(db_session, geocoder, _judged_i(file)), name).data
    assert data is not None
    assert words in data.description, data.description


# Seen in batch i's first run, beyond what was judged: a 台帳's 活動場所 「本町一丁目集会所」 was
# read as the address (its 所在地 column then passed over), its 団体名称カナ unread, and a 会費 of
# 「100円」 no amount matching could compare.
@pytest.mark.parametrize(
    ("file", "name", "place", "address", "kana", "yen"),
    [
        (
            "i02_kiryu_daicho_cp932.csv",
            "本町一丁目　いきいきサロン",
            "本町一丁目集会所",
            "群馬県桐生市本町一丁目5-12",
            "ホンチョウイッチョウメ　イキイキサロン",
            None,
        ),
        ("i01_yokote_salon_by_district.xlsx", "前郷いきいきサロン", "前郷会館", None, "", 100),
        (
            "i01_yokote_salon_by_district.xlsx",
            "城南ふれあいサロン",
            "城南地区交流センター",
            None,
            "",
            0,
        ),
    ],
)
def test_a_place_named_after_its_town_its_names_reading_and_a_fee_are_read(
    db_session: Session,
    geocoder: OfflineGeocoder,
    file: str,
    name: str,
    place: str,
    address: str | None,
    kana: str,
    yen: int | None,
) -> None:
    data = _row(_plan(db_session, geocoder, _judged_i(file)), name).data
    assert data is not None
    assert (data.place_name, data.kana, data.cost_yen) == (place, kana, yen)
    if address:
        assert data.address == address


# Held out from batch i's fixes: written and judged after them, run once as they were. A 別府市
# 通いの場一覧 with its 地区 merged down the rows; a 高松市 子ども食堂一覧 in CP932 with ＊ notes (a
# month's meeting moved, 12月 off) and 満員 beside 「新規の登録は受け付けていません」; a 横須賀市
# 社協's 行事予定 with Excel dates and a 状況 column (満員, 中止, 「延期（R9.1.23（土））」, 受付終了).
# First run: every row live, paused or ended as judged (19 of 19), but 10 of 19 rows exact in
# all, 4 in part, 5 wrong. 横須賀: a 曜日 column 「土」 beside each one date made every event meet
# every 土曜日 too (5 rows; so 「延期（R9.1.23（土））」 was not read either: no event). 別府 and
# 高松: 「休止していましたが、令和5年4月から再開しました」 and 「改修のため令和9年3月まで休止」 in
# 備考 went to the schedule, flagged; 「8月はお盆休み」 on a 第2・第4木曜日 rule and 「12月は25日（金）
# まで、1月は8日（金）から」 are kept in the schedule and flagged (the parser's, left to it).
# Fixed after the run: the 曜日 of a one-date row is that date's, and a remark of a pause stays
# in the description. Now 17 of 19 exact, 2 kept and flagged.
JUDGED_REMARKS_KINDS_FULL_HELD_OUT = (
    _judged(
        "j01_beppu_kayoinoba.xlsx", 7, 7,
        {"亀川いきいき百歳体操", "上人ケ浜ふれあいサロン", "鉄輪湯けむり体操クラブ", "石垣ころばん体操"},
        {"朝見お茶のみ会", "石垣西サロン「ゆうゆう」"},
        {"浜脇ふれあい教室"},
        organization="別府市高齢者福祉課", categories=("kayoinoba",),
    ),
    _judged(
        "j02_takamatsu_kodomo_cp932.csv", 6, 6,
        {"みんなの食堂　ぽかぽか", "仏生山こども食堂", "太田わいわい食堂"},
        {"こども食堂　にこにこ", "おひさま食堂"},
        {"香西みんなの食卓"},
        categories=("kodomo_shokudo",),
    ),
    _judged(
        "j03_yokosuka_events.xlsx", 6, 6,
        {"シニアのための防犯講座", "介護者のつどい"},
        {"冬の健康ウォーキング"},
        {"歳末たすけあい街頭募金"},
        full={"親子でクリスマスリース作り", "傾聴ボランティア講座"},  # 「満員」「…受付終了」
        organization="横須賀市社会福祉協議会", categories=("kenko",),
    ),
)  # fmt: skip
JUDGED_J_NEXT = (
    ("j02_takamatsu_kodomo_cp932.csv", "みんなの食堂　ぽかぽか", ("2026-12-12", "2027-01-16")),
    ("j02_takamatsu_kodomo_cp932.csv", "仏生山こども食堂", ("2027-01-24", "2027-02-28")),
    ("j02_takamatsu_kodomo_cp932.csv", "太田わいわい食堂", ("2026-12-19", "2027-01-02")),
    ("j03_yokosuka_events.xlsx", "シニアのための防犯講座", ("2027-01-23",)),
    ("j03_yokosuka_events.xlsx", "介護者のつどい", ("2027-01-16",)),
)
JUDGED_J_SAID = (
    ("j01_beppu_kayoinoba.xlsx", "亀川いきいき百歳体操", "亀川"),  # its 地区, merged down
    ("j01_beppu_kayoinoba.xlsx", "上人ケ浜ふれあいサロン", "亀川"),
    ("j03_yokosuka_events.xlsx", "親子でクリスマスリース作り", "満員"),
    ("j03_yokosuka_events.xlsx", "傾聴ボランティア講座", "定員に達したため受付終了"),
)


def _judged_j(file: str) -> Judged:
    return next(j for j in JUDGED_REMARKS_KINDS_FULL_HELD_OUT if j.file == file)


@pytest.mark.parametrize(("file", "name", "days"), JUDGED_J_NEXT)
def test_batch_j_meets_on_the_days_the_list_says(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, days: tuple[str, ...]
) -> None:
    data = _row(_plan(db_session, geocoder, _judged_j(file)), name).data
    assert data is not None
    spec = parse_schedule(data.schedule_text, today=READ_ON)
    found = tuple(o.day.isoformat() for o in next_occurrences(spec, date(2026, 12, 7), len(days)))
    assert (found, spec.needs_review) == (days, False), data.schedule_text


@pytest.mark.parametrize(("file", "name", "words"), JUDGED_J_SAID)
def test_what_batch_j_says_of_a_row_is_still_said(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, words: str
) -> None:
    data = _row(_plan(db_session, geocoder, _judged_j(file)), name).data
    assert data is not None
    assert words in data.description, data.description


@pytest.mark.parametrize(
    ("file", "name", "schedule", "said"),
    [
        # A pause that is over, in 備考: the 状況's, not the schedule's.
        (
            "j01_beppu_kayoinoba.xlsx",
            "鉄輪湯けむり体操クラブ",
            "毎週水曜日 9:30～10:30",
            "新型コロナの影響で休止していましたが、令和5年4月から再開しました",
        ),
        (
            "j02_takamatsu_kodomo_cp932.csv",
            "おひさま食堂",
            "毎週金曜日 17:30～19:00",
            "令和９年３月まで休止",
        ),
        # 曜日「土」 beside 開催日 2026-12-12: the date's weekday.
        (
            "j03_yokosuka_events.xlsx",
            "親子でクリスマスリース作り",
            "2026年12月12日(土) 10:00～11:30",
            "満員",
        ),
    ],
)
def test_a_remark_of_a_pause_and_a_dates_weekday_are_no_schedule_of_their_own(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, schedule: str, said: str
) -> None:
    data = _row(_plan(db_session, geocoder, _judged_j(file)), name).data
    assert data is not None
    assert (data.schedule_text, said in data.description) == (schedule, True)


# Seen in batches i and j: 対象 in a list's words for the children it is for, and for carers.
@pytest.mark.parametrize(
    ("file", "name", "targets"),
    [
        ("i04_nishinomiya_kosodate.xlsx", "甲子園ひろば", ("children", "parents")),  # 0～3歳の親子
        (
            "i04_nishinomiya_kosodate.xlsx",
            "瓦木親子サロン",
            ("children", "parents"),
        ),  # 乳幼児と保護者
        ("i04_nishinomiya_kosodate.xlsx", "離乳食講座", ("parents",)),  # 5～8か月児の保護者
        ("j03_yokosuka_events.xlsx", "介護者のつどい", ("carers",)),  # 介護をしている家族
    ],
)
def test_whom_a_list_says_an_activity_is_for_is_its_target(
    db_session: Session, geocoder: OfflineGeocoder, file: str, name: str, targets: tuple[str, ...]
) -> None:
    judged = _judged_i(file) if file.startswith("i") else _judged_j(file)
    data = _row(_plan(db_session, geocoder, judged), name).data
    assert data is not None
    assert data.targets == targets


# Written and judged before the importer read 満員 (import11): a 水戸市 list of 子育て教室 with a
# 受付状況 column of the words and marks such lists use (満員, 受付終了, ×満, ×, 募集停止, 空きあり,
# 残りわずか) and 備考 that only look alike (「受付終了後に片付け」「満員の場合はお断りすることが
# あります」「14時受付終了」). Full is imported with 受入状況 要相談; 募集停止 and 休止中 paused.
JUDGED_K = _judged(
    "k01_mito_kosodate_classes.csv", 9, 9,
    {"親子リトミック", "パパと遊ぼう", "ママ体操"},
    {"子育てサロンひだまり", "双子の会"},
    full={"ベビーヨガ教室", "離乳食教室", "えほんの会", "手作りおもちゃ教室"},
    categories=("kosodate",),
)  # fmt: skip


# Every judged batch, each written and judged before the code that now reads it as judged:
# a (JUDGED), b (JUDGED_HELD_OUT), c to f (struck text, cancellations, former names), then g
# (名称 lists that are no 公共施設一覧, postponed events, 状況 words) and its held-out h, i
# (備考's kinds, 満員 said) and its held-out j, which had a copy of this test each, and k (満員
# read as 受入状況 要相談).
EVERY_BATCH = (
    *JUDGED,
    *JUDGED_HELD_OUT,
    *JUDGED_STRUCK_CANCELLED_FORMER,
    *JUDGED_STRUCK_CANCELLED_FORMER_HELD_OUT,
    *JUDGED_STRUCK_CANCELLED_FORMER_HELD_OUT_AGAIN,
    *JUDGED_STRUCK_CANCELLED_FORMER_LAST,
    *JUDGED_LAYOUT_POSTPONED_STATUS,
    *JUDGED_LAYOUT_POSTPONED_STATUS_HELD_OUT,
    *JUDGED_REMARKS_KINDS_FULL,
    *JUDGED_REMARKS_KINDS_FULL_HELD_OUT,
    JUDGED_K,
)


@pytest.mark.parametrize("judged", EVERY_BATCH, ids=lambda j: j.file.split("_", 1)[0])
def test_each_list_comes_in_as_a_coordinator_expects(
    db_session: Session, geocoder: OfflineGeocoder, judged: Judged
) -> None:
    _assert_as_judged(_plan(db_session, geocoder, judged), judged)


def test_a_full_row_is_saved_as_to_be_asked_and_matching_does_not_offer_it_as_open(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = _plan(db_session, geocoder, JUDGED_K)
    preview = {_name(r): [w.message for w in r.warnings] for r in plan.rows}
    assert (
        "「満員」とあるため、受入状況を「要相談」にして登録します" in preview["ベビーヨガ教室"][0]
    )
    assert "「×（満員）」とあるため" in preview["手作りおもちゃ教室"][0]  # ×, in 受付状況
    result = interop.apply_plan(db_session, plan, actor=LOADER, now=NOW)
    saved = {
        listing.name: listing
        for listing in db_session.scalars(select(Listing).where(Listing.id.in_(result.created)))
    }
    full = saved["ベビーヨガ教室"]
    assert (full.intake_status, full.intake_status_on) == (IntakeStatus.CONSULT, NOW.date())
    assert "状況: 満員" in full.description.splitlines()  # the words, where residents read
    assert "状況: 満員" in saved["手作りおもちゃ教室"].description.splitlines()
    # 空きあり: 受け入れ可 as of the import (import14: what the list says of its intake is kept)
    room = saved["パパと遊ぼう"]
    assert (room.intake_status, room.intake_status_on) == (IntakeStatus.OPEN, NOW.date())
    for listing in saved.values():  # as a coordinator marks the places that take referrals
        listing.accepts_referrals = True
    db_session.flush()
    table = ListingTable(load_profiles(db_session, result.created))
    found = suggest(
        table,
        TermIndex(table, SearchTerms()),
        NeedData(title="子育て", categories=("kosodate",)),
        origin=None,
        distance=geodesic_km,
        today=NOW.date(),
    )
    offered = {s.listing.name: s for s in found.items}
    assert not offered["ベビーヨガ教室"].intake_open
    assert any(m.startswith("受入状況: 要相談") for m in offered["ベビーヨガ教室"].misfits)
    assert "子育てサロンひだまり" not in offered  # 募集停止: paused, not suggested


# Judged before the importer read them (import11): 満員 said in a 定員 or 申込方法 column, as
# 教室 lists write it. A 定員 cell with words beside its number keeps the number. First run 3 of
# 11 (the five 定員 cells with words refused the row as 「数として読めません」).
@pytest.mark.parametrize(
    ("capacity", "reservation", "seats", "intake"),
    [
        ("10組（満員）", "電話で申込", 10, IntakeStatus.CONSULT),
        ("20名(残りわずか)", "", 20, IntakeStatus.OPEN),  # room (import14)
        ("15名 ※満員", "", 15, IntakeStatus.CONSULT),
        ("30人（定員に達しました）", "", 30, IntakeStatus.CONSULT),
        ("12名（空きあり）", "", 12, IntakeStatus.OPEN),
        ("15組", "受付終了しました", 15, IntakeStatus.CONSULT),
        ("15組", "要予約（定員になり次第締切）", 15, None),
        ("20名", "電話で申込（現在キャンセル待ち）", 20, IntakeStatus.CONSULT),
        ("", "申込不要・当日直接会場へ", None, None),
        # Stopped because it is full: full, not a pause (import14; PAUSED before)
        ("10名", "満員のため受付停止中", 10, IntakeStatus.CONSULT),
        ("8名", "電話での予約受付は行っていません（当日先着順）", 8, None),
    ],
)
def test_full_said_in_the_capacity_or_how_to_apply_is_read_and_the_number_kept(
    db_session: Session,
    geocoder: OfflineGeocoder,
    capacity: str,
    reservation: str,
    seats: int | None,
    intake: IntakeStatus | None,
) -> None:
    data = csv_bytes(
        "教室名,開催日時,会場,所在地,定員,申込方法,問い合わせ先",
        f"ベビーヨガ,毎月第2火曜日 10:00～11:00,見和会館,水戸市見和1-3-2,{capacity},{reservation},"
        "029-224-0001",
    )
    plan = plan_bytes(db_session, data, geocoder, organization="水戸市", categories=("kosodate",))
    [row] = plan.rows
    assert row.data is not None, [str(p) for p in row.problems]
    assert (row.data.capacity, row.intake) == (seats, intake)
    if capacity and not re.fullmatch(r"[0-9]+(?:名|人)", capacity):  # words: said
        assert capacity in row.data.description, row.data.description


# Batch l (import12), written and judged before the importer ran on it: 北海道釧路市's 通いの場 (a
# title naming the city, a header merged over two rows, 小計 and notes under it), 青森県弘前市's
# サロン on a sheet per 地区 (小計 rows 「小計 … 3サロン」), 千葉市's こども食堂 in CP932 (wards
# only: 「中央区千葉港」「稲毛区穴川一丁目2番3号」), 沖縄市's 居場所 (UTF-8 with BOM, 問合せ first),
# 松山市's 認知症カフェ (a line 「※令和6年度は休止」 under its row) and 長野市's volunteer activities
# (募集人数 「10名（募集終了）」). Phones in their own ways (「0154(37)0022」「ＴＥＬ０４３…」
# 「41-0033」 without its 市外局番). First run: 9 of 33 rows right, 22 wrong, 2 flagged, and 3
# 小計 rows imported as activities.
# After the fixes: 32 right; the one left is a name kept with its 全角 space (below). Held-out m
# (data/municipal/README.md), run once after them: 7 of 12 right, 4 wrong, 1 flagged.
# Names are kept as written, 全角 space and all (「鳥取南　いきいき百歳体操」), as batch i judged
# them; batch l had judged it 「鳥取南 いきいき百歳体操」.
JUDGED_L = (
    _judged(
        "l01_kushiro_kayoinoba.xlsx", 6, 6,
        {"鳥取南　いきいき百歳体操", "愛国ふまねっとクラブ", "春採 お茶っこサロン",
         "昭和中央ころばん体操", "桜ケ岡サロン"},
        {"星が浦すこやかクラブ"},
        organization="釧路市地域包括支援センター", categories=("kayoinoba",),
    ),
    _judged(
        "l02_hirosaki_salon_by_district.xlsx", 7, 7,
        {"ふれあいサロン和徳", "品川町お茶のみ会", "樹木サロン", "賀田すこやかサロン",
         "百沢 茶っこの会"},
        {"城東いきいきサロン"},
        {"浜の町ふれあい会"},
        organization="弘前市社会福祉協議会", categories=("salon",),
    ),
    _judged(
        "l03_chiba_kodomo_cp932.csv", 7, 6,
        {"ちば港みんな食堂", "あなかわ子ども食堂", "まくはりキッチン", "わかば食堂"},
        set(),
        {"みはまキッチン"},
        full={"みどりのこども食堂"},
        categories=("kodomo_shokudo",),
    ),
    _judged(
        "l04_okinawa_ibasho_bom.csv", 5, 5,
        {"胡屋ゆんたく処", "泡瀬ゆいまーる広場", "諸見里ふれあいの居場所"},
        {"登川ちゅらさん家"},
        {"美里みんなの居場所"},
        organization="沖縄市社会福祉協議会", categories=("ibasho",),
    ),
    _judged(
        "l05_matsuyama_orange_cafe.xlsx", 5, 4,
        {"オレンジカフェ道後", "ほっとカフェ久米", "ひだまりカフェ余戸"},
        {"カフェ・みなみ"},
        categories=("ninchisho_cafe",),
    ),
    _judged(
        "l06_nagano_volunteer.csv", 5, 5,
        {"傾聴ボランティア「こころ」", "篠ノ井 配食ボランティア", "川中島 花いっぱい活動",
         "朗読ボランティア「やまびこ」"},
        full={"てらこや学習支援"},
        categories=("volunteer",),
    ),
)  # fmt: skip


def _judged_l(file: str, **options: object) -> Judged:
    return _judged(file, 0, 0, set(), **options)


JUDGED_L_CITY = {
    "l01": "北海道釧路市",
    "l02": "青森県弘前市",
    "l03": "千葉県千葉市",
    "l04": "沖縄県沖縄市",
    "l05": "愛媛県松山市",
    "l06": "長野県長野市",
}


@pytest.mark.parametrize("judged", JUDGED_L, ids=lambda j: j.file.split("_", 1)[0])
def test_every_address_of_batch_l_is_in_its_lists_city_and_every_phone_is_whole(
    db_session: Session, geocoder: OfflineGeocoder, judged: Judged
) -> None:
    city = JUDGED_L_CITY[judged.file[:3]]
    for row in _plan(db_session, geocoder, judged).rows:
        assert row.data is not None
        assert row.data.address.startswith(city), (row.data.name, row.data.address)
        assert contacts.phone_key(row.data.contact_phone), (row.data.name, row.data.contact_phone)


@pytest.mark.parametrize("judged", JUDGED_L, ids=lambda j: j.file.split("_", 1)[0])
def test_batch_l_comes_in_as_a_coordinator_expects(
    db_session: Session, geocoder: OfflineGeocoder, judged: Judged
) -> None:
    _assert_as_judged(_plan(db_session, geocoder, judged), judged)


@pytest.mark.parametrize(
    ("file", "options", "name", "address"),
    [
        # The city only in the title row: 「令和6年度　釧路市 通いの場一覧」.
        (
            "l01_kushiro_kayoinoba.xlsx",
            {"organization": "釧路市地域包括支援センター", "categories": ("kayoinoba",)},
            "愛国ふまねっとクラブ",
            "北海道釧路市愛国東2丁目3-4",
        ),
        (
            "l02_hirosaki_salon_by_district.xlsx",
            {"organization": "弘前市社会福祉協議会", "categories": ("salon",)},
            "樹木サロン",
            "青森県弘前市樹木三丁目2-4",
        ),
        # Wards alone, of the one 政令指定都市 that has them all: not 東京都中央区 for every row.
        (
            "l03_chiba_kodomo_cp932.csv",
            {"categories": ("kodomo_shokudo",)},
            "ちば港みんな食堂",
            "千葉県千葉市中央区千葉港2-1",
        ),
        (
            "l03_chiba_kodomo_cp932.csv",
            {"categories": ("kodomo_shokudo",)},
            "あなかわ子ども食堂",
            "千葉県千葉市稲毛区穴川一丁目2番3号",
        ),
    ],
)
def test_a_city_said_only_in_the_title_or_by_its_wards_completes_the_addresses(
    db_session: Session,
    geocoder: OfflineGeocoder,
    file: str,
    options: dict[str, object],
    name: str,
    address: str,
) -> None:
    data = _row(_plan(db_session, geocoder, _judged_l(file, **options)), name).data
    assert data is not None
    assert data.address == address


def test_a_subtotal_counted_in_the_lists_own_word_is_no_activity(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = _plan(
        db_session,
        geocoder,
        _judged_l(
            "l02_hirosaki_salon_by_district.xlsx",
            organization="弘前市社会福祉協議会",
            categories=("salon",),
        ),
    )
    assert "小計" not in {_name(r) for r in plan.rows}
    assert "シート「東地区」8行目は合計の行として読み込みません（「小計 3サロン」）" in plan.notes


def test_a_phone_written_without_its_area_code_gets_the_lists_own_and_says_so(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    judged = _judged_l(
        "l01_kushiro_kayoinoba.xlsx",
        organization="釧路市地域包括支援センター",
        categories=("kayoinoba",),
    )
    row = _row(_plan(db_session, geocoder, judged), "春採 お茶っこサロン")
    assert row.data is not None
    assert row.data.contact_phone == "0154-41-0033"  # the list's other numbers are 0154's
    assert any("市外局番「0154」を補いました" in w.message for w in row.warnings)
    # A list whose numbers say no 市外局番: kept as written, and the preview says what is missing.
    plan = plan_bytes(
        db_session,
        csv_bytes("サロン名,会場,開催日,電話番号", "春採サロン,春採会館,毎週月曜日,41-0033"),
        geocoder,
        organization="釧路市社会福祉協議会",
        categories=("salon",),
    )
    [alone] = plan.rows
    assert alone.data is not None
    assert alone.data.contact_phone == "41-0033"
    assert any("市外局番がありません" in w.message for w in alone.warnings)


def test_a_remark_on_a_line_of_its_own_under_a_cell_is_that_rows(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    cafe = _plan(
        db_session,
        geocoder,
        _judged_l("l05_matsuyama_orange_cafe.xlsx", categories=("ninchisho_cafe",)),
    )
    row = _row(cafe, "カフェ・みなみ")  # 「※令和6年度は休止」 under its 開催日
    assert row.intake is IntakeStatus.PAUSED
    assert len(cafe.rows) == 4
    assert not cafe.rejected
    assert "10行目は9行目「カフェ・みなみ」の「開催日」の続きとして読みました" in "".join(
        cafe.notes
    )
    kodomo = _plan(
        db_session,
        geocoder,
        _judged_l("l03_chiba_kodomo_cp932.csv", categories=("kodomo_shokudo",)),
    )
    data = _row(kodomo, "ちば港みんな食堂").data  # 「（8月は休み）」: no heading of the table
    assert data is not None
    assert "8月は休み" in data.schedule_text
    assert not kodomo.rejected


def test_a_pause_under_the_days_a_place_under_its_group_and_a_volunteers_wanted_are_read(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    kushiro = _plan(
        db_session,
        geocoder,
        _judged_l(
            "l01_kushiro_kayoinoba.xlsx",
            organization="釧路市地域包括支援センター",
            categories=("kayoinoba",),
        ),
    )
    assert kushiro.mapping.unknown_headers == ()  # 「活動場所」 over 「会場名」
    assert (
        _row(kushiro, "星が浦すこやかクラブ").intake is IntakeStatus.PAUSED
    )  # 曜日「…（休止中）」
    aikoku = _row(kushiro, "愛国ふまねっとクラブ").data
    assert aikoku is not None
    assert aikoku.place_name == "愛国東地区会館"
    nagano = _plan(
        db_session, geocoder, _judged_l("l06_nagano_volunteer.csv", categories=("volunteer",))
    )
    assert nagano.mapping.unknown_headers == ()
    terakoya = _row(nagano, "てらこや学習支援")  # 募集人数「10名（募集終了）」
    assert terakoya.data is not None
    assert (terakoya.data.capacity, terakoya.intake) == (10, IntakeStatus.CONSULT)
    some = _row(nagano, "篠ノ井 配食ボランティア").data  # 「若干名」: no number, still said
    assert some is not None
    assert (some.capacity, "若干名" in some.description) == (None, True)


def test_an_address_of_another_citys_wards_is_never_put_in_the_directorys_city(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    # 札幌市's wards, one a row: no ward is 8 in 10 of them, the city is. This directory's
    # listings are 土浦市's: 「茨城県土浦市札幌市中央区…」 was what the rows became.
    data = csv_bytes(
        "イベント名,開催日,時間,会場,住所,主催,問合せ",
        "クリスマス会,2026/12/19,10:00～12:00,中央会館,札幌市中央区南1条西1丁目1,中央区社協,"
        "011-231-0001",
        "もちつき大会,2027/1/11,10:00～,北会館,札幌市北区北24条西6丁目1-1,北区社協,011-757-0002",
        "新年会,2027/1/16,13:30～15:00,東会館,札幌市東区北10条東7丁目,東区社協,011-741-0003",
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("salon",))
    assert [r.data.address for r in plan.rows if r.data is not None] == [
        "北海道札幌市中央区南1条西1丁目1",
        "北海道札幌市北区北24条西6丁目1-1",
        "北海道札幌市東区北10条東7丁目",
    ]


def test_headers_lists_write_for_the_group_the_pause_the_remarks_and_access_are_read(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "サロン名,活動団体,会場,所在地,開催日,休止・廃止の別,その他特記事項,バリアフリー",
        "城山サロン,城山町内会,城山会館,鹿児島市城山町1-1,第1火曜日,休止,お茶代100円,車いす可",
        "草牟田サロン,草牟田の会,草牟田会館,鹿児島市草牟田2-1-1,第2水曜日,,送迎あり,",
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("salon",))
    assert plan.mapping.unknown_headers == ()
    shiroyama, somuta = plan.rows
    assert (shiroyama.organization, shiroyama.intake) == ("城山町内会", IntakeStatus.PAUSED)
    assert shiroyama.data is not None
    assert shiroyama.data.wheelchair
    assert "お茶代100円" in shiroyama.data.description
    assert (somuta.organization, somuta.intake) == ("草牟田の会", None)


def test_a_remark_or_an_address_finished_on_the_next_line_is_the_rows(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "サロン名,会場,所在地,開催日,代表者,電話番号,備考",
        "花園サロン,花園会館,大分市花園1丁目,第1月曜日,佐藤,097-532-0001,令和6年10月から",
        ",,,,,,休止中",
        "明野サロン,明野公民館,大分市明野東1-2-3,第2火曜日,田中,097-558-0002,",
        "敷戸サロン,敷戸会館,大分市敷戸台,第3水曜日,鈴木,097-569-0003,",
        ",,2丁目5番地,,,,",
    )
    plan = plan_bytes(db_session, data, geocoder, organization="大分市社協", categories=("salon",))
    assert not plan.rejected
    hanazono, _akeno, shikido = plan.rows
    assert hanazono.intake is IntakeStatus.PAUSED
    assert shikido.data is not None
    assert shikido.data.address == "大分県大分市敷戸台 2丁目5番地"
    assert "3行目は2行目「花園サロン」の「備考」の続きとして読みました（「休止中」）" in plan.notes


@pytest.mark.parametrize(
    ("cell", "place", "address"),
    [
        ("道後公民館（松山市道後町2-5-3）", "道後公民館", "愛媛県松山市道後町2-5-3"),
        ('"久米公民館\n松山市鷹子町1028"', "久米公民館", "愛媛県松山市鷹子町1028"),
        ("久米公民館　松山市鷹子町1028", "久米公民館", "愛媛県松山市鷹子町1028"),
        ("松山市道後町2-5-3", "", "愛媛県松山市道後町2-5-3"),  # an address alone: as before
        # batch z: the 町 and 番地 in the bracket are the list's city's, the place may name it
        ("松山市総合福祉センター（若草町8-2）", "松山市総合福祉センター", "愛媛県松山市若草町8-2"),
    ],
)
def test_a_place_and_its_address_in_one_cell_are_read_apart(
    db_session: Session, geocoder: OfflineGeocoder, cell: str, place: str, address: str
) -> None:
    # Written 「茨城県土浦市道後公民館(松山市道後町2-5-3)」 and placed at 土浦市, with nothing said.
    data = csv_bytes(
        "カフェ名,開催場所,開催日時,問合せ", f"オレンジカフェ,{cell},毎月第3木曜日,089-911-0001"
    )
    [row] = plan_bytes(
        db_session, data, geocoder, organization="松山市", categories=("salon",)
    ).rows
    assert row.data is not None
    assert (row.data.place_name, row.data.address) == (place, address)


# Batch n (秋田市, 岐阜市, 徳島市) and batch m, judged row by row as batch l was
# (``batch_n_judged.json``): its state, its address, the telephone to dial, words its schedule
# holds, and for a 会場 written without an address where it is put (``located``: "pin" at its
# city, said in the preview; "landmark" at the landmark of that name).
BATCH_N = json.loads((FILES / "batch_n_judged.json").read_text(encoding="utf-8"))
BATCH_M = {
    file: judged
    for file, judged in json.loads(
        (FILES / "batch_l_m_judged.json").read_text(encoding="utf-8")
    ).items()
    if file.startswith("m")
}


def _state(row: PlannedRow) -> str:
    if row.action is Action.SKIP and row.ended:
        return "ended"
    return {
        IntakeStatus.PAUSED: "paused",
        IntakeStatus.CONSULT: "full",
        IntakeStatus.OPEN: "open",  # the list says 空きあり・受付中 (judged from batch p on)
        None: "live",
    }[row.intake]


def _address_key(address: str) -> str:
    # compared by prefecture, city, town and numbers: 「3丁目1-11」 is 「３丁目１－１１」
    address = unicodedata.normalize("NFKC", address).replace(" ", "").replace("大字", "")
    return re.sub(r"丁目|番地|番|号", "-", address.translate(_KANJI_DIGITS)).rstrip("-")


_KANJI_DIGITS = str.maketrans("一二三四五六七八九", "123456789")


# Batch p (import14), held out: judged before the importer of import14 ran on it, with "open"
# (空きあり・受付中: 受入状況 受け入れ可) and a 会場 named after its town ("town"). First run 13 of
# 35 rows right; 35 after (README.md).
BATCH_P = json.loads((FILES / "batch_p_judged.json").read_text(encoding="utf-8"))
# Batch q, held out from those fixes: written and judged after them, run once: 5 of 12 rows
# right (「空き若干あり」「参加者随時募集」 not read as room, 「現在お休みしています」「R6.4～休止中」
# not as paused, 「受付停止（定員のため）」 paused, a legend right under a sheet's last row read
# as that row's name continued, 新潟市's 「内野町集会所」 not found without its ward); 12 after.
BATCH_Q = json.loads((FILES / "batch_q_judged.json").read_text(encoding="utf-8"))
# Batch r (import15), held out: six lists judged before the importer ran on them (a 様式 with its
# 記入例 row, Shift_JIS with ①㈱㍻, a sheet per 地区, 内線, a legend in a footnote, a 会場
# named without its town's 町, last year's events). First run: 18 of 23 rows right and the
# 記入例 row imported as an activity; r06's dates not said to be past. After: 22 of 23 (r06's
# 「R8.2.14（土）」 is kept as written, not as 2月14日), and the stale file said.
BATCH_R = json.loads((FILES / "batch_r_judged.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("file", "judged"),
    [
        *BATCH_N.items(),
        *BATCH_M.items(),
        *BATCH_P.items(),
        *BATCH_Q.items(),
        *((f, j) for f, j in BATCH_R.items() if not f.startswith("r06")),
    ],
    ids=lambda v: str(v)[:3],
)
def test_batches_m_and_n_come_in_as_judged_row_by_row(
    db_session: Session, geocoder: OfflineGeocoder, file: str, judged: dict[str, Any]
) -> None:
    for mark in judged.get("landmarks", ()):
        db_session.add(Landmark(kind=LandmarkKind.WELFARE, **mark))
    db_session.flush()
    options = {**judged["options"], "categories": tuple(judged["options"]["categories"])}
    plan = plan_bytes(db_session, (FILES / file).read_bytes(), geocoder, **options)
    assert plan.data_rows == judged["rows"]
    for expected in judged["expect"]:
        row = _row(plan, expected["name"])
        assert row.data is not None
        said = " / ".join(w.message for w in row.warnings)
        got = (
            _state(row),
            _address_key(row.data.address),
            contacts.phone_key(row.data.contact_phone),
            expected["sched"] in unicodedata.normalize("NFKC", row.data.schedule_text),
        )
        assert got == (
            expected["state"],
            _address_key(expected["address"]),
            re.sub(r"\D", "", expected["phone"]),
            True,
        ), (expected["name"], said)
        if expected.get("located") == "pin":
            assert row.data.precision == "city", expected["name"]
            assert f"会場「{row.data.place_name}」の名前だけでは場所を特定できません" in said
        elif expected.get("located") == "town":  # a 会場 named after its town: at the town
            assert row.data.precision in ("oaza", "chome"), expected["name"]
            assert f"会場「{row.data.place_name}」の住所がないため、町名" in said
        elif expected.get("located") == "landmark":
            [mark] = judged["landmarks"]
            assert (row.data.lat, row.data.lon) == (mark["lat"], mark["lon"])
            assert "特定できません" not in said


@pytest.mark.parametrize(
    "header",
    ["代表者連絡先", "世話人の連絡先", "申込・問合せ", "お申込み・お問い合わせ", "問合せ・申込"],
)
def test_a_contact_column_as_lists_name_it_gives_the_phone_and_a_name_beside_it_is_no_number(
    db_session: Session, geocoder: OfflineGeocoder, header: str
) -> None:
    data = csv_bytes(
        f"サロン名,会場住所,活動日,{header}",
        "橘通サロン,宮崎市橘通東3丁目1-11,毎月第1火曜日,代表 山田 0985-25-0001",
    )
    [row] = plan_bytes(
        db_session, data, geocoder, organization="宮崎市社会福祉協議会", categories=("salon",)
    ).rows
    assert row.data is not None
    assert contacts.phone_key(row.data.contact_phone) == "0985250001"


@pytest.mark.parametrize(
    ("group", "lower"), [("実施場所", "施設名"), ("活動場所", "名称"), ("会場", "名前")]
)
def test_a_places_name_under_its_group_in_a_two_row_header_is_the_place(
    group: str, lower: str
) -> None:
    headers = ("ひろば名", f"{group} {lower}", f"{group} 所在地", "連絡先")
    mapping = interop.map_columns(headers, samples={1: "西コミセン", 2: "西16条南5丁目"})
    assert mapping.fields.get(1) is ImportField.PLACE_NAME
    assert mapping.fields.get(0) is ImportField.NAME


@pytest.mark.parametrize(
    "cell",
    [
        "毎週金曜日 17時～19時（令和6年度休止）",
        "第1・第3月曜日 13時30分～15時（当面休止）",
        "毎月第1日曜日 12:00～(当面の間休止)",
    ],
)
def test_a_pause_written_after_the_times_is_a_pause(
    db_session: Session, geocoder: OfflineGeocoder, cell: str
) -> None:
    data = csv_bytes("名称,所在地,開催日時", f"きょうばて食堂,奈良県奈良市三条大路1丁目1-1,{cell}")
    [row] = plan_bytes(
        db_session, data, geocoder, organization="奈良市", categories=("kodomo_shokudo",)
    ).rows
    assert row.intake is IntakeStatus.PAUSED
    assert any("休止" in w.message for w in row.warnings)


def test_a_venue_named_alone_is_at_its_landmark_or_at_its_city_and_says_so(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    db_session.add(
        Landmark(
            name="南部センター",
            kind=LandmarkKind.COMMUNITY_CENTRE,
            address="茨城県土浦市大岩田1-2",
            lat=36.05,
            lon=140.21,
        )
    )
    db_session.flush()
    data = csv_bytes(
        "土浦市 サロン一覧",
        "サロン名,会場,活動日",
        "南部サロン,南部センター,毎週水曜日",
        "西部サロン,○○集会所,毎週木曜日",
    )
    south, west = plan_bytes(
        db_session, data, geocoder, organization="土浦市社会福祉協議会", categories=("salon",)
    ).rows
    assert south.data is not None
    assert west.data is not None
    assert (south.data.lat, south.data.lon) == (36.05, 140.21)
    assert not any("特定できません" in w.message for w in south.warnings)
    assert (west.data.address, west.data.precision) == ("茨城県土浦市", "city")
    assert west.data.lat is not None
    assert any("「○○集会所」の名前だけでは場所を特定できません" in w.message for w in west.warnings)


# import14: a 会場 named after its town, written without an address, is placed at the town; a
# name that is no town as written, or that only looks like one (中央公民館), stays at the city.
@pytest.mark.parametrize(
    ("place", "precision", "address"),
    [
        ("大岩田公民館", "oaza", "茨城県土浦市大岩田"),
        ("荒川沖東地区集会所", "oaza", "茨城県土浦市荒川沖東"),
        ("神立町コミュニティセンター", "chome", "茨城県土浦市神立町"),
        # import15: a hall that leaves out its town's 町 (「神立地区公民館」 of 神立町) is at the
        # town when one town fits; 田中 and 田中町 are both 土浦市's, so 田中's stays at the city.
        ("神立地区公民館", "chome", "茨城県土浦市神立町"),
        ("田中地区公民館", "oaza", "茨城県土浦市田中"),
        ("中央公民館", "city", "茨城県土浦市"),  # the city's hall, not 中央's (a town too)
        ("南部センター", "city", "茨城県土浦市"),
        ("ふれあいの家", "city", "茨城県土浦市"),
    ],
)
def test_a_venue_named_after_its_town_is_placed_at_the_town(
    db_session: Session, geocoder: OfflineGeocoder, place: str, precision: str, address: str
) -> None:
    data = csv_bytes(
        "土浦市 ふれあいサロン一覧,,,",
        "サロン名,会場,活動日,連絡先",
        f"いきいきサロン,{place},毎月第2火曜日,029-821-0001",
    )
    [row] = plan_bytes(
        db_session, data, geocoder, organization="土浦市社会福祉協議会", categories=("salon",)
    ).rows
    assert row.data is not None
    assert (row.data.precision, row.data.address, row.data.place_name) == (
        precision,
        address,
        place,
    )
    said = " ".join(w.message for w in row.warnings)
    if precision == "city":
        assert "名前だけでは場所を特定できません" in said
    else:
        assert f"会場「{place}」の住所がないため、町名" in said


# import15: last year's list (令和7年度, its events dated 2025) re-imported in December 2026 says
# so above the rows; the same file read in its own year says nothing.
def test_a_list_whose_dates_are_all_past_is_said_to_be_last_years(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    judged = BATCH_R["r06_nagaoka_events_r7.xlsx"]
    options = {**judged["options"], "categories": tuple(judged["options"]["categories"])}
    data = (FILES / "r06_nagaoka_events_r7.xlsx").read_bytes()
    late = plan_bytes(db_session, data, geocoder, today=date(2026, 12, 7), **options)
    assert [w for w in late.file_warnings if "過ぎています" in w] == [
        "この一覧の日付はすべて過ぎています（最も新しいもの：2026年2月14日）。"
        "前年度の一覧ではないか確かめてください。今年度の日程の一覧で読み込み直すことをおすすめします"
    ]
    assert len(late.with_action(Action.CREATE)) == judged["rows"]  # still imported, if chosen
    in_time = plan_bytes(db_session, data, geocoder, today=date(2025, 9, 1), **options)
    assert not any("過ぎています" in w for w in in_time.file_warnings)


def test_a_title_of_a_past_fiscal_year_without_dates_is_said_to_be_last_years(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "令和7年度　大垣市　ふれあいサロン一覧,,",
        "サロン名,会場住所,活動日",
        "赤坂ふれあいサロン,大垣市赤坂町1-1,毎月第2火曜日",
    )
    options = {"organization": "大垣市社会福祉協議会", "categories": ("salon",)}
    late = plan_bytes(db_session, data, geocoder, today=date(2026, 12, 7), **options)
    assert any("表題の「令和7年度」は終わっています" in w for w in late.file_warnings)
    current = plan_bytes(db_session, data, geocoder, today=date(2026, 3, 1), **options)
    assert not any("終わっています" in w for w in current.file_warnings)


@pytest.mark.parametrize(
    "footnote",
    [
        "※状況欄　○：活動中　満：満員　△：休止中",
        "※状況欄は「満：満員」「△：休止中」",
        "※状況欄の「満」は満員、「△」は休止中です",
    ],
)
def test_a_legend_in_a_footnote_reads_full_and_paused_marks(
    db_session: Session, geocoder: OfflineGeocoder, footnote: str
) -> None:
    data = csv_bytes(
        "団体名,住所,活動日,状況",
        "上田百歳体操の会,岩手県盛岡市上田1丁目4-1,毎週木曜日,満",
        "津志田いきいき体操,岩手県盛岡市津志田26-5,毎週水曜日,△",
        "",
        footnote,
    )
    full, paused = plan_bytes(db_session, data, geocoder, categories=("kayoinoba",)).rows
    assert (full.intake, paused.intake) == (IntakeStatus.CONSULT, IntakeStatus.PAUSED)
    said = " ".join(w.message for w in (*full.warnings, *paused.warnings))
    assert "満員" in said
    assert "休止中" in said
    assert "」」" not in said
    assert "休止中です" not in said


def test_a_forms_example_row_is_not_imported_and_said_so(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "※記入上の注意：赤字は記入例です（提出時に削除してください）,,,",
        "サロン名,会場住所,活動日,連絡先",
        "記入例,○○ふれあいサロン,日立市○○町1-2-3,毎月第1月曜日,0294-00-0000",
        "（例）,○○サロン,日立市○○町1-2-3,毎週月曜日,0294-00-0000",
        "助川ふれあいサロン,日立市助川町3丁目5-8,毎月第2水曜日,0294-22-1101",
    )
    plan = plan_bytes(
        db_session, data, geocoder, organization="日立市社会福祉協議会", categories=("salon",)
    )
    assert [r.data.name for r in plan.rows if r.data] == ["助川ふれあいサロン"]
    assert sum("様式の記入例として読み込みません" in n for n in plan.notes) == 2


def test_an_example_row_marked_anywhere_or_numbered_is_passed_over_and_a_name_with_circles_kept(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    """A 様式's 記入例 marked in its last column (「←記入例」), or numbered (「記入例１」「例1」),
    with one placeholder (「○○公民館」) was imported as an activity; a name written with ○ and
    its reading (「○○（まるまる）食堂」) was passed over as an example."""
    data = csv_bytes(
        "団体名,活動名,会場,開催日,備考",
        ",いきいきサロン,○○公民館,毎週水曜日,←記入例",
        "記入例１,○○サロン,,毎週火曜日,",
        "例1,ふれあい喫茶,○○公民館,月2回,",
        "まるまる会,○○（まるまる）食堂,大沼公民館,毎週土曜日,○○（まるまる）会の運営",
        "日立市社協,ひだまりサロン,多賀公民館,毎週月曜日,",
        encoding="cp932",
    )
    plan = plan_bytes(
        db_session, data, geocoder, organization="日立市社会福祉協議会", categories=("salon",)
    )
    names = [r.data.name for r in plan.rows if r.data]
    assert names == ["○○（まるまる）食堂", "ひだまりサロン"]
    assert sum("様式の記入例として読み込みません" in n for n in plan.notes) == 3


@pytest.mark.parametrize(
    "written",
    ["R8.2.14（土）10:00～12:00", "R.8.2.14（土）10:00～12:00", "令和8.2.14 10:00～12:00"],
)
def test_a_date_in_the_short_era_form_of_office_documents_is_the_events_date(
    db_session: Session, geocoder: OfflineGeocoder, written: str
) -> None:
    """「R.8.2.14」「令和8.2.14」 in a 日時 column were left unread and flagged; 「R8.2.14」 was read."""
    data = csv_bytes(
        "イベント名,会場,住所,日時,内容",
        f"離乳食講座,金沢公民館,日立市金沢町1-2-3,{written},離乳食のおはなし",
        encoding="cp932",
    )
    (row,) = plan_bytes(
        db_session, data, geocoder, organization="日立市", categories=("salon",),
        today=date(2026, 1, 10),
    ).rows  # fmt: skip
    assert row.data is not None
    spec = parse_schedule(row.data.schedule_text, today=date(2026, 1, 10))
    assert not spec.needs_review
    assert not any("日時の一部を読み取れません" in w.message for w in row.warnings)
    assert [o.day for o in next_occurrences(spec, date(2026, 1, 10), 2)] == [date(2026, 2, 14)]


@pytest.mark.parametrize("remark", ["R8.4～当面休止", "令和8年4月～当面の間休止"])
def test_a_pause_since_a_month_for_the_time_being_is_a_pause(
    db_session: Session, geocoder: OfflineGeocoder, remark: str
) -> None:
    data = csv_bytes(
        "食堂名,所在地,開催日,備考",
        f"ほしのこ食堂,栃木県宇都宮市星が丘2丁目4-7,毎月第1金曜日,{remark}",
    )
    [row] = plan_bytes(
        db_session, data, geocoder, categories=("kodomo_shokudo",), organization="ほしの会"
    ).rows
    assert row.intake is IntakeStatus.PAUSED
