"""Japanese labels and messages of the directory domain, kept in one place.

Templates and the web layer read these; domain code raises errors carrying them. Vocabulary
labels that admins may edit (categories, targets, areas) live in the database instead.
"""

from __future__ import annotations

from directory.models import (
    IntakeStatus,
    ListingStatus,
    LocationPrecision,
    OrganizationKind,
    RevisionAction,
    RevisionStatus,
    UserRole,
    Visibility,
)


def N_(message: str) -> str:  # noqa: N802 (gettext's own name for "translate later")
    """Mark a message for the catalogs (scripts/translations.sh reads webapp and the modules
    listed in babel.cfg); the web layer translates it when shown, the domain uses it as is."""
    return message


LISTING_STATUS = {
    ListingStatus.DRAFT: "下書き",
    ListingStatus.PENDING: "確認待ち",
    ListingStatus.PUBLISHED: "公開中",
    ListingStatus.ARCHIVED: "終了・非公開",
}

VISIBILITY = {
    Visibility.PUBLIC: "一般公開",
    Visibility.COORDINATORS: "コーディネーターのみ",
}

ORGANIZATION_KIND = {
    OrganizationKind.SHAKYO: "社会福祉協議会",
    OrganizationKind.NPO: "NPO法人",
    OrganizationKind.CHONAIKAI: "町内会・自治会",
    OrganizationKind.COMPANY: "企業",
    OrganizationKind.GOVERNMENT: "行政",
    OrganizationKind.WELFARE_CORP: "社会福祉法人",
    OrganizationKind.VOLUNTARY: "任意団体・サークル",
}

LOCATION_PRECISION = {
    LocationPrecision.FILE: "ファイルの座標",
    LocationPrecision.MANUAL: "手動で指定",
    LocationPrecision.ROOFTOP: "建物",
    LocationPrecision.CHOME: "町丁目",
    LocationPrecision.BLOCK: "町丁目・大字",
    LocationPrecision.OAZA: "大字",
    LocationPrecision.CITY: "市区町村",
    LocationPrecision.UNKNOWN: "不明",
}

REVISION_STATUS = {
    RevisionStatus.PENDING: "確認待ち",
    RevisionStatus.APPROVED: "承認済み",
    RevisionStatus.REJECTED: "差し戻し",
    RevisionStatus.WITHDRAWN: "取り下げ",
}

INTAKE_STATUS = {
    IntakeStatus.OPEN: "受け入れ可",
    IntakeStatus.CONSULT: "要相談",
    IntakeStatus.PAUSED: "休止中",
}

USER_ROLE = {
    UserRole.ADMIN: "管理者",
    UserRole.COORDINATOR: "コーディネーター",
    UserRole.ORG_MEMBER: "団体メンバー",
}

ACCESSIBILITY = {
    "wheelchair": "車いすで利用できます",
    "accessible_toilet": "多目的トイレがあります",
    "pickup": "送迎があります",
    "parking": "駐車場があります",
}

LANGUAGES = {
    "ja": "日本語",
    "easy_ja": "やさしい日本語",
    "en": "英語",
    "zh": "中国語",
    "vi": "ベトナム語",
    "tl": "タガログ語",
    "pt": "ポルトガル語",
    "es": "スペイン語",
    "ne": "ネパール語",
    "id": "インドネシア語",
}

FEATURES = {
    "small_group": "少人数",
    "women_only": "女性のみ",
    "kids_welcome": "子連れ歓迎",
    "no_reservation": "予約不要",
    "reservation_required": "要予約",
    "drop_in": "出入り自由",
    "online": "オンライン参加可",
}

# Field labels, used for validation messages and (later) revision diffs.
LISTING_FIELDS = {
    "name": "活動名",
    "kana": "ふりがな",
    "description": "紹介文",
    "tags": "キーワード",
    "categories": "活動の種類",
    "targets": "対象",
    "schedule_text": "日時",
    "place_name": "場所の名前",
    "address": "住所",
    "postal_code": "郵便番号",
    "lat": "緯度",
    "lon": "経度",
    "precision": "位置の精度",
    "area": "地区",
    "cost_text": "参加費",
    "cost_yen": "参加費（円）",
    "capacity": "定員",
    "age_min": "対象年齢（下限）",
    "age_max": "対象年齢（上限）",
    "age_with_adults": "対象年齢（付き添いの保護者も）",
    "wheelchair": "車いす",
    "accessible_toilet": "多目的トイレ",
    "pickup": "送迎",
    "parking": "駐車場",
    "languages": "対応言語",
    "features": "参加のしかた",
    "accepts_referrals": "参加支援の受け入れ",
    "trial_visit": "見学・体験",
    "visibility": "公開範囲",
    "organization": "団体",
    "contact_name": "問い合わせ先",
    "contact_phone": "電話番号",
    "contact_email": "メールアドレス",
    "summaries": "ほかのことばの短い紹介",
    "intake_status": "受入状況",
}

# Languages an organization may add a short description in (Listing.summaries), each named in
# itself so a reader finds their own; "ja@easy" is やさしい日本語 (the pages' locale code).
SUMMARY_LANGUAGES = {
    "ja@easy": "やさしい にほんご",
    "en": "English",
    "vi": "Tiếng Việt",
    "zh": "中文",
    "ko": "한국어",
    "pt": "Português",
    "tl": "Tagalog",
    "ne": "नेपाली",
    "id": "Bahasa Indonesia",
}
SUMMARY_MAX_LENGTH = 400
MSG_SUMMARY_TOO_LONG = "{language}の紹介は{limit}文字以内で入力してください。"

# 住民からの知らせ (「情報が違う・閉まっていた」 on a listing's page)
REPORT_REASONS = {
    "wrong": "情報が違う",
    "closed": "閉まっていた・やっていなかった",
    "other": "そのほか",
}
REPORT_NOTE_MAX_LENGTH = 500
MSG_REPORT_REASON = "どれにあてはまるか、1つ選んでください。"
MSG_REPORT_NOTE_TOO_LONG = "くわしい内容は{limit}文字以内で入力してください。"

MSG_REQUIRED = "{field}を入力してください。"
MSG_TOO_LONG = "{field}は{limit}文字以内で入力してください。"
MSG_UNKNOWN_CODE = "{field}に登録されていない値「{value}」があります。"
MSG_NOT_NEGATIVE = "{field}は0以上の数で入力してください。"
MSG_POSITIVE = "{field}は1以上の数で入力してください。"
MSG_COORDINATE = "{field}の値が正しくありません。"
MSG_AGE_TEXT = "対象年齢は「15〜39歳」「65歳以上」「小学生」「中高生」のように入力してください。"
# How the listing form read a 対象年齢 it had to set words aside from (directory.ages).
AGE_NOTE_VAGUE = "「{word}」は目安として、{ages}で登録します。"
AGE_NOTE_ADULTS = "保護者など付き添いの方の年齢は問わず、お子さんの年齢（{ages}）で登録します。"
AGE_NOTE_OTHER = "年齢以外の条件（{word}）は説明欄に書いてください。対象年齢は{ages}で登録します。"
AGE_NOTE_WORD = "「{word}」は{ages}として登録します。"
# 「妊婦さん」「プレママ」 alone: the expectant parent is no age (a pregnant 16-year-old comes too).
AGE_NOTE_EXPECTING = "「{word}」は年齢では分けられないため、対象年齢は決めずに登録します。妊婦さん向けであることは説明欄に書いてください。"
AGE_NOTE = "対象年齢「{written}」について: {note}"
MSG_AGE_RANGE = "対象年齢は0〜120歳の範囲で、下限は上限以下にしてください。"
MSG_CHOOSE_ONE = "{field}を1つ以上選んでください。"
MSG_STALE_REVISION = "この活動はあなたが編集を始めた後に別の人が更新しました。最新の内容を確認してから、もう一度送信してください。"
MSG_STALE_OWN_REVISION = "この活動は、あなたがこのフォームを開いた後に、あなた自身が先に送信した変更で更新されています。内容を確認してから、もう一度送信してください。"
MSG_ALREADY_SUBMITTED = "この変更はすでに送信済みです。同じ内容なので、二重には送信していません。"
MSG_NOT_PENDING = "この変更はすでに処理済みです。"
MSG_PASSWORD_SHORT = "パスワードは{limit}文字以上にしてください。"  # noqa: S105 (a message, not a password)
MSG_PASSWORD_COMMON = "推測されやすいパスワードです。よく使われるパスワードや、単語・名前・メールアドレス・キーボードの並び・数字の並び（例: password1234, 123456789012）だけでできたものは使えません。いくつかの言葉を組み合わせて長くしてください。"  # noqa: S105 (a message)
MSG_PASSWORD_MISMATCH = "確認用のパスワードが一致しません。"  # noqa: S105 (a message)
MSG_EMAIL_INVALID = "メールアドレスの形式が正しくありません。"
MSG_PHONE_INVALID = "電話番号の形式が正しくありません。数字で入力してください（例: 029-821-0000。内線や受付時間はその後ろに書けます）。"
MSG_EMAIL_TAKEN = "このメールアドレスはすでに登録されています。"
MSG_MEMBER_NEEDS_ORGANIZATION = "団体メンバーには所属する団体を1つ以上選んでください。"
MSG_OWN_ACCOUNT_ACTIVE = (
    "自分のアカウントはログインできないようにできません。ほかの管理者に頼んでください。"
)
MSG_OWN_ROLE = "自分の役割は変えられません。ほかの管理者に頼んでください。"
MSG_LAST_ADMIN_ACTIVE = "ログインできる管理者がほかにいないため、ログインできないようにはできません。先にほかの人を管理者にしてください。"
MSG_LAST_ADMIN_ROLE = "ログインできる管理者がほかにいないため、役割を変えられません。先にほかの人を管理者にしてください。"
MSG_REJECT_REASON = "差し戻しの理由を入力してください。団体の方が読んで直せるように書いてください。"
MSG_SUPERSEDED = "新しい送信（第{number}版）に置き換えられました。"
MSG_STALE_PROFILE = "この団体情報はあなたが編集を始めた後に別の人が更新しました。最新の内容を確認してから、もう一度送信してください。"
MSG_STALE_OWN_PROFILE = "この団体情報は、あなたがこのフォームを開いた後に、あなた自身が先に送信した変更で更新されています。内容を確認してから、もう一度送信してください。"
MSG_URL_INVALID = "ウェブサイトは https:// で始まるアドレスを入力してください。"
MSG_ALREADY_ARCHIVED = "この活動はすでに終了・非公開になっています。"

REVISION_ACTION = {
    RevisionAction.UPDATE: "内容の変更",
    RevisionAction.ARCHIVE: "掲載の終了",
}

ORGANIZATION_FIELDS = {
    "name": "団体名",
    "kana": "ふりがな",
    "kind": "団体の種類",
    "description": "団体の紹介",
    "area": "地区",
    "address": "住所",
    "phone": "電話番号",
    "email": "メールアドレス",
    "website": "ウェブサイト",
}
MSG_NOT_A_NUMBER = "{field}は数字で入力してください（例: 300）。"

# ---- bulk import and export (directory.interop) ----
IMPORT_ROW_PREFIX = "{where}「{column}」: {message}"  # where: IMPORT_LINE or IMPORT_SHEET_LINE
IMPORT_ROW_PREFIX_NO_COLUMN = "{where}: {message}"
IMPORT_EMPTY_FILE = "ファイルが空です。"
IMPORT_NO_HEADER = (
    "見出しの行が見つかりません。1行目（表題があるときは2行目）に項目名を書いてください。"
)
IMPORT_HEADER_TOO_FAR_DOWN = (
    "見出しの行が見つかりません（上から{rows}行のうちに「活動名」「名称」「住所」などの見出しがありません）。"
    "{line}行目が見出しのようです。その上の行（表題や注記）を削除して、見出しが{rows}行目までに来るようにしてから読み込んでください。"
)
IMPORT_NO_KNOWN_HEADER = (
    "見出しの行が見つかりません（上から{rows}行のうちに「活動名」「名称」「住所」などの見出しがありません）。"
    "見出しの上の行（表題や注記）を削除して、見出しが{rows}行目までに来るようにしてから読み込んでください。"
)
IMPORT_NO_ROWS = "見出しの下にデータの行がありません。"
IMPORT_NOTE_ROW = "{where}は表の下の注記として読み込みません（「{text}」）"
IMPORT_PASSED_ROW = {  # rows inside the table that are no listing (reading.PassedRow.kind)
    "heading": "{where}は表の中の見出しとして読み込みません（「{text}」）",
    "total": "{where}は合計の行として読み込みません（「{text}」）",
    "note": "{where}は注記として読み込みません（「{text}」）",
    "header": "{where}は見出しの繰り返しとして読み込みません",
    "example": "{where}は様式の記入例として読み込みません（「{text}」）",
}
# One activity written on two rows (its name merged down, or written once): the second row's
# 開催日時 is the activity's too (planning's continuation rows).
IMPORT_CONTINUED_CELL = (
    "{where}は{head}「{name}」の「{column}」の続きとして読みました（「{text}」）"
)
IMPORT_CONTINUATION_ROW = (
    "{where}は{head}「{name}」の続きの行として、開催日時「{schedule}」をその活動に加えます"
)
IMPORT_CONTINUATION_NOTES = "（{notes} は説明に書き加えます）"
# A row the list says ended or paused (directory/interop/status.py).
IMPORT_ENDED = "「{said}」とあるため、廃止・終了した活動として読み込みません（続いている活動なら「新規登録」を選んでください）"
IMPORT_STRUCK_THROUGH_SAID = "一覧で名前に取り消し線"
IMPORT_ENDED_EXISTING_HINT = "登録済みのこの活動の掲載を終了するには --archive-ended を付けて取り込んでください（画面では「掲載を終了」を選びます）"
IMPORT_ARCHIVED_REASON = "取り込んだ一覧に「{said}」とあるため、掲載を終了"
IMPORT_STRUCK_THROUGH = "名前に取り消し線が引かれているため、廃止・終了した活動として読み込みません（続いている活動なら「新規登録」を選んでください）"
IMPORT_STRUCK_CELL = "「{value}」は取り消し線で消されているため、読み込みません"
IMPORT_PAUSED = (
    "「{said}」とあるため、受入状況を「休止中」にして登録します（マッチングで提案しません）"
)
# A pause from a date to come (「令和9年4月から休止」 read in December 2026): not paused yet.
IMPORT_PAUSE_TO_COME = "「{said}」とあるため、{when}からの休止として読みました。それまでは活動しているので、受入状況は変えずに登録します。{when}になったら受入状況を「休止中」にしてください"
# An end to come (「令和9年3月末で廃止」 read in December 2026): it meets until then.
IMPORT_END_TO_COME = "「{said}」とあるため、{when}から廃止・終了する活動として読みました。それまでは活動しているので登録します。{when}になったら掲載を終了してください"
IMPORT_FULL = "「{said}」とあるため、受入状況を「要相談」にして登録します（マッチングでは受け入れ可として扱わず、要相談と表示します）"
# A 申込締切・募集期間 past on the day the list is read, with no word that the intake closed.
IMPORT_DEADLINE_PASSED = "{header}の「{said}」（{when}）を過ぎているため、募集は終わったものとして受入状況を「要相談」にして登録します（活動そのものは続いていることがあります。募集を延長しているなら受入状況を直してください）"
IMPORT_FULL_MARK = "満員"  # a bare 「×」 in a 受付状況・空き状況 column
# A list whose dates are all past (last year's, re-imported by mistake): said above the rows.
IMPORT_STALE_DATES = "この一覧の日付はすべて過ぎています（最も新しいもの：{latest}）。前年度の一覧ではないか確かめてください。今年度の日程の一覧で読み込み直すことをおすすめします"
IMPORT_STALE_YEAR = "表題の「{year}」は終わっています。前年度の一覧ではないか確かめてください。今年度の一覧で読み込み直すことをおすすめします"
IMPORT_PLACE_NAME_TOWN = "会場「{place}」の住所がないため、町名「{town}」の位置で登録します。建物の位置は地図でピンを置いてください"
IMPORT_OPEN = "「{said}」とあるため、受入状況を「受け入れ可」にして登録します"
IMPORT_OPEN_MARK = "受付中"  # a bare 「○」 in a 受付状況・空き状況 column
# An update whose row says another 受入状況 than the listing's (「空きあり」 of one left 要相談).
IMPORT_INTAKE_CHANGED = "更新すると受入状況が「{old}」から「{new}」に変わります"
IMPORT_INTAKE_UNSET = "未設定"
IMPORT_INTAKE_CHANGE_LABEL = "{field}（{old}→{new}）"  # 受入状況（要相談→受け入れ可）
IMPORT_ACTIVITY_COUNT = (
    "活動 {activities}件（データ {rows}行のうち {continued}行は上の活動の続きの行）"
)
IMPORT_ENDED_ROWS = "廃止・終了と書かれた行（{count}件。読み込みません）"
IMPORT_STATUS_NOTE = "状況"
# An event moved to another day (directory/interop/postponements.py).
IMPORT_POSTPONED = "「{said}」とあるため、開催日を{new}として読み込みます（もとの開催日: {old}）"
IMPORT_POSTPONED_UNSURE = "「{said}」とありますが、新しい開催日を確かめられないため、一覧の開催日のまま読み込みます。開催日を確認してください"
IMPORT_POSTPONED_NOTE = "日程変更"
IMPORT_FORMER_NAME_NOTE = "旧名称"
IMPORT_FAX_NOTE = "FAX"
IMPORT_WEBSITE_NOTE = "ホームページ"
IMPORT_CONTINUATION_DESCRIPTION = "{schedule}の回: {notes}"
IMPORT_BAD_ENCODING = "文字コードを判別できません（{line}行目付近に UTF-8 とも Shift_JIS（CP932）とも読めない文字があります）。UTF-8 か Shift_JIS で保存し直してください。"
IMPORT_BAD_XLSX = "Excel ファイル（.xlsx）として読めません。壊れているか、別の形式のファイルです。"
IMPORT_OLD_XLS = "古い Excel 形式（.xls）のファイルです。Excel で開き、「名前を付けて保存」で .xlsx か CSV にしてください。"
IMPORT_READ_SHEETS = "シート{sheets}から読みました"
IMPORT_IN_SHEET = "シート「{sheet}」: {message}"
IMPORT_SHEET_LINE = "シート「{sheet}」{line}行目"  # a row of a workbook read from several sheets
IMPORT_LINE = "{line}行目"
IMPORT_ONLY_EXAMPLE_SHEETS = "記入例のシート{sheets}のほかに、読み込むシートがありません。一覧を入力したシートを加えて保存してください。"
IMPORT_EXAMPLE_SHEETS = "シート{sheets}は記入例として読み込みません。"
IMPORT_OTHER_LIST_SHEETS = "シート{sheets}は、見出しがシート{read}と違うため読み込みません（別のファイルにして取り込んでください）。"
IMPORT_NO_LIST_SHEETS = "シート{sheets}には一覧の表がないため読み込みません。"
IMPORT_XLSB = "Excel バイナリ ブック（.xlsb）は読めません。Excel で開き、「名前を付けて保存」で「Excel ブック（.xlsx）」か CSV にしてください。"
IMPORT_ODS = "OpenDocument のスプレッドシート（.ods）は読めません。LibreOffice などで開き、「名前を付けて保存」で「Excel 2007-365（.xlsx）」か CSV にしてください。"
IMPORT_PDF = "PDF ファイルは読み込めません。元の Excel ファイルか、Excel の「名前を付けて保存」で保存した CSV（.csv）か Excel ブック（.xlsx）を選んでください。"
IMPORT_SEMICOLON_UNCLEAR = "見出しの行がセミコロン（;）で区切られているようですが、行によって区切りが違うため読めません。Excel で開き、「名前を付けて保存」で「CSV UTF-8（コンマ区切り）」か Excel ブック（.xlsx）にしてください。"
IMPORT_PROTECTED_XLSX = "パスワードで保護された Excel ファイルは読めません。Excel でパスワードを外して保存し直してください。"
IMPORT_UNKNOWN_LAYOUT = (
    "ファイルの形式（列の並び）を判別できません。どの列が何を表すか指定してください。"
)
IMPORT_MISSING_COLUMNS = "必要な列がありません: {columns}"
IMPORT_UNKNOWN_HEADER = "「{header}」列は読み込みません（どの項目か指定すれば読み込みます）。"
IMPORT_UNKNOWN_TARGET_KEPT = (
    "「{value}」は登録されている対象ではないため、紹介文に「対象: …」として残します"
)
IMPORT_TARGET_NOTE = "対象"
IMPORT_AGES_NOTE = "対象年齢"  # a 対象年齢 column, kept in the description as written
IMPORT_AGES_UNREAD = "「{value}」を対象年齢として読み取れないため、対象年齢は登録しません（書かれた言葉は紹介文に「{note}: …」として残します）。登録のあとで対象年齢を確かめてください"
IMPORT_AGES_READ = "{ages}（「{said}」）"  # the preview's 対象年齢: what it read, from what
IMPORT_AGES_NO_LIMIT = "年齢の決まりなし"
IMPORT_CAPACITY_NOTE = "定員"
IMPORT_CLOSED_DAYS = "休み"  # 休館日・定休日 columns, in the schedule text: 「休み：月曜」
IMPORT_UNKNOWN_TARGET_MARK = "○の付いた対象は登録されていない対象のため、読み込みません"
IMPORT_ODD_MARK = "印（○）のほかに「{value}」と書かれています。この列からは読み込みません"
IMPORT_NAME_FROM_GROUP = (
    "活動名の列がないため、「{column}」列を活動名としても読み込みます（団体ごとの一覧として）。"
)
IMPORT_NAME_FROM_WORK = "活動名の列がないため、「{column}」列を活動名としても読み込みます（募集先・受入先ごとの、活動の内容の一覧として）。"
IMPORT_COLUMN_POSITION = "{number}列目"  # a column named by where it is (--map '4列目=address')
IMPORT_UNNAMED_COLUMN = "{number}列目（見出しなし）"
IMPORT_UNNAMED_COLUMN_UNREAD = (
    "「{column}」は読み込みません（はじめの値「{sample}」）。どの項目か指定すれば読み込みます。"
)
IMPORT_MAP_BY_POSITION = (
    "見出しのない列は、--map '4列目=address' のように列の位置で項目を指定できます。"
)
IMPORT_NO_SUCH_COLUMN = "「{name}」という列はありません（見出しの名前か、1列目〜{columns}列目のような位置で指定してください）。"
IMPORT_DUPLICATE_HEADER = "「{header}」という列が2つ以上あります。最初の列だけを読み込みます。"
IMPORT_REQUIRED = "必須の項目が空です"
IMPORT_NOT_A_NUMBER = "数として読めません（「{value}」）"
IMPORT_BAD_COORDINATE = "緯度・経度として正しくありません（「{value}」）"
IMPORT_BAD_POSTAL_CODE = "郵便番号は7桁の数字で書いてください（「{value}」）"
IMPORT_UNKNOWN_CATEGORY = "登録されていない活動の種類です（「{value}」）"
IMPORT_UNKNOWN_TARGET = "登録されていない対象です（「{value}」）"
IMPORT_NO_CATEGORY = "活動の種類がありません（列を追加するか、既定の種類を指定してください）"
IMPORT_NO_ORGANIZATION = "団体名がありません（列を追加するか、既定の団体を指定してください）"
IMPORT_ORGANIZATION_FROM_NAME = "団体名の列がないため、各行の活動名をそのまま団体名として登録します（通いの場・サロンのように、活動そのものがひとつの団体として）。どの行もひとつの団体の活動なら、既定の団体を指定してください。"
# … and when a column is left unread, it may hold the groups: said with the same warning.
IMPORT_ORGANIZATION_IN_UNREAD = (
    "読み込まない列（{columns}）に団体名が書かれていれば、その列を「団体名」に指定してください。"
)
IMPORT_CONTACT_FROM_LIST = "連絡先の列がないため、一覧の下に書かれた問合せ先「{contact}」をどの行の連絡先としても登録します。"
IMPORT_CATEGORY_FROM_LIST = "活動の種類の列がないため、一覧の「{said}」から、どの行も種類を「{label}」として登録します。ちがう場合は既定の種類を指定してください。"
# … when some rows' own names gave them another kind (kind_of_name): how many took which.
IMPORT_CATEGORY_FROM_LIST_SOME = "活動の種類の列がないため、一覧の「{said}」から、{rows}行のうち{taken}行の種類を「{label}」として登録します。ほかの{others}行は活動名から種類を決めています（{kinds}）。ちがう場合は既定の種類を指定するか、行ごとに種類を直してください。"
IMPORT_CATEGORY_ROWS = "「{label}」{rows}行"
IMPORT_CATEGORY_FROM_NAME = "活動名に「{said}」とあるため、一覧の種類ではなく「{label}」として登録します。ちがう場合は種類を直してください"
IMPORT_FORMULA = (
    "数式のように見える値です。数式としては扱わず、文字として保存します（表示: {shown}）"
)
IMPORT_PHONE_AREA_CODE_ADDED = "電話番号「{value}」に市外局番がないため、この一覧のほかの電話番号の市外局番「{code}」を補いました。確認してください"
IMPORT_PHONE_NO_AREA_CODE = "電話番号「{value}」に市外局番がありません。書かれたとおりに保存します。市外局番を加えてください"
IMPORT_ODD_PHONE = "電話番号として読めません（「{value}」）。書かれたとおりに保存します"
IMPORT_ODD_EMAIL = "メールアドレスとして読めません（「{value}」）。書かれたとおりに保存します"
IMPORT_PLACE_NAME_ONLY = "会場「{place}」の名前だけでは場所を特定できません。市区町村の位置で登録するので、地図でピンを置いてください"
IMPORT_ADDRESS_READ_OTHERWISE = (
    "住所を書かれたとおりには置けないため、読み替えました（{notice}）。違っていれば住所を直すか、"
    "地図でピンを置いてください"
)
IMPORT_NOT_LOCATED = "住所から位置を特定できません（{reason}）。地図には表示されません"
IMPORT_NO_CITY_IN_ADDRESS = "{reason}。住所に市区町村名がありません。「市区町村名」の列を加えるか、住所を市区町村名から書いてください"
IMPORT_SCHEDULE_REVIEW = "日時の一部を読み取れません。原文のまま保存し、確認が必要な印を付けます"
IMPORT_DUPLICATE_IN_FILE = "{where}と同じ活動のようです"
IMPORT_UPDATED_WARNED = "更新する活動のうち{count}件に確認が必要なことがあります（下の「更新する活動」に行ごとに出ています）。"
IMPORT_DUPLICATE_EXISTING = "登録済みの活動「{name}」（ID {id}）と同じ活動のようです"
IMPORT_TOO_MANY_ROWS = "行が多すぎます（最大 {limit} 行）。ファイルを分けてください。"
IMPORT_TOO_MANY_COLUMNS = (
    "{line}行目: 列が多すぎます（最大 {limit} 列）。不要な列を消してから保存し直してください。"
)
IMPORT_CELL_TOO_LONG = "{line}行目: 1つのセルの文字が多すぎます（最大 {limit:,} 字）。"
IMPORT_BAD_CSV = '{line}行目: CSV として読めません（引用符「"」の閉じ忘れなど）。'
IMPORT_FILE_TOO_LARGE = "ファイルが大きすぎます（最大 {megabytes}MB）。ファイルを分けてください。"
IMPORT_XLSX_TOO_LARGE = "Excel ファイルの中身が大きすぎて読めません。必要な行と列だけを新しいファイルにコピーして保存し直してください。"
IMPORT_CHANGED_WHILE_ASKING = "確認のあいだに登録済みの活動が変わったため（ほかの取り込みなど）、取り込む内容が変わりました。何も保存していません。もう一度実行して、内容を確認してください。"
IMPORT_CONTROL_CHARACTER = "使えない文字（制御文字）が含まれています"
IMPORT_ACTIONS = {
    "create": "新規登録",
    "update": "更新",
    "skip": "読み込まない",
    "reject": "エラー",
    "archive": "掲載を終了",
}
IMPORT_BARRIER_FREE_NOTE = "バリアフリー情報"  # the phrases of that column no flag says
IMPORT_UNCHANGED = "変更なし（登録済みの活動と同じ内容）"

# Exports: the Open Referral HSDS texts (directory/interop/hsds.py) and the municipality code
# setting (directory/interop/municipalities.py).
HSDS_CATEGORY_TAXONOMY = ("活動の種類", "つながりマップの活動の種類")
HSDS_TARGET_TAXONOMY = ("対象", "つながりマップの対象（どなたのための活動か）")
HSDS_TARGET_TERM = "{label}のための活動"
HSDS_ELIGIBILITY = "対象: {targets}"
HSDS_ELIGIBILITY_AGES = "対象年齢: {ages}"  # after the targets, joined by 「。」
HSDS_FEE = "参加費"
HSDS_AREA_KIND = "地区"
HSDS_AREA = "{centre}の圏域"
HSDS_CLOSED_ON_HOLIDAYS = "祝日は休み"
HSDS_CLOSED_MONTH = "{month}月は休み"
HSDS_CLOSED_PERIOD = "{m1}月{d1}日〜{m2}月{d2}日は休み"
HSDS_ONLY_MONTHS = "{months}月のみ"
HSDS_ALSO_HOLIDAYS = "祝日も開催"
HSDS_PER_MONTH = "月{n}回（日は不定）"
HSDS_PER_YEAR = "年{n}回（日は不定）"
HSDS_IRREGULAR = "不定期"
HSDS_EVERY_N_WEEKS = "{n}週ごと（開催する週は問い合わせ）"
MUNICIPALITY_CODE_MALFORMED = "TSUNAGARI_MUNICIPALITY_CODE={code!r} は全国地方公共団体コード（6桁・検査数字つき）ではありません"
MUNICIPALITY_CODE_UNKNOWN = (
    "TSUNAGARI_MUNICIPALITY_CODE={code!r} は全国地方公共団体コードの一覧にありません"
)

# Import of real municipal lists (issue 17).
IMPORT_PRIVATE_ADDRESS = "住所が非公開のため、地図には表示しません（座標も読み込みません）"
IMPORT_CITY_DEPARTMENT = (
    "「{name}」は市の担当課とみなし、運営団体ではなく問い合わせ先（市の担当課）にしました"
)
CITY_DEPARTMENT = "市の担当課"
PRIVATE_PLACE = "住所非公開"

# Landmarks (目印) and the place lookup.
LANDMARK_NAME_REQUIRED = "名称を入力してください。"
LANDMARK_NAME_TAKEN = "「{name}」という目印はすでにあります。"
LANDMARK_BAD_KIND = "種類を選んでください。"
LANDMARK_BOTH_COORDINATES = "緯度と経度は両方入力してください。"
LANDMARK_OUTSIDE_JAPAN = "緯度・経度が日本の範囲にありません（例: 緯度 36.0786、経度 140.2064）。"
LANDMARK_NEEDS_A_POINT = "住所か、緯度・経度を入力してください。"
LANDMARK_ADDRESS_NOT_PLACED = (
    "住所から町丁目まで特定できませんでした（{reason}）。緯度・経度を入力してください。"
)
LANDMARK_SOURCE_FROM_ADDRESS = "住所の町丁目の代表点（{matched}）"
LANDMARK_BAD_NUMBER = "緯度・経度が数字ではありません"
LANDMARK_CSV_ENCODING = "ファイルを UTF-8 としても Shift_JIS としても読めませんでした。"
LANDMARK_CSV_HEADERS = "1行目に見出し（{headers}）が必要です。「名称」は必須です。"
PLACE_NOT_FOUND = N_("位置を特定できません")  # as the geocoder says it (geo.geocoding)
PLACE_EMPTY = N_("場所が入力されていません")
# A typed place that is no landmark, area, town or address of the data: said plainly, with what
# can be typed (directory.places.resolve_place).
PLACE_UNKNOWN = N_(
    "登録されている駅・施設・地区・町名にありません。駅名・地区名・町名・住所・郵便番号で入力してください"
)
