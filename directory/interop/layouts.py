"""Column layouts a listing file may come in, and the import fields their columns feed.

Four layouts are understood (``LAYOUTS``); a file's layout is detected from its header row
(``mapping.detect``), and unknown headers can be mapped by the user to an ``ImportField``.

自治体標準オープンデータセット — column lists implemented
--------------------------------------------------------
Source: the column definitions of 「推奨データセット」 (内閣官房 IT総合戦略室, 2019–2020), the
column set that デジタル庁 republished as 「自治体標準オープンデータセット」 (2022年, 正式版
2023年). Read from NEC-FIWARE/smart-data-models ``cio/12_公共施設一覧/datamodels.md`` and
``cio/06_イベント一覧/datamodels.md`` (attribute lists with Required/Optional), and checked against
municipal files and loaders that use them (e.g. a 浜松市 イベント一覧 row with these 32 columns
plus local extras). The official デジタル庁 spreadsheet itself could not be retrieved here, so
the names the 2022/2023 revision introduced for the leading columns (全国地方公共団体コード, ID,
地方公共団体名, 名称_英字, 所在地_連結表記, 建物名等(方書)) are accepted as aliases on import;
exports write the columns below, in this order.

公共施設一覧 (24 columns; required: 名称, 名称_カナ, 住所)::

    都道府県コード又は市区町村コード, NO, 都道府県名, 市区町村名, 名称, 名称_カナ, 名称_通称,
    POIコード, 住所, 方書, 緯度, 経度, 電話番号, 内線番号, 法人番号, 団体名, 利用可能曜日,
    開始時間, 終了時間, 利用可能日時特記事項, 説明, バリアフリー情報, URL, 備考

イベント一覧 (32 columns; required: イベント名, イベント名_カナ, 開始日, 終了日, 開始時間,
終了時間, 説明, 場所名称, 住所)::

    都道府県コード又は市区町村コード, NO, 都道府県名, 市区町村名, イベント名, イベント名_カナ,
    イベント名_英語, 開始日, 終了日, 開始時間, 終了時間, 開始日時特記事項, 説明, 料金(基本),
    料金(詳細), 連絡先名称, 連絡先電話番号, 連絡先内線番号, 主催者, 場所名称, 住所, 方書, 緯度,
    経度, アクセス方法, 駐車場情報, 定員, 参加申込終了日, 参加申込終了時間, 参加申込方法, URL, 備考

Our import requires less than the standard does (a listing needs a name, a category and an
organization; kana, dates or times may be missing): a municipality's file with gaps should
still come in, with the gaps visible in the directory rather than the row refused.

The leading 都道府県名・市区町村名 (地方公共団体名; without a name, the 団体コード) complete an
address written without its city (``planning.complete_address``): a list's rows are in its own
municipality, and 「北区中之島1丁目3-20」 in 大阪市's list is not in 東京都北区.

Exports append our own columns after the standard ones (カテゴリー, 対象, 郵便番号, 団体名 for
events; for the こども食堂一覧 also 場所名称, 連絡先名称 and 料金(基本)), as municipalities
commonly do, so that an export imports back without loss.

つながりマップ簡易形式 (``simple``): the field labels of the listing form (``directory.labels``),
one column each; documented in README. Its 対象年齢 holds the ages in the words the form shows
them back (「0〜3歳とその保護者」), which the importer reads back to the same ages.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ImportField(enum.StrEnum):
    """What a column can mean to the importer (the targets of a column mapping)."""

    NAME = "name"
    KANA = "kana"
    DESCRIPTION = "description"
    REMARKS = "remarks"  # 備考: appended to the description
    CATEGORIES = "categories"
    TARGETS = "targets"
    TAGS = "tags"
    SCHEDULE = "schedule_text"
    WEEKDAYS = "weekdays"  # 利用可能曜日
    START_DATE = "start_date"
    END_DATE = "end_date"
    START_TIME = "start_time"
    END_TIME = "end_time"
    SCHEDULE_NOTE = "schedule_note"  # 利用可能日時特記事項 / 開始日時特記事項
    PLACE_NAME = "place_name"
    ADDRESS = "address"
    ADDRESS_EXTRA = "address_extra"  # 方書
    POSTAL_CODE = "postal_code"
    LAT = "lat"
    LON = "lon"
    COST_YEN = "cost_yen"
    COST_TEXT = "cost_text"
    CAPACITY = "capacity"
    CONTACT_NAME = "contact_name"
    CONTACT_PHONE = "contact_phone"
    CONTACT_EMAIL = "contact_email"
    ORGANIZATION = "organization"
    PREFECTURE = "prefecture"  # 都道府県: completes an address written without it
    CITY = "city"  # 市区町村名 / 地方公共団体名: completes an address written without it
    MUNICIPALITY_CODE = "municipality_code"  # 団体コード: the same, when no name is given
    FREQUENCY = "frequency"  # 開催頻度 (こども食堂一覧): part of the schedule
    MEETING_DAYS = "meeting_days"  # 開催日 (こども食堂一覧): part of the schedule
    PURPOSE = "purpose"  # 設置目的: the first paragraph of the description
    SUPPORT_KIND = "support_kind"  # 実施支援の主な区分: keywords
    CONDITIONS = "conditions"  # 参加条件: targets recognised in it, and the text as a note
    # 対象年齢・年齢: the listing's ages (``ages``), targets recognised in it, the text as a note
    AGES = "age_range"
    COST_INFANT = "cost_infant"  # 参加費_幼児 …
    COST_ELEMENTARY = "cost_elementary"
    COST_JUNIOR_HIGH = "cost_junior_high"
    COST_HIGH_SCHOOL = "cost_high_school"
    COST_ADULT = "cost_adult"
    RESERVATION = "reservation"  # 予約方法 (and 予約特記事項): a note; 要予約 becomes a keyword
    PANTRY = "pantry"  # フードパントリー実施: あり → keyword フードパントリー
    TAKEOUT = "takeout"  # テイクアウト実施: あり → keyword テイクアウト
    SCHOOL_DISTRICT = "school_district"  # 学区: a note
    BARRIER_FREE = "barrier_free"  # バリアフリー情報: accessibility flags, the rest a note
    PARTICIPANTS = "participants"  # 参加人数 (通いの場一覧): a note, not a capacity
    DISTRICT = "district"  # 地区・圏域: a note
    ADDRESS_BLOCK = "address_block"  # 番地, after 町名 (an address in two columns)
    WEEKDAY_MARK = "weekday_mark"  # a column 「月」…「日」 of ○: the activity meets that day
    TARGET_MARK = "target_mark"  # a column 「高齢者」「子ども」… of ○: for whom it is
    CLOSED_DAYS = "closed_days"  # 休館日・定休日: part of the schedule (「休み：月曜」)
    # 状況: 休止中 → 受入状況 休止中, 満員 → 要相談, 廃止 → not imported (``status``)
    STATUS = "status"
    FAX = "fax"  # FAX番号: a line of the description (no field of its own)
    WEBSITE = "website"  # URL・ホームページ: a line of the description, a new 団体's website
    FORMER_NAME = "former_name"  # 旧名称: a keyword, and a name duplicates are looked for under
    IGNORE = "ignore"  # a column we read past on purpose


# Japanese names of the fields, for the mapping step of the upload page and for messages.
FIELD_LABELS: dict[ImportField, str] = {
    ImportField.NAME: "活動名",
    ImportField.KANA: "ふりがな",
    ImportField.DESCRIPTION: "紹介文",
    ImportField.REMARKS: "備考（紹介文に追加）",
    ImportField.CATEGORIES: "活動の種類",
    ImportField.TARGETS: "対象",
    ImportField.TAGS: "キーワード",
    ImportField.SCHEDULE: "日時",
    ImportField.WEEKDAYS: "曜日",
    ImportField.START_DATE: "開始日",
    ImportField.END_DATE: "終了日",
    ImportField.START_TIME: "開始時間",
    ImportField.END_TIME: "終了時間",
    ImportField.SCHEDULE_NOTE: "日時の特記事項",
    ImportField.PLACE_NAME: "場所の名前",
    ImportField.ADDRESS: "住所",
    ImportField.ADDRESS_EXTRA: "方書（建物名など）",
    ImportField.POSTAL_CODE: "郵便番号",
    ImportField.LAT: "緯度",
    ImportField.LON: "経度",
    ImportField.COST_YEN: "参加費（円）",
    ImportField.COST_TEXT: "参加費",
    ImportField.CAPACITY: "定員",
    ImportField.CONTACT_NAME: "問い合わせ先",
    ImportField.CONTACT_PHONE: "電話番号",
    ImportField.CONTACT_EMAIL: "メールアドレス",
    ImportField.ORGANIZATION: "団体名",
    ImportField.PREFECTURE: "都道府県（住所を補う）",
    ImportField.CITY: "市区町村名（住所を補う）",
    ImportField.MUNICIPALITY_CODE: "団体コード（住所を補う）",
    ImportField.FREQUENCY: "開催頻度",
    ImportField.MEETING_DAYS: "開催日",
    ImportField.PURPOSE: "設置目的（紹介文）",
    ImportField.SUPPORT_KIND: "支援の区分（キーワード）",
    ImportField.CONDITIONS: "参加条件",
    ImportField.AGES: "対象年齢",
    ImportField.COST_INFANT: "参加費（幼児）",
    ImportField.COST_ELEMENTARY: "参加費（小学生）",
    ImportField.COST_JUNIOR_HIGH: "参加費（中学生）",
    ImportField.COST_HIGH_SCHOOL: "参加費（高校生）",
    ImportField.COST_ADULT: "参加費（大人）",
    ImportField.RESERVATION: "予約方法",
    ImportField.PANTRY: "フードパントリーの実施",
    ImportField.TAKEOUT: "テイクアウトの実施",
    ImportField.SCHOOL_DISTRICT: "学区",
    ImportField.BARRIER_FREE: "バリアフリー情報",
    ImportField.PARTICIPANTS: "参加人数",
    ImportField.DISTRICT: "地区",
    ImportField.ADDRESS_BLOCK: "番地（住所に続ける）",
    ImportField.WEEKDAY_MARK: "曜日の印（○の曜日に開催）",
    ImportField.TARGET_MARK: "対象の印（○の対象）",
    ImportField.CLOSED_DAYS: "休みの日",
    ImportField.STATUS: "状況（休止中・廃止など）",
    ImportField.FAX: "FAX番号（紹介文に追加）",
    ImportField.WEBSITE: "ホームページ（紹介文と団体に追加）",
    ImportField.FORMER_NAME: "旧名称（キーワードに追加）",
    ImportField.IGNORE: "読み込まない",
}


@dataclass(frozen=True)
class Column:
    header: str
    field: ImportField
    standard_required: bool = False  # required by the published definition (documentation)


@dataclass(frozen=True)
class Layout:
    key: str
    title: str
    columns: tuple[Column, ...]
    # Other spellings of a header (older or newer revisions, common local variants).
    aliases: dict[str, ImportField]
    # Columns our export appends after the standard ones.
    extra_columns: tuple[Column, ...] = ()
    # Category codes for rows that name none, when the vocabulary has them (こども食堂一覧).
    default_categories: tuple[str, ...] = ()
    # Headers only this layout has: without one of them a file is not of it, however many of
    # its general columns (開催曜日, 開催頻度, 住所) it names. Empty: any file may be.
    identifying: tuple[str, ...] = ()

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    @property
    def export_headers(self) -> tuple[str, ...]:
        return self.headers + tuple(c.header for c in self.extra_columns)

    def field_of(self) -> dict[str, ImportField]:
        fields = {c.header: c.field for c in (*self.columns, *self.extra_columns)}
        return fields | self.aliases


F = ImportField
_I = ImportField.IGNORE

# Leading columns shared by every 推奨データセット table, and their 2022+ spellings.
_COMMON_ALIASES = {
    "全国地方公共団体コード": F.MUNICIPALITY_CODE,
    "ID": _I,
    "地方公共団体名": F.CITY,  # 「土浦市」, 「茨城県土浦市」 or a prefecture's own name
    "所在地_全国地方公共団体コード": _I,
    "町字ID": _I,
    "所在地_連結表記": F.ADDRESS,
    "所在地_連結標記": F.ADDRESS,
    "所在地": F.ADDRESS,
    "所在地_都道府県": _I,
    "所在地_市区町村": _I,
    "所在地_町字": _I,
    "所在地_番地以下": _I,
    "建物名等(方書)": F.ADDRESS_EXTRA,
    "郵便番号": F.POSTAL_CODE,
    "カテゴリー": F.CATEGORIES,
    "カテゴリ": F.CATEGORIES,
    "対象": F.TARGETS,
    "連絡先メールアドレス": F.CONTACT_EMAIL,
    "メールアドレス": F.CONTACT_EMAIL,
    "画像": _I,
    "画像_ライセンス": _I,
    "標高": _I,
}

FACILITIES = Layout(
    key="facilities",
    title="自治体標準オープンデータセット「公共施設一覧」",
    columns=(
        Column("都道府県コード又は市区町村コード", F.MUNICIPALITY_CODE),
        Column("NO", _I),
        Column("都道府県名", F.PREFECTURE),
        Column("市区町村名", F.CITY),
        Column("名称", F.NAME, True),
        Column("名称_カナ", F.KANA, True),
        Column("名称_通称", _I),
        Column("POIコード", _I),
        Column("住所", F.ADDRESS, True),
        Column("方書", F.ADDRESS_EXTRA),
        Column("緯度", F.LAT),
        Column("経度", F.LON),
        Column("電話番号", F.CONTACT_PHONE),
        Column("内線番号", _I),
        Column("法人番号", _I),
        Column("団体名", F.ORGANIZATION),
        Column("利用可能曜日", F.WEEKDAYS),
        Column("開始時間", F.START_TIME),
        Column("終了時間", F.END_TIME),
        Column("利用可能日時特記事項", F.SCHEDULE_NOTE),
        Column("説明", F.DESCRIPTION),
        Column("バリアフリー情報", F.BARRIER_FREE),
        Column("URL", F.WEBSITE),
        Column("備考", F.REMARKS),
    ),
    aliases=_COMMON_ALIASES
    | {"名称_英字": _I, "名称_英語": _I, "名称_通称_カナ": _I, "名称_通称_英字": _I}
    # A facility's kind (「公民館」「高齢者サロン」): a keyword, or a category the vocabulary has.
    | dict.fromkeys(("施設分類", "施設種別", "施設区分", "施設の種類", "施設種類"), F.TAGS),
    extra_columns=(
        Column("カテゴリー", F.CATEGORIES),
        Column("対象", F.TARGETS),
        Column("郵便番号", F.POSTAL_CODE),
    ),
    # What a list of facilities has and a サロン or 通いの場 list with a 名称 and a 住所 column
    # has not: the standard's own facility columns, or a facility's kind, hours and closures.
    # Read as this layout, 開始時間〜終了時間 of six hours or more are opening hours.
    identifying=(
        "利用可能曜日", "利用可能日時特記事項", "名称_通称", "名称_英字", "名称_英語", "POIコード",
        "法人番号", "バリアフリー情報", "施設分類", "施設種別", "施設区分", "施設の種類", "施設種類",
        "開館時間", "閉館時間", "開所時間", "閉所時間", "開館日", "休館日", "休所日",
        "利用時間", "利用可能時間", "利用可能日",
    ),
)  # fmt: skip

EVENTS = Layout(
    key="events",
    title="自治体標準オープンデータセット「イベント一覧」",
    columns=(
        Column("都道府県コード又は市区町村コード", F.MUNICIPALITY_CODE),
        Column("NO", _I),
        Column("都道府県名", F.PREFECTURE),
        Column("市区町村名", F.CITY),
        Column("イベント名", F.NAME, True),
        Column("イベント名_カナ", F.KANA, True),
        Column("イベント名_英語", _I),
        Column("開始日", F.START_DATE, True),
        Column("終了日", F.END_DATE, True),
        Column("開始時間", F.START_TIME, True),
        Column("終了時間", F.END_TIME, True),
        Column("開始日時特記事項", F.SCHEDULE_NOTE),
        Column("説明", F.DESCRIPTION, True),
        Column("料金(基本)", F.COST_YEN),
        Column("料金(詳細)", F.COST_TEXT),
        Column("連絡先名称", F.CONTACT_NAME),
        Column("連絡先電話番号", F.CONTACT_PHONE),
        Column("連絡先内線番号", _I),
        Column("主催者", F.ORGANIZATION),
        Column("場所名称", F.PLACE_NAME, True),
        Column("住所", F.ADDRESS, True),
        Column("方書", F.ADDRESS_EXTRA),
        Column("緯度", F.LAT),
        Column("経度", F.LON),
        Column("アクセス方法", _I),
        Column("駐車場情報", _I),
        Column("定員", F.CAPACITY),
        Column("参加申込終了日", _I),
        Column("参加申込終了時間", _I),
        Column("参加申込方法", _I),
        Column("URL", F.WEBSITE),
        Column("備考", F.REMARKS),
    ),
    aliases=_COMMON_ALIASES
    | {"イベント名_英字": _I, "料金_基本": F.COST_YEN, "料金_詳細": F.COST_TEXT},
    extra_columns=(
        Column("カテゴリー", F.CATEGORIES),
        Column("対象", F.TARGETS),
        Column("郵便番号", F.POSTAL_CODE),
    ),
    # Read as this layout every row is an event held on its dates (a 中止 with a date ends
    # it): a サロン list of 住所・開始時間・終了時間 is none without an event's own columns.
    identifying=(
        "イベント名", "イベント名_カナ", "イベント名_英語", "イベント名_英字", "開始日", "終了日",
        "開始日時特記事項", "料金(基本)", "料金(詳細)", "料金_基本", "料金_詳細", "連絡先名称",
        "連絡先電話番号", "参加申込終了日", "参加申込終了時間", "参加申込方法",
    ),
)  # fmt: skip

SIMPLE = Layout(
    key="simple",
    title="つながりマップ簡易形式",
    columns=(
        Column("活動名", F.NAME, True),
        Column("ふりがな", F.KANA),
        Column("団体名", F.ORGANIZATION),
        Column("活動の種類", F.CATEGORIES, True),
        Column("対象", F.TARGETS),
        Column("対象年齢", F.AGES),  # the form's words (``directory.ages.describe_ages``)
        Column("日時", F.SCHEDULE),
        Column("場所の名前", F.PLACE_NAME),
        Column("郵便番号", F.POSTAL_CODE),
        Column("住所", F.ADDRESS),
        Column("緯度", F.LAT),
        Column("経度", F.LON),
        Column("紹介文", F.DESCRIPTION),
        Column("参加費", F.COST_TEXT),
        Column("参加費（円）", F.COST_YEN),
        Column("定員", F.CAPACITY),
        Column("問い合わせ先", F.CONTACT_NAME),
        Column("電話番号", F.CONTACT_PHONE),
        Column("メールアドレス", F.CONTACT_EMAIL),
        Column("キーワード", F.TAGS),
    ),
    aliases={
        "名前": F.NAME,
        "名称": F.NAME,
        "カテゴリー": F.CATEGORIES,
        "備考": F.REMARKS,
    },
)

# こども食堂一覧: the column set 東京都's municipalities and others publish their lists of
# こども食堂 in (one row a 食堂; 参加費 per age; 開催頻度・曜日・日・時間 apart). Written from the
# column names such lists use; older lists name the leading columns as the 推奨データセット did
# (NO, 都道府県コード又は市区町村コード, 都道府県名). Every column is read: 電話番号2 and later,
# 法人番号 and ネットワークの加入 on purpose not.
KODOMO = Layout(
    key="kodomo",
    title="こども食堂一覧",
    columns=(
        Column("全国地方公共団体コード", F.MUNICIPALITY_CODE),
        Column("ID", _I),
        Column("都道府県", F.PREFECTURE),
        Column("市区町村名", F.CITY),
        Column("名称", F.NAME, True),
        Column("名称_カナ", F.KANA),
        Column("設置目的", F.PURPOSE),
        Column("実施支援の主な区分", F.SUPPORT_KIND),
        Column("住所", F.ADDRESS, True),
        Column("方書", F.ADDRESS_EXTRA),
        Column("緯度", F.LAT),
        Column("経度", F.LON),
        Column("電話番号1", F.CONTACT_PHONE),
        Column("電話番号2", _I),
        Column("URL", F.WEBSITE),
        Column("メールアドレス1", F.CONTACT_EMAIL),
        Column("メールアドレス2", _I),
        Column("法人番号", _I),
        Column("運営団体名", F.ORGANIZATION),
        Column("開催頻度", F.FREQUENCY),
        Column("開催曜日", F.WEEKDAYS),
        Column("開催日", F.MEETING_DAYS),
        Column("開催開始時間", F.START_TIME),
        Column("開催終了時間", F.END_TIME),
        Column("開催日時特記事項", F.SCHEDULE_NOTE),
        Column("参加条件", F.CONDITIONS),
        Column("参加費_幼児", F.COST_INFANT),
        Column("参加費_小学生", F.COST_ELEMENTARY),
        Column("参加費_中学生", F.COST_JUNIOR_HIGH),
        Column("参加費_高校生", F.COST_HIGH_SCHOOL),
        Column("参加費_大人", F.COST_ADULT),
        Column("参加費特記事項", F.COST_TEXT),
        Column("予約方法", F.RESERVATION),
        Column("予約特記事項", F.RESERVATION),
        Column("定員", F.CAPACITY),
        Column("フードパントリー実施", F.PANTRY),
        Column("テイクアウト実施", F.TAKEOUT),
        Column("学区", F.SCHOOL_DISTRICT),
        Column("ネットワークの加入", _I),
        Column("備考", F.REMARKS),
    ),
    aliases={
        "NO": _I,
        "No.": _I,
        "都道府県コード又は市区町村コード": F.MUNICIPALITY_CODE,
        "都道府県名": F.PREFECTURE,
        "地方公共団体名": F.CITY,
        "電話番号": F.CONTACT_PHONE,
        "メールアドレス": F.CONTACT_EMAIL,
        "電話番号3": _I,
        "メールアドレス3": _I,
        "参加費_未就学児": F.COST_INFANT,
        "参加費_子ども": F.COST_ELEMENTARY,
        "参加費_一般": F.COST_ADULT,
    },
    # Our export's columns for what the list has none for: the three the other layouts add, and
    # three under their イベント一覧 names (the 会場, the contact person, the fee in yen).
    extra_columns=(
        Column("カテゴリー", F.CATEGORIES),
        Column("対象", F.TARGETS),
        Column("郵便番号", F.POSTAL_CODE),
        Column("場所名称", F.PLACE_NAME),
        Column("連絡先名称", F.CONTACT_NAME),
        Column("料金(基本)", F.COST_YEN),
    ),
    default_categories=("kodomo_shokudo",),
    # A サロン or 通いの場 list names 開催頻度・開催曜日・開催日 too: it is no こども食堂一覧, and
    # its rows no こども食堂.
    identifying=(
        "設置目的", "実施支援の主な区分", "参加費_幼児", "参加費_小学生", "参加費_中学生",
        "参加費_高校生", "参加費_大人", "参加費_未就学児", "参加費_子ども", "フードパントリー実施",
        "テイクアウト実施", "子ども食堂名", "こども食堂名", "子供食堂名", "食堂名",
    ),
)  # fmt: skip

LAYOUTS: dict[str, Layout] = {layout.key: layout for layout in (FACILITIES, EVENTS, SIMPLE, KODOMO)}

# The lower names of a two-row header that mean a field only under a group cell (「開催日時」
# over 「曜日」「時間」, 「連絡先」 over 「電話」「担当者」): alone, 「時間」 or 「曜日」 could be anything.
# The names the layouts know (電話番号, 住所, 郵便番号…) are known under any group already.
SUB_COLUMNS: dict[str, ImportField] = {
    "曜日": F.WEEKDAYS,
    "時間": F.SCHEDULE_NOTE,  # 「10:00～12:00」: read after the weekdays, like 特記事項
    "時刻": F.SCHEDULE_NOTE,
    "日時": F.SCHEDULE,
    "開始": F.START_TIME,
    "終了": F.END_TIME,
    "電話": F.CONTACT_PHONE,
    "TEL": F.CONTACT_PHONE,
    "メール": F.CONTACT_EMAIL,
    "E-mail": F.CONTACT_EMAIL,
    "担当者": F.CONTACT_NAME,
    "担当": F.CONTACT_NAME,
    "氏名": F.CONTACT_NAME,
}
