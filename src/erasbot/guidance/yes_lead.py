"""The yes leading an answer to 'may K take part / can one get support for C?', and the claim refusing C in
the case a question puts."""

from __future__ import annotations

from erasbot.forms import asks_permission
from erasbot.guidance.conditions import case_text, refuses_in_case, says_of_case
from erasbot.guidance.facts import Fact
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.retrieval import Query
from erasbot.guidance.wording import message

ORGANISATION_KINDS = {
    "higher-education",
    "enterprises",
    "consultancies",
    "training-providers",
    "regulatory-bodies",
    "research-institutes",
    "associations",
    "public-authorities",
}
LISTING_ASPECTS = {"who-can-take-part", "organisation-types", "composition"}
# Cost items a question can ask support for ('saako tukea levitystapahtumiin?'); the texts grant them on a
# condition (only projects planning advanced results), which the claim's statement gives
COST_ITEMS = {"salary-costs", "dissemination-events"}


def yes_lead(query: Query, fact: Fact, kinds: set[str], glossary: Glossary, question: str = "") -> str | None:
    """The phrase leading a yes to 'may K take part / can one get support for C?' when the claim answering
    it names K among those taking part (answer.yes_named) or C among the costs it funds (answer.yes_if);
    None for any other question or claim."""
    if kinds or not asks_permission(query.text):
        return None
    concepts = set(query.concepts) & set(fact.facets)
    if fact.aspect in LISTING_ASPECTS and concepts & ORGANISATION_KINDS:
        return "yes_named"
    if fact.aspect == "costs" and concepts & COST_ITEMS:
        # 'if we only compile good practice?': yes on the claim's condition only when the case asked is it
        question = question or query.text
        if case_text(question) and not says_of_case(
            fact.statement.get(query.language, fact.statement["en"]), question, query.language, glossary
        ):
            return None
        return "yes_if"
    return None


def refusal_in_case(query: Query, scoring: Query, scored: list, glossary: Glossary) -> Fact | None:
    """For 'may we get C if ...?' (C a cost item), the candidate claim that refuses C in the case the question
    puts (conditions.refuses_in_case), if one does."""
    items = set(scoring.concepts) & COST_ITEMS
    if not items or not asks_permission(query.text) or not case_text(query.text):
        return None
    lang = query.language
    return next(
        (
            f
            for score, _, f in scored
            if score > 0
            and refuses_in_case(f.statement.get(lang, f.statement["en"]), items, query.text, lang, glossary)
        ),
        None,
    )


def without_yes_lead(text: str, lang: str) -> str:
    """The answer's lines without the yes a claim led them with ('Yes: The Alliances ...' as 'The Alliances ...'),
    for an answer whose rules say the texts do not decide the question."""
    leads = [message(key, lang) for key in ("yes_if", "yes_named")]
    lines = []
    for line in text.split("\n"):
        lead = next((lead for lead in leads if line.startswith(f"{lead} ")), None)
        if lead is not None:
            rest = line[len(lead) :].lstrip()
            line = rest[:1].upper() + rest[1:]
        lines.append(line)
    return "\n".join(lines)
