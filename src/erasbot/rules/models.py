"""Typed data of the eligibility checker: partners as read, rule tables, results.

Organisation types (``OrgType``), a fixed vocabulary every language maps onto:

    higher_education   university, university of applied sciences, hogeschool, högskola, korkeakoulu
    enterprise         company, SME, business (public or private)
    consultancy        consultancy or intermediary firm (an enterprise; Knowledge Alliances add a note)
    education_provider VET provider, school, adult-education or training organisation
    sector_body        sector association, chamber of commerce, employers' organisation, trade union
    regulatory_body    regulatory or supervisory body in education and training, qualifications authority
    umbrella           umbrella organisation or European network
    research           research institute or centre
    public_authority   municipality, region, ministry or agency without a stated role in education
    association        association, foundation, NGO
    other              stated as "other"
    unknown            not stated, or stated in words the checker does not know

Roles: ``coordinator`` (applicant/coordinator), ``partner`` (full partner, the
default when no role is written), ``associated`` (associated partner: listed, never
counted), ``unknown`` (a role was written but not recognised, e.g. "observer" or
"tbc": never taken for a full partner by silence; the rules it could change are unknown).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from erasbot.datafiles import describe
from erasbot.phrases import action_names
from erasbot.rules.params import PARAMS
from erasbot.rules.types import (  # noqa: F401 - the vocabularies are part of this module's surface
    LANGS,
    ORG_TYPES,
    Lang,
    OrgType,
    Period,
    Role,
    Status,
    Verdict,
)


class Strict(BaseModel):
    """Base for every model here: unknown fields are an error, not silently kept."""

    model_config = ConfigDict(extra="forbid")


class Partner(Strict):
    """One organisation as read from one line of a pasted list.

    ``country`` is None when the line names the organisation but its country is missing ("", "-", "n.v.t.") or
    not recognised ("Atlantis"): the organisation is kept, with a note saying so, and every rule its country could
    change is unknown (never counted as if from a programme country, never dropped).
    """

    line: int
    name: str
    country: str | None = None  # ISO 3166 alpha-2; None when not given or not recognised
    type: OrgType = "unknown"
    role: Role = "partner"
    eche: bool | None = None
    sector: str | None = None
    notes: list[str] = Field(default_factory=list)
    pic: str | None = None  # Participant Identification Code (9 digits)
    oid: str | None = None  # Organisation ID (E + 8 digits)
    city: str | None = None
    website: str | None = None
    role_text: str | None = None  # the role as written, when it was not recognised
    country_text: str | None = None  # the country as written, when it was not recognised
    first_cell: str | None = None  # the name's first cell, when cells after it were read as part of the name
    duplicate_of: int | None = None  # line of the first listing of the same organisation

    def to_json(self) -> dict[str, Any]:
        """The design's partner shape; pic, city, website, duplicate_of and notes only when there are some."""
        data: dict[str, Any] = {
            "line": self.line,
            "name": self.name,
            "country": self.country,
            "type": self.type,
            "role": self.role,
        }
        for attr in ("pic", "oid", "city", "website", "duplicate_of"):
            if (value := getattr(self, attr)) is not None:
                data[attr] = value
        if self.notes:
            data["notes"] = list(self.notes)
        return data


class LineError(Strict):
    """A non-blank line that could not be read as a partner, and why."""

    line: int
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "message": self.message}


StructureKind = Literal[
    "header", "rule", "empty_row", "greeting", "signature", "heading", "prose", "numbering", "continuation"
]


class StructureLine(Strict):
    """A line that is part of the paste's layout, not an organisation: a header, a table rule,
    an empty spreadsheet row (";;;;"), a greeting or signature around the list, a heading
    ending in ':', a sentence of prose ("Please find our consortium below."), a bare number,
    or the next line of a quoted cell that spans lines."""

    line: int
    kind: StructureKind
    text: str = ""  # the line as pasted (printable), so a reader can see what was not taken as a partner

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "kind": self.kind}

    @property
    def worth_showing(self) -> bool:
        """A line a reader could have meant as a partner: a heading, greeting, signature, prose or a bare number.
        Table headers, rules, empty rows and the next lines of a quoted cell are the table's own layout."""
        return self.kind in ("greeting", "signature", "heading", "prose", "numbering")


class PartnerList(Strict):
    """Everything read from a pasted text: each non-blank line is in exactly one of
    partners (by ``Partner.line`` or ``Partner.lines``), errors and structure."""

    partners: list[Partner] = Field(default_factory=list)
    errors: list[LineError] = Field(default_factory=list)
    structure: list[StructureLine] = Field(default_factory=list)
    format: str = "plain"

    @property
    def structure_lines(self) -> list[int]:
        """Line numbers of the structure lines (headers, rules, empty rows, greetings, ...)."""
        return [s.line for s in self.structure]

    @property
    def header_only(self) -> bool:
        """Only a header (and layout) was found: no partner, no line that failed."""
        return not self.partners and not self.errors and any(s.kind == "header" for s in self.structure)


class Project(Strict):
    """Project facts given beside the list; None means not given (never zero)."""

    duration_months: int | None = None
    grant_eur: int | None = None
    sector: str | None = None


class Source(Strict):
    doc_id: str
    quote: str


Texts = dict[str, Any]  # language -> template (a string, or {"one": ..., "other": ...})


class Rule(Strict):
    """One rule of an action table: what it reads, where the guidance says it, how to say it.

    `params` are checked against the kind's own model (rules/params.py) and kept with its defaults filled in.
    """

    id: str
    kind: str
    params: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _params_of_its_kind(self) -> Rule:
        if self.kind not in PARAMS:
            raise ValueError(f"rule {self.id!r}: unknown kind {self.kind!r}; known kinds: {', '.join(PARAMS)}")
        try:
            self.params = PARAMS[self.kind].model_validate(self.params).model_dump()
        except ValidationError as exc:
            raise ValueError(f"rule {self.id!r} ({self.kind}): {describe(exc)}") from None
        return self

    reading: str
    source: Source
    more_sources: list[Source] = Field(default_factory=list)
    requirement: dict[Lang, str]
    fixes: dict[str, dict[Lang, Any]] = Field(default_factory=dict)
    notes: dict[str, dict[Lang, Any]] = Field(default_factory=dict)


class ActionInfo(Strict):
    """An Erasmus+ action the checker knows: its documents, period, rule table, and its name in each language.

    The name is the phrase table's `action.<id>`, the one term every part of erasbot uses for the action.
    """

    id: str
    period: Period
    doc_ids: list[str]
    counting: str
    counting_source: Source | None = None
    # the sentence saying partner-country organisations may take part, where the text says so without a condition
    # the checker would warn about (no rule: the verdict never rests on it; yes/no questions quote it)
    partner_countries_source: Source | None = None
    rules: list[Rule]

    @property
    def title(self) -> dict[str, str]:
        return action_names(self.id)


class RuleResult(Strict):
    id: str
    status: Status
    message: str
    fix: str | None = None
    source: Source

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "message": self.message,
            "fix": self.fix,
            "source": self.source.model_dump(),
        }


class CheckResult(Strict):
    """The verdict for one action and one list, rule by rule."""

    action: str
    verdict: Verdict
    rules: list[RuleResult]
    partners: list[Partner]
    errors: list[LineError]
    lang: Lang = "en"
    layout: list[StructureLine] = Field(default_factory=list)  # lines read as the paste's layout, not partners

    @property
    def layout_shown(self) -> list[StructureLine]:
        """The layout lines a reader could have meant as partners (StructureLine.worth_showing)."""
        return [s for s in self.layout if s.worth_showing]

    @property
    def failing(self) -> list[str]:
        return [r.id for r in self.rules if r.status == "fail"]

    def to_json(self) -> dict[str, Any]:
        """The design's check shape, nothing more."""
        return {
            "action": self.action,
            "verdict": self.verdict,
            "rules": [r.to_json() for r in self.rules],
            "partners": [p.to_json() for p in self.partners],
            "errors": [e.to_json() for e in self.errors],
        }
