"""Yes/no questions whether a duration or a grant fits an action's rules, answered from the rule tables.

"Voiko tietoallianssi kestää 4 vuotta?", "Can we ask for EUR 900,000 for a two-year Knowledge Alliance?":
the checker's `duration` and `max_grant` rules (erasbot.rules) hold the limits and the sentence they come
from; the figure is read from the question as the checker reads it from the words around a list. Pure.
"""

from __future__ import annotations

import re

from erasbot.chat.eligibility import ACTION_AFTER, EligibilityAnswer, rule_of
from erasbot.errors import ErasbotError
from erasbot.forms import asking_part, asks_yes_no
from erasbot.guidance.scope import asked_rate
from erasbot.phrases import say
from erasbot.rules import amounts
from erasbot.rules.models import ActionInfo
from erasbot.rules.text import money

# the figure is the project's length only when the question speaks of how long it lasts
LASTS = re.compile(
    r"\blast|\blong\b|duration|\brun\b|pågå|löptid|projekttid|\blång|\blängd|h[åa]ll(?:a|er) p[åa]|kest|pitkä|duur"
    r"|dure[nt]|looptijd|\blang\b"
    r"|-year|-month|årig|vuotinen|jarig|\bproject(?:s)? of\b",
    re.IGNORECASE,
)
# an extension asked for, or a bound put ('shorter than two years', 'more than EUR 700,000'): no one figure to judge
NOT_ONE_FIGURE = re.compile(
    r"extend|extension|förläng|jatkoaik|jatkaa|verleng"
    r"|\b(?:shorter|longer|more than|less than|over|above|below|under|över|kortare|längre|mer än|mindre än|lyhyempi"
    r"|pidempi|yli|alle|enemmän|vähemmän|korter|langer|meer dan|minder dan|minst|at least|vähintään|minstens)\b",
    re.IGNORECASE,
)


def _say(key: str, lang: str, **values: object) -> str:
    return say(lang, f"eligibility.{key}", **values)


def figure_fits(question: str, action: ActionInfo, lang: str) -> EligibilityAnswer | None:
    """Whether the duration or grant the question puts is within the action's rules; None when the question
    asks no yes/no about a figure or the rules set no limit on it."""
    asking = asking_part(ACTION_AFTER.sub("", question))
    if not asks_yes_no(asking):
        return None
    try:
        months, grant = amounts.duration(question, lang), amounts.grant(question, lang)
    except ErasbotError:  # '24 or 36 months': two figures, no one case to judge
        return None
    if NOT_ONE_FIGURE.search(asking):
        return None
    title = action.title.get(lang, action.title["en"])
    if grant is not None:
        return None if asked_rate(question) else _grant(grant, months, action, title, lang)
    if months is not None and LASTS.search(asking):
        return _duration(months, action, title, lang)
    return None


def _duration(months: int, action: ActionInfo, title: str, lang: str) -> EligibilityAnswer | None:
    rule = rule_of(action, "duration")
    if rule is None:
        return None
    low, high, extension = rule.params["min"], rule.params["max"], rule.params.get("extension", 0)
    limits = _say("duration_limits", lang, action=title, min=low, max=high)
    if low <= months <= high:
        verdict, text = "yes", f"{_say('yes', lang)}: {limits}; {_say('duration_within', lang, n=months)}"
    elif months < low:
        verdict, text = "no", f"{_say('no', lang)}: {limits}; {_say('duration_short', lang, n=months)}"
    elif months <= high + extension:  # planned longer: only by an extension asked for later
        verdict = "no"
        text = f"{_say('only_extension', lang)}: {limits}; {_say('extension', lang, ext=extension, n=months)}"
    else:
        verdict, text = "no", f"{_say('no', lang)}: {limits}; {_say('duration_long', lang, n=months)}"
        if extension:
            text += f" ({_say('extension_too', lang, ext=extension)})"
    return EligibilityAnswer(verdict, text + ".", (rule.source,))


def _grant(grant: int, months: int | None, action: ActionInfo, title: str, lang: str) -> EligibilityAnswer | None:
    rule = rule_of(action, "max_grant")
    if rule is None:
        return None
    caps = sorted(rule.params["caps"], key=lambda c: c["up_to_months"])
    if months is not None:  # the cap of the project's length; beyond the last, the last
        cap = next((c for c in caps if months <= c["up_to_months"]), caps[-1])
        fits = grant <= cap["max_eur"]
        detail = _say(
            "grant_cap",
            lang,
            action=title,
            cap=money(cap["max_eur"], lang),
            months=cap["up_to_months"],
            n=money(grant, lang),
            relation=_say("within" if fits else "over", lang),
        )
        return EligibilityAnswer(
            "yes" if fits else "no", f"{_say('yes' if fits else 'no', lang)}: {detail}.", (rule.source,)
        )
    if grant <= caps[0]["max_eur"]:
        verdict: str = "yes"
    elif grant > caps[-1]["max_eur"]:
        verdict = "no"
    else:  # within the cap of a longer project only
        verdict = "unknown"
    # the longest project length whose cap the grant exceeds: the project must be longer than it
    shorter = max((c["up_to_months"] for c in caps if grant > c["max_eur"]), default=0)
    detail = _say(
        "grant_caps",
        lang,
        action=title,
        caps="; ".join(_say("cap", lang, cap=money(c["max_eur"], lang), months=c["up_to_months"]) for c in caps),
    )
    lead = _say("only_longer", lang, months=shorter) if verdict == "unknown" else _say(verdict, lang)
    return EligibilityAnswer(verdict, f"{lead}: {detail}.", (rule.source,))  # type: ignore[arg-type]


def told_length(question: str, action: ActionInfo, lang: str) -> EligibilityAnswer | None:
    """Whether a project length the asker tells beside their consortium ('... and want to run it for 4 years. Is that
    ok?') fits the action's rules; None when the question tells no one length."""
    try:
        months = amounts.duration(question, lang)
    except ErasbotError:
        return None
    if months is None or not LASTS.search(question) or NOT_ONE_FIGURE.search(asking_part(question)):
        return None
    return _duration(months, action, action.title.get(lang, action.title["en"]), lang)
