"""What a question put to an added guide asks, read from its wording alone: the figures and units it gives or
asks for, the case a yes/no question names, a choice it offers, extra money, the year of a call."""

from __future__ import annotations

import re

from erasbot.forms import asking_part, infer_form
from erasbot.guidance.units import TIMES, asked_units, asks_share, units_named
from erasbot.text import fold

# the words asking how long something lasts, folded ('how long', 'hur länge', 'hur lång tid', 'kuinka kauan', 'kuinka
# pitkä', 'hoe lang', 'hoelang')
HOW_LONG = re.compile(
    r"\bhow long\b|\bhur (?:lange|lang tid|langa?)\b|\b(?:kuinka|miten|kauanko) (?:kauan|pitka\w*)\b|\bkauanko\b"
    r"|\bhoe ?lang\b"
)


DURATION_WORD = {"en": "duration", "sv": "varaktighet", "fi": "kesto", "nl": "duur"}  # cross_words.json's


# a figure with its unit ('1,800 km', '10 days') and a band of them ('500 to 1 999 km', '5–14 dagen')
_NUMBER = r"(\d{1,3}(?:[ ,.]\d{3})+|\d+)"
QUANTITY = re.compile(rf"{_NUMBER}\s*([^\W\d_]+)")
BAND = re.compile(rf"{_NUMBER}\s*(?:to|till|tot|-|–)\s*{_NUMBER}\s*([^\W\d_]+)")


def figure_value(figure: str) -> int:
    """A figure as written ('1,800', '1 999') as a number."""
    return int(re.sub(r"[ ,.]", "", figure))


def asked_quantities(question: str) -> set[tuple[int, str]]:
    """The figures a question gives with their unit word ('it's about 1,800 km': (1800, 'km')); a figure it gives as
    a bound not reached ('alle 100 km', 'under 100 km', 'meer dan 2000 km') as the nearest whole figure within it."""
    folded = fold(question)
    return {
        (figure_value(m.group(1)) + strict_side(folded[: m.start()]), m.group(2)) for m in QUANTITY.finditer(folded)
    }


# a bound the figure after it is not reached by ('under 100 km', 'alle 100 km', 'minder dan', 'mindre än') or is
# passed ('over', 'yli', 'meer dan', 'mer än'); folded text before the figure
BELOW = re.compile(r"\b(?:under|below|less than|fewer than|alle|alta|mindre an|farre an|onder|minder dan|beneden)\s*$")
ABOVE = re.compile(r"\b(?:over|above|more than|yli|ylitse|mer an|fler an|meer dan|boven)\s*$")


def strict_side(before: str) -> int:
    """-1 for a figure said to be under a bound, +1 for one over it, else 0 (the text before the figure)."""
    return -1 if BELOW.search(before) else 1 if ABOVE.search(before) else 0


# 'which is also paid for self-funded students: the scholarship or the institutional unit cost?': the question
# ends by naming the things to choose from, after a colon or comma (folded)
CHOICE = re.compile(r"[:,]\s*[^,:?]+\s(?:or|eller|tai|vai|of)\s[^,:?]+\?\s*$")


def offers_choice(question: str) -> bool:
    """Does a "which ...?" question ask to choose between things it names (answered by the rule on them, not by
    a list)?"""
    return bool(CHOICE.search(fold(asking_part(question))))


# 'is there extra money if they travel by train?', 'do we get more for a participant with a disability?': a sum
# answers, though the question names no figure (folded text)
EXTRA_MONEY = re.compile(
    r"\b(?:extra|additional|more|top-up|supplementary)\b(?:\s+\w+){0,2}?\s+(?:money|funding|funds|support|grant"
    r"|pay|paid|budget)\b|\bget more\b|\bclaim more\b|\btop-up\b"
    r"|\b(?:extra|ytterligare|mer|mera)\s+(?:pengar|bidrag|stod|medel|ersattning)\b"
    r"|\b(?:extra|meer|aanvullende?)\s+(?:geld|subsidie|steun|financiering|vergoeding)\b"
    r"|\b(?:lisaa|ylimaaraista|ylimaarainen)\s+(?:rahaa|tukea|avustusta|rahoitusta)\b|\blisatuk\w*",
)


def asks_extra_money(question: str) -> bool:
    """Does the question ask whether a case gets more money (a sum answers it, though it names no figure)?"""
    return bool(EXTRA_MONEY.search(fold(question)))


# the clause of a yes/no question that names its case: 'is there extra money IF participants travel by train?'
CASE_CLAUSE = re.compile(
    r"\b(?:if|when|whenever|where|om|när|ifall|als|wanneer|indien|jos|kun|mikäli)\b(.+)$", re.IGNORECASE
)


# the year of a call for proposals: 'call 2025', 'the 2026 call', 'call in 2026', 'ansökningsomgång 2025',
# 'oproep 2025', 'haku 2025' (folded)
CALL_YEAR = re.compile(
    r"\b(?:call|calls|call for proposals|selection round|ansokningsomgang\w*|omgang\w*|oproep\w*|ronde|haku\w*"
    r"|hakukierro\w*)(?:\s+(?:in|for|of|av|för|van|voor|vuonna))?\s+(20\d\d)\b"
    r"|\b(20\d\d)\s+(?:call|calls|selection round|oproep|haku\w*|ansokningsomgang\w*)\b"
)


def call_years(text: str) -> set[str]:
    """The years of calls for proposals a text names."""
    return {a or b for a, b in CALL_YEAR.findall(fold(text))}


def other_call(question: str, title: str, *texts: str) -> bool:
    """Does the question ask about a call of another year than the one the guide's title names ('the deadline
    of the call in 2026' put to a guide for the call 2025)? A guide on one call does not state another's rules,
    unless the passage answering (`texts`: its heading, its sentence) speaks of that year ('In de pilotoproep van
    2019 werden 17 allianties geselecteerd' in a guide on the call 2026)."""
    asked, own = call_years(question), call_years(title)
    spoken = {a or b for text in texts for a, b in CALL_SPOKEN_OF.findall(fold(text))}
    return bool(asked and own and not asked & own and not asked & spoken)


# a call's year in a guide's sentence, also in a compound ('pilotoproep van 2019', 'the 2019 pilot call'; folded)
CALL_SPOKEN_OF = re.compile(
    r"(?:call|oproep|haku|hakukierros|omgang)\w*(?:\s+(?:in|for|of|av|for|van|voor|vuonna))?\s+(20\d\d)\b"
    r"|\b(20\d\d)(?=\s+(?:\w+\s+)?(?:call|oproep|haku|ansokningsomgang))"
)


# a year on its own ('in 2025', 'vorig jaar (2025)'), not in a date ('1.10.2025') nor a span of years ('2014-2020')
LONE_YEAR = re.compile(r"(?<![\d./\-–])(20\d\d)(?![\d./\-–]|\s*[-–]\s*20\d\d)")


def year_not_given(question: str, *texts: str) -> bool:
    """Does the question name a year that none of the texts (the guide's title, the section's heading, the passage
    quoted) names ('the deadline last year (2025)' put to a page on the call 2026, whose table gives 2026's)? A
    figure or a date of another year is not stated there."""
    asked = set(LONE_YEAR.findall(question))
    return bool(asked) and not asked & {y for text in texts for y in re.findall(r"20\d\d", text)}


# an action's code ('KA210', 'KA 220', 'ka122-sch'), its three digits
ACTION_CODE = re.compile(r"(?<![\w-])ka\s?-?(\d{3})(?!\d)", re.IGNORECASE)


def other_action(question: str, title: str) -> bool:
    """Does the question name only actions of other codes than the one the guide's title (and the heading of the
    section answering) names ('the maximum grant for a cooperation partnership (KA220)' put to a guide on KA210,
    which names KA220 in passing)? A guide on one action does not state another's rules."""
    asked, own = set(ACTION_CODE.findall(question)), set(ACTION_CODE.findall(title))
    return bool(asked and own and not asked & own)


# a heading or a row setting an action beside another ('2.3 Het verschil met kleinschalige partnerschappen (KA210-VET)',
# 'Jämförelse mellan KA121-ADU och KA122-ADU'): the other action is named as the other side, not as the guide's own
COMPARING = re.compile(
    r"\b(?:verschil\w*|vergelijk\w*|skillnad\w*|jamfor\w*|ero\w*|vertail\w*|differen\w*|compar\w*|versus|vs)\b"
)


def own_actions_text(title: str, heading: str, sentence: str) -> str:
    """The words naming the actions a guide's passage is on, for other_action: the guide's title, the parts of the
    section's heading that set no action beside another ('10. Kortvariga projekt (KA122-ADU)' in a guide titled on
    KA120 and KA121), and the sentence itself when it names no action of the title ('I KA121-ADU lämnar
    organisationen en delrapport ...', where the cited title was cut short) rather than comparing two."""
    parts = [p for p in heading.split(" – ") if not COMPARING.search(fold(p))]
    named = set(ACTION_CODE.findall(sentence))
    own_sentence = sentence if named and not named & set(ACTION_CODE.findall(title)) and len(named) == 1 else ""
    return " ".join([title, *parts, own_sentence])


def asked_in_units(question: str) -> set[str]:
    """The units a question asks a figure in; a yes/no question asks none ('when a learner with a disability
    goes abroad' names a case, not a date)."""
    if infer_form(question) == "yes_no":
        return set()
    if asks_share(question):  # 'how much of the hours': a share of them (20 %, half), not a number of hours
        return set(asked_units(question)) & {"percent"}
    if asks_exchange_rate(question):  # 'to euro' names what the sums are converted to, no sum asked
        return set(asked_units(question)) - {"euro"}
    return set(asked_units(question))


# a question asking when: its question word opens the asking sentence or a clause joined to it ('When is ...', 'and
# when must ...', 'När ska ...', 'Milloin', 'Mihin mennessä', 'Wanneer', 'Tot wanneer', 'By what date'), or it asks
# for a deadline by name ('what is the deadline', 'sista ansökningsdag', 'määräaika', 'uiterste datum'); folded. A
# 'when' inside a clause ('What do we get when a pupil has a disability?') names a case, not a time asked.
WHEN_ASKED = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|och|ja|en|seka)\s+)\W*(?:by |until |till |tot |uiterlijk |senast )?"
    r"(?:when|nar|milloin|mihin mennessa|wanneer|(?:what|which) date|vilket datum|welke datum|mina paivana)\b"
    r"|\b(?:deadlines?|dl|closing date|due date|sista (?:ansokningsdag|dag|dagen)|maaraai\w*|maaraaj\w*|takaraj\w*"
    r"|jattopaiv\w*|viimei\w* hakupaiv\w*"
    r"|uiterste (?:in\w*)?datum|indieningsdatum|sluitingsdatum)\b"
)


def asks_when(question: str) -> bool:
    """Does the question ask when (a date, or a time within or after which something is done), not yes or no, nor
    how long ('How many days before the deadline can questions be sent?' asks a number of days)?"""
    asking = fold(asking_part(question))
    if infer_form(question) == "yes_no" or HOW_LONG.search(asking):
        return False
    if HOW_MANY.search(asking) and units_named(WHEN_ASKED.sub(" ", asking)) & set(TIMES):
        return False  # 'how many days before the deadline', not 'sista dagen' (the last day: a date)
    return bool(WHEN_ASKED.search(asking))


# a place asked ('where do we submit the application?', 'var lämnar vi in ansökan?', 'vart skickar vi', 'missä / mihin
# haemme?', 'waar dienen we in?'; folded): a sentence naming a platform, portal, site, system or address answers
WHERE_ASKED = re.compile(
    r"\b(?:where|vart|var (?:ska|skall|kan|maste|skickar|lamnar|soker|hittar|gor|anmaler|registrerar)|missa|mihin|minne"
    r"|waar(?! of niet)(?: \w+){0,3} (?:in|aan|heen|naartoe|vinden|terecht|registreren|aanvragen)\b|waar (?:moeten|kunnen|dienen))"
)
# a place named ('the Erasmus+ and European Solidarity Corps platform', 'Funding & Tenders-portaal', 'on our website',
# 'in the Beneficiary Module'; folded)
PLACE_GIVEN = re.compile(
    r"\b(?:platforms?|plattform\w*|portal\w*|portaal\w*|alusta\w*|websites?|webbplats\w*|verkkosivu\w*|webpagina\w*"
    r"|modules?|modul\w*|system\b|systeem\b|jarjestelma\w*|online|verkossa|e-?mail|mailbox|address|adress\w*|osoitte\w*"
    r"|adres\b)|https?://|www\.|\b(?:eacea|uhr|opetushallitus|oph|edufi|nuffic|epos|national agency|nationella"
    r" (?:programkontor|byran)|kansallinen toimisto|nationaal agentschap|executive agency|genomforandeorgan\w*"
    r"|toimeenpanovira\w*|uitvoerend agentschap)\b"
)


# the steps of a procedure asked ('Welke stappen moet ik doorlopen ...?', 'what are the steps', 'vilka steg',
# 'mitkä vaiheet'; folded): a numbered list of them answers
STEPS_ASKED = re.compile(
    r"\b(?:(?:which|what) steps|the steps|steps (?:to|do|must|should)|welke stappen|de stappen|stappen (?:moet|om)"
    r"|vilka steg|stegen|steg (?:for|att)|mitka vaiheet|vaiheet|missa vaiheissa|askeleet)\b"
)


def asks_steps(question: str) -> bool:
    """Does the question ask for the steps of a procedure (a numbered list answers)?"""
    return bool(STEPS_ASKED.search(fold(question)))


def asks_where(question: str) -> bool:
    """Does the question ask where something is done or found (a platform, a portal, an address)?"""
    return bool(WHERE_ASKED.search(fold(question)))


# a rate of exchange asked ('Vilken växelkurs ska vi använda när vi räknar om budgeten till euro?', 'which exchange
# rate', 'mitä vaihtokurssia', 'welke wisselkoers'; folded): a rule naming the rate answers, not the euro sums it
# converts ('euro' and 'budget' there are what is converted, no sum asked)
EXCHANGE_RATE = re.compile(
    r"\b(?:exchange|conversion|accounting) rates?\b|\b(?:vaxel|valuta|omraknings|bokforings)kurs\w*"
    r"|\b(?:vaihto|valuutta|muunto|kirjanpito)kurs\w*|\b(?:wissel|omrekenings|boekhoud)koers\w*|\binforeuro\b"
)


def asks_exchange_rate(question: str) -> bool:
    """Does the question ask which rate of exchange converts its sums (a rule, not a sum)?"""
    return bool(EXCHANGE_RATE.search(fold(question)))


HOW_MANY = re.compile(r"\b(?:how many|hoeveel|hur manga|kuinka monta|montako|monta)\b")  # folded


def case_words(question: str) -> str:
    """The words of the clause that names a yes/no question's case ('' when it has none)."""
    match = CASE_CLAUSE.search(asking_part(question))
    return match.group(1) if match else ""


# a detail asked for in a form of its own: a phone number, an e-mail address (folded words)
PHONE_ASKED = re.compile(r"\b(?:phone|telephone|telefon\w*|puhelin\w*|telefoon\w*|tel\.? ?n(?:umbe)?r)")
EMAIL_ASKED = re.compile(r"\b(?:e-?mail|e-?post|mejl|sahkoposti)")
PHONE = re.compile(r"\+?\d[\d ()\-]{6,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def detail_missing(question: str, sentences: list[str]) -> bool:
    """A phone number or an e-mail address asked for ('... and what is her phone number?') that none of the
    sentences gives: a sentence naming the agency or its mailbox in words does not answer it."""
    asked = fold(question)
    text = " ".join(sentences)
    return bool(PHONE_ASKED.search(asked) and not PHONE.search(text)) or bool(
        EMAIL_ASKED.search(asked) and not EMAIL.search(text)
    )
