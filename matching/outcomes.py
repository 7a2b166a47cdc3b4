"""Coded outcomes of participation support, with their Japanese labels, in one place.

The reports (地域づくり, the yearly report) count these codes, so they are enums rather than
free text: why a referral did not work out (an organization's お断り, a coordinator's 中断),
why a scheduled follow-up was cancelled, what a follow-up found (still attending, how often,
the person's own word on how it is going), how an unmet need was resolved, and why a case was
closed (終結の理由). Adding a value is a plain migration (the columns are VARCHAR with a CHECK
constraint); renaming a label is not.

This module imports nothing of the package, so models, use cases, forms and reports can all
read it.
"""

from __future__ import annotations

import enum


class DeclineReason(enum.StrEnum):
    """Why a referral did not work out: the organization's お断り, or the 中断 of a referral."""

    CAPACITY = "capacity"  # 定員: no room now (also sets the listing's 受入状況 to 要相談)
    NOT_ELIGIBLE = "not_eligible"  # 対象外
    SCHEDULE = "schedule"  # 日程が合わない
    UNREACHABLE = "unreachable"  # 連絡がつかない
    PERSON_DECLINED = "person_declined"  # 本人辞退
    OTHER = "other"  # その他


DECLINE_REASON = {
    DeclineReason.CAPACITY: "定員",
    DeclineReason.NOT_ELIGIBLE: "対象外",
    DeclineReason.SCHEDULE: "日程",
    DeclineReason.UNREACHABLE: "連絡つかず",
    DeclineReason.PERSON_DECLINED: "本人辞退",
    DeclineReason.OTHER: "その他",
}


class FollowUpCancelReason(enum.StrEnum):
    """Why a scheduled follow-up will not happen."""

    DECLINED = "declined"  # 先方がお断りした
    INTERRUPTED = "interrupted"  # つなぎを中断した
    ENDED = "ended"  # 参加が終わった
    CASE_CLOSED = "case_closed"  # ケースを終結した


FOLLOW_UP_CANCEL_REASON = {
    FollowUpCancelReason.DECLINED: "先方のお断り",
    FollowUpCancelReason.INTERRUPTED: "つなぎの中断",
    FollowUpCancelReason.ENDED: "参加の終了",
    FollowUpCancelReason.CASE_CLOSED: "ケースの終結",
}

# 参加継続 (FollowUp.continuing): still attending? True, False, or not asked (None).
ATTENDANCE = {True: "通っている", False: "通っていない"}


class Frequency(enum.StrEnum):
    """How often the person goes (モニタリングで確認)."""

    WEEKLY = "weekly"  # 週1回以上
    MONTHLY = "monthly"  # 月に1〜3回
    RARELY = "rarely"  # 月1回より少ない
    NOT_GOING = "not_going"  # 行っていない


FREQUENCY = {
    Frequency.WEEKLY: "週1回以上",
    Frequency.MONTHLY: "月に1〜3回",
    Frequency.RARELY: "月1回より少ない",
    Frequency.NOT_GOING: "行っていない",
}


class Voice(enum.StrEnum):
    """How it is going, in the person's own word (本人の声): three choices read to them."""

    GOOD = "good"
    SO_SO = "so_so"
    HARD = "hard"


VOICE = {
    Voice.GOOD: "よい・楽しい",
    Voice.SO_SO: "ふつう・まあまあ",
    Voice.HARD: "つらい・合わない",
}


class UnmetResolution(enum.StrEnum):
    """How a need nothing met came to be met (地域づくりの成果)."""

    NEW_LISTING = "new_listing"  # 新しい活動ができた
    EXPANDED_LISTING = "expanded_listing"  # 既存の活動が対象・日時・場所などを広げた


UNMET_RESOLUTION = {
    UnmetResolution.NEW_LISTING: "新しい活動ができた",
    UnmetResolution.EXPANDED_LISTING: "既存の活動が広がった",
}


class ClosureReason(enum.StrEnum):
    """Why a case was closed (終結の理由); the coordinator's own words stay beside it as a note."""

    GOAL_MET = "goal_met"  # 参加が定着し、目標を達成した
    HANDED_OVER = "handed_over"  # ほかの支援・機関へ引き継いだ
    NO_LONGER_WANTED = "no_longer_wanted"  # 本人が支援を望まなくなった
    UNREACHABLE = "unreachable"  # 連絡がつかなくなった
    MOVED = "moved"  # 転居した
    INSTITUTION = "institution"  # 入院・入所した
    DIED = "died"  # 亡くなった
    OTHER = "other"  # その他


CLOSURE_REASON = {
    ClosureReason.GOAL_MET: "参加が定着した（目標の達成）",
    ClosureReason.HANDED_OVER: "ほかの支援・機関へ引き継いだ",
    ClosureReason.NO_LONGER_WANTED: "本人が支援を望まなくなった",
    ClosureReason.UNREACHABLE: "連絡がつかなくなった",
    ClosureReason.MOVED: "転居",
    ClosureReason.INSTITUTION: "入院・入所",
    ClosureReason.DIED: "死亡",
    ClosureReason.OTHER: "その他",
}
# Cases closed before the reasons were coded carry only the free text.
CLOSURE_UNCODED = "理由の区分なし（区分を設ける前の終結）"
