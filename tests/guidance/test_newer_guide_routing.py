"""Which text answers when an earlier programme's bundled text and a newer added guide both speak of what is asked:
the newer guide, for a question naming no action nor period (the guide a user added is what they work with); the
bundled text, for one naming its action. And a question the bundled texts do not cover goes to the added guide
closest to it, however it is worded, rather than being refused."""

from __future__ import annotations

from erasbot.guidance.answer import compose_answer
from erasbot.guidance.corpus import Chunk, DocumentInfo, split_sentences
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.profiles import build_profiles
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.snapshot import concept_text, corpus_stats

GLOSSARY = load_glossary()

ADULT_2014 = DocumentInfo(
    "strategic-partnerships-adult-education",
    "Strategiska partnerskap inom vuxenutbildning",
    "sv",
    "EU (Erasmus+ site, Swedish)",
    ("strategic-partnership",),
    "Strategic Partnerships",
    "2014-2020",
)
MOBILITY = DocumentInfo(
    "mobility-guide",
    "Higher Education Mobility Projects – Guide for beneficiaries, call 2025",
    "en",
    "user document",
    (),
    "",
    "2021-2027",
)
PASSAGES = [
    (
        ADULT_2014,
        "Verksamhet",
        "Projekten kan omfatta långvarig personalrörlighet (mer än 2 månader) och utbildning av personal.",
    ),
    (ADULT_2014, "Bidrag", "EU-bidraget är högst 450 000 euro för ett strategiskt partnerskap."),
    (
        MOBILITY,
        "3.5 Staff mobility for teaching",
        (
            "Staff mobility for teaching allows teaching staff to teach at a partner institution abroad. It lasts "
            "from 2 days to 2 months, excluding travel days."
        ),
    ),
    (MOBILITY, "3.1 Student mobility for studies", "Students may spend a period of study or a traineeship abroad."),
    (
        MOBILITY,
        "12.6 Grants and loans",
        (
            "The Erasmus+ grant is compatible with national grants and loans, but not with another EU grant for "
            "the same activity."
        ),
    ),
]
CHUNKS = tuple(
    Chunk(f"{doc.id}#{n}", doc.id, n, heading, text, doc.language, doc.actions, doc.period, doc.title)
    for n, (doc, heading, text) in enumerate(PASSAGES)
)
DOCUMENTS = {d.id: d for d in (ADULT_2014, MOBILITY)}
CONCEPTS = tuple(tuple(GLOSSARY.find(concept_text(c))) for c in CHUNKS)
STATS = corpus_stats(CONCEPTS, GLOSSARY)
PROFILES = build_profiles(DOCUMENTS, CHUNKS, CONCEPTS, GLOSSARY)


def ask(question: str, language: str, closer: str):
    """The answer, the embedding putting the sentences of document `closer` a little nearer the question."""
    query = analyse(question, language, GLOSSARY, ("sv", "en"))
    hits = [Hit(c, 1.0 - i / 10, 0.5, 0.5) for i, c in enumerate(CHUNKS)]  # the 2014-2020 text ranked first
    similarity = {
        f"{c.chunk_id}/{k}": 0.82 if c.doc_id == closer else 0.80
        for c in CHUNKS
        for k, _ in enumerate(split_sentences(c.text))
    }
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
        own_similarity=similarity,
    )


def test_a_question_naming_no_action_is_answered_from_the_newer_guide_not_the_earlier_programmes_text():
    answer = ask("Hur länge får personalrörlighet pågå?", "sv", closer=ADULT_2014.id)
    assert {c.doc_id for c in answer.citations} == {MOBILITY.id}
    assert "2 days to 2 months" in answer.text


def test_a_question_naming_the_earlier_action_keeps_its_text():
    answer = ask("Hur länge får personalrörlighet pågå i ett strategiskt partnerskap?", "sv", closer=ADULT_2014.id)
    assert MOBILITY.id not in {c.doc_id for c in answer.citations}


def test_a_question_the_bundled_texts_do_not_cover_goes_to_the_added_guide_speaking_of_its_words():
    # in Finnish, the embedding a little closer to the Swedish text; the English guide speaks of grants and loans
    question = "Saako opiskelija Erasmus+-apurahan ja kansallisen opintolainan samaan aikaan?"
    answer = ask(question, "fi", closer=ADULT_2014.id)
    assert not answer.abstained
    assert "compatible with national grants and loans" in answer.text
