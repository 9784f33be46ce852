"""Turns on the bundled texts that depend on what the chat spoke of: the predecessor of a part of an action
(and a second part asked of it), a comparison of the chat's action with a part of its successor, examples
asked for after a question, and a bare 'and the deadline?'."""

from __future__ import annotations

import pytest

from erasbot.chat.call_date import asks_call_date
from erasbot.guidance.action_parts import load_action_parts, part_in
from erasbot.guidance.glossary import load_glossary
from tests.chat.chatting import chat

PFI = "partnership-for-innovation"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Vad är syftet med allianserna för sektorsamarbete i det nya programmet?", 1),
        ("What do the sectoral cooperation alliances do?", 1),
        ("Mitä koulutuksen ja yritysten allianssit tekevät?", 0),
        ("Wat doen de allianties voor onderwijs en bedrijven?", 0),
        ("Wat zijn Allianties voor innovatie?", None),
    ],
)
def test_a_part_is_recognised_by_a_short_or_inflected_name(text: str, part: int | None) -> None:
    assert part_in(text, PFI, load_glossary()) == part


def test_a_part_named_by_no_word_of_its_own_is_no_part() -> None:
    assert load_action_parts().part_of_phrase("allianties", PFI) is None


def test_the_predecessor_of_a_part_is_the_one_action_it_carries_on_and_the_chat_goes_on_with_it(engine) -> None:
    replies = chat(
        engine,
        "Vad är syftet med allianserna för sektorsamarbete i det nya programmet?",
        "Vilken insats ersatte de från 2014–2020?",
        "Vilka branscher exakt?",
        lang="sv",
    )
    succession = replies[1].text.split("\n")[0].lower()
    assert "branschspecifika kunskapsallianser" in succession
    assert "kunskapsallianserna och" not in succession  # not both earlier actions
    assert "turism" in replies[2].text and replies[2].action == "sector-skills-alliance"


def test_a_second_part_about_the_predecessor_is_answered_for_it(engine) -> None:
    replies = chat(
        engine,
        "Welke twee soorten allianties vallen onder de Partnerschappen voor innovatie?",
        "In hoeveel ecosystemen worden die sectorale allianties uitgevoerd?",
        "Wat was de voorganger daarvan in 2014-2020, en welke sectoren had die?",
        lang="nl",
    )
    last = replies[-1]
    assert "sectorale vaardigheidsallianties" in last.text.lower()
    assert "toerisme" in last.text.lower()  # the sectors of the predecessor, not the 14 ecosystems
    assert "sector-skills-alliances" in {c.doc_id for c in last.citations}
    assert last.retrieved[0].startswith("sector-skills-alliances#")  # the predecessor asked for comes first


def test_a_comparison_with_a_part_of_the_successor_gives_both_sides(engine) -> None:
    replies = chat(
        engine,
        "Vad är en branschspecifik kunskapsallians egentligen?",
        "Vad är skillnaden mot allianserna för sektorsamarbete i det nya programmet 2021-2027?",
        lang="sv",
    )
    cited = {c.doc_id for c in replies[-1].citations}
    assert {"sector-skills-alliances", "partnerships-for-innovation"} <= cited
    assert "sektorssamarbete" in replies[-1].text.lower()


def test_examples_asked_after_the_question_get_the_sentence_naming_examples(engine) -> None:
    replies = chat(
        engine,
        "Can a strategic partnership in adult education pay salaries for the staff who write the materials?",
        "what counts as such an output? give examples",
        lang="en",
    )
    assert "handbooks" in replies[-1].text or "lärarhandböcker" in replies[-1].text


@pytest.mark.parametrize(
    ("message", "bare"),
    [
        ("thanks, and the deadline?", True),
        ("och sista ansökningsdag?", True),
        ("thanks, and the deadline for this year?", False),
        ("and the deadline for 2026?", False),
        ("What is the application deadline for a Knowledge Alliance?", False),
    ],
)
def test_only_a_bare_deadline_follow_up_without_a_year_is_read_as_how_the_call_runs(message: str, bare: bool) -> None:
    assert asks_call_date(message, load_glossary()) is bare


def test_a_bare_deadline_follow_up_gets_the_call_its_action_text_describes_or_a_refusal(engine) -> None:
    ka = chat(engine, "How long does a Knowledge Alliance last?", "thanks, and the deadline?", lang="en")
    assert not ka[-1].abstained and "annual call" in ka[-1].text
    dated = chat(engine, "How long does a Knowledge Alliance last?", "and the deadline for 2026?", lang="en")
    assert dated[-1].abstained
    adult = chat(engine, "Vad är strategiska partnerskap inom vuxenutbildning?", "och sista ansökningsdag?", lang="sv")
    assert adult[-1].abstained  # its text never says how or when to apply


def test_a_return_to_an_earlier_topic_takes_the_action_it_was_asked_about(engine) -> None:
    replies = chat(
        engine,
        "Hur länge pågår en kunskapsallians?",
        "Och hur stort är bidraget?",
        "Vad är strategiska partnerskap inom vuxenutbildning?",
        "Vilka teman är populära där?",
        "Tillbaka till bidraget: gäller samma belopp för treåriga projekt?",
        lang="sv",
    )
    assert replies[-1].action == "knowledge-alliance"
    assert "1 miljon" in replies[-1].text


def test_a_return_to_the_first_one_takes_the_chats_first_action(engine) -> None:
    replies = chat(
        engine,
        "How do I apply for a Sector Skills Alliance?",
        "What about Knowledge Alliances, what are their aims?",
        "And the adult education partnerships, who can take part?",
        "Back to the first one: can associated partners get a grant?",
        lang="en",
    )
    assert replies[-1].action == "sector-skills-alliance"
    assert "sector-skills-alliances" in {c.doc_id for c in replies[-1].citations}


def test_the_new_alliances_are_those_of_the_later_period(engine) -> None:
    replies = chat(
        engine,
        "Hoeveel organisaties moeten er in een kennisalliantie zitten?",
        "En bij wie dien je een aanvraag in voor de nieuwe allianties?",
        lang="nl",
    )
    assert replies[-1].action == "partnership-for-innovation"
    assert "EACEA" in replies[-1].text


def test_asking_what_an_action_is_called_in_the_new_period_moves_the_chat_to_its_successor(engine) -> None:
    replies = chat(
        engine,
        "Vad heter kunskapsallianserna i programmet 2021–2027?",
        "Vilka effekter eftersträvas där? Ge exempel.",
        lang="sv",
    )
    assert replies[-1].action == "partnership-for-innovation"


def test_a_thing_replacing_a_thing_is_no_question_about_a_successor(engine) -> None:
    replies = chat(
        engine,
        "Can an umbrella organisation replace the other partners from its country in a Sector Skills Alliance?",
        "Can partners be in two of these alliances at the same time?",
        lang="en",
    )
    assert replies[-1].action == "sector-skills-alliance"
    assert "one" in replies[-1].text.lower()  # one alliance at a time


def test_the_other_one_is_the_other_action_the_chat_named_with_the_current_one(engine) -> None:
    replies = chat(
        engine,
        "Hur många programländer krävs för kunskapsallianser och för branschspecifika kunskapsallianser?",
        "Hur länge pågår en kunskapsallians?",
        "Och den andra?",
        lang="sv",
    )
    assert replies[-1].action == "sector-skills-alliance"
    assert replies[-1].abstained  # its text gives no duration, and the answer does not borrow the other's


@pytest.mark.parametrize(
    ("first", "then", "lang", "said"),
    [
        (
            "Voiko norjalainen korkeakoulu olla mukana osaamisallianssissa?",
            "Entä sveitsiläinen yritys?",
            "fi",
            "Sveitsi",
        ),
        ("Can a Norwegian university coordinate a Knowledge Alliance?", "and a Swiss company?", "en", "Switzerland"),
        ("Can a Norwegian university coordinate a Knowledge Alliance?", "and from Turkey?", "en", "Türkiye"),
    ],
)
def test_a_fragment_naming_another_country_asks_the_last_yes_no_of_it(engine, first, then, lang, said) -> None:
    replies = chat(engine, first, then, lang=lang)
    assert not replies[-1].abstained
    assert said in replies[-1].text.split("\n")[0]


def test_a_fragment_naming_a_country_and_anything_else_is_no_country_question(engine) -> None:
    replies = chat(
        engine,
        "Can a Norwegian university coordinate a Knowledge Alliance?",
        "and what about the weather in Turkey?",
        lang="en",
    )
    assert replies[-1].abstained


def test_contact_details_are_a_near_miss_the_texts_do_not_answer(engine) -> None:
    replies = chat(
        engine,
        "Hur söker man en branschspecifik kunskapsallians?",
        "Vilka kontaktuppgifter har genomförandeorganet?",
        lang="sv",
    )
    assert replies[-1].abstained


def test_a_follow_up_in_two_parts_about_the_chats_action_answers_both(engine) -> None:
    replies = chat(engine, "Vad är en kunskapsallians?", "Hur länge pågår den och hur stort är bidraget?", lang="sv")
    text = replies[-1].text
    assert "tre år" in text and "700 000" in text


def test_asking_which_actions_came_before_the_successor_still_moves_the_chat_to_them(engine) -> None:
    replies = chat(
        engine, "Vilka åtgärder föregick allianserna för innovation?", "Hur många företag behövdes?", lang="sv"
    )
    assert "partnership-for-innovation" not in {c.doc_id.split("#")[0] for c in replies[-1].citations}
    assert "företag" in replies[-1].text


def test_the_difference_between_them_after_a_predecessor_question_compares_the_two_sides(engine) -> None:
    replies = chat(
        engine,
        "Vad är syftet med allianserna för sektorsamarbete i det nya programmet?",
        "Vilken insats ersatte de från 2014–2020?",
        "Vilka branscher exakt?",
        "Och vad är skillnaden mellan dem?",
        lang="sv",
    )
    cited = {c.doc_id for c in replies[-1].citations}
    assert {"sector-skills-alliances", "partnerships-for-innovation"} <= cited
