"""What one sentence of an added guide says, by its own words: a negation, a pronoun for its section, an
example, a band of figures, a pointer to other sections, a definition, a list it announces."""

from __future__ import annotations

import re

from erasbot.guidance.added_asks import BAND, figure_value
from erasbot.guidance.corpus import BULLET
from erasbot.guidance.lexical import tokens
from erasbot.guidance.reading.model import row_kind
from erasbot.text import fold

TERM_MAX_WORDS = 6  # the words before an item's colon that name what it defines
SUBJECT_WORDS = 2  # the first words of a sentence defining a thing by name ('Associated partners take part ...')


# a sentence pointing to other sections ('eligible organisations (section 3), a lump sum of one of the two amounts
# (section 7.1), ...') summarises the rules it points to: each pointer (three at most) costs this much
POINTER = re.compile(
    r"\b(?:sections?|avsnitt(?:et)?|kohda(?:ssa|n)?|kohta|paragra(?:af|ph)|sectie|hoofdstuk|chapter|kapitel)"
    r"\s+\d+(?:\.\d+)*",
    re.IGNORECASE,
)

SECTION_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s")  # a heading's number ('6.1 Duration', '8. Inclusion')


# a calendar date: a day and a month named ('11 June 2026', '1 maart', '11. kesäkuuta'), a month and a year ('June
# 2026', 'kesäkuussa 2026'), or in figures ('11.6.2026', '11/06/2026'); folded. A month's name alone is no date
# ('may' is a verb)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|januari|februari"
    r"|mars|maj|juni|juli|augusti|maart|mei|augustus|oktober|tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu"
    r"|kesakuu|heinakuu|elokuu|syyskuu|lokakuu|marraskuu|joulukuu)\w*"
)
CALENDAR_DATE = re.compile(
    rf"\b\d{{1,2}}\.?\s+{_MONTH}|\b{_MONTH}\s+(?:19|20)\d\d\b|\b\d{{1,2}}[./-]\d{{1,2}}[./-](?:19|20)?\d\d\b"
)


def gives_calendar_date(sentence: str) -> bool:
    """Does a sentence give a date in the calendar ('11 June 2026', 'November 2026', '11.6.2026')?"""
    return bool(CALENDAR_DATE.search(fold(sentence)))


def pointed_sections(sentence: str) -> set[str]:
    """The numbers of the sections a sentence points to ('extend the duration of the project (section 6.1)': 6.1)."""
    return {re.search(r"\d+(?:\.\d+)*", m.group(0)).group(0) for m in POINTER.finditer(sentence)}


def section_number(heading: str) -> str | None:
    """The number of a passage's own section: that of the last part of its heading ('6. Duration and start dates –
    6.1 Duration': 6.1); None when it has none."""
    match = SECTION_NUMBER.match(heading.rsplit(" – ", 1)[-1])
    return match.group(1) if match else None


# a sentence opening with a pronoun standing for what its section is about ('It lasts ...', 'They do not sign ...',
# 'Den varar ...', 'Het duurt ...', 'Se kestää ...'), folded
REFERS_BACK = re.compile(r"^\W*(?:it|they|this|these|den|det|de|dessa|het|deze|dit|zij|se|ne|tama|nama)\s")


# a negation in any of the four languages, folded ('not', 'cannot', 'inte', 'ej', 'ei', 'eivät', 'niet', 'geen')
NOT = re.compile(
    r"\b(?:not|cannot|never|no longer|excluded|ineligible|inte|ej|icke|aldrig|ingen|inga|ei|eivat|eika|eivatka"
    r"|niet|geen|nooit|uitgesloten)\b|n't\b"
    # what is restricted to some cases says what is not allowed beyond them ('... on rajattu EU:n jäsenvaltioihin')
    r"|\b(?:restricted to|limited to|begransad\w* till|forbehall\w*|rajattu|rajoitettu|beperkt tot|voorbehouden)"
)


def says_not(text: str) -> bool:
    """Does the text say what is not (a negation in any of the four languages)?"""
    return bool(NOT.search(fold(text)))


def refers_back(sentence: str) -> bool:
    """Does the sentence open with a pronoun for what its section names?"""
    return bool(REFERS_BACK.match(fold(sentence)))


def in_band(sentence: str, quantities: set[tuple[int, str]]) -> bool:
    """Does the sentence give a band (in the same unit word) that one of the question's figures falls in?"""
    return any(
        unit == asked and figure_value(low) <= n <= figure_value(high)
        for low, high, unit in BAND.findall(fold(sentence))
        for n, asked in quantities
    )


# an example, as a guide marks one (folded): its heading ('Annex 1. Example of a budget estimate', '11. Rekenvoorbeeld'),
# a row or sentence opening with the word ('Example: ...'), or one speaking of it ('In this example, ...'); 'for
# example' inside a rule names cases the rule covers and is no example of this kind
EXAMPLE = re.compile(
    r"\b(?:examples?|exempel|exemplet|esimerkki|esimerkke\w*|esimerkin|voorbeeld\w*|rekenvoorbeeld\w*|illustration"
    r"|fictitious|fiktiv\w*|fictie\w*|kuvitteellinen)\b"
)
EXAMPLE_SENTENCE = re.compile(
    r"^\W*(?:example|exempel|esimerkki|voorbeeld)\b|\b(?:this|the|in the|in this) example\b|\bexemplet\b"
    r"|\btassa esimerkissa\b|\bin dit voorbeeld\b|\bfictitious\b"
)


# a section saying what the guide is and what it explains ('1. About this guide – 1.1 Purpose of the guide'), folded
ABOUT_THE_GUIDE = re.compile(
    r"\babout (?:this|the) (?:guide|document|handbook|brochure)|\bpurpose of (?:this|the) (?:guide|document|handbook)"
    r"|\bover deze (?:handleiding|gids|brochure)|\bdoel van deze handleiding"
    r"|\bom (?:denna|den har) (?:vagledning|guide|handbok|broschyr)|\bvagledningens syfte"
    r"|\btasta oppaasta|\boppaan tarkoitus|\btietoa oppaasta"
)


# the money a whole call or country has (folded): millions of euros beside a budget, a call round or a country ('För
# ansökningsomgång 2026 har Sverige preliminärt omkring 3,2 miljoner euro för samarbetspartnerskap'), which no project
# gets; and a question asking for it (a budget, the total, what is available)
MILLIONS = re.compile(r"\d\s*(?:miljon\w*|miljoen\w*|million\w*|miljoon\w*|mln|mio)\b")
CALL_WIDE = re.compile(
    r"\b(?:budget\w*|budjet\w*|preliminar\w*|ansokningsomgang\w*|omgang\w*|ronde|round|call|haku\w*|oproep\w*"
    r"|sverige|sweden|nederland|netherlands|suomi|finland)\b"
)
BUDGET_ASKED = re.compile(
    r"\b(?:budget\w*|budjet\w*|total\w*|totaal|yhteensa|kokonais\w*|available|tillganglig\w*|beschikbaar"
    r"|kaytettavissa|hur mycket pengar finns|how much money is there)\b"
)


def states_call_budget(sentence: str) -> bool:
    """Does the sentence give the money of a whole call or country (millions of euros beside a budget, a round or a
    country), not what one project may get?"""
    folded = fold(sentence)
    return bool(MILLIONS.search(folded) and CALL_WIDE.search(folded))


def asks_budget(question: str) -> bool:
    """Does the question ask for a budget or total (what a call or country has), not one project's grant?"""
    return bool(BUDGET_ASKED.search(fold(question)))


# a table row's cell answering yes or no ('Eligible?: No;', 'Toegestaan: ja'), folded
VERDICT_CELL = re.compile(r":\s*(?:yes|no|ja|nej|nee|kylla|ei)\s*(?:[;.]|$)")


def gives_verdict(sentence: str) -> bool:
    """Is the sentence a table row whose cell says yes or no (a case the table decides: 'Two VET schools in this
    country and a municipality in this country; Eligible?: No; Why: Only one country is represented')?"""
    return bool(VERDICT_CELL.search(fold(sentence)))


# a count of people: a figure (digits or a small number written out) and, within a few words, the people it counts
# ('30 participants', 'every ten pupils', 'two accompanying persons'), folded
PEOPLE_COUNTED = re.compile(
    r"(?<!\w)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|tva|tre|fyra|fem|sex|sju|atta|nio|tio|kaksi|kolme"
    r"|nelja|viisi|kuusi|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)(?:\s+[\w-]+){0,2}?\s+(?:pupil|student|learner"
    r"|participant|young people|teacher|staff|person|people|accompan|leerling|deelnemer|begeleider|leraar|docent"
    r"|personen|elev|deltagar|larare|ledsagar|person|oppila|opiskelij|osallistuj|opettaj|henkilo|saattaj)"
)


def counts_people_in(sentence: str) -> bool:
    """Does the sentence count people ('at most 30 participants', 'one accompanying person for every ten pupils'),
    not only name them (a table's column 'Participants: Pupils of all ages; Minimum: 3 days')?"""
    return bool(PEOPLE_COUNTED.search(fold(sentence)))


def is_example(sentence: str, heading: str = "") -> bool:
    """Is the sentence part of a worked example (by its section's heading, or by its own words)? Its figures
    illustrate a case; the rule states them. A sentence announcing a list of examples ('Exempel på organisationer
    som kan söka:') names the cases a rule covers: no worked example."""
    bare = fold(BULLET.sub("", sentence)).strip()
    if bare.endswith(":") and len(bare.split()) >= LIST_OF_EXAMPLES_WORDS:
        return bool(EXAMPLE.search(fold(heading)))
    return bool(EXAMPLE.search(fold(heading)) or EXAMPLE_SENTENCE.search(bare))


LIST_OF_EXAMPLES_WORDS = 3  # 'Examples of eligible organisations:' announces a list; 'Example:' opens a worked one


def defines_asked(sentence: str, lang: str, asked: set[str], subject_words: set[str]) -> bool:
    """Is the sentence an item defining something the question names ('Associated partners: contribute ..., but
    receive no funding', '2. Full partners (beneficiaries): sign the grant agreement ...')? The words before its
    colon, less any in brackets and the document's subject words, are all the question's own. A table row is no
    definition: its first words name a column."""
    bare = re.sub(r"^\d+[.)]\s+", "", BULLET.sub("", sentence).strip())
    if row_kind(bare):
        return False
    term, colon, rest = bare.partition(":")
    if not colon or not rest.strip():
        # a sentence whose subject is the thing asked ('Affiliated entities are entities with ...', 'Associated
        # partners take part ... without receiving EU funding'): its first words, past an article, are asked
        words = tokens(re.sub(r"^(?:an?|the|en|ett|de|het|een)\s+", "", bare, flags=re.IGNORECASE), lang)
        lead = set(words[:SUBJECT_WORDS]) - subject_words
        return len(words) > SUBJECT_WORDS and len(lead) == SUBJECT_WORDS and lead <= asked
    term_words = set(tokens(re.sub(r"\([^)]*\)", " ", term), lang)) - subject_words
    return 0 < len(term.split()) <= TERM_MAX_WORDS and bool(term_words) and term_words <= asked


# a sentence announcing a list or table that follows it ('... from the following regions of the world.',
# 'The budget table must estimate the following cost categories:'), folded
ANNOUNCES_LIST = re.compile(
    r":\s*$|\b(?:the following|as follows|listed below|set out below|in the table below|foljande|nedan|seuraav\w*"
    r"|alla olev\w*|de volgende|hieronder|als volgt)\b"
)
