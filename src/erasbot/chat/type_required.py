"""Yes/no questions whether an action requires a kind of organisation, answered from the rule tables.

"Måste man ha med ett företag i en kunskapsallians?", "Tarvitaanko osaamisallianssissa valvontaviranomainen?",
"Do we need a university in a strategic partnership?": the checker's type rules (`min_type`,
`categories_per_country`) say which kinds an action requires; an action whose rules require none answers no,
with its composition rule. The kind is the glossary concept the question names. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from erasbot.chat.eligibility import ACTION_AFTER, TAKE_PART, EligibilityAnswer, rule_of
from erasbot.forms import asking_part, asks_yes_no
from erasbot.phrases import say
from erasbot.rules.models import ActionInfo, Rule

# glossary concept -> the checker's organisation type
KINDS = {
    "higher-education": "higher_education",
    "enterprises": "enterprise",
    "consultancies": "consultancy",
    "regulatory-bodies": "regulatory_body",
    "training-providers": "education_provider",
    "research-institutes": "research",
    "associations": "association",
    "public-authorities": "public_authority",
}
# a name that holds another kind's word names the narrower kind ('valvontaviranomainen': a regulatory body, not
# any public authority; 'konsultföretag': a consultancy, not any enterprise)
NARROWER = {"regulatory_body": "public_authority", "consultancy": "enterprise"}
# topics a question may name besides the kind without asking about something else ('an enterprise from a
# programme country'); any other ('do universities need the ECHE?') is what it asks about
BESIDE = {"organisations", "eligibility", "programme-countries", "full-partners"}
COUNT = re.compile(r"how many|hur många|kuinka (?:monta|moni)|montako|hoeveel|\bantal|aantal", re.IGNORECASE)
NEEDS = re.compile(
    r"\bmust\b|\bneed|required|requirement|have to|has to|obligat|mandatory|compulsory|måste|krävs|kräv|behöver|"
    r"obligatorisk|tarvit|täyty|pitää|vaadi|pakko|oltava|\bmoet|nodig|verplicht|vereist",
    re.IGNORECASE,
)


# the kind named is the one that needs something, not what is needed ('Do universities need anything special to take
# part?', 'Behöver högskolorna ha något särskilt?', 'Tarvitsevatko korkeakoulut mitään erityistä?', 'Hebben
# hogescholen iets speciaals nodig?'): what it needs is asked, which the texts' claims answer
NEEDS_SOMETHING = re.compile(
    r"\bneeds?\s+(?:anything|something|any\s+\w+|to\s+(?:have|hold|meet|fulfil|fulfill|sign))\b"
    r"|\bbehöver\b.{0,40}\b(?:något|några|ha|uppfylla)\b|\btarvit\w*\b.{0,40}\b(?:mitään|jotain|jotakin)\b"
    r"|\b(?:iets|wat)\b.{0,40}\bnodig\b|\bnodig\b.{0,30}\biets\b",
    re.IGNORECASE,
)


def _say(key: str, lang: str, **values: object) -> str:
    return say(lang, f"eligibility.{key}", **values)


def _requirement(rule: Rule, lang: str) -> str:
    """The rule's requirement ('Requires at least 2 enterprises ...') to go on after a colon or a dash."""
    text = rule.requirement.get(lang, rule.requirement["en"]).rstrip(".")
    return text[:1].lower() + text[1:]


def type_required(question: str, topics: Iterable[str], action: ActionInfo, lang: str) -> EligibilityAnswer | None:
    """Whether the action requires the kind of organisation the question names; None when the question asks
    no such yes/no, names no one kind, or names another topic it asks about. `topics`: the glossary's topic
    concepts in the asking sentence."""
    asking = asking_part(ACTION_AFTER.sub("", question))
    topics = set(topics)
    kinds = {KINDS[c] for c in topics if c in KINDS}
    kinds -= {wider for narrow, wider in NARROWER.items() if narrow in kinds}
    if len(kinds) != 1 or topics - set(KINDS) - BESIDE or COUNT.search(asking):
        return None
    if not asks_yes_no(asking) or NEEDS_SOMETHING.search(asking):
        return None
    kind = kinds.pop()
    if not NEEDS.search(asking):
        # 'Kan ett företag vara med i en kunskapsallians?': a kind the action requires may take part, surely
        return _required_kind_may_take_part(asking, kind, action, lang)
    title = action.title.get(lang, action.title["en"])
    unstated = rule_of(action, "not_in_guidance")
    if unstated:
        text = f"{_say('unknown', lang)}: {_say('no_requirements', lang, action=title)}."
        return EligibilityAnswer("unknown", text, (unstated.source,))
    for rule in action.rules:
        if rule.kind == "min_type" and kind in rule.params["counts"]:
            counts = rule.params["counts"]
        elif rule.kind == "categories_per_country":
            category = next((c for c in rule.params["categories"] if kind in c["counts"]), None)
            if category is None:
                continue
            counts = category["counts"]
        else:
            continue
        # the only kind that counts is required; one of several that count is one way to meet the rule
        verdict = "yes" if counts[0] == kind else "unknown"
        lead = _say("yes", lang) if verdict == "yes" else _say("one_way", lang, kind=say(lang, f"type_{kind}"))
        return EligibilityAnswer(verdict, f"{lead}: {title} – {_requirement(rule, lang)}.", (rule.source,))  # type: ignore[arg-type]
    composition = rule_of(action, "min_organisations") or rule_of(action, "min_programme_countries")
    if composition is None:
        return None
    none = _say("no_kind_required", lang, action=title, kind=say(lang, f"type_{kind}"))
    return EligibilityAnswer(
        "no", f"{_say('no', lang)}: {none}; {_requirement(composition, lang)}.", (composition.source,)
    )


def _required_kind_may_take_part(asking: str, kind: str, action: ActionInfo, lang: str) -> EligibilityAnswer | None:
    """Yes, with the rule requiring the kind, when the question asks whether it may take part and the action's
    composition rule requires it (the one kind its count is of); None otherwise (the texts' claims answer)."""
    if not TAKE_PART.search(asking):
        return None
    title = action.title.get(lang, action.title["en"])
    for rule in action.rules:
        if rule.kind == "min_type" and rule.params["counts"][:1] == [kind]:
            return EligibilityAnswer(
                "yes", f"{_say('yes', lang)}: {title} – {_requirement(rule, lang)}.", (rule.source,)
            )
    return None
