"""SQLAlchemy 2 typed models: the framework catalogue (synced from a pack) and the user's own data.

Portable between SQLite and PostgreSQL: no dialect-only SQL, datetimes in UTC (`UTCDateTime`),
money in integer pence, dates as `Date`. Catalogue rows are never deleted by a pack update, only
marked `retired`, so the user's own records that point at them stay whole.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from desktop.store.types import UTCDateTime, utc_now

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CODE = 64
NAME = 300


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


class Versioned:
    """Rows people edit. Each save bumps `version_id`; a save made from a stale copy (a colleague
    saved first, in team mode) is refused instead of overwriting theirs."""

    @declared_attr
    def version_id(cls) -> Mapped[int]:  # noqa: N805 - SQLAlchemy passes the class
        return mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.version_id}


class CatalogueRow:
    """Columns every catalogue fact carries: where it comes from and how sure the pack is."""

    source: Mapped[str] = mapped_column(String(CODE), default="")
    certainty: Mapped[str] = mapped_column(String(16), default="confirmed")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Framework(Timestamped, Base):
    __tablename__ = "framework"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(CODE), unique=True)
    name: Mapped[str] = mapped_column(String(NAME))
    name_cy: Mapped[str] = mapped_column(String(NAME), default="")
    name_cy_ours: Mapped[bool] = mapped_column(Boolean, default=False)
    short_name: Mapped[str] = mapped_column(String(CODE))
    buyer: Mapped[str] = mapped_column(String(NAME))
    buyer_cy: Mapped[str] = mapped_column(String(NAME), default="")
    description: Mapped[str] = mapped_column(Text)
    description_cy: Mapped[str] = mapped_column(Text, default="")
    pack_version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(CODE), default="")
    certainty: Mapped[str] = mapped_column(String(16), default="confirmed")
    regime: Mapped[str] = mapped_column(String(CODE), default="")  # "" when the pack says none
    procedure: Mapped[str] = mapped_column(String(CODE), default="")
    status: Mapped[str] = mapped_column(String(CODE), default="")
    # Each date with its own source and certainty ("" = the framework's own).
    opens: Mapped[date | None] = mapped_column(Date, nullable=True)
    opens_source: Mapped[str] = mapped_column(String(CODE), default="")
    opens_certainty: Mapped[str] = mapped_column(String(16), default="")
    closes: Mapped[date | None] = mapped_column(Date, nullable=True)
    closes_source: Mapped[str] = mapped_column(String(CODE), default="")
    closes_certainty: Mapped[str] = mapped_column(String(16), default="")
    deadline_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    deadline_date_source: Mapped[str] = mapped_column(String(CODE), default="")
    deadline_date_certainty: Mapped[str] = mapped_column(String(16), default="")
    ends: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_source: Mapped[str] = mapped_column(String(CODE), default="")
    ends_certainty: Mapped[str] = mapped_column(String(16), default="")


class FrameworkChild:
    """A row that belongs to one framework and is known inside it by a code."""

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("framework.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(CODE))

    if TYPE_CHECKING:  # what catalogue_sync relies on; each mapped child has both for real
        retired: Mapped[bool]  # declared by Source itself and by CatalogueRow for the rest

        def __init__(self, **values: Any) -> None: ...


class Source(FrameworkChild, Base):
    __tablename__ = "source"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    title: Mapped[str] = mapped_column(String(NAME))
    url: Mapped[str] = mapped_column(String(NAME), default="")
    published: Mapped[str] = mapped_column(String(CODE), default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Fact(FrameworkChild, CatalogueRow, Base):
    __tablename__ = "fact"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(NAME))
    label_cy: Mapped[str] = mapped_column(String(NAME), default="")
    value: Mapped[str] = mapped_column(Text)
    value_cy: Mapped[str] = mapped_column(Text, default="")


class CategoryGroup(FrameworkChild, CatalogueRow, Base):
    __tablename__ = "category_group"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    name: Mapped[str] = mapped_column(String(NAME))
    name_cy: Mapped[str] = mapped_column(String(NAME), default="")
    name_cy_ours: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")


class NeedCategory(FrameworkChild, CatalogueRow, Base):
    __tablename__ = "need_category"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(NAME))
    name_cy: Mapped[str] = mapped_column(String(NAME), default="")
    name_cy_ours: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(16))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("category_group.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    commissioning: Mapped[str] = mapped_column(String(32))
    funding: Mapped[str] = mapped_column(String(16))
    guidance: Mapped[str] = mapped_column(Text, default="")

    group: Mapped[CategoryGroup | None] = relationship()


class Region(FrameworkChild, CatalogueRow, Base):
    __tablename__ = "region"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(NAME))
    name_cy: Mapped[str] = mapped_column(String(NAME), default="")
    name_cy_ours: Mapped[bool] = mapped_column(Boolean, default=False)


class PccArea(FrameworkChild, CatalogueRow, Base):
    __tablename__ = "pcc_area"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(NAME))
    name_cy: Mapped[str] = mapped_column(String(NAME), default="")
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"))

    region: Mapped[Region] = relationship()


class LotFamily(FrameworkChild, CatalogueRow, Base):
    __tablename__ = "lot_family"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(NAME))
    name_cy: Mapped[str] = mapped_column(String(NAME), default="")
    name_cy_ours: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    geography: Mapped[str] = mapped_column(String(16))


lot_category = Table(
    "lot_category",
    Base.metadata,
    Column("lot_id", ForeignKey("lot.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("need_category.id", ondelete="CASCADE"), primary_key=True),
    Column("is_cohort", Boolean, nullable=False, default=False),
)


class Lot(FrameworkChild, CatalogueRow, Base):
    __tablename__ = "lot"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(NAME))
    title_cy: Mapped[str] = mapped_column(String(NAME), default="")
    family_id: Mapped[int] = mapped_column(ForeignKey("lot_family.id"))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"))
    pcc_area_id: Mapped[int | None] = mapped_column(ForeignKey("pcc_area.id"))

    family: Mapped[LotFamily] = relationship()
    region: Mapped[Region | None] = relationship()
    pcc_area: Mapped[PccArea | None] = relationship()


class PortalStep(FrameworkChild, CatalogueRow, Base):
    __tablename__ = "portal_step"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(NAME))
    title_cy: Mapped[str] = mapped_column(String(NAME), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    detail_cy: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String(NAME), default="")
    done_on_route: Mapped[str] = mapped_column(String(NAME), default="")  # route step codes


class GlossaryTerm(FrameworkChild, CatalogueRow, Base):
    __tablename__ = "glossary_term"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    term: Mapped[str] = mapped_column(String(NAME))
    term_cy: Mapped[str] = mapped_column(String(NAME), default="")
    definition: Mapped[str] = mapped_column(Text)
    definition_cy: Mapped[str] = mapped_column(Text, default="")


class Requirement(FrameworkChild, CatalogueRow, Base):
    """A lead bidder's minimum for one organisation-profile answer (e.g. public liability)."""

    __tablename__ = "requirement"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    label: Mapped[str] = mapped_column(String(NAME))
    label_cy: Mapped[str] = mapped_column(String(NAME), default="")
    profile_field: Mapped[str] = mapped_column(String(CODE))
    minimum: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(CODE), default="")  # insurance, audited-accounts…


class Reopening(FrameworkChild, CatalogueRow, Base):
    """A window in which the framework takes new suppliers (an open framework reopens)."""

    __tablename__ = "reopening"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    position: Mapped[int] = mapped_column(Integer)
    opens: Mapped[date | None] = mapped_column(Date, nullable=True)
    closes: Mapped[date | None] = mapped_column(Date, nullable=True)
    label: Mapped[str] = mapped_column(String(NAME))
    label_cy: Mapped[str] = mapped_column(String(NAME), default="")


class MilestoneTemplate(FrameworkChild, CatalogueRow, Base):
    """A competition milestone's usual date, as days after publication (pack data)."""

    __tablename__ = "milestone_template"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(NAME))
    label_cy: Mapped[str] = mapped_column(String(NAME), default="")
    days_after_publication: Mapped[int] = mapped_column(Integer)
    time: Mapped[str] = mapped_column(String(5), default="")


class Organisation(Versioned, Timestamped, Base):
    """The charity using the app (the user's own data: a pack update never touches it)."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME))
    charity_number: Mapped[str] = mapped_column(String(CODE), default="")
    company_number: Mapped[str] = mapped_column(String(CODE), default="")
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)


class Answer(Versioned, Timestamped, Base):
    """One questionnaire answer as typed (JSON), for one organisation; its history is kept."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("organisation_id", "form_code", "field_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"))
    form_code: Mapped[str] = mapped_column(String(CODE))
    field_key: Mapped[str] = mapped_column(String(CODE))
    raw: Mapped[str] = mapped_column(Text)  # JSON of what was typed or chosen
    versions: Mapped[list[AnswerVersion]] = relationship(
        back_populates="answer", cascade="all, delete-orphan", order_by="AnswerVersion.id")


class AnswerVersion(Base):
    """An earlier (or the current) wording of an answer, so it can be restored."""

    __tablename__ = "answer_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("answer.id", ondelete="CASCADE"))
    raw: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    answer: Mapped[Answer] = relationship(back_populates="versions")


class JourneyStep(Versioned, Timestamped, Base):
    """How far the organisation is with one step of the framework's portal journey."""

    __tablename__ = "journey_step"
    __table_args__ = (UniqueConstraint("organisation_id", "framework_code", "step_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"))
    framework_code: Mapped[str] = mapped_column(String(CODE))
    step_code: Mapped[str] = mapped_column(String(CODE))
    status: Mapped[str] = mapped_column(String(16), default="not-started")
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class OrganisationFramework(Timestamped, Base):
    """A framework the organisation follows (or once did), in its order; the pages work on the
    chosen one. Keyed by the framework's code, like the journey, so it outlives a pack."""

    __tablename__ = "organisation_framework"
    __table_args__ = (UniqueConstraint("organisation_id", "framework_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"))
    framework_code: Mapped[str] = mapped_column(String(CODE))
    following: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    chosen: Mapped[bool] = mapped_column(Boolean, default=False)


class Evidence(Versioned, Timestamped, Base):
    """A document in the evidence library: a copy kept in the data folder under its SHA-256."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("organisation_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(NAME))  # the original's name, for people
    size: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(NAME))
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_by: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class Opportunity(Versioned, Timestamped, Base):
    """A competition (call-off) or grant round the organisation is looking at or bidding for."""

    __tablename__ = "opportunity"
    # Counting by status reads this index alone (the dashboard's "opportunities by status").
    __table_args__ = (Index("ix_opportunity_organisation_status", "organisation_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(NAME))
    buyer_reference: Mapped[str] = mapped_column(String(NAME), default="")
    commissioner: Mapped[str] = mapped_column(String(CODE), default="national")  # or a region
    kind: Mapped[str] = mapped_column(String(16), default="contract")  # contract / grant
    value: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # pence
    length_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="identified")
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(16), default="")  # bid / no-bid
    decided_by: Mapped[str] = mapped_column(String(NAME), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decision_why: Mapped[str] = mapped_column(Text, default="")
    checklist: Mapped[str] = mapped_column(Text, default="{}")  # JSON {item code: true/false}
    notes: Mapped[str] = mapped_column(Text, default="")
    regime: Mapped[str] = mapped_column(String(32), default="pcr-2015")  # forms/regimes/
    procedure: Mapped[str] = mapped_column(String(CODE), default="")  # a code of its regime
    # The framework it is under (a pack's code): pages show the chosen framework's only.
    framework_code: Mapped[str] = mapped_column(String(CODE), default="")

    lots: Mapped[list[OpportunityLot]] = relationship(cascade="all, delete-orphan",
                                                      order_by="OpportunityLot.id")
    milestones: Mapped[list[Milestone]] = relationship(cascade="all, delete-orphan",
                                                       order_by="Milestone.due")
    tasks: Mapped[list[Task]] = relationship(cascade="all, delete-orphan", order_by="Task.id")


class OpportunityLot(Base):
    """A lot an opportunity is for, by the lot's code (kept across framework pack updates)."""

    __tablename__ = "opportunity_lot"
    __table_args__ = (UniqueConstraint("opportunity_id", "lot_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"))
    lot_code: Mapped[str] = mapped_column(String(CODE))


class Milestone(Base):
    """A dated step of a competition; `due` is stored in UTC and shown in UK time."""

    __tablename__ = "milestone"
    __table_args__ = (UniqueConstraint("opportunity_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(CODE))  # published, submission, …
    label: Mapped[str] = mapped_column(String(NAME))
    due: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # the dashboard's next ones
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)


class Task(Versioned, Timestamped, Base):
    __tablename__ = "task"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"),
                                                index=True)
    title: Mapped[str] = mapped_column(String(NAME))
    owner: Mapped[str] = mapped_column(String(NAME), default="")
    due: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Partner(Versioned, Timestamped, Base):
    """Another organisation the charity bids with (as lead, or as its subcontractor)."""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(NAME))
    charity_number: Mapped[str] = mapped_column(String(32), default="")
    company_number: Mapped[str] = mapped_column(String(32), default="")
    categories: Mapped[str] = mapped_column(Text, default="[]")  # JSON: category codes delivered
    notes: Mapped[str] = mapped_column(Text, default="")


class BidPartner(Versioned, Base):
    """A partner's role in one opportunity's supply chain."""

    __tablename__ = "bid_partner"
    __table_args__ = (UniqueConstraint("opportunity_id", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"))
    # RESTRICT: a partner named on a bid is removed only after it is taken off the bid
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(32))  # lead / key-subcontractor / subcontractor
    share_percent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    services: Mapped[str] = mapped_column(Text, default="")
    exclusivity: Mapped[bool] = mapped_column(Boolean, default=False)


class SupplyChainChange(Base):
    """Switching or ending a key subcontractor, with the buyer's permission."""

    __tablename__ = "supply_chain_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    bid_partner_id: Mapped[int] = mapped_column(ForeignKey("bid_partner.id", ondelete="CASCADE"))
    change: Mapped[str] = mapped_column(String(16))  # switch / terminate
    permission_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    permission_reference: Mapped[str] = mapped_column(String(NAME), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PartnerYear(Versioned, Base):
    """One partner's figures for one year, for the annual supply-chain report."""

    __tablename__ = "partner_year"
    __table_args__ = (UniqueConstraint("partner_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    services: Mapped[str] = mapped_column(Text, default="")
    spend: Mapped[int] = mapped_column(BigInteger, default=0)  # pence
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class BidQuestion(Versioned, Timestamped, Base):
    """One of the buyer's questions for an opportunity, with the charity's draft answer."""

    __tablename__ = "bid_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"),
                                                index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(CODE), default="")
    text: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")
    limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    limit_unit: Mapped[str] = mapped_column(String(16), default="words")
    weighting: Mapped[int | None] = mapped_column(Integer, nullable=True)  # hundredths of a %
    scoring: Mapped[str] = mapped_column(Text, default="")
    pass_fail: Mapped[bool] = mapped_column(Boolean, default=False)
    attachment_required: Mapped[bool] = mapped_column(Boolean, default=False)
    # The evidence document to upload with it (no foreign key: a removed document is said so).
    attachment_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    lots: Mapped[str] = mapped_column(Text, default="[]")  # JSON: lot codes; [] = every lot
    answer: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(NAME), default="")
    status: Mapped[str] = mapped_column(String(16), default="not-started")
    comments: Mapped[str] = mapped_column(Text, default="")  # the reviewer's
    versions: Mapped[list[BidAnswerVersion]] = relationship(
        cascade="all, delete-orphan", order_by="BidAnswerVersion.id")


class BidAnswerVersion(Base):
    """An earlier (or the current) wording of a bid answer, so it can be restored."""

    __tablename__ = "bid_answer_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("bid_question.id", ondelete="CASCADE"),
                                             index=True)
    text: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class LibraryEntry(Versioned, Timestamped, Base):
    """A polished answer kept to reuse in later bids, with tags and a date to review it by."""

    __tablename__ = "library_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(NAME))
    text: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of words
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    used_in: Mapped[str] = mapped_column(Text, default="")  # where it was written first
    outcome: Mapped[str] = mapped_column(String(16), default="")  # won / lost / ""
    score: Mapped[str] = mapped_column(String(CODE), default="")  # as the buyer gave it


class Submission(Base):
    """What was submitted for an opportunity: where, when (UTC), by whom, the portal's receipt."""

    __tablename__ = "submission"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"),
                                                index=True)
    portal: Mapped[str] = mapped_column(String(NAME))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    submitted_by: Mapped[str] = mapped_column(String(NAME))
    confirmation: Mapped[str] = mapped_column(String(NAME))
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    files: Mapped[list[SubmissionFile]] = relationship(cascade="all, delete-orphan",
                                                       order_by="SubmissionFile.id")


class SubmissionFile(Base):
    """One file exactly as submitted, kept in the evidence store under its SHA-256."""

    __tablename__ = "submission_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(String(NAME))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)


class Costing(Versioned, Timestamped, Base):
    """The full-cost-recovery costing of one opportunity (or one lot priced on its own).

    Its staff and cost lines are JSON lists saved whole with it (see `core.costing_records`):
    they belong to this costing alone and are always read and changed together."""

    __tablename__ = "costing"
    __table_args__ = (UniqueConstraint("opportunity_id", "lot_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"))
    lot_code: Mapped[str] = mapped_column(String(CODE), default="")  # "": the whole opportunity
    length_months: Mapped[int] = mapped_column(Integer)
    price: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # pence
    units_per_year: Mapped[int] = mapped_column(Integer, default=0)
    unit_label: Mapped[str] = mapped_column(String(NAME), default="")
    vat_recoverable: Mapped[bool] = mapped_column(Boolean, default=False)
    pays_levy: Mapped[bool] = mapped_column(Boolean, default=False)
    arrears_days: Mapped[int] = mapped_column(Integer, default=30)
    overheads: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    staff: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of staff lines
    lines: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of other costs


class BoardReview(Versioned, Timestamped, Base):
    """What the trustees weigh before bidding for one opportunity, and the decision they record.

    The risks are a JSON object {risk code: {"level", "note"}} saved whole (see
    `core.board_records`); the risk kinds themselves are data (forms/costing/board-risks.toml)."""

    __tablename__ = "board_review"
    __table_args__ = (UniqueConstraint("opportunity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"))
    risks: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    tupe_staff: Mapped[int] = mapped_column(Integer, default=0)
    tupe_cost: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # pence a year
    tupe_pension: Mapped[str] = mapped_column(Text, default="")
    met_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    meeting: Mapped[str] = mapped_column(String(NAME), default="")
    minute: Mapped[str] = mapped_column(String(NAME), default="")
    decision: Mapped[str] = mapped_column(String(16), default="")  # bid / no-bid / ""
    conditions: Mapped[str] = mapped_column(Text, default="")


class SupplierRegistration(Versioned, Timestamped, Base):
    """The organisation's registration on the Central Digital Platform (Procurement Act 2023).

    The platform's users are a JSON list saved whole with it: a short list, always read and
    changed together. The route's steps are kept in `journey_step` under the route's code."""

    __tablename__ = "supplier_registration"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), unique=True)
    ppon: Mapped[str] = mapped_column(String(32), default="")
    confirmed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    users: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{name, email, role}]


class SupplierShareCode(Versioned, Timestamped, Base):
    """A share code given to a buyer for one procurement (kept when the opportunity goes)."""

    __tablename__ = "supplier_share_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(CODE))
    buyer: Mapped[str] = mapped_column(String(NAME))
    procurement: Mapped[str] = mapped_column(String(NAME), default="")
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="SET NULL"), nullable=True)
    given_on: Mapped[date | None] = mapped_column(Date, nullable=True)
