"""A question in two parts, or a comparison of actions, is answered part by part (design.md: an answer
leads with every part of a question in two parts and both sides of a comparison)."""

from __future__ import annotations

import pytest

from erasbot.chat.parts import Part, answer_in_parts, followup_parts, parts_of
from erasbot.forms import question_parts
from erasbot.guidance.citations import Answer, Citation
from erasbot.guidance.glossary import load_glossary


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


@pytest.mark.parametrize(
    "question, parts",
    [
        ("Which sectors can a Sector Skills Alliance cover, and how many organisations per country are needed?", 2),
        ("Hoe lang duurt een strategisch partnerschap voor volwasseneneducatie, en hoeveel partners zijn er nodig?", 2),
        ("Who manages PfI? Where is that agency located?", 2),
        ("Kuka hallinnoi Partnerships for Innovation -toimintoa ja missä?", 1),  # "missä?" alone is no part
        ("How many organisations and countries does a knowledge alliance need?", 1),
        ("Can a knowledge alliance be extended, and by how much?", 1),  # the extension's measure, no sum of its own
    ],
)
def test_a_question_is_split_where_a_second_question_begins(question, parts):
    assert len(question_parts(question)) == parts


def test_a_later_part_is_asked_about_the_first_parts_action(glossary):
    parts = parts_of(
        "Mitkä toimialat voivat olla mukana alakohtaisessa osaamisallianssissa, ja montako organisaatiota tarvitaan?",
        glossary,
        "fi",
    )
    assert len(parts) == 2 and glossary.actions(parts[1].text) == ["sector-skills-alliance"]


def test_a_comparison_of_two_actions_is_answered_for_each(glossary):
    parts = parts_of(
        "How long do adult education strategic partnerships last compared with knowledge alliances?", glossary, "en"
    )
    assert sorted(p.action for p in parts) == ["knowledge-alliance", "strategic-partnership-adult"]


def test_the_sides_of_a_comparison_are_answered_in_the_order_the_question_names_them(glossary):
    question = "How do the minimum consortium requirements differ between a Sector Skills Alliance and a Knowledge Alliance?"
    assert [p.action for p in parts_of(question, glossary, "en")] == ["sector-skills-alliance", "knowledge-alliance"]
    question = "Vad är skillnaden mellan hur länge en kunskapsallians och ett strategiskt partnerskap inom vuxenutbildning pågår?"
    assert [p.action for p in parts_of(question, glossary, "sv")] == ["knowledge-alliance", "strategic-partnership-adult"]


def test_two_parts_of_one_action_compared_are_asked_each_by_its_own_name(glossary):
    question = "Wat is het verschil tussen allianties voor onderwijs en bedrijven en allianties voor sectorale samenwerking?"
    parts = parts_of(question, glossary, "nl")
    assert len(parts) == 2 and {p.action for p in parts} == {"partnership-for-innovation"}
    assert "sectorale" not in parts[0].text and "bedrijven" not in parts[1].text


def test_two_parts_named_in_english_are_each_asked_alone(glossary):
    # 'education and enterprises' inside 'alliances for education and enterprises' is one name, not two
    question = "What is the difference between Alliances for Education and Enterprises and Alliances for Sectoral Cooperation on Skills?"
    parts = parts_of(question, glossary, "en")
    assert len(parts) == 2 and "Sectoral" not in parts[0].text and "Enterprises" not in parts[1].text


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Wat is het verschil tussen de twee soorten allianties binnen Partnerschappen voor Innovatie?", "nl"),
        ("What is the difference between the two kinds of alliances in Partnerships for Innovation?", "en"),
        ("Mitä eroa on innovaatiokumppanuuksien kahdella allianssityypillä?", "fi"),
        ("Vad är skillnaden mellan de två typerna av allianser för innovation?", "sv"),
        ("What distinguishes the two alliance types under Partnerships for Innovation?", "en"),
    ],
)
def test_the_parts_of_an_action_compared_without_their_names_are_each_asked_by_name(glossary, question, lang):
    parts = parts_of(question, glossary, lang)
    assert len(parts) == 2 and {p.action for p in parts} == {"partnership-for-innovation"}
    assert [len(_outer(glossary, p.text)) for p in parts] == [1, 1]  # each part asked about by its own name alone
    assert _outer(glossary, parts[0].text) != _outer(glossary, parts[1].text)


def _outer(glossary, text):
    from erasbot.chat.parts import _outermost

    return _outermost(glossary.action_phrases(text))


def test_a_comparison_of_one_action_in_two_durations_is_not_split_into_its_parts(glossary):
    assert parts_of("Vad är skillnaden i EU-bidrag mellan en tvåårig och en treårig kunskapsallians?", glossary, "sv") == []


@pytest.mark.parametrize(
    "question, lang, actions",
    [
        ("Do Knowledge Alliances have to be in one sector like Sector Skills Alliances?", "en", ["knowledge-alliance", "sector-skills-alliance"]),
        ("Måste en kunskapsallians hålla sig till en bransch, precis som en branschspecifik kunskapsallians?", "sv", ["knowledge-alliance", "sector-skills-alliance"]),
        ("Moet een kennisalliantie net als een sectorale vaardighedenalliantie in één sector werken?", "nl", ["knowledge-alliance", "sector-skills-alliance"]),
        ("Pitääkö osaamisallianssin keskittyä yhteen alaan kuten alakohtaisen osaamisallianssin?", "fi", ["knowledge-alliance", "sector-skills-alliance"]),
    ],
)
def test_one_thing_asked_of_two_actions_likened_is_answered_for_each(glossary, question, lang, actions):
    assert [p.action for p in parts_of(question, glossary, lang)] == actions


def test_a_part_that_means_nothing_alone_keeps_the_question_whole(glossary):
    assert parts_of("How do Erasmus+ youth exchanges work and how old can the participants be?", glossary, "en") == []


def _answer(text: str, *chunks: str, abstained: bool = False) -> Answer:
    cites = [
        Citation(n, c.split("#")[0], c, "passage", 1.0, "Title", "EU", "2014-2020", [f"q{n}"])
        for n, c in enumerate(chunks, 1)
    ]
    return Answer("q", "en", text, abstained, cites, "abstain" if abstained else "fact")


def test_the_parts_answers_are_joined_with_their_citations_numbered_once():
    answers = {
        "a": _answer("Sectors: tourism. [1]\nNote: 2014-2020.", "ssa#3"),
        "b": _answer("Three per country. [1] Also [2]\nNote: 2014-2020.", "ssa#5", "ssa#3"),
    }
    joined = answer_in_parts("a and b", [Part("a", None), Part("b", None)], lambda text, action: answers[text])
    # the period note ends the joined answer, said once, never between the parts
    assert joined.text == "Sectors: tourism. [1]\nThree per country. [2] Also [1]\nNote: 2014-2020."
    assert [(c.n, c.chunk_id) for c in joined.citations] == [(1, "ssa#3"), (2, "ssa#5")]
    assert joined.citations[0].quotes == ["q1", "q2"]


def test_the_whole_abstains_only_when_every_part_does():
    no = _answer("Not covered.", abstained=True)
    yes = _answer("Two to three years. [1]", "ka#4")
    assert answer_in_parts("x", [Part("a", None), Part("b", None)], lambda t, a: no).abstained
    joined = answer_in_parts("x", [Part("a", None), Part("b", None)], lambda t, a: yes if t == "b" else no)
    assert not joined.abstained and joined.text == "Not covered.\nTwo to three years. [1]"


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Vad skiljer kunskapsallianser från sektorsallianser?", "sv"),
        ("Mitä eroa on osaamisallianssilla ja alakohtaisella osaamisallianssilla?", "fi"),
        ("How does a Knowledge Alliance differ from a Sector Skills Alliance?", "en"),
        ("Wat is het verschil tussen een kennisalliantie en een sectorale vaardigheidsalliantie?", "nl"),
    ],
)
def test_a_comparison_naming_no_aspect_asks_each_side_for_aim_composition_duration_and_grant(glossary, question, lang):
    parts = parts_of(question, glossary, lang)
    assert [p.action for p in parts] == ["knowledge-alliance"] * 4 + ["sector-skills-alliance"] * 4
    assert "goals" in glossary.find(parts[0].text)  # what each action is for comes first
    asked = [glossary.question_kinds(p.text) for p in parts[1:4]]
    assert [kind in kinds for kind, kinds in zip(("count", "duration", "amount"), asked)] == [True] * 3
    assert all(p.optional for p in parts)


def test_a_comparison_naming_its_aspect_asks_that_of_each_side(glossary):
    question = "Vad är skillnaden i EU-bidrag mellan kunskapsallianser och branschspecifika kunskapsallianser?"
    assert [p.text for p in parts_of(question, glossary, "sv")] == [question, question]


def test_a_point_an_overview_side_does_not_state_is_left_out():
    no = _answer("The text does not state a duration.", abstained=True)
    yes = _answer("At least six organisations. [1]", "ka#4")
    parts = [Part("count", "ka", optional=True), Part("duration", "ka", optional=True)]
    joined = answer_in_parts("x", parts, lambda t, a: yes if t == "count" else no)
    assert joined.text == "At least six organisations. [1]"


def test_a_follow_up_read_against_an_answer_naming_two_actions_is_answered_for_each(glossary):
    resolved = "How many companies did it need? (Sector Skills Alliances, Knowledge Alliances)"
    parts = followup_parts(resolved, "How many companies did it need?", glossary, "en")
    assert [p.action for p in parts] == ["sector-skills-alliance", "knowledge-alliance"]
    assert followup_parts("How long does it last? (Knowledge Alliances)", "How long does it last?", glossary, "en") == []


def test_every_period_note_of_the_parts_ends_the_joined_answer():
    answers = {
        "a": _answer("Six organisations. [1]\nNote: Knowledge Alliances are from 2014–2020.", "ka#3"),
        "b": _answer("Three organisations. [1]\nNote: this text is from the 2014–2020 programme period.", "sp#2"),
        "c": _answer("One to three years. [1]", "sp#4"),
    }
    parts = [Part("a", None), Part("b", None), Part("c", None)]
    lines = answer_in_parts("x", parts, lambda text, action: answers[text]).text.split("\n")
    assert lines[:3] == ["Six organisations. [1]", "Three organisations. [2]", "One to three years. [3]"]
    assert all(line.startswith("Note: ") for line in lines[3:]) and len(lines) == 5
