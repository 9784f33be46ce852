"""Answers from documents users added: their best sentences quoted under a line saying where they come from,
and whether an added document answers a question a bundled text answers too."""

from __future__ import annotations

import re

from erasbot.forms import asking_part, asks_comparison, asks_yes_no, infer_form
from erasbot.guidance.added_asks import (
    asked_in_units,
    asked_quantities,
    asks_extra_money,
    asks_when,
    detail_missing,
    other_action,
    other_call,
    own_actions_text,
    year_not_given,
)
from erasbot.guidance.added_excluded import asks_what_is_excluded
from erasbot.guidance.added_figures import figure_not_quoted, gives_asked
from erasbot.guidance.added_pairs import figure_beside, going_on, in_reading_order, other_side, quoted_before
from erasbot.guidance.added_selection import added_sentences
from erasbot.guidance.amount_of import names_grant_asked
from erasbot.guidance.aspects import AspectCues
from erasbot.guidance.citations import Answer, Citations
from erasbot.guidance.corpus import DocumentInfo, split_sentences
from erasbot.guidance.cross_words import load_cross_words
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.profiles import PERIOD, asked_period, programme_of
from erasbot.guidance.quoting import (
    PAIR_MAX_CHARS,
    TWO_SENTENCES_MAX_CHARS,
    alike,
    lead_line,
    quote_lines,
    without_repeats,
)
from erasbot.guidance.retrieval import Hit, Query
from erasbot.guidance.said_of import (
    asks_who_may_apply,
    country_figure_missing,
    other_people_in_section,
    over_limit,
    refuses,
)
from erasbot.guidance.scope import says_out_of_scope
from erasbot.guidance.selection import ADDED_PASSAGES, EVIDENCE
from erasbot.guidance.units import asks_share, counted_unit, unit_missing, units_named
from erasbot.guidance.wording import message
from erasbot.text import fold

CITATION_MARK = re.compile(r"\[\d+\]")
# whether something is the same in a period as now (folded): both periods are asked
SAME_OR_NOT = re.compile(
    r"\b(?:the same|samma|sama(?:t|a)?|hetzelfde|dezelfde|zelfde|different|annorlunda|erilai\w*|anders)\b"
)

# a figure asked outright ('how many', 'hur mycket', 'hoeveel', 'kuinka kauan'; folded), or whether there is a limit
# at all ('is there a maximum ...?', 'finns det ett tak', 'onko ... ylärajaa', 'is er een maximum')
FIGURE_ASKED = re.compile(
    r"\b(?:how (?:many|much|long|big|large|old)|hur (?:manga|mycket|lange|lang|stor)|hoeveel|hoe (?:lang|veel|groot|oud)"
    r"|kuinka (?:monta|paljon|kauan|pitka|suuri|vanha)|montako|paljonko|kauanko|what (?:is|are) the|vad (?:ar|blir)"
    r"|wat (?:is|zijn) (?:het|de)|mika on|mitka ovat)\b"
)
LIMIT_EXISTS = re.compile(
    r"\b(?:is there|are there|finns det|is er|zijn er|bestaat er|onko|onks)\b.*\b(?:max\w*|minim\w*|limit\w*|cap|ceiling"
    r"|tak|taket|grans\w*|raja\w*|katto\w*|ylaraja\w*|enimmais\w*|vahimmais\w*|grens\w*|plafond)"
)


def whether_only(asking: str) -> bool:
    """Does a yes/no question ask only whether ('Tellen begeleiders mee voor het maximum aantal deelnemers?'), no
    figure: no how-many, and no limit whose existence is asked ('Is there a maximum number of participants?')?"""
    folded = fold(asking).lower()
    return asks_yes_no(asking) and not FIGURE_ASKED.search(folded) and not LIMIT_EXISTS.search(folded)


PERCENTAGE = re.compile(r"\d\s?(?:%|procent|prosent|percent)")
ADDED_SECOND_SHARE = 0.75  # a second sentence of an added document is quoted when it scores this close to the best


# the words right after 'how much' or 'how many' (folded): the unit they name is what is counted ('paljonko pisteitä')
MUCH_OF = re.compile(
    r"(?<!\w)(?:how (?:many|much)|hur (?:manga|mycket)|kuinka (?:monta|paljon)|montako|paljonko|hoeveel)"
    r"\s+(\w+(?:\s+\w+)?)"
)


def figure_kinds(query: Query, glossary: Glossary) -> set[str]:
    """The figures a question's wording asks for (count, amount, duration), whatever its topic; 'how much' asked
    in a unit that is no money ('paljonko pisteitä pitää saada?') asks no sum."""
    kinds = glossary.question_kinds(query.text) & set(EVIDENCE)
    counted = MUCH_OF.search(fold(query.text).lower())
    units = units_named(counted.group(1)) - {"date"} if counted else frozenset()
    if "amount" in kinds and units and not units & {"euro", "percent"}:
        kinds.discard("amount")
    return kinds


def lacks_figure(answer: Answer, query: Query, glossary: Glossary) -> bool:
    """An abstention, or an answer without a figure of the kind the question asks for (its citation marks
    are no figures)."""
    kinds = figure_kinds(query, glossary)
    text = CITATION_MARK.sub(" ", answer.text)
    return answer.abstained or bool(kinds) and not any(EVIDENCE[k].search(text) for k in kinds)


def covers_aspect(hits: list[Hit], aspects: tuple[str, ...], cues: AspectCues) -> bool:
    """Does a sentence of these passages speak of the aspect the question asks first (any, when it asks none)?"""
    if not aspects:
        return True
    return any(
        aspects[0] in cues.asked(sentence, h.chunk.language)
        for h in hits[:ADDED_PASSAGES]
        for sentence in split_sentences(h.chunk.text)
    )


def added_wins_tie(answer: Answer, query: Query, glossary: Glossary, added_hits: list[Hit]) -> bool:
    """An added document and a bundled text on the same action and period match a question equally: the
    bundled answer stands when it is a curated fact giving the figure asked for (if one is); otherwise the
    added document answers, when its passages give the figure asked for (an abstention gives way to them
    too). A cosine against the curated quotes was tried and dropped: it favours whichever text is in the
    asker's language."""
    kinds = figure_kinds(query, glossary)
    passages = added_hits[:ADDED_PASSAGES]
    if kinds and not all(
        any(EVIDENCE[k].search(s) for h in passages for s in split_sentences(h.chunk.text)) for k in kinds
    ):
        return answer.abstained
    return answer.basis != "fact" or lacks_figure(answer, query, glossary)


def added_answer(
    query: Query,
    hits: list[Hit],
    retrieved: list[Hit],
    documents: dict[str, DocumentInfo],
    glossary: Glossary,
    weights: dict[str, float],
    similarity: dict[str, float],
    beside_similarity: dict[str, float] | None = None,
) -> Answer:
    """An answer from documents users added: their best sentences quoted and cited, under a line saying
    which document they come from (no curated fact speaks for a text nobody curated)."""
    lang = query.said_in  # the language the answer is said in (the question is read in query.language)
    sentences = added_sentences(query, hits, glossary, weights, similarity, beside_similarity=beside_similarity)
    # ('was it the same in the old 2014-2020 programme?', 'the difference from the 2014-2020 partnerships' ask of both)
    compared = SAME_OR_NOT.search(fold(query.text)) or asks_comparison(query.text)
    period = None if compared else programme_of(asked_period(query.text))
    # a period other than the guide's own is answered only where the guide speaks of it ('2.5 How CBHE differs from
    # the 2014-2020 actions'), never by its rules for its own period
    sentences = [c for c in sentences if of_period_asked(c[1], c[2], period, documents)]
    asking = asking_part(query.text)
    kinds = set() if whether_only(asking) else figure_kinds(query, glossary)
    # a sentence on the other people (staff for learners) than the question asks about, or in a passage not naming
    # the thing of its own asked (a fee, a doctoral programme) or the kind of money asked (lump sums for 'inclusion
    # support'), speaks of another thing of the same kind: no answer to it
    kept = [
        c
        for c in saying_asked_things(query, sentences, glossary)
        if not other_people_in_section(asking, c[2], c[1].chunk.heading)
        and names_grant_asked(asking, (c[1].chunk.title, c[1].chunk.heading, c[1].chunk.text))
    ]
    if kept and sentences[0] is not kept[0] and kinds and _lacks(kept[0], kinds, asking):
        # the best sentence was on another thing; the one now leading lacks the figure asked: a neighbour, unless a
        # sentence giving it scores nearly as high ('It lasts from 2 days to 2 months' under 'Staff mobility for
        # training', beside its rule on conferences, for a question asking both)
        # (a sentence giving the figure itself before one under a form's question giving it)
        giving = [c for c in kept if not lacks_asked(c[2], kinds, asking)] or [
            c for c in kept if not _lacks(c, kinds, asking)
        ]
        kept = (
            [giving[0], *(c for c in kept if c is not giving[0])]
            if giving and giving[0][0] >= ADDED_SECOND_SHARE * kept[0][0]
            else []
        )
    elif kept and kinds and not asks_comparison(query.text) and not gives_asked(kept[0][2], kinds):
        # the best sentence gives no figure of a kind asked ('Hun rector vraagt ook of Bergen coordinator zou kunnen
        # worden.' for how many countries are needed): one giving one that scores nearly as high leads (one giving it
        # by the form's question it stands under only where no sentence gives it, nor the best one's question)
        giving = next((c for c in kept[1:] if gives_asked(c[2], kinds)), None)
        if giving is None and not _gives(kept[0], kinds):
            giving = next((c for c in kept[1:] if _gives(c, kinds)), None)
        if giving is not None and giving[0] >= ADDED_SECOND_SHARE * kept[0][0]:
            kept = [giving, *(c for c in kept if c is not giving)]
    sentences = kept
    if kinds and not any(
        any(EVIDENCE[k].search(s) or EVIDENCE[k].search(_own_heading(h)) for k in kinds) for _, h, s, _ in sentences
    ):
        # the figure asked for is nowhere in its passages: not stated, not guessed (a form's question heading the
        # note quoted may state it: 'A.3 Has the organisation been registered for at least 12 months ...?', which
        # the answer's first line names)
        sentences = []
    units = asked_in_units(asking_part(query.text))
    if (kinds or "age" in units) and unit_missing(units, [s for _, _, s, _ in sentences]):
        # nor when no passage gives a figure in the unit asked ('how many hours a week', 'how old must they be')
        sentences = []
    if (
        not sentences
        or says_out_of_scope(sentences[0][2])
        or asks_what_is_excluded(query, hits, glossary)
        or other_call(
            asking_part(query.text), sentences[0][1].chunk.title, sentences[0][1].chunk.heading, sentences[0][2]
        )
        # a figure or a date asked of a year the passage and the guide do not name ('the deadline in 2025')
        or (bool(kinds or asks_when(query.text)) and year_not_given(query.text, *_passage_texts(sentences[0][1])))
        # the guide's own actions: its title's, its section's, the sentence's own (own_actions_text)
        or other_action(
            asking_part(query.text),
            own_actions_text(sentences[0][1].chunk.title, sentences[0][1].chunk.heading, sentences[0][2]),
        )
    ):
        # nothing to quote, or the best sentence is the document saying the subject is outside its scope
        return Answer(query.text, lang, message("abstain", lang, detail=""), True, [], "abstain", retrieved)
    top = sentences[0]
    if country_figure_missing(asking_part(query.text), top[2], top[1].chunk.text):
        # 'the monthly grant in Spain' and 'EUR 250 to 600 depending on the country of destination': not stated
        return Answer(query.text, lang, message("abstain", lang, detail=""), True, [], "abstain", retrieved)
    # what completes the best sentence from its own passage: the other side of a comparison, or the figure asked
    # for that it lacks (added_pairs.py); else the next-best sentence, when it scores close
    # 'is there extra money if ...?' asks for a sum, though no figure is named (nor refused when none is given)
    wanted = kinds | ({"amount"} if asks_extra_money(query.text) else set())
    completing = (
        other_side(query.text, query.language, top, sentences[1:], hits)
        or (
            figure_beside(
                top,
                hits,
                lambda s: any(EVIDENCE[k].search(s) for k in wanted),
                asked_in_units(query.text),
                frozenset(asked_quantities(query.text)),
                asking,
            )
            if wanted
            else None
        )
        # 'what percentage may go to ...?': the sentence beside the best one giving the share
        or (figure_beside(top, hits, PERCENTAGE.search, set()) if asks_share(asking) else None)
        or going_on(top, hits)
    )
    if (quotation := quoted_before(top, hits)) is not None:
        picked = [quotation, top]  # what the person named said, then the line naming them
    elif completing is not None and len(top[2]) + len(completing[2]) < PAIR_MAX_CHARS:
        picked = in_reading_order([top, completing], hits)
    else:
        picked = [top] + [
            c
            for c in sentences[1:3]
            if c[1].chunk.doc_id == top[1].chunk.doc_id
            and c[0] >= ADDED_SECOND_SHARE * top[0]
            and len(top[2]) + len(c[2]) < TWO_SENTENCES_MAX_CHARS
            and not alike(top[2], c[2])
        ][:1]
    picked = without_repeats(picked, query.text)
    citations = Citations(documents)
    # a figure asked of one row of a table in another language ('werkpakketleider': the row of the work package
    # leader); a comparison or a yes/no question may need the whole table
    single = bool(kinds) and not compared
    asked_rows = asked_in_guide(query, picked) if single else query.text
    quoted = quote_lines(picked, citations, asked_rows)
    around = [text for _, hit, _, _ in picked for text in (hit.chunk.heading, hit.chunk.text)]
    said = [sentence for _, _, sentence, _ in picked]
    if (
        figure_not_quoted(query.text, asking, query.language, kinds, quoted, around)
        or detail_missing(asking, said)
        # 'how many hours of programme a day' and sentences counting days: the unit counted is in none of them
        or (kinds and unit_missing(counted_unit(asking), said))
    ):
        # the figure asked is not in the quotes; or 'what is her phone number?' and a sentence naming the agency's
        # mailbox in words: not stated
        return Answer(query.text, lang, message("abstain", lang, detail=""), True, [], "abstain", retrieved)
    lines = [lead_line(picked[0][1], documents, lang), *quoted]
    yes_no = infer_form(query.text) == "yes_no"
    over = over_limit(query.text, picked[0][2]) if yes_no else None
    if over:  # 'We have 40 pupils; can they all come?' 'At most 30 participants.'
        lines.insert(0, message("over_limit", lang, n=str(over[0]), limit=str(over[1])))
    elif yes_no and refused_plainly(query, picked[0][2], picked[0][1].chunk.title):
        lines.insert(0, message("refused", lang))  # 'Can we apply as a consortium?' 'A consortium cannot apply.'
    return Answer(query.text, lang, "\n".join(lines), False, citations.items, "extract", retrieved)


def asked_in_guide(query: Query, picked: list) -> str:
    """The question, with its words in the language of the guide quoted ('werkpakketleider': 'work package'), so a
    table's row it names is singled out in a guide of another language (selection.with_list)."""
    info_language = picked[0][1].chunk.language if picked else query.language
    words = load_cross_words().in_language(query.text, query.language, info_language)
    return " ".join([query.text, *(w for meaning in words for w in meaning)])


def of_period_asked(hit: Hit, sentence: str, period: str | None, documents: dict[str, DocumentInfo]) -> bool:
    """Is the sentence of the period asked: any sentence when none is asked or the guide is of it; else one that
    names the period, or stands under a heading that does?"""
    info = documents.get(hit.chunk.doc_id)
    if period is None or info is None or not info.period or info.period == period:
        return True
    named = {f"{a}-{b}" for a, b in PERIOD.findall(f"{hit.chunk.heading}\n{sentence}")}
    return period in named


def _passage_texts(hit: Hit) -> tuple[str, str, str]:
    return hit.chunk.title, hit.chunk.heading, hit.chunk.text


def lacks_asked(sentence: str, kinds: set[str], asking: str) -> bool:
    """Does a sentence lack a figure of the kinds asked, or in the unit asked ('how many ECTS credits')?"""
    return not any(EVIDENCE[k].search(sentence) for k in kinds) or unit_missing(asked_in_units(asking), [sentence])


def saying_asked_things(query: Query, sentences: list, glossary: Glossary) -> list:
    """The sentences whose passage (its text, heading or the document's title) names every thing of its own the
    question asks about: a glossary concept marked distinct (a fee, insurance, a doctoral programme, a contact, an
    action or programme of its own). A sentence elsewhere speaks of another thing of the same kind (the guide's own
    grant for 'the grant of a Jean Monnet module', its scholarship for 'the fees Uppsala charges'): no answer."""
    others = [
        c
        for c in query.concepts
        if glossary.concepts[c].distinct
        and not _named_absent(c, query.text, glossary)
        and not _told_after(c, query.text, glossary)
    ]
    if not others:
        return sentences
    # what a document's opening passage names (its cover: 'Erasmus+ Sport: Ideella europeiska idrottsevenemang'), the
    # whole document is about: every passage of a sport event's project plan speaks of sport
    opening = {
        c[1].chunk.doc_id: {o for o in others if glossary.occurs(o, f"{c[1].chunk.heading}\n{c[1].chunk.text}")}
        for c in sentences
        if c[1].chunk.n == 0
    }
    return [
        candidate
        for candidate in sentences
        if all(
            c in opening.get(candidate[1].chunk.doc_id, ())
            or any(
                glossary.occurs(c, text)
                for text in (candidate[1].chunk.title, candidate[1].chunk.heading, candidate[1].chunk.text)
            )
            for c in others
        )
    ]


# a word saying the asker lacks the thing named after it ('without a registered association', 'ilman rekisteröityä
# yhdistystä', 'utan', 'zonder'), at most two words before it
LACKING = re.compile(r"\b(?:without|utan|ilman|zonder|no|geen|inget|ingen|vailla)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _told_after(concept: str, question: str, glossary: Glossary) -> bool:
    """Is the thing named only in what the asker tells after the asking sentence ('Mikä on ECHE-haun DL? ... meidän
    rehtori allekirjottaa sen vakuutuksen vasta viime päivänä')? Then it is their case, not what they ask about. Named
    before it, it may be what the question asks of ('we've only got an OID ... is that enough?')."""
    asking = asking_part(question)
    end = question.find(asking) + len(asking)
    return asking.strip() != question.strip() and not glossary.occurs(concept, question[:end])


def _named_absent(concept: str, question: str, glossary: Glossary) -> bool:
    """Does the question name the thing only as one the askers lack ('we are a group of young people without a
    registered association')? Then it is their case, not the thing they ask about."""
    spans = glossary.spans_of(concept, question)
    return bool(spans) and all(LACKING.search(question[:a]) for a, _ in spans)


def refused_plainly(query: Query, sentence: str, title: str) -> bool:
    """A yes/no question on who may apply or take part, answered by a sentence that plainly rules it out."""
    return asks_who_may_apply(asking_part(query.text)) and refuses(sentence, query.text, title)


def _own_heading(hit) -> str:
    """The heading a passage stands under, the last of its path ('... – A.3 Has the organisation been ...?')."""
    return SECTION_NUMBER.sub("", hit.chunk.heading.rsplit(" – ", 1)[-1])


# a heading's own number ('5. How to apply', 'A.3 Has the ...', '2.1'), which is no figure it states
SECTION_NUMBER = re.compile(r"^\s*(?:[A-Z]\.)?\d+(?:\.\d+)*\.?\s+|^\s*[A-Z]\.\s+")


def _gives(candidate, kinds: set[str]) -> bool:
    """Does a candidate sentence give a figure of a kind asked, itself or by the form's question it stands under?"""
    return gives_asked(candidate[2], kinds) or gives_asked(_own_heading(candidate[1]), kinds)


def _lacks(candidate, kinds: set[str], asking: str) -> bool:
    """Does a candidate sentence lack the figure asked, and the form's question it stands under too?"""
    return lacks_asked(candidate[2], kinds, asking) and not gives_asked(_own_heading(candidate[1]), kinds)
