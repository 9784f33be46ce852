"""The parameters each rule kind takes, one strict model per kind.

A rule table's `params` are validated against its kind's model when the table is
loaded, so a misspelt key or a wrong type fails there, naming the file and the rule,
instead of when a consortium happens to reach the rule.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from erasbot.rules.types import Lang, OrgType


class Params(BaseModel):
    """No parameters; the base of every kind's model (unknown keys are an error)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class MinCount(Params):
    min: int = Field(ge=1)


class MinProgrammeCountries(MinCount):
    umbrella_type: OrgType | None = None  # countries whose only participants are of this type count apart


class MinType(MinCount):
    counts: list[OrgType] = Field(min_length=1)
    may_count: list[OrgType] = ["unknown"]  # types that could count once stated: the rule is then unknown
    note_types: list[OrgType] = []  # counted, with a note (consultancies in Knowledge Alliances)


class Eche(Params):
    types: list[OrgType] = ["higher_education"]


class Duration(Params):
    min: int = Field(ge=1)
    max: int = Field(ge=1)
    extension: int = Field(default=0, ge=0)  # months that may be asked for later in special cases, not planned

    @model_validator(mode="after")
    def _ordered(self) -> Duration:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) is above max ({self.max})")
        return self


class GrantCap(Params):
    up_to_months: int = Field(ge=1)
    max_eur: int = Field(ge=1)


class MaxGrant(Params):
    caps: list[GrantCap] = Field(min_length=1)


class Category(Params):
    id: str
    counts: list[OrgType] = Field(min_length=1)
    may_count: list[OrgType] = ["unknown"]
    label: dict[Lang, str]


class CategoriesPerCountry(Params):
    categories: list[Category] = Field(min_length=1)
    umbrella_type: OrgType | None = None


PARAMS: dict[str, type[Params]] = {
    "min_organisations": MinCount,
    "min_programme_countries": MinProgrammeCountries,
    "min_type": MinType,
    "single_coordinator": Params,
    "coordinator_programme_country": Params,
    "eche": Eche,
    "duration": Duration,
    "max_grant": MaxGrant,
    "partner_country_warning": Params,
    "categories_per_country": CategoriesPerCountry,
    "sector": Params,
    "reminder": Params,
    "not_in_guidance": Params,
}
