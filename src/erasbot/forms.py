"""The form of a question (yes/no, a figure, a list, a comparison, ...), given or guessed from its words.

The guess is rough on purpose: it groups evaluation items by form (an item's own `form` field always
wins) and tells the assistant a yes/no question from others. Pure.
"""

from __future__ import annotations

import re

from erasbot.text import ends_in_abbreviation

# words that colour a question and ask nothing ('what is X actually?', 'vad är X egentligen?'), folded
FILLERS = frozenset(
    [
        "actually",
        "really",
        "exactly",
        "precisely",
        "then",
        "anyway",
        "though",
        "egentligen",
        "exakt",
        "precis",
        "riktigt",
        "da",
        "anda",
        "eigenlijk",
        "precies",
        "dan",
        "nou",
        "toch",
        "oikeastaan",
        "tarkalleen",
        "oikein",
        "sitten",
        "siis",
        "kuitenkaan",
    ]
)
FORMS = ("yes_no", "figure", "list", "comparison", "two_part", "follow_up", "open")

_FOLLOW_UP = re.compile(
    r"^(and|och|ja|en|entä|what about|how about|hur är det med|hoe zit het met|wat dan met|samma för)\b", re.IGNORECASE
)
_COMPARISON = re.compile(
    r"\b(differen\w*|differ|differs|compar\w*|versus|vs\.?|skillnad\w*|jämför\w*|skiljer|verschil\w*"
    r"|vergeleken|vergelijk\w*|ero|eroa|eroaa|eroja|eroavat|verrattuna|vertail\w*|distinguish\w*|onderscheid\w*|erottaa"
    r"|erottavat)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"\b(how (many|much|long|large|big)|what is the (maximum|minimum|max|min)|hur (många|mycket|länge|stort?|lång)"
    r"|hoeveel|hoe (lang|groot|veel)|kuinka (monta|paljon|pitkä|kauan|suuri)|montako|monestako|paljonko"
    r"|minimum|maximum|maximale|max|suurin|pienin|looptijd"
    r"|maximala|minsta|högsta|maximaal|minimaal|enintään|vähintään)\b",
    re.IGNORECASE,
)
_LIST = re.compile(r"\b(which|vilka|welke|mitkä|mitä|list|lista|lijst)\b", re.IGNORECASE)
_YES_NO_FIRST = {
    *[
        "can",
        "could",
        "would",
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "must",
        "may",
        "should",
        "will",
        "has",
        "have",
        "am",
    ],  # en
    *[
        "kan",
        "är",
        "måste",
        "får",
        "går",
        "behöver",
        "ska",
        "skall",
        "finns",
        "har",
        "gäller",
        "räknas",
        "bör",
        "räcker",
        "duger",
        "stämmer",
        "stammer",
    ],  # sv
    *["ar", "maste", "far", "gar", "behover", "galler", "raknas", "racker"],  # sv typed without its marks
    *[
        "kunnen",
        "zijn",
        "moet",
        "moeten",
        "mag",
        "mogen",
        "heeft",
        "hebben",
        "geldt",
        "telt",
        "tellen",
        "wordt",
        "worden",
        "zal",
        "krijgen",
        "krijgt",
        "klopt",
        "waren",
        "werd",
    ],  # nl
    "volstaat",
}
# a connective, then the second part's question word: "Which sectors ..., and how many organisations ...?"
_TWO_PARTS = re.compile(
    # a preposition may come first ('and from which countries ...?', 'och från vilka länder ...?')
    r"[,;]?\s*\b(?:and|och|en|ja|sekä) (?=(?:(?:from|in|for|with|to|by|från|i|för|med|till|av|van|uit|voor|met"
    r"|naar|bij|door) )?(?:how|what|whats|what's|hows|how's|which|when|where|who|hur|vad|vilka|vilken|när|var|vem|hoe"
    r"|hoeveel|hoelang|wat|welke|wanneer|waar|wie|kuinka|mitä|mitkä|milloin|missä|kuka|montako|paljonko"
    r"|can|could|is|are|do|does|must|may|kan|får|måste|är|mag|moet|moeten|zijn|voiko|onko|saako|pitääkö"
    r"|may|will|should)\b)",
    re.IGNORECASE,
)


# abbreviations people write in questions that end no sentence ('esim. Kanadasta?', 'bv. Marokko?', 'eg. Canada?')
ASKED_ABBREVIATIONS = frozenset({"esim.", "bv.", "eg.", "ex.", "mm.", "jne.", "tms.", "ym.", "yms.", "z.b.", "bzw."})


def sentences(text: str) -> list[str]:
    """The text's sentences; a full stop after an abbreviation ('t.ex.', 'esim.', 'bv.') ends none."""
    out: list[str] = []
    # (a sentence ends after its closing quotation mark too: '... "… stå i ansökan." Stämmer det?')
    for piece in re.split(r"(?<=[.!?])\s+|(?<=[.!?][\"”’»])\s+", text.strip()):
        if out and ends_in_abbreviation(out[-1], ASKED_ABBREVIATIONS):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


# a request to go on in another language before the question ('Okej, kan vi ta det på svenska nu: vilka ...?', 'In
# English please: ...', 'Voitko vastata suomeksi? Mitä ...'): about the chat, not the texts (the application's
# language is asked otherwise: 'may we write it in English?')
_LANGUAGE = (
    r"(?:svenska|engelska|finska|nederländska|holländska|english|swedish|finnish|dutch|suomeksi|ruotsiksi|englanniksi|"
    r"hollanniksi|(?:in het )?(?:nederlands|engels|zweeds|fins))"
)
LANGUAGE_REQUEST = re.compile(
    r"^\W*(?:(?:okej|ok|okay|oké|okei|selvä|alright|right|good|bra|goed|hyvä)[,.!]?\s+)?"
    r"(?:(?:kan|kunde|could|can|may|kunnen|kun|kunt|mag|voitko|voisitko|voidaanko|voisimmeko|voinko|saanko|please"
    r"|graag|gärna)\s+)?"
    r"(?:(?:vi|du|we|you|je|u|het|ni|jag|i|ik)\s+)?"
    r"(?:(?:ta|fortsätta|fortsätt|svara|köra|prata|skriva|switch|continue|answer|reply|go on|do|speak|write|talk|"
    r"verder|antwoorden|praten|schrijven|doen|vastata|jatkaa|jatketaan|puhua|kirjoittaa|vastaa|"
    # the asker's own language ('Voinko kysyä suomeksi: ...', 'Kan jag fråga på svenska: ...', 'Can I ask in English:')
    r"kysyä|kysyn|fråga|frågar|ask|vragen|vraag)\s+)?"
    r"(?:(?:det|detta|this|it|that|to|dit|dat|het|me|mig|mij|sen|siihen|tähän|tuohon|minulle)\s+)?(?:(?:på|in|to)\s+)?"
    + _LANGUAGE
    + r"\b"
    r"(?:\s+(?:nu|now|please|tack|kiitos|nyt|graag|alsjeblieft|verder|from now on|istället|i stället))*"
    r"\s*[:,.;!?]+\s*",
    re.IGNORECASE,
)
LANGUAGE_REQUEST_MIN_WORDS = 3  # the question after the request has this many words at least
# a lead-in naming a language up to a colon, in the asker's words ('Tack! Min kollega frågar på svenska: ...',
# 'Switching to English for my Danish colleague: ...', 'sorry, in English now for my manager: ...', 'Kiitos! Jatkan
# suomeksi: ...'): no question of its own (no question mark before the colon)
LANGUAGE_LEAD = re.compile(r"^[^:?\n]{0,80}?\b" + _LANGUAGE + r"\b[^:?\n]{0,60}:\s+", re.IGNORECASE)


# the language an application is written in, told before a colon ('Vi skriver ansökan på engelska: går det bra?'): a
# question on the application's language, no request to the chat
WRITTEN_IN = re.compile(
    r"applica|ansök|hakemu|aanvra|propos|write|writing|written|skriv|kirjoit|schrijf|schrijv|submit|lämna|jätä|indien",
    re.IGNORECASE,
)


def _language_request(text: str) -> re.Match | None:
    """The request to go on in a language that opens the text, when a question of some words follows it."""
    for pattern in (LANGUAGE_REQUEST, LANGUAGE_LEAD):
        found = pattern.match(text)
        if found is None or len(text[found.end() :].split()) < LANGUAGE_REQUEST_MIN_WORDS:
            continue
        if pattern is LANGUAGE_LEAD and WRITTEN_IN.search(found.group(0)):
            continue
        return found
    return None


# the language a request names: its word for the language, folded to a code
_LANGUAGE_CODES = (
    ("sv", re.compile(r"svenska|swedish|ruotsiksi|zweeds", re.IGNORECASE)),
    ("en", re.compile(r"engelska|english|englanniksi|engels", re.IGNORECASE)),
    ("fi", re.compile(r"finska|finnish|suomeksi|fins", re.IGNORECASE)),
    ("nl", re.compile(r"nederländska|holländska|dutch|hollanniksi|nederlands", re.IGNORECASE)),
)


def requested_language(text: str) -> str | None:
    """The language a request before the question asks the answer in ('In English please: hoe lang duurt een
    kennisalliantie?' is answered in English); None when the text opens with no such request or is only one."""
    found = _language_request(text)
    if found is None:
        return None
    return next((code for code, word in _LANGUAGE_CODES if word.search(found.group(0))), None)


def without_language_request(text: str) -> str:
    """The question less a request before it to go on in another language ('Okej, kan vi ta det på svenska nu:
    vilka aktiviteter ...?' asks which activities); the text as it is when nothing follows the request."""
    found = _language_request(text)
    return text if found is None else text[found.end() :]


# a question's first word in the four languages ('montako maata pitää olla mukana', 'and how long does it last')
_ASKS_FIRST = re.compile(
    r"^\W*(?:(?:and|but|also|och|men|även|ja|entä|mutta|en|maar|ook)\s+)?(?:what|which|who|whom|whose|when|where|why"
    r"|how|is|are|can|could|do|does|did|may|must|should|will|would|has|have|vad|vilk\w*|vem|vems|när|var|varför|hur"
    r"|kan|får|måste|ska|skall|är|finns|gäller|behöver|mitä|mikä|mitkä|kuka|ketkä|milloin|missä|mihin|miksi|miten"
    r"|kuinka|montako|paljonko|kauanko|\w+(?:ko|kö)|wat|welk\w*|wie|wanneer|waar|waarom|hoe|hoeveel|zijn|kunnen"
    r"|mag|mogen|moet|moeten|geldt|heeft|hebben)\b",
    re.IGNORECASE,
)


def with_question_mark(text: str) -> str:
    """A question in several sentences whose last one asks without a question mark ('mitä tarvitaan? montako maata
    pitää olla mukana'), with the mark: the last sentence is a part asked, not context. A text of one sentence, or
    ending in a full stop, is left as it is."""
    stripped = text.strip()
    parts = sentences(stripped)
    if len(parts) < 2 or stripped.endswith((".", "!", "?", ":", ";")) or not _ASKS_FIRST.match(parts[-1]):
        return text
    return f"{stripped}?"


def question_sentence(text: str) -> str:
    """The sentence that asks: the last one ending in '?', without the context sentences before it."""
    parts = sentences(text)
    asked = [p for p in parts if p.endswith("?")]
    return asked[-1] if asked else text.strip()


def asking_part(text: str) -> str:
    """What a question asks, without the context before it: the asking sentence when the sentences before it
    only tell ('We are a school in Utrecht. Where do we apply?'), the whole text when an earlier sentence
    asks too (a follow-up read with the question before it: 'How big is the grant? And for three years?')."""
    parts = sentences(text)
    asking = question_sentence(text)
    if asking not in parts:
        return text.strip()
    before = parts[: parts.index(asking)]
    return text.strip() if any(p.endswith("?") for p in before) else asking


def with_sentence_before(text: str) -> str:
    """The asking part and the sentence before it, when the asking part is one sentence of several ('Our partners ask
    how much time we have after the end date. What is the deadline?'); else the asking part."""
    parts = sentences(text)
    asking = asking_part(text)
    if asking not in parts or parts.index(asking) == 0:
        return asking
    return f"{parts[parts.index(asking) - 1]} {asking}"


# a connective before the question's own first word ('And can ...?', 'Och kan ...?', 'En mag ...?', 'Ja voiko ...?')
_CONNECTIVE_FIRST = re.compile(
    r"\W*(?:and|but|so|or|then|och|men|så|eller|en|maar|dus|of|ja|mutta|sekä|tai|entä)\W+(?=\w)", re.IGNORECASE
)


def _first_word(question: str) -> str:
    """The word the question opens with, after a connective ('And can ...?': 'can')."""
    match = re.match(r"\W*(\w+)", question)
    word = match.group(1).lower() if match else ""
    rest = _CONNECTIVE_FIRST.match(question)
    if rest is not None and (after := re.match(r"\W*(\w+)", question[rest.end() :])) is not None:
        following = after.group(1).lower()
        if following in _YES_NO_FIRST or following in _PERMISSION_FIRST or _finnish_question_verb(following):
            return following
    return word


# Finnish question words that take the clitic too and ask no yes or no ('Paljonko ...?', 'Montako ...?')
_FINNISH_WH = ("paljonko", "montako", "monestako", "mistako", "mistäkö", "milloinko", "kuinkako", "mitenkä", "kukako")


def _finnish_question_verb(word: str) -> bool:
    return len(word) > 3 and word.endswith(("ko", "kö")) and word not in _FINNISH_WH  # fi: Voiko, Onko, Saako


# a statement put up to be checked ('I read that a Knowledge Alliance lasts four years, is that right?', '..., eller
# hur?', '..., klopt dat?', '..., pitääkö se paikkansa?')
_CHECKED_TAG = re.compile(
    r"(?:\bis (?:that|this|it) (?:right|correct|true|so)|\b(?:right|true|correct)|\bstämmer (?:det|detta|det verkligen)"
    r"|\beller hur|\bklopt (?:dat|het)|\btoch|\bpitääkö (?:se|tämä|tuo) paikkansa|\bvai mitä|\bonko (?:se|tämä|näin) "
    r"(?:oikein|totta))\W*$",
    re.IGNORECASE,
)


def asks_yes_no(text: str) -> bool:
    """Whether the sentence that asks opens as a yes/no question ('Can...', 'Kan...', 'Voiko...'), or puts a
    statement up to be checked ('..., is that right?')."""
    asked = question_sentence(text)
    # after a condition the main clause asks ('If all our partners are from Sweden, can we ...?', 'Jos ..., kelpaako')
    condition = _CONDITION.match(asked)
    first = _first_word(asked[condition.end() :] if condition else asked)
    return first in _YES_NO_FIRST or _finnish_question_verb(first) or bool(_CHECKED_TAG.search(asked))


# a leading condition up to its comma ('If we only have two companies,', 'Jos kaikki kumppanit ovat Suomesta,')
_CONDITION = re.compile(r"^\W*(?:if|jos|mikäli|mikali|om|ifall|als|indien)\b[^,?]{1,120},\s*", re.IGNORECASE)


# A question asking whether the text says anything on a matter ('Staat er op de Nederlandse pagina iets over het
# minimum aantal partners?', 'does the page say anything about ...', 'står det något om ...', 'mainitaanko sivulla
# ...'): the text saying nothing of it is the answer, 'no', with what it does say.
_IF_SAID = re.compile(
    r"\b(?:(?:does|do|did) (?:the|this|that|their|its|your) [\w' -]{0,40}?(?:say|state|mention|tell|give|list|specify)"
    r"|is (?:there )?anything (?:said |stated |written )?(?:in|on|about)|(?:is|are) [\w -]{0,30}? mentioned"
    r"|staat er\b|stond er\b|(?:zegt|vermeldt|noemt) (?:de|het|die|deze) [\w -]{0,30}?\biets|wordt er (?:iets )?"
    r"(?:gezegd|vermeld|genoemd)|st[aå]r det (?:n[aå]got|n[aå]t|nagot)|s[aä]gs det|n[aä]mns det|n[aä]mner (?:texten|sidan"
    r"|sidorna|dokumentet)|s[aä]ger (?:texten|sidan|sidorna|dokumentet) (?:n[aå]got|n[aå]t)"
    r"|mainitaanko|sanotaanko|kerrotaanko|onko (?:tekstiss[aä]|sivulla|sivuilla|ohjeessa|dokumentissa) (?:mit[aä][aä]n"
    r"|jotain))",
    re.IGNORECASE,
)


def asks_if_said(text: str) -> bool:
    """Whether the sentence that asks is a yes/no question asking if the text says anything on its matter ('what
    does the text say about ...?' asks what, not whether)."""
    asked = question_sentence(text)
    said = _IF_SAID.search(asked)
    # the verb first is a yes/no question too ('Staat er ...', 'Står det ...', 'Zegt de tekst ...')
    return said is not None and (asks_yes_no(text) or not re.search(r"\w", asked[: said.start()]))


# Words opening a question that asks whether something is allowed ('Can a vocational school take part?')
_PERMISSION_FIRST = {
    *["can", "could", "may"],  # en
    *["kan", "får", "går"],  # sv
    *["kan", "kunnen", "mag", "mogen", "krijg", "krijgt", "krijgen"],  # nl
    *[
        "voiko",
        "voivatko",
        "voimmeko",
        "voinko",
        "saako",
        "saavatko",
        "saammeko",
        "saanko",
        "pääseekö",
        "pääsemmekö",
    ],  # fi
}


def asks_permission(text: str) -> bool:
    """Whether the sentence that asks opens as 'may / can ... ?' (not 'must', 'is', 'does')."""
    return _first_word(question_sentence(text)) in _PERMISSION_FIRST


def question_parts(text: str) -> list[str]:
    """A question in two parts split into its parts ("Which sectors ..., and how many ...?" gives two);
    a question in one part is returned whole. Parts shorter than three words are not split off."""
    pieces = [p.strip() for p in re.split(r"(?<=\?)\s+", text.strip()) if p.strip()]
    parts: list[str] = []
    for piece in pieces:
        if parts and not piece.endswith("?"):
            # a sentence telling the case after the question ('Hoeveel leden mag ... hebben? Wij willen met 14
            # afdelingen samen aanvragen.') asks nothing of its own: it stays with the question before it
            parts[-1] = f"{parts[-1]} {piece}"
            continue
        # only the asking sentence is cut: a sentence telling the case ('Vi är en yrkeshögskola och är redan partner
        # i ...') is no question, its 'och är' no second part; it stays with the first part
        told = sentences(piece) if piece.endswith("?") else [piece]
        context, asking = " ".join(told[:-1]), told[-1]
        split = [p.strip(" ,;") for p in _TWO_PARTS.split(asking)]
        split[0] = f"{context} {split[0]}".strip()
        # each part a question of its own ('We are ... UHR. When is the progress report due?'): its asking sentence
        # apart from the context before it
        parts.extend(p if not p or p.endswith(("?", ".", "!")) or not piece.endswith("?") else f"{p}?" for p in split)
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(len(p.split()) < 3 or _BARE_HOW_MUCH.match(p) for p in parts):
        return [text.strip()]
    return parts


# a later part asking only 'how much' ('Can it be extended, and by how much?', 'met hoeveel?'): the measure of the
# part before it (how long an extension is), not a question of its own about a sum
_BARE_HOW_MUCH = re.compile(
    r"^\W*(?:(?:and|och|ja|en|entä)\s+)?(?:(?:by|with|med|met)\s+)?"
    r"(?:how much|hur (?:mycket|mkt)|(?:kuinka|miten) paljon|paljonko|hoeveel)\W*$",
    re.IGNORECASE,
)


_BETWEEN = re.compile(r"\b(between|mellan|tussen|välillä|välinen|välisen|and|och|en|ja)\b", re.IGNORECASE)


def without_comparison(text: str) -> str:
    """The text without the words that make it a comparison ('the difference between ... and ...'): they say
    how a question asks, not what about."""
    if not _COMPARISON.search(text):
        return text
    return _BETWEEN.sub(" ", _COMPARISON.sub(" ", text))


# "do Knowledge Alliances have to be in one sector like sector skills alliances?": one thing asked of two
# actions, likened; a comparison only when two actions are named (parts.py)
_LIKENESS = re.compile(
    r"\b(like|unlike|as with|same as|similar to|just as|as for|precis som|liksom|likt|samma som|på samma sätt som"
    r"|i likhet med|till skillnad från|zoals|net als|net zoals|hetzelfde als|in tegenstelling tot|anders dan"
    r"|kuten|samoin kuin|toisin kuin|niin kuin|samalla tavalla kuin|verrattuna)\b",
    re.IGNORECASE,
)


def likens(text: str) -> bool:
    """Whether the question likens one thing to another ('like', 'precis som', 'zoals', 'kuten', ...)."""
    return bool(_LIKENESS.search(text))


# a choice between two ('Which needs more partners, X or Y?', 'Kumpi vaatii enemmän organisaatioita: X vai Y?')
_WHICH_OF_TWO = re.compile(r"\b(kumpi|kumman|kummassa|kummasta|kummalla|kumpaan)\b", re.IGNORECASE)
_WHICH_FIRST = re.compile(r"^\W*(which|what|vilken|vilket|vilka|welke|welk|wat|mikä|mitkä)\b", re.IGNORECASE)
_COMPARATIVE = re.compile(
    r"\b(more|less|fewer|longer|shorter|larger|bigger|smaller|higher|lower|fler|färre|mer|mindre|längre|kortare"
    r"|större|högre|lägre|meer|minder|langer|korter|groter|kleiner|hoger|lager|enemmän|vähemmän|pidempi|pidemmän"
    r"|lyhyempi|suurempi|isompi|pienempi|korkeampi"
    # superlatives: 'which lasts longest, X or Y?', 'vilken av dem varar längst: X eller Y?'
    r"|most|fewest|longest|shortest|largest|biggest|smallest|highest|lowest|flest|mest|längst|kortast|störst|lägst"
    r"|meest|langst|kortst|grootst|hoogst|laagst|eniten|vähiten|pisin|pisimpään|kauimmin|lyhyin|suurin|isoin|pienin"
    r"|korkein)\b",
    re.IGNORECASE,
)
_OR = re.compile(r"\b(or|eller|of|vai|tai)\b", re.IGNORECASE)


def asks_comparison(text: str) -> bool:
    """Whether the question compares ('difference', 'compared with', 'skillnad', 'verschil', 'ero', ...), or asks
    which of two has more of something ('Which lasts longer, X or Y?', 'kumpi ...')."""
    if _COMPARISON.search(text) or _WHICH_OF_TWO.search(text):
        return True
    asking = question_sentence(text)
    return bool(_WHICH_FIRST.search(asking) and _COMPARATIVE.search(asking) and _OR.search(asking))


def infer_form(question: str) -> str:
    """A rough form for a question in English, Swedish, Dutch or Finnish (one of FORMS).

    Whether it is a yes/no question is read from the sentence that asks, so "We are a Dutch school.
    Which activities are funded?" is a list question, not a yes/no one.
    """
    text = question.strip()
    if _FOLLOW_UP.match(text) and len(text) < 60:
        return "follow_up"
    if asks_comparison(text):
        return "comparison"
    if text.count("?") >= 2 or _TWO_PARTS.search(text):
        return "two_part"
    if _FIGURE.search(text):
        return "figure"
    if asks_yes_no(text):
        return "yes_no"
    if _LIST.search(text):
        return "list"
    return "open"


def check_form(form: str) -> str:
    """The form named, or ValueError listing the known ones."""
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; use one of {', '.join(FORMS)}")
    return form
