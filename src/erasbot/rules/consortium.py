"""A consortium as the rules count it: each organisation once, by role and country.

Counts use the applicant/coordinator and full partners from programme countries.
Associated partners are listed but never counted (they are not contractually
bound and receive no grant); the same organisation listed twice counts once (same
PIC or OID, or the same name in the same country once case, punctuation, diacritics
and legal forms are folded: see rules/identity.py). A partner whose role was not
recognised (role ``unknown``) is counted by neither reading here; the checker
decides the rules under both readings (rules/uncertain.py). An applicant or full
partner whose country is not known (``country`` None) is neither counted nor left
out: it is ``unplaced``, and each rule decides whether its country could change the
outcome (it could be from a programme country, a partner country, or one already listed).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from erasbot.rules.countries import is_programme_country
from erasbot.rules.identity import duplicate_of, name_key
from erasbot.rules.models import Partner

ROLE_RANK = {"coordinator": 0, "partner": 1, "unknown": 2, "associated": 3}


def org_key(name: str) -> str:
    """Names that differ only in case, spacing, punctuation, diacritics or legal form are one organisation."""
    return name_key(name)


def _merge(first: Partner, other: Partner) -> Partner:
    """One organisation listed twice: the stronger role, and facts the first line left open."""
    update: dict[str, object] = {}
    if ROLE_RANK[other.role] < ROLE_RANK[first.role]:
        update["role"] = other.role
    if first.type == "unknown" and other.type != "unknown":
        update["type"] = other.type
    for attr in ("country", "eche", "sector", "pic", "oid"):
        if getattr(first, attr) is None and getattr(other, attr) is not None:
            update[attr] = getattr(other, attr)
    return first.model_copy(update=update) if update else first


@dataclass
class Consortium:
    """The partners of one list, seen from one programme period."""

    partners: list[Partner]
    period: str
    unique: list[Partner] = field(init=False)
    duplicates: list[tuple[Partner, Partner]] = field(init=False)  # (repeat, first listing)

    def __post_init__(self) -> None:
        repeats = duplicate_of(self.partners)
        merged: dict[int, Partner] = {}  # id of the first listing -> the organisation
        self.duplicates = []
        for index, partner in enumerate(self.partners):
            if (first := repeats.get(index)) is not None:
                merged[id(first)] = _merge(merged[id(first)], partner)
                self.duplicates.append((partner, first))
            else:
                merged[id(partner)] = partner
        self.unique = list(merged.values())

    def programme(self, partner: Partner) -> bool:
        """From a programme country (known to be: an organisation of unknown country is not)."""
        return partner.country is not None and is_programme_country(partner.country, self.period)

    def partner_country(self, partner: Partner) -> bool:
        """From a partner country (known to be)."""
        return partner.country is not None and not is_programme_country(partner.country, self.period)

    @property
    def counted(self) -> list[Partner]:
        """Applicant and full partners from programme countries, each once."""
        return [p for p in self.unique if p.role in ("coordinator", "partner") and self.programme(p)]

    @property
    def unplaced(self) -> list[Partner]:
        """Applicant and full partners whose country is not known, each once: counted only if from a programme
        country, so the rules they could change are unknown."""
        return [p for p in self.unique if p.role in ("coordinator", "partner") and p.country is None]

    @property
    def associated(self) -> list[Partner]:
        return [p for p in self.unique if p.role == "associated"]

    @property
    def coordinators(self) -> list[Partner]:
        return [p for p in self.unique if p.role == "coordinator"]

    def left_out(self, types: frozenset[str] | None = None) -> list[tuple[Partner, str, str]]:
        """Listed but not counted: (partner, reason, detail), the reason associated,
        partner_country (detail: its country) or duplicate (detail: the first line).

        With ``types`` only organisations of those types (the ones a type rule
        would otherwise have counted).
        """
        out: list[tuple[Partner, str, str]] = []
        for partner in self.unique:
            if types is not None and partner.type not in types:
                continue
            if partner.role == "associated":
                out.append((partner, "associated", ""))
            elif self.partner_country(partner):
                out.append((partner, "partner_country", str(partner.country)))
        for repeat, first in self.duplicates:
            if types is None or repeat.type in types or first.type in types:
                out.append((repeat, "duplicate", str(first.line)))
        return out
