"""Which sentence of an added document leads an answer: the one with what the question asks (its own rare
words, the unit and aspect it asks for), not the one closest to the document's subject; and a question on
what the guide places outside its scope is refused."""

from __future__ import annotations

import pytest

from erasbot.guidance.added_answer import lacks_figure
from erasbot.guidance.added_selection import added_sentences
from erasbot.guidance.answer import compose_answer
from erasbot.guidance.citations import Answer
from erasbot.guidance.corpus import Chunk, DocumentInfo, split_sentences
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.profiles import build_profiles
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.snapshot import concept_text, corpus_stats
from erasbot.guidance.units import asked_units, figure_units

GLOSSARY = load_glossary()

GUIDE = DocumentInfo(
    "aei-guide",
    "Alliances for Innovation, Lot 1 – Implementation guide for coordinators",
    "en",
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
        GUIDE,
        "1. The action in brief",
        "Alliances for Innovation aim to strengthen Europe's innovation capacity through cooperation between "
        "education and enterprises. The Alliances for Sectoral Cooperation on Skills form Lot 2 and are outside "
        "the scope of this guide.",
    ),
    (
        GUIDE,
        "2.1 Composition of the consortium",
        "An Alliance for Education and Enterprises must involve at least 8 full partners from a minimum of 4 EU "
        "Member States. Associated partners do not count towards the minimum of 8 full partners.",
    ),
    (GUIDE, "3.2 Maximum EU grant", "The maximum EU grant is EUR 1,500,000 for a three-year project."),
    (
        BIP,
        "4.2 Individual support for participants",
        "Students on a long-term mobility receive a monthly grant of EUR 250 to EUR 600 per month. "
        "Up to the 14th day of activity, individual support for students is EUR 79 per day.",
    ),
    (BIP, "3.2 ECTS credits", "Each student taking part in a programme must be awarded at least 3 ECTS credits."),
]
CHUNKS = tuple(
    Chunk(f"{doc.id}#{n}", doc.id, n, heading, text, doc.language, doc.actions, doc.period, doc.title)
    for n, (doc, heading, text) in enumerate(PASSAGES)
)
DOCUMENTS = {d.id: d for d in (GUIDE, BIP)}
CONCEPTS = tuple(tuple(GLOSSARY.find(concept_text(c))) for c in CHUNKS)
STATS = corpus_stats(CONCEPTS, GLOSSARY)


def sentence_ids(doc_id: str) -> dict[str, str]:
    return {f"{c.chunk_id}/{k}": s for c in CHUNKS if c.doc_id == doc_id for k, s in enumerate(split_sentences(c.text))}


def best_sentence(question: str, lang: str, doc_id: str, similarity: dict[str, float] | None = None) -> str:
    query = analyse(question, lang, GLOSSARY, ("en",))
    hits = [Hit(c, 1.0, 0.5, 0.5) for c in CHUNKS if c.doc_id == doc_id]
    return added_sentences(query, hits, GLOSSARY, STATS.concept_weights, similarity or {})[0][2]


def test_the_questions_rare_words_lead_over_a_sentence_closer_to_the_guides_subject():
    ids = sentence_ids("aei-guide")
    # the embedding puts the general composition rule closest, as it does with every sentence on the subject
    similarity = {i: 0.86 if "must involve" in s else 0.82 if "do not count" in s else 0.78 for i, s in ids.items()}
    best = best_sentence(
        "Do associated partners count towards the minimum number of partners in an Alliance for Education and "
        "Enterprises?",
        "en",
        "aei-guide",
        similarity,
    )
    assert best.startswith("Associated partners do not count")


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Hur mycket får en student per dag under ett blandat intensivprogram?", "sv"),
        ("Paljonko opiskelija saa päivässä monimuotoisessa intensiiviohjelmassa?", "fi"),
        ("How much does a student get per day in a blended intensive programme?", "en"),
    ],
)
def test_a_sum_asked_per_day_is_answered_by_the_sentence_with_a_sum_per_day(question, lang):
    ids = sentence_ids("bip-call")
    # the monthly grant is a little closer to the question, as in the real guide
    similarity = {i: 0.83 if "monthly" in s else 0.82 if "per day" in s else 0.75 for i, s in ids.items()}
    assert "EUR 79 per day" in best_sentence(question, lang, "bip-call", similarity)


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("Hur mycket får en student per dag?", {"day"}),
        ("Kuinka monta ECTS-opintopistettä opiskelija saa?", {"credits"}),
        ("What is the minimum number of participants?", {"participants"}),
        ("Hoeveel organisaties zijn nodig?", {"organisations"}),
        ("Wanneer kan het project op zijn vroegst starten?", {"date"}),
        ("Milloin edistymisraportti jätetään?", {"date"}),
        ("Hur länge pågår projektet i månader?", {"month"}),
        ("Kuinka vanhoja nuorten pitää olla?", {"age"}),
        ("Welke leeftijd moeten de groepsleiders hebben?", {"age"}),
        ("Which national agency decides?", set()),  # 'agency' is no age
    ],
)
def test_the_unit_a_question_asks_a_figure_in_is_read_in_every_language(question, units):
    assert asked_units(question) == units


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Individual support for students: EUR 79 per day", "day"),
        ("Each student must be awarded at least 3 ECTS credits.", "credits"),
        ("Ett samarbetspartnerskap ska bestå av minst tre organisationer.", "organisations"),
        ("Projektet kan starta tidigast den 1 september 2024.", "date"),
        ("The project submits a progress report after the first 12 months.", "date"),
        ("Participants must be aged 13 to 30 at the start of the activity.", "age"),
        ("Group leaders must be at least 18 years old.", "age"),
    ],
)
def test_a_sentence_gives_a_figure_in_a_unit(sentence, unit):
    assert unit in figure_units(sentence)


def test_a_unit_without_a_figure_gives_none():
    assert figure_units("The grant is paid per day of activity.") == frozenset()


def test_a_question_on_what_the_guide_places_outside_its_scope_is_refused():
    profiles = build_profiles(DOCUMENTS, CHUNKS, CONCEPTS, GLOSSARY)
    hits = [Hit(c, 1.0, 0.5, 0.5) for c in CHUNKS]

    def ask(question: str) -> Answer:
        query = analyse(question, "en", GLOSSARY, ("en",))
        facts = load_facts()
        return compose_answer(
            query, hits, DOCUMENTS, GLOSSARY, facts, set(STATS.supported), STATS.concept_weights, {}, profiles
        )

    assert ask("What is the maximum grant for an Alliance for Sectoral Cooperation on Skills (Lot 2)?").abstained
    answer = ask("What is the maximum grant for an Alliance for Education and Enterprises?")
    assert not answer.abstained and "1,500,000" in answer.text


def test_a_citation_mark_is_not_the_figure_asked_for():
    query = analyse("How many partners must an alliance for innovation have?", "en", GLOSSARY, ("en",))
    no_figure = Answer(query.text, "en", "The guide refers to the Programme Guide. [1]", False, [], "fact", [])
    assert lacks_figure(no_figure, query, GLOSSARY)
    with_figure = Answer(query.text, "en", "At least 8 full partners. [1]", False, [], "fact", [])
    assert not lacks_figure(with_figure, query, GLOSSARY)


def test_a_guide_sending_a_subject_to_another_guide_says_it_is_out_of_its_scope():
    from erasbot.guidance.scope import says_out_of_scope

    assert says_out_of_scope(
        "The second strand, the Erasmus Mundus Design Measures (EMDM), which supports the design of new joint "
        "master programmes, is the subject of a separate guide and is not described here."
    )
    assert says_out_of_scope("De uitwisseling wordt in de aanvraag beschreven.") is False  # not another text


def test_a_guides_own_question_is_not_quoted_its_answer_is():
    from erasbot.guidance.added_selection import answers_for_questions

    text = (
        "Can a university that already coordinates a programme apply for a second one? Yes. It must show that it "
        "can manage both. How many proposals may a consortium submit?"
    )
    chunk = Chunk("faq#0", "faq", 0, "Annex III. Frequently asked questions", text, "en", (), "2021-2027", "Guide")
    hit = Hit(chunk, 1.0, 1.0, 0.0)
    picked = answers_for_questions(
        [
            (5.0, hit, "Can a university that already coordinates a programme apply for a second one?", 0.9),
            (3.0, hit, "How many proposals may a consortium submit?", 0.8),
            (1.0, hit, "It must show that it can manage both.", 0.5),
        ]
    )
    assert [(score, sentence) for score, _, sentence, _ in picked] == [
        (5.0, "Yes. It must show that it can manage both."),  # the question's score, its answer's words
        (1.0, "It must show that it can manage both."),
    ]


def test_a_word_typed_with_one_slip_is_read_as_the_documents_word_and_only_then():
    from erasbot.guidance.added_words import spelled_as

    vocabulary = {"associat": 1.0, "receiv": 1.0, "partner": 1.0, "partnership": 1.0, "fund": 1.0}
    # a wrong letter, two letters swapped: the document's word; a word near two, or short, or known: as asked
    assert spelled_as({"assosiat", "reciev", "fund"}, vocabulary) == {"associat", "receiv", "fund"}
    assert spelled_as({"funds", "partnerx"}, {"fund": 1.0, "fundz": 1.0, "partner": 1.0, "partners": 1.0}) == {
        "funds",
        "partnerx",
    }


def test_a_sentence_pointing_to_other_sections_gives_way_to_the_rule_it_points_to():
    from erasbot.guidance.added_selection import added_sentences

    guide = DocumentInfo("ssp", "Small-scale Partnerships – Guide for applicants", "en", "user document", (), "", "2021-2027")
    summary = (
        "The National Agency first checks that the application meets the eligibility criteria: the applicant and the "
        "partners are eligible organisations (section 3), the partnership is composed as required (section 4), and "
        "the lump sum requested is one of the two amounts (section 7.1)."
    )
    rule = "The applicant chooses one of two amounts when it applies: EUR 30,000 or EUR 60,000."
    chunks = [
        Chunk("ssp#0", "ssp", 0, "10.1 Eligibility", summary, "en", (), "2021-2027", guide.title),
        Chunk("ssp#1", "ssp", 1, "7.1 The lump sum", rule, "en", (), "2021-2027", guide.title),
    ]
    query = analyse("What are the two lump sum amounts you can ask for?", "en", GLOSSARY, ("en",))
    similarity = {"ssp#0/0": 0.85, "ssp#1/0": 0.85}  # as close by their embedding
    best = added_sentences(query, [Hit(c, 1.0, 0.5, 0.5) for c in chunks], GLOSSARY, {}, similarity)[0]
    assert best[2] == rule
