"""What an amount is asked of, beside the project's grant: a fee for applying, one person's grant (a student's
placement, a participant's stay) or a salary. A claim giving a project's total grant does not answer such a
question ('how much does it cost to apply?', 'hoeveel beurs krijgen mijn studenten voor hun stage?').

Pure, in English, Swedish, Finnish and Dutch, on folded text (no case, no accents). The words of
said_of.py's people and activities say a person's grant is asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from erasbot.forms import asking_part
from erasbot.guidance.said_of import ACTIVITY, PEOPLE, asked_holder
from erasbot.text import fold

FEE = "fee"
PERSON = "person"
SALARY = "salary"

# how much, in each language (folded)
HOW_MUCH = re.compile(
    r"(?<!\w)(?:how much|what does it cost|what do\w* \w+ cost|hur mycket|vad kostar|kuinka paljon|paljonko"
    r"|mita maksaa|hoeveel|wat kost)(?!\w)"
)
# paying for applying or taking part: the cost of it, or a fee (folded)
COST = re.compile(
    r"(?<!\w)(?:cost\w*|fee|fees|charge\w*|pay|kosta\w*|avgift\w*|betala\w*|maksaa|maksu\w*|maksetaan"
    r"|kost|kosten|kostte|betalen|betaal\w*|inschrijfgeld|aanvraagkosten)(?!\w)"
)
APPLYING = re.compile(
    r"(?<!\w)(?:apply\w*|application\w*|submit\w*|register\w*|ansok\w*|soka|soker|ansokan\w*|skicka in"
    r"|anmal\w*|hake\w*|haku\w*|hakemu\w*|jatta\w*|ilmoittau\w*|aanvra\w*|aanvraag\w*|indien\w*|inschrijv\w*"
    r"|deelnem\w*|take part|participat\w*|delta|osallistu\w*)(?!\w)"
)
SALARIES = re.compile(
    r"(?<!\w)(?:salar\w*|wage\w*|pay rate|lon|loner|lonen|lonerna|manadslon\w*|palkka|palkan|palkat|palkkaa"
    r"|palkkoja|palkoi\w*|salaris\w*|loon|lonen|uurloon)(?!\w)"
)
# costs words make 'salary costs' a cost item a claim may fund, not a salary's amount
COST_ITEM = re.compile(r"(?:kostnad|kulu|kosten|costs)")
# a person's own grant: a scholarship, a stipend, pocket money
OWN_GRANT = re.compile(r"(?<!\w)(?:scholarship\w*|stipend\w*|stipendi\w*|apuraha\w*|beurs\w*|studiebeurs\w*)(?!\w)")


def amount_asked_of(question: str) -> str | None:
    """What a 'how much ...?' question asks an amount of, when it is not a project's grant: FEE (the cost of
    applying or taking part), SALARY (someone's pay), PERSON (one person's grant: a student's placement, a
    participant's stay); None when it asks no amount, or a project's. Read from the sentence that asks (the
    context before it may mention students without asking their grant)."""
    question = asking_part(question)
    text = fold(question)
    if not HOW_MUCH.search(text):
        return None
    if COST.search(text) and APPLYING.search(text) and not COST_ITEM.search(text):
        return FEE
    if SALARIES.search(text):
        return SALARY
    if OWN_GRANT.search(text) or PEOPLE.search(text) or asked_holder(question) == ACTIVITY:
        return PERSON
    return None


def said_of(texts: Iterable[str], holder: str) -> bool:
    """Do the texts (a claim's statement and quotes) speak of what the amount is asked of?"""
    folded = [fold(t) for t in texts]
    if holder == FEE:
        return any(COST.search(t) and APPLYING.search(t) for t in folded)
    if holder == SALARY:
        return any(SALARIES.search(t) for t in folded)
    return any(OWN_GRANT.search(t) or PEOPLE.search(t) for t in folded)


def asked_of_other(question: str, texts: Iterable[str], gives_amount: bool) -> bool:
    """An amount asked of a fee, a salary or one person, where the claim's texts speak of none of these. A
    person is asked of only where the claim gives an amount ('hoeveel studenten' asks a count too); a fee
    or a salary is asked as an amount whatever the claim."""
    holder = amount_asked_of(question)
    if holder is None or (holder == PERSON and not gives_amount):
        return False
    return not said_of(texts, holder)


# the kinds of money a guide may give side by side (folded stems, any of the four languages): a sentence on one of
# them does not answer a question on another ('inclusion support per learner' is not answered by a lump sum)
GRANT_KINDS: dict[str, re.Pattern] = {
    kind: re.compile(rf"(?<!\w)(?:{words})")
    for kind, words in {
        "inclusion": r"inclusion support|inkluderingsstod\w*|stod for inkludering|osallisuustu\w*|inclusiesteun"
        r"|inclusieondersteuning",
        "organisational": r"organi[sz]ational support|organisatoriskt stod|organisationsstod\w*|organisatori\w* tu\w*"
        r"|organisaatiotu\w*|organisatorische (?:steun|ondersteuning)",
        "individual": r"individual support|individuellt stod|individuella stodet|yksilotu\w*|individuele (?:steun"
        r"|ondersteuning)",
        "linguistic": r"linguistic support|language support|sprakstod\w*|sprakligt stod|kielitu\w*|kielellinen tu\w*"
        r"|taalondersteuning|taalsteun|talige ondersteuning",
        "exceptional": r"exceptional (?:cost|expense)|exceptionella kostnader|poikkeukselli\w* (?:kustannu|kulu)\w*"
        r"|uitzonderlijke kosten",
        "lump sum": r"lump[ -]sum|engangsbelopp\w*|klumpsumm\w*|kertakorvau\w*|kertasumm\w*|konttasumm\w*"
        r"|vaste? bedrag\w*|forfait\w*",
        "salary": r"salar(?:y|ies)(?! cost)|manadslon\w*|palkka\w*|salaris",
        # covering for staff away on mobility: a substitute teacher's pay
        "substitute": r"substitute\w*|supply teacher\w*|cover teacher\w*|vikarie\w*|vikariat\w*|sijai\w*"
        r"|vervang(?:er|ers|ing|ende docent)\w*|invalkracht\w*|invaller\w*",
    }.items()
}


def grant_kinds(text: str) -> set[str]:
    """The kinds of money a text names (inclusion, organisational, individual, linguistic support, exceptional costs,
    a lump sum, a salary). A student's grant or scholarship is none: 'beurs', 'stipendium' name any of them."""
    folded = fold(text)
    return {kind for kind, pattern in GRANT_KINDS.items() if pattern.search(folded)}


def names_grant_asked(question: str, texts: Iterable[str]) -> bool:
    """Do the texts (a sentence's passage: its title, heading and text) name the kind of money the question asks
    about, if it asks one ('how much inclusion support per learner?' is not answered by a passage on lump sums)?"""
    asked = grant_kinds(question)
    return not asked or any(grant_kinds(text) & asked for text in texts)
