"""Japanese labels and messages of participation support, kept in one place."""

from __future__ import annotations

from matching.models import (
    AgeBand,
    CaseStatus,
    Meeting,
    OrganizationResponse,
    ReferralStatus,
    SupportBasis,
    TimeSlot,
    TravelMode,
)

AGE_BAND = {
    AgeBand.UNDER_6: "0〜5歳（未就学）",
    AgeBand.AGE_6_12: "6〜12歳（小学生の年代）",
    AgeBand.AGE_13_14: "13〜14歳（中学生の年代）",
    AgeBand.UNDER_15: "15歳未満（学年は未確認）",
    AgeBand.AGE_15_19: "15〜19歳",
    AgeBand.AGE_20S: "20代",
    AgeBand.AGE_30S: "30代",
    AgeBand.AGE_40S: "40代",
    AgeBand.AGE_50S: "50代",
    AgeBand.AGE_60S: "60代",
    AgeBand.AGE_70S: "70代",
    AgeBand.OVER_80: "80歳以上",
    AgeBand.UNKNOWN: "不明・未確認",
}

CASE_STATUS = {CaseStatus.OPEN: "支援中", CaseStatus.CLOSED: "終結"}

MEETING = {
    Meeting.JUSO: "重層的支援会議",
    Meeting.SHIEN: "支援会議",
    Meeting.NONE: "会議での検討なし",
}

SUPPORT_BASIS = {
    SupportBasis.PROGRAM: "事業による参加支援",
    SupportBasis.VOLUNTARY: "任意の参加支援",
}

TIME_SLOT = {TimeSlot.MORNING: "午前", TimeSlot.AFTERNOON: "午後", TimeSlot.EVENING: "夜間"}

TRAVEL_MODE = {
    TravelMode.DISTANCE: "距離で指定",
    TravelMode.WALK: "徒歩",
    TravelMode.BICYCLE: "自転車",
    TravelMode.BUS: "バス",
    TravelMode.CAR: "車(家族・送迎)",
}

REFERRAL_STATUS = {
    ReferralStatus.PROPOSED: "提案",
    ReferralStatus.AGREED: "本人了承",
    ReferralStatus.CONTACTED: "先方へ連絡",
    ReferralStatus.TRIAL: "見学・体験",
    ReferralStatus.PARTICIPATING: "参加中",
    ReferralStatus.ENDED: "終了",
    ReferralStatus.INTERRUPTED: "中断",
}

ORGANIZATION_RESPONSE = {
    OrganizationResponse.PENDING: "回答待ち",
    OrganizationResponse.ACCEPTED: "受け入れ可",
    OrganizationResponse.DECLINED: "お断り",
}

CONSENT_SCOPE = {
    "share_with_organization": "つなぎ先の団体へ必要な情報を伝える",
    "share_name": "つなぎ先の団体へ名前を伝える",
    "discuss_in_meeting": "重層的支援会議で情報を共有する",
}

# Other conditions a need may ask for; each is checked against the listing by the engine.
CONDITIONS = {
    "small_group": "少人数",
    "trial_visit": "見学できる",
    "kids_welcome": "子連れ可",
    "women_only": "女性のみ",
    "free": "無料",
    "drop_in": "予約なしで行ける",
}

# How a suggestion says that a requested condition is not met.
CONDITIONS_UNMET = {
    "small_group": "少人数ではない",
    "trial_visit": "見学の受け入れの記載なし",
    "kids_welcome": "子連れ可の記載なし",
    "women_only": "女性のみの場ではない",
    "free": "無料ではない",
    "drop_in": "予約が必要",
}

# … and how it says that the listing does not tell (少人数: no 定員 and no 少人数 among its
# features; a 定員 over ``matching.profiles.SMALL_GROUP_CAPACITY`` is 「少人数ではない」).
CONDITIONS_UNSTATED = {"small_group": "少人数かは要確認（定員の記載なし）"}

# The conditions of a need that can be 必須 or 希望 (matching.plans.CONDITION_KEYS).
CONDITION_KEY = {
    "target": "対象",
    "age": "年齢",
    "schedule": "曜日・時間帯",
    "distance": "距離",
    "accessibility": "設備・支援",
    "language": "ことば",
    "cost": "参加費",
}
REQUIRED = "必須"
PREFERRED = "希望"

ACCESSIBILITY = {
    "wheelchair": "車いすで利用できる",
    "accessible_toilet": "多目的トイレ",
    "pickup": "送迎あり",
    "parking": "駐車場あり",
}

# What a need or an unmet-need record says, item by item (matching.wording).
FACT = {
    "area": "地区",
    "age_band": "年代",
    "targets": "対象",
    "categories": "活動の種類",
    "interests": "関心",
    "when": "曜日・時間帯",
    "travel": "移動",
    "cost": "参加費",
    "accessibility": "設備・支援",
    "languages": "ことば",
    "conditions": "その他の条件",
}
NO_AREA = "未確認"  # said after the label 地区
TRAVEL_WITHIN = "{km}kmまで"
TRAVEL_ABOUT = "およそ{km}kmまで"
COST_FREE = "無料のもの"
COST_UP_TO = "{yen}円まで"
IF_POSSIBLE = "（できれば）"
# The 経過記録 entry a reopening writes: the closing it undoes, which the case no longer holds.
NOTE_REOPENED = "ケースを再開しました。前回の終結: {day}、理由: {reason}"
NOTE_REOPENED_MEMO = "（終結時のメモ: {memo}）"
PERSON_UNNAMED = "ご本人(お名前は伝えていません)"  # what an organization sees without share_name

MSG_CASE_NOT_FOUND = "ケースが見つかりません。"
MSG_CASE_CODE_NOT_FOUND = "ケース番号「{code}」は見つかりません。"
MSG_CASE_CLOSED = "このケースは終結しています。再開してから変更してください。"
MSG_CODE_TAKEN = "このケース番号はすでに使われています。"
MSG_CODE_NEEDS_DIGIT = "ケース番号には数字を入れてください（例: R6-012、城北-0003）。名前はケース番号にせず、必要なら「呼び名」に書いてください。"
MSG_CODE_LOOKS_LIKE_NAME = "ケース番号に「さん」「さま」などの敬称は入れないでください。名前はケース番号にせず、必要なら「呼び名」に書いてください。"
MSG_CODE_HOLDS_NAME = "ケース番号に呼び名を入れないでください。ケース番号は記録や書き出しに残るため、名前のわからない番号にします。"
MSG_REQUIRED = "入力してください。"
MSG_TOO_LONG = "{limit}文字以内で入力してください。"
MSG_CLOSING_REASON = "終結の理由を選んでください。"
MSG_CLOSED_BEFORE_OPENED = "終結日は受付日より後にしてください。"
MSG_CONSENT_REQUIRED = "重層的支援会議で扱うには本人同意の記録が必要です。"
MSG_NO_CONSENT_TO_SHARE = "本人同意(つなぎ先への情報提供)がないため、先方へ連絡できません。"
MSG_NO_CONSENT_TO_SHARE_NOTE = (
    "本人同意(つなぎ先への情報提供)がないため、団体へ伝えることは記録できません。"
    "コーディネーターだけが見る内容は経過メモに書いてください。"
)
MSG_BAD_TRANSITION = "「{current}」から「{new}」へは進められません。"
MSG_CHANGED_MEANWHILE = "このページを開いたあとに、ほかの人がこの記録を変更して保存しました。"
MSG_REFERRAL_PUBLISHED_ONLY = "公開中の活動だけをつなぎ先にできます。"
MSG_ALREADY_REFERRED = "このニーズはこの活動にすでにつないでいます（いまの段階: {status}）。同じつなぎは二つ作れません。"
MSG_ALREADY_REFERRED_OTHER_NEED = "この方はニーズ「{need}」で、この活動にすでにつないでいます（いまの段階: {status}）。同じ方を同じ活動に二度つなぐことはできません。"
MSG_LISTING_ENDED = "この活動は掲載を終えています。先方へ連絡や見学・参加には進めません。やめるときは「中断」を記録してください。"
MSG_REFERRAL_FINISHED = "このつなぎは終了しています。"
MSG_REFERRAL_WITHDRAWN = "このつなぎの依頼は取り下げられたため、回答できません。"
# The organization's answer to a referral of a closed case (終結): the つなぎ is over for it.
MSG_REFERRAL_ENDED_WITH_CASE = "このつなぎは終了したため、回答できません。"
# The organization's answer to a referral whose activity was taken off the directory since.
MSG_REFERRAL_LISTING_ENDED = "この活動は掲載を終えているため、このつなぎには回答できません。"
# Why the coordinator is not offered 「回答を差し戻す」.
MSG_REOPEN_WITHDRAWN = "本人同意（つなぎ先への情報提供）が撤回されているため、回答は差し戻せません（団体はこの依頼に回答できません）。同意を記録し直すと差し戻せます。"
MSG_REOPEN_CASE_CLOSED = (
    "ケースが終結しているため、回答は差し戻せません。ケースを再開すると差し戻せます。"
)
MSG_REOPEN_REFERRED_AGAIN = "この方は、この活動にあとからもう一度つないでいます（いまの段階: {status}）。そちらで進めてください。"
MSG_REOPEN_LISTING_ENDED = (
    "この活動は掲載を終えているため、回答は差し戻せません（団体はこの依頼に回答できません）。"
)
MSG_REOPEN_FINISHED = "このつなぎは終了しているため、回答は差し戻せません。"
MSG_DATE_IN_FUTURE = "未来の日付は記録できません。"
MSG_DATE_BEFORE = "前の段階({previous})より前の日付です。"
MSG_BAD_WEEKDAY = "曜日の指定が正しくありません。"
MSG_BAD_CHOICE = "選択肢から選んでください。"
MSG_TRAVEL_KM = "0.1〜50kmの範囲で入力してください。"
MSG_COST = "0円以上で入力してください。"
MSG_ONE_WISH = "活動の種類か関心のどちらかを入力してください。"
MSG_FOLLOW_UP_DONE = "このモニタリングはすでに記録済みです。"
MSG_FOLLOW_UP_RESULT = (
    "参加が続いているか、通う頻度、本人の声、本人の様子のどれかを記録してください。"
)
MSG_FOLLOW_UP_BEFORE_START = "参加が始まった日（{start}）より前の日付は記録できません。"
MSG_FOLLOW_UP_CANCELLED = "このモニタリングは取りやめになっています。"
MSG_DECLINED_NO_START = "先方がお断りしています（理由: {reason}）。進めるには、コーディネーターが回答を差し戻してから先方と相談してください。"
MSG_INTERRUPT_REASON = "中断の理由を選んでください。"
MSG_DECLINE_REASON = "お断りの理由を選んでください。"
MSG_ALREADY_ANSWERED = "このつなぎにはすでに回答しています。変更が必要なときは、担当のコーディネーターに連絡してください。"
MSG_NOT_ANSWERED = "まだ先方の回答がありません。"
MSG_UNMET_ALREADY = "このニーズはすでに狭間のニーズとして記録しています。"
MSG_UNMET_MET = (
    "受け入れが決まった・参加が始まったつなぎがあるため、狭間のニーズとしては記録できません。"
)
MSG_UNMET_INTERESTS = "関心は「畑仕事」「日本語」のようなことばで{count}語までにしてください（文章は書かないでください）。"
MSG_UNMET_PRIVATE_INTEREST = (
    "「{word}」は診断名や本人の事情を表すことばのため、狭間のニーズには記録できません"
    "（対象の欄で「障害のある方」などを選んでください）。"
)
MSG_UNMET_NOT_FOUND = "狭間のニーズが見つかりません。"
MSG_UNMET_RESOLVED = "この狭間のニーズはすでに解決済みです。"
MSG_UNMET_LISTING = "公開中の活動を選んでください。"
MSG_PERIOD_RANGE = (
    "集計できる期間は{earliest.year}年{earliest.month}月{earliest.day}日から"
    "{latest.year}年{latest.month}月{latest.day}日までです。"
    "その間の日付を入力してください。"
)
MSG_PERIOD_FUTURE = (
    "{since.year}年{since.month}月{since.day}日からの期間はまだ始まっていないので、数える記録がありません。"
    "今日（{today.year}年{today.month}月{today.day}日）までに始まる期間を選んでください。"
)
MSG_PLAN_DATES = "見直し日は開始日より後にしてください。"
MSG_ORIGIN = "起点は緯度と経度の両方を入力してください。"
MSG_NOTE_LOCKED = "書いてから24時間を過ぎた記録は変更できません。「訂正を追記」から訂正を書いてください（元の記録も残ります）。"
MSG_ROLE_LEAD = "主担当は1つの団体（機関）だけを選んでください。"
MSG_ROLE_LEAD_ORGANIZATION = "主担当には団体（機関）を選んでください。"
MSG_ROLE_WHO = "担当する団体か、本人・家族などの担い手を入力してください。"
MSG_ROLE_TASK = "役割を入力してください。"
MSG_MEETING_KIND = "会議の種類を選んでください。"
MSG_MEETING_NOT_FOUND = "会議の記録が見つかりません。"
MSG_MEETING_CASE_TWICE = "このケースはこの会議の記録にすでにあります。"
MSG_MEETING_OTHERS_CASES = (
    "この会議の記録には、あなたが担当していないケースもあるため、会議の種類と開催日は変更できません"
    "（会議名と出席機関は変更できます）。種類や開催日の変更は、それらのケースの担当者に依頼してください。"
)
MSG_MEETING_CONSENT = "ケース {code} には本人同意の記録がないため、重層的支援会議では扱えません（支援会議なら扱えます）。"
MSG_REVIEW_BEFORE_MEETING = "次回の見直し日は会議の日より後にしてください。"

# Parties of a role that are not organizations (役割分担の担い手).
ROLE_PARTIES = ("本人", "家族", "近所の方・知人", "民生委員")
