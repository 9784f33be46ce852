"""Which sentences of a document a user added answer a question, best first: each scored against what the
question asks (added_scoring.py), a guide's own questions giving way to their answers, lists rising for a "which
...?" question, and the sentence stating a table's first column inline over its rows (added_rows.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from erasbot.forms import asking_part, asks_comparison, infer_form, question_parts, with_sentence_before
from erasbot.guidance.added_asks import (
    DURATION_WORD,
    HOW_LONG,
    asked_in_units,
    asked_quantities,
    asks_exchange_rate,
    asks_extra_money,
    asks_steps,
    asks_when,
    asks_where,
    case_words,
    offers_choice,
)
from erasbot.guidance.added_corrections import without_taken_back
from erasbot.guidance.added_costs import cost_of_another_thing
from erasbot.guidance.added_dates import dated_first
from erasbot.guidance.added_glosses import glosses
from erasbot.guidance.added_marks import (
    ANNOUNCES_LIST,
    EXAMPLE,
    asks_budget,
    pointed_sections,
    says_not,
    section_number,
)
from erasbot.guidance.added_places import asks_which_countries, country_case, country_tokens, naming_asked
from erasbot.guidance.added_rows import inline_over_rows
from erasbot.guidance.added_scoring import Asking, gives_kind, sentence_score, subject_marks
from erasbot.guidance.added_words import (
    case_word,
    coverage,
    in_document_language,
    on_scale,
    rarity_of,
    read_in,
    spelled_as,
)
from erasbot.guidance.aspects import AspectCues, load_aspect_cues
from erasbot.guidance.corpus import BULLET, is_bullet, split_sentences
from erasbot.guidance.cross_words import load_cross_words
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import WORD, tokens
from erasbot.guidance.reading.model import row_kind
from erasbot.guidance.retrieval import Hit, Query
from erasbot.guidance.said_of import asked_holder, counts_people
from erasbot.guidance.selection import ADDED_PASSAGES, EVIDENCE, SUM_CONCEPTS, with_list
from erasbot.guidance.units import TIMES, asks_share, figure_rates, figure_units, rates_named, without_rates
from erasbot.language import SUPPORTED
from erasbot.rules.country_mentions import countries_named
from erasbot.text import fold

ADDED_LIST_BONUS = 2.0  # a sentence introducing a list, for a "which ...?" question
SHORT_BULLET_CHARS = 40  # a list item this short is scored with the sentence introducing it, not on its own


def added_sentences(
    query: Query,
    hits: list[Hit],
    glossary: Glossary,
    weights: dict[str, float],
    similarity: dict[str, float],
    cues: AspectCues | None = None,
    beside_similarity: dict[str, float] | None = None,
):
    """Sentences of an added document's passages, best first, as (score, hit, sentence, closeness).

    Scored like `candidate_sentences`, but over more of its passages and with what the question asks
    deciding which sentence leads, not what the document is about (every sentence of a guide is close to
    its subject, so the cosine alone favours the opening's): the question's own words, each weighing by
    how rare it is among the document's sentences ('count towards' over 'partner'); the aspect it asks
    (aspects.py's cue words, read in the document's language: 'how many' meets 'at least'); the unit it
    asks a figure in (a sum per day, ECTS credits, participants: units.py); and the glossary's topics.
    `beside_similarity`: the cosine of the question without the action's name (engine.py), averaged with the
    whole question's, so a question in another language still meets the sentence on what it asks.
    The figure asked for is read from the question's wording alone, so a sentence giving a count, a sum
    or a duration rises when one is asked."""
    cues = cues or load_aspect_cues()
    ranked = list(enumerate(hits))
    pool = _sentences_of(ranked[:ADDED_PASSAGES])
    asking = read_asking(query, hits, pool, glossary, cues, similarity, beside_similarity)
    # the passages retrieval ranked lower that speak of what is asked are scored too, the question's words weighing
    # as they do in the passages retrieved first and their cosines on the same scale
    further = further_passages(ranked[ADDED_PASSAGES:], ranked[:ADDED_PASSAGES], asking)
    further += naming_asked(query, ranked[ADDED_PASSAGES:], ranked[:ADDED_PASSAGES] + further, glossary)[
        :FURTHER_PASSAGES
    ]
    scored = pool + _sentences_of(further)
    if len(scored) > len(pool):
        asking = read_asking(query, hits, pool, glossary, cues, similarity, beside_similarity, more=scored[len(pool) :])
    candidates = _scored(scored, asking, glossary, weights, cues)
    best = sorted(candidates, key=lambda c: c[0], reverse=True)[:POINTING_RANKS]
    pointed = set().union(*(pointed_sections(s) for _, _, s, _ in best if is_bullet(s) or len(s) <= POINTER_MAX_CHARS))
    if pointed:  # the sections the best sentences point to are scored too, their sentences on what is asked rising
        chosen = {hit.chunk.chunk_id for _, hit, _, _ in scored}
        scored += _sentences_of(
            [
                (rank, hit)
                for rank, hit in ranked
                if hit.chunk.chunk_id not in chosen and section_number(hit.chunk.heading) in pointed
            ]
        )
        asking = read_asking(query, hits, pool, glossary, cues, similarity, beside_similarity, more=scored[len(pool) :])
        asking = replace(asking, pointed=frozenset(pointed))
        candidates = _scored(scored, asking, glossary, weights, cues)
    candidates = answers_for_questions(candidates)
    # what a later passage corrects ('Correctie: ... schreef ik dat ... minimaal 10 dagen'), and bare sign-offs
    candidates = without_taken_back(candidates, [hit.chunk.text for _, hit in ranked])
    plain = glossary.without_actions(query.text)
    if cues.wants_list(plain, query.language) and not offers_choice(query.text) and candidates:
        candidates = _lists_first(candidates)
    candidates.sort(key=lambda c: c[0], reverse=True)
    if asking.kinds and len(question_parts(query.text)) < 2 and cost_of_another_thing(query.text, candidates, asking):
        return []
    if asks_when(query.text):
        candidates = dated_first(candidates, asking, query.text)
    return inline_over_rows(candidates, set(asking.units), set(asking.kinds), query.text)


POINTING_RANKS = 3  # the best sentences whose pointers to other sections bring those sections in, when they are ...
POINTER_MAX_CHARS = 120  # ... a list item or as short as this: a pointer, where a longer sentence states a rule of
# its own and names a section in passing ('... who are entitled to the top-ups in section 5')


def _scored(
    scored: list[tuple[int, Hit, int, str]], asking: Asking, glossary: Glossary, weights: dict[str, float], cues
) -> list[tuple[float, Hit, str, float]]:
    """Each sentence with its score, as (score, hit, sentence, closeness)."""
    candidates = []
    for rank, hit, k, sentence in scored:
        score, closeness = sentence_score(asking, rank, hit, k, sentence, glossary, weights, cues)
        candidates.append((score, hit, sentence, closeness))
    return candidates


FURTHER_PASSAGES = 4  # passages ranked below ADDED_PASSAGES scored too when they speak of what is asked ...
FURTHER_MIN_COVERAGE = 0.5  # ... naming this share of the question's own words (by their rarity), at least, of
FURTHER_MIN_WORDS = 3  # ... at least this many (two words, 'Brussel' and 'partner', are met by passages in passing)


def further_passages(
    ranked: list[tuple[int, Hit]], first: list[tuple[int, Hit]], asking: Asking
) -> list[tuple[int, Hit]]:
    """The passages that retrieval ranked below the `first` ones scored but that name most of the question's own
    words in their document's language (its rarest above all), and more of them than any of the first ones: a
    question put in Finnish to an English guide meets the passage stating the award threshold on the embedding
    alone, which ranks it 15th; its words 'points', 'application', 'funding' are all there. At most
    FURTHER_PASSAGES, the best covering first."""

    def share(hit: Hit) -> float:
        own = asking.own.get(hit.chunk.language, set())
        # a FAQ's question heading says what its answer is about ('Hoe lang moeten we bewijsstukken bewaren?')
        asked = hit.chunk.heading.rsplit(" – ", 1)[-1] if hit.chunk.heading.rstrip().endswith("?") else ""
        return coverage(set(tokens(f"{asked}\n{hit.chunk.text}", hit.chunk.language)), own, asking.rarity)

    best_first = max((share(hit) for _, hit in first), default=0.0)
    covering = []
    for rank, hit in ranked:
        if len(asking.own.get(hit.chunk.language, set())) < FURTHER_MIN_WORDS:
            continue
        covered = share(hit)
        if covered >= FURTHER_MIN_COVERAGE and (covered > best_first or _gives_rate(hit, asking)):
            covering.append((covered, -rank, rank, hit))
    covering.sort(reverse=True)
    found = [(rank, hit) for _, _, rank, hit in covering[:FURTHER_PASSAGES]]
    # a unit of its own asked ('how many times', 'at what time') that no passage retrieved first gives a figure in:
    # the first passage ranked lower that does ('enintään kolme kertaa viiden peräkkäisen hakukierroksen aikana')
    distinct = set(asking.units) & OWN_UNITS
    if distinct and not any(_gives_unit(hit, distinct) for _, hit in first + found):
        found += next(([(rank, hit)] for rank, hit in ranked if _gives_unit(hit, distinct)), [])
    return found


# units no other kind of figure is given in ('poäng' may be a study's credits or an award's points: neither)
OWN_UNITS = {"times", "hour"}


def _gives_unit(hit: Hit, units: set[str]) -> bool:
    return any(figure_units(sentence) & units for sentence in split_sentences(hit.chunk.text))


def _gives_rate(hit: Hit, asking: Asking) -> bool:
    """Does the passage give a figure of the kind asked at the rate asked ('500 euroa kuukaudessa' for 'how much for
    project management per month?'), where the first passages name the same words over a number of months?"""
    return bool(asking.rates) and any(
        asking.rates & figure_rates(line) and gives_kind(line, asking.kinds) for line in hit.chunk.text.split("\n")
    )


# the words naming who or what a yes/no question asks about, after its verb ('Kan en folkhögskola ...', 'Mag een
# universiteit ...'): at most this many, the articles skipped
SUBJECT_WORDS = 2
ARTICLES = {"a", "an", "the", "en", "ett", "een", "de", "het", "det", "den"}


def _names_subject(word: str, language: str, subject_words: set[str]) -> bool:
    """Does the word name the guides' subject, in its language or theirs ('nuorisovaihdon': 'youth', 'exchange')?"""
    if set(tokens(word, language)) & subject_words:
        return True
    cross = load_cross_words()
    return any(
        set(tokens(" ".join(meant), lang)) & subject_words
        for lang in SUPPORTED
        if lang != language
        for meant in cross.in_language(word, language, lang)
    )


def _short_items(hit: Hit) -> str:
    """The short items of a passage's lists ('folkhögskolor och studieförbund'), as one text."""
    return " ".join(line for line in hit.chunk.text.split("\n") if is_bullet(line) and len(line) < SHORT_BULLET_CHARS)


def _sentences_of(ranked: list[tuple[int, Hit]]) -> list[tuple[int, Hit, int, str]]:
    """The sentences to score of these passages, as (rank, hit, k, sentence); a short list item is scored with the
    sentence introducing it."""
    return [
        (rank, hit, k, sentence)
        for rank, hit in ranked
        for k, sentence in enumerate(split_sentences(hit.chunk.text))
        if not (is_bullet(sentence) and len(sentence) < SHORT_BULLET_CHARS)
    ]


ASKING_MIN_WORDS = 2  # an asking sentence naming fewer own words than this ('Can they all come?') leans on its case


def _own_words(
    text: str,
    asked_in: str,
    languages: set[str],
    subject_words: set[str],
    rarity: dict[str, float],
    known_words: dict[str, frozenset[str]],
) -> dict[str, set[str]]:
    """The question's own words per document language, less the documents' subject words (`known_words`: per
    language, the words of every passage retrieved)."""
    # the words asking how long ('how long', 'hur länge') ask for a duration: 'long' would meet every 'long-term' of
    # the guide, whatever the question asks about; they are read as the word for a duration ('Duration of the project')
    content = HOW_LONG.sub(f" {DURATION_WORD.get(asked_in, 'duration')} ", fold(text))
    own = {lang: (read_in(content, asked_in, lang) - subject_words) for lang in languages}
    for lang in languages - {asked_in}:  # a question put to a document in another language
        known = known_words.get(lang, frozenset())
        own[lang] = in_document_language(own[lang], content, asked_in, lang, rarity, known) - subject_words
    for lang in languages:  # the country asked about by the document's names for it ('UK': 'united', 'kingdom')
        used = known_words.get(lang, frozenset())
        own[lang] |= {t for t in country_tokens(text, (lang,)) if t in rarity or t in used} - subject_words
    return own


def read_asking(
    query: Query,
    hits: list[Hit],
    scored: list[tuple[int, Hit, int, str]],
    glossary: Glossary,
    cues: AspectCues,
    similarity: dict[str, float],
    beside_similarity: dict[str, float] | None,
    more: list[tuple[int, Hit, int, str]] = (),
) -> Asking:
    """What the question asks of the scored sentences (rank, hit, k, sentence) of the added passages (its words
    weighed by their rarity among them); `more`, sentences scored beside them, their cosines on the same scale."""
    kinds = glossary.question_kinds(query.text) & set(EVIDENCE)
    # 'which lump sums', 'what is the maximum grant': sums are asked for; 'which exchange rate converts the budget to
    # euro' asks a rule
    if (
        "wh" in glossary.question_kinds(query.text)
        and set(query.concepts) & SUM_CONCEPTS
        and not asks_exchange_rate(query.text)
    ):
        kinds.add("amount")
    if asks_extra_money(query.text):
        kinds.add("amount")  # 'is there extra money if ...?': the sum the case gets
    # the words of the documents' titles name their subject, which every passage shares: not what is asked
    subject_words = {w for h in hits for w in tokens(h.chunk.title, h.chunk.language)}
    query = replace(query, focus_tokens=tuple(w for w in query.focus_tokens if w not in subject_words))
    asked_words = set(query.focus_tokens)
    plain = glossary.without_actions(query.text)
    # a topic counts when the question names it beside the action ('innovation' in 'allians för innovation' does not);
    # the month a sum is asked per is no duration asked ('how much per month?')
    unrated = plain if "duration" in kinds else without_rates(plain)
    beside = set(glossary.find(unrated))
    topics = [c for c in query.concepts if glossary.concepts[c].kind == "topic" and c in beside]
    units = asked_in_units(plain)
    case = case_words(query.text) if infer_form(query.text) == "yes_no" else ""
    case_in = [(h.chunk.language, s) for _, h, _, s in scored]  # the sentences a case's word is looked for in
    if infer_form(query.text) == "yes_no" and not case:
        # 'Kan en folkhögskola vara sökande?': with no clause naming its case, the word after its verb that few of the
        # guide's lists of short items name is it ('Exempel på organisationer som kan söka: folkhögskolor och
        # studieförbund; kommuner; ...'); the title's words are the subject, not the case
        words = [w for w in WORD.findall(asking_part(plain))[1:] if w.lower() not in ARTICLES][:SUBJECT_WORDS]
        case = " ".join(w for w in words if not _names_subject(w, query.language, subject_words))
        passages = {h.chunk.chunk_id: h for _, h, _, _ in scored}.values()
        case_in = [(h.chunk.language, items) for h in passages if (items := _short_items(h))]
    ids = [f"{h.chunk.chunk_id}/{k}" for _, h, k, _ in scored]
    more_ids = [f"{h.chunk.chunk_id}/{k}" for _, h, k, _ in more]
    scales = [
        on_scale({i: sims[i] for i in ids if i in sims}, {i: sims[i] for i in more_ids if i in sims})
        for sims in (similarity, beside_similarity or {})
    ]
    rarity = rarity_of([tokens(s, h.chunk.language) for _, h, _, s in scored])
    languages = {h.chunk.language for h in hits}
    known = {
        lang: frozenset(w for h in hits if h.chunk.language == lang for w in tokens(h.chunk.text, lang))
        for lang in languages - {query.language}
    }
    # a comparison's other side is often another action ('different from the old strategic partnerships'): its name
    # is what the question asks about, where the guide's own subject words are not
    compared = query.text if asks_comparison(query.text) else plain
    own = _own_words(compared, query.language, languages, subject_words, rarity, known)
    asking = glossary.without_actions(asking_part(query.text))
    if asking.strip() != plain.strip():
        # a question telling its case first ('We are a small adult education centre ... Can the project be extended,
        # and by how much at most?'): what its asking sentence names is what it asks, the case's words are context
        # (the embedding and the words overlap still read them)
        asked_own = _own_words(asking, query.language, languages, subject_words, rarity, known)
        if any(len(words) < ASKING_MIN_WORDS for words in asked_own.values()):
            # 'What is the deadline?' after 'Our partners ask how much time we have after the end date ...': the
            # sentence before it says what is asked
            two = glossary.without_actions(with_sentence_before(query.text))
            asked_own |= {
                lang: words
                for lang, words in _own_words(two, query.language, languages, subject_words, rarity, known).items()
                if len(asked_own[lang]) < ASKING_MIN_WORDS
            }
        own |= {lang: words for lang, words in asked_own.items() if len(words) >= ASKING_MIN_WORDS}
    if query.language in own:  # a slip of typing is read as the document's word only in the document's language
        own[query.language] = spelled_as(own[query.language], rarity)
        asked_words = spelled_as(asked_words, rarity)
    return Asking(
        kinds=frozenset(kinds),
        units=frozenset(units),
        rates=frozenset(rates_named(plain)),  # 'how much per month': a sum per month answers, not a number of months
        negated=says_not(asking_part(query.text)),  # 'which costs are not covered?', 'vilka kostnader täcks inte?'
        share=asks_share(asking_part(query.text)),  # 'how much of our grant ...': the percentage, not the rates
        wants_example=bool(EXAMPLE.search(fold(query.text))),
        quantities=frozenset(asked_quantities(query.text)),
        # what a duration is asked of (the project, or an activity), read in the asking sentence (after context)
        holder=asked_holder(asking_part(query.text)) if "duration" in kinds or units & set(TIMES) else None,
        wants_limit=counts_people(query.text),  # '40 students; can they all take part?': the limit answers
        compares=asks_comparison(query.text),
        yes_no=infer_form(query.text) == "yes_no",
        named_case=case_word(case, case_in, query.language),
        country=country_case(query.text, [h for _, h, _, _ in (*scored, *more)], rarity),
        named_subjects=subject_marks(query.text),
        budget=asks_budget(query.text),
        countries=asks_which_countries(query.text),
        exchange_rate=asks_exchange_rate(query.text),
        where=asks_where(query.text),
        steps=asks_steps(query.text),
        glosses={
            lang: glosses((s for h in hits if h.chunk.language == lang for s in split_sentences(h.chunk.text)), lang)
            for lang in languages
        },
        named_countries=several_countries(query.text),
        topics=tuple(topics),
        # what the asking sentence asks, not the case told before it ('... our Swedish partner submits the
        # application to UHR. When is the progress report due?' asks no application)
        aspects=tuple(cues.asked(asking, query.language) or cues.asked(plain, query.language)),
        asked_words=frozenset(asked_words),
        own=own,
        subject_words=frozenset(subject_words),
        rarity=rarity,
        scales=scales,
    )


def several_countries(text: str) -> frozenset[str]:
    """The countries a question names when it names two or more ('partners uit Noorwegen en Turkije'); none else (one
    country asked is read by added_places)."""
    named = frozenset(countries_named(text))
    return named if len(named) >= 2 else frozenset()


SHORT_ANSWER_CHARS = 40  # an answer this short ('Yes.', 'No, only one.') is quoted with the sentence after it
# a question told, not asked ('Hun rector vraagt ook of Bergen coordinator zou kunnen worden.', 'She also asks whether
# ...', 'Han undrar om ...', 'Hän kysyy myös, voiko ...'; folded, lower case), or a mail's closing ('Groet, Marloes'):
# no answer to the question before it in a quoted mail
TOLD_QUESTION = re.compile(
    r"\b(?:vraagt (?:\w+ )?(?:of|wat|hoe|waarom|wie|wanneer)|wil(?:len)? (?:\w+ )?weten|asks? (?:\w+ )?(?:whether|if|what|how"
    r"|why|who|when)|wants? to know|wonders?|fragar (?:\w+ )?(?:om|vad|hur|varfor|vem|nar)|undrar|vill veta|kysyy"
    r"|kysyvat|haluaa tietaa|haluavat tietaa)\b"
    r"|^\W*(?:(?:met )?(?:vriendelijke )?groet(?:en)?|(?:kind |best )?regards|(?:med )?vanliga halsningar|halsningar"
    r"|terveisin|ystavallisin terveisin)\b"
)


def answers_for_questions(candidates: list) -> list:
    """A guide's own question ('Can a university coordinate two EMJMs?' in its FAQ) is no answer: its score
    goes to the sentence after it in its passage, the answer; a question with no answer after it is left out. A
    table row ending with a question of its cell ('Waar let de expert op?: ... gebruikt?') is a row, no question."""
    kept: dict[tuple[str, str], tuple] = {}
    for score, hit, sentence, closeness in candidates:
        if asks_listed_questions(sentence, hit.chunk.text):
            continue  # 'Ik heb nog een paar vervolgvragen:' over a list of questions: a mail's questions, no answer
        if sentence.rstrip().endswith("?") and not (is_bullet(sentence) and row_kind(BULLET.sub("", sentence))):
            sentences = split_sentences(hit.chunk.text)
            k = sentences.index(sentence) if sentence in sentences else -1
            if not 0 <= k < len(sentences) - 1 or sentences[k + 1].rstrip().endswith("?"):
                continue
            if TOLD_QUESTION.search(fold(sentences[k + 1]).lower()):
                continue  # a quoted mail's questions, one after the other: no answer follows
            sentence = sentences[k + 1]
            if len(sentence) < SHORT_ANSWER_CHARS and k + 2 < len(sentences):  # 'Yes.' with what follows it
                sentence = f"{sentence} {sentences[k + 2]}"
        key = (hit.chunk.chunk_id, sentence)
        if key in kept:
            best = kept[key]
            kept[key] = (max(score, best[0]), hit, sentence, max(closeness, best[3]))
        else:
            kept[key] = (score, hit, sentence, closeness)
    return list(kept.values())


def asks_listed_questions(sentence: str, text: str) -> bool:
    """Does the sentence introduce a list of questions ('Vragen die je kunt meenemen naar het NA:' over '1. Kan Jayden
    toch mee ...?', '2. Mogen we ...?')?"""
    if not sentence.rstrip().endswith(":"):
        return False
    lines = [line.strip() for line in text.split("\n")]
    at = next((i for i, line in enumerate(lines) if line == sentence.strip() or line.endswith(" " + sentence.strip())), None)
    items = []
    for line in lines[at + 1 :] if at is not None else []:
        if not is_bullet(line):
            break
        items.append(BULLET.sub("", line).strip())
    return len(items) >= 2 and all(item.endswith("?") for item in items)


ANNOUNCING_RANKS = 3  # the best sentences whose announced list rises with the best one's


def _lists_first(candidates: list) -> list:
    """For a "which ...?" question, a list in the section of the best sentence rises: 'which costs are
    covered?' is answered by the section's list of them, not by its opening sentence; so does the list of a
    section whose sentence among the best few announces it ('... from the following regions:' with its table in
    the next passage). A list elsewhere does not (the section that answers is the best sentences')."""
    ranked = sorted(candidates, key=lambda c: c[0], reverse=True)
    sections = {(ranked[0][1].chunk.doc_id, ranked[0][1].chunk.heading)} | {
        (hit.chunk.doc_id, hit.chunk.heading)
        for _, hit, sentence, _ in ranked[:ANNOUNCING_RANKS]
        if ANNOUNCES_LIST.search(fold(sentence))
    }
    return [
        (score + ADDED_LIST_BONUS, hit, sentence, closeness)
        if (hit.chunk.doc_id, hit.chunk.heading) in sections and with_list(sentence, hit.chunk.text) != sentence
        else (score, hit, sentence, closeness)
        for score, hit, sentence, closeness in candidates
    ]
