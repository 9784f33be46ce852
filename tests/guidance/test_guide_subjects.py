"""A question about what an added guide covers reaches that guide: its subject named in another language and
inflected, a bundled fact sharing only the aspect asked giving way; and a near miss (another programme the
guide mentions in passing) is refused."""

from __future__ import annotations

import pytest
from guides_in_memory import KNOWLEDGE_ALLIANCES

from erasbot.guidance.answer import compose_answer
from erasbot.guidance.corpus import Chunk, DocumentInfo
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.profiles import build_profiles
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.snapshot import concept_text, corpus_stats
from erasbot.guidance.subjects import PASSAGE_APART, nearest_by_own_words
from erasbot.guidance.titles import cognate_title, section_named

GLOSSARY = load_glossary()

KA = KNOWLEDGE_ALLIANCES
YOUTH = DocumentInfo(
    "youth-guide", "Youth Exchanges – Guide for applicants, call 2025", "en", "user document", (), "", "2021-2027"
)
SCHOOLS = DocumentInfo(
    "school-guide",
    "Erasmus accreditation in school education – Guide for accredited schools, call 2025",
    "en",
    "user document",
    (),
    "",
    "2021-2027",
)
ADULT = DocumentInfo(
    "vagledning",
    "Samarbetspartnerskap inom vuxenutbildning – vägledning för sökande",
    "sv",
    "user document",
    (),
    "",
    "2021-2027",
)
PASSAGES = [
    (KA, "Bidrag", "EU-bidraget är högst 700 000 euro för tvååriga projekt och 1 miljon euro för treåriga projekt."),
    (YOUTH, "1. Scope", "This guide does not cover volunteering in the European Solidarity Corps."),
    (YOUTH, "4.2 Duration of the activity", "Each exchange lasts from 5 to 21 days, not counting travel time."),
    (
        SCHOOLS,
        "4.2 Inclusion support",
        "For each participant with fewer opportunities, the school receives inclusion support of 125 euro.",
    ),
    (SCHOOLS, "3.3 Participants", "At most three participants may take part in one preparatory visit."),
    (SCHOOLS, "4.1 Individual support", "Individual support for pupils is 49 euro per day for the first 14 days."),
    (ADULT, "Engångsbelopp", "Bidraget ges som ett engångsbelopp på 30 000 eller 60 000 euro."),
]
CHUNKS = tuple(
    Chunk(f"{doc.id}#{n}", doc.id, n, heading, text, doc.language, doc.actions, doc.period, doc.title)
    for n, (doc, heading, text) in enumerate(PASSAGES)
)
DOCUMENTS = {d.id: d for d in (KA, YOUTH, SCHOOLS, ADULT)}
CONCEPTS = tuple(tuple(GLOSSARY.find(concept_text(c))) for c in CHUNKS)
STATS = corpus_stats(CONCEPTS, GLOSSARY)
PROFILES = build_profiles(DOCUMENTS, CHUNKS, CONCEPTS, GLOSSARY)


def ask(question: str, language: str, similarity=None, own_similarity=None, title_closeness=None):
    query = analyse(question, language, GLOSSARY, ("sv", "en"))
    hits = [Hit(c, 1.0 - i / 10, 0.5, 0.5) for i, c in enumerate(CHUNKS)]  # the 2014-2020 text ranked first
    return compose_answer(
        query,
        hits,
        DOCUMENTS,
        GLOSSARY,
        load_facts(),
        set(STATS.supported),
        STATS.concept_weights,
        similarity or {},
        PROFILES,
        own_similarity=own_similarity,
        title_closeness=title_closeness,
    )


@pytest.mark.parametrize(
    "text", ["nuorisovaihdossa", "nuorisovaihtoon", "nuorisovaihtojen", "nuorisovaihdon", "jongerenuitwisselingen"]
)
def test_the_youth_exchange_named_in_finnish_case_forms_or_a_dutch_plural_is_recognised(text):
    assert "youth" in GLOSSARY.find(f"Kuinka pitkä {text} aika on?")


def test_the_solidarity_corps_and_discovereu_are_programmes_of_their_own_not_youth_exchanges():
    assert GLOSSARY.find("volunteering in the European Solidarity Corps") == ["solidarity-corps"]
    assert "youth" not in GLOSSARY.find("Euroopan solidaarisuusjoukoissa")
    assert "discovereu" in GLOSSARY.find("Hoe lang duurt een DiscoverEU-reis?")


def test_a_guide_mentioning_another_programme_in_passing_does_not_answer_for_it():
    assert ask("How long does volunteering in the European Solidarity Corps last?", "en").abstained
    assert ask("Kuinka kauan Euroopan solidaarisuusjoukkojen vapaaehtoistyö kestää?", "fi").abstained


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("How long does a youth exchange last?", "en"),
        ("Kuinka monta päivää nuorisovaihdossa ollaan?", "fi"),
        ("Hoeveel dagen duren jongerenuitwisselingen?", "nl"),
    ],
)
def test_the_guides_own_subject_in_any_language_and_case_is_answered_from_it(question, lang):
    answer = ask(question, lang)
    assert not answer.abstained
    assert {c.doc_id for c in answer.citations} == {YOUTH.id}
    assert "5 to 21 days" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hur många procent betalas ut som förskott till ackrediterade skolor?",  # ck for cc
        "Mikä on Erasmus-akkreditoinnissa olevan koulun määräaika?",  # kk for cc, a Finnish case ending
        "Tot wanneer is de Erasmusaccreditatie geldig?",  # inside a compound
        "Hoeveel krijgen geaccrediteerde scholen?",  # after a prefix
    ],
)
def test_a_title_word_spelt_the_other_languages_way_or_inside_a_compound_names_the_guide(question):
    assert cognate_title(question, PROFILES, None) == SCHOOLS.id


def test_a_word_merely_sharing_a_few_letters_with_a_title_word_names_no_guide():
    assert cognate_title("How many credit points does a student need?", PROFILES, None) is None


def test_the_guide_closest_by_the_question_and_by_its_own_words_wins_over_a_bundled_text_however_small_the_lead():
    best = {SCHOOLS.id: 0.81, YOUTH.id: 0.80, KA.id: 0.805}
    own = {SCHOOLS.id: 0.78, YOUTH.id: 0.70, KA.id: 0.74}
    assert nearest_by_own_words(best, own, PROFILES, None) == SCHOOLS.id
    # the question's own words closer to the bundled text (it describes the bundled action): it keeps it
    assert nearest_by_own_words(best, own | {KA.id: 0.79}, PROFILES, None) is None
    # the two readings point to different guides: no guide is clearly the one
    assert nearest_by_own_words(best, own | {YOUTH.id: 0.785}, PROFILES, None) is None
    # a guide of another period than the one asked is no candidate
    assert nearest_by_own_words(best, own, PROFILES, "2014-2020") is None


def test_a_bundled_fact_sharing_only_the_aspect_asked_gives_way_to_the_guide_that_says_it():
    question = "How much extra money is paid for each participant with fewer opportunities?"
    lead = PASSAGE_APART / 4  # closer, but not clearly closer as asked
    similarity = {f"{c.chunk_id}/0": 0.80 + (lead if c.doc_id == SCHOOLS.id else 0.0) for c in CHUNKS}
    own_close = {f"{c.chunk_id}/0": 0.75 + (0.03 if c.doc_id == SCHOOLS.id else 0.0) for c in CHUNKS}
    answer = ask(question, "en", similarity, own_close)
    assert {c.doc_id for c in answer.citations} == {SCHOOLS.id}
    assert "125 euro" in answer.text
    # its own words closer to the bundled text: the bundled text keeps the question, and as it gives no such
    # sum (a refusal), the guide saying it answers instead (added_routing.guide_for_uncovered)
    own_far = {f"{c.chunk_id}/0": 0.75 + (0.03 if c.doc_id == KA.id else 0.0) for c in CHUNKS}
    answer = ask(question, "en", similarity, own_far)
    assert {c.doc_id for c in answer.citations} == {SCHOOLS.id} and "125 euro" in answer.text


def test_a_one_word_section_heading_does_not_make_a_question_using_it_about_that_guide():
    assert section_named({"particip", "fewer", "opportun"}, PROFILES, None) is None
    assert section_named({"inclus", "support", "much"}, PROFILES, None) == SCHOOLS.id


def test_a_question_describing_its_situation_at_length_keeps_the_bundled_answer():
    question = (
        "We are a small learning centre in a northern town and want to work together with a local "
        "college and a software firm abroad: how much extra money is paid for each participant?"
    )
    lead = PASSAGE_APART / 4
    similarity = {f"{c.chunk_id}/0": 0.80 + (lead if c.doc_id == SCHOOLS.id else 0.0) for c in CHUNKS}
    own_close = {f"{c.chunk_id}/0": 0.75 + (0.03 if c.doc_id == SCHOOLS.id else 0.0) for c in CHUNKS}
    assert SCHOOLS.id not in {c.doc_id for c in ask(question, "en", similarity, own_close).citations}


def test_a_guide_chosen_by_its_titles_closeness_alone_gives_way_to_the_guide_that_says_it():
    # a Swedish question is closest to the Swedish guide's title, but names nothing of it
    question = "Hur mycket individuellt stöd per dag får elever?"
    titles = {ADULT.id: 0.83, SCHOOLS.id: 0.76, YOUTH.id: 0.70}
    similarity = {f"{c.chunk_id}/0": 0.80 + (0.02 if c.doc_id == SCHOOLS.id else 0.0) for c in CHUNKS}
    own_close = {f"{c.chunk_id}/0": 0.75 + (0.02 if c.doc_id == SCHOOLS.id else 0.0) for c in CHUNKS}
    answer = ask(question, "sv", similarity, own_close, titles)
    assert {c.doc_id for c in answer.citations} == {SCHOOLS.id}
    assert "49 euro per day" in answer.text
    # the question's own words closer to the Swedish guide: the title's choice would stand, but the question names
    # pupils, the school guide's field, and the adult-education guide is not about them (field_subject.by_field)
    own_far = {f"{c.chunk_id}/0": 0.75 + (0.02 if c.doc_id == ADULT.id else 0.0) for c in CHUNKS}
    assert {c.doc_id for c in ask(question, "sv", similarity, own_far, titles).citations} == {SCHOOLS.id}


def test_a_guide_on_the_subject_asked_but_of_another_field_is_a_near_miss_refused():
    # the school-accreditation guide named by its title's word, for a vocational school: no guide covers it
    answer = ask("Mitä ammatillisen oppilaitoksen pitää tehdä saadakseen Erasmus-akkreditoinnin?", "fi")
    assert answer.abstained
    # the same question for a school is the guide's
    assert not ask("How much individual support per day do pupils get in an accredited school?", "en").abstained


def test_a_question_naming_a_field_by_its_own_words_goes_to_the_guide_of_that_field():
    # 'folkhögskola' is adult education (not 'högskola'): the adult-education guide, whatever title is closest
    titles = {ADULT.id: 0.76, SCHOOLS.id: 0.80, YOUTH.id: 0.70}
    answer = ask("Hur stort engångsbelopp kan en folkhögskola få för ett mindre projekt?", "sv", title_closeness=titles)
    assert {c.doc_id for c in answer.citations} == {ADULT.id}
    assert "30 000 eller 60 000 euro" in answer.text


def test_a_question_naming_a_field_no_guide_is_written_for_is_refused():
    # the school guide's title is the closest, but the question is about vocational learners ('mbo-student')
    titles = {ADULT.id: 0.70, SCHOOLS.id: 0.83, YOUTH.id: 0.72}
    question = "Hoeveel individuele ondersteuning per dag krijgt een {} bij een uitwisseling?"
    assert ask(question.format("mbo-student"), "nl", title_closeness=titles).abstained
    # the same question for pupils is the school guide's
    answer = ask(question.format("leerling"), "nl", title_closeness=titles)
    assert {c.doc_id for c in answer.citations} == {SCHOOLS.id}


MOBILITY = DocumentInfo(
    "mobility-guide",
    "Higher Education Mobility Projects – Guide for beneficiaries",
    "en",
    "user document",
    (),
    "",
    "2021-2027",
)


def test_a_guide_speaking_of_what_the_questions_own_words_mean_in_its_language_takes_it_from_a_bundled_text():
    from erasbot.guidance.added_routing import guide_naming_own_words
    from erasbot.guidance.citations import Answer, Citation

    documents = DOCUMENTS | {MOBILITY.id: MOBILITY}
    group = Chunk(
        "mobility-guide#0",
        MOBILITY.id,
        0,
        "Annex I – Country groups",
        "Group 1: Denmark, Finland, Iceland, Norway, Sweden. Group 2: Austria, Belgium, France.",
        "en",
        (),
        "2021-2027",
        MOBILITY.title,
    )
    chunks = (*CHUNKS, group)
    profiles = build_profiles(documents, chunks, tuple(tuple(GLOSSARY.find(concept_text(c))) for c in chunks), GLOSSARY)
    hits = [Hit(c, 1.0 - i / 10, 0.5, 0.5) for i, c in enumerate(chunks)]
    bundled = Answer(
        "q",
        "sv",
        "En kunskapsallians kräver organisationer från minst tre programländer.",
        False,
        [Citation(1, KA.id, CHUNKS[0].chunk_id, CHUNKS[0].text, 1.0, KA.title, "", KA.period)],
        "fact",
    )
    # 'landgrupp' is 'country group' in the English guide; the bundled text it was answered from says no 'grupp'
    query = analyse("Vilka länder ingår i landgrupp 1?", "sv", GLOSSARY, ("sv", "en"))
    assert guide_naming_own_words(query, hits, bundled, profiles, documents, GLOSSARY) == MOBILITY.id
    # a question whose own words mean nothing the guide says keeps the bundled answer
    other = analyse("Vilka länder ingår i konsortiet?", "sv", GLOSSARY, ("sv", "en"))
    assert guide_naming_own_words(other, hits, bundled, profiles, documents, GLOSSARY) is None


def test_a_guide_in_the_questions_language_gives_way_to_one_in_another_language_speaking_of_what_it_asks():
    # the Swedish question is closest to the Swedish adult-education guide by its title and its sentences; the
    # English school guide is the one speaking of preparatory visits and participants
    question = "Hur många deltagare får vara med på ett förberedande besök?"
    titles = {ADULT.id: 0.83, SCHOOLS.id: 0.76, YOUTH.id: 0.70}
    similarity = {f"{c.chunk_id}/0": 0.82 if c.doc_id == ADULT.id else 0.80 for c in CHUNKS}
    answer = ask(question, "sv", similarity, similarity, titles)
    assert {c.doc_id for c in answer.citations} == {SCHOOLS.id}
    assert "three participants" in answer.text


def test_an_everyday_question_the_bundled_texts_refuse_is_not_given_to_the_closest_guide_either():
    question = "What will the weather be like in Brussels this weekend?"
    similarity = {f"{c.chunk_id}/0": 0.80 + (0.05 if c.doc_id == SCHOOLS.id else 0.0) for c in CHUNKS}
    answer = ask(question, "en", similarity, similarity)
    assert answer.abstained and not answer.citations
