"""Rules under an unclear role, and fixes that start with the lines that could not be read.

A partner whose role was written but not recognised ("observer", "tbc") is neither
counted nor left out by silence: the rules are decided once with it as a full partner
and once as an associated partner. A rule whose status is the same both ways keeps it;
a rule the role could change is ``unknown``, with the fix "state whether X is a full or
an associated partner".

Lines that could not be read may hold the organisations a count is short of, so the fix
of a failing or unknown count rule starts with them ("correct line 6 first: no country
found in "Nordic Hub" ...; then add 1 more organisation").
"""

from __future__ import annotations

from erasbot.rules import text
from erasbot.rules.models import LineError, Partner

# Rule kinds whose outcome depends on which organisations are listed.
LIST_KINDS = frozenset(
    {
        "min_organisations",
        "min_programme_countries",
        "min_type",
        "categories_per_country",
        "single_coordinator",
        "coordinator_programme_country",
    }
)
REASONS_SHOWN = 3


def unclear(partners: list[Partner]) -> list[Partner]:
    """Partners whose role was not recognised."""
    return [p for p in partners if p.role == "unknown"]


def reading(partners: list[Partner], role: str) -> list[Partner]:
    """The list with every unclear role read as ``role`` (partner or associated)."""
    return [p.model_copy(update={"role": role}) if p.role == "unknown" else p for p in partners]


def state_role_fix(partners: list[Partner], lang: str) -> str:
    return text.say(lang, "fix_state_role", n=len(partners), names=text.name_list([p.name for p in partners], lang))


def role_sentence(partners: list[Partner], lang: str) -> str:
    return text.say(lang, "role_unclear_found", n=len(partners), names=text.name_list([p.name for p in partners], lang))


def _reason(error: LineError) -> str:
    """The first clause of a line error ("country "Atlantis" for X not recognised")."""
    return error.message.split(": ", 1)[0]


def unread_first(fix: str | None, errors: list[LineError], lang: str) -> str | None:
    """The fix of a list rule, led by the lines that could not be read."""
    if not errors:
        return fix
    shown = errors[:REASONS_SHOWN]
    lines = text.join([str(e.line) for e in errors], lang)
    if len(errors) == 1:
        reasons = _reason(errors[0])
    else:
        reasons = "; ".join(text.say(lang, "line_error", line=e.line, message=_reason(e)) for e in shown)
    if len(errors) > len(shown):
        reasons += " " + text.say(lang, "and_more", n=len(errors) - len(shown))
    first = text.say(lang, "fix_correct_lines", n=len(errors), lines=lines, reasons=reasons)
    return f"{first}; {text.say(lang, 'fix_then', fix=fix)}" if fix else first
