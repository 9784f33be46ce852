"""Whether what a question asks about is something the texts speak of at all.

Two checks, both pure after loading the small table in data/scope.json:

- the thing asked for: the head word of "what is the X of ...", "wat zijn de X van ...", "vad är X för
  ...", "vilka X ...", "mikä on ... X?" must be a word some claim states or quotes, or a glossary term, in
  the asker's language ("uurtarief", "openingstijden" are in none: the texts do not cover them);
- the field of education: an action the texts describe for one field only (strategic partnerships: adult
  education) asked about in another field ("... in het hoger onderwijs", "... in school education") is
  not covered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from erasbot.datafiles import read_json
from erasbot.errors import ErasbotError
from erasbot.forms import FILLERS, asks_comparison, question_sentence
from erasbot.guidance.lexical import tokens
from erasbot.guidance.units import FIGURE, MONTHS, UNIT_STEMS, units_named
from erasbot.text import fold, marks_optional

SCOPE_FILE = Path(__file__).with_name("data") / "scope.json"
COMPOUND_HEAD_MIN = 4  # 'maxbelopp' is known through its head 'belopp' (compounds end in their head)
_WORD = r"[\w][\w'’+-]*"
_PHRASE = rf"((?:{_WORD}\s+){{0,3}}?{_WORD})"

# "what is the X of/for ...": the words up to the preposition that starts what X is about; X's last word heads it
# words ending a "what is the X ...?" phrase that make X the subject of what follows, not a thing asked for
NOT_A_THING = frozenset(
    [
        "supposed",
        "meant",
        "expected",
        "required",
        "allowed",
        "able",
        "designed",
        "intended",
        "obliged",
        "going",
        "trying",
        "planning",
        "bedoeld",
        "verondersteld",
        "verplicht",
        "tankt",
        "menad",
        "avsedd",
        "forvantad",
        "tvungen",
    ]
)
# words standing for whatever the question goes on to name ('vad är grejen med det?', 'what's the deal with the
# forum?', 'mikä juttu se on?'): what is asked is what they are said of
VAGUE_THINGS = frozenset(
    {
        "deal",
        "thing",
        "point",
        "story",
        "idea",
        "grej",
        "grejen",
        "grejer",
        "saken",
        "sak",
        "poangen",
        "juttu",
        "jutun",
        "homma",
        "hamma",
        "idee",
        "ding",
        "punt",
        "verhaal",
        "zaak",
    }
)
# words saying when, after the thing asked for ('the equivalent now', 'de tegenhanger vandaag')
WHEN_WORDS = frozenset(
    [
        "now",
        "today",
        "currently",
        "nowadays",
        "anymore",
        "still",
        "nu",
        "idag",
        "numera",
        "fortfarande",
        "nyt",
        "nykyaan",
        "tanaan",
        "viela",
        "tegenwoordig",
        "vandaag",
        "momenteel",
        "nog",
    ]
)
ASKED_THING = {
    "en": re.compile(
        rf"\b(?:what|which)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?:the|a|an|their|its)\s+{_PHRASE}"
        # 'the max they can get': a relative clause's subject ends the thing
        r"(?=\s+(?:of|for|in|at|to|per|on|with|from|that|when|if|by|like|they|we|you|i|one|he|she|it|our|my)\b"
        r"|\s*[?.]?\s*$)"
        rf"|\bwhich\s+{_PHRASE}(?=\s+(?:do|does|did|are|is|can|must|should|will|have|has)\b)",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        rf"\bwat\s+(?:is|zijn|was|waren)\s+(?:het|de|een)\s+{_PHRASE}"
        r"(?=\s+(?:van|voor|in|bij|per|op|met|aan|om|als|die|dat|wat|we|wij|jullie|ze|zij|ik|je|u)\b|\s*[?.]?\s*$)",
        re.IGNORECASE,
    ),
    "sv": re.compile(
        rf"\bvad\s+(?:är|var)\s+(?:det|den|de)?\s*{_PHRASE}"
        r"(?=\s+(?:för|i|på|hos|per|med|av|som|till|om|vid|vi|ni|de|man|jag|du)\b|\s*[?.]?\s*$)",
        re.IGNORECASE,
    ),
    "fi": re.compile(
        rf"^\s*(?:mikä|mitkä|mika|mitka)\s+(?:on|ovat)\s+(?:{_WORD}\s+){{0,4}}?({_WORD})\s*\?\s*$", re.IGNORECASE
    ),
}


@dataclass(frozen=True)
class Fields:
    """Fields of education by language, and the fields an action is described for."""

    terms: dict[str, dict[str, re.Pattern]]  # field -> language -> pattern
    of_action: dict[str, tuple[str, ...]]
    measures: dict[str, frozenset[str]]  # language -> words that say how much is asked, not what

    def named(self, text: str, language: str) -> set[str]:
        folded = fold(text)
        return {f for f, by_lang in self.terms.items() if (p := by_lang.get(language)) and p.search(folded)}


@lru_cache(maxsize=1)
def load_fields(path: Path = SCOPE_FILE) -> Fields:
    data = read_json(path)
    try:
        fields = data["fields"]
        of_action = data["action_fields"]
    except (KeyError, TypeError):
        raise ErasbotError(f"{path.name}: needs 'fields' and 'action_fields'") from None
    unknown = {f for fs in of_action.values() for f in fs} - set(fields)
    if unknown:
        raise ErasbotError(f"{path.name}: action_fields name unknown field(s) {', '.join(sorted(unknown))}")
    terms = {
        field: {
            lang: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in words) + ")")
            for lang, words in by_lang.items()
            if words
        }
        for field, by_lang in fields.items()
    }
    measures = {lang: frozenset(fold(w) for w in words) for lang, words in data.get("measure_words", {}).items()}
    return Fields(terms, {a: tuple(fs) for a, fs in of_action.items()}, measures)


# a name of several capitalised words inside a sentence ('the Swedish Council for Higher Education'): an
# organisation's or a charter's name, not the field of education a question asks about
PROPER_NAME = re.compile(r"(?<=[\w,;:]\s)[A-ZÅÄÖ][\w-]+(?:\s+(?:for|of|and|in|för|och|voor|van|en)?\s*[A-ZÅÄÖ][\w-]+)+")


# a question on whether organisations may take part in the action ('take part', 'vara med', 'olla mukana', 'meedoen')
TAKES_PART = re.compile(
    r"\b(?:take part|taking part|participate|join|vara med|delta|gå med|medverka|olla mukana|mukaan|osallistu\w*"
    r"|meedoen|deelnemen|deelneemt|aansluiten)\b",
    re.IGNORECASE,
)


def other_field(
    question: str, language: str, actions: Iterable[str], fields: Fields | None = None, named_too: Iterable[str] = ()
) -> str | None:
    """The field of education the question asks about that its action's texts do not cover (None: none).
    `named_too`: the other actions the question names (one side of a comparison is answered for one action):
    a field of theirs is theirs, not one asked of this action."""
    fields = fields or load_fields()
    sentence = PROPER_NAME.sub(" ", question_sentence(question))
    named = fields.named(sentence, language)
    theirs = {f for action in named_too for f in fields.of_action.get(action, ())}
    for action in actions:
        own = set(fields.of_action.get(action, ()))
        if own and named and not named & (own | theirs):
            return min(named)
    return None


def guide_field_missed(
    question: str, language: str, titles: Iterable[tuple[str, str]], fields: Fields | None = None
) -> str | None:
    """The field of education the question asks about where every guide's title (`titles`: title and its
    language) names a field, none of them this one ('accreditation in vocational education' put to a guide
    'Erasmus accreditation in school education'): that field (None: the guides cover it, or say no field)."""
    fields = fields or load_fields()
    named = fields.named(question_sentence(question), language)
    if not named:
        return None
    own = [fields.named(title, title_language) for title, title_language in titles]
    if not own or not all(own) or named & set().union(*own):
        return None
    return min(named)


def asked_thing(question: str, language: str) -> str | None:
    """The head word of the thing a "what is the X ...?" question asks for, or None."""
    pattern = ASKED_THING.get(language)
    # 'mikä on X oikeastaan?': a filler is no part of the thing asked
    sentence = " ".join(w for w in question_sentence(question).split() if fold(w.strip("?!.,")) not in FILLERS)
    sentence = sentence if sentence.rstrip().endswith("?") else sentence + "?"
    match = pattern.search(sentence) if pattern else None
    if not match:
        return None
    phrase = next(g for g in match.groups() if g)
    words = phrase.split()
    while len(words) > 1 and fold(words[-1]) in WHEN_WORDS:  # 'what is the equivalent now?': 'now' is no thing
        words.pop()
    head = words[-1]
    # 'what is a knowledge alliance supposed to achieve?': the phrase is the subject of a verb, no thing asked
    return None if fold(head) in NOT_A_THING | VAGUE_THINGS else head


def vocabulary(texts: Iterable[str], language: str) -> frozenset[str]:
    """The stems of every word of `texts`, stemmed as `language`."""
    return frozenset(t for text in texts for t in tokens(text, language))


def is_known(word: str, language: str, known: frozenset[str]) -> bool:
    """Whether a word (or, for a compound, its head) is one the texts or the glossary use."""
    stems = tokens(word, language)
    if not stems:
        return True  # a stop word: nothing asked
    return all(s in known or any(s.endswith(k) for k in known if len(k) >= COMPOUND_HEAD_MIN) for s in stems)


def unknown_thing(
    question: str, language: str, known: frozenset[str], glossary_finds, fields: Fields | None = None
) -> str | None:
    """The thing a question asks for when no claim, quote or glossary term names it (None: known or not
    read). `glossary_finds(text)` gives the glossary's concepts in a text."""
    head = asked_thing(question, language)
    if head is None or any(ch.isdigit() for ch in head) or glossary_finds(head):
        return None
    if asks_comparison(head):  # 'the difference (in grant) between ...': what is compared follows
        return None
    if fold(head) in (fields or load_fields()).measures.get(language, frozenset()):
        return None
    return None if is_known(head, language, known) else head


_KNOWN: dict[tuple[int, int, str], frozenset[str]] = {}


def known_words(facts, glossary, language: str) -> frozenset[str]:
    """The stems (in `language`) of every word the claims state or quote, in any language, and of the
    glossary's terms for subjects the texts cover; built once per claims table, glossary and language."""
    key = (id(facts), id(glossary), language)
    if key not in _KNOWN:
        texts = [text for fact in facts for text in (*fact.statement.values(), *fact.quotes)]
        texts += [
            term.strip("~=*")
            for concept in glossary.concepts.values()
            if concept.kind != "other"
            for term in concept.all_terms()
        ]
        _KNOWN[key] = vocabulary(texts, language)
    return _KNOWN[key]


PLACING_TOPICS = {"eacea"}  # 'near the EACEA offices': where an everyday thing is, not what is asked


@lru_cache(maxsize=1)
def _everyday(path: Path = SCOPE_FILE) -> dict[str, frozenset[str]]:
    return {lang: frozenset(fold(w) for w in words) for lang, words in read_json(path).get("everyday", {}).items()}


@lru_cache(maxsize=1)
def _tasks(path: Path = SCOPE_FILE) -> frozenset[str]:
    return frozenset(fold(w) for words in read_json(path).get("tasks", {}).values() for w in words)


def asks_other_task(question: str) -> bool:
    """'Tell me a joke about teachers', 'skriv en dikt om Erasmus': a request of another kind than a question on
    the texts (scope.json 'tasks', in any of the four languages), whatever it is about."""
    asked = fold(question_sentence(question))
    return (
        bool(set(re.findall(r"\w+", asked)) & _tasks())
        or bool(WRITING.search(asked))
        or bool(INVENTING.search(asked) and NAMING.search(asked))
    )


# a request to write a message of the asker's own ('Kan du skriva ett kort mejl på franska till vår partner?', 'draft
# an e-mail to our partners', 'kirjoita lyhyt viesti', 'schrijf een mailtje'; folded): no question on the texts
WRITING = re.compile(
    r"\b(?:write|draft|compose|skriv|skriva|formulera|kirjoita\w*|laadi\w*|schrijf|schrijven|opstellen)\s+"
    r"(?:me\s+|mig\s+|us\s+|oss\s+|minulle\s+|ons\s+|mij\s+)?(?:a|an|ett|en|een|yksi)?\s*"
    r"(?:short|quick|brief|kort|kortare|lyhyt|lyhyen|korte|kort)?\s*"
    r"(?:e-?mail\w*|mail\w*|mejl\w*|e-post\w*|letter|brev\w*|message|meddelande\w*|reply|svar|invitation|inbjudan"
    r"|sahkoposti\w*|viesti\w*|kirje\w*|brief|bericht\w*|uitnodiging\w*|mailtje)\b"
    # (the Dutch verb last: 'Kun je een korte mail schrijven?')
    r"|\been\s+(?:korte\s+)?(?:e-?mail|mail|mailtje|brief|bericht|uitnodiging)\b.{0,60}\b(?:schrijven|opstellen)\b"
)


# a request to invent a name, a title or a slogan for the asker's project ('Kun je een pakkende projectnaam voor ons
# verzinnen?', 'suggest an acronym for our project', 'keksi hankkeelle nimi'; folded): no question on the texts
INVENTING = re.compile(
    r"\b(?:come up with|think of|think up|suggest|invent|brainstorm|hitta pa|komma pa|foresla|fundera ut|keksi\w*"
    r"|ehdota\w*|ideoi\w*|verzin\w*|bedenk\w*|voorstellen)\b"
)
NAMING = re.compile(
    r"(?:\b(?:name|names|title|acronym|slogan|logo|tagline|titel\w*|akronym\w*|acroniem\w*|otsikko\w*)\b"
    r"|(?:naam|namen|namn|namnet|nimi|nimen|nimea|nimeksi)\b)"
)


# a request to translate ('translate ... into Finnish', 'översätt', 'käännä', 'vertaal'; folded)
TRANSLATE = re.compile(
    r"(?<!\w)(?:translat\w*|oversatt\w*|oversatta|kaanna\w*|kaannos\w*|vertaal\w*|vertal\w*|vertaling\w*)"
)
# the words asked to be translated, between quotation marks of any of the four languages' styles
TRANSLATED = re.compile(r"[\"“”„«»‘’']([^\"“”„«»‘’']{2,200})[\"“”«»‘’']")


def asks_translation(question: str, glossary) -> bool:
    """'Can you translate our tagline "Code that cares" into Finnish?': a request to translate words that name
    nothing the guidance speaks of (a term of the guidance quoted, 'what is "lump sum" in Swedish?', is a question on
    its name, which the texts may answer); no question on the texts, whatever the chat was about."""
    if not TRANSLATE.search(fold(question_sentence(question))):
        return False
    quoted = TRANSLATED.findall(question)
    return bool(quoted) and not any(glossary.find(q) for q in quoted)


def asks_everyday_thing(question: str, language: str, glossary) -> bool:
    """'Any good restaurants near the EACEA offices?': the question speaks of an everyday thing no guidance text
    covers (scope.json 'everyday') and of no guidance topic (an agency or an action named is none: it places
    the thing; 'may the grant pay for hotels?' asks about the grant)."""
    words = set(re.findall(r"\w+", fold(question_sentence(question))))
    if not words & _everyday().get(language, frozenset()):
        return False
    return not any(glossary.concepts[c].kind == "topic" and c not in PLACING_TOPICS for c in glossary.find(question))


@lru_cache(maxsize=1)
def _never_covered(path: Path = SCOPE_FILE) -> dict[str, re.Pattern]:
    patterns = {}
    for lang, words in read_json(path).get("never_covered", {}).items():
        alternatives = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
        if alternatives:
            patterns[lang] = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    return patterns


def asks_never_covered(question: str, language: str) -> bool:
    """'Do I pay tax on the grant?', 'What is the address of EACEA?': the asking sentence speaks of a thing near
    Erasmus+ no bundled text covers (scope.json 'never_covered'), whatever guidance topic it names beside it."""
    pattern = _never_covered().get(language)
    return bool(pattern and pattern.search(fold(question_sentence(question))))


def beyond_texts(question: str, language: str, actions: Iterable[str], facts, glossary) -> bool:
    """True when the question asks for a thing no claim or glossary term names, about an everyday thing and no
    guidance topic, or about its action in a field of education the action's texts do not cover."""
    # whether organisations of a field may take part in the action named ('Voiko siinä olla mukana nuorisoalan
    # järjestöjä?', 'Can a university take part?') asks of the action's own texts, which may let them (cross-sectoral
    # projects): the field names the organisations asked about
    takes_part = bool(TAKES_PART.search(question_sentence(question)))
    if not takes_part and other_field(question, language, actions, named_too=glossary.actions(question)):
        return True
    if asks_everyday_thing(question, language, glossary) or asks_other_task(question):
        return True
    if asks_translation(question, glossary):
        return True
    return unknown_thing(question, language, known_words(facts, glossary, language), glossary.find) is not None


# "how many ... at most?": a count asked as a maximum; "at most 700 000 euro" is a sum, not a count
MAXIMUM_COUNT = {
    lang: re.compile(marks_optional(pattern), re.IGNORECASE)
    for lang, pattern in {
        "en": r"\bhow many\b.*\b(?:at (?:the )?most|maximum|max)\b|\b(?:maximum|max)(?:imum)? number\b"
        r"|\b(?:upper limit|limit|cap|ceiling) (?:on|to|for) the number\b",
        "sv": r"\bhur många\b.*\b(?:högst|max|maximalt|som mest|som högst)\b|\bhögsta antal|\bmaximalt antal"
        r"|\bmax antal|\bövre gräns för antal|\btak för antal",
        "nl": r"\bhoeveel\b.*\b(?:maximaal|hoogstens|ten hoogste|max)\b|\bmaximale aantal|\bmaximum aantal"
        r"|\bbovengrens (?:aan|voor|op) het aantal",
        "fi": r"\b(?:kuinka monta|montako)\b.*\b(?:enintään|korkeintaan|maksimissaan|enimmillään)\b|\benimmäismäärä"
        r"|\byläraja\w*\s+(?:\w+\s+)?(?:määrälle|lukumäärälle|määrään|lukumäärään)",
    }.items()
}
STATES_MAXIMUM = re.compile(r"\b(?:at most|up to|maximum|no more than)\b", re.IGNORECASE)
# an upper bound in a sentence of any of the four languages (folded)
SAYS_MAXIMUM = re.compile(
    r"\b(?:at most|up to|maximum|no more than|not more than|limited to|exceed\w*|hogst\w*|max\w*|upp till|som mest"
    r"|overstig\w*|enintaan|korkeintaan|enimmais\w*|korkein\w*|ylit\w*|maksimi\w*|maximaal|maximale|hoogstens"
    r"|ten hoogste|niet meer dan|hoogste|overschrijd\w*)\b"
)


# an upper limit said without a figure ('There is no upper limit on the number of partners'), folded
UPPER_LIMIT = re.compile(
    r"\b(?:upper limit|no limit|not limited|ovre grans\w*|ingen grans|ylaraja\w*|ei rajoitettu|bovengrens\w*"
    r"|geen limiet|niet beperkt)\b"
)
# the units a maximum may be of that are no count of organisations, people or projects: 'Maximum points: 20',
# 'up to EUR 400,000', 'at most 36 months', 'maximaal 20%'
MEASURES = frozenset({"points", "euro", "percent", "hour", "day", "week", "month", "year", "credits", "age"})
# 'only' before a figure bounds a count too ('may submit only one application'; folded)
ONLY = re.compile(r"\b(?:only|endast|bara|enbart|vain|ainoastaan|alleen|slechts)\b")
ONE = re.compile(r"one|single|ett|en|enda|yksi|yhden|yhta|yhteen|een|enkele")
MAXIMUM_WINDOW = 5  # words after an upper bound's cue that say what it bounds ('a maximum of EUR 400 000')


def states_maximum_count(sentence: str) -> bool:
    """Whether a sentence states an upper limit on a count ('at most 10 partners', 'no more than two projects',
    'no upper limit on the number of partners'), not on points, money, time or a share: 'Maximum points: 20' does
    not answer 'Is there a maximum number of partners?'."""
    folded = fold(sentence)
    if UPPER_LIMIT.search(folded):
        return True
    cues = [*SAYS_MAXIMUM.finditer(folded), *ONLY.finditer(folded)]
    for cue in cues:
        words = folded[cue.end() :].split()[:MAXIMUM_WINDOW]
        figure = next((i for i, word in enumerate(words) if FIGURE.search(word)), None)
        if cue.re is ONLY:
            # 'only' bounds a count when a figure follows ('only one application per organisation')
            figure = 0 if words and ONE.fullmatch(words[0]) else figure
            if figure is None:
                continue
        # what is bounded: up to the figure and the word after it, or the words after the cue when none is given
        said = words if figure is None else words[: figure + 2]
        before = folded[max(0, cue.start() - 20) : cue.start()]  # 'EUR 400 000 at most'
        measured_before = FIGURE.search(before) and units_named(before) & MEASURES
        # 'enimmäispisteet', 'maksimiavustus': a compound of the cue and a measure
        if not (_compounds_measure(cue.group()) or units_named(" ".join(said)) & MEASURES or measured_before):
            return True
    return False


# a year, a date's day or a percentage: figures that count nothing ('Na vier jaar', '1 september', '80%')
NOT_COUNTED = re.compile(r"(?:19|20)\d\d|\d+(?:[.,]\d+)+|\d+%")
MONEY_BEFORE = {"eur", "€", "euro", "sek", "kr"}
A_DATE_AFTER = re.compile(r"(?:" + "|".join(sorted(set(MONTHS), key=len, reverse=True)) + r")\b")


# pages counted ('how many pages may Part B have'): a length of a document, no count of organisations or people
COUNT_CUE = re.compile(
    r"(?<!\w)(?:how many|hur manga|kuinka monta|montako|hoeveel|number of|antal(?:et)?|aantal|maara\w*)(?!\w)"
)
COUNTED_WORDS = 3  # the words after them naming what is counted
PAGES = re.compile(r"(?<!\w)(?:pages?|sid(?:a|or|orna)|sivu\w*|pagina\w*)(?!\w)")


def counts_things(question: str) -> bool:
    """Does a question asking how many count things (organisations, people, projects, degrees), not hours, months,
    points, pages or a share ('How many hours a week ...', 'Kuinka monta pistettä ...', 'hoeveel procent ...')? What
    is counted follows the words asking how many ('ett minsta antal gemensamma examina ... under de fyra åren' counts
    degrees; the years are when)."""
    folded = fold(question).lower()
    cue = COUNT_CUE.search(folded)
    counted = " ".join(folded[cue.end() :].split()[:COUNTED_WORDS]) if cue else folded
    return not (units_named(counted) & (MEASURES | {"date"}) or PAGES.search(counted) or "procent" in counted)


def states_count(sentence: str) -> bool:
    """Whether a sentence states how many of something there are or must be ('ten minste drie
    hogeronderwijsinstellingen', 'six organisations', 'minst tre'): a figure that is no year, sum, share or length
    of time ('Na vier jaar ...', 'EUR 400.000 per jaar' count nothing)."""
    words = fold(sentence).lower().split()
    for i, word in enumerate(words):
        bare = word.strip(".,;:()!?\"'“”")
        if not FIGURE.fullmatch(bare) and not bare.isdigit() or NOT_COUNTED.fullmatch(bare):
            continue
        before = words[i - 1].strip(".,;:()") if i else ""
        after = " ".join(words[i + 1 : i + 3])
        if before in MONEY_BEFORE or units_named(after) & MEASURES or re.match(r"(?:eur|€|%|procent)", after):
            continue
        if A_DATE_AFTER.match(after):
            continue
        return True
    return False


def _compounds_measure(word: str) -> bool:
    """A compound of an upper bound and a measure ('enimmaispisteet', folded): its longer stems inside it."""
    return any(stem in word[4:] for unit in MEASURES for stem in UNIT_STEMS[unit] if len(stem) >= 4)


def asks_maximum_count(question: str, language: str) -> bool:
    """Whether the sentence that asks wants the largest number allowed ('Hoeveel ... mogen maximaal ...?')."""
    pattern = MAXIMUM_COUNT.get(language)
    return bool(pattern and pattern.search(question_sentence(question)))


# the least sum asked ('the minimum grant', 'ett minsta bidrag', 'pienin avustus', 'de minimale subsidie')
MINIMUM_AMOUNT = re.compile(
    r"\b(?:minimum|minimal|lowest|smallest|least|minsta|lägsta|minimi\w*|pienin|pienimmän|vähimmäis\w*"
    r"|minimale?|laagste|kleinste)\b",
    re.IGNORECASE,
)
STATES_MINIMUM = re.compile(r"\b(?:at least|minimum|no less than|from)\b", re.IGNORECASE)


# the longest time asked ('how long can it last at most?', 'kuinka pitkä se saa enimmillään olla?', 'hur länge får den
# pågå som längst?', 'hoe lang mag die maximaal duren?'); a claim whose figure is a range or an upper bound gives it,
# one with a lower bound only ('long-term staff mobility (more than 2 months)') does not
MAXIMUM_TIME = re.compile(
    r"\b(?:at (?:the )?most|maximum|max|longest|enimmillään|enimmillaan|korkeintaan|enintään|enintaan|pisimmillään"
    r"|pisimmillaan|högst|hogst|som längst|som langst|maximalt|maximaal|hoogstens|langst|maximum duur)\b",
    re.IGNORECASE,
)
STATES_RANGE = re.compile(r"\b\d+\s*(?:to|or|–|-)\s*\d+\b")


def asks_maximum_time(question: str) -> bool:
    """Whether the sentence that asks wants the longest time allowed."""
    return bool(MAXIMUM_TIME.search(question_sentence(question)))


def gives_maximum_time(statement_en: str) -> bool:
    """Whether a claim's (English) statement bounds a time from above: an upper bound or a range."""
    return gives_maximum(statement_en) or bool(STATES_RANGE.search(statement_en))


def asks_minimum_amount(question: str) -> bool:
    """Whether the sentence that asks wants the least sum ('Is there a minimum grant?')."""
    return bool(MINIMUM_AMOUNT.search(question_sentence(question)))


def gives_minimum(statement_en: str) -> bool:
    """Whether a claim's (English) statement gives a lower bound."""
    return bool(STATES_MINIMUM.search(statement_en))


def gives_maximum(statement_en: str) -> bool:
    """Whether a claim's (English) statement gives an upper bound."""
    return bool(STATES_MAXIMUM.search(statement_en))


# an amount asked as a rate: per day, week, month or hour, or per participant (folded text). A total
# ('at most 700 000 euro for a two-year project') does not answer it; a year is left out, as a total per
# year is often what a text gives
RATES = {
    "month": r"per (?:month|manad|maand|kuukausi)|a month|monthly|(?:i|om|varje) manaden|manadsvis|manatlig"
    r"|manads(?:bidrag|ersattning|stipendi\w*|belopp)\w*|maand(?:beurs|bedrag|toelage)\w*"
    r"|kuukaudessa|kuukausittai\w*|kuukausituki|kuukausiraha|maandelijks\w*|in de maand|per kalendermaand"
    r"|kuukautta (?:kohden|kohti)",
    "week": r"per (?:week|vecka)|a week|weekly|(?:i|om|varje) veckan|viikossa|viikoittai\w*|wekelijks\w*",
    # ('per reisdag', 'per resdag', 'matkapäivältä': per day of travel)
    "day": r"per (?:day|dag|dygn|paiva|reisdag|resdag|travel day)|a day|daily"
    r"|(?:i|om) dagen|paivassa|paivalta|matkapaivalta|paivaraha\w*|dagelijks\w*"
    r"|dagvergoeding\w*|dagtraktamente|dagtarie\w*|dagbedrag\w*|dagtaxa\w*|paivahinta\w*|paivataksa\w*"
    r"|paivaa (?:kohden|kohti)",
    "hour": r"per (?:hour|timme|uur|tunti)|an hour|hourly|i timmen|timpris|tunnissa|tuntihin\w*|tuntipalk\w*"
    r"|uurtarie\w*|uurloon",
    "participant": r"per (?:participant|person|student|learner|deltagare|person|studerande|deelnemer|persoon|"
    r"student|leerling|osallistuja|henkilo)|(?:osallistujaa|henkea|henkiloa|opiskelijaa) (?:kohden|kohti)"
    r"|each participant|(?:per|varje|för varje) deltagare|per capita",
    # a sum for each partner of a consortium ('een minimum- of maximumbedrag per partner?'), not for the project
    "partner": r"per (?:\w+ )?(?:partner|organisation|organization|organisatie|organisaatio|partnerorganisation\w*"
    r"|partnerorganisatie\w*)|(?:kumppania|organisaatiota) (?:kohden|kohti)"
    # ('is there a fixed sum that each partner institution receives?', 'hur fördelas bidraget mellan partnerna?')
    r"|(?:sum|amount|share|money|grant|budget|summa|belopp|andel|pengar|bidrag|bedrag|deel|geld|subsidie|osuus|raha"
    r"|avustu)\w* (?:\w+ ){0,3}(?:each|every|varje|elke|iedere|jokainen|jokaiselle) (?:\w+ )?(?:partner|kumppan)\w*"
    r"|(?:each|every|varje|elke|iedere|jokainen|jokaiselle) (?:\w+ )?(?:partner|kumppan)\w*(?: \w+){0,2} "
    r"(?:receive|get|is paid|is given|far|saa|krijgt|ontvangt)\w*"
    r"|(?:far|gets?|receives?|saa|krijgt|ontvangt) (?:\w+ )?(?:each|every|varje|elke|iedere|jokainen) (?:\w+ )?"
    r"(?:partner|kumppan)\w*"
    r"|(?:for|to|till|voor|kohden) (?:each|every|varje|elke|iedere) (?:\w+ )?(?:partner|kumppan)\w*"
    r"|(?:divided|split|shared|distributed) (?:\w+ ){0,2}(?:between|among|amongst) (?:the )?partners"
    r"|(?:fordela\w*|delas) (?:\w+ ){0,2}mellan (?:\w+ )?partner\w*"
    r"|(?:verdeeld|verdelen|verdeling) (?:\w+ ){0,2}(?:over|tussen|onder) (?:de )?partners"
    r"|kumppaneiden (?:kesken|valilla)|jaetaan (?:\w+ ){0,2}kumppan\w*",
}
# a rate written with a slash after the sum ('700 euro/mån', '79 EUR/day', '56 €/pv'; folded), where no word boundary
# stands before the unit
SLASHED = {
    "month": r"month|mo|manad|man|maand|mnd|kk|kuukausi",
    "week": r"week|wk|vecka|viikko|vko",
    "day": r"day|dag|dygn|paiva|pv|vrk",
    "hour": r"hour|h|timme|tim|uur|tunti",
    "participant": r"participant|person|deltagare|deelnemer|osallistuja|hlo",
    "partner": r"partner|organisation|organization|organisatie",
}
_RATE_PATTERNS = {
    unit: re.compile(rf"(?:(?<!\w)(?:{words})|/\s?(?:{SLASHED[unit]}))(?!\w)") for unit, words in RATES.items()
}


def asked_rate(question: str) -> str | None:
    """The rate an amount is asked at ('how much a month', 'paljonko päivässä', 'per deelnemer'), or None."""
    folded = fold(question_sentence(question))
    return next((unit for unit, pattern in _RATE_PATTERNS.items() if pattern.search(folded)), None)


def asked_rates(question: str) -> frozenset[str]:
    """Every rate the asking sentence names ('besides the normal daily support, how much per participant?')."""
    folded = fold(question_sentence(question))
    return frozenset(unit for unit, pattern in _RATE_PATTERNS.items() if pattern.search(folded))


def gives_rate(texts: Iterable[str], unit: str) -> bool:
    """Whether any of the texts states something at that rate."""
    return any(_RATE_PATTERNS[unit].search(fold(text)) for text in texts)


@lru_cache(maxsize=1)
def _current_period(path: Path = SCOPE_FILE) -> dict[str, re.Pattern]:
    words = read_json(path).get("current_period", {})
    return {
        lang: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in terms) + ")")
        for lang, terms in words.items()
        if terms
    }


def asks_current_period(question: str, language: str) -> bool:
    """Whether the question asks about the programme in force ('which action of the current programme')."""
    pattern = _current_period().get(language)
    return bool(pattern and pattern.search(fold(question)))


def current_period(periods: set[str], year: int) -> str:
    """The programme period in force in `year` among `periods` ('2021-2027' in 2026): the one containing the
    year, else the latest that has begun, else the earliest; '' when there is none. A library may hold a
    future period's texts (drafts, the next Programme Guide), which are not 'the current programme'."""
    spans = []
    for period in periods:
        try:
            start, end = (int(p) for p in period.split("-"))
        except ValueError:
            continue
        spans.append((start, end, period))
    if not spans:
        return ""
    inside = [s for s in spans if s[0] <= year <= s[1]]
    begun = [s for s in spans if s[0] <= year]
    return max(inside or begun or [min(spans)])[2]


# a guide saying what it does not cover ('... form Lot 2 and are outside the scope of this guide'); the guide
# itself is what does not cover it: 'the grant does not cover the purchase of land' and 'costs not covered by
# the grant' are rules the guide states, 'the travel support does not cover 70% of the cost' a case it answers
_GUIDE = r"(?:guide|document|call|page|text|handbook|publication|chapter|section|brochure)"
OUT_OF_SCOPE = re.compile(
    r"outside (?:the )?scope|not covered (?:by|in) this|(?:is|are) not covered(?:\s*(?:here|in this|by this)|\s*[.;]|$)"
    rf"|(?:this|the|these|present) {_GUIDE}s? (?:\w+ ){{0,2}}(?:does|do) not (?:cover|deal with|describe)"
    rf"|\bnor (?:does|do) (?:this|the|these|it) (?:{_GUIDE}s? )?(?:cover|deal with|describe)"  # 'Nor does this guide cover'
    r"|^(?:it|this) (?:does|do) not (?:cover|deal with|describe)"  # 'It does not cover ...', said of the guide
    r"|utanför (?:denna|den här|vägledningens|ramen)"
    r"|(?:omfattas|täcks|behandlas) inte (?:av|i) (?:denna|den här|vägledningen|guiden|handboken|texten)"
    r"|(?:vägledningen|guiden|handboken|texten) (?:omfattar|täcker|behandlar|handlar) inte"
    r"|(?:omfattar|täcker|behandlar) (?:vägledningen|guiden|handboken|texten) inte"
    # (Finnish of the guide itself: 'Määräajan jälkeen lähetettyjä hakemuksia ei käsitellä' is a rule, no scope)
    r"|(?:ohje|opas|ohjeessa|oppaassa|tässä)\s+(?:\w+\s+)?(?:ei|eivät)\s+(?:käsitellä|käsittele|kuvata|kata)"
    r"|ei käsitellä (?:tässä|ohjeessa|oppaassa)|(?:ei|eivät) kuulu (?:tämän )?(?:ohjeen|oppaan) piiriin"
    r"|rajautuu ulkopuolelle|(?:ohjeen|oppaan) ulkopuolelle"
    r"|valt buiten|vallen buiten|niet (?:behandeld|besproken) in|\b(?:gaat|gaan) niet over\b"
    # the guide sends the subject to another text: 'is the subject of a separate guide and is not described here'
    r"|(?:is|are) not described (?:here|in this)|subject of a separate|in a separate guide"
    r"|beskrivs inte (?:här|i denna)|i en separat vägledning|wordt hier niet beschreven|in een aparte handleiding"
    r"|ei kuvata tässä|erillisessä oppaassa",
    re.IGNORECASE,
)


def says_out_of_scope(sentence: str) -> bool:
    """Does the sentence place something outside the document's scope? One introducing a list ('De volgende
    activiteiten en kosten vallen buiten CB Youth:') lists what is excluded, which is what a question on it asks."""
    return bool(OUT_OF_SCOPE.search(sentence)) and not sentence.rstrip().endswith(":")
