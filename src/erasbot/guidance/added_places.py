"""The things of its own a question names (a country, a fee, a doctoral programme), read in an added guide:
the passages that name them, and the country as the case a yes/no question asks about. Pure."""

from __future__ import annotations

import re

from erasbot.forms import asking_part
from erasbot.guidance.added_asks import CASE_CLAUSE
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.retrieval import Hit, Query
from erasbot.guidance.said_of import asks_who_may_apply
from erasbot.rules.countries import country_in_words
from erasbot.rules.country_mentions import country_names, find_country
from erasbot.text import fold

# words asking what role an organisation may take ('be a full partner', 'vara koordinator', 'olla koordinaattori')
ROLE = re.compile(r"coordinat|koordina|coördin|partner|kumppan|mukana|vara med|meedoen|deelnem", re.IGNORECASE)
# a sentence on whether a country's organisations may take part ('Morocco belongs to Region 3 ...; both are
# eligible', 'the United Kingdom ... is not eligible'), not one naming the country in a table of rates or groups
ON_ELIGIBILITY = re.compile(
    r"eligib|take part|taking part|coordinat|partner|in any role|associated|applicant|may apply"
    r"|in aanmerking|deelne|aanvrag|geassocieerd|coördin|uitgesloten|programmaland"
    r"|delta|berättig|associer|ansök|sökande|koordin|programland"
    r"|osallistu|kelpoi|hakija|assosioi|kumppan|ohjelmamaa",
    re.IGNORECASE,
)


def on_country(sentence: str, words: set[str], country: str | None) -> bool:
    """Does the sentence (its words `words`) say whether the organisations of the country asked may take part?"""
    return bool(country) and country in words and bool(ON_ELIGIBILITY.search(sentence))


# a country asked as where people are sent ('Kan vi skicka personal ... till England?', 'Can we send staff to
# Switzerland?', 'Voiko jakso suuntautua Sveitsiin?', 'Mogen we docenten naar Zwitserland sturen?'; folded)
SENT_TO = re.compile(
    r"\b(?:send\w*|go|goes|travel\w*|skicka\w*|aka|resa|reser|lahett\w*|lahte\w*|matkust\w*|suuntautu\w*"
    r"|sturen|stuurt|reizen|reist|gaan)\b"
)


def asked_country(question: str) -> str | None:
    """The country whose organisations the question asks may take part or take a role ('Can a university in
    Morocco take part?', 'Får ett universitet från Vietnam vara koordinator?'); None when it names no country or
    names it as context of another question ('is the daily amount higher in Spain or in Poland?')."""
    # the asking sentence: the last one of a part cut from a longer question ('We are a Dutch foundation and our
    # Swedish partner applies. When is the progress report due'), the one asking otherwise
    asking = re.split(r"(?<=[.!?])\s+", asking_part(question).strip())[-1]
    if not (asks_who_may_apply(asking) or ROLE.search(asking) or SENT_TO.search(fold(asking))):
        return None
    # the country a condition names is not whose organisations are asked about ('... in Brussels, if none of the
    # partners is from Belgium?'); 'als' is also Dutch for 'as' ('als geassocieerde partner'), so the question's
    # role words are read whole
    return find_country(_without_project_home(CASE_CLAUSE.sub("", question)))


# a word naming the project or partnership itself ('samenwerkingspartnerschap', 'projekt', 'hanke', 'consortium')
PROJECT_WORD = re.compile(
    r"[\w-]*(?:partnerschap|partnership|partnerskap|project|projekt|hanke|hankkee|kumppanuu|consorti|konsorti)\w*",
    re.IGNORECASE,
)


def _without_project_home(question: str) -> str:
    """The question less the country adjectives that qualify the project, not the organisation asked about: 'Mag een
    universiteit meedoen aan een Zweeds samenwerkingspartnerschap?' asks about a university, the partnership is
    Swedish ('a Swedish KA220-ADU partnership', 'ett svenskt projekt')."""

    def drop(match: re.Match) -> str:
        return match.group(0) if find_country(match.group(1)) is None else match.group(2)

    return re.sub(
        rf"\b([\w'-]+)\s+((?:ka\d{{3}}[\w-]*\s+)?{PROJECT_WORD.pattern})", drop, question, flags=re.IGNORECASE
    )


def names_country(hit: Hit, code: str) -> bool:
    """Does the passage (its heading or text) name the country by one of its names in the passage's language?"""
    lang = hit.chunk.language
    words = set(tokens(f"{hit.chunk.heading} {hit.chunk.text}", lang))
    return any(set(tokens(name, lang)) <= words for name in country_names(code, lang) if tokens(name, lang))


def naming_asked(
    query: Query, ranked: list[tuple[int, Hit]], first: list[tuple[int, Hit]], glossary: Glossary
) -> list[tuple[int, Hit]]:
    """For a question on whether a country's organisations may take part, the passages retrieval ranked lower
    (`ranked`) that name that country and every thing of its own the question asks about (a glossary concept
    marked distinct), when none of the `first` ones does: only such a
    passage can answer it (added_answer.saying_asked_things), and 'Can a UK university be a full partner?' has the
    passage on the United Kingdom 10th, after six on partners in general. For a question naming no country, those
    whose heading names every such thing. In retrieval order."""
    country = asked_country(query.text)
    distinct = [c for c in query.concepts if glossary.concepts[c].distinct]
    if country is None and not distinct:
        return []

    def names_all(hit: Hit) -> bool:
        if country is None:
            # a thing of its own alone brings in a passage whose heading names it (a FAQ's 'Saako nuorille maksaa
            # palkkiota osallistumisesta?' for a fee asked); one naming 'insurance' in passing ('the Mutual Insurance
            # Mechanism') speaks of another insurance than the participants' one asked about
            return all(glossary.occurs(c, hit.chunk.heading) for c in distinct)
        texts = (hit.chunk.title, hit.chunk.heading, hit.chunk.text)
        named = all(any(glossary.occurs(c, text) for text in texts) for c in distinct)
        return named and names_country(hit, country)

    if any(names_all(hit) for _, hit in first):
        return []
    return [(rank, hit) for rank, hit in ranked if names_all(hit)]


def country_case(question: str, hits: list[Hit], rarity: dict[str, float]) -> str | None:
    """The country a question asks about, as the rarest word of the documents' names for it that the passages
    use ('morocco'; a word only a list item uses is rarest): 'Can a university in Morocco take part?' is answered
    by the sentence on Morocco, not by the general rule on who may take part. None when it names no country or
    no passage names it."""
    languages = tuple(sorted({h.chunk.language for h in hits}))
    asked = country_tokens(question, languages)
    if not asked:
        return None
    used = {w for h in hits for w in tokens(h.chunk.text, h.chunk.language)}
    named = [t for t in asked if t in used]
    return max(named, key=lambda t: (rarity.get(t, float("inf")), t)) if named else None


def country_tokens(text: str, languages: tuple[str, ...]) -> list[str]:
    """The tokens of the names the country a question asks about (`asked_country`) goes by in each of these
    languages ('UK': 'united', 'kingdom', 'storbritannien')."""
    code = asked_country(text)
    if code is None:
        return []
    return list(
        dict.fromkeys(t for lang in languages for name in country_names(code, lang) for t in tokens(name, lang))
    )


# 'which countries ...', 'welke ... landen', 'vilka länder', 'mitkä maat', 'mistä maista' (folded)
WHICH_COUNTRIES = re.compile(
    r"\b(?:which|what|vilka|vilken|welke|mitka|mista|mihin|missa)\b[^?.]*?"
    r"\b(?:countries|country|lander|landerna|landen|maat|maista|maihin|maissa|maiden)\b"
)
COUNTRIES_LISTED = 2  # a sentence naming this many countries lists them


def asks_which_countries(question: str) -> bool:
    """Does the question ask which countries ('Welke geassocieerde derde landen mogen ...?'): a sentence listing
    countries by name answers, not the rule on how many countries a consortium needs."""
    return bool(WHICH_COUNTRIES.search(fold(asking_part(question))))


def lists_countries(sentence: str) -> bool:
    """Does the sentence name several countries ('Iceland, Liechtenstein, Norway, North Macedonia, ...')?"""
    named = {
        code for word in re.findall(r"[\w-]+", sentence) if word[:1].isupper() and (code := country_in_words(word))
    }
    return len(named) >= COUNTRIES_LISTED


# how many countries ('Minimum number of countries: 3', 'from at least three different countries', 'minst tre länder')
COUNTRY_COUNT = re.compile(
    r"\b(?:number of countries|antal länder|aantal landen|maiden (?:määrä|lukumäärä))\b"
    r"|\b(?:\d+|two|three|four|två|tre|fyra|twee|drie|vier|kaksi|kolme|neljä)\s+(?:different\s+|olika\s+"
    r"|verschillende\s+|eri\s+)?(?:\w+\s+){0,2}?(?:countries|länder|landen|maasta|maata|maan|member states"
    r"|medlemsländer|medlemsstater|lidstaten|jäsenvaltio\w*)\b",
    re.IGNORECASE,
)


def counts_countries(sentence: str) -> bool:
    """Does the sentence say how many countries (a consortium's minimum) and name none?"""
    return bool(COUNTRY_COUNT.search(sentence)) and not lists_countries(sentence)
