"""The kinds of rule an action table can use, each a pure function of the consortium.

A kind returns its status, what it found (naming the partners counted and those
left out, and why) and, for a failing or unknown rule, the smallest fix. The rule's
own wording (requirement, fix templates) comes from its table; shared wording
from data/phrases.json. Adding an action is adding a table; at most one new kind.

An applicant or full partner whose country is not known (``Consortium.unplaced``)
could be from a programme country, a partner country or a country already listed:
a rule is unknown when one of those could change its outcome (never pass or fail on
a guess), its message names those organisations with their lines, and its fix asks
for their country.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from erasbot.rules import text
from erasbot.rules.consortium import Consortium
from erasbot.rules.countries import programme_from_year
from erasbot.rules.models import Partner, Project, Rule, Status
from erasbot.rules.vocabulary import sector_id, sector_name, vocabulary


@dataclass(frozen=True)
class Outcome:
    status: Status
    found: str
    fix: str | None = None


@dataclass(frozen=True)
class Ctx:
    """What a kind sees: its rule, the consortium, the project facts, the language."""

    rule: Rule
    c: Consortium
    project: Project
    lang: str

    def say(self, key: str, n: int | None = None, **values: Any) -> str:
        return text.say(self.lang, key, n, **values)

    def fix(self, variant: str, n: int | None = None, **values: Any) -> str:
        return text.with_articles(text.fill(self.rule.fixes[variant][self.lang], n, **values), self.lang)

    def note(self, variant: str, n: int | None = None, **values: Any) -> str:
        return text.fill(self.rule.notes[variant][self.lang], n, **values)

    def names(self, partners: list[Partner]) -> str:
        return text.name_list([p.name for p in partners], self.lang)

    def with_country(self, partners: list[Partner]) -> str:
        return text.name_list([f"{p.name} ({self.country(p.country)})" for p in partners], self.lang)

    def country(self, code: str | None) -> str:
        return text.country(code, self.lang) if code else self.say("country_not_known")

    def at_lines(self, partners: list[Partner]) -> str:
        """'Greenlab Consulting (line 4)': names with their lines, for organisations the reader must find again."""
        return text.name_list([self.say("name_at_line", name=p.name, line=p.line) for p in partners], self.lang)

    def unplaced(self, key: str, partners: list[Partner]) -> str:
        """The sentence naming the organisations of unknown country a rule depends on, or ''."""
        return self.say(key, n=len(partners), names=self.at_lines(partners)) if partners else ""

    def give_country(self, partners: list[Partner], then: str | None = None) -> str | None:
        """'give the country of Greenlab Consulting (line 4)', before the rest of the fix; the fix alone without them."""
        if not partners:
            return then
        give = self.say("fix_give_country", n=len(partners), names=self.at_lines(partners))
        return f"{give}; {then}" if then else give

    def left_out(self, types: frozenset[str] | None = None) -> str:
        """'Not counted: X (associated partner), Y (partner country: Brazil).' or ''."""
        items = [f"{p.name} ({self._reason(reason, detail)})" for p, reason, detail in self.c.left_out(types)]
        return self.say("not_counted", items=text.name_list(items, self.lang)) if items else ""

    def _reason(self, reason: str, detail: str) -> str:
        if reason == "partner_country":
            return self.say("reason_partner_country", country=self.country(detail))
        if reason == "duplicate":
            return self.say("reason_duplicate", line=detail)
        return self.say("reason_associated")

    def add_or_promote(self, need: int, candidates: list[Partner], add: str = "add", **values: Any) -> str:
        """The smallest fix for a count short by ``need``: promote associated partners that
        would count, then add what is still missing."""
        promote = candidates[:need]
        parts = [self.fix("promote", n=len(promote), names=self.names(promote))] if promote else []
        if rest := need - len(promote):
            parts.append(self.fix(add, n=rest, **values))
        return text.join(parts, self.lang)


def _sentences(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def min_organisations(x: Ctx) -> Outcome:
    minimum = x.rule.params["min"]
    counted, unplaced = x.c.counted, x.c.unplaced
    found = _sentences(
        x.say("found_orgs", n=len(counted), names=x.names(counted)),
        x.unplaced("unknown_country_counts", unplaced),
        x.left_out(),
    )
    if len(counted) >= minimum:
        return Outcome("pass", found)
    if len(counted) + len(unplaced) >= minimum:
        return Outcome("unknown", found, x.give_country(unplaced))
    candidates = [p for p in x.c.associated if x.c.programme(p)]
    return Outcome(
        "fail", found, x.give_country(unplaced, x.add_or_promote(minimum - len(counted) - len(unplaced), candidates))
    )


def _country_groups(x: Ctx) -> dict[str, list[Partner]]:
    groups: dict[str, list[Partner]] = {}
    for partner in x.c.counted:
        groups.setdefault(partner.country, []).append(partner)
    return groups


def _umbrella_only(x: Ctx, groups: dict[str, list[Partner]]) -> list[str]:
    umbrella = x.rule.params.get("umbrella_type")
    if not umbrella:
        return []
    return [code for code, members in groups.items() if all(p.type == umbrella for p in members)]


def min_programme_countries(x: Ctx) -> Outcome:
    minimum = x.rule.params["min"]
    groups = _country_groups(x)
    exempt = _umbrella_only(x, groups)
    countries = [code for code in groups if code not in exempt]
    # each organisation of unknown country could be one more programme country (an umbrella organisation could
    # only be a country that does not count)
    unplaced = [p for p in x.c.unplaced if p.type != x.rule.params.get("umbrella_type")]
    shown = [
        f"{x.country(code)} ({', '.join(p.name for p in groups[code][:3])}{', …' if len(groups[code]) > 3 else ''})"
        for code in countries
    ]
    found = _sentences(
        x.say("found_countries", n=len(countries), countries=text.name_list(shown, x.lang)),
        x.say("umbrella_only_not_counted", countries=text.join(map(x.country, exempt), x.lang)) if exempt else "",
        *(
            x.say("from_year", country=x.country(code), year=year)
            for code in countries
            if (year := programme_from_year(code, x.c.period))
        ),
        x.unplaced("unknown_country_could_add", unplaced),
        x.left_out(),
    )
    if len(countries) >= minimum:
        return Outcome("pass", found)
    if len(countries) + len(unplaced) >= minimum:
        return Outcome("unknown", found, x.give_country(unplaced))
    seen: set[str] = set(countries)
    candidates = []
    for partner in x.c.associated:
        if x.c.programme(partner) and partner.country not in seen:
            seen.add(str(partner.country))
            candidates.append(partner)
    have = text.join(map(x.country, countries), x.lang) or x.say("none")
    need = minimum - len(countries) - len(unplaced)
    return Outcome("fail", found, x.give_country(unplaced, x.add_or_promote(need, candidates, countries=have)))


def min_type(x: Ctx) -> Outcome:
    minimum = x.rule.params["min"]
    counts = frozenset(x.rule.params["counts"])
    may = frozenset(x.rule.params.get("may_count", ["unknown"]))
    hits = [p for p in x.c.counted if p.type in counts]
    maybe = [p for p in x.c.counted if p.type in may]
    unplaced = [p for p in x.c.unplaced if p.type in counts or p.type in may]  # of the type, or possibly
    untyped = maybe + [p for p in unplaced if p.type in may]
    noted = [p for p in hits if p.type in x.rule.params.get("note_types", [])]
    found = _sentences(
        x.say("found_type", n=len(hits), names=x.names(hits)),
        x.say("type_not_stated", n=len(untyped), names=x.names(untyped)) if untyped else "",
        x.unplaced("unknown_country_counts", unplaced),
        x.left_out(counts),
        x.note("counted_with_note", n=len(noted), names=x.names(noted)) if noted else "",
    )
    if len(hits) >= minimum:
        return Outcome("pass", found)
    if len(hits) + len(maybe) + len(unplaced) >= minimum:
        state = x.fix("state_type", n=len(untyped), names=x.names(untyped)) if untyped else None
        return Outcome("unknown", found, x.give_country(unplaced, state))
    candidates = [p for p in x.c.associated if x.c.programme(p) and p.type in counts]
    typed = [p for p in unplaced if p.type in counts]  # of the type: each counts once its country is a programme one
    return Outcome("fail", found, x.give_country(typed, x.add_or_promote(minimum - len(hits) - len(typed), candidates)))


def single_coordinator(x: Ctx) -> Outcome:
    coordinators = x.c.coordinators
    found = x.say("found_coordinators", n=len(coordinators), names=x.names(coordinators))
    if len(coordinators) == 1:
        return Outcome("pass", found)
    if not coordinators:
        return Outcome("fail", found, x.fix("mark"))
    others = coordinators[1:]
    return Outcome("fail", found, x.fix("keep_one", n=len(others), keep=coordinators[0].name, names=x.names(others)))


def coordinator_programme_country(x: Ctx) -> Outcome:
    coordinators = x.c.coordinators
    if not coordinators:
        return Outcome("unknown", x.say("found_coordinators", n=0, names=""), x.fix("mark"))
    found = x.say("coordinator_countries", n=len(coordinators), names=x.with_country(coordinators))
    outside = [p for p in coordinators if x.c.partner_country(p)]
    unplaced = [p for p in coordinators if p.country is None]
    if outside:
        options = [p for p in x.c.counted if p.role == "partner"][:3]
        fix = x.fix("choose", n=len(options), names=x.names(options)) if options else x.fix("choose_any")
        return Outcome("fail", found, fix)
    if unplaced:
        return Outcome(
            "unknown", _sentences(found, x.unplaced("unknown_country_coordinator", unplaced)), x.give_country(unplaced)
        )
    return Outcome("pass", found)


def eche(x: Ctx) -> Outcome:
    types = frozenset(x.rule.params.get("types", ["higher_education"]))
    heis = [p for p in x.c.counted if p.type in types]
    unplaced = [p for p in x.c.unplaced if p.type in types]
    holds = [p for p in heis + unplaced if p.eche is True]
    lacks = [p for p in heis if p.eche is False]
    unstated = [p for p in heis if p.eche is None]
    doubtful = [p for p in unplaced if p.eche is not True]  # needs the ECHE only if from a programme country
    exempt = [p for p in x.c.unique if p.type in types and p.role != "associated" and x.c.partner_country(p)]
    found = _sentences(
        x.say("eche_none") if not heis and not unplaced else "",
        x.say("eche_holds", n=len(holds), names=x.names(holds)) if holds else "",
        x.say("eche_lacks", n=len(lacks), names=x.names(lacks)) if lacks else "",
        x.say("eche_unstated", n=len(unstated), names=x.names(unstated)) if unstated else "",
        x.unplaced("unknown_country_eche", doubtful),
        x.say("eche_exempt", n=len(exempt), names=x.with_country(exempt)) if exempt else "",
    )
    if lacks:
        return Outcome("fail", found, x.fix("hold", n=len(lacks), names=x.names(lacks)))
    if unstated or doubtful:
        silent = unstated + [p for p in doubtful if p.eche is None]
        state = x.fix("state", n=len(silent), names=x.names(silent)) if silent else None
        return Outcome("unknown", found, x.give_country(doubtful, state))
    return Outcome("pass", found)


def duration(x: Ctx) -> Outcome:
    low, high = x.rule.params["min"], x.rule.params["max"]
    months = x.project.duration_months
    if months is None:
        return Outcome("unknown", x.say("duration_not_given"), x.fix("give"))
    found = x.say("duration_found", n=months)
    if low <= months <= high:
        return Outcome("pass", found)
    return Outcome("fail", found, x.fix("change", min=low, max=high))


def max_grant(x: Ctx) -> Outcome:
    caps = sorted((c["up_to_months"], c["max_eur"]) for c in x.rule.params["caps"])
    grant, months = x.project.grant_eur, x.project.duration_months
    if grant is None:
        return Outcome("unknown", x.say("grant_not_given"), x.fix("give"))
    amount = text.money(grant, x.lang)
    if months is None:
        found = x.say("grant_found_no_duration", amount=amount)
        if grant <= caps[0][1]:
            return Outcome("pass", found)
        if grant > caps[-1][1]:
            return Outcome("fail", found, x.fix("reduce", cap=text.money(caps[-1][1], x.lang)))
        needed = next(m for m, cap in caps if grant <= cap)
        return Outcome("unknown", found, x.fix("give_duration", amount=amount, months=needed))
    cap = next((c for m, c in caps if months <= m), caps[-1][1])
    found = x.say("grant_found", amount=amount, n=months, cap=text.money(cap, x.lang))
    if grant <= cap:
        return Outcome("pass", found)
    return Outcome("fail", found, x.fix("reduce", cap=text.money(cap, x.lang)))


def partner_country_warning(x: Ctx) -> Outcome:
    outside = [p for p in x.c.unique if x.c.partner_country(p)]  # known to be: never a guess about a missing one
    if not outside:
        return Outcome("pass", x.say("no_partner_country"))
    found = x.say("partner_country_orgs", n=len(outside), names=x.with_country(outside))
    return Outcome("warning", found, x.fix("explain", n=len(outside), names=x.names(outside)))


def categories_per_country(x: Ctx) -> Outcome:
    """Every programme country complete. An organisation of unknown country could complete a country listed or
    come from a further one (which would then lack categories): the rule fails only when the categories missing
    are more than those organisations could fill, by their types, one category each."""
    groups = _country_groups(x)
    exempt = set(_umbrella_only(x, groups))
    lines, fixes, status = [], [], "pass"
    gaps: list[dict[str, Any]] = []  # a category missing in a country, once per country
    for code, members in groups.items():
        if code in exempt:
            lines.append(x.say("country_umbrella_only", country=x.country(code)))
            continue
        missing, unsure = [], []
        for category in x.rule.params["categories"]:
            label = category["label"][x.lang]
            if any(p.type in category["counts"] for p in members):
                continue
            maybe = [p for p in members if p.type in category.get("may_count", ["unknown"])]
            (unsure if maybe else missing).append((category, label, maybe))
        if not missing and not unsure:
            lines.append(x.say("country_complete", country=x.country(code)))
            continue
        fillers = {p.line for _, _, maybe in unsure for p in maybe}
        if len(fillers) < len(unsure):
            # 'Spanien (en turismskola och ett hotellföretag)': two categories still open and one organisation of
            # unknown kind to fill them, one category each: one stays missing, whatever its kind
            labels = text.join([label for _, label, _ in unsure], x.lang)
            lines.append(x.say("country_too_few", country=x.country(code), categories=labels, n=len(fillers)))
            status = "fail"
            gaps.extend(category for category, _, _ in unsure)
            fixes.append(x.fix("add", category=labels, country=x.country(code)))
            unsure = []
        if missing:
            labels = text.join([label for _, label, _ in missing], x.lang)
            lines.append(x.say("country_missing", country=x.country(code), categories=labels))
        if unsure:
            labels = text.join([label for _, label, _ in unsure], x.lang)
            lines.append(x.say("country_unsure", country=x.country(code), categories=labels))
        for category, label, _ in missing:
            status = "fail"
            gaps.append(category)
            promote = [p for p in x.c.associated if p.country == code and p.type in category["counts"]]
            fixes.append(
                x.fix("promote", n=1, names=promote[0].name)
                if promote
                else x.fix("add", category=label, country=x.country(code))
            )
        for _, label, maybe in unsure:
            status = "unknown" if status == "pass" else status
            fixes.append(x.fix("state_type", n=len(maybe), names=x.names(maybe), category=label))
    # an umbrella organisation of unknown country fills no category, and alone in a further country needs none
    unplaced = [p for p in x.c.unplaced if p.type != x.rule.params.get("umbrella_type")]
    if unplaced and (status != "fail" or _could_fill(gaps, unplaced)):
        status = "unknown"
        fixes.insert(0, str(x.give_country(unplaced)))
    found = _sentences(
        " ".join(lines) if lines else x.say("no_programme_participants"),
        x.unplaced("unknown_country_categories", unplaced),
        x.left_out(),
    )
    return Outcome(status, found, "; ".join(fixes) or None)  # type: ignore[arg-type]


def _could_fill(gaps: list[dict[str, Any]], partners: list[Partner]) -> bool:
    """Could the partners fill every gap, each at most one (an organisation has one type and one country)? A
    partner fits a category its type counts for or may count for (an unknown type fits any). A matching,
    found by augmenting paths: the lists are short."""
    fits = [
        [i for i, p in enumerate(partners) if p.type in gap["counts"] or p.type in gap.get("may_count", ["unknown"])]
        for gap in gaps
    ]
    taken: dict[int, int] = {}  # partner -> gap

    def place(gap: int, seen: set[int]) -> bool:
        for i in fits[gap]:
            if i not in seen:
                seen.add(i)
                if i not in taken or place(taken[i], seen):
                    taken[i] = gap
                    return True
        return False

    return all(place(gap, set()) for gap in range(len(gaps)))


def sector(x: Ctx) -> Outcome:
    seven = "; ".join(sector_name(s, x.lang) for s in vocabulary().sector_names)
    given = [x.project.sector] if x.project.sector else sorted({p.sector for p in x.c.unique if p.sector})
    if not given:
        return Outcome("unknown", x.say("sector_not_given"), x.fix("give", sectors=seven))
    ids = [sector_id(value) for value in given]
    unlisted = [value for value, sid in zip(given, ids, strict=True) if sid is None]
    if unlisted:
        return Outcome(
            "fail", x.say("sector_not_listed", value=text.join(unlisted, x.lang)), x.fix("choose", sectors=seven)
        )
    distinct = sorted(set(ids), key=ids.index)  # type: ignore[arg-type]
    names = text.join([sector_name(s, x.lang) for s in distinct], x.lang)  # type: ignore[arg-type]
    if len(distinct) > 1:
        return Outcome("unknown", x.say("sectors_several", sectors=names), x.fix("one"))
    return Outcome("pass", x.say("sector_found", sector=names))


def reminder(x: Ctx) -> Outcome:
    members = [p for p in x.c.unique if p.role != "associated"]
    return Outcome("warning", x.say("confirm_for", n=len(members), names=x.names(members)), x.fix("confirm"))


def not_in_guidance(x: Ctx) -> Outcome:
    return Outcome("unknown", x.say("not_in_guidance", n=len(x.c.unique)), x.fix("check_guide"))


KINDS: dict[str, Callable[[Ctx], Outcome]] = {
    "min_organisations": min_organisations,
    "min_programme_countries": min_programme_countries,
    "min_type": min_type,
    "single_coordinator": single_coordinator,
    "coordinator_programme_country": coordinator_programme_country,
    "eche": eche,
    "duration": duration,
    "max_grant": max_grant,
    "partner_country_warning": partner_country_warning,
    "categories_per_country": categories_per_country,
    "sector": sector,
    "reminder": reminder,
    "not_in_guidance": not_in_guidance,
}
