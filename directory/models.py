"""ORM models of the directory (design.md §3): who offers what, where, when, for whom.

A Listing row always holds the content the public sees (the last approved revision) or, while
it has never been published, the draft. Proposed changes live in ListingRevision rows until a
reviewer approves them, so history is never lost and the public never sees unreviewed text.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from directory.db import Base, UTCDateTime, utcnow


def enum_column(cls: type[enum.Enum], length: int = 20, name: str | None = None) -> Enum:
    """The column type of an enum, shared by every domain package's models.

    ``name`` names the CHECK constraint; give one when a table has two columns of one enum.
    """
    # Stored as the lower-case value in a VARCHAR with a CHECK constraint: portable across
    # SQLite and PostgreSQL, and adding a value later is a plain migration.
    return Enum(
        cls,
        name=name or cls.__name__.lower(),
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        create_constraint=True,
    )


class ListingStatus(enum.StrEnum):
    DRAFT = "draft"
    PENDING = "pending"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class Visibility(enum.StrEnum):
    PUBLIC = "public"
    COORDINATORS = "coordinators"


class OrganizationKind(enum.StrEnum):
    SHAKYO = "shakyo"
    NPO = "npo"
    CHONAIKAI = "chonaikai"
    COMPANY = "company"
    GOVERNMENT = "government"
    WELFARE_CORP = "welfare_corp"
    VOLUNTARY = "voluntary"


class LocationPrecision(enum.StrEnum):
    """How exactly the coordinates locate the place (finest first)."""

    FILE = "file"  # the coordinates came with the imported row (the source's own point)
    MANUAL = "manual"  # a person placed the pin; never overwritten by a geocoder
    ROOFTOP = "rooftop"  # the building (an online geocoder)
    CHOME = "chome"  # 町丁目 (or 小字): the national table's point of the 町丁目
    BLOCK = "block"  # 町丁目・大字, before the two were told apart (an online geocoder)
    OAZA = "oaza"  # 大字, or a 町 known only as a whole
    CITY = "city"  # 市区町村
    UNKNOWN = "unknown"

    @property
    def is_town_or_finer(self) -> bool:
        """Precise enough to call two places 200 m apart two places (町丁目 or better)."""
        return self in _TOWN_OR_FINER

    @property
    def is_the_building(self) -> bool:
        """The point is the place itself, not its 町丁目's or 大字's: what is 20 m from it is
        beside it."""
        return self in _THE_BUILDING


_THE_BUILDING = frozenset(
    {LocationPrecision.FILE, LocationPrecision.MANUAL, LocationPrecision.ROOFTOP}
)
_TOWN_OR_FINER = frozenset(
    {
        LocationPrecision.FILE,
        LocationPrecision.MANUAL,
        LocationPrecision.ROOFTOP,
        LocationPrecision.CHOME,
    }
)


class LandmarkKind(enum.StrEnum):
    STATION = "station"  # 駅
    CITY_HALL = "city_hall"  # 市役所・支所
    COMMUNITY_CENTRE = "community_centre"  # 公民館・コミュニティセンター
    SCHOOL = "school"  # 学校
    WELFARE = "welfare"  # 福祉センター・地域包括支援センター
    OTHER = "other"


class RevisionStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class RevisionAction(enum.StrEnum):
    """What a revision asks for: new content, or taking the listing out of the directory."""

    UPDATE = "update"
    ARCHIVE = "archive"


class IntakeStatus(enum.StrEnum):
    """受入状況: whether a listing can take a new person now, as its organization last said."""

    OPEN = "open"  # 受け入れ可
    CONSULT = "consult"  # 要相談
    PAUSED = "paused"  # 休止中


class ReportReason(enum.StrEnum):
    """What a resident says is wrong with a listing (「情報が違う・閉まっていた」)."""

    WRONG = "wrong"  # 情報が違う
    CLOSED = "closed"  # 閉まっていた・やっていなかった
    OTHER = "other"


class UserRole(enum.StrEnum):
    ADMIN = "admin"
    COORDINATOR = "coordinator"
    ORG_MEMBER = "org_member"


listing_categories = Table(
    "listing_categories",
    Base.metadata,
    Column("listing_id", ForeignKey("listings.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("categories.id", ondelete="RESTRICT"), primary_key=True),
)

listing_targets = Table(
    "listing_targets",
    Base.metadata,
    Column("listing_id", ForeignKey("listings.id", ondelete="CASCADE"), primary_key=True),
    Column("target_id", ForeignKey("targets.id", ondelete="RESTRICT"), primary_key=True),
)

organization_members = Table(
    "organization_members",
    Base.metadata,
    Column("organization_id", ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
)


class Area(Base):
    """地区: a community-centre area (地区公民館の圏域), the unit of local reports."""

    __tablename__ = "areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kana: Mapped[str] = mapped_column(String(200), default="")
    centre_name: Mapped[str] = mapped_column(String(200), default="")
    centre_address: Mapped[str] = mapped_column(String(300), default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # What an API response or an open data file shows changed then: part of their validators.
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Landmark(Base):
    """目印: a named point people type as "where" (土浦駅, 市役所, 一中), with its source."""

    __tablename__ = "landmarks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kana: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[LandmarkKind] = mapped_column(
        enum_column(LandmarkKind), default=LandmarkKind.OTHER
    )
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)  # 土浦駅前, 市役所
    address: Mapped[str] = mapped_column(String(300), default="")
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(300), default="")  # where the point came from
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Category(Base):
    """活動の種類: controlled vocabulary (居場所, こども食堂, …)."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Target(Base):
    """対象: who a listing is for (どなたでも, 高齢者, 子ども, …)."""

    __tablename__ = "targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class User(Base):
    """A person who logs in: admin, coordinator or organization member.

    Password hashing happens in the web layer (werkzeug); the domain only stores the hash.
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[UserRole] = mapped_column(enum_column(UserRole))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    organizations: Mapped[list[Organization]] = relationship(
        secondary=organization_members, back_populates="members"
    )

    # The session-user protocol that flask-login expects, without importing it here.
    is_authenticated = True
    is_anonymous = False

    # The login session this object was loaded for: set by the web layer, not a column.
    session_token = ""

    def get_id(self) -> str:
        """The login-session token flask-login keeps in the cookie (a ``LoginSession``, which
        ends at logout, password change or deactivation — not a user id, which never ends)."""
        return self.session_token

    @property
    def password_fingerprint(self) -> str:
        return self.password_hash[-12:]

    @property
    def is_staff(self) -> bool:
        """Coordinators and admins: they review changes and see coordinator-only listings."""
        return self.role in (UserRole.ADMIN, UserRole.COORDINATOR)

    @property
    def has_password(self) -> bool:
        return bool(self.password_hash)


class Organization(Base):
    """団体: who runs listings (社協, NPO, 町内会, 企業, 行政, 社会福祉法人, 任意団体)."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kana: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[OrganizationKind] = mapped_column(enum_column(OrganizationKind))
    description: Mapped[str] = mapped_column(Text, default="")
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    # Bumped on each approved profile change; a change based on an older version conflicts.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    area: Mapped[Area | None] = relationship()
    listings: Mapped[list[Listing]] = relationship(back_populates="organization")
    revisions: Mapped[list[OrganizationRevision]] = relationship(
        back_populates="organization",
        cascade="all, delete-orphan",
        order_by="OrganizationRevision.number",
    )
    members: Mapped[list[User]] = relationship(
        secondary=organization_members, back_populates="organizations"
    )


class Listing(Base):
    """活動・場所: something a person can take part in."""

    __tablename__ = "listings"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    source_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    status: Mapped[ListingStatus] = mapped_column(
        enum_column(ListingStatus), default=ListingStatus.DRAFT
    )
    visibility: Mapped[Visibility] = mapped_column(
        enum_column(Visibility), default=Visibility.PUBLIC
    )
    # Incremented each time approved content is applied; a revision records the version it was
    # based on, so a stale edit is detected instead of silently overwriting (optimistic check).
    version: Mapped[int] = mapped_column(Integer, default=0)

    name: Mapped[str] = mapped_column(String(200))
    kana: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    cost_text: Mapped[str] = mapped_column(String(300), default="")
    cost_yen: Mapped[int | None] = mapped_column(Integer)
    capacity: Mapped[int | None] = mapped_column(Integer)
    wheelchair: Mapped[bool] = mapped_column(Boolean, default=False)
    accessible_toilet: Mapped[bool] = mapped_column(Boolean, default=False)
    pickup: Mapped[bool] = mapped_column(Boolean, default=False)
    parking: Mapped[bool] = mapped_column(Boolean, default=False)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    features: Mapped[list[str]] = mapped_column(JSON, default=list)
    accepts_referrals: Mapped[bool] = mapped_column(Boolean, default=False)
    trial_visit: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    # A short description in other languages, by language code (labels.SUMMARY_LANGUAGES),
    # written by the organization and reviewed like any change; the Japanese stays as written.
    summaries: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, server_default="{}")
    # 対象年齢 in years (either end open); None/None = no age limit (directory.ages).
    age_min: Mapped[int | None] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    # The ages are a child's, and the adults who bring one come too (「未就学児とその保護者」).
    age_with_adults: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # 受入状況 and the day the organization set it: operational state, not reviewed content.
    intake_status: Mapped[IntakeStatus | None] = mapped_column(enum_column(IntakeStatus))
    intake_status_on: Mapped[date | None] = mapped_column(Date)

    verified_at: Mapped[date | None] = mapped_column(Date)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime,
        default=utcnow,
        onupdate=utcnow,
        index=True,  # the API's Last-Modified
    )

    __table_args__ = (
        # What an audience may see (status, visibility) is counted from this index alone.
        Index("ix_listings_status_visibility", "status", "visibility"),
        # Lists in reading order (読み, else the name: ``READING``) read a page in index order,
        # not by sorting the whole directory.
        Index("ix_listings_reading", sql_text("coalesce(nullif(kana, ''), name)"), "id"),
        # The listings nobody has confirmed for long (情報の鮮度) are found and counted from
        # this index, not by reading every published listing.
        Index("ix_listings_status_verified_at", "status", "verified_at", "id"),
    )

    organization: Mapped[Organization] = relationship(back_populates="listings")
    categories: Mapped[list[Category]] = relationship(
        secondary=listing_categories, order_by=Category.position
    )
    targets: Mapped[list[Target]] = relationship(
        secondary=listing_targets, order_by=Target.position
    )
    location: Mapped[Location | None] = relationship(
        back_populates="listing", cascade="all, delete-orphan", uselist=False
    )
    schedule: Mapped[Schedule | None] = relationship(
        back_populates="listing", cascade="all, delete-orphan", uselist=False
    )
    revisions: Mapped[list[ListingRevision]] = relationship(
        back_populates="listing",
        cascade="all, delete-orphan",
        order_by="ListingRevision.number",
        foreign_keys="ListingRevision.listing_id",
    )

    @property
    def is_public(self) -> bool:
        """Whether an anonymous resident may see this listing."""
        return self.status is ListingStatus.PUBLISHED and self.visibility is Visibility.PUBLIC

    @property
    def area(self) -> Area | None:
        return self.location.area if self.location else None


class Location(Base):
    """Where a listing meets: the address as written, coordinates, how precise, which area."""

    __tablename__ = "locations"
    # A map's view reads the pins inside a box (lat, then lon within it).
    __table_args__ = (Index("ix_locations_lat_lon", "lat", "lon"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(
        ForeignKey("listings.id", ondelete="CASCADE"), unique=True
    )
    place_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    precision: Mapped[LocationPrecision] = mapped_column(
        enum_column(LocationPrecision), default=LocationPrecision.UNKNOWN
    )
    geocoder: Mapped[str] = mapped_column(String(50), default="")
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"), index=True)

    listing: Mapped[Listing] = relationship(back_populates="location")
    area: Mapped[Area | None] = relationship()


class Schedule(Base):
    """When a listing meets: the organiser's own words plus the structure parsed from them.

    ``spec`` is the JSON form of ``directory.schedules.ScheduleSpec``; ``weekday_mask`` is
    derived from it so the weekday filter is a plain indexed-free bit test in SQL.
    """

    __tablename__ = "schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(
        ForeignKey("listings.id", ondelete="CASCADE"), unique=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    spec: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    weekday_mask: Mapped[int] = mapped_column(Integer, default=0)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)

    listing: Mapped[Listing] = relationship(back_populates="schedule")


class ListingRevision(Base):
    """A submitted change to a listing: full proposed content, the diff, and the decision."""

    __tablename__ = "listing_revisions"
    __table_args__ = (UniqueConstraint("listing_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(
        ForeignKey("listings.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    base_version: Mapped[int] = mapped_column(Integer)
    action: Mapped[RevisionAction] = mapped_column(
        enum_column(RevisionAction), default=RevisionAction.UPDATE, server_default="update"
    )
    status: Mapped[RevisionStatus] = mapped_column(
        enum_column(RevisionStatus), default=RevisionStatus.PENDING, index=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_label: Mapped[str] = mapped_column(String(200), default="")
    # What the author tells the reviewer ("開催日が変わりました" / why the listing ends).
    author_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewer_label: Mapped[str] = mapped_column(String(200), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    review_note: Mapped[str] = mapped_column(Text, default="")

    listing: Mapped[Listing] = relationship(back_populates="revisions", foreign_keys=[listing_id])
    author: Mapped[User | None] = relationship(foreign_keys=[author_id])
    reviewer: Mapped[User | None] = relationship(foreign_keys=[reviewer_id])


class OrganizationRevision(Base):
    """A submitted change to an organization's public profile, reviewed like listing changes."""

    __tablename__ = "organization_revisions"
    __table_args__ = (UniqueConstraint("organization_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    base_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[RevisionStatus] = mapped_column(
        enum_column(RevisionStatus), default=RevisionStatus.PENDING, index=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_label: Mapped[str] = mapped_column(String(200), default="")
    author_note: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewer_label: Mapped[str] = mapped_column(String(200), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    review_note: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization] = relationship(back_populates="revisions")
    author: Mapped[User | None] = relationship(foreign_keys=[author_id])
    reviewer: Mapped[User | None] = relationship(foreign_keys=[reviewer_id])


class LoginAttempt(Base):
    """One login attempt, kept for a day to slow down password guessing across all workers."""

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)
    ip: Mapped[str] = mapped_column(String(64), index=True)
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)


class ListingReport(Base):
    """住民からの知らせ: a resident says a listing is wrong or was closed (no login, no personal
    data). Coordinators see open reports with the review queue and mark them dealt with.

    ``client_key`` is a keyed hash of the sender's address, kept only to rate-limit (like
    login attempts), never shown; it is emptied when the report is resolved."""

    __tablename__ = "listing_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(
        ForeignKey("listings.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[ReportReason] = mapped_column(enum_column(ReportReason))
    note: Mapped[str] = mapped_column(Text, default="")
    client_key: Mapped[str] = mapped_column(String(64), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    resolved_label: Mapped[str] = mapped_column(String(200), default="")

    listing: Mapped[Listing] = relationship()


class LoginSession(Base):
    """One signed-in browser: the server-side half of a login, so that logging out, changing
    the password or deactivating an account ends it even where a copy of the cookie survives.

    Only a SHA-256 of the token is stored: a leaked table does not sign anyone in.
    """

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)

    user: Mapped[User] = relationship()


class AppLock(Base):
    """A named row that a transaction updates to run alone (e.g. applying an import): the
    update holds PostgreSQL's row lock, or SQLite's single write lock, until commit."""

    __tablename__ = "app_locks"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportRun(Base):
    """一括取り込み: an applied import, so a second apply of the same upload is recognised."""

    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(200), default="")
    applied_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(String(300), default="")


class IndexChange(Base):
    """One listing written by one committed transaction, for the search indexes of other hosts.

    Each host keeps its own index folder; a host follows this feed in order of ``seq`` and
    re-indexes the listings other hosts changed (``directory.search.feed``). Rows older than a
    day are removed.
    """

    __tablename__ = "index_changes"

    seq: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(40))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class ListingOccurrence(Base):
    """One meeting of a listing on one day, kept for the coming weeks (``directory.upcoming``):
    derived from the listing's schedule, so the home page's week is a query, not a loop over
    every listing. Rebuildable from the schedules at any time."""

    __tablename__ = "listing_occurrences"

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(
        ForeignKey("listings.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date, index=True)
    starts: Mapped[time | None] = mapped_column(Time)
    ends: Mapped[time | None] = mapped_column(Time)


class DerivedState(Base):
    """How far a table of derived data reaches (``listing_occurrences``: from ``start`` up to,
    not including, ``through``)."""

    __tablename__ = "derived_state"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    start: Mapped[date | None] = mapped_column(Date)
    through: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
