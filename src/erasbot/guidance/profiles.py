"""What each document is about, as its own metadata says: its title and headings, its period and actions, the
concepts its passages mention, the action codes and years it names, the fields of education it is written for.

Pure. subjects.py matches a question against these profiles; titles.py reads a title's words in other languages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from erasbot.forms import asking_part, asks_comparison
from erasbot.guidance.corpus import Chunk, DocumentInfo, split_sentences
from erasbot.guidance.fields import asked_fields, document_fields
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.said_of import countries_named
from erasbot.guidance.scope import OUT_OF_SCOPE, load_fields, says_out_of_scope
from erasbot.guidance.session_documents import is_own
from erasbot.text import fold

ADDED_PUBLISHER = "user document"  # what `Library.add_user_document` records as the publisher
# words of many titles that say nothing of the subject (stemmed as lexical.tokens stems them)
TITLE_NOISE = {"guid", "guide", "call", "erasmus", "programm", "program", "vagledning", "handleiding", "ohj", "opas"}
COGNATE_MIN = 6  # letters a title word and its cognate share at least
WORD = re.compile(r"\w+")
TITLE_NOISE_FORMS = {
    "guide",
    "guidance",
    "programme",
    "programmes",
    "program",
    "implementation",
    "vagledning",
    "handleiding",
    "education",
    "institutions",
    "coordinators",
    "project",  # a word of many titles ('Kortlopende projecten'), no subject of its own
    "projects",
    "projecten",
    "projekt",
    "projekten",
}
PERIOD = re.compile(r"\b(20\d\d)\s*[-–/]\s*(20\d\d)\b")
# an action code ('KA152', 'KA 153', 'ka121-adu') or a year ('2025'): a question naming one its document never names
# asks about another action or call
PROGRAMME_PERIODS = ((2014, 2020), (2021, 2027))
# (a number of things or a sum is no year: '2000 deltagare', '2000 euro', '2025 participants')
_COUNTED_AFTER = (
    r"(?!\d)(?!\s*(?:deltagar\w*|participants?|osallistuj\w*|deelnemer\w*|students?|studenter\w*|opiskelij\w*"
    r"|euro\w*|eur\b|€|kr\b|kronor|sek\b|timm\w*|hours?|tunti\w*|uur\b|personer|people|persons|henkil\w*|personen"
    r"|organi[sz]a\w*|km\b|kilomet\w*|ects|poäng|points?|pistett\w*|punten))"
)
MARK = re.compile(r"(?<![\w-])(?:ka\s?-?(\d{3})(?!\d)|(20\d\d)" + _COUNTED_AFTER + ")", re.IGNORECASE)


@dataclass(frozen=True)
class Profile:
    """What a document is about, as its own metadata says."""

    doc_id: str
    added: bool
    period: str
    actions: frozenset[str]
    named: frozenset[str]  # concepts its title and headings name
    words: frozenset[str]  # the content words of its title and headings
    title_named: frozenset[str]  # concepts its title names
    title_words: frozenset[str]  # the content words of its title, without the ones every guide has
    mentions: frozenset[str]  # concepts any of its passages mentions
    title_forms: frozenset[str] = frozenset()  # its title's longer words as written (folded): for cognates
    sections: tuple[frozenset[str], ...] = ()  # each heading's content words (an added guide's sections)
    marks: frozenset[str] = frozenset()  # the action codes and years its text names ('ka152', '2025')
    # the fields of education it is written for (fields.py): an added guide's title's, else its text's most named;
    # a bundled text's, its actions' (scope.json's action_fields)
    fields: frozenset[str] = frozenset()
    fields_in_title: bool = False  # its title names them (not only its text: 'Alliances for Innovation' names none)
    # an added guide's pairs of words that only its sentences placing something outside its scope name ('design
    # measur' of 'the Erasmus Mundus Design Measures (EMDM) ... is the subject of a separate guide')
    excluded: frozenset[tuple[str, str]] = frozenset()
    # the countries an added guide's text names (ISO codes, by name in any of the four languages): a figure asked for
    # a country it never names ('the daily rate in Switzerland') is not in it
    countries: frozenset[str] = frozenset()
    # the programme periods an added guide's headings name besides its own ('Jean Monnet 2014-2020 och vad som har
    # ändrats'): it speaks of them in those sections, so a question on that period may be answered from it
    heading_periods: frozenset[str] = frozenset()

    def of_other_period(self, period: str | None) -> bool:
        """Is the document of another programme period than the one asked (None: none asked), not speaking of it
        in a section of its own either?"""
        return bool(period and self.period and self.period != period and period not in self.heading_periods)


def is_added(info: DocumentInfo | None) -> bool:
    """A document nobody curated: added to the corpus by the admin, or attached by a user to their chat."""
    return info is not None and (info.publisher == ADDED_PUBLISHER or is_own(info.id))


def build_profiles(
    documents: dict[str, DocumentInfo],
    chunks: tuple[Chunk, ...],
    concepts: tuple[tuple[str, ...], ...],
    glossary: Glossary,
) -> dict[str, Profile]:
    """Every document's profile, from its chunks' headings and the concepts found in them (snapshot.concepts)."""
    headings: dict[str, dict[str, None]] = {d: {} for d in documents}
    mentions: dict[str, set[str]] = {d: set() for d in documents}
    texts: dict[str, list[str]] = {d: [] for d in documents}
    outside: dict[str, list[str]] = {d: [] for d in documents}  # an added guide's sentences on what it leaves out
    for i, chunk in enumerate(chunks):
        if chunk.doc_id not in headings:
            continue
        headings[chunk.doc_id][chunk.heading] = None
        found = concepts[i] if i < len(concepts) else ()
        text = chunk.text
        if is_added(documents[chunk.doc_id]):
            # what an added guide names only to place it outside its scope ('Nor does this guide cover ... Jean
            # Monnet Actions or doctoral programmes', 'not KA131-HED') is no subject it speaks of
            text = in_scope_text(text)
            if text != chunk.text:
                found = glossary.find(text)
                outside[chunk.doc_id] += [s for s in split_sentences(chunk.text) if says_out_of_scope(s)]
        mentions[chunk.doc_id].update(found)
        texts[chunk.doc_id].append(text)
    profiles = {}
    of_action = load_fields().of_action
    for doc_id, info in documents.items():
        text = "\n".join([info.title, *headings[doc_id]])
        added = is_added(info)
        profiles[doc_id] = Profile(
            doc_id=doc_id,
            added=added,
            period=info.period,
            actions=frozenset(info.actions),
            named=frozenset(glossary.find(text)),
            words=frozenset(tokens(text, info.language)),
            title_named=frozenset(glossary.find(info.title)),
            title_words=frozenset(tokens(info.title, info.language)) - TITLE_NOISE,
            mentions=frozenset(mentions[doc_id]),
            title_forms=frozenset(w for w in WORD.findall(fold(info.title)) if len(w) >= COGNATE_MIN)
            - TITLE_NOISE_FORMS,
            sections=tuple(
                dict.fromkeys(
                    frozenset(w for w in tokens(part, info.language) if not w.isdigit()) - TITLE_NOISE
                    for h in headings[doc_id]
                    if h != info.title
                    for part in h.split(" – ")  # a subsection's heading and its section's
                )
            ),
            marks=named_marks("\n".join([info.title, *texts[doc_id]])),
            fields=(
                document_fields(info.title, "\n".join(texts[doc_id]), info.language)
                if added
                else frozenset(f for a in info.actions for f in of_action.get(a, ()))
            ),
            fields_in_title=added and bool(asked_fields(info.title, info.language)),
            excluded=excluded_pairs(outside[doc_id], texts[doc_id], info.title, info.language),
            countries=frozenset(countries_named("\n".join([info.title, *texts[doc_id]]))) if added else frozenset(),
            heading_periods=(
                frozenset(f"{m.group(1)}-{m.group(2)}" for h in headings[doc_id] for m in PERIOD.finditer(h))
                if added
                else frozenset()
            ),
        )
    return profiles


RARE_PASSAGES = 2  # one word of an excluded pair is in at most this many of the guide's other passages
PAIR_WORD_MIN = 4  # letters each word of an excluded pair has (not 'not', 'of', a number)
PHRASE_BREAK = re.compile(r"[,;:()\[\]]| or | and | eller | och | tai | ja | of | en ")


def word_pairs(text: str, language: str) -> set[tuple[str, str]]:
    """The pairs of words that follow one another in a text, within its phrases (not across a comma or 'or')."""
    pairs: set[tuple[str, str]] = set()
    for phrase in PHRASE_BREAK.split(text):
        words = tokens(phrase, language)
        pairs |= set(pairwise(words))
    return pairs


def excluded_pairs(outside: list[str], inside: list[str], title: str, language: str) -> frozenset[tuple[str, str]]:
    """The pairs of words the sentences placing something outside a guide's scope name ('Design Measures' in
    'the Erasmus Mundus Design Measures (EMDM) ... is the subject of a separate guide'), and none of its other
    text does: not the words saying it is outside ('is not described here'), nor its title's (its subject)."""
    if not outside:
        return frozenset()
    subject = set(tokens(title, language)) | TITLE_NOISE
    passages: dict[str, int] = {}  # in how many of its other passages each word is
    for text in inside:
        for w in set(tokens(text, language)):
            passages[w] = passages.get(w, 0) + 1
    said = {
        p
        for sentence in outside
        for p in word_pairs(OUT_OF_SCOPE.sub(" , ", sentence), language)
        if not set(p) & subject
        and all(len(w) >= PAIR_WORD_MIN and w.isalpha() for w in p)
        and min(passages.get(w, 0) for w in p) <= RARE_PASSAGES  # a name, not two words of every page
    }
    return frozenset(said - {p for text in inside for p in word_pairs(text, language)})


QUESTION_LANGUAGES = ("en", "sv", "fi", "nl")


def names_excluded(question: str, doc_ids, profiles: dict[str, Profile]) -> bool:
    """Does the question name, in two words, something every one of these added guides names only to place it
    outside its scope ('an Erasmus Mundus Design Measure' put to the guide on Joint Masters, whose other strand
    'is the subject of a separate guide')? Read with each language's stemmer: a name is written as in the guide."""
    asked = {p for lang in QUESTION_LANGUAGES for p in word_pairs(question, lang)}
    chosen = [profiles[d] for d in doc_ids if d in profiles]
    return bool(chosen) and all(asked & p.excluded for p in chosen)


def in_scope_text(text: str) -> str:
    """A passage without its sentences placing something outside the guide's scope (scope.says_out_of_scope)."""
    sentences = split_sentences(text)
    kept = [s for s in sentences if not says_out_of_scope(s)]
    return text if len(kept) == len(sentences) else " ".join(kept)


# the present asked of, in the sentence that asks ('Is that the same as having the accreditation now?'; folded)
NOW = re.compile(
    r"\b(?:now|nowadays|currently|today|these days|nu|nufortiden|idag|i dag|numera|nyt|nykyaan|nykyisin"
    r"|talla hetkella|tanaan|tegenwoordig|momenteel|vandaag|heden)\b"
)


def asked_period(text: str) -> str | None:
    """The programme period a question names ('2014-2020', '2021–2027'), if any. A period only the context before
    the asking sentence names, when that sentence asks about now ('We ran KA104 projects in the 2014-2020 programme.
    Is that the same as having the accreditation now?'), is the asker's background, not the period asked."""
    asking = asking_part(text)
    named = set(named_periods(asking))
    folded = fold(asking)
    if len(named) > 1 or named and (asks_comparison(asking) and CURRENT.search(folded) or CHANGED.search(folded)):
        return None  # '2014-2020 compared with the current period', 'what changed since 2014-2020': both are asked
    found = named_periods(asking) or ([] if NOW.search(fold(asking)) else named_periods(text))
    return found[0] if found else None


def named_periods(text: str) -> list[str]:
    """The spans of years a text names as periods ('2014-2020', '2021–2027', 'mukana 2015-2020'), in order; years
    beginning in one programme period and ending in the next ('SSA in de zorg (looptijd 2019-2021)') are a project's
    own run, no period."""
    spans = ((int(m.group(1)), int(m.group(2))) for m in PERIOD.finditer(text))
    return [f"{a}-{b}" for a, b in spans if not any(x <= a <= y < b for x, y in PROGRAMME_PERIODS)]


# what changed from a period to the one in force ('wat is er veranderd t.o.v. 2014-2020?'; folded)
CHANGED = re.compile(
    r"\b(?:changed?|changes|veranderd\w*|verandering\w*|forandr\w*|andrats?|andringar\w*|muuttu\w*|muutok\w*)\b"
)
# the period in force, named by its place in time beside another named by its years ('jämfört med nuvarande
# programperiod', 'compared with the current programme'; folded)
CURRENT = re.compile(
    r"\b(?:current|present|new|nuvarande|nya|nykyi\w*|uude\w*|uusi|huidige|nieuwe|deze)\b|" + NOW.pattern
)


def named_marks(text: str) -> frozenset[str]:
    """The action codes ('ka152') and years ('2025') a text names; a period's years ('2021-2027') count too."""
    years = {y for m in PERIOD.finditer(text) for y in m.groups()}
    return frozenset(f"ka{code}" if code else year for code, year in MARK.findall(text)) | years


def coded_documents(question: str, profiles: dict[str, Profile], period: str | None) -> frozenset[str]:
    """The added documents naming every action code the question names ('KA201', 'KA154'), when no bundled text
    names one: a question naming a code only they name is about them (a period they speak of in a section too)."""
    codes = {m for m in named_marks(PERIOD.sub(" ", question)) if m.startswith("ka")}
    if not codes or any(codes & p.marks for p in profiles.values() if not p.added):
        return frozenset()
    period = programme_of(period)
    return frozenset(d for d, p in profiles.items() if p.added and codes <= p.marks and not p.of_other_period(period))


def programme_of(period: str | None) -> str | None:
    """The programme period that years asked fall within ('mukana 2015-2020': 2014-2020); else as asked."""
    span = PERIOD.fullmatch(period or "")
    if span is None:
        return period
    first, last = int(span.group(1)), int(span.group(2))
    return next((f"{a}-{b}" for a, b in PROGRAMME_PERIODS if a <= first and last <= b), period)


def absent_countries(question: str, doc_ids, profiles: dict[str, Profile]) -> frozenset[str]:
    """The countries the question's asking sentence names that none of these added guides names anywhere (a daily rate
    in Switzerland asked of a guide whose country groups leave Switzerland out); empty when a guide is a bundled text."""
    if not doc_ids or not all(d in profiles and profiles[d].added for d in doc_ids):
        return frozenset()
    present = {c for d in doc_ids for c in profiles[d].countries}
    return frozenset(countries_named(asking_part(question)) - present)


def absent_marks(question: str, doc_ids, profiles: dict[str, Profile]) -> frozenset[str]:
    """The action codes and years the question names that none of these documents names anywhere: a question
    about KA153 or DiscoverEU's call 2023 put to a guide on KA152 in the call 2025 (a near miss, refused)."""
    asked = named_marks(PERIOD.sub(" ", question))
    present = {m for d in doc_ids if d in profiles for m in profiles[d].marks}
    return frozenset(asked - present)
