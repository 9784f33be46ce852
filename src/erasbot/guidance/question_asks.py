"""What a question asks, read from its words: the figure it wants, the aspects and whether it wants a
whole list, the sentence that asks after context, and whether it is about anything the texts cover."""

from __future__ import annotations

import re
from dataclasses import replace

from erasbot.forms import FILLERS, asking_part, asks_comparison, question_sentence
from erasbot.guidance.asked_unit import unit_kind
from erasbot.guidance.aspects import NARROWER, AspectCues
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import is_stopword, tokens
from erasbot.guidance.retrieval import Query, analyse
from erasbot.guidance.scope import asks_minimum_amount
from erasbot.rules.countries import never_programme_country
from erasbot.rules.country_mentions import countries_named, find_country
from erasbot.text import fold

# a follow-up narrowing the subject of the question before it ('and the ones from partner countries?', 'och de
# från partnerländer?', 'en die uit partnerlanden?', 'entä ne kumppanimaista?'): it asks that question of them
NARROWS_SUBJECT = re.compile(
    r"\b(?:the ones|those|de|dem|degene|degenen|diegene|diegenen|die)\s+(?:from|in|från|i|uit|van)\b"
    r"|\b(?:the ones|those|de som|dem som|degenen die|diegenen die)\b"
    r"|\bne\s+\w+(?:sta|stä|ssa|ssä)\b",  # 'entä ne kumppanimaista?' (an article 'de', 'the' alone is not it)
    re.IGNORECASE,
)
# 'In the 2021-2027 programme, what are X meant to stimulate?': the period sets the scene, the question asks
# something else (the answer is not the period)
PERIOD_AS_CONTEXT = re.compile(
    r"^\s*(?:in|during|under|for|i|inom|kaudella|ohjelmakaudella|tijdens|binnen|voor)\b[^,?]{0,60}?"
    r"\b20\d\d\s*[-–/]\s*20\d\d\b[^,?]{0,40},(?![^?]*\b20\d\d\s*[-–/]\s*20\d\d)",
    re.IGNORECASE,
)
# an asking sentence that puts its question of the case the context told ('Our consortium includes an umbrella
# organisation. Do we still need three organisations from Belgium?', 'I så fall, behöver vi ändå ...?'): the
# context's topics are the case asked about, so they stay in the reading
OF_THE_CASE = re.compile(
    r"\b(?:still|anyway|in that case|in this case|even so|ändå|fortfarande|i så fall|i det fallet|silti|"
    r"siinä tapauksessa|tällöin|näin ollen|toch|nog steeds|alsnog|in dat geval|in dit geval|dan nog|"
    # whether the case told is a problem: 'it doesn't have the ECHE. Is that a problem for our alliance?'
    r"(?:is|would|will|could)\s+(?:that|this)\s+(?:be\s+)?(?:an?\s+)?(?:problem|issue|ok|okay|allowed|fine|acceptable)|"
    r"(?:does|would)\s+(?:that|this)\s+matter|(?:är|blir)\s+(?:det|detta)\s+(?:ett\s+)?(?:problem|okej|ok|tillåtet)|"
    r"gör\s+det\s+något|spelar\s+det\s+(?:någon\s+)?roll|onko\s+(?:se|tämä|tuo)\s+(?:ongelma|ok|sallittua)|"
    r"haittaako\s+(?:se|tämä)|is\s+(?:dat|dit|het)\s+(?:een\s+)?(?:probleem|erg|ok|oké|toegestaan)|maakt\s+(?:dat|het)\s+(?:iets\s+)?uit)\b",
    re.IGNORECASE,
)
# Topics too general to show that a question is about the guidance at all.
GENERIC_TOPICS = {"goals", "innovation", "skills", "period", "themes", "results", "activities", "mobility"}

COUNT_TOPICS = {
    "organisations",
    "programme-countries",
    "higher-education",
    "enterprises",
    "ecosystems",
    "training-providers",
}


# money got or paid, with no word for a grant ('hur mycket får man för flygresor?', 'how much do we get for travel?',
# 'paljonko matkoista korvataan?', 'hoeveel wordt vergoed?'; folded): 'how much' asks a sum
PAID = re.compile(
    r"\b(?:hur mycket|how much|paljonko|kuinka paljon|hoeveel)\b.*\b(?:far (?:man|vi|de|ni|jag|hon|han)|fa tillbaka"
    r"|ersatt\w*|betala\w*|(?:do|does|will|would|can|could) (?:we|they|you|i|he|she) (?:get|receive)|paid|reimburs\w*"
    r"|saa(?:mme|vat|daan|n)?|korvat\w*|korvau\w*|maksetaan|krijg\w*|ontvang\w*|vergoed\w*|betaald|uitbetaald)\b"
)


def asked(query: Query, glossary: Glossary) -> set[str]:
    """Which figure a question wants: an amount, a duration, a count, or none of these, read from the
    sentence that asks ('we have worked together for years. Where do we apply?' asks no duration)."""
    sentence = asking_words(query.text, glossary)
    words = glossary.question_kinds(sentence)
    topics = set(glossary.find(sentence)) if sentence != query.text.strip() else set(query.concepts)
    unit = unit_kind(sentence, query.language)
    if unit == "duration":  # 'how many yrs ...': the unit asks a duration, not the count its 'how many' would
        return {"duration"}
    kinds = set()
    if ("amount" in words and ("grant" in topics or unit is None and PAID.search(fold(sentence)))) or unit == "amount":
        kinds.add("amount")
    if "grant" in topics and ("count" in words and not topics & COUNT_TOPICS or asks_minimum_amount(sentence)):
        kinds.add("amount")  # 'the minimum grant', 'ett minsta bidrag', 'pienin avustus': the bound of a sum
    # ('varje månad eller en gång om året?' asks how often, not how long)
    often = asks_how_often(sentence)
    if "duration" in words or ("duration" in topics and "count" not in words and "amount" not in words and not often):
        kinds.add("duration")
    if "count" in words and topics & COUNT_TOPICS and unit is None:
        kinds.add("count")
    return kinds


def asking_words(text: str, glossary: Glossary) -> str:
    """The words whose wording says which figure is asked: the asking part (forms.asking_part), or, for a follow-up
    read with the question before it whose last sentence asks a thing of its own and no figure ('How many per
    country? Any exception to that?'), that sentence: the exception is asked, not the count again."""
    sentence = asking_part(text)
    last = question_sentence(text)
    if last != sentence and not glossary.question_kinds(last) - {"wh"} and _asks_alone(last, glossary):
        return last
    return sentence


def _asks_alone(sentence: str, glossary: Glossary) -> bool:
    """Does the sentence name a topic that is itself what a question naming it asks ('any exception?')?"""
    return any(glossary.concepts[c].asked for c in glossary.find(sentence))


# any figure an answer can give: digits or a number word ('three programme countries', 'kolme ohjelmamaata')
ANY_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|ten|twelve|ett|två|tre|fyra|fem|sex|sju|åtta|tio|tolv"
    r"|één|twee|drie|vier|vijf|zes|zeven|acht|tien|twaalf|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan"
    r"|kymmenen)\b",
    re.IGNORECASE,
)
# Swedish 'en', 'ett' and Dutch 'een' are articles far more often than the number one (and Dutch 'en' is 'and'):
# alone they give no figure. They give one after a word that limits the count ('bara delta i en', 'endast ett',
# 'slechts een') or when the words right after them name what the question counts ('leds av en organisation
# (sökande/samordnare)' for 'how many coordinators?')
ARTICLE_ONE = re.compile(r"\b(?:en|ett|een)\s+((?:[\w/()-]+\s*){1,3})", re.IGNORECASE)
LIMITS_COUNT = re.compile(
    r"\b(?:bara|endast|enbart|exakt|precis|högst|minst|enda|only|alleen|slechts|precies|maximaal|hooguit|"
    r"minimaal|minstens)\b(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
# the words a 'how many' asks for ('how many coordinators', 'hoeveel coördinatoren')
HOW_MANY = re.compile(
    r"\b(?:how many|hur många|kuinka monta|montako|hoeveel)\s+(\w[\w-]*(?:\s+\w[\w-]*)?)", re.IGNORECASE
)


# none at all is a count too ('no further organisations are needed', 'geen andere organisaties', 'ei tarvita muita')
NONE_COUNTED = re.compile(
    r"\b(?:no (?:further|other|more|additional)|inga (?:fler|andra|ytterligare)|ingen (?:fler|annan|ytterligare)"
    r"|geen (?:andere|extra|verdere|bijkomende)|ei (?:tarvita |tarvitse )?(?:muita|enempää|yhtään|lisää))\b",
    re.IGNORECASE,
)


def gives_a_figure(said: str, query: Query, glossary: Glossary) -> bool:
    """Does an answer's text give a figure: digits or a number word, none at all, or an article that is the number
    one by the words around it (ARTICLE_ONE)?"""
    if ANY_FIGURE.search(said) or NONE_COUNTED.search(said):
        return True
    counted = HOW_MANY.search(asking_part(query.text))
    counted_words = counted.group(1) if counted else ""
    counted_concepts = set(glossary.find(counted_words))
    # what is counted, not the verb after it ('hoeveel partners zijn ...': 'zijn' is in every other Dutch sentence)
    counted_tokens = {
        t for lang in ("sv", "nl", query.language) for t in tokens(counted_words, lang) if not is_stopword(t, lang)
    }
    for found in ARTICLE_ONE.finditer(said):
        if query.language == "nl" and found.group(0)[:2].lower() == "en":
            continue  # Dutch 'en' is 'and' ('onderwijs en bedrijven'), no article
        if LIMITS_COUNT.search(said[: found.start()]):
            return True
        after = found.group(1)
        if counted_concepts & set(glossary.find(after)):
            return True
        if counted_tokens & {t for lang in ("sv", "nl") for t in tokens(after, lang)}:
            return True
    return False


def asks_a_figure(query: Query, glossary: Glossary) -> str | None:
    """'how many project meetings ...?', 'hur mycket ...?', 'what's the budget per project?': the figure the asking
    sentence's wording asks for (count or amount), whatever its topic; None when its wording asks none."""
    asking = asking_words(query.text, glossary)
    words = glossary.question_kinds(asking)
    if SUM_ASKED.search(fold(asking)):
        words = words | {"amount"}
    return next((kind for kind in ("count", "amount") if kind in words), None)


# 'what is the budget (per project)?', 'vad är bidraget?', 'mikä on budjetti?', 'wat is de subsidie?' (folded): a sum
# asked by naming it, not what it is for ('what is the grant for?', 'vad täcker bidraget?')
SUM_ASKED = re.compile(
    r"\b(?:what(?:'s| is| was)|vad (?:ar|var|blir)|mika on|mika oli|wat is|wat was)\s+(?:the |het |de )?(?:\w+ )?"
    r"(?:budget|grant|lump sum|eu-?bidrag\w*|bidrag\w*|budjet\w*|avustu\w*|subsidie\w*|bijdrage)"
    r"(?!\s+(?:for|till|fore|voor|used|meant|covers?|tacker)\b)(?:\s+(?:per|for|pa|of|van|voor|kohti|\w+)\s*\w*)?\s*\??\s*$"
)


# the words after 'how many' naming what is counted ('how many transnational project meetings', 'kuinka monta
# kansainvälistä kokousta'): two at most, the noun and a word before it ('hoeveel' is left out: it also asks how
# much, 'hoeveel bedraagt de subsidie?')
COUNTED = re.compile(
    # 'how many of them have to be companies?': what 'of them' counts is named elsewhere
    # ('kuinka monta niitä pitää olla?', 'hur många av dem', 'how many do we need': a pronoun or a verb follows)
    r"\b(?:how many|hur många|kuinka monta|montako|hoeveel(?=\s+aanvra))\s+(?!(?:of|av|utav|niistä|näistä|niitä|näitä|ne|nämä|them|those"
    r"|these|they|do|does|did|are|must|should|can|dem|de|dessa|behövs|krävs|måste|ska|pitää|tarvitaan|täytyy)\b)"
    r"(\w[\w-]*(?:\s+\w[\w-]*)?)",
    re.IGNORECASE,
)


# Words for people that a 'how many ...?' counts, whatever word follows them ('staff members', 'personalmedlemmar')
PEOPLE = re.compile(
    r"(?:staff|personnel|employees|teachers|trainers|students|learners|persons|people|"
    r"personal\w*|anställda|lärare|studenter|studerande|henkilö\w*|työntekijö\w*|opettaj\w*|opiskelij\w*|"
    r"personeel\w*|medewerkers|werknemers|docenten|studenten|leerlingen)\b",
    re.IGNORECASE,
)


# a pronoun counted ('how many of them', 'montako niitä on', 'hoeveel zijn het er'; folded): the thing named before
COUNTED_PRONOUNS = {
    "them", "they", "those", "these", "dem", "de", "dessa", "dom", "niita", "niista", "ne", "naita", "ze", "die",
    "deze", "het",
}  # fmt: skip


def counted_words(query: Query, glossary: Glossary) -> list[str]:
    """The words naming what a 'how many ...?' question counts, when no glossary term names it (a count topic, a
    unit: 'how many partners', 'how many years' name one); empty otherwise."""
    found = COUNTED.search(asking_part(query.text))
    if not found:
        return []
    words = found.group(1)
    if fold(words.split()[0]).lower() in COUNTED_PRONOUNS:  # 'SSA alat? montako niitä on': what was named before
        return []
    if PEOPLE.match(words):  # 'how many staff members': people, though 'members' alone names the organisations
        return tokens(words.split()[0], query.language)
    if glossary.actions(words.split()[0]):  # 'hur många kunskapsallianspartner': the action's own partners
        return []
    # 'montako kokousta tietoallianssin ...': the action named after the counted word is not what is counted
    words = glossary.without_actions(words).strip()
    if words and set(glossary.find(words.split()[0])) == {"application"}:
        # 'how many applications may one organisation submit?': applications counted, which no text counts (the
        # organisation named after them is not what is counted)
        return tokens(words.split()[0], query.language)
    if glossary.find(words) or unit_kind(words, query.language):
        return []
    # words of four letters or more, stemmed ('möten' is 'möt')
    return [t for w in words.split() if len(w) >= 4 for t in tokens(w, query.language)]


# a yes/no whether a project may include or have something (folded)
INCLUDES = re.compile(
    r"\b(?:(?:can|could|may) (?:[\w-]+ ){0,4}?(?:also |too )?(?:include|have|contain|involve|organi[sz]e|run|hold|offer)"
    r"|kan (?:man|vi|projektet|de|den) (?:ocksa |aven )?(?:ha|inga|inbegripa|anordna|organisera|ordna|halla)"
    r"|voi(?:ko|vatko)? (?:hankkeeseen|hankkeessa|siihen|siina|ne|niissa)? ?(?:myos )?(?:sisaltya|sisaltaa|olla|jarjestaa)"
    r"|sisaltya|sisaltaa|(?:mag|kan|mogen|kunnen) (?:het project|we|ze|er)? ?(?:ook )?"
    r"(?:bevatten|opnemen|hebben|organiseren|houden))"
)
SUM_NAMED = re.compile(r"\d[\d\s.,]*\s*(?:euro|eur\b|€)", re.IGNORECASE)  # a sum the question names itself


def includes_exchanges(query: Query, supported: set[str]) -> bool:
    """Are student exchanges asked as a part of a project of an action the texts cover ('kan man ha studentutbyten
    också?', 'Voiko hankkeeseen sisältyä opiskelijavaihtoja?'): what the action's activities include, not the
    mobility action (KA1) no text covers?"""
    return (
        "learning-mobility" in query.concepts
        and bool(query.actions)
        and set(query.actions) <= supported
        and bool(INCLUDES.search(fold(asking_part(query.text)).lower()))
    )


def as_exchanges(query: Query, supported: set[str]) -> Query:
    """The query with student exchanges included in a project read as mobility, the topic of its activities."""
    if not includes_exchanges(query, supported):
        return query
    concepts = tuple(c for c in query.concepts if c != "learning-mobility") + ("mobility",)
    return replace(query, concepts=tuple(dict.fromkeys(concepts)))


# how often a call's deadline comes ('finns det deadlines varje månad eller en gång om året?', 'how often can we
# apply?'; folded): the annual call the texts name answers it, though they give no date. Asked by a question word, or
# as a choice between a month and a year ('what is the deadline each year?' asks a date, which no text gives)
HOW_OFTEN = re.compile(
    r"\b(?:how often|how many times a year|hur ofta|hur manga ganger per ar|kuinka usein|montako kertaa vuodessa"
    r"|kuinka monta kertaa vuodessa|hoe vaak|hoeveel keer per jaar)\b"
)
MONTHLY = re.compile(
    r"\b(?:every month|each month|monthly|varje manad|manatlig\w*|joka kuukausi|kuukausittai\w*"
    r"|elke maand|iedere maand|maandelijks)\b"
)
YEARLY = re.compile(
    r"\b(?:once a year|every year|each year|annual(?:ly)?|yearly|en gang (?:om|per|i) aret|varje ar\b"
    r"|arlig\w*|kerran vuodessa|joka vuosi|vuosittai\w*|eens per jaar|elk jaar|ieder jaar|jaarlijks)"
)


def asks_how_often(text: str) -> bool:
    """Whether the text asks how often something comes (folded before matching)."""
    folded = fold(text).lower()
    return bool(HOW_OFTEN.search(folded) or (MONTHLY.search(folded) and YEARLY.search(folded)))


def uncovered(query: Query, glossary: Glossary, supported: set[str]) -> bool:
    """True when the question is about something no document covers."""
    # a sum asked in a currency the texts do not use ('max EU-bidrag ...? Gärna i kronor'): the texts' sum answers;
    # not a sum converted ('hur mycket är 700 000 euro i kronor?')
    converted = (
        {"currencies"}
        if "amount" in glossary.question_kinds(query.text) and not SUM_NAMED.search(query.text)
        else set()
    )
    if includes_exchanges(query, supported):
        converted |= {"learning-mobility"}
    if asks_how_often(query.text):
        converted |= {"deadline"}
    # a thing of its own named only in the context before the asking sentence ('... a knowledge alliance next round.
    # What do we have to do to get an application in?'), when that sentence names a topic of its own, is background
    asking = asking_part(query.text)
    named = glossary.find(asking) if asking != query.text.strip() else query.concepts
    own = named if any(glossary.concepts[c].kind == "topic" for c in named) else query.concepts
    if any(glossary.concepts[c].kind == "other" and c not in supported | converted for c in own if c in query.concepts):
        return True
    # a topic from outside the bundled guidance counts once a user's document covers it
    specific = [c for c in query.concepts if c not in GENERIC_TOPICS]
    return not specific


def asking_query(query: Query, glossary: Glossary, documents: dict[str, DocumentInfo]) -> Query:
    """For a question after context ('We are a school in Utrecht working with care homes. Where do we
    apply?'), the sentence that asks, read on its own (with the question's actions when it names none), so
    the claim answers what is asked rather than what the context talks about; the question itself when it
    is one sentence or its asking sentence names no topic ('Is that enough?'). A follow-up read with the
    question before it ('Must reports be open resources? What about the University-Business Forum?') is
    read whole, with the topic its last sentence names as the focus."""
    sentence = asking_part(query.text)
    if sentence == query.text.strip():
        last = question_sentence(query.text)
        if last != sentence:  # a follow-up read with the question before it: what it names anew is the focus
            if NARROWS_SUBJECT.search(last):  # 'and the ones from partner countries?': the last question's aspect
                return query
            # what it names anew ('En als er een koepelorganisatie meedoet?' after a question on organisations)
            earlier = set(glossary.find(query.text.strip()[: -len(last)] if query.text.strip().endswith(last) else ""))
            named = [c for c in glossary.find(last) if glossary.concepts[c].kind == "topic"]
            named = [c for c in named if c not in earlier] or named
            return replace(query, focus=named[0]) if named else query
        return query
    languages = tuple(sorted({d.language for d in documents.values()}))
    asking = analyse(sentence, query.language, glossary, languages)
    if not any(glossary.concepts[c].kind == "topic" for c in asking.concepts):
        return query
    actions = asking.actions or query.actions
    pointing = points_back(sentence, glossary)
    case = (
        query.concepts
        if OF_THE_CASE.search(sentence) or refers_back(sentence, glossary) or pointing
        else tuple(c for c in query.concepts if c in ALWAYS_THE_CASE)
    )
    asked = replace(asking, actions=actions, concepts=tuple(dict.fromkeys(asking.concepts + actions + case)))
    if pointing:
        # 'Montako viikkoa sen pitää vähintään kestää?' after '... pitkäkestoisesta henkilöstöliikkuvuudesta.': the
        # figure is of the thing the context told ('sen'), not of the project (mobility, too general to show that a
        # question is about the guidance, is a thing a figure can be of)
        told = [
            c
            for c in query.concepts
            if c not in asking.concepts
            and glossary.concepts[c].kind == "topic"
            and c not in GENERIC_TOPICS - {"mobility"}
        ]
        if told:
            asked = replace(asked, focus=told[0])
    return asked


# what the context tells that is always the case asked of ('One partner is already a full partner in another SSA. Can
# it be one in ours too?': being in two alliances at once)
ALWAYS_THE_CASE = frozenset({"one-at-a-time"})


# a demonstrative before a noun ('det undantaget', 'that rule', 'tämä poikkeus', 'die uitzondering'; folded)
DEMONSTRATIVE = re.compile(r"\b(?:that|this|these|those|det|den|detta|denna|dessa|tama|tuo|nama|dat|dit|deze)\s+(\w+)")


def refers_back(sentence: str, glossary: Glossary) -> bool:
    """Does the asking sentence point back with a demonstrative at a topic the context before it told ('... står
    det "Enda undantaget är om en paraplyorganisation ingår". Vad innebär det undantaget ...?')?"""
    return any(
        any(glossary.concepts[c].kind == "topic" for c in glossary.find(m.group(1)))
        for m in DEMONSTRATIVE.finditer(fold(sentence))
    )


# a pronoun standing for the thing the sentence asks of ('it', 'sen', 'den', 'die'; folded)
PRONOUN = re.compile(r"\b(?:it|its|they|them|se|sen|sita|ne|niita|den|det|dem|die|het|dat|ze)\b")


def points_back(sentence: str, glossary: Glossary) -> bool:
    """Does the asking sentence ask a figure of a pronoun and name no more than the figure ('Kuinka pitkä sen pitää
    olla?' after '... voi olla myös pitkäkestoista henkilöstön liikkuvuutta.'), so the thing asked of is the one the
    context told? (Not a yes/no: 'They're already in another SSA on tourism. Can they join a second one?' asks of the
    second alliance, not of tourism.)"""
    topics = [c for c in glossary.find(sentence) if glossary.concepts[c].kind == "topic"]
    figure = glossary.question_kinds(sentence) - {"wh"}
    return bool(PRONOUN.search(fold(sentence).lower())) and len(topics) <= 1 and bool(figure)


def of_partner_country(query: Query) -> Query:
    """The question with partner countries among its concepts when it names an organisation, or an action, with a
    country outside the programme in every period ('Millä ehdoilla kenialainen aikuisopisto voisi osallistua ...?'):
    the bundled texts' claims on partner countries answer it, whatever the question calls them. A question on an
    exchange to Kenya that names no organisation taking part is about no partner country, and a question in capitals
    names no country by a code ('I TRE AR' is no Argentina). Bundled answers only: an added guide names the country
    itself."""
    if "partner-countries" in query.concepts or query.text.isupper():
        return query
    if not (query.actions or {"eligibility", "organisations"} & set(query.concepts)):
        return query
    named = {*countries_named(query.text), find_country(query.text)} - {None}
    if not any(never_programme_country(code) for code in named):
        return query
    return replace(query, concepts=(*query.concepts, "partner-countries"))


def asked_aspects(query: Query, glossary: Glossary, cues: AspectCues) -> tuple[tuple[str, ...], bool]:
    """The aspects the question asks for and whether it wants a whole list, from its words without the
    action's name ('Sector Skills Alliances' does not ask about sectors), in the sentence that asks."""
    plain = glossary.without_actions(asking_part(query.text))
    aspects = cues.asked(plain, query.language)
    if not aspects and query.actions and asks_what_it_is(plain, query.language):
        # 'What is a Sector Skills Alliance?': what the action is, else what it is for (not its composition)
        return ("about", "aims"), False
    if unit_kind(plain, query.language):  # 'how many years' asks no composition
        aspects = tuple(a for a in aspects if a != "composition")
    if "partner-countries" in query.concepts and aspects == ("who-can-take-part",):
        # 'Millä ehdoilla kenialainen aikuisopisto voisi osallistua?': who may take part, asked of an organisation from
        # a partner country (retrieval.analyse reads the country as one), and nothing narrower named ('as an associated
        # partner' asks of the role)
        aspects = (*aspects, "partner-countries")
    for broad, narrow in NARROWER.items():
        if broad in aspects and set(aspects) & narrow:
            # 'Mag een universiteit van buiten Europa meedoen?': who may take part, asked of the case that partner
            # countries' claims settle; the narrower aspect leads
            aspects = tuple(a for a in aspects if a != broad) + (broad,)
    for concept, aspect in ASKED_BY_CONCEPT.items():
        if concept in query.concepts:
            # 'one of our partners is already a full partner in another SSA: can it be one in ours too?': whether one
            # may be in two at a time is asked, whatever role is named
            aspects = (aspect, *(a for a in aspects if a != aspect))
    # a request after the question asks for the list too ('what counts as such an output? give examples'); 'what two
    # kinds ...?' wants the list as 'what kinds ...?' does
    text = query.text.strip()
    after = text.split(asking_part(text), 1)[1] if asking_part(text) in text else ""
    wants = cues.wants_list(COUNT_AFTER_WH.sub(r"\1 ", plain), query.language) or cues.wants_list(
        glossary.without_actions(after), query.language
    )
    # 'what is the difference between X and Y?' wants each side's points, not a list
    return aspects, wants and not asks_comparison(query.text)


# topics whose naming asks an aspect before any other its words cue
ASKED_BY_CONCEPT = {"one-at-a-time": "requirements"}
# a count between the question word and what is listed ('what two kinds of partners', 'vilka tre branscher')
COUNT_AFTER_WH = re.compile(
    r"\b(what|which|vilka|vilken|vilket|welke|mitkä|mitä|millaiset)\s+"
    r"(?:two|three|four|five|both|två|tre|fyra|fem|båda|kaksi|kolme|neljä|viisi|twee|drie|vier|vijf|beide|\d+)\s+",
    re.IGNORECASE,
)


# 'what is ...?', 'vad är ...?', 'mikä on ...?', 'wat is ...?' with nothing left once the action is named
WHAT_IS = re.compile(
    r"^\W*(?:what(?:'s|’s|\s+is|\s+are|\s+exactly\s+(?:is|are))|vad\s+(?:är|innebär)|mikä\s+on|mitkä\s+ovat"
    r"|mitä\s+(?:on|ovat)|wat\s+(?:is|zijn|houdt|houden)|wat\s+betekent)(?!\w)",
    re.IGNORECASE,
)
# articles, and the words that ask nothing ('what is X actually?', 'egentligen', 'eigenlijk', 'oikeastaan')
ARTICLES = re.compile(
    r"(?<!\w)(?:a|an|the|en|ett|de|det|een|het|in|då|ändå|" + "|".join(sorted(FILLERS)) + r")(?!\w)", re.IGNORECASE
)


# 'what is X all about?', 'vad går X ut på?', 'waar gaat X over?', 'mistä X:ssä on kyse?': the action's name
# (taken out) between the words; one word of it may be left ('wat houdt een sectorale ... in?')
WHAT_ABOUT = re.compile(
    r"^\W*(?:what(?:'s|’s|\s+is|\s+are)\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?(?:all\s+)?about"
    r"|what\s+(?:does|do)\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?do"
    r"|vad\s+går\s+(?:(?:en|ett|de)\s+)?(?:\w+\s+)?ut\s+på|vad\s+handlar\s+(?:(?:en|ett|de)\s+)?(?:\w+\s+)?om"
    r"|vad\s+gör\s+(?:(?:en|ett|de)\s+)?(?:\w+\s+)?"
    r"|waar\s+gaat\s+(?:(?:een|het|de)\s+)?(?:\w+\s+)?over|wat\s+(?:houdt|houden)\s+(?:(?:een|het|de)\s+)?(?:\w+\s+)?in"
    r"|wat\s+(?:doet|doen)\s+(?:(?:een|het|de)\s+)?(?:\w+\s+)?"
    r"|mistä\s+(?:\S+\s+)?on\s+kyse|mitä\s+(?:\S+\s+)?(?:tarkoittaa|tarkoittavat|tekee|tekevät))\W*$",
    re.IGNORECASE,
)


# 'in Erasmus+', 'Erasmus+-ohjelmassa', 'inom Erasmus+-programmet': the programme's name says nothing more
PROGRAMME = re.compile(
    r"(?<!\w)(?:(?:in|within|under|inom|i|binnen|bij)\s+)?(?:the\s+|het\s+)?erasmus\+?[\w-]*"
    r"(?:\s+(?:programme|program|programmet|programma|ohjelma\w*))?",
    re.IGNORECASE,
)


def asks_what_it_is(plain: str, language: str) -> bool:
    """Does the asking sentence, its action's name taken out (`plain`), ask only what the action is? The brackets
    around a name given twice ('osaamisallianssit (Sector Skills Alliances)') are left empty: nothing asked."""
    plain = " ".join(re.sub(r"[(\[]\W*[)\]]", " ", plain).split())
    if WHAT_ABOUT.match(plain):
        return True
    found = WHAT_IS.match(plain)
    if not found:
        return False
    rest = ARTICLES.sub(" ", PROGRAMME.sub(" ", plain[found.end() :]))
    return not tokens(rest, language)
