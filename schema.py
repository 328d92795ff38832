"""The records of a facts file, as pydantic models.

One facts file (``facts/<seed stem>.yaml``) holds one ``FactsFile``: the
document it was read from and four lists of facts.  Every fact carries an
``id`` (stable across runs), a review ``status``, a reviewer's ``note`` and
the ``evidence`` that shows where in the seed it was read.  Unknown keys are
errors (``extra="forbid"``) so that a typo in a hand-edited file is caught
rather than silently ignored.
"""
from __future__ import annotations

from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1
SCHEMA_PATH = "schema/facts.schema.json"

Status = Literal["new", "confirmed", "rejected"]
STATUSES = ("new", "confirmed", "rejected")

# "2024-01-31" when the year is known, "--01-31" when it is not.
PARTIAL_DATE = r"^(\d{4}-|--)\d{2}-\d{2}$"
# A publication date may give only a year and month ("date 2024-02").
PUBLICATION_DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$"


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Evidence(Record):
    """Where a fact was read: ``quote == text[start:end]`` of the seed as stored."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str

    @model_validator(mode="after")
    def _ordered(self):
        if self.end < self.start:
            raise ValueError("evidence end is before its start")
        return self


class Fact(Record):
    """What every kind of fact shares: identity, review state and evidence."""

    id: str | None = Field(None, description="Stable id; leave empty on a hand-added record")
    status: Status = Field("new", description="new: unreviewed proposal; confirmed: checked by a person; rejected: wrong, never proposed again")
    note: str | None = Field(None, description="A reviewer's remark")
    evidence: Evidence | None = Field(None, description="Offsets into the seed text and the quoted words")


class Role(Record):
    """One office a person holds, with the words as written."""

    title: str
    organization: str | None = None
    organization_expanded: str | None = Field(None, description="Abbreviations spelled out (UBND → Ủy ban nhân dân)")
    organization_resolved: str | None = Field(None, description="The organisation with its place made explicit by the document")
    text: str | None = Field(None, description="The role exactly as written")


class Official(Fact):
    person_id: str | None = Field(None, description="Same for the same name in every document")
    name: str
    honorifics: list[str] = Field(default_factory=list, description="Đồng chí, ông, TS., BSCKII … as written")
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Evidence] = Field(default_factory=list, description="Every place the person is named with an office")


class Resolution(Fact):
    number: str = Field(description="Spaces removed, Đ and the dash spelled one way: 10/2023/NQ-HĐND")
    number_text: str | None = Field(None, description="The number as written")
    kind: str | None = Field(None, description="Nghị quyết, Kế hoạch, Quyết định …")
    kind_from: Literal["text", "code"] | None = None
    issuer: str | None = None
    issuer_resolved: str | None = None
    issued: str | None = Field(None, pattern=PARTIAL_DATE)
    subject: str | None = None
    self_document: bool = Field(False, description="The document's own number (its letterhead), not a citation")
    mentions: list[Evidence] = Field(default_factory=list, description="Every citation, short back-references included")


class Meeting(Fact):
    date: str | None = Field(None, pattern=PARTIAL_DATE)
    date_text: str | None = None
    year_inferred: bool = Field(False, description="The year was not written next to the day")
    part_of_day: str | None = None
    weekday: str | None = None
    warnings: list[str] = Field(default_factory=list)
    kind: str | None = Field(None, description="hội nghị, buổi làm việc, giao ban …")
    name: str | None = Field(None, description="The event's name as written")
    organizer: str | None = None
    place: str | None = None
    chair: list[str] = Field(default_factory=list, description="person_id of who chaired")
    attendees: list[str] = Field(default_factory=list, description="person_id of who attended")


class Figure(Fact):
    value: float | int
    surface: str = Field(description="The number as written")
    unit: str | None = None
    total: float | int | None = Field(None, description="133/186 → value 133, total 186")
    range_end: float | int | None = Field(None, description="100 - 120% → value 100, range_end 120")
    ambiguous: bool = Field(False, description="The form could be read two ways (61.42)")
    about: str | None = None
    period: str | None = None
    comparison: str | None = None
    headline: bool = False


class Span(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


# What a person may correct in a document section; the rest is derived from the seed.
DOCUMENT_READING = ("title", "published", "published_date", "site", "author")


class Document(Record):
    id: str = Field(description="The seed's file stem")
    status: Literal["new", "confirmed"] = Field(
        "new", description="new: the machine's reading; confirmed: a person checked title, publication date, "
                           "site and author (maybe after correcting them), and run keeps them")
    source: str = Field(description="Path of the seed, relative to the project")
    sha256: str
    encoding: str = "utf-8"
    title: str | None = None
    published: str | None = Field(None, description="Publication date/time as the page prints it")
    published_date: str | None = Field(None, pattern=PUBLICATION_DATE)
    site: str | None = None
    author: str | None = None
    article: Span | None = Field(None, description="Where the article starts and ends in the seed text")


KINDS = ("meetings", "officials", "resolutions", "figures")
FACT_MODELS: dict[str, type[Fact]] = {
    "meetings": Meeting,
    "officials": Official,
    "resolutions": Resolution,
    "figures": Figure,
}


class FactsFile(Record):
    document: Document
    meetings: list[Meeting] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    resolutions: list[Resolution] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)

    def facts(self):
        """(kind, fact) for every fact in file order."""
        for kind in KINDS:
            for fact in getattr(self, kind):
                yield kind, fact


AnyFact = Union[Meeting, Official, Resolution, Figure]
