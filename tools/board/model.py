"""Domain values: the board's rules and its opportunities, as frozen dataclasses.

These are built only from content that passed the schema, so constructors trust the shape.
Optional sections added by later features (addenda, questions, award, ...) default to empty so
existing files keep loading; the raw mapping stays available as ``Opportunity.raw``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

LANGS = ("en", "fr")


@dataclass(frozen=True)
class Text:
    """A text in both official languages."""

    en: str
    fr: str

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en

    @classmethod
    def of(cls, raw: dict[str, Any]) -> Text:
        return cls(en=raw["en"], fr=raw["fr"])


@dataclass(frozen=True)
class TextList:
    en: tuple[str, ...]
    fr: tuple[str, ...]

    def get(self, lang: str) -> tuple[str, ...]:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True)
class Attestation:
    id: str
    text: Text


@dataclass(frozen=True)
class Skill:
    """A skill of the board's controlled list: opportunities name it by ``id``."""

    id: str
    text: Text


@dataclass(frozen=True)
class SealingKey:
    """An opportunity's (or the board's) public sealing key: P-256 point, base64url."""

    public_key: str
    fingerprint: str

    @classmethod
    def of(cls, raw: dict[str, Any] | None) -> SealingKey | None:
        return cls(raw["public_key"], raw["fingerprint"]) if raw else None


@dataclass(frozen=True)
class Question:
    issue: int  # 0 for a question asked by e-mail
    answered: date
    question: Text
    answer: Text
    asked: date | None = None
    email: str = ""  # a question asked by e-mail: the reference its acknowledgement gave

    @property
    def anchor(self) -> str:
        return f"q{self.issue}" if self.issue else f"q-{self.email}"


@dataclass(frozen=True)
class Board:
    name: Text
    max_total: Decimal
    currency: str
    tax_rate: Decimal
    timezone: str
    min_posting_business_days: int
    languages: tuple[str, ...]
    payment_methods: tuple[str, ...]
    eligibility: tuple[Attestation, ...]
    question_cutoff_business_days: int = 2
    sealing_key: SealingKey | None = None
    skills: tuple[Skill, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def skill_label(self, skill_id: str, lang: str) -> str:
        """A skill's label in ``lang`` (the id itself for a skill the list does not have)."""
        found = next((s for s in self.skills if s.id == skill_id), None)
        return found.text.get(lang) if found else skill_id

    def largest_pre_tax(self) -> Decimal:
        """Largest price with taxes excluded that stays under the cap (whole units)."""
        return (self.max_total / (1 + self.tax_rate)).to_integral_value(rounding="ROUND_FLOOR")

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> Board:
        return cls(
            name=Text.of(raw["name"]),
            max_total=Decimal(str(raw["max_total"])),
            currency=raw["currency"],
            tax_rate=Decimal(str(raw["tax_rate"])),
            timezone=raw["timezone"],
            min_posting_business_days=raw["min_posting_business_days"],
            languages=tuple(raw["languages"]),
            payment_methods=tuple(raw["payment_methods"]),
            eligibility=tuple(
                Attestation(item["id"], Text.of(item)) for item in raw["eligibility"]
            ),
            question_cutoff_business_days=raw.get("question_cutoff_business_days", 2),
            sealing_key=SealingKey.of(raw.get("sealing_key")),
            skills=tuple(Skill(s["id"], Text.of(s)) for s in raw.get("skills", [])),
            raw=raw,
        )


@dataclass(frozen=True)
class Price:
    amount: Decimal
    currency: str
    taxes_included: bool

    def total_with_tax(self, rate: Decimal) -> Decimal:
        return self.amount if self.taxes_included else self.amount * (1 + rate)


@dataclass(frozen=True)
class Criterion:
    id: str
    max_words: int
    text: Text
    weight: int | None = None
    pass_mark: int | None = None


@dataclass(frozen=True)
class Addendum:
    date: date
    text: Text


class Status(StrEnum):
    """What the board shows at a given moment (derived; the file holds draft/published/cancelled)."""

    DRAFT = "draft"
    SCHEDULED = "scheduled"  # published, but its posting date has not come yet
    OPEN = "open"
    CLOSED = "closed"
    AWARDED = "awarded"
    NOT_AWARDED = "not-awarded"  # closed, and no award: see content/outcomes/<id>/award.yaml
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Opportunity:
    id: str
    status: str  # as written: draft | published | cancelled
    title: Text
    summary: Text
    description: Text
    skills: tuple[str, ...]
    department: Text
    team: Text
    contact: str
    price: Price
    posted: date
    closing: datetime
    start: date
    delivery: datetime
    repository: str
    licence: str
    method: str
    criteria: tuple[Criterion, ...]
    acceptance: TextList
    payment: str
    addenda: tuple[Addendum, ...] = ()
    questions: tuple[Question, ...] = ()
    sealing_key: SealingKey | None = None  # None: the board's key applies
    source: str = ""  # path of the YAML file, relative to the content root's parent
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def published_from(self, tz: tzinfo | None = None) -> datetime:
        """The start of the posting date in the board's zone (default: the closing's offset)."""
        return datetime.combine(self.posted, time(0), tz or self.closing.tzinfo)

    def status_at(self, now: datetime, tz: tzinfo | None = None) -> Status:
        """Draft, scheduled, open, closed, awarded or cancelled at ``now`` (an aware datetime).

        A published opportunity appears on its posting date (``tz``: the board's time zone), so
        a merge ahead of time is published by the nightly rebuild of that day.
        """
        if self.status == "draft":
            return Status.DRAFT
        if self.status == "cancelled":
            return Status.CANCELLED
        if self.raw.get("award"):
            return Status.AWARDED
        if now < self.published_from(tz):
            return Status.SCHEDULED
        return Status.OPEN if now <= self.closing else Status.CLOSED

    @classmethod
    def from_raw(cls, raw: dict[str, Any], source: str = "") -> Opportunity:
        criteria = tuple(
            Criterion(
                id=c["id"],
                max_words=c["max_words"],
                text=Text.of(c),
                weight=c.get("weight"),
                pass_mark=c.get("pass_mark"),
            )
            for c in raw["evaluation"]["criteria"]
        )
        return cls(
            id=raw["id"],
            status=raw["status"],
            title=Text.of(raw["title"]),
            summary=Text.of(raw["summary"]),
            description=Text.of(raw["description"]),
            skills=tuple(raw["skills"]),
            department=Text.of(raw["client"]["department"]),
            team=Text.of(raw["client"]["team"]),
            contact=raw["client"]["contact"],
            price=Price(
                amount=Decimal(str(raw["price"]["amount"])),
                currency=raw["price"]["currency"],
                taxes_included=raw["price"]["taxes"] == "included",
            ),
            posted=date.fromisoformat(raw["posted"]),
            closing=datetime.fromisoformat(raw["closing"]),
            start=date.fromisoformat(raw["start"]),
            delivery=datetime.fromisoformat(raw["delivery"]),
            repository=raw["repository"],
            licence=raw["licence"],
            method=raw["evaluation"]["method"],
            criteria=criteria,
            acceptance=TextList(tuple(raw["acceptance"]["en"]), tuple(raw["acceptance"]["fr"])),
            payment=raw["payment"],
            addenda=tuple(
                Addendum(date.fromisoformat(a["date"]), Text.of(a)) for a in raw.get("addenda", [])
            ),
            questions=tuple(
                Question(
                    issue=q.get("issue", 0),
                    answered=date.fromisoformat(q["answered"]),
                    question=Text.of(q["question"]),
                    answer=Text.of(q["answer"]),
                    asked=date.fromisoformat(q["asked"]) if q.get("asked") else None,
                    email=q.get("email", ""),
                )
                for q in raw.get("questions", [])
            ),
            sealing_key=SealingKey.of(raw.get("sealing_key")),
            source=source,
            raw=raw,
        )

    def key(self, board: Board) -> SealingKey | None:
        """The key applications to this opportunity are sealed to."""
        return self.sealing_key or board.sealing_key
