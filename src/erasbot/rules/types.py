"""The closed vocabularies of the checker: languages, organisation types, roles, statuses, verdicts, periods."""

from __future__ import annotations

from typing import Literal

from erasbot.language import SUPPORTED

Lang = Literal["en", "sv", "nl", "fi"]
LANGS: tuple[str, ...] = SUPPORTED
OrgType = Literal[
    "higher_education",
    "enterprise",
    "consultancy",
    "education_provider",
    "sector_body",
    "regulatory_body",
    "umbrella",
    "research",
    "public_authority",
    "association",
    "other",
    "unknown",
]
ORG_TYPES: tuple[str, ...] = OrgType.__args__  # type: ignore[attr-defined]
Role = Literal["coordinator", "partner", "associated", "unknown"]
Status = Literal["pass", "fail", "unknown", "warning"]
Verdict = Literal["eligible", "not_eligible", "needs_information"]
Period = Literal["2014-2020", "2021-2027"]
