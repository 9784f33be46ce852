"""Turns and questions of round 22: 'what's the source for that?' is answered with the last answer led by the
documents it quotes; a bare 'is that enough?' after a consortium told over several turns asks what the action's
consortium needs; a sum asked in kronor is answered in the texts' euros, a sum converted is not; a number of weeks
asked is a length of time ('at least' counts nothing); a count asked before a sum or people is no year."""

from __future__ import annotations

import pytest

from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.profiles import named_marks
from tests.chat.chatting import chat

GLOSSARY = load_glossary()


def test_the_source_of_the_last_answer_leads_it(engine) -> None:
    *_, source = chat(
        engine,
        "can associated partners in a knowledge alliance get any of the grant?",
        "what's the source for that?",
        lang="en",
    )
    assert source.text.startswith("Source: Kunskapsallianser — EU (Erasmus+ site, Swedish), 2014–2020.")
    assert "cannot receive a grant" in source.text


@pytest.mark.parametrize(
    ("messages", "lang", "needed"),
    [
        (
            (
                "We're putting together a knowledge alliance: us in Utrecht, KU Leuven and a university in Tampere.",
                "On the business side we have a software company in Leuven and a consultancy in Tampere.",
                "is that enough?",
            ),
            "en",
            "at least 6 (six) independent organisations",
        ),
        (
            (
                "Vi bygger en branschspecifik kunskapsallians inom turism med en skola, ett branschorgan och en myndighet.",
                "Sedan har vi samma uppsättning i Finland och Estland.",
                "Räcker det?",
            ),
            "sv",
            "minst 3 (tre) programländer",
        ),
    ],
)
def test_is_that_enough_after_a_consortium_told_over_turns_gets_what_the_consortium_needs(
    engine, messages, lang, needed
) -> None:
    *_, enough = chat(engine, *messages, lang=lang)
    assert not enough.abstained
    assert needed in enough.text.split("\n")[0]


def test_a_sum_asked_in_kronor_is_answered_in_euros_and_a_conversion_is_refused(engine) -> None:
    (asked,) = chat(engine, "Hur mycket kan man max få i EU-bidrag för en kunskapsallians? Gärna i kronor ungefär.")
    assert "700 000 euro" in asked.text
    (converted,) = chat(engine, "Hur mycket är 700 000 euro i kronor?", lang="sv")
    assert converted.abstained


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Montako viikkoa sen pitää vähintään kestää?", {"wh", "duration"}),
        ("How many months does it last at least?", {"wh", "duration"}),
        ("How many partners at least, and how long?", {"wh", "count", "duration"}),
        ("minst hur många organisationer?", {"wh", "count"}),
    ],
)
def test_a_number_of_weeks_is_a_length_of_time(text, kinds) -> None:
    assert GLOSSARY.question_kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("vi räknar med ungefär 2000 deltagare", set()),
        ("a budget of 2025 euro", set()),
        ("the deadline in 2025?", {"2025"}),
        ("KA220 in 2026", {"ka220", "2026"}),
        ("the KA131 student exchange", {"ka131"}),  # a code before what it funds is still the code
    ],
)
def test_a_count_before_people_or_a_sum_is_no_year(text, marks) -> None:
    assert named_marks(text) == marks


def test_joining_a_second_alliance_asks_of_the_second_alliance_not_of_the_sector_in_the_context(engine) -> None:
    *_, second = chat(
        engine,
        "Can a Dutch MBO college coordinate a Sector Skills Alliance?",
        "They're already in another SSA on tourism. Can they join a second one at the same time?",
        lang="en",
    )
    assert "only one Sector Skills Alliance at a time" in second.text.split("\n")[0]


def test_a_colleagues_claim_quoted_before_is_that_right_is_checked_against_the_texts(engine) -> None:
    (reply,) = chat(
        engine,
        'Min kollega skrev så här i ett mejl: "Associerade partner i kunskapsalliansen får en mindre andel av'
        ' EU-bidraget, men deras roll måste stå i ansökan." Stämmer det?',
        lang="sv",
    )
    assert not reply.abstained  # the e-mail it came in is no contact detail asked for
    assert "associerade partner kan inte få bidrag" in reply.text


def test_small_results_are_no_small_scale_partnership_and_costs_applied_for_are_costs(engine) -> None:
    (reply,) = chat(
        engine,
        "Meidän aikuiskoulutushanke tuottaisi vain pienimuotoisia tuloksia, esim. hyvien käytäntöjen koosteen."
        " Mitä kustannuksia emme silloin voi hakea?",
        lang="fi",
    )
    assert "lönekostnader" in reply.text


def test_a_joint_degree_is_no_joining() -> None:
    from erasbot.chat.eligibility import TAKE_PART

    assert not TAKE_PART.search("Can a knowledge alliance be used to set up a joint degree programme?")
    assert TAKE_PART.search("Can a company join a knowledge alliance?")


@pytest.mark.parametrize(
    ("messages", "lang", "said"),
    [
        (
            ("Vilka aktiviteter kan en branschspecifik kunskapsallians ha?", "kan man ha studentutbyten också?"),
            "sv",
            "utbyten för studenter",
        ),
        (
            ("Mitä alakohtaiset osaamisallianssit tekevät?", "Voiko hankkeeseen sisältyä opiskelijavaihtoja?"),
            "fi",
            "utbyten för studenter",
        ),
    ],
)
def test_student_exchanges_in_a_project_are_its_activities_not_the_mobility_action(
    engine, messages, lang, said
) -> None:
    *_, exchanges = chat(engine, *messages, lang=lang)
    assert not exchanges.abstained
    assert said in exchanges.text


def test_the_erasmus_student_grant_is_still_not_covered(engine) -> None:
    (grant,) = chat(engine, "How much is the monthly Erasmus student grant?", lang="en")
    assert grant.abstained


def test_an_old_action_named_in_english_in_a_dutch_chat_is_that_action_not_a_part_of_the_new_one(engine) -> None:
    *_, old = chat(
        engine,
        "Welke twee soorten allianties vallen onder de Partnerschappen voor innovatie?",
        "En die tweede soort, in welke sectoren werkt die?",
        "Hoe zat dat bij de oude Sector Skills Alliances, welke sectoren waren dat?",
        lang="nl",
    )
    assert "Sector Skills Alliances" in old.resolved
    assert "techniek en productie" in old.text


def test_back_to_the_first_thing_asked_asks_the_new_question_of_the_first_action(engine) -> None:
    *_, back = chat(
        engine,
        "Hoe lang duurt een strategisch partnerschap in de volwasseneneducatie (KA2)?",
        "En een kennisalliantie?",
        "En de Sector Skills Alliances: moet de aanvrager daar uit een programmaland komen?",
        "back to the first thing I asked - can staff go abroad for a longer period in those projects?",
        lang="en",
    )
    assert back.resolved.endswith("(Strategic Partnerships in adult education (KA2))")
    assert "long-term staff mobility (over 2 months)" in back.text
