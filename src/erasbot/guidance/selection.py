"""Choosing what an answer states and quotes: scoring sentences and facts against a question.

Pure: a question's concepts, words and the sentences' similarity to it go in; scores come out.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from erasbot.forms import asking_part, asks_comparison, asks_yes_no, without_comparison
from erasbot.guidance.action_parts import load_action_parts
from erasbot.guidance.added_asks import strict_side
from erasbot.guidance.corpus import BULLET, is_bullet, split_sentences
from erasbot.guidance.facts import Fact
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.reading.model import row_kind
from erasbot.guidance.retrieval import Hit, Query, programme_name
from erasbot.guidance.yes_lead import ORGANISATION_KINDS
from erasbot.text import fold

SIMILARITY_WEIGHT = 2.0

CANDIDATE_PASSAGES = 5
SUM_CONCEPTS = {"grant", "lump-sum"}
COMPOUNDING = {"sv", "fi", "nl"}  # languages writing compounds as one word
ADDED_PASSAGES = 12  # an added document's passages whose sentences are scored

FOCUS_FACTOR = 3.0

FOCUS_FACT_BONUS = 4.0

TOP_ACTION_BONUS = 1.0

ANSWERS_BONUS = 5.0  # a fact that gives the very figure asked for (count, duration, amount)

UNITS = {
    "amount": r"euro|eur\b|€|miljon|miljoen|miljoon|%|procent|percent|per cent|prosent",
    "duration": r"år|månad|jaar|maand|vuo|kuukau|year|month|dag|päiv|day|week|wek|veck|viiko",
}
ASPECT_BONUS = 3.0  # a claim about the very aspect the question's words ask for (aims, sectors, ...)

LIST_BONUS = 3.0  # a whole list for a "which ...?" question

OWN_WORDS_WEIGHT = 3.0  # the question's own words in a claim's statement in the asker's language
SPECIFIC_WEIGHT = 4.0  # the question's rarer words said by the claim's statement (specific_shares)
SPECIFIC_GATE = 0.45  # a claim saying this share of them is a candidate whatever its topics
SPECIFIC_SMOOTHING = 2.0
NAMED_ALIKE_BONUS = 2.0  # a claim naming the action with the question's own words (named_alike)
OBLIGATION_BONUS = 3.5  # what must be done, asked: a claim saying what is required, over one saying what may be
# what must be ('vad måste projektet ta fram?', 'what do we have to produce?', 'mitä hankkeen pitää tuottaa?')
ASKS_OBLIGATION = re.compile(
    r"\b(?:must|have to|has to|required|mandatory|compulsory|obliged|maste|kravs|obligatorisk\w*|moet|moeten|"
    r"verplicht\w*|vereist|pitaa|taytyy|vaaditaan|pakollis\w*|edellytetaan)\b"
)
STATES_OBLIGATION = re.compile(
    r"\b(?:must|required|requires|have to|has to|mandatory|compulsory|maste|kravs|kraver|obligatorisk\w*|moet|"
    r"moeten|vereist|verplicht\w*|pitaa|taytyy|vaaditaan|vaatii|edellytetaan|pakollis\w*"
    # part of every project ('is part of every action and so of every partnership project', 'ingår i alla ... varje',
    # 'kuuluu kaikkiin toimintoihin ja siten jokaiseen', 'hoort bij elk'): required of each
    r"|(?:is )?part of every|ingar i (?:alla|varje)|kuuluu (?:\w+ )?(?:kaikkiin|jokaiseen)|hoort bij (?:elk|alle)"
    r"|maakt deel uit van (?:elk|alle))\b"
)
NAMED_MIN_CHARS = 12
NAMED_MAX_CLAIMS = 4

EVIDENCE = {
    # sums (EUR 400, 1 000 000 euro, €79), shares of a grant (40 %), per month or per day included
    "amount": re.compile(rf"\d[\d\s.,]*\s*(?:{UNITS['amount']})|(?:€|\beur\b|\beuro\b)\s*\d", re.IGNORECASE),
    # years, months, weeks and days, as figures or words, ranges included ('5 to 30 days', '6–24 månader')
    "duration": re.compile(
        r"\b(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|yksi"
        r"|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|one|two|three|four|five|six|seven|eight"
        r"|nine|ten)\b[\s\-–]*"
        r"(?:(?:till|tot|eller|of|or|to|-|–)\s*(?:\d+|två|tre|fyra|twee|drie|vier|kaksi|kolme|two|three|four)\s*)?"
        rf"(?:{UNITS['duration']})"
        # a span of months or years named by their numbers ('months 1 to 24', 'maanden 25 tot 48'); days so named
        # are not a duration but the days a rate applies to ('per day (days 1 to 14)')
        r"|\b(?:month|månad|maand|kuukau|year|år|jaar|vuo)\w*\s+\d+\s*(?:till|tot|to|-|–)\s*\d+\b",
        re.IGNORECASE,
    ),
    # a number of organisations, partners, participants, ECTS credits
    # (at most, or a number word: 'enintään kahta lyhytkestoista hanketta', 'högst två projekt')
    "count": re.compile(
        r"\b(?:minst|minimum|minstens|ten minste|vähintään|at least|\d+|högst|at most|up to|maximum|maximaal|hoogstens"
        r"|ten hoogste|enintään|korkeintaan|two|three|four|five|six|två|tre|fyra|fem|sex|twee|drie|vier|vijf|zes"
        r"|kaksi|kahta|kolme|kolmea|neljä|neljää|viisi|viittä|kuusi|kuutta"
        # ('PIC-numret består av nio siffror')
        r"|seven|eight|nine|ten|twelve|sju|åtta|nio|tio|tolv|zeven|acht|negen|tien|twaalf|seitsemän|seitsemää"
        r"|kahdeksan|kahdeksaa|yhdeksän|yhdeksää|kymmenen|kymmentä)\b",
        re.IGNORECASE,
    ),
}


def sentence_score(
    sentence: str, lang: str, query: Query, glossary: Glossary, weights: dict[str, float], heading: str = ""
) -> float:
    """How well one sentence answers: the question's topics it and its heading mention (rarer ones weigh
    more) and the words it shares with the question."""
    topics = [c for c in query.concepts if glossary.concepts[c].kind == "topic"]
    # 'what kinds of results': the question is about results; 'kinds' only qualifies them
    topics = [c for c in topics if not glossary.concepts[c].qualifier] or topics
    concept_score = sum(topic_weight(c, query, weights) for c in topics if glossary.occurs(c, sentence))
    if heading:
        concept_score += 0.5 * sum(topic_weight(c, query, weights) for c in topics if glossary.occurs(c, heading))
    words = set(tokens(sentence, lang))
    asked_words = set(query.focus_tokens)
    overlap = len(words & asked_words) / (1 + len(asked_words)) if words else 0.0
    return concept_score + 2.0 * overlap


@lru_cache(maxsize=256)
def _own_tokens(question: str, lang: str, glossary: Glossary) -> frozenset[str]:
    return frozenset(t for t in tokens(glossary.without_actions(question), lang) if not programme_name(t))


def own_words(text: str, query: Query, glossary: Glossary) -> float:
    """The share of the question's own words (without the action's name) that a text in its language uses."""
    asked_words = _own_tokens(query.text, query.language, glossary)
    if not asked_words:
        return 0.0
    return len(set(tokens(text, query.language)) & asked_words) / (1 + len(asked_words))


_STATEMENT_STEMS: dict[tuple[int, str, bool], dict[str, frozenset[str]]] = {}
STEM_PREFIX = 5  # Finnish and Dutch endings: 'liikkuvuutta' and 'liikkuvuus' are one word


def _statement_stems(facts: tuple[Fact, ...], lang: str, sourced: bool = False) -> dict[str, frozenset[str]]:
    key = (id(facts), lang, sourced)
    if key not in _STATEMENT_STEMS:
        _STATEMENT_STEMS[key] = {f.id: frozenset(tokens(said(f, lang, sourced), lang)) for f in facts}
    return _STATEMENT_STEMS[key]


_STEM_INDEX: dict[tuple[int, str, bool], tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]] = {}


def _stem_index(
    facts: tuple[Fact, ...], lang: str, sourced: bool = False
) -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """The statements' words the other way round: per word, the claims saying it; per first STEM_PREFIX
    letters, the words starting so (only such words can be _same_word as a word of that length or more)."""
    key = (id(facts), lang, sourced)
    if key not in _STEM_INDEX:
        claims: dict[str, set[str]] = {}
        for fid, said in _statement_stems(facts, lang, sourced).items():
            for stem in said:
                claims.setdefault(stem, set()).add(fid)
        prefixed: dict[str, list[str]] = {}
        for stem in claims:
            if len(stem) >= STEM_PREFIX:
                prefixed.setdefault(stem[:STEM_PREFIX], []).append(stem)
        _STEM_INDEX[key] = (
            {stem: frozenset(ids) for stem, ids in claims.items()},
            {prefix: tuple(stems) for prefix, stems in prefixed.items()},
        )
    return _STEM_INDEX[key]


def _claims_saying(word: str, facts: tuple[Fact, ...], lang: str, sourced: bool) -> set[str]:
    """The claims whose statement says the word (the same word, or one with another ending)."""
    claims, prefixed = _stem_index(facts, lang, sourced)
    alike = {word} | {s for s in prefixed.get(word[:STEM_PREFIX], ()) if _same_word(word, s)}
    return {fid for stem in alike for fid in claims.get(stem, ())}


# The source a statement opens with ('According to the Finnish national agency, ...', 'Opetushallituksen
# mukaan ...'): says where the claim comes from, not what it says
ATTRIBUTION = {
    "en": re.compile(r"^according to [^,]{3,60},\s*", re.IGNORECASE),
    "sv": re.compile(r"^enligt (?:den |det )?\w+ nationella \w+\s*", re.IGNORECASE),
    "fi": re.compile(r"^\w+ mukaan\s*", re.IGNORECASE),
    "nl": re.compile(r"^volgens (?:het |de )?\w+ nationale \w+,?\s*", re.IGNORECASE),
}
# A question naming the source it asks about ('according to the Finnish agency', 'Opetushallituksen sivun mukaan')
ASKS_SOURCE = re.compile(r"\b(?:according to|enligt|mukaan|volgens)\b", re.IGNORECASE)


def said(fact: Fact, lang: str, sourced: bool = False) -> str:
    """The claim's statement in the language, without the source it opens with unless `sourced` (the question
    names a source): 'do we apply to the Finnish or the Swedish agency?' names an agency, not the Finnish
    agency's page."""
    statement = fact.statement.get(lang, fact.statement["en"])
    pattern = ATTRIBUTION.get(lang if lang in fact.statement else "en")
    return statement if sourced or pattern is None else pattern.sub("", statement)


def asks_source(text: str) -> bool:
    return bool(ASKS_SOURCE.search(text))


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    k = max(STEM_PREFIX, min(len(a), len(b)) - 1)
    return abs(len(a) - len(b)) <= 3 and len(a) >= k and len(b) >= k and a[:k] == b[:k]


def asked_text(query: Query, glossary: Glossary) -> str:
    """The words a question asks with: its asking sentence, unless that names no topic and so leans on the
    context before it ('We are the only regulatory body and already in one alliance. Can we join a second
    one?'), when it is the whole question."""
    asking = asking_part(query.text)
    if asking != query.text.strip() and any(glossary.concepts[c].kind == "topic" for c in glossary.find(asking)):
        return asking
    return query.text


# ways of saying 'by ourselves' or 'mainly' whose words say nothing asked ('helt på egen hand': no 'hand' of 'i första
# hand' or 'handledning'; 'op eigen houtje', 'omin päin')
IDIOMS = re.compile(
    r"\b(?:(?:helt |alldeles )?på egen hand|i första hand|(?:all )?(?:on|by) (?:our|their|my|its) own|op eigen "
    r"(?:houtje|initiatief)|in de eerste plaats|(?:ihan )?omin päin|omin avuin|ensisijaisesti"
    # and the words giving an example ('zoals handleidingen', 'till exempel', 'esimerkiksi'): the example is asked
    r"|such as|for example|for instance|e\.g\.|till exempel|exempelvis|t\.ex\.|såsom|esimerkiksi|esim\.|kuten"
    r"|zoals|bijvoorbeeld|bv\.)(?!\w)",
    re.IGNORECASE,
)


def specific_shares(facts: tuple[Fact, ...], query: Query, glossary: Glossary) -> dict[str, float]:
    """Per claim, the share by rarity of the question's own words that its statement in the asker's language
    says: 1.0 when it says every specific thing asked ('staff mobility', 'budget for'). The question's own
    words are those of its asking sentence without the action's name; a word's rarity is log(claims /
    claims saying it), so 'project', which many claims say, weighs little, and a word no claim says, nothing."""
    sourced = asks_source(query.text)
    stems = _statement_stems(facts, query.language, sourced)
    asking = without_comparison(asked_text(query, glossary))
    plain = glossary.without_concepts(glossary.without_question_words(IDIOMS.sub(" ", asking)))
    asked = {t for t in tokens(plain, query.language) if not programme_name(t)}
    saying = {w: _claims_saying(w, facts, query.language, sourced) for w in asked}
    rarity = {w: math.log((1 + len(stems)) / len(ids)) for w, ids in saying.items() if ids}
    total = sum(rarity.values())
    if total <= 0:
        return {}
    total += SPECIFIC_SMOOTHING  # one or two words alone say less about what is asked than several
    shares: dict[str, float] = {}
    for w, ids in saying.items():
        for fid in ids:
            shares[fid] = shares.get(fid, 0.0) + rarity[w] / total
    return shares


_NAMES: dict[tuple[int, str], dict[str, frozenset[str]]] = {}


def _claim_names(facts: tuple[Fact, ...], glossary: Glossary, lang: str) -> dict[str, frozenset[str]]:
    """Per claim, the names of parts of actions (named by few claims) its statement in `lang` uses."""
    key = (id(facts), lang)
    if key not in _NAMES:
        named = {
            f.id: {p for p in glossary.action_phrases(f.statement.get(lang, "")) if len(p) >= NAMED_MIN_CHARS}
            for f in facts
        }
        counts: dict[str, int] = {}
        for phrases in named.values():
            for p in phrases:
                counts[p] = counts.get(p, 0) + 1
        _NAMES[key] = {fid: frozenset(p for p in ps if counts[p] <= NAMED_MAX_CLAIMS) for fid, ps in named.items()}
    return _NAMES[key]


def named_alike(facts: tuple[Fact, ...], query: Query, glossary: Glossary) -> set[str]:
    """The claims whose statement (in any language) names the action with the very words the question uses,
    when few claims do, and names no other part of it (an overview naming both parts of a comparison helps
    neither side): a part of an action ('Alliances for Sectoral
    Cooperation on Skills' within Partnerships for Innovation) is asked about by its own name; a name most
    claims use tells nothing."""
    return _named_by(facts, query, glossary, lambda phrase: True)


def part_named(facts: tuple[Fact, ...], query: Query, glossary: Glossary) -> set[str]:
    """The claims named_alike by the name of a part of an action (action_parts.py: 'Alliances for
    Education and Enterprises'), not by the action's own name: such a claim answers 'what are they?'."""
    parts = load_action_parts()
    names = parts.all_names()
    named = _named_by(facts, query, glossary, lambda phrase: any(n in phrase or phrase in n for n in names))
    return named | _named_inflected(facts, query, glossary, parts)


def _named_inflected(facts: tuple[Fact, ...], query: Query, glossary: Glossary, parts) -> set[str]:
    """The claims on one part of an action that the question names in an inflected or compounded form of the part's
    name ('koulutuksen ja yritysten allianssilla', 'alakohtaisella yhteistyöallianssilla'), which no statement
    writes as such: the claims whose English statement names that part alone."""
    asking = asked_text(query, glossary)
    phrases = [p for p in glossary.action_phrases(asking) if len(p) >= NAMED_MIN_CHARS]
    claimed = _claim_names(facts, glossary, "en")
    out: set[str] = set()
    for action in query.actions:
        english = [fold(n) for n in parts.names(action, "en")]
        for index in {i for p in phrases if (i := parts.part_of_phrase(p, action)) is not None}:
            if index >= len(english):
                continue
            ids = {
                f.id
                for f in facts
                if f.action == action
                and len(claimed.get(f.id, ())) == 1
                and any(n in english[index] or english[index] in n for n in claimed[f.id])
            }
            if len(ids) <= NAMED_MAX_CLAIMS:
                out |= ids
    return out


def _named_by(facts: tuple[Fact, ...], query: Query, glossary: Glossary, keep) -> set[str]:
    asking = asked_text(query, glossary)
    phrases = {p for p in glossary.action_phrases(asking) if len(p) >= NAMED_MIN_CHARS and keep(p)}
    # the parts a claim names, read from its English statement (one name per part there)
    parts = _claim_names(facts, glossary, "en")
    alike: set[str] = set()
    for phrase in phrases:
        ids = {f.id for f in facts if any(phrase in fold(text) for text in f.statement.values())}
        if len(ids) <= NAMED_MAX_CLAIMS:
            alike |= {fid for fid in ids if len(parts.get(fid, ())) <= 1}
    return alike


def topic_weight(concept: str, query: Query, weights: dict[str, float]) -> float:
    """A topic's weight: rarer topics weigh more, and the one the question asks about most."""
    return weights.get(concept, 1.0) * (FOCUS_FACTOR if concept == query.focus else 1.0)


def _focus_yields(focus: str | None, aspects: tuple[str, ...]) -> bool:
    """Does a claim on the question's focus answer nothing when it is on another aspect than those asked: what
    something is for ('which alliance is meant for vocational training?'), or what a kind of organisation gains
    ('vilka fördelar får högskolorna?': not how many are needed)?"""
    return "aims" in aspects or ("expected-impacts" in aspects and focus in ORGANISATION_KINDS)


def fact_score(
    fact: Fact,
    query: Query,
    glossary: Glossary,
    weights: dict[str, float],
    kinds: set[str],
    doc_language: str,
    closeness: float,
    top_action: float = 0.0,
    aspects: tuple[str, ...] = (),
    wants_list: bool = False,
    specific: float = 0.0,
    named: bool = False,
    by_part: bool = False,
    wants_examples: bool = False,
) -> float:
    """A fact scores like its best sentence: its statement in the asker's language or its quote; a claim
    about the aspect the question asks for (most for the one it names first; for a "which ...?" question, the
    whole list) scores more."""
    shared = set(query.concepts) & set(fact.facets)
    on_aspect = fact.aspect in aspects
    whole = fact.aspect == "about" or (
        fact.aspect == "aims" and fact.action in query.actions and not _names_a_part(query.text, fact.action, glossary)
    )
    if whole and not by_part and _about_a_part(fact):
        # what one part of the action is (or is for) does not say what the whole action is (or is for)
        on_aspect = False
    if fact.aspect == "about" and "kinds" in fact.facets and "kinds" not in query.concepts:
        on_aspect = False  # the kinds of project an action can be do not say what it is, unless kinds are asked
    if (
        _names_every_part(fact)
        and "kinds" not in query.concepts
        and _names_a_part(query.text, fact.action, glossary)
        and (not asks_comparison(query.text) or _parts_named(query.text, fact.action, glossary) >= 2)
    ):
        # 'Wat zijn de Allianties voor sectorale samenwerking?': the one part named, not the list of both parts that
        # shares the asker's words; and 'mikä ero on koulutuksen ja yritysten allianssilla ja alakohtaisella
        # yhteistyöallianssilla?': what each part is, not the list naming both
        return 0.0
    # the aim of a part named ('the aim of the Alliances for Education and Enterprises'): what the part is for,
    # said where the text says what it is, before the whole action's aim
    # ... and what a part named does ('Wat doen die Allianties voor sectorale samenwerking?') is what it is for: the
    # activities the texts list are the whole action's
    part_aim = by_part and (
        (fact.aspect == "about" and aspects == ("aims",))
        or (fact.aspect in ("about", "aims") and aspects == ("activities",))
    )
    # the aspect's word alone ('verksamhet') makes a claim a candidate only for the action the question names
    # ... and so do the question's specific words said in the claim's statement ('budget for', 'reports')
    # ... and so does the question's own name for a part of the action ('Alliances for Education and
    # Enterprises': part_named)
    if not shared and not (on_aspect and fact.action in query.actions) and specific < SPECIFIC_GATE and not by_part:
        return 0.0
    statement = said(fact, query.language, asks_source(query.text))
    score = max(
        sentence_score(statement, query.language, query, glossary, weights),
        max(sentence_score(q, doc_language, query, glossary, weights) for q in fact.quotes),
    )
    # the asker's own words in the statement written in the asker's language (a Finnish question meets
    # Finnish words), apart from the glossary's expansions that every claim on the topic shares
    score += OWN_WORDS_WEIGHT * own_words(statement, query, glossary)
    score += SPECIFIC_WEIGHT * specific
    if named and (on_aspect or part_aim or not aspects):
        # the asker's own name for the action tells apart the claims on what is asked, not a claim on another aspect
        # ('kan en folkhögskola söka ett strategiskt partnerskap?': who may take part, not what one can be)
        score += NAMED_ALIKE_BONUS
    # the facts table exists to answer exactly this: a fact about the asked-for topic beats a loose sentence
    # ... unless the question asks what something is for, or what it gains, and the claim says another thing of it
    # (which alliance is meant for vocational training: what each is for, not who takes part; 'vilka fördelar får
    # högskolorna?': what they gain, not how many are needed)
    focus_bonus = (
        FOCUS_FACT_BONUS
        if query.focus in shared and (on_aspect or part_aim or not _focus_yields(query.focus, aspects))
        else 0.0
    )
    coverage = sum(weights.get(c, 1.0) for c in shared)  # how much of the question the fact is about
    # a claim adding to another aim ('X are also meant to ...'), or saying what the action can help to bring
    # about ('can help to develop ...'), is not what 'what is the aim?' asks (on other aspects 'may also take
    # part' is the very point: 'and from partner countries?')
    secondary = (
        ASPECT_BONUS
        if "aims" in aspects
        and fact.aspect == "aims"
        and (fact.adds_to_another or fact.helps_toward)
        and not asks_yes_no(query.text)
        else 0.0
    )
    return (
        score
        - secondary
        + closeness
        + coverage
        + focus_bonus
        + top_action
        + (ANSWERS_BONUS if gives_figure(fact, kinds) else 0.0)
        + (OBLIGATION_BONUS if on_aspect and obliges(fact, statement, query.text) else 0.0)
        + (ASPECT_BONUS if aspects[:1] == (fact.aspect,) or part_aim else ASPECT_BONUS / 2 if on_aspect else 0.0)
        + (LIST_BONUS if wants_list and fact.is_list and (on_aspect or not aspects) else 0.0)
        # examples asked for ('give examples'): the claim naming things by example, of the lists on the aspect
        + (LIST_BONUS if wants_examples and wants_list and on_aspect and gives_examples(fact) else 0.0)
        + 0.5
    )


# a free choice ('Temat kan väljas fritt', 'the partners decide their theme themselves'; folded): what 'must we keep to
# one of those themes?' is answered by, as much as by a requirement
STATES_FREE_CHOICE = re.compile(
    r"\b(?:fritt|freely|free to|vapaasti|vrij (?:te )?kiezen|vrij gekozen|bestammer sjalv|decides? (?:\w+ )?themselves"
    r"|paattaa itse|paattavat itse|bepalen zelf|bepaalt zelf)\b"
)


# choosing asked ('must we keep to one of those themes?', 'måste vi välja', 'pitääkö valita'; folded)
ASKS_CHOICE = re.compile(
    r"\b(?:choose|chosen|pick|select|keep to|stick to|valja|valjas|hall\w* (?:oss|sig|dem) till|valita|valittava"
    r"|pitaytya|kiezen|gekozen|houden aan)\b"
)


def obliges(fact: Fact, statement: str, question: str) -> bool:
    """Does the question ask what must be, and the claim (its statement or a quote) say what is required, or, when
    a choice is asked of ('must we keep to one of those themes?'), that it is freely chosen?"""
    if not asks_obligation(question):
        return False
    choice = bool(ASKS_CHOICE.search(fold(asking_part(question))))
    return any(
        STATES_OBLIGATION.search(folded) or (choice and STATES_FREE_CHOICE.search(folded))
        for folded in map(fold, (statement, *fact.quotes))
    )


@lru_cache(maxsize=256)
def asks_obligation(question: str) -> bool:
    """Does the sentence that asks ask what must be ('vad måste projektet ta fram?')? (once per question, not per
    claim scored)"""
    return bool(ASKS_OBLIGATION.search(fold(asking_part(question))))


# 'give examples', 'ge exempel', 'anna esimerkkejä', 'geef voorbeelden' (folded)
ASKS_EXAMPLES = re.compile(r"\b(?:examples?|exempel|esimerk\w*|voorbeeld\w*)\b")
# a sentence naming things by example, three or more ('till exempel studiematerial, webbmaterial, ...')
EXAMPLE_LIST = re.compile(
    r"\b(?:till exempel|t\.ex\.|exempelvis|for example|for instance|such as|e\.g\.|bijvoorbeeld|zoals|"
    r"esimerkiksi|kuten)\s+[^.;:]+?,[^.;:]+?,[^.;:]+",
    re.IGNORECASE,
)


def asks_examples(text: str) -> bool:
    return bool(ASKS_EXAMPLES.search(fold(text)))


def gives_examples(fact: Fact) -> bool:
    """Does one of the claim's quotes name things by example (three or more)?"""
    return any(EXAMPLE_LIST.search(q) for q in fact.quotes)


def whole_aspects(aspects: tuple[str, ...], candidates: list[Fact], by_part: set[str]) -> tuple[str, ...]:
    """'What are Partnerships for Innovation?' asks what the action is, else what it is for: when no candidate
    claim says what the whole action is (only what a part of it is, and the question does not name that part:
    `by_part`), its aims are what is asked first."""
    if aspects[:1] != ("about",) or any(
        f.aspect == "about" and (not _about_a_part(f) or f.id in by_part) for f in candidates
    ):
        return aspects
    return aspects[1:] or aspects


def standing_in(
    aspects: tuple[str, ...], candidates: list[Fact], stand_in: dict[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """The aspects asked, each that no candidate claim has replaced by those standing in for it that one has
    ('which results are expected?' of an action whose claims give its expected impacts, not its results)."""
    have = {f.aspect for f in candidates}
    out: list[str] = []
    for aspect in aspects:
        instead = [a for a in stand_in.get(aspect, ()) if a in have] if aspect not in have else []
        out += instead or [aspect]
    return tuple(dict.fromkeys(out))


def _parts_named(text: str, action: str, glossary: Glossary) -> int:
    """How many of the action's parts the question names, by any name of theirs."""
    parts = load_action_parts()
    return len({i for p in glossary.action_phrases(text) if (i := parts.part_of_phrase(p, action)) is not None})


def _names_a_part(text: str, action: str, glossary: Glossary) -> bool:
    """Does the question call the action by a name of one of its parts, even a short one ('allianserna för
    sektorsamarbete')?"""
    parts = load_action_parts()
    return any(parts.part_of_phrase(p, action) is not None for p in glossary.action_phrases(text))


def _names_every_part(fact: Fact) -> bool:
    """A claim whose (English) statement names every part of its action ('Two kinds ...: Alliances for Education
    and Enterprises, and Alliances for Sectoral Cooperation on Skills')."""
    names = load_action_parts().names(fact.action, "en")
    said = fold(fact.statement["en"])
    return len(names) > 1 and all(fold(n) in said for n in names)


def _about_a_part(fact: Fact) -> bool:
    """A claim whose (English) statement opens with the name of a part of its action ('Alliances for Education
    and Enterprises are ...')."""
    opening = fold(fact.statement["en"])
    return any(opening.startswith(fold(n)) for n in load_action_parts().names(fact.action, "en"))


def with_list(sentence: str, text: str, most: int = 12, asked: str | None = None) -> str:
    """A sentence that introduces a list (or starts one), with the list's items joined on. A table row is
    shown alone when the question (`asked`) names something only its first cell holds ('Oostenrijk' in one
    country group's row): the other rows are other records, with other figures; else its whole table is shown (a
    question on the daily amount, over rows by duration), unless a number the question names falls in the range
    one row's first cell gives ('1 200 km' and '500–1 999 km'): that row is shown. Without the question, a row
    stands alone."""
    lines = [BULLET.sub("", line.strip()) for line in text.split("\n")]
    bare = BULLET.sub("", sentence)
    # the sentence is its line, or the last sentence of it ('... behov. Tanken är att')
    start = next((i for i, line in enumerate(lines) if line == bare or line.endswith(" " + bare)), None)
    if start is None:
        return sentence
    kind = row_kind(bare) if is_bullet(sentence) else ""
    if kind:
        rows = _table_around(text.split("\n"), start, kind)
        if len(rows) > 1:
            others = [r for i, r in rows if i != start]
            if asked is not None and (numbered := _row_in_range([r for _, r in rows], asked)) is not None:
                return numbered  # '1 200 km one way' asks the row of 500–1 999 km, whichever row scored best
            if asked is None or _singled_out(bare, others, asked):
                return bare
            return " ".join(r.rstrip(".;, ") + "." for _, r in rows[:most])
    raw = [line.strip() for line in text.split("\n")]
    joined = bare
    for line, original in list(zip(lines, raw))[start + 1 : start + 1 + most]:
        if not is_bullet(original):
            break
        if joined != bare and row_kind(line):
            glue = ". "  # a table's rows as its whole table is shown on its own
        else:
            # after an introduction ('... bidra till att', '... these:') the first item runs on; after an item, the
            # next is another item ('500 euroa ... ErasmusPro-liikkuvuudessa; 100 euroa ...')
            opening = joined == bare and not is_bullet(sentence)
            glue = " " if opening or re.search(r"(,|\b(och|varav|eller|en|of|and|or|ja|tai))$", joined) else "; "
            if glue == "; ":
                joined = joined.rstrip(".;")
        joined += glue + line.rstrip(".;,")
    return joined if joined == bare else joined + "."


def _table_around(raw: list[str], index: int, kind: str) -> list[tuple[int, str]]:
    """The rows (line index, text without its bullet) of the table the row at `index` is in."""

    def row(i: int) -> str:
        line = raw[i].strip()
        return BULLET.sub("", line) if is_bullet(line) and row_kind(BULLET.sub("", line)) == kind else ""

    first = index
    while first > 0 and row(first - 1):
        first -= 1
    last = index
    while last + 1 < len(raw) and row(last + 1):
        last += 1
    return [(i, row(i)) for i in range(first, last + 1)]


def _cell_words(text: str) -> set[str]:
    """A table cell's words that can single out its row: of four letters or more, or numbers (folded)."""
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) >= 4 or w.isdigit()}


def _key_cell(row: str) -> str:
    """A row's first cell, which names its record ('Groep 2: België, Cyprus, ...', '10 to 99 km')."""
    return row.split(" | ")[0] if row_kind(row) == "|" else row.partition(": ")[2].split("; ")[0]


# a range in a row's first cell with its unit ('500–1 999 km', '3.000 – 3.999 km', '10 to 99 days') or an open end
# ('8 000 km tai enemmän')
_AMOUNT = r"(\d{1,3}(?:[ \u00a0.,]\d{3})+|\d+)"
_RANGE = re.compile(rf"{_AMOUNT}\s*(?:–|-|to|till|tot|asti)\s*{_AMOUNT}\s*([^\W\d_]+)")
_OPEN_END = re.compile(
    rf"{_AMOUNT}\s*([^\W\d_]+)\s*(?:or more|and more|eller mer|eller mera|tai enemmän|tai yli|of meer)", re.IGNORECASE
)
# a number the question names with a word after it ('noin 1200 km', '300 km enkele reis')
_NUMBER = re.compile(rf"(?<![\d.,]){_AMOUNT}(?![\d.,]*\d)\s*([^\W\d_]+)")


def _number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _row_in_range(rows: list[str], asked: str) -> str | None:
    """The one row whose first cell holds a range a number of the question falls in, in the range's unit ('noin
    1200 km' and the row '500–1 999 km'); None when no row, or several, do. A number naming a group or a lot ('group
    2') has no unit of the range, so picks no row."""
    # ('alle 100 km': under the bound, in the row '10 – 99 km')
    numbers = [
        (_number(m.group(1)) + strict_side(fold(asked[: m.start()])), fold(m.group(2))) for m in _NUMBER.finditer(asked)
    ]
    if not numbers:
        return None
    holding = []
    for row in rows:
        cell = _key_cell(row)
        if (span := _RANGE.search(cell)) is not None:
            low, high, unit = _number(span.group(1)), _number(span.group(2)), fold(span.group(3))
        elif (open_end := _OPEN_END.search(cell)) is not None:
            low, high, unit = _number(open_end.group(1)), None, fold(open_end.group(2))
        else:
            continue
        if any(low <= n and (high is None or n <= high) and word[:2] == unit[:2] for n, word in numbers):
            holding.append(row)
    return holding[0] if len(holding) == 1 else None


def _singled_out(row: str, others: list[str], asked: str) -> bool:
    """True when the question names a word that only this row's first cell, of all its table's, holds (in another
    number: 'a network' names the row of 'Networks')."""
    own = _cell_words(_key_cell(row))
    theirs = set().union(*(_cell_words(_key_cell(o)) for o in others))
    return any(
        any(_same_cell_word(w, k) for k in own) and not any(_same_cell_word(w, k) for k in theirs)
        for w in _cell_words(asked)
    )


def _same_cell_word(a: str, b: str) -> bool:
    """The same word, or one with an ending more ('network', 'networks'; 'projekt', 'projekten')."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return not short.isdigit() and len(short) >= 5 and long.startswith(short) and len(long) - len(short) <= 3


def candidate_sentences(
    query: Query,
    hits: list[Hit],
    glossary: Glossary,
    weights: dict[str, float],
    kinds: set[str],
    similarity: dict[str, float],
):
    """Sentences of the best passages, scored; `similarity` holds each sentence's cosine to the question."""
    low, high = similarity_range(similarity)
    candidates = []
    for rank, hit in enumerate(hits[:CANDIDATE_PASSAGES]):
        heading = hit.chunk.heading if hit.chunk.heading != hit.chunk.title else ""
        for k, sentence in enumerate(split_sentences(hit.chunk.text)):
            if is_bullet(sentence) and len(sentence) < 40:
                continue
            score = sentence_score(sentence, hit.chunk.language, query, glossary, weights, heading) + 0.5 / (1 + rank)
            sim = similarity.get(f"{hit.chunk.chunk_id}/{k}")
            closeness = SIMILARITY_WEIGHT * (sim - low) / (high - low) if sim is not None and high > low else 0.0
            score += closeness
            if any(EVIDENCE[k].search(sentence) for k in kinds):
                score += 1.0
            candidates.append((score, hit, sentence, closeness))
    candidates.sort(key=lambda c: c[0], reverse=True)
    return candidates


WORDED_FIGURES = ("duration", "amount")  # figures a statement gives in passing ('staff mobility (over 2 months)')


def gives_figure(fact: Fact, kinds: set[str]) -> bool:
    """Whether a claim gives a figure of a kind asked: the one it is about, or a duration or sum its statement
    states along the way (how long staff mobility lasts is said in the list of activities)."""
    if fact.answers in kinds:
        return True
    statement = fact.statement["en"]
    return any(EVIDENCE[k].search(statement) for k in kinds if k in WORDED_FIGURES)


def candidate_facts(facts: tuple[Fact, ...], actions: list[str], kinds: set[str]) -> list[Fact]:
    """The facts about the actions in play; only those giving the figure asked for, when there are any."""
    about = [f for f in facts if f.action in actions]
    answering = [f for f in about if gives_figure(f, kinds)]
    return answering or about


def closeness(fact: Fact, sentences: dict[str, list[tuple[str, float]]], low: float, high: float) -> float:
    """How close the question is to the sentences a fact quotes, on the candidates' scale."""
    if high <= low:
        return 0.0
    quotes = [fold(q) for q in fact.quotes]
    sims = [sim for text, sim in sentences.get(fact.doc_id, ()) if any(q in text or text in q for q in quotes)]
    return SIMILARITY_WEIGHT * (max(sims) - low) / (high - low) if sims else 0.0


def sentence_similarities(hits: list[Hit], similarity: dict[str, float]) -> dict[str, list[tuple[str, float]]]:
    """Each document's retrieved sentences (folded) with their cosine to the question."""
    out: dict[str, list[tuple[str, float]]] = {}
    for hit in hits:
        for k, sentence in enumerate(split_sentences(hit.chunk.text)):
            sim = similarity.get(f"{hit.chunk.chunk_id}/{k}")
            if sim is not None:
                out.setdefault(hit.chunk.doc_id, []).append((fold(sentence), sim))
    return out


def similarity_range(similarity: dict[str, float]) -> tuple[float, float]:
    return (min(similarity.values()), max(similarity.values())) if similarity else (0.0, 0.0)


def has_evidence(kinds: set[str], hits: list[Hit]) -> bool:
    """Do the best passages of the action contain a figure of the kind asked?"""
    return all(any(EVIDENCE[k].search(s) for h in hits[:3] for s in split_sentences(h.chunk.text)) for k in kinds)
