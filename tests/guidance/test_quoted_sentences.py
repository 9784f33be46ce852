"""Which sentences of an added guide are quoted (issue 14): the one stating the asked fact, whatever the language
of the question; not a worked example's figure, not a count of months for a sum per month, and for a "which ...?"
question the list a sentence announces, even when the list is a passage of its own."""

from __future__ import annotations

import json

import pytest

from erasbot.errors import ErasbotError
from erasbot.guidance.added_asks import asked_quantities, offers_choice
from erasbot.guidance.added_marks import in_band, is_example
from erasbot.guidance.added_selection import added_sentences
from erasbot.guidance.corpus import Chunk, DocumentInfo, split_sentences
from erasbot.guidance.cross_words import CROSS_WORDS_FILE, load_cross_words
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.selection import with_list
from erasbot.guidance.snapshot import concept_text, corpus_stats
from erasbot.guidance.units import figure_rates, rates_named
from erasbot.language import SUPPORTED

GLOSSARY = load_glossary()
GUIDE = DocumentInfo(
    "cove-guide", "Centres of Vocational Excellence – Guide for applicants, call 2025", "en", "user document", (), "",
    "2021-2027",
)  # fmt: skip
PASSAGES = [
    (
        "1. About this guide – 1.1 Purpose of the guide",
        (
            "It explains in plain language who can apply, how a consortium is composed and how long the programme "
            "and the project last."
        ),
    ),
    (
        "2.3 Activities that cannot be funded",
        (
            "The following activities cannot be funded, even when they involve learners from several countries:\n"
            "• language courses;\n"
            "• tourism or holidays."
        ),
    ),
    (
        "2.4 Activities abroad",
        "Activities abroad must take place in a country of the Programme and be planned with the partners.",
    ),
    (
        "12.4 Interruption of studies",
        "A student may interrupt the programme for duly justified reasons for a maximum of 12 months.",
    ),
    ("4.1 Project duration", "A project lasts 4 years (48 months). An extension of at most 6 months may be granted."),
    (
        "4.3 Duration of reporting periods",
        (
            "The project is divided into two reporting periods. The first reporting period covers months 1 to 24, and "
            "the second reporting period covers months 25 to 48."
        ),
    ),
    ("5.1 How the lump sum works", "Applicants estimate their costs in a detailed budget, split per work package."),
    (
        "5.2 Cost categories in the budget table",
        (
            "The budget table must estimate the following cost categories:\n"
            "• Personnel costs: salaries of staff working on the project\n"
            "• Travel and subsistence: travel and daily costs of staff at project meetings"
        ),
    ),
    ("6.2 Project management", "Project management may take at most 20% of the estimated costs."),
    (
        "Annex 1. Example of a budget estimate",
        (
            "In this example, project management takes 12% of the estimated costs, and the consortium requests EUR "
            "3,400,000."
        ),
    ),
    (
        "6.3 Scholarship amount",
        (
            "The scholarship amounts to EUR 1,400 per month for a maximum of 24 months.\n"
            "• Length of the programme: 120 ECTS credits; Months: 24; Scholarship per student: EUR 33,600"
        ),
    ),
    (
        "6.5 Additional scholarships",
        (
            "On top of the regular scholarships, the call offers additional scholarships for students from targeted "
            "regions of the world."
        ),
    ),
    (
        "Annex II. Targeted regions",
        (
            "The call offers additional scholarships for students from the following regions of the world. The number "
            "per region is indicative."
        ),
    ),
    (
        "Annex II. Targeted regions",
        (
            "• Region: Asia; Indicative number of additional scholarships: 180\n"
            "• Region: Latin America; Indicative number of additional scholarships: 140\n"
            "• Region: Sub-Saharan Africa; Indicative number of additional scholarships: 230"
        ),
    ),
]
CHUNKS = tuple(
    Chunk(f"{GUIDE.id}#{n}", GUIDE.id, n, heading, text, "en", (), GUIDE.period, GUIDE.title)
    for n, (heading, text) in enumerate(PASSAGES)
)
STATS = corpus_stats(tuple(tuple(GLOSSARY.find(concept_text(c))) for c in CHUNKS), GLOSSARY)


def ranked(question: str, lang: str, closest: str, near: str = "", near_sim: float = 0.83) -> list[tuple]:
    """The guide's sentences as added_sentences ranks them, when the embedding puts the sentence containing
    `closest` nearest the question (as it does for a sentence on the same subject without the asked fact) and the
    one containing `near` a little behind it."""
    ids = {f"{c.chunk_id}/{k}": s for c in CHUNKS for k, s in enumerate(split_sentences(c.text))}
    similarity = {i: 0.84 if closest in s else near_sim if near and near in s else 0.78 for i, s in ids.items()}
    query = analyse(question, lang, GLOSSARY, ("en",))
    # the passages as retrieval ranks them: the nearest first (the first twelve are read)
    nearest = {c.chunk_id: max(v for i, v in similarity.items() if i.startswith(f"{c.chunk_id}/")) for c in CHUNKS}
    hits = [Hit(c, 1.0, 0.5, 0.5) for c in sorted(CHUNKS, key=lambda c: -nearest[c.chunk_id])]
    return added_sentences(query, hits, GLOSSARY, STATS.concept_weights, similarity)


def best(question: str, lang: str, closest: str, near: str = "", near_sim: float = 0.83) -> str:
    return ranked(question, lang, closest, near, near_sim)[0][2]


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Mitkä kustannusluokat budjettitaulukossa pitää arvioida?", "fi"),
        ("Welke kostencategorieën moet de begrotingstabel ramen?", "nl"),
        ("Vilka kostnadskategorier ska budgettabellen uppskatta?", "sv"),
        ("Which cost categories must the budget table estimate?", "en"),
    ],
)
def test_a_question_in_any_language_meets_an_english_guide_on_its_words(question, lang):
    # the embedding alone prefers the lump-sum sentence, which speaks of a budget but not of the categories
    assert best(question, lang, "detailed budget").startswith("The budget table must estimate")


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Hoe lang duurt een rapportageperiode?", "nl"),
        ("Kuinka kauan raportointijakso kestää?", "fi"),
    ],
)
def test_the_duration_of_what_is_asked_leads_not_the_projects(question, lang):
    assert "months 1 to 24" in best(question, lang, "extension", "covers months")


def test_what_the_guide_says_it_explains_is_no_answer():
    # the guide's purpose names every topic once; the embedding puts it nearest a question in another language
    question = "Kuinka pitkän tauon opiskelija voi pitää opinnoissaan?"
    assert "maximum of 12 months" in best(question, "fi", "It explains", "maximum of 12", near_sim=0.80)


def test_a_worked_examples_figure_is_not_quoted_as_the_rule():
    # the example is nearest the question; the rule a little further off
    question = "How much of the costs may project management take?"
    assert best(question, "en", "In this example", "at most", near_sim=0.80).startswith(
        "Project management may take at most 20%"
    )
    # asked for an example, the example answers
    assert "12%" in best("What does the example budget give for project management?", "en", "at most 20%", "12%")


def test_a_sum_asked_per_month_is_the_sum_per_month_not_a_number_of_months():
    for question, lang in [
        ("Hur stort är stipendiet per månad?", "sv"),
        ("Paljonko apuraha on kuukaudessa?", "fi"),
        ("How much is the scholarship per month?", "en"),
    ]:
        assert "EUR 1,400 per month" in best(question, lang, "Scholarship per student", "1,400"), question


def test_a_which_question_gets_the_table_a_sentence_announces_in_a_passage_of_its_own():
    question = "Which region gets the most additional scholarships?"
    # the embedding puts the section on the scholarships first; the annex announcing the table comes next
    top = ranked(question, "en", "On top of", "additional")[0]
    quoted = with_list(top[2], top[1].chunk.text, asked=question)
    assert "Sub-Saharan Africa" in quoted and "Asia" in quoted and "Latin America" in quoted


def test_a_list_whose_item_names_the_case_asked_answers_through_the_sentence_introducing_it():
    # the item is too short to be scored alone; the sentence on activities abroad is nearest the question
    top = ranked("Is a language course eligible?", "en", "Activities abroad", "cannot be funded", near_sim=0.81)[0]
    assert "language courses" in with_list(top[2], top[1].chunk.text)


def test_a_which_question_naming_what_to_choose_from_asks_no_list():
    assert offers_choice("Which is also paid for self-funded students: the scholarship or the unit cost?")
    assert offers_choice("Welke kosten worden vergoed, reis of verblijf?")
    assert not offers_choice("Which costs are covered?")
    assert not offers_choice("Which countries or regions get additional scholarships?")  # no alternatives named apart


def test_an_example_is_told_by_its_heading_or_its_own_words_not_by_for_example():
    assert is_example("The consortium plans 60 exchanges.", "Annex 1. Example of a budget estimate")
    assert is_example("• Example: 120 ECTS programme; Amount: EUR 1,152,000")
    assert is_example("In dit voorbeeld bedraagt de subsidie € 10.619.", "")
    assert not is_example("Other costs, for example publications, are covered by the lump sum.", "5.2 Costs")


def test_a_rate_is_a_figure_per_unit_of_time_not_a_count_of_it():
    assert figure_rates("The scholarship amounts to EUR 1,400 per month for a maximum of 24 months.") == {"month"}
    assert figure_rates("Length: 120 ECTS credits; Months: 24; Scholarship per student: EUR 33,600") == frozenset()
    assert rates_named("Paljonko opiskelija saa päivässä?") == {"day"}
    assert rates_named("Hoeveel krijgt een student per maand?") == {"month"}


def test_a_questions_words_are_read_in_the_guides_language_compounds_included():
    words = load_cross_words()
    meant = {w for group in words.in_language("Mitkä kustannusluokat budjettitaulukossa?", "fi", "en") for w in group}
    assert {"cost", "category", "budget", "table"} <= meant
    assert words.in_language("Hoe lang duurt een rapportageperiode?", "nl", "en")  # 'periode' inside the compound
    assert not words.in_language("Vad är det?", "sv", "en")  # 'är' is no 'år' (year)
    assert words.in_language("What does it cost?", "en", "en") == []
    # a whole word only: the capital ('pääkaupunki') is no municipality, a town ('kaupunki') may be one
    assert not words.in_language("Mikä on Suomen pääkaupunki?", "fi", "en")
    assert words.in_language("Voiko kaupunki olla mukana?", "fi", "en")


def test_every_meaning_is_given_in_every_language():
    for entry in json.loads(CROSS_WORDS_FILE.read_text(encoding="utf-8"))["words"]:
        assert set(entry) == set(SUPPORTED) and all(entry[lang] for lang in SUPPORTED), entry


def test_a_malformed_table_of_words_names_the_file_and_the_entry(tmp_path):
    path = tmp_path / "cross_words.json"
    path.write_text(json.dumps({"words": [{"en": ["cost"], "xx": ["kost"]}]}), encoding="utf-8")
    with pytest.raises(ErasbotError, match=r"cross_words.json: entry 1 names unknown languages \['xx'\]"):
        load_cross_words.__wrapped__(path)
    path.write_text(json.dumps({"terms": []}), encoding="utf-8")
    with pytest.raises(ErasbotError, match="cross_words.json: needs 'words'"):
        load_cross_words.__wrapped__(path)


def test_the_band_a_questions_own_figure_falls_in_is_its_row():
    quantities = asked_quantities("We take the train to Tallinn, about 1,800 km. How much travel money per person?")
    assert in_band("• Travel distance: 500 to 1 999 km; Green travel: EUR 417", quantities)
    assert not in_band("• Travel distance: 100 to 499 km; Green travel: EUR 285", quantities)
    assert not in_band("A stay of 500 to 1 999 days", quantities)  # another unit
    assert in_band("Van 5 tot 14 dagen: 79 euro per dag.", asked_quantities("Hoeveel voor 10 dagen?"))


def test_a_question_searches_an_added_english_guide_in_english_and_the_bundled_texts_as_before():
    question = "Mitkä kustannusluokat budjettitaulukossa pitää arvioida?"
    with_english = analyse(question, "fi", GLOSSARY, ("sv", "nl", "en")).lexical_tokens
    bundled_only = analyse(question, "fi", GLOSSARY, ("sv", "nl")).lexical_tokens
    assert {"cost", "categori", "budget", "tabl"} <= set(with_english)
    assert not {"cost", "categori", "tabl"} & set(bundled_only)


def test_a_questions_words_are_put_into_an_added_guides_language_and_only_then():
    glossary = load_glossary()
    question = "Hur stora är kostnaderna i ett samarbetspartnerskap?"
    # a Dutch guide added: the Swedish question's 'kostnad' is searched as the guide's 'kosten' too
    with_guide = analyse(question, "sv", glossary, ("nl", "sv"), guide_languages=("nl",))
    assert "kost" in with_guide.lexical_tokens or "kosten" in with_guide.lexical_tokens
    # the bundled Dutch text alone: the question keeps to its own words
    bundled = analyse(question, "sv", glossary, ("nl", "sv"))
    assert set(bundled.lexical_tokens) < set(with_guide.lexical_tokens)
