"""The checker: partners in, a verdict out, rule by rule, each rule with its source.

Verdict: not_eligible if any rule fails; else needs_information if any rule is
unknown; else eligible. Warnings never change a verdict. A rule an unclear role
or a missing country could change is unknown (rules/uncertain.py, rules/kinds.py);
the fix of a list rule starts with the lines that could not be read. A list in which
no organisation has a country the checker knows is refused, with the reasons.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from erasbot.datafiles import data_file, load_model
from erasbot.errors import ErasbotError
from erasbot.rules import amounts, uncertain
from erasbot.rules.consortium import Consortium
from erasbot.rules.kinds import KINDS, Ctx, Outcome
from erasbot.rules.layout import shown
from erasbot.rules.models import LANGS, ActionInfo, CheckResult, Partner, PartnerList, Project, RuleResult, Verdict
from erasbot.rules.partners import MAX_BYTES, MAX_ROWS, parse_partners
from erasbot.rules.text import join, money, say

SUPPORT_FILES = {"programme_countries", "country_variants", "vocabulary", "sectors", "cities"}


@lru_cache(maxsize=1)
def load_actions() -> dict[str, ActionInfo]:
    """Every action table in rules/data, validated (a typo in a table fails here)."""
    actions: dict[str, ActionInfo] = {}
    for path in sorted(data_file("erasbot.rules", "").iterdir(), key=lambda p: p.name):
        stem = path.name.removesuffix(".json")
        if not path.name.endswith(".json") or stem in SUPPORT_FILES:
            continue
        info = load_model(ActionInfo, path)
        if info.id != stem:
            raise ErasbotError(f"rule table {path.name}: id {info.id!r} does not match the file name")
        unknown = [r.kind for r in info.rules if r.kind not in KINDS]
        if unknown:
            raise ErasbotError(f"rule table {path.name}: no code for rule kind(s) {unknown}")
        actions[info.id] = info
    return dict(sorted(actions.items(), key=lambda item: (item[1].period, item[0])))


def resolve_action(action: str, lang: str = "en") -> ActionInfo:
    """The action for an id (or one of its document ids); ErasbotError listing the valid ones."""
    actions = load_actions()
    wanted = action.strip().lower().replace("_", "-")
    for info in actions.values():
        if wanted == info.id or wanted in info.doc_ids:
            return info
    raise ErasbotError(say(lang, "unknown_action", action=shown(action, 60), valid=", ".join(actions)))


def verdict_of(rules: list[RuleResult]) -> Verdict:
    statuses = {r.status for r in rules}
    if "fail" in statuses:
        return "not_eligible"
    return "needs_information" if "unknown" in statuses else "eligible"


def check_partners(parsed: PartnerList, action: str, project: Project | None = None, lang: str = "en") -> CheckResult:
    """Check partners already read against one action's table."""
    info = resolve_action(action, lang)
    project = project or Project()
    outcomes = _outcomes(info, parsed.partners, project, lang)
    results = []
    for rule, outcome in zip(info.rules, outcomes, strict=True):
        fix = outcome.fix
        if rule.kind in uncertain.LIST_KINDS and outcome.status in ("fail", "unknown"):
            fix = uncertain.unread_first(fix, parsed.errors, lang)
        results.append(
            RuleResult(
                id=rule.id,
                status=outcome.status,
                source=rule.source,
                fix=fix[:1].upper() + fix[1:] if fix else None,
                message=f"{rule.requirement[lang]} {outcome.found}".strip(),
            )
        )
    return CheckResult(
        action=info.id,
        verdict=verdict_of(results),
        rules=results,
        partners=parsed.partners,
        errors=parsed.errors,
        lang=lang,
        layout=parsed.structure,
    )  # type: ignore[arg-type]


def _outcomes(info: ActionInfo, partners: list[Partner], project: Project, lang: str) -> list[Outcome]:
    """Each rule's outcome; with unclear roles, decided under both readings (full, associated)."""
    unclear = uncertain.unclear(partners)
    if not unclear:
        return _run(info, partners, project, lang)
    full = _run(info, uncertain.reading(partners, "partner"), project, lang)
    associated = _run(info, uncertain.reading(partners, "associated"), project, lang)
    sentence = uncertain.role_sentence(unclear, lang)
    outcomes = []
    for one, other in zip(full, associated, strict=True):
        if one.status == other.status:
            found = one.found if one.found == other.found else f"{one.found} {sentence}"
            outcomes.append(Outcome(one.status, found, one.fix))
        else:
            fix = uncertain.state_role_fix(unclear, lang)
            if one.status == "unknown" and one.fix:
                fix = f"{fix}; {one.fix}"  # as a full partner the rule still waits on a fact: a country not given
            outcomes.append(Outcome("unknown", f"{one.found} {sentence}", fix))
    return outcomes


def _run(info: ActionInfo, partners: list[Partner], project: Project, lang: str) -> list[Outcome]:
    consortium = Consortium(partners, info.period)
    return [KINDS[rule.kind](Ctx(rule, consortium, project, lang)) for rule in info.rules]


def read_usable(
    text: str, *, lang: str = "en", max_rows: int | None = MAX_ROWS, max_bytes: int | None = MAX_BYTES
) -> PartnerList:
    """Read a list, refusing (ErasbotError) an empty, oversized or wholly unreadable one."""
    if lang not in LANGS:
        raise ErasbotError(f"Unknown language {lang!r}: use one of {', '.join(LANGS)}.")
    if not text.strip():
        raise ErasbotError(say(lang, "empty"))
    parsed = parse_partners(text, lang=lang, max_rows=max_rows, max_bytes=max_bytes)
    if parsed.header_only:
        header = next(s.line for s in parsed.structure if s.kind == "header")
        raise ErasbotError(say(lang, "header_only", line=header))
    if not parsed.partners and not parsed.errors:
        lines = join([str(s.line) for s in parsed.structure], lang)
        raise ErasbotError(say(lang, "layout_only", n=len(parsed.structure), lines=lines))
    if not any(p.country for p in parsed.partners):
        # no organisation of a known country: the rules would all rest on what the list leaves out
        reasons = "; ".join(
            say(lang, "line_error", line=line, message=message) for line, message in _unread(parsed)[:5]
        )
        raise ErasbotError(say(lang, "nothing_read", reasons=reasons))
    return parsed


def _unread(parsed: PartnerList) -> list[tuple[int, str]]:
    """(line, why) for each line that could not be read and each organisation whose country is not known."""
    found = [(e.line, e.message) for e in parsed.errors]
    found += [(p.line, f"{shown(p.name, 60)}: {p.notes[0]}") for p in parsed.partners if not p.country and p.notes]
    return sorted(found)


def _project(duration_months: int | None, grant_eur: int | None, sector: str | None, lang: str) -> Project:
    if duration_months is not None and duration_months <= 0:
        raise ErasbotError(say(lang, "bad_duration", value=duration_months))
    if grant_eur is not None and grant_eur < 0:
        raise ErasbotError(say(lang, "bad_grant", value=grant_eur))
    if duration_months is not None and duration_months > amounts.MAX_MONTHS:
        raise ErasbotError(say(lang, "duration_absurd", text=str(duration_months)[:20], limit=amounts.MAX_MONTHS))
    if grant_eur is not None and grant_eur > amounts.MAX_GRANT:
        raise ErasbotError(say(lang, "amount_absurd", text=str(grant_eur)[:20], limit=money(amounts.MAX_GRANT, lang)))
    sector = shown(sector, 80) if sector else None  # echoed in the sector rule's message
    return Project(duration_months=duration_months, grant_eur=grant_eur, sector=sector or None)


def check_text(
    text: str,
    action: str,
    *,
    duration_months: int | None = None,
    grant_eur: int | None = None,
    sector: str | None = None,
    lang: str = "en",
    max_rows: int | None = MAX_ROWS,
    max_bytes: int | None = MAX_BYTES,
    added: Sequence[Partner] = (),
) -> CheckResult:
    """Read a pasted partner list and check it against one action, with the partners `added` to it after it (told
    in a later message: 'and if we add a Spanish start-up?').

    Raises ErasbotError when the input is unusable: unknown action or language,
    nothing readable, over 1 MB or 500 rows (``max_rows=None`` lifts the row limit).
    """
    if lang in LANGS:
        resolve_action(action, lang)
    project = _project(duration_months, grant_eur, sector, lang if lang in LANGS else "en")
    parsed = with_added(read_usable(text, lang=lang, max_rows=max_rows, max_bytes=max_bytes), added)
    return check_partners(parsed, action, project, lang)


def check_all_actions(
    text: str,
    *,
    duration_months: int | None = None,
    grant_eur: int | None = None,
    sector: str | None = None,
    lang: str = "en",
    max_rows: int | None = MAX_ROWS,
    max_bytes: int | None = MAX_BYTES,
    added: Sequence[Partner] = (),
) -> dict[str, CheckResult]:
    """The same list against every action: action id -> result."""
    project = _project(duration_months, grant_eur, sector, lang if lang in LANGS else "en")
    parsed = with_added(read_usable(text, lang=lang, max_rows=max_rows, max_bytes=max_bytes), added)
    return {action: check_partners(parsed, action, project, lang) for action in load_actions()}


ALL = "all"  # check against every action at once


def with_added(parsed: PartnerList, added: Sequence[Partner]) -> PartnerList:
    """The list read with the partners told after it, numbered on from its last line."""
    if not added:
        return parsed
    last = max(
        [p.line for p in parsed.partners] + [e.line for e in parsed.errors] + parsed.structure_lines, default=0
    )
    more = [p.model_copy(update={"line": last + i}) for i, p in enumerate(added, 1)]
    return parsed.model_copy(update={"partners": [*parsed.partners, *more]})


def check_actions(
    text: str,
    action: str,
    *,
    duration_months: int | None = None,
    grant_eur: int | None = None,
    sector: str | None = None,
    lang: str = "en",
    max_rows: int | None = MAX_ROWS,
    max_bytes: int | None = MAX_BYTES,
    added: Sequence[Partner] = (),
) -> dict[str, CheckResult]:
    """One action's result, or every action's when `action` is ALL: action id -> result.

    The one dispatch the command line, the app, the agent's tool and the assistant share.
    """
    options = {
        "duration_months": duration_months,
        "grant_eur": grant_eur,
        "sector": sector,
        "lang": lang,
        "max_rows": max_rows,
        "max_bytes": max_bytes,
        "added": added,
    }
    if action == ALL:
        return check_all_actions(text, **options)
    return {action: check_text(text, action, **options)}


def checks_to_json(results: dict[str, CheckResult]) -> dict[str, Any]:
    """The design's check shape for one action; {"action": "all", "results": [...]} for several."""
    if len(results) == 1:
        return next(iter(results.values())).to_json()
    return {"action": ALL, "results": [result.to_json() for result in results.values()]}
