"""Column names the layouts do not list, read by their words: the lists municipalities keep.

A 介護保険課's 「通いの場一覧」 names its columns 「通いの場名称」「活動場所（公民館等）」「開催時間」
「代表者」; a 社協's サロン list 「サロン名」「会場」「世話人」; a list of groups 「団体・グループ名」
「活動内容」「会費」. None of them is a 自治体標準 column, and each list has its own words, so a
list of every spelling would never be complete. The words are few, though: a name is 「…名」
or 「…名称」 after what the list is of, a place is 「会場」 or 「…場所」, a time 「…時間」.
「対象年齢」「年齢」 are the listing's ages (``ages``); 「対象者」「参加対象」 who may come, read
for targets and, when no column of ages says them, for ages too.

Main decision: a header is guessed only when no layout knows it (``mapping`` asks here last),
from whole-name patterns (``fullmatch``), never from a word found anywhere in it: 「町名」 is
not a name and 「代表者名」 is not the activity's. What is said in brackets is read past
(「活動場所（公民館等）」 is 活動場所; 「所在地（住所）」 is 所在地). The guess is shown on the
upload page like any other meaning and can be changed there.

A 「URL」「ホームページ」 column is the organization's website, 「FAX番号」 a line of the
description, 「状況」「受付状況」「空き状況」 what the row says of its activity (休止中, 廃止, 満員: ``status``), 「旧名称」
「変更前の名称」 the name it went by (``former_names``).

Columns of marks: 「月」「火」…「日」 with ○ in the days an activity meets, or 「高齢者」「子ども」
「障害者」 with ○ for whom it is. They are read as such only as a run (two columns at least,
their first values marks), so a lone 「月」 column (a month) is not a weekday.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping

from directory.interop.layouts import ImportField

F = ImportField

# What a list is a list of, before its 「名」/「名称」 column: the activity's name.
_OF = (
    r"(?:通いの場|集いの場|サロン|いきいきサロン|ふれあいサロン|居場所|(?:子ども|こども|子供)?食堂"
    r"|教室|講座|カフェ|(?:認知症)?カフェ|ひろば|広場|拠点|活動|事業|施設|イベント|行事|催し"
    r"|講座・教室|教室・講座|場)"
)
# A group's own name: the organization (and the activity's name when nothing else names it).
_GROUP = r"(?:団体|グループ|サークル|クラブ|会|団体・グループ|グループ・団体|団体・サークル)"

_PATTERNS: tuple[tuple[str, ImportField], ...] = (
    (r"(?:No|NO|no|Ｎｏ|№|番号|通し番号|通番|連番|整理番号|項番|受付番号|管理番号)\.?", F.IGNORE),
    (r"(?:SNS)", F.IGNORE),
    (r"(?:団体|施設|登録|台帳)(?:CD|コード|ID|番号)", F.IGNORE),  # a 台帳 system's own key
    (
        r"(?:URL|HP|ホームページ|ホームページアドレス|ホームページURL|ウェブサイト|Webサイト|WEBサイト"
        r"|ウェブページ)",
        F.WEBSITE,
    ),
    (
        r"(?:連絡先|問い?合わ?せ先?|お問い?合わ?せ先?)?の?(?:FAX|Fax|fax|ファックス|ファクス)(?:番号)?",
        F.FAX,
    ),
    (
        r"(?:活動|開催|実施|運営|事業|受付|受入|受け入れ|募集|申込|空き|空席)?(?:状況|状態)|現状|ステータス"
        r"|活動の(?:状況|有無)|(?:休止・廃止|廃止・休止)(?:の別|の有無|状況)?"
        # a サークル一覧's 「会員募集」 of ○ and ×: whether it takes new members
        r"|(?:会員|メンバー|新規会員|新会員|仲間)(?:募集|募集中|募集の有無|募集状況)",
        F.STATUS,
    ),
    # A list of several towns (a prefecture's 認知症カフェ一覧) names each row's town in a
    # column of its own, its addresses written without it (「葵区城東町24-1」).
    (r"(?:市町村|市区町村|市町|区市町村)(?:名|名称)?|自治体名?", F.CITY),
    (rf"(?:旧|変更前の?|以前の|前の)(?:{_OF}の?)?(?:名称|名)|旧称", F.FORMER_NAME),
    (rf"{_OF}の?(?:名称|名)", F.NAME),
    (rf"{_GROUP}の?(?:名称|名)", F.ORGANIZATION),
    (r"(?:運営|主催|実施|事業)(?:団体|主体|者|法人)?(?:名|名称)?", F.ORGANIZATION),
    (r"活動(?:団体|主体)(?:名|名称)?", F.ORGANIZATION),
    # A ボランティア募集一覧's 「募集先（施設名）」, a 就労体験 list's 「事業所名」「受入先」: who
    # takes the volunteers or trainees.
    (
        r"(?:募集|受入|受け入れ|受入れ)(?:先|団体|施設|事業所|企業)(?:名|名称)?|(?:事業所|企業)(?:名|名称)?",
        F.ORGANIZATION,
    ),
    (
        r"(?:代表者?|世話人|世話役|担当者?|責任者|連絡担当者?)(?:名|氏名)?"
        r"|(?:世話人|世話役)(?:代表|代表者)(?:名|氏名)?",  # 「世話人代表」: the one to ask
        F.CONTACT_NAME,
    ),
    (
        r"(?:連絡先|問い?合わ?せ先?|お問い?合わ?せ先?|代表者?)?の?(?:電話|電話番号|TEL|Tel|tel"
        r"|携帯|携帯電話|携帯番号)(?:番号)?",
        F.CONTACT_PHONE,
    ),
    (
        r"(?:連絡先|問い?合わ?せ先?|お問い?合わ?せ先?)(?:メール|E-?mail|e-?mail|mail)(?:アドレス)?",
        F.CONTACT_EMAIL,
    ),
    (r"(?:E-?mail|e-?mail|mail|メール)(?:アドレス)?", F.CONTACT_EMAIL),
    (r"(?:TEL|Tel|電話|電話番号)[・/／&](?:FAX|Fax|ファックス)(?:番号)?", F.CONTACT_PHONE),
    (rf"(?:{_OF}|名称)?の?(?:ふりがな|フリガナ|よみがな|ヨミガナ|カナ|読み仮名|よみ|ヨミ)", F.KANA),
    (r"(?:運営)?法人名|運営法人", F.ORGANIZATION),
    # 「代表者連絡先」「世話人の連絡先」「申込・問合せ」「問い合わせ・申込先」: whom to call (a
    # column of telephone numbers is read as the telephone: ``mapping``).
    (
        r"(?:代表者?|世話人|世話役|担当者?|責任者|団体|運営者?)?の?"
        r"(?:連絡先|問い?合わ?せ先?|お問い?合わ?せ先?|連絡先・問い?合わ?せ先?)"
        r"|(?:申込|申し込み|申込み|お申込み?)[・/／]?(?:お?問い?合わ?せ)先?"
        r"|(?:お?問い?合わ?せ|連絡先)[・/／](?:申込|申し込み|申込み)先?",
        F.CONTACT_NAME,
    ),
    (r"(?:活動|開催|実施|利用|会場)?(?:場所|会場|拠点)(?:名|名称)?", F.PLACE_NAME),
    (r"(?:活動|開催|実施)の場所(?:名|名称)?", F.PLACE_NAME),
    # a 公民館サークル一覧's 「公民館」 (merged down over its circles): where they meet; not
    # 「公民館名」, the name of a list of the halls themselves
    (r"(?:活動|利用|使用)?公民館|(?:活動|利用|使用)公民館名", F.PLACE_NAME),
    (r"(?:活動|開催|実施)?(?:場所|会場|施設|拠点)?の?(?:所在地|住所)(?:・住所|等)?", F.ADDRESS),
    (r"(?:町名|町字|町丁目|町丁名|大字|大字・町名|町・丁目|地名)", F.ADDRESS),
    (r"(?:番地|番地等|地番|番地・号|番地以下|番地・号・建物名)", F.ADDRESS_BLOCK),
    (r"(?:建物名|建物名等|建物|ビル名|施設・建物名)", F.ADDRESS_EXTRA),
    (r"(?:〒|〒番号|郵便|郵便番号|〒・郵便番号)", F.POSTAL_CODE),
    (r"(?:開催|活動|実施|利用)?(?:日時|日程)(?:等)?", F.SCHEDULE),
    (
        r"(?:開催|活動|実施|利用)?(?:日|曜日|日時|日程)[・/／]?(?:時間|時間帯|時刻|場所|会場)",
        F.SCHEDULE,
    ),
    (r"(?:活動|実施|利用)日|(?:開催|活動|実施)?予定日|開催日程|開催月日|実施日程", F.MEETING_DAYS),
    (r"(?:開館|開所|営業|利用可能|開設)(?:日|曜日)", F.WEEKDAYS),
    (r"(?:休館|定休|休業|休所|休室|休み)日?", F.CLOSED_DAYS),
    (r"(?:開館|開所|営業開始|利用開始|開始)(?:時間|時刻)", F.START_TIME),
    (r"(?:閉館|閉所|営業終了|利用終了|終了)(?:時間|時刻)", F.END_TIME),
    (r"(?:営業|開館|開所|利用|受付)時間(?:帯)?", F.SCHEDULE_NOTE),
    (
        r"(?:申込|申し込み|申込み|申込方法|申し込み方法|予約|予約方法|予約の要否|申込の要否)",
        F.RESERVATION,
    ),
    # 「締切」「募集期間」 of a 募集一覧: when applications close, or that they have
    # (「令和8年7月31日（募集終了）」: full, ``status``).
    (
        r"(?:募集|申込|申し込み|受付)(?:締切|締め切り|〆切|期限|期間)日?|(?:締切|締め切り|〆切)日?",
        F.RESERVATION,
    ),
    (r"(?:開催|活動|実施)?(?:頻度|回数)", F.FREQUENCY),
    (r"(?:開催|活動|実施|利用|受入|受け入れ|受入れ)?曜日", F.WEEKDAYS),
    (r"(?:開催|活動|実施|利用|受入|受け入れ|受入れ)(?:時間|時間帯|時刻)", F.SCHEDULE_NOTE),
    (
        r"(?:主な)?(?:活動|事業|実施|体験|募集|作業)?(?:内容|概要|紹介|説明|紹介文|PR|PR文|特徴|ひとこと)",
        F.DESCRIPTION,
    ),
    # 「募集人数」 of a volunteer activity: how many it takes, as a 定員 says.
    (r"(?:募集|受入|受け入れ)(?:人数|人員|定員)|(?:募集|受入)定員", F.CAPACITY),
    (r"バリアフリー(?:情報|対応|設備)?", F.BARRIER_FREE),
    (r"(?:参加|利用|登録)?(?:人数|者数|会員数)|参加者数|登録者数|会員数", F.PARTICIPANTS),
    (r"(?:参加|利用)?(?:費|料|料金|会費|費用|負担金)(?:等)?", F.COST_TEXT),
    (
        r"(?:対象|参加|利用|参加対象|利用対象)?(?:年齢|年令)(?:層|区分|制限)?|対象年齢・?対象者?",
        F.AGES,
    ),
    (r"(?:対象者|参加対象|利用対象|対象者・条件|参加資格|参加条件)", F.CONDITIONS),
    (
        r"(?:地区|地区名|地域|地域名|圏域|日常生活圏域|生活圏域|エリア|小学校区|中学校区|校区|地区社協)",
        F.DISTRICT,
    ),
    (r"(?:施設|活動|事業)?の?(?:種別|区分|分類|種類)|ジャンル", F.TAGS),
    (
        r"(?:その他|特記事項|備考欄|補足|摘要|特記|その他の?特記事項|その他・?備考|特記事項・備考)",
        F.REMARKS,
    ),  # 摘要: a 台帳 system's 備考
)
_COMPILED = tuple((re.compile(pattern), meaning) for pattern, meaning in _PATTERNS)
# Names that are also the words of a time column: alone they could be anything, next to a
# column of days they are its time (「曜日」「時間」).
_TIME_ALONE = frozenset({"時間", "時間帯", "時刻"})
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|<[^<>]*>|「[^「」]*」")

WEEKDAY_NAMES = "月火水木金土日"
_WEEKDAY_HEADER = re.compile(r"([月火水木金土日])(?:曜|曜日)?|(祝)(?:日|祭日)?")
# Words of a target column of marks (the vocabulary's labels are matched first, in planning).
_TARGET_HEADER = re.compile(
    r"高齢者?|シニア|子ども|こども|子供|児童|小学生|中学生|高校生|乳幼児|未就学児?|親子|保護者"
    r"|子育て(?:世帯|中の方)?|障害者?|障がい者?|障碍者|障害のある方|障害児|若者|青少年|どなたでも|誰でも"
    r"|一般|外国人|外国籍の方|介護者|家族|ひとり親"
)
# A cell that says 「yes」 in a column of marks.
MARK = re.compile(r"[○〇◯●◎✓✔☑レ√vV]|有|有り|あり|可|実施|1")


# A cell of a column of marks that says no.
NO_MARK = re.compile(r"[×✕✖xX\-－ー‐―/／・]|なし|無|無し|不可|休み?")
# A cell of a weekday column that says which weeks (「第2・4」 under 「土」).
NTH_WEEKS = re.compile(r"第[0-9・,、\s~〜-]+|毎週|隔週|最終")


def is_mark_like(text: str) -> bool:
    """Whether a cell is what a column of marks holds: a mark, a no, or the weeks."""
    folded = unicodedata.normalize("NFKC", text).strip()
    return is_mark(folded) or bool(NO_MARK.fullmatch(folded) or NTH_WEEKS.fullmatch(folded))


def is_mark(text: str) -> bool:
    """Whether a cell of a column of marks says yes (○ ● ◎ ✓ レ あり 1); × – and 空 say no."""
    return bool(MARK.fullmatch(unicodedata.normalize("NFKC", text).strip()))


def _without_brackets(key: str) -> str:
    return _BRACKETS.sub("", key)


def guess(key: str, known: Callable[[str], ImportField | None]) -> ImportField | None:
    """The meaning of a normalised header no layout knows, from its words (None: none)."""
    for candidate in dict.fromkeys((key, _without_brackets(key))):
        if not candidate:
            continue
        if candidate != key and (meaning := known(candidate)) is not None:
            return meaning
        for pattern, meaning in _COMPILED:
            if pattern.fullmatch(candidate):
                return meaning
    inside = [part.strip("()[]【】<>「」") for part in _BRACKETS.findall(key)]
    for part in inside:  # 「所在地（住所）」: either name will do
        if part and (meaning := known(part)) is not None:
            return meaning
    return None


def weekday_of(key: str) -> str:
    """「月」「月曜」「月曜日」 → 月 (「祝」 → 祝); "" for any other header."""
    match = _WEEKDAY_HEADER.fullmatch(_without_brackets(key))
    return (match.group(1) or match.group(2)) if match else ""


def is_target_header(key: str) -> bool:
    return bool(_TARGET_HEADER.fullmatch(_without_brackets(key)))


def mark_columns(
    keys: Mapping[int, str], samples: Mapping[int, str], matches: Callable[[str], bool]
) -> set[int]:
    """The columns of a run of mark columns: two or more headers ``matches`` accepts, whose
    first values (when they have one) are marks."""
    found = {i for i, key in keys.items() if key and matches(key)}
    if len(found) < 2:
        return set()
    with_values = [i for i in found if i in samples]
    if not with_values or not all(is_mark_like(samples[i]) for i in with_values):
        return set()
    return found


def is_time_alone(key: str) -> bool:
    return key in _TIME_ALONE


__all__ = [
    "MARK",
    "NO_MARK",
    "NTH_WEEKS",
    "WEEKDAY_NAMES",
    "guess",
    "is_mark",
    "is_mark_like",
    "is_target_header",
    "weekday_of",
]
