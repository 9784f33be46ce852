"""Questions about a document a user added are answered from it, by what its own title, headings,
period and text say; never from a bundled text of another period, and an added document lifts an
abstention only for what it covers."""

from __future__ import annotations

import pytest

from erasbot.guidance.answer import compose_answer
from erasbot.guidance.corpus import Chunk, DocumentInfo
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.profiles import absent_marks, build_profiles
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.selection import EVIDENCE
from erasbot.guidance.snapshot import concept_text, corpus_stats
from erasbot.guidance.subjects import PASSAGE_APART, choose_subject, nearest_by_passages
from erasbot.guidance.titles import closest_title

GLOSSARY = load_glossary()

SPA = DocumentInfo(
    "strategic-partnerships-adult-education",
    "Strategiska partnerskapsprojekt inom vuxenutbildning (KA2)",
    "sv",
    "Finnish national agency",
    ("strategic-partnership-adult",),
    "Strategic Partnerships, adult education (KA2)",
    "2014-2020",
)
GUIDE = DocumentInfo(
    "vagledning",
    "Samarbetspartnerskap inom vuxenutbildning – vägledning för sökande",
    "sv",
    "user document",
    (),
    "",
    "2021-2027",
)
BIP = DocumentInfo(
    "bip-call",
    "Blended Intensive Programmes – Guide for higher education institutions, call 2024",
    "en",
    "user document",
    (),
    "",
    "2021-2027",
)
PASSAGES = [
    (
        SPA,
        "Strategiska partnerskapsprojekt",
        "Projekten pågår i 1-3 år. Partnergruppen måste bestå av minst 3 organisationer från 3 programländer.",
    ),
    (SPA, "Bidrag", "EU-bidraget till ett strategiskt partnerskap är högst 150 000 euro per år."),
    (
        GUIDE,
        "Engångsbelopp",
        "• Insats: Småskaligt partnerskap (KA210-ADU); Möjliga engångsbelopp: 30 000 eller 60 000 euro; Projekttid: 6–24 månader",
    ),
    (
        GUIDE,
        "Krav på partnerskapet",
        "Ett småskaligt partnerskap ska bestå av minst två organisationer från två olika programländer.",
    ),
    (
        BIP,
        "3.1 Physical and virtual components",
        "The physical mobility lasts from 5 to 30 days. The virtual component is compulsory.",
    ),
    (
        BIP,
        "4.2 Individual support for participants",
        "Students on a long-term mobility receive between EUR 250 and EUR 600 per month.",
    ),
]
CHUNKS = tuple(
    Chunk(f"{doc.id}#{n}", doc.id, n, heading, text, doc.language, doc.actions, doc.period, doc.title)
    for n, (doc, heading, text) in enumerate(PASSAGES)
)
DOCUMENTS = {d.id: d for d in (SPA, GUIDE, BIP)}
CONCEPTS = tuple(tuple(GLOSSARY.find(concept_text(c))) for c in CHUNKS)
STATS = corpus_stats(CONCEPTS, GLOSSARY)
PROFILES = build_profiles(DOCUMENTS, CHUNKS, CONCEPTS, GLOSSARY)


def ask(question: str, language: str, profiles=PROFILES):
    query = analyse(question, language, GLOSSARY, ("sv", "en"))
    hits = [Hit(c, 1.0 - i / 10, 0.5, 0.5) for i, c in enumerate(CHUNKS)]  # the 2014-2020 text ranked first
    return compose_answer(
        query, hits, DOCUMENTS, GLOSSARY, load_facts(), set(STATS.supported), STATS.concept_weights, {}, profiles
    )


def subject_of(question: str, language: str):
    query = analyse(question, language, GLOSSARY, ("sv", "en"))
    return choose_subject(question, language, query.concepts, PROFILES, GLOSSARY, STATS.concept_weights)


def test_a_question_on_the_added_guides_subject_is_answered_from_it_not_from_the_older_period():
    answer = ask("How long can a small-scale partnership in adult education last?", "en")
    assert not answer.abstained
    assert {c.doc_id for c in answer.citations} == {"vagledning"}
    assert "6–24 månader" in answer.text
    # the line before the quotes says, in the asker's language, which document and language they come from
    assert answer.text.startswith("From “Samarbetspartnerskap inom vuxenutbildning – vägledning för sökande")
    assert "(user document), in Swedish:" in answer.text
    assert "2014" not in answer.text


def test_a_question_naming_the_older_action_is_not_answered_from_the_added_guide():
    question = "Kuinka paljon avustusta aikuiskoulutuksen strategiseen kumppanuushankkeeseen voi enintään saada?"
    assert subject_of(question, "fi").added is False
    answer = ask(question, "fi")
    assert "vagledning" not in {c.doc_id for c in answer.citations}


def test_a_question_naming_another_period_is_not_answered_from_the_added_guide():
    subject = subject_of("Hur länge pågår ett småskaligt partnerskap inom vuxenutbildning 2014-2020?", "sv")
    assert "vagledning" not in subject.doc_ids


def test_a_question_with_no_glossary_concept_is_answered_when_an_added_document_covers_it():
    answer = ask("Is the virtual component of a blended intensive programme compulsory?", "en")
    assert not answer.abstained
    assert {c.doc_id for c in answer.citations} == {"bip-call"}
    assert "compulsory" in answer.text


def test_a_question_no_document_covers_is_refused_with_documents_added():
    assert ask("Is the canteen open on Sundays?", "en").abstained
    # an added guide that mentions a monthly grant does not answer for an exchange semester's credits
    assert ask("How many ECTS credits do I need to complete during my exchange?", "en").abstained


def test_without_added_documents_nothing_changes():
    bundled_only = {k: v for k, v in PROFILES.items() if k == SPA.id}
    query = analyse("Hur länge pågår projekten?", "sv", GLOSSARY, ("sv",))
    assert choose_subject(query.text, "sv", query.concepts, bundled_only, GLOSSARY, {}) is None


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("duration", "The final report is due within 60 days after the end of the project."),
        ("duration", "The physical mobility lasts from 5 to 30 days."),
        ("duration", "Mobiliteten varar 2–8 veckor."),
        ("duration", "De mobiliteit duurt minimaal 2 weken."),
        ("count", "Each student must be awarded at least 3 ECTS credits."),
        ("count", "A programme must have at least 15 mobile participants."),
        ("amount", "Students receive between EUR 250 and EUR 600 per month."),
        ("amount", "Stipendiet är 350 euro per månad."),
        ("amount", "The first pre-financing is 40% of the grant."),
        ("amount", "Organisational support of EUR 400 per participant."),
    ],
)
def test_figures_in_days_weeks_credits_participants_and_euros_per_month_are_figures(kind, text):
    assert EVIDENCE[kind].search(text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("duration", "The grant agreement is signed by the coordinator."),
        ("amount", "The grant is a lump sum."),
        ("amount", "Work package 3 covers dissemination."),
    ],
)
def test_words_without_a_figure_are_not_figures(kind, text):
    assert not EVIDENCE[kind].search(text)


NO_TITLE_WORD = "Onko virtuaalinen osuus pakollinen monimuotoisessa opetusjaksossa?"


def test_a_question_naming_the_guides_subject_in_another_language_is_answered_from_the_closest_title():
    question = NO_TITLE_WORD
    query = analyse(question, "fi", GLOSSARY, ("sv", "en"))
    # no word of the English title (nor a cognate of one), so only the embedding's closeness to the titles can tell
    assert choose_subject(question, "fi", query.concepts, PROFILES, GLOSSARY, STATS.concept_weights).doc_ids != {
        "bip-call"
    }
    close = {"bip-call": 0.83, "vagledning": 0.80}
    subject = choose_subject(question, "fi", query.concepts, PROFILES, GLOSSARY, STATS.concept_weights, close)
    assert subject.added and subject.doc_ids == {"bip-call"}


@pytest.mark.parametrize(
    "close",
    [
        {"bip-call": 0.83, "vagledning": 0.82},  # two titles about as close: neither is the subject
        {"bip-call": 0.75, "vagledning": 0.70},  # no title close enough
    ],
)
def test_titles_not_clearly_closest_do_not_make_the_subject(close):
    question = NO_TITLE_WORD
    query = analyse(question, "fi", GLOSSARY, ("sv", "en"))
    subject = choose_subject(question, "fi", query.concepts, PROFILES, GLOSSARY, STATS.concept_weights, close)
    assert not subject.added


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Onko virtuaalinen osuus pakollinen monimuotoisessa intensiiviohjelmassa?", "fi"),
        ("Hoeveel steun krijgt een deelnemer per dag in een blended intensief programma?", "nl"),
    ],
)
def test_a_word_of_one_added_title_in_the_askers_language_names_that_guide(question, lang):
    query = analyse(question, lang, GLOSSARY, ("sv", "en"))
    # the titles' embeddings would point elsewhere: the title's own word, as a cognate, decides
    close = {"vagledning": 0.86, "bip-call": 0.80}
    subject = choose_subject(question, lang, query.concepts, PROFILES, GLOSSARY, STATS.concept_weights, close)
    assert subject.added and subject.doc_ids == {"bip-call"}


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Kuinka pitkä on pienimuotoisen kumppanuuden hankeaika aikuiskoulutuksessa?", "fi"),
        ("Hoelang duurt een kleinschalig partnerschap in de volwasseneneducatie?", "nl"),
        ("How long does a partnership in adult education last?", "en"),
    ],
)
def test_a_field_the_glossary_gives_an_earlier_action_is_answered_from_the_current_programmes_guide(question, lang):
    # 'adult education' names the 2014-2020 Strategic Partnerships in the glossary; asked with no period
    # and not by that action's own name, it is about the current programme: the added 2021-2027 guide
    assert subject_of(question, lang).doc_ids == {"vagledning"}
    answer = ask(question, lang)
    assert {c.doc_id for c in answer.citations} == {"vagledning"}
    assert "6–24" in answer.text


def test_a_question_naming_a_bundled_action_is_not_sent_to_the_closest_title():
    question = "Kuinka paljon avustusta aikuiskoulutuksen strategiseen kumppanuushankkeeseen voi enintään saada?"
    query = analyse(question, "fi", GLOSSARY, ("sv", "en"))
    close = {"vagledning": 0.86, "bip-call": 0.75}
    subject = choose_subject(question, "fi", query.concepts, PROFILES, GLOSSARY, STATS.concept_weights, close)
    assert subject.added is False


def test_closest_title_ignores_documents_of_another_period():
    profiles = {d: p for d, p in PROFILES.items()}
    assert closest_title({"bip-call": 0.85, "vagledning": 0.80}, profiles, "2014-2020") is None
    assert closest_title({"bip-call": 0.85, "vagledning": 0.80}, profiles, None) == "bip-call"


def test_a_table_row_is_not_quoted_again_beside_the_joined_rows_that_contain_it():
    from erasbot.guidance.quoting import without_repeats

    row = "Insats: Småskaligt partnerskap (KA210-ADU); Möjliga engångsbelopp: 30 000 eller 60 000 euro"
    joined = "Insats: Samarbetspartnerskap (KA220-ADU); Möjliga engångsbelopp: 120 000 euro; " + row
    hit = Hit(CHUNKS[2], 1.0, 0.5, 0.5)
    picked = [(3.0, hit, row, 0.0), (2.5, hit, joined, 0.0)]
    assert [s for _, _, s, _ in without_repeats(picked)] == [joined]
    assert [s for _, _, s, _ in without_repeats([(3.0, hit, row, 0.0), (2.0, hit, row, 0.0)])] == [row]
    other = "Ett småskaligt partnerskap ska bestå av minst två organisationer."
    assert len(without_repeats([(3.0, hit, row, 0.0), (2.0, hit, other, 0.0)])) == 2


@pytest.mark.parametrize(
    ("question", "left", "gone"),
    [
        (
            "Wanneer kan een samenwerkingspartnerschap in de volwasseneneducatie op zijn vroegst starten?",
            "Wanneer kan een in de op zijn vroegst starten?",
            "samenwerkingspartnerschap",
        ),
        (
            "Hoeveel steun krijgt een deelnemer aan een blended intensief programma?",
            "deelnemer",  # a topic a title names ('institutions') may be what is asked: it stays
            "intensief",
        ),
    ],
)
def test_what_a_question_asks_is_read_without_the_words_naming_the_guides_subject(question, left, gone):
    from erasbot.guidance.titles import without_subject

    plain = without_subject(question, PROFILES, GLOSSARY)
    assert left in plain
    assert gone not in plain


def test_a_field_word_leaves_the_question_to_the_earlier_text_when_the_guide_has_nothing_on_the_aspect_asked():
    # 'themes' is nowhere in the added guide's passages: the current programme's guide does not answer it
    answer = ask("Vilka teman passar ett partnerskap inom vuxenutbildning?", "sv")
    assert "vagledning" not in {c.doc_id for c in answer.citations}


def ask_with_similarity(question: str, language: str, similarity: dict[str, float]):
    query = analyse(question, language, GLOSSARY, ("sv", "en"))
    hits = [Hit(c, 1.0 - i / 10, 0.5, 0.5) for i, c in enumerate(CHUNKS)]
    return compose_answer(
        query,
        hits,
        DOCUMENTS,
        GLOSSARY,
        load_facts(),
        set(STATS.supported),
        STATS.concept_weights,
        similarity,
        PROFILES,
    )


def sentence_cosines(closest_doc: str, lead: float) -> dict[str, float]:
    """Every passage's first sentence at 0.80, the closest document's `lead` above the rest."""
    return {f"{c.chunk_id}/0": 0.80 + (lead if c.doc_id == closest_doc else 0.0) for c in CHUNKS}


def test_a_question_naming_no_action_nor_title_goes_to_the_guide_whose_sentences_are_clearly_closest():
    # 'grant' is the 2014-2020 text's curated fact's topic; the question names neither its action nor the guide
    question = "How much does a student receive each month?"
    answer = ask_with_similarity(question, "en", sentence_cosines("bip-call", 0.08))
    assert {c.doc_id for c in answer.citations} == {"bip-call"}
    assert "EUR 250 and EUR 600 per month" in answer.text


def test_sentences_not_clearly_closer_leave_a_question_naming_no_action_to_the_bundled_texts():
    question = "How much does a student receive each month?"
    answer = ask_with_similarity(question, "en", sentence_cosines("bip-call", PASSAGE_APART / 2))
    assert "bip-call" not in {c.doc_id for c in answer.citations}


def test_nearest_by_passages_keeps_to_the_period_asked_and_needs_a_clear_lead():
    best = {"bip-call": 0.90, "vagledning": 0.86, SPA.id: 0.84}
    assert nearest_by_passages(best, PROFILES, None) == "bip-call"
    assert nearest_by_passages(best, PROFILES, "2014-2020") is None
    assert nearest_by_passages(best | {SPA.id: 0.88}, PROFILES, None) is None


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("How long does a KA153 mobility of youth workers last?", {"ka153"}),
        ("What were the deadlines of the blended programmes call 2023?", {"2023"}),
        ("What is the deadline of the blended programmes call 2024?", set()),
        ("Does this guide apply to the programme 2021-2027?", set()),  # a period names no call year
    ],
)
def test_an_action_code_or_year_the_guide_never_names_is_absent(question, absent):
    assert absent_marks(question, {"bip-call"}, PROFILES) == absent


def test_a_question_about_another_call_year_of_the_added_guides_subject_is_refused():
    assert ask("How long is the physical mobility of a blended intensive programme in the 2022 call?", "en").abstained
    assert not ask(
        "How long is the physical mobility of a blended intensive programme in the 2024 call?", "en"
    ).abstained


YOUTH = DocumentInfo(
    "youth-guide", "Youth Exchanges – Guide for applicants, call 2025", "en", "user document", (), "", "2021-2027"
)
YOUTH_CHUNKS = CHUNKS + tuple(
    Chunk(f"{YOUTH.id}#{n}", YOUTH.id, n, heading, text, "en", (), YOUTH.period, YOUTH.title)
    for n, (heading, text) in enumerate(
        [
            ("4.2 Duration of the activity", "Each exchange lasts from 5 to 21 days, not counting travel time."),
            ("3.3 Participants", "Each Youth Exchange has at least 16 and at most 60 participants."),
        ]
    )
)


def test_a_subject_the_chosen_guide_never_mentions_goes_to_the_added_guide_that_does():
    # 'vuxenutbildning' gives the Swedish adult-education guide the question, which never mentions a youth
    # exchange; the youth-exchanges guide does, and answers instead of a refusal
    question = "Hur många dagar får ett ungdomsutbyte inom vuxenutbildning pågå?"
    documents = DOCUMENTS | {YOUTH.id: YOUTH}
    concepts = tuple(tuple(GLOSSARY.find(concept_text(c))) for c in YOUTH_CHUNKS)
    stats = corpus_stats(concepts, GLOSSARY)
    profiles = build_profiles(documents, YOUTH_CHUNKS, concepts, GLOSSARY)
    query = analyse(question, "sv", GLOSSARY, ("sv", "en"))
    chosen = choose_subject(question, "sv", query.concepts, profiles, GLOSSARY, stats.concept_weights)
    assert chosen.doc_ids == {"vagledning"} and chosen.refuse  # what the title rules alone decide
    hits = [Hit(c, 1.0 - i / 20, 0.5, 0.5) for i, c in enumerate(YOUTH_CHUNKS)]
    similarity = {f"{c.chunk_id}/0": 0.8 for c in YOUTH_CHUNKS}
    answer = compose_answer(
        query,
        hits,
        documents,
        GLOSSARY,
        load_facts(),
        set(stats.supported),
        stats.concept_weights,
        similarity,
        profiles,
    )
    assert {c.doc_id for c in answer.citations} == {YOUTH.id}
    assert "5 to 21 days" in answer.text


def test_an_answer_from_an_added_guide_lists_the_guides_passages_first_among_those_retrieved():
    answer = ask(
        "How long can a small-scale partnership in adult education last?", "en"
    )  # the 2014-2020 text ranks first
    assert not answer.abstained
    assert [h.chunk.doc_id for h in answer.retrieved[:2]] == ["vagledning", "vagledning"]
    assert len(answer.retrieved) == len(CHUNKS)  # nothing dropped, only ordered


def test_what_the_bundled_texts_do_not_cover_is_answered_by_the_added_guide_saying_it():
    # no glossary concept, no title word, the bundled text only slightly further: the bundled texts abstain, and the
    # guide whose sentence is closest answers, since it says what is asked
    answer = ask_with_similarity(
        "How long is the virtual component allowed to be compared to the physical part?",
        "en",
        sentence_cosines("bip-call", 0.01),
    )
    assert not answer.abstained and {c.doc_id for c in answer.citations} == {"bip-call"}


def test_what_no_document_covers_stays_refused_with_guides_added():
    answer = ask_with_similarity(
        "Which restaurants are near the national agency?", "en", sentence_cosines("bip-call", 0.01)
    )
    assert answer.abstained
