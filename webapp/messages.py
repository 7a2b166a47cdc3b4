"""Japanese messages of the web layer (flash messages and form errors it owns).

Messages about content (validation of listings, organizations, users) are the domain's, in
``directory.labels``; these are about sessions, forms and navigation.
"""

from __future__ import annotations

from directory.labels import N_

LOGIN_REQUIRED = "このページを見るにはログインしてください。"
LOGIN_FAILED = "メールアドレスまたはパスワードが正しくありません。"
LOGIN_BLOCKED = "ログインの失敗が続いたため、ログインを一時的に止めています。{minutes}分ほど待ってから、もう一度お試しください。"
LOGGED_OUT = "ログアウトしました。"
SESSION_EXPIRED = "しばらく操作がなかったため、ログアウトしました。もう一度ログインしてください。"
SESSION_EXPIRED_UNSAVED = "しばらく操作がなかったため、ログアウトしました。最後に送信した内容は保存されていません。もう一度ログインしてから、送信し直してください。"
LOGIN_REQUIRED_UNSAVED = "ログインが切れていたため、送信した内容は保存されていません。もう一度ログインしてから、送信し直してください。"
CURRENT_PASSWORD_WRONG = "いまのパスワードが正しくありません。"  # noqa: S105 (a message)
PASSWORD_CHANGED = "パスワードを変更しました。ほかの端末のログインは終了しました。"  # noqa: S105
PASSWORD_SET = "パスワードを設定しました。新しいパスワードでログインしてください。"  # noqa: S105
INPUT_UNREADABLE_TITLE = "送信された内容を読み取れませんでした"
INPUT_UNREADABLE = "入力に使えない文字（制御文字や、文字化けした文字）が含まれています。文字を入力し直してから、もう一度お試しください。"
UNTRUSTED_HOST = (
    "このアドレス（ホスト名）では受け付けていません。公開されているアドレスからご利用ください。\n"
)
CSRF_FAILED = "フォームの有効期限が切れたか、正しく送信されませんでした。ページを再読み込みしてから、もう一度送信してください。"
FORM_HAS_ERRORS = "入力内容に確認が必要な項目があります。次の項目を直してください。"
SUBMITTED_FOR_REVIEW = "変更を送信しました。コーディネーターが確認したあとで公開されます。それまでは今の内容が表示されます。"
LISTING_CREATED = "新しい活動を送信しました。コーディネーターが確認したあとで公開されます。"
# The address was placed, but not as written (a city under a neighbouring prefecture): saved,
# and said so that a wrong guess is caught (the import preview says the same)
ADDRESS_READ_OTHERWISE = (
    "住所は書かれたとおりには置けないため、読み替えて地図に置きました（{notice}）。"
    "違っていれば住所を直すか、地図でピンを置いてください。"
)
CONFIRMED = "「{name}」の情報確認日を{date}に更新しました。"
CONFIRMED_MANY = "選んだ{count}件の活動の情報確認日を{date}に更新しました。"
CONFIRM_WHILE_PENDING = "「{name}」は送信した変更を確認待ちのため、情報確認日は変えていません。「情報に変更はありません」は今の公開内容が正しいという意味なので、変更が承認されると情報確認日が新しくなります。"
CONFIRM_SKIPPED_PENDING = "送信した変更を確認待ちの{count}件は、情報確認日を変えていません（変更が承認されると新しくなります）。"
CONFIRM_NONE_CHOSEN = "情報確認日を更新する活動が選ばれていません。変更のない活動にチェックを入れてから押してください。"
INTAKE_SET = (
    "「{name}」の受入状況を「{status}」にしました（{date}）。コーディネーターの提案に表示されます。"
)
ARCHIVE_REQUESTED = (
    "掲載終了の申請を送信しました。コーディネーターが確認したあとで非公開になります。"
)
WITHDRAWN = "送信した変更を取り下げました。"
APPROVED = "「{name}」の変更を承認し、公開しました。"
ARCHIVE_APPROVED = "「{name}」の掲載終了を承認しました。公開ページには表示されなくなりました。"
REJECTED = "「{name}」の変更を差し戻しました。団体の方に理由が表示されます。"
# A second press of 承認 / 差し戻す whose first press went through.
ALREADY_DECIDED = "「{name}」の変更は、すでに{status}です。"
ALREADY_DECIDED_STATUS = {"approved": "承認済み", "rejected": "差し戻し済み"}
PROFILE_SUBMITTED = "団体情報の変更を送信しました。コーディネーターが確認したあとで公開されます。"
USER_SAVED = "ユーザー「{name}」を保存しました。"

# JSON API (/api/v1/): error messages; a parameter's name is given as the client wrote it.
API_NOT_FOUND = "お探しの{what}は見つかりません。終了したか、公開されていない可能性があります。"
API_NO_SUCH_PATH = (
    "このURLのAPIは見つかりません。/api/v1/openapi.json で使えるURLをご確認ください。"
)
API_METHOD_NOT_ALLOWED = "このAPIは読み取り専用です。GET で呼び出してください。"
API_BAD_REQUEST = "リクエストを処理できませんでした。パラメータをご確認ください。"
API_FORBIDDEN = "このAPIでは、この操作はできません。"
API_TOO_LARGE = (
    "送信された内容が大きすぎます。このAPIは読み取り専用です。GET で呼び出してください。"
)
API_SEARCH_UNAVAILABLE = "ただいま検索の索引を作り直しています。Retry-After の秒数のあとで、もう一度お試しください（q などの検索の条件を使わない一覧は、このあいだも使えます）。"
API_SERVICE_UNAVAILABLE = (
    "ただいまデータベースにつながりません。Retry-After の秒数のあとで、もう一度お試しください。"
)
API_SERVER_ERROR = "申し訳ありません。エラーが発生しました。時間をおいてもう一度お試しください。"
API_NOT_AN_INTEGER = (
    "パラメータ {name} は{low}以上{high}以下の整数で指定してください（「{value}」は使えません）。"
)
API_UNKNOWN_VALUE = (
    "パラメータ {name} に使えない値「{value}」があります。使える値は {allowed} です。"
)
API_UNKNOWN_CODE = "パラメータ {name} に登録されていないコード「{value}」があります。使えるコードは /api/v1/{vocabulary} で確認できます。"
API_TOO_LONG = "パラメータ {name} は{limit}文字以内で指定してください。"
API_NOT_A_COORDINATE = (
    "パラメータ {name} は{low}〜{high}の数で指定してください（「{value}」は使えません）。"
)
API_LAT_LON_TOGETHER = "パラメータ lat と lon は両方を指定してください。"
API_DISTANCE_NEEDS_ORIGIN = (
    "sort=distance には起点が必要です。lat と lon、または near（地区のコード）を指定してください。"
)
API_AREA_WITHOUT_POINT = "地区「{value}」（{area}）には距離を測る拠点（公民館など）の地点が登録されていないため、near には使えません。lat と lon で起点を指定してください。"
API_SORT_NEEDS_BROWSE = "sort={sort} は q・time・free・max_cost・access・referrals・language・near・lat・lon・within と一緒には使えません。sort=relevance か sort=distance を指定してください。"
API_REPEATED = "パラメータ {name} は1回だけ指定してください。"
API_BAD_RADIUS = "パラメータ within は 0 より大きく {high} 以下の数（km）で指定してください（指定された値: {value}）。"
API_RADIUS_NEEDS_ORIGIN = (
    "within（距離の絞り込み）には、起点の near か lat と lon を指定してください。"
)

# HSDS API (/hsds/): the JSON API's messages, and these
HSDS_NO_SUCH_PATH = "このURLのAPIは見つかりません。/hsds/openapi.json で使えるURLをご確認ください。"
HSDS_BAD_DATETIME = "パラメータ modified_after は 2026-11-01 や 2026-11-01T09:00:00+09:00 のような日時で指定してください（「{value}」は使えません）。"
HSDS_UNKNOWN_ID = "パラメータ {name} に見つからない ID「{value}」があります。使える ID は {listing} で確認できます。"

# Bulk import (webapp/imports.py)
IMPORT_CHOOSE_FILE = "取り込むファイルを選んでください。"
IMPORT_PLAN_CHANGED = (
    "確認のあとで登録済みの活動が変わったため、取り込む内容が変わりました。"
    "まだ保存していません。もう一度内容を確認してから保存してください。"
)
IMPORT_ALREADY_SAVED = (
    "この取り込みは {when} に保存済みです（{summary}）。2回目の保存はしていません。"
)
IMPORT_SAME_FILE_SAVED = (
    "同じ内容のファイルが {when} に取り込まれたため、取り込む内容が変わりました。"
    "まだ保存していません。重複する行を確認してから保存してください。"
)
IMPORT_NOTHING_TO_SAVE = "登録・更新する行がないため、保存していません。"
IMPORT_FAILED = (
    "保存できませんでした。何も変更していません（途中まで保存されることはありません）。"
    "時間をおいてもう一度お試しください。"
)
IMPORT_DONE = "「{filename}」を取り込みました。{summary}"
IMPORT_CANCELLED = "取り込みをやめ、ファイルを削除しました。"

# Landmarks (目印)
LANDMARK_SAVED = "目印「{name}」を保存しました。"
LANDMARK_DELETED = "目印「{name}」を削除しました。"
LANDMARK_NOT_A_NUMBER = "緯度・経度は数字で入力してください（例: 36.0786）。"
LANDMARK_CSV_MISSING = "CSV ファイルを選んでください。"
LANDMARK_CSV_TOO_LARGE = "CSV ファイルは 1MB までです。"

# 参加支援 (webapp/cases.py)
# A create form sent a second time (a double tap, a resend after Back): nothing new was made.
ALREADY_SAVED = "この内容はすでに登録済みです。1回目に登録した内容を表示しています（2回目の登録はしていません）。"
CASE_CREATED = "ケース {code} を作成しました。"
CASE_SAVED = "ケースの基本情報を保存しました。"
CONSENT_CHOOSE = "同意の有無を選んでください。"
CONSENT_SAVED = "本人同意の記録を保存しました。"
CASE_CLOSED = "ケース {code} を終結しました。"
CASE_REOPENED = "ケース {code} を再開しました。"
CASE_CHOOSE_COORDINATORS = "担当のコーディネーターを1人以上選んでください。"
CASE_COORDINATORS_CHANGED = "ケース {code} の担当を変更しました。"
PLAN_CREATED = "支援プランを作成しました。続けて参加ニーズを書き込んでください。"
NEED_SAVED = "参加ニーズを保存しました。"
NEED_SAVED_SHOWING = "合いそうな活動を表示します。"
CONDITION_RELAXED = "「{condition}」を希望の条件にしました（合わない活動も点数を下げて表示します）。必須に戻すにはニーズを編集してください。"
REFERRAL_CREATED = "「{name}」へのつなぎ(提案)を記録しました。モニタリングの予定は、見学・体験か参加が始まった日から作ります。"
UNMET_RECORDED = (
    "合う活動がないニーズ(狭間のニーズ)として記録しました。個人を特定する情報は含みません。"
)
REFERRAL_CHOOSE_STEP = "次の段階を選んでください。"
REFERRAL_ADVANCED = "つなぎを「{step}」に進めました。"
ANSWER_REOPENED = "団体の回答を差し戻しました。団体はもう一度回答できます。"
FOLLOW_UP_RECORDED = "モニタリングの結果を記録しました。"
UNMET_MAP_SUPPLY = "同じ種類の活動"
UNMET_MAP_DEMAND = "狭間のニーズ"
UNMET_MAP_AREA = "{area}: 狭間のニーズ {count}件"
UNMET_MAP_SUPPLY_COUNT = "同じ種類の活動 {count}件（この付近）"
UNMET_RESOLVED = "狭間のニーズを解決済みにしました。集計の「解決したニーズ」に表示されます。"
ANSWER_SENT = "回答を送りました。コーディネーターに伝わります。"

# The search page's origin (近い順・距離の基準).
ORIGIN_AREA = N_("%(area)sの中心")  # an area without a named centre
ORIGIN_POINT = N_("地図で選んだ地点")
ORIGIN_MARKER = N_("基準: %(label)s")  # the map's marker of where distances are measured from
# Shown to residents in their language (gettext, %-placeholders).
ORIGIN_NOT_FOUND = N_(
    "「%(address)s」の%(found)s（%(reason)s）。地区を選ぶか、住所を書き直してください。"
)
# A typed place that is no station, facility, area, town or address the directory knows.
ORIGIN_UNKNOWN = N_(
    "「%(address)s」という場所は登録されていません。"
    "駅名・地区名・町名・住所・郵便番号で入力するか、地区を選んでください。"
)
QUOTED = N_("「%(text)s」")  # a word or condition named in a sentence
RADIUS_NEEDS_ORIGIN = N_(
    "距離で絞り込むには、基準にする地区か住所を選ぶか、地図で地点を押してください。"
)
SORT_NEEDS_ORIGIN = N_(
    "近い順に並べるには、基準にする地区か住所を選ぶか、地図で地点を押してください。"
)
AREA_WITHOUT_POINT = N_(
    "「%(area)s」には距離を測る基準の地点（公民館など）が登録されていないため、距離を測れません。"
    "場所（駅・施設・住所）を入力するか、地図で地点を押してください。"
)

# A filter value in a link (bookmark, shared URL, printed QR code) that the page could not use
# (webapp/filter_notes.py): dropped, the rest applied, and said beside the filters.
FILTER_NOT_FOUND = N_(
    "指定された%(what)s（%(values)s）は見つかりませんでした。すべての%(what)sから表示しています。"
)
FILTER_NOT_FOUND_OTHERS = N_(
    "指定された%(what)s（%(values)s）は見つかりませんでした。ほかに指定された%(what)sで表示しています。"
)
FILTER_NOT_READ = N_(
    "%(what)sの指定（%(values)s）を読み取れなかったため、この条件を使わずに表示しています。"
)
FILTER_AND_MORE = N_("%(values)s ほか%(count)s件")
FILTER_MAX_COST = N_("参加費の上限")
FILTER_WITHIN = N_("距離")
FILTER_POINT = N_("地図で選んだ地点")
FILTER_SORT = N_("並び順")
NEAR_UNKNOWN = N_(
    "近い順の基準に指定された地区（%(area)s）は見つかりませんでした。"
    "基準にする地区を選び直すか、場所（駅・施設・住所）を入力してください。"
)

# Shared labels of the coordinators' forms (webapp/cases.py, webapp/case_forms.py)
WEEKDAY_NAMES = ("月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜")
DATE_FORMAT = "日付は 2026-11-23 の形で入力してください。"
DATE_REQUIRED = "日付を入力してください。"
NUMBER_FORMAT = "数字で入力してください。"
PLACE_NOT_FOUND_AT = "「{text}」の{message}（{reason}）。"
PLACE_UNKNOWN_AT = "「{text}」という場所は登録されていません。駅名・地区名・町名・住所・郵便番号で入力してください。"

# Case records (webapp/case_records.py)
NOTE_ADDED = "経過記録を追加しました。"
NOTE_SAVED = "経過記録を保存しました。"
NOTE_CORRECTED = "訂正を追記しました。"
PLAN_SAVED = "支援プランを保存しました。"

# Meeting records (webapp/meetings.py)
MEETING_CREATED = "会議の記録を作りました。続けて、検討したケースを加えてください。"
MEETING_SAVED = "会議の記録を保存しました。"
MEETING_CHOOSE_CASE = "検討したケースを選んでください。"
MEETING_CASE_ADDED = "ケース {code} の検討内容を記録しました。"
MEETING_ITEM_SAVED = "検討内容を保存しました。"
MEETING_CASE_REMOVED = "このケースを会議の記録から外しました。"

# 実績 report (webapp/reports.py)
REPORT_PERIOD_ORDER = "終わりの日は始まりの日より後にしてください。"
REPORT_PERIOD_BOTH = "期間で集計するときは、始まりと終わりの両方の日付を入力してください。"
REPORT_FISCAL_YEAR = "年度は一覧から選んでください（2026 のような西暦の年）。"
REPORT_FORMAT = "書き出しの形式は csv・xlsx・json のどれかです。"
REPORT_TREND_TITLE = "月ごとの推移"
REPORT_UNMET_MAP_TITLE = "地区ごとの未解決の狭間のニーズ"

# Charts drawn on the server (webapp/charts.py)
CHART_COUNT = "{count}件"
CHART_SERIES_TOTAL = "{name} {count}件"
CHART_MONTHLY_DESC = "月ごとの件数（合計: {totals}）"
CHART_LIST_SEPARATOR = "、"
CHART_NORTH = "北"

# おでかけカード (webapp/handout.py)
HANDOUT_COST = "参加費: {cost}"
HANDOUT_QR_TITLE = "活動のページのQRコード"
HANDOUT_MAP_TITLE = "{name}の場所"
# How far a landmark is from the place, in the map's caption: 「土浦市役所（約780m）」; one that
# rounds to under 50 m is not given as 「約0m」 but as the place itself, or right beside it
# (when the place's point is its building: webapp/handout.py).
HANDOUT_LANDMARK_DISTANCE = "約{metres}m"
HANDOUT_LANDMARK_AT_PLACE = "会場"
HANDOUT_LANDMARK_BESIDE = "すぐそば"

# Maps (webapp/maps.py, webapp/public.py)
MAP_LAYER = "地図"
MAP_GROUP_OTHER = N_("その他")  # a map layer (listings of no category)
MAP_VIEW_INVALID = N_(
    "地図の範囲が読み取れません。bbox=西端の経度,南端の緯度,東端の経度,北端の緯度 と zoom=0〜19 で指定してください。"
)
MAP_GSI_ATTRIBUTION = '<a href="https://maps.gsi.go.jp/development/ichiran.html">地理院タイル</a>'
MAP_PLACE_DATA_CREDIT = N_("位置: Geolonia 住所データ（CC BY 4.0）, 出典: 国土交通省 位置参照情報")

# Bulk import (webapp/imports.py): the choices of the upload form
IMPORT_LAYOUT_CHOICES = {
    "auto": "自動で判別する",
    "facilities": "自治体標準オープンデータセット「公共施設一覧」",
    "events": "自治体標準オープンデータセット「イベント一覧」",
    "simple": "このサービスの簡易形式",
    "kodomo": "こども食堂一覧",
}
IMPORT_DUPLICATE_CHOICES = {
    "skip": "読み込まない（既定）",
    "update": "登録済みの活動を更新する",
    "create": "別の活動として登録する",
}
IMPORT_CHANGED_SEPARATOR = "・"
PLACE_SEPARATOR = "・"  # 地区・場所の名前, as a listing's card and its map popup write them

# Open data downloads (webapp/opendata.py): each file's title, and its name when saved
OPENDATA_FILES = {
    "facilities.csv": "公共施設一覧（自治体標準オープンデータセット形式）",
    "events.csv": "イベント一覧（自治体標準オープンデータセット形式）",
    "kodomo.csv": "こども食堂一覧（自治体標準オープンデータセット形式）",
    "simple.csv": "つながりマップ簡易形式（一括登録の形式）",
    "hsds.json": "Open Referral HSDS 3.0（JSON）",
}
OPENDATA_SAVED_NAMES = {
    "facilities.csv": "つながりマップ_公共施設一覧.csv",
    "events.csv": "つながりマップ_イベント一覧.csv",
    "kodomo.csv": "つながりマップ_こども食堂一覧.csv",
    "simple.csv": "つながりマップ_簡易形式.csv",
    "hsds.json": "つながりマップ_hsds.json",
}

# Words of the search page's filters: msgids of the translation catalogs (webapp/i18n_terms.py),
# translated where the template shows them.
FACET_TITLES = {
    "category": "活動の種類",
    "target": "対象",
    "area": "地区",
    "weekday": "曜日",
    "time": "時間帯",
    "free": "参加費",
    "access": "バリアフリー",
    "referrals": "参加支援",
    "language": "ことば",
}
FACET_VALUES = {
    "free": {"yes": "無料"},
    "access": {
        "wheelchair": "車いすで入れる",
        "accessible_toilet": "多目的トイレ",
        "pickup": "送迎あり",
        "parking": "駐車場あり",
    },
    "referrals": {"yes": "参加支援の受け入れ可"},
}
WEEKDAY_SHORT = "{day}曜"
HOLIDAY = "祝日"
RESIDENT_REPORT_RESOLVED = "「{name}」への住民からの知らせを対応済みにしました。"

# What an API's 404 says was not found (API_NOT_FOUND's {what}).
WHAT_LISTING = "活動"
WHAT_ORGANIZATION = "団体"
WHAT_SERVICE = "サービス（活動）"
WHAT_TAXONOMY = "分類"
WHAT_TAXONOMY_TERM = "分類の項目"
WHAT_SERVICE_AT_LOCATION = "サービスの場所"

# How the pages write dates and amounts.
DATE_WITH_WEEKDAY = "{year}年{month}月{day}日({weekday})"
FREE = "無料"
YEN = "{amount:,}円"
TIME_TO_BE_CONFIRMED = "時間は要確認"
API_NAME = "つながりマップ API"  # the JSON API's index names itself
