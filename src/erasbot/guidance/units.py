"""The units a question asks a figure in (days, weeks, months, years, euros, per cent, ECTS credits,
participants, points), recognised in any of the four languages, and whether a sentence gives a figure in them.

An age is a unit too: 'how old must they be' is answered by 'aged 13 to 30'.

Pure. A question asking how much a student gets per day is answered by the sentence with a sum per
day, not by the one with a sum per month; a question asking for ECTS credits by the sentence with
credits. The words are stems matched at a word's start (folded: 'päivä' is 'paiva'), so inflected
and compound forms count ('päivässä', 'månader', 'opintopistettä').
"""

from __future__ import annotations

import re

from erasbot.text import fold

# unit -> stems that name it in en, sv, fi, nl (folded)
UNIT_STEMS: dict[str, tuple[str, ...]] = {
    # ('reisdag', 'resdag', 'matkapäivä': a day of travel, counted and paid per day the same; a working day is paid
    # for other work than a day's stay)
    "day": (
        *("day", "dag", "paiva", "paivi", "paiv"),
        *("reisdag", "resdag", "matkapaiv"),
    ),
    "hour": ("hour", "timme", "timmar", "tunti", "tunni", "tuntia", "uur", "uren"),
    "week": ("week", "vecka", "veckor", "viikko", "viikon", "viiko", "weken"),
    "month": ("month", "manad", "kuukau", "maand"),
    "year": ("year", "ar", "aren", "aret", "vuosi", "vuode", "vuott", "jaar"),
    "euro": ("eur", "euro", "€", "money", "peng", "geld", "rahaa", "rahaston"),  # 'how much money': a sum
    "percent": ("%", "percent", "per cent", "procent", "prosent"),
    "credits": ("ects", "credit", "studiepoang", "hogskolepoang", "opintopist", "studiepunt"),
    "participants": ("participant", "deltagare", "osallistuj", "deelnemer"),
    # learners counted: 'how many students must a module have' is not answered by its hours or its teachers
    "students": ("student", "studerande", "opiskelij", "pupil", "learner", "elev", "oppila", "leerling"),
    # an age: 'how old', 'minimum age' asked; 'aged 13 to 30', '18 years old' given
    "age": (
        "age",
        "aged",
        "ages",
        "old",
        "alder",
        "aldern",
        "gammal",
        "gamla",
        "ika",
        "ikaraj",
        "vanha",
        "vanho",
        "vuotia",  # '13-vuotiaita', 'alle 18-vuotias'
        "leeftijd",
        "oud",
    ),
    # points of a score: 'how many points at most for relevance' is answered by the criteria table's row
    "points": ("points", "poang", "piste", "punten", "punt"),
    # occasions: 'how many times can we get a grant' is answered by 'enintään kolme kertaa', not by a count of days
    "times": ("times", "ganger", "kertaa", "keer"),
    "organisations": ("organisation", "organization", "organisaatio", "organisatie", "partners", "partneri"),
    # a number of grants or projects funded: 'how many grants under lot 2' is answered by 'Expected number of grants'
    "grants": (
        "grants",
        "number of projects",
        "projects funded",
        "antal bidrag",
        "antal projekt",
        "aantal subsidies",
        "aantal projecten",
        "hankkeiden maara",
        "rahoitettavien hankkeiden",
        "avustusten maara",
    ),
}
# a question asking when: answered by a date, or by a time after or within which something happens
WHEN = (
    "when", "nar", "milloin", "mihin mennessa", "wanneer", "deadline", "sista dag", "uiterste",
    "closing date", "due date", "maaraai", "takaraj", "sista ansokningsdag", "indieningsdatum", "sluitingsdatum",
)  # fmt: skip
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesakuu",
    "heinakuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
# a stem that is a whole word only ('ar' is 'år', never the start of 'arbete')
# ('partners' is no beginning of 'partnership', 'geld' none of 'geldig')
WHOLE = {"ar", "aren", "aret", "eur", "age", "aged", "ages", "old", "oud", "ika", "punt", "partners", "geld", "grants"}
# a figure: digits, or a small number written out
FIGURE = re.compile(
    r"\d|(?<!\w)(?:two|three|four|five|six|seven|eight|nine|ten|två|tre|fyra|fem|sex|sju|åtta|nio|tio"
    r"|kaksi|kolme|neljä|viisi|kuusi|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)(?!\w)",
    re.IGNORECASE,
)


def _pattern(stems: tuple[str, ...]) -> re.Pattern:
    parts = []
    for stem in sorted(stems, key=len, reverse=True):
        body = re.escape(stem)
        if stem in {"€", "%"}:
            parts.append(body)
        elif stem in WHOLE:
            parts.append(rf"(?<!\w){body}(?!\w)")
        else:
            parts.append(rf"(?<!\w){body}" + (rf"(?!{NOT_GOING_ON[stem]})" if stem in NOT_GOING_ON else ""))
    return re.compile("|".join(parts))


# a stem's word that goes on into another word ('euro' in 'European', 'Europese', 'Eurooppa': no sum asked)
NOT_GOING_ON = {"euro": "p"}


# a unit as the last part of a compound ('undervisningstimmar', 'resdagar', 'matkapäivää', 'opetustuntia',
# 'kalenterikuukautta'; folded), after at least three letters; Dutch and English compounds are left out
# ('natuur', 'figuren' end like units)
COMPOUND_FINAL: dict[str, tuple[str, ...]] = {
    "hour": ("timmar", "timme", "tunti", "tunni"),
    "day": ("dagar", "paiva", "paivi"),
    "week": ("veckor", "viiko"),
    "month": ("manader", "kuukau"),
}
PATTERNS = {
    unit: re.compile(
        _pattern(stems).pattern + "".join(rf"|(?<=\w\w\w){re.escape(stem)}" for stem in COMPOUND_FINAL.get(unit, ()))
    )
    for unit, stems in UNIT_STEMS.items()
}
ASKED_WHEN = _pattern(WHEN)
A_DATE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(set(MONTHS))) + r")(?!\w)|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
TIMES = ("day", "week", "month", "year")


# the Swedish 'är' (is), which folds to the 'ar' of 'år' (year)
_IS = re.compile(r"(?<!\w)är(?!\w)", re.IGNORECASE)


def units_named(text: str) -> frozenset[str]:
    """The units a text names (in any of the four languages); 'är' (is) names no year."""
    folded = fold(_IS.sub(" ", text))
    return frozenset(unit for unit, pattern in PATTERNS.items() if pattern.search(folded))


# learners counted ('how many students', 'montako opiskelijaa', 'hoeveel leerlingen'; folded): a student named
# otherwise ('how much does a student get', 'kuinka monta opintopistettä opiskelija saa') asks no count of them
STUDENTS_COUNTED = re.compile(
    r"\b(?:how many|hur manga|kuinka monta|montako|hoeveel)\s+(?:\w+\s+)?(?:" + "|".join(UNIT_STEMS["students"]) + ")"
)


# a time of day asked ('what time is that in Kyiv?', 'hur dags stänger portalen?', 'mihin aikaan?', 'moneltako?', 'hoe
# laat?'; folded): a clock time answers it ('18.00 uur in Kyiv'), the hour being its unit
CLOCK_ASKED = re.compile(
    r"\b(?:(?:at )?what time(?! (?:limit|frame|period|span))|what hour|which time of (?:the )?day|hur dags|vilken tid pa"
    r" dagen|vilket klockslag|klockan hur mycket|vad ar klockan|mihin aikaan|mihin kellonaikaan|moneltako|monelta"
    r"|kello kuinka|paljonko kello|kellonai\w*|(?:om )?hoe laat|welk uur|hoeveel uur is het)\b"
)
# a time of day given: '17.00 uur', '17:00', '5 pm', 'kl. 12', 'klo 16' (not a sum: '12.50 euro'); folded
CLOCK = re.compile(
    r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?![.,]\d)(?!\s*(?:%|€|eur|euro|sek|kr)\b)|\b(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*[ap]\.?m\b\.?"
    r"|\b(?:kl|klo|klockan|kello)\.?\s*(?:[01]?\d|2[0-3])\b"
)


# an age asked ('how old', 'hur gammal', 'kuinka vanha', 'hoe oud', 'minimum age', 'åldersgräns', 'ikäraja',
# 'leeftijd'; folded): 'the old programme', 'det gamla programmet', 'vanha ohjelma', 'het oude programma' ask none
AGE_ASKED = re.compile(
    r"\b(?:how old|hur gamma?l\w*|kuinka vanh\w*|minka ikai\w*|hoe oud|ages?|aged|alder\w*|aldersgrans\w*|ika|ikaa|ian"
    r"|ikaraj\w*|leeftijd\w*)\b|\d+-?vuotia\w*"
)


# a unit's word in a name, written with a capital after another capitalised word ('European Week of Sport', 'Europese
# Week van de Sport', 'Erasmus Days'): no unit asked
NAMED_UNIT = re.compile(
    r"(\b[A-ZÄÖÅ][\w-]+ )(Weeks?|Days?|Months?|Years?|Dag(?:en)?|Vecka|Veckan|Viikko|Päivä|Päivät|Maand|Jaar)\b"
)


def asked_units(question: str) -> frozenset[str]:
    """The units a question asks a figure in: those it names, 'date' when it asks when, and 'hour' when it asks a
    time of day."""
    question = NAMED_UNIT.sub(lambda m: m.group(1) + " " * len(m.group(2)), question)  # 'Europese Week van de Sport'
    folded = fold(question)
    units = units_named(question) | ({"date"} if ASKED_WHEN.search(folded) else frozenset())
    if "age" in units and not AGE_ASKED.search(folded.lower()):
        units -= {"age"}  # 'was it the same in the old programme?'
    if CLOCK_ASKED.search(folded):  # 'hur dags' asks no days
        units = units_named(CLOCK_ASKED.sub(" ", fold(_IS.sub(" ", question)))) | {"hour"} | (units & {"date"})
    return units if STUDENTS_COUNTED.search(fold(question)) else units - {"students"}


# a question asking what share of something goes somewhere ('how much of our grant may go to ...', 'hur stor andel',
# 'kuinka suuri osa', 'hoeveel procent'), folded: a percentage answers it, not the sums of a rate table
SHARE_ASKED = re.compile(
    r"\bhow much of (?:the|our|their|its|your|a|an|my|this)\b|\b(?:what|which) (?:share|proportion|percentage|part"
    r"|fraction|portion)\b|\bwhat per ?cent|\bhow (?:large|big) (?:a )?(?:share|part|proportion)\b"
    r"|\bhur (?:stor|mycket) (?:del|andel)\b|\bhur mycket av\b|\bvilken (?:andel|procent)|\bhur manga procent"
    r"|\b(?:kuinka|miten) (?:suur|iso)\w* (?:osa|osuu)\w*|\bmika osuus\b|\b(?:kuinka )?monta(?:ko)? prosentti"
    r"|\bhoeveel procent\b|\bwelk(?:e|)? (?:deel|percentage|aandeel)\b|\bhoe groot (?:is )?(?:een |het )?(?:deel|aandeel)"
    r"|\bhoeveel van (?:de|het|ons|onze|hun|je|jullie)\b"
    # 'how much may subcontracting be of the costs', 'paljonko alihankinta saa olla ... kustannuksista'
    r"|\b(?:how much|hur mycket|paljonko|kuinka paljon|hoeveel)\b.*(?:\bof (?:the |our |its )?(?:total |estimated )?"
    r"(?:eligible )?(?:costs|budget|grant)\b|\bav (?:de )?(?:totala )?(?:kostnaderna|budgeten|bidraget)\b"
    r"|(?:kustannuksista|kuluista|budjetista|avustuksesta)\b|\bvan de (?:totale )?(?:kosten|begroting|subsidie)\b)"
)


def asks_share(question: str) -> bool:
    """Does the question ask what share of something (a grant, a budget) goes somewhere? A percentage answers."""
    return bool(SHARE_ASKED.search(fold(question)))


# units a figure is measured in, and learners (other people are named many ways)
GATED = {"hour", *TIMES, "euro", "percent", "credits", "students", "age"}


# the words asking how many (folded): the unit right after them is the one counted ('how many hours of programme per
# day' counts hours; the day is what they are per)
_COUNT_CUE = re.compile(r"(?<!\w)(?:how many|hur manga|kuinka monta|montako|hoeveel)(?!\w)")
COUNTED_UNIT_WORDS = 2


def counted_unit(question: str) -> frozenset[str]:
    """The unit a 'how many ...?' question counts in, when the words after its cue name one ('how many hours',
    'hur många timmar', 'kuinka monta tuntia', 'hoeveel uur'); empty otherwise."""
    folded = fold(question).lower()
    cue = _COUNT_CUE.search(folded)
    if cue is None:
        return frozenset()
    return units_named(" ".join(folded[cue.end() :].split()[:COUNTED_UNIT_WORDS])) & GATED


def unit_missing(asked: set[str] | frozenset[str], sentences: list[str]) -> str | None:
    """A unit the question asks a figure in that none of the sentences gives a figure in ('how many hours a
    week' over a guide that counts days and months); days, weeks, months and years stand for one another (a
    duration in months answers 'how many years'). None when each asked unit is given somewhere."""
    given: set[str] = set()
    for sentence in sentences:
        given |= figure_units(sentence)
    if given & set(TIMES):
        given |= set(TIMES)
    return next((u for u in sorted(asked & GATED) if u not in given), None)


# a number of occasions given ('kolme kertaa', 'three times', 'två gånger', '3 keer'; folded)
COUNTED_TIMES = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|ten|once|twice|en|ett|tva|tre|fyra|fem|sex|tio|yksi|kaksi|kolme|nelja|viisi"
    r"|kuusi|kymmenen|een|twee|drie|vier|vijf|zes|tien)\s+(?:times|ganger|kertaa|keer)\b"
)


def figure_units(sentence: str) -> frozenset[str]:
    """The units of a sentence that gives a figure (nothing when it gives none); 'date' for a date, or a
    number of days, weeks, months or years (an answer to 'when': 'within 60 days', 'after 12 months')."""
    if not FIGURE.search(sentence):
        return frozenset()
    units = units_named(sentence)
    if "times" in units and not COUNTED_TIMES.search(fold(sentence).lower()):
        units -= {"times"}  # 'ensimmäistä kertaa' (for the first time) counts no occasions
    if A_DATE.search(fold(sentence)) or units & set(TIMES):
        units |= {"date"}
    if CLOCK.search(fold(sentence)):  # a time of day ('16.00 uur in Lissabon', '5 pm CET'): its unit is the hour
        units |= {"hour"}
    if AGES.search(fold(sentence).lower()):  # 'jongeren van 13 tot en met 30 jaar': an age range
        units |= {"age"}
    return units


# ages given as years of life: a range ending at 13 or more years ('van 13 tot en met 30 jaar', '18-30 år', 'aged 13
# to 30 years'), or such years old ('18 jaar oud'); no project runs that long (folded, lower case)
AGES = re.compile(
    r"\b\d{1,2}\s*(?:tot(?: en met)?|to|till|och|-|–)\s*(?:1[3-9]|[2-9]\d)\s*(?:jaar|years?|ar|vuotta|v)\b"
    r"|\b(?:1[3-9]|[2-9]\d)\s*(?:jaar|years?|ar)\s*(?:oud|old|gammal|gamla)\b"
)


# a figure per unit of time: 'EUR 1,400 per month', 'EUR 90 per participant per day', 'kuukaudessa', 'per maand'
# (folded); a count of months ('Months: 12', 'for 24 months') is no rate
RATE_WORDS: dict[str, tuple[str, ...]] = {
    "day": ("per day", "each day", "daily", "per dag", "om dagen", "per dygn", "dagligen", "paivassa",
            "paivalta", "paivaa kohden", "paivaa kohti", "per paiva", "dagelijks", "per travel day",
            "per reisdag", "per resdag", "matkapaivalta", "matkapaivaa kohden"),
    "week": ("per week", "each week", "weekly", "per vecka", "i veckan", "viikossa", "viikolta",
             "viikkoa kohden", "viikkoa kohti", "wekelijks"),
    "month": ("per month", "each month", "monthly", "per manad", "i manaden", "manadsvis", "kuukaudessa",
              "kuukaudelta", "kuukautta kohden", "kuukautta kohti", "per kuukausi", "per maand", "maandelijks"),
    "year": ("per year", "each year", "yearly", "annual", "per ar", "om aret", "arligen", "vuodessa",
             "vuodelta", "vuotta kohden", "vuotta kohti", "per jaar", "jaarlijks"),
}  # fmt: skip
RATE_PATTERNS = {
    unit: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
    for unit, words in RATE_WORDS.items()
}


def rates_named(text: str) -> frozenset[str]:
    """The units of time a text says something per ('how much per month?', 'EUR 1,400 per month')."""
    folded = fold(text)
    return frozenset(unit for unit, pattern in RATE_PATTERNS.items() if pattern.search(folded))


def without_rates(text: str) -> str:
    """The text less the phrases saying what it asks per ('how much for project management per month' without
    'per month'): a month it asks a sum per is no duration asked."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    spans = sorted(m.span() for pattern in RATE_PATTERNS.values() for m in pattern.finditer(folded))
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    return text


def figure_rates(sentence: str) -> frozenset[str]:
    """The units of time a sentence gives a figure per (nothing when it gives no figure)."""
    return rates_named(sentence) if FIGURE.search(sentence) else frozenset()
