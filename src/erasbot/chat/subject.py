"""Does a message have an Erasmus+ subject: is it about what the guidance texts talk about?

Pure after the vocabulary is built. The vocabulary is every word stem the guidance texts, their
claims (in sv, fi, nl and en) and the glossary use. A message that names no action and whose
content words are mostly words none of them use ("what's the euro to krona exchange rate?",
"will it rain in Helsinki tomorrow?") has no Erasmus+ subject: it is answered (abstained on)
for itself, never read against the conversation, even when it mentions a word such as 'euro'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from erasbot.guidance.corpus import Chunk
from erasbot.guidance.facts import Fact
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import STOPWORDS, tokens
from erasbot.language import SUPPORTED, detect_language
from erasbot.rules.places import place_country
from erasbot.text import fold

# A message whose content words are more than half unknown (half, when it names no topic) has no Erasmus+ subject.
UNKNOWN_SHARE = 0.5
# A compound is known when a known stem of at least this many letters begins it ('allianssityyppejä').
COMPOUND_HEAD = 5
TERM_MARKS = re.compile(r"[~=*]|\.\.\.")  # a glossary term's matching marks ('~avustu', 'ssa=', 'voiko ... olla')
WORD = re.compile(r"[^\W\d_][\w-]+", re.UNICODE)  # a word of two letters or more
PERIOD = re.compile(r"\b20\d\d\s*[-–/]\s*20\d\d\b")  # a programme period named ('2014-2020')

# Words that carry no subject in any question: pronouns, auxiliaries, question words, courtesies,
# connectives, the words of a limit ('minimaal', 'at least') and of being in something ('daar in zitten'),
# and the general verbs and adjectives a follow-up asks with ('what are those supposed to tackle?', 'which
# challenges do they deal with?', 'the old ones: which sectors could they cover?') (on top of the search's
# stop words).
FUNCTION_WORDS = {
    "en": "i me my we our us you your he she it its they them their this that these those there here "
    "what which who whom whose how why where when is are was were be been being am do does did done "
    "have has had can could may might must shall should will would need needs one ones same also too "
    "as well and or but if so then than not no yes ok okay please thanks thank hi hello hey back "
    "about again still just only very really right now any some all each every more most other such "
    "let tell say know want like get got go going fine allowed own in on at to of for from with by into about over under "
    "between during before after latter former minimum maximum least most sit sits "
    "supposed deal deals dealt cover covers covered point old older new newer earlier previous current ones "
    "mandatory compulsory obligatory required require requires necessary participation involvement "
    "entirely completely wholly fully actively active involved question questions last final another thing "
    "meant mean sorry actually",
    "sv": "jag mig min mitt mina vi oss vår vårt våra du dig din ditt dina han hon den det de dem deras dess "
    "denna detta dessa där här vad vem vems vilken vilket vilka hur varför var vart när är var varit "
    "vara blir bli blev har hade kan kunde får fick ska skall skulle måste bör behöver behövs gäller "
    "samma också även och eller men om så då än inte ja nej tack hej tillbaka igen bara just nu "
    "någon något några alla varje mer mest annan annat andra sådan sådant sådana säg berätta vet vill "
    "i på till av för från med vid om under över mellan efter före går gå bra okej senare förra sistnämnda förstnämnda "
    "minst högst max sitta sitter tänkt tänkta handlar handla täcka täcker täckte gamla äldre nya nyare tidigare nuvarande "
    "obligatoriskt obligatorisk obligatoriska krav krävs nödvändigt nödvändig deltagande "
    "egen eget egna helt helt och hållet aktivt aktiva medverka jobba fråga frågan frågor sista sak "
    "menade menar alltså förlåt ursäkta dvs",
    "fi": "minä minun me meidän meille sinä sinun te teidän hän se sen sitä siinä siihen siitä ne niiden "
    "niitä niissä niihin niille niistä näitä nämä tämä tätä tässä tähän tästä tuo tuon siellä täällä "
    "mitä mikä mitkä mille mihin mistä missä kuka ketkä kenen keiden kenelle miten miksi milloin kuinka "
    "millainen millaisia minkälainen minkälaisia montako paljonko on ovat oli olivat olla ole onko "
    "ei eikö voi voiko voivat voivatko saa saako saavat pitää pitääkö täytyy täytyykö tarvitaan "
    "tarvitseeko sama samaa sama myös ja tai mutta jos niin kuin entä kiitos hei takaisin taas vain "
    "nyt jo joku jokin jotkut kaikki jokainen enemmän muu muut kerro sano tiedätkö haluan "
    "ennen jälkeen aikana kanssa välillä käy käykö käyvät sopii sopiiko ok "
    "jälkimmäinen jälkimmäisen jälkimmäistä jälkimmäisessä jälkimmäisissä jälkimmäiset jälkimmäisiä jälkimmäisiin "
    "jälkimmäiseen edellinen edellisen edellistä edellisessä edelliset edellisiä "
    "piti pitäisi täytyi vähintään enintään korkeintaan vanha vanhat vanhoja uusi uudet uusia aiempi aiemmat "
    "nykyinen nykyiset käsittelevät käsittelee kattavat kattaa "
    "pakollinen pakollista pakollisia pakollisena pakko välttämätön välttämätöntä mukanaolo mukanaoloa mukana "
    "osallistuminen osallistumista vaaditaan vaadittu oma oman omat omalla omin kokonaan täysin aktiivisesti "
    "kysymys kysymykseni viimeinen juttu asia "
    "kun siis et eli tarkoitin tarkoitan tarkotin sori anteeksi",
    "nl": "ik mij mijn wij we ons onze jij je jou jouw u uw hij zij ze het hem haar hun hen dit dat deze die "
    "daar hier daarvan daarin daarbij daarvoor daaraan ervan erin erbij wat welk welke wie wiens hoe "
    "waarom waar wanneer hoeveel is zijn was waren ben wordt worden werd heeft hebben had kan kunnen "
    "kon mag mogen moet moeten moest moesten zal zullen zou geldt gelden hetzelfde dezelfde ook en of "
    "maar als dan niet geen ja nee dank bedankt hoi hallo terug weer alleen nu al iemand iets alle "
    "elke meer meest andere ander zo'n zeg vertel weet wil ging gingen eraan "
    "in op aan van voor naar met bij uit over onder tussen na tijdens goed prima oké laatstgenoemde eerstgenoemde "
    "minimaal maximaal minstens hoogstens zitten zit zat zaten oude oud nieuwe nieuw vorige huidige eerdere "
    "gaan gaat ging over behandelen behandelt dekken dekt ermee erover ervoor eruit erop erdoor ertoe daarmee "
    "daarover daarop daaruit daardoor hiermee hierover hiervoor hierin hiervan hierbij hieraan hierop "
    "verplicht verplichte vereist noodzakelijk nodig deelname eigen helemaal volledig zelf actief actieve meewerken "
    "meedoen vraag vragen laatste ding "
    "bedoelde bedoel sorry eigenlijk dus oftewel",
}
_FUNCTION = {
    lang: {fold(w) for w in words.split()} | set(STOPWORDS.get(lang, "").split())
    for lang, words in FUNCTION_WORDS.items()
}
_ANY_FUNCTION = set().union(*_FUNCTION.values())


@dataclass(frozen=True)
class Vocabulary:
    """The word stems the guidance uses, in any of its languages."""

    stems: frozenset[str]

    @classmethod
    def of(cls, texts: Iterable[tuple[str, str]]) -> Vocabulary:
        """From (text, language) pairs."""
        stems: set[str] = set()
        for text, lang in texts:
            stems.update(tokens(text, lang))
        return cls(frozenset(s for s in stems if not s.isdigit()))

    def with_texts(self, texts: Iterable[tuple[str, str]]) -> Vocabulary:
        """This vocabulary and the words of more (text, language) pairs (a chat's own documents)."""
        return Vocabulary(self.stems | Vocabulary.of(texts).stems)

    def knows(self, stem: str) -> bool:
        if stem in self.stems:
            return True
        # a known stem beginning the word: a compound's head, or the word with an ending the stemmer
        # left on ('verlengd' is 'verleng' + d)
        return any(stem[:n] in self.stems for n in range(COMPOUND_HEAD, len(stem)))

    def unknown_share(self, message: str, lang: str, names_told: bool = False) -> float:
        """The share of the message's content words that no guidance text, claim or glossary term uses
        (0 when it has none); a word counts as known when its stem in the asker's language or in the
        language the message reads as is known."""
        languages = dict.fromkeys([lang, detect_language(message)])
        # (a country is no such name: 'euro ... Ruotsin kruunuina' asks of Sweden's money, not of a case)
        names = {m.start() for m in NAME.finditer(message) if not _a_place(m.group())}
        content = [
            (stems, m.start() in names)
            for m in WORD.finditer(message)
            if fold(w := m.group().lower()) not in _ANY_FUNCTION
            and (stems := [s for lg in languages for s in tokens(w, lg)])
        ]
        # with `names_told`, a name the guidance does not know ('Aallon', 'TalTechin') is the asker's case, counted
        # neither way
        known = [any(self.knows(s) for s in stems) for stems, name in content]
        counted = [k for k, (_, name) in zip(known, content, strict=True) if k or not (name and names_told)]
        if not counted:
            return 1.0 if content else 0.0  # names alone ('What does Movetia do?'): nothing the guidance knows
        return sum(1 for k in counted if not k) / len(counted)


# the words asking how much or how many, which ask for a sum or a count of any subject
HOW_MUCH = re.compile(
    r"\b(?:how (?:much|many)|hur (?:mycket|många|manga)|paljonko|kuinka (?:paljon|monta)|montako|hoeveel)\b",
    re.IGNORECASE,
)
# a capitalised word inside a sentence: a name ('Pitääkö Aallon ja TalTechin olla ...?'), told of the asker's case
NAME = re.compile(r"(?<=[\w,;)]\s)[A-ZÅÄÖ][\w-]*")


def _a_place(word: str) -> bool:
    """Is the word a country or a city, perhaps with a Finnish case ending ('Ruotsin', 'Helsingistä')?"""
    return any(place_country(word[: len(word) - cut]) for cut in range(4) if len(word) - cut >= 4)


def guidance_vocabulary(chunks: Iterable[Chunk], facts: Iterable[Fact], glossary: Glossary) -> Vocabulary:
    """The words of the indexed passages (with their titles and headings), of every claim's quotes and
    statements, of the glossary's terms for actions and topics and their asking words (not for the Erasmus+
    subjects the texts do not cover: a message about those is answered for itself, and abstained on), and of what the
    checker reads in a partner list: organisation types, sectors, countries and nationalities
    ('can a museum join?', 'is Norway ok?' are eligibility questions)."""

    def texts() -> Iterable[tuple[str, str]]:
        yield from checker_words()
        for chunk in chunks:
            yield f"{chunk.title} {chunk.heading} {chunk.text}", chunk.language
        for fact in facts:
            yield from ((statement, lang) for lang, statement in fact.statement.items())
        for concept in glossary.concepts.values():
            if concept.kind == "other":
                continue
            for words in (concept.terms, concept.asking):  # the words naming it and the words asking for it
                for lang, terms in words.items():
                    yield " ".join(TERM_MARKS.sub(" ", t) for t in terms), lang

    return Vocabulary.of(texts())


def checker_words() -> Iterable[tuple[str, str]]:
    """The words the checker knows, each in the languages it may be in (organisation types, sectors,
    country names and nationality adjectives)."""
    from babel import Locale

    from erasbot.rules.country_mentions import NATIONALITY
    from erasbot.rules.vocabulary import data, vocabulary

    types = [t for terms in data("vocabulary.json")["types"].values() for t in terms]
    sectors = list(vocabulary().sectors)
    countries = [n for lang in SUPPORTED for n in Locale.parse(lang).territories.values()]
    nationalities = [stem for stems in NATIONALITY.values() for stem in stems]
    words = " ".join(types + sectors + countries + nationalities)
    for lang in SUPPORTED:  # their language is not recorded with them: stem them in each
        yield words, lang


# Small talk addressed to the assistant itself ('how are you?', 'vad heter du?', 'mitä kuuluu?', 'hoe heet je?'),
# whatever courtesy comes before it: no Erasmus+ subject, though 'that' or 'thanks' may open it
SMALL_TALK = re.compile(
    r"\b(?:how are you|how's it going|how do you do|what(?:'s| is) your name|who are you|"
    r"are you (?:a )?(?:bot|human|real)|"
    r"hur mår du|hur är det med dig|vad heter du|vem är du|är du en (?:bot|robot|människa)|"
    r"mitä kuuluu|miten menee|kuka (?:sinä )?olet|mikä (?:sinun )?nimesi|oletko (?:botti|robotti|ihminen)|"
    r"hoe gaat het(?: met (?:je|jou|u))?|hoe heet je|hoe heet u|wie ben je|wie bent u|ben je een (?:bot|robot|mens))\b",
    re.IGNORECASE,
)


def small_talk(message: str) -> bool:
    """Is the message small talk with the assistant ('Thanks, that's helpful! How are you today?')?"""
    return bool(SMALL_TALK.search(message))


def has_subject(message: str, lang: str, vocabulary: Vocabulary, glossary: Glossary, leaning: bool = False) -> bool:
    """Is the message about what the guidance talks about? It names an action or a programme period, or
    most of its content words are the guidance's (half of them, when they name one of its topics or the message
    leans on what was said before: `leaning`, 'Welke effecten worden ermee nagestreefd?')."""
    found = glossary.find(message)
    if PERIOD.search(message) or any(glossary.concepts[c].kind == "action" for c in found):
        return True
    topics = any(glossary.concepts[c].kind == "topic" for c in found)
    # the names of a question on a topic of the guidance are its case ('Pitääkö Aallon ja TalTechin olla
    # Erasmus-peruskirjan haltijoita?'); those of one on none may be all it is about ('Paljonko maksaa junalippu
    # Helsingistä Tampereelle?', whose 'paljonko' alone asks for a sum)
    named_topic = any(glossary.concepts[c].kind == "topic" for c in glossary.find(HOW_MUCH.sub(" ", message)))
    share = vocabulary.unknown_share(message, lang, names_told=named_topic)
    return share < UNKNOWN_SHARE or (share == UNKNOWN_SHARE and (topics or leaning))
