"""Yes/no questions whether an action requires a kind of organisation are answered from the type rules."""

import pytest

from erasbot import rules
from erasbot.chat.type_required import type_required

KA = rules.ACTIONS["knowledge-alliance"]
SSA = rules.ACTIONS["sector-skills-alliance"]
SP = rules.ACTIONS["strategic-partnership-adult"]
PFI = rules.ACTIONS["partnership-for-innovation"]


@pytest.mark.parametrize(
    ("question", "topics", "action", "lang", "verdict", "words"),
    [
        ("Måste man ha med ett företag i en kunskapsallians?", ["enterprises"], KA, "sv", "yes", "minst två företag"),
        (
            "Tarvitaanko osaamisallianssissa valvontaviranomainen?",
            ["regulatory-bodies", "public-authorities"],  # the narrower kind the word names
            SSA,
            "fi",
            "yes",
            "sääntely- tai valvontaelimen",
        ),
        (
            "Must a sector skills alliance include a university?",
            ["higher-education"],
            SSA,
            "en",
            "unknown",
            "Not necessarily",
        ),
        (
            "Do we need a university in a strategic partnership?",
            ["higher-education"],
            SP,
            "en",
            "no",
            "require no higher",
        ),
        (
            "Is it mandatory to have enterprises?",
            ["enterprises"],
            PFI,
            "en",
            "unknown",
            "states no consortium requirements",
        ),
    ],
)
def test_the_kind_asked_is_looked_up_in_the_actions_type_rules(question, topics, action, lang, verdict, words) -> None:
    answer = type_required(question, topics, action, lang)
    assert answer is not None and answer.answer == verdict and words in answer.text
    assert answer.sources


@pytest.mark.parametrize(
    ("question", "topics"),
    [
        ("Do knowledge alliance universities need an ECHE?", ["higher-education", "eche"]),  # the ECHE is asked
        ("Montako korkeakoulua tietoallianssissa pitää olla vähintään?", ["higher-education"]),  # a count
        ("Must there be enterprises and universities?", ["enterprises", "higher-education"]),  # two kinds
    ],
)
def test_questions_not_asking_whether_one_kind_is_required_are_left_to_the_texts(question, topics) -> None:
    assert type_required(question, topics, KA, "en") is None


@pytest.mark.parametrize(
    ("question", "topics", "action", "lang", "words"),
    [
        ("Kan ett företag vara med i en kunskapsallians?", ["enterprises"], KA, "sv", "minst två företag"),
        ("Can a university take part in a Knowledge Alliance?", ["higher-education"], KA, "en", "at least 2 higher"),
    ],
)
def test_a_kind_the_action_requires_may_surely_take_part(question, topics, action, lang, words) -> None:
    answer = type_required(question, topics, action, lang)
    assert answer is not None and answer.answer == "yes" and words in answer.text


@pytest.mark.parametrize(
    ("question", "topics", "action"),
    [
        ("Can an enterprise take part?", ["enterprises"], SP),  # may, of a kind the action does not require
        ("Can a university take part?", ["higher-education"], SSA),  # one kind of several that count
    ],
)
def test_whether_a_kind_not_required_may_take_part_is_left_to_the_texts(question, topics, action) -> None:
    assert type_required(question, topics, action, "en") is None
