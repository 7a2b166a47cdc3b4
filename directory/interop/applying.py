"""Carry out an import plan in one transaction: all rows or none.

``apply_plan`` runs inside a SAVEPOINT of the caller's transaction: if any row fails, the
savepoint is rolled back and the error propagates, so the directory is as it was; the caller
(CLI, upload view) commits once afterwards. The search index follows that commit: the new
listings are handed to ``directory.search.tracking`` (:func:`~directory.search.tracking.touch`),
which writes exactly the listings the transaction changed once it commits, and nothing if it
rolls back.

How rows are written (main decision). New listings end in exactly the state that
``create_listing`` → ``submit_revision`` → ``approve_revision`` produce (the seed loader's
path): a published listing at version 1 whose content is an approved revision number 1 with
the full diff, reviewer label 「一括取り込み」 — or, with ``publish=False``, a draft. Calling
those use cases per row costs about a dozen queries and three flushes a row (each reloads the
vocabulary and re-parses the schedule), far too slow for a 10,000-row file; building ORM
objects and flushing them in batches was still 19 s of unit-of-work bookkeeping. So new
listings are written here with multi-row Core INSERTs (listings with ``RETURNING id``, then
locations, schedules, category/target links and revisions), from vocabulary rows loaded once
and schedules parsed once per distinct text; ``tests/directory/interop/test_applying.py`` checks
that the result equals the use cases' result field by field. Core INSERTs do not pass through
the unit of work, so the new ids are handed to the index tracking explicitly. Updates of existing listings are few and go through the use cases
themselves (``update_draft`` / ``submit_revision`` and ``approve_revision``). Organizations are found by exact name or created with
``save_organization`` (kind guessed from the name; see ``guess_kind``).

Who may: ``apply_plan`` takes the person importing (an upload by a coordinator) or the command's
``SystemActor`` and refuses anyone who may not review (``PermissionDenied``). The rows are then
written as 「一括取り込み」, as before: the revisions it makes name the import, not a person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from directory import labels
from directory import listings as listing_uc
from directory.interop.planning import Action, ImportPlan, PlannedRow, organization_key
from directory.listings import ListingData
from directory.models import (
    Area,
    Category,
    IntakeStatus,
    Listing,
    ListingRevision,
    ListingStatus,
    Location,
    LocationPrecision,
    Organization,
    OrganizationKind,
    RevisionAction,
    RevisionStatus,
    Schedule,
    Target,
    Visibility,
    listing_categories,
    listing_targets,
)
from directory.organizations import OrganizationData, save_organization
from directory.permissions import Actor, SystemActor, can_review, require
from directory.revisions import approve_revision, request_archive, submit_revision
from directory.schedules import parse_schedule, spec_to_dict, weekday_mask
from directory.search import tracking

IMPORT_AUTHOR = "一括取り込み"
IMPORTER = SystemActor(IMPORT_AUTHOR)  # what each row's use case is told acted, once checked
BATCH = 1000
# Tables, not mapped classes: Core INSERTs skip the ORM's per-row bulk bookkeeping; column
# defaults (created_at, updated_at, review_note…) apply the same way.
_LISTINGS = cast(Table, Listing.__table__)
_LOCATIONS = cast(Table, Location.__table__)
_SCHEDULES = cast(Table, Schedule.__table__)
_REVISIONS = cast(Table, ListingRevision.__table__)
_EMPTY_JSON = ListingData(name="").to_json()


@dataclass(frozen=True)
class ApplyResult:
    created: tuple[int, ...]
    updated: tuple[int, ...]
    skipped: int
    rejected: int
    organizations_created: tuple[str, ...]
    unchanged: int = 0  # rows whose listing already said the same: nothing written
    archived: tuple[int, ...] = ()  # listings the list says ended, taken out (掲載終了)

    def summary(self) -> str:
        text = (
            f"新規登録 {len(self.created)}件・更新 {len(self.updated)}件・"
            + (f"掲載終了 {len(self.archived)}件・" if self.archived else "")
            + (f"変更なし {self.unchanged}件・" if self.unchanged else "")
            + f"読み込まない {self.skipped}件・エラー {self.rejected}件"
        )
        if self.organizations_created:
            text += f"／団体を新たに登録: {len(self.organizations_created)}件"
        return text


_KIND_HINTS = (
    ("社会福祉協議会", OrganizationKind.SHAKYO),
    ("社協", OrganizationKind.SHAKYO),
    ("社会福祉法人", OrganizationKind.WELFARE_CORP),
    ("特定非営利活動法人", OrganizationKind.NPO),
    ("NPO", OrganizationKind.NPO),
    ("町内会", OrganizationKind.CHONAIKAI),
    ("自治会", OrganizationKind.CHONAIKAI),
    ("株式会社", OrganizationKind.COMPANY),
    ("有限会社", OrganizationKind.COMPANY),
    ("合同会社", OrganizationKind.COMPANY),
    ("市役所", OrganizationKind.GOVERNMENT),
    ("役場", OrganizationKind.GOVERNMENT),
)


def guess_kind(name: str) -> OrganizationKind:
    """団体の種類 from its name; 任意団体 when the name says nothing (an admin can correct it)."""
    for hint, kind in _KIND_HINTS:
        if hint in name:
            return kind
    if name.endswith(("市", "町", "村", "区", "課", "センター")) and "市" in name:
        return OrganizationKind.GOVERNMENT
    return OrganizationKind.VOLUNTARY


class _Writer:
    """Builds listings from plan rows with lookups loaded once."""

    def __init__(
        self,
        session: Session,
        *,
        now: datetime,
        verified_on: date,
        publish: bool,
        today: date | None = None,
    ):
        self.session = session
        self.now, self.verified_on, self.publish = now, verified_on, publish
        self.today = today  # the municipality's date, to read schedules on
        self.categories = {c.code: c for c in session.scalars(select(Category))}
        self.targets = {t.code: t for t in session.scalars(select(Target))}
        self.areas = {a.code: a for a in session.scalars(select(Area))}
        self.organizations = {
            organization_key(o.name): o for o in session.scalars(select(Organization))
        }
        self.created_organizations: list[str] = []
        self.schedules: dict[str, dict[str, Any]] = {}

    def organization(self, name: str, website: str = "") -> Organization:
        org = self.organizations.get(organization_key(name))
        if org is None:
            org = save_organization(
                self.session,
                OrganizationData(name=name, kind=guess_kind(name).value, website=website),
                actor=IMPORTER,
                flush=False,  # apply_plan flushes the new organizations together
            )
            self.organizations[organization_key(name)] = org
            self.created_organizations.append(name)
        return org

    def schedule(self, text: str) -> dict[str, Any]:
        """The parsed columns of a schedule row, parsed once per distinct text."""
        parsed = self.schedules.get(text)
        if parsed is None:
            spec = parse_schedule(text, today=self.today)
            parsed = self.schedules[text] = {
                "spec": spec_to_dict(spec),
                "weekday_mask": weekday_mask(spec),
                "needs_review": spec.needs_review,
            }
        return parsed

    def insert_listings(
        self, batch: list[tuple[Organization, ListingData]], intakes: list[IntakeStatus | None]
    ) -> list[int]:
        """Insert the listing rows of new listings (one multi-row INSERT); their ids, in order.

        What create_listing (+ submit_revision + approve_revision when publishing) makes;
        :meth:`insert_details` writes the rest once the ids are known.
        """
        if not batch:
            return []
        published = self.publish
        listing_rows = [
            {
                "organization_id": org.id,
                "status": ListingStatus.PUBLISHED if published else ListingStatus.DRAFT,
                "version": 1 if published else 0,
                "published_at": self.now if published else None,
                "verified_at": self.verified_on if published else None,
                "created_at": self.now,
                "updated_at": self.now,
                "name": data.name,
                "kana": data.kana,
                "description": data.description,
                "tags": list(data.tags),
                "cost_text": data.cost_text,
                "cost_yen": data.cost_yen,
                "capacity": data.capacity,
                "age_min": data.age_min,
                "age_max": data.age_max,
                "age_with_adults": data.age_with_adults,
                "wheelchair": data.wheelchair,
                "accessible_toilet": data.accessible_toilet,
                "pickup": data.pickup,
                "parking": data.parking,
                "languages": list(data.languages),
                "features": list(data.features),
                "accepts_referrals": data.accepts_referrals,
                "trial_visit": data.trial_visit,
                "visibility": Visibility(data.visibility),
                "contact_name": data.contact_name,
                "contact_phone": data.contact_phone,
                "contact_email": data.contact_email,
                # 「休止中」 in the list: the 受入状況 as of the import, like an organization's own.
                "intake_status": intake,
                "intake_status_on": self.verified_on if intake is not None else None,
            }
            for (org, data), intake in zip(batch, intakes, strict=True)
        ]
        return list(
            self.session.scalars(
                insert(_LISTINGS).returning(_LISTINGS.c.id, sort_by_parameter_order=True),
                listing_rows,
            )
        )

    def insert_details(self, created: list[tuple[int, Organization, ListingData]]) -> None:
        """Locations, schedules, category/target links and revision 1 of new listings."""
        if not created:
            return
        self.session.execute(
            insert(_LOCATIONS),
            [
                {
                    "listing_id": listing_id,
                    "place_name": data.place_name,
                    "address": data.address,
                    "postal_code": data.postal_code,
                    "lat": data.lat,
                    "lon": data.lon,
                    "precision": LocationPrecision(data.precision),
                    "area_id": self._area_id(data.area),
                }
                for listing_id, _, data in created
            ],
        )
        self.session.execute(
            insert(_SCHEDULES),
            [
                {"listing_id": listing_id, "text": data.schedule_text,
                 **self.schedule(data.schedule_text)}
                for listing_id, _, data in created
            ],
        )  # fmt: skip
        category_ids = {code: c.id for code, c in self.categories.items()}
        target_ids = {code: t.id for code, t in self.targets.items()}
        links: list[tuple[Table, str, dict[str, int], str]] = [
            (listing_categories, "category_id", category_ids, "categories"),
            (listing_targets, "target_id", target_ids, "targets"),
        ]
        for table, column, known, attribute in links:
            rows = [
                {"listing_id": listing_id, column: known[code]}
                for listing_id, _, data in created
                for code in dict.fromkeys(getattr(data, attribute))
                if code in known
            ]
            if rows:
                self.session.execute(table.insert(), rows)
        if not self.publish:
            return
        self.session.execute(
            insert(_REVISIONS),
            [
                {
                    "listing_id": listing_id,
                    "number": 1,
                    "base_version": 0,
                    "action": RevisionAction.UPDATE,
                    "status": RevisionStatus.APPROVED,
                    "data": content,
                    "changes": _changes_from_empty(content),
                    "author_id": None,
                    "author_label": IMPORT_AUTHOR,
                    "author_note": "",
                    "submitted_at": self.now,
                    "reviewer_id": None,
                    "reviewer_label": IMPORT_AUTHOR,
                    "reviewed_at": self.now,
                }
                for listing_id, _, data in created
                for content in [data.to_json()]
            ],
        )

    def _area_id(self, code: str | None) -> int | None:
        area = self.areas.get(code) if code else None
        return area.id if area is not None else None

    def update(self, listing: Listing, data: ListingData) -> None:
        if listing.status is ListingStatus.DRAFT:
            listing_uc.update_draft(self.session, listing, data, actor=IMPORTER, today=self.today)
            return
        self._decided(
            submit_revision(
                self.session,
                listing,
                data,
                base_version=listing.version,
                author=IMPORTER,
                now=self.now,
            )  # fmt: skip
        )

    def _decided(self, revision: ListingRevision) -> None:
        """A revision of the import: approved at once (publish), else left for review."""
        if self.publish:
            approve_revision(
                self.session, revision, reviewer=IMPORTER, now=self.now,
                verified_on=self.verified_on, today=self.today,
            )  # fmt: skip

    def archive(self, listing: Listing, said: str) -> bool:
        """Take out a listing the list says ended, through an archive revision approved at
        once (publish) or left for review: its history says why. False when already out."""
        if listing.status is ListingStatus.ARCHIVED:
            return False
        self._decided(
            request_archive(
                self.session,
                listing,
                base_version=listing.version,
                base_number=None,
                author=IMPORTER,
                reason=labels.IMPORT_ARCHIVED_REASON.format(said=said),
                now=self.now,
            )  # fmt: skip
        )
        return True


def _changes_from_empty(content: dict[str, Any]) -> dict[str, list[Any]]:
    """``diff_json(_EMPTY_JSON, content)``: from nothing, a field changed when it is not the
    empty value (for the unordered code lists too: a list equals [] only when empty)."""
    empty = _EMPTY_JSON
    return {k: [empty[k], v] for k, v in content.items() if v != empty[k]}


def _update(session: Session, writer: _Writer, row: PlannedRow) -> int:
    listing = session.get(Listing, row.existing_id)
    if listing is None:
        raise LookupError(f"{row.place}: 更新する活動（ID {row.existing_id}）がありません")
    data = row.update_data or row.data
    assert data is not None  # noqa: S101 (only rows with data update)
    wanted = organization_key(row.organization)
    if row.organization and organization_key(listing.organization.name) != wanted:
        listing.organization = writer.organization(row.organization)
    if row.update_data is None or set(row.update_changes) != {"intake_status"}:
        writer.update(listing, data)  # (a change of 受入状況 alone is no revision: as its form)
    if row.intake is not None:  # what the list says of its intake now: 休止中, 満員, 空きあり
        listing.intake_status, listing.intake_status_on = row.intake, writer.verified_on
    elif "intake_status" in row.update_changes:  # 「活動中」 of one paused: no longer paused
        listing.intake_status, listing.intake_status_on = None, None
    return listing.id


def apply_plan(
    session: Session,
    plan: ImportPlan,
    *,
    actor: Actor,
    now: datetime,
    verified_on: date | None = None,
    today: date | None = None,
    progress: Callable[[int], None] | None = None,
    _after_row: Callable[[PlannedRow], None] | None = None,
) -> ApplyResult:
    """Write the plan's CREATE and UPDATE rows; all or nothing (see module docstring).

    ``progress(n)`` is called after each batch of rows; ``_after_row`` is a test hook.
    ``actor``: who imports; ``PermissionDenied`` unless staff (or a command's ``SystemActor``).
    ``today``: the municipality's date, to read the schedules on (a date without its year;
    default: the machine's, yesterday in Japan before 9:00 on a server in UTC).
    """
    require(can_review(actor))
    verified = verified_on or now.date()
    updated: list[int] = []
    archived: list[int] = []
    unchanged = plan.unchanged_count
    with session.begin_nested(), session.no_autoflush:
        writer = _Writer(
            session, now=now, verified_on=verified, publish=plan.options.publish, today=today
        )
        # Organizations first, in one flush: new listings need their ids.
        websites = plan.websites
        for name in dict.fromkeys(r.organization for r in plan.rows if r.action is Action.CREATE):
            writer.organization(name, websites.get(name, ""))
        session.flush()
        batches = [plan.rows[i : i + BATCH] for i in range(0, len(plan.rows), BATCH)]
        new = [
            [
                (writer.organization(r.organization), data)
                for r in batch
                if r.action is Action.CREATE and (data := r.data) is not None
            ]
            for batch in batches
        ]
        created: list[int] = []
        for batch, pairs in zip(batches, new, strict=True):
            intakes = [r.intake for r in batch if r.action is Action.CREATE and r.data is not None]
            ids = writer.insert_listings(pairs, intakes)
            created += ids
            writer.insert_details(
                [(i, org, data) for i, (org, data) in zip(ids, pairs, strict=True)]
            )
            for row in batch:
                if row.action is Action.UPDATE and row.data is not None and row.existing_id:
                    if row.update_data is not None and not row.update_changes:
                        unchanged += 1  # chosen for update, but it would change nothing
                    else:
                        updated.append(_update(session, writer, row))
                if row.action is Action.ARCHIVE and row.existing_id:
                    listing = session.get(Listing, row.existing_id)
                    if listing is not None and writer.archive(listing, row.ended_said):
                        archived.append(listing.id)
                if _after_row is not None:
                    _after_row(row)
            session.flush()
            if progress:
                progress(len(batch))
    # Core INSERTs do not pass through the unit of work: the index tracking would not see
    # these listings by itself (the updates above are flushed ORM objects, which it sees).
    tracking.touch(session, created)
    counts = plan.counts
    return ApplyResult(
        created=tuple(created),
        updated=tuple(updated),
        skipped=counts[Action.SKIP] - plan.unchanged_count,
        rejected=counts[Action.REJECT],
        organizations_created=tuple(writer.created_organizations),
        unchanged=unchanged,
        archived=tuple(archived),
    )
