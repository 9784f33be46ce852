"""Yes/no questions whether a duration or a grant fits an action are answered from the rule tables."""

import pytest

from erasbot import rules
from erasbot.chat.figure_fit import figure_fits

KA = rules.ACTIONS["knowledge-alliance"]
SP = rules.ACTIONS["strategic-partnership-adult"]


@pytest.mark.parametrize(
    ("question", "action", "lang", "verdict", "words"),
    [
        ("Kan een kennisalliantie 3 jaar duren?", KA, "nl", "yes", "36 maanden valt daarbinnen"),
        ("Voiko hanke olla 4 vuotta pitkä tietoallianssissa?", KA, "fi", "no", "48 kuukautta on pidempi"),
        ("Voiko yliopistojen tietoallianssi kestää 30 kuukautta?", KA, "fi", "yes", "30 kuukautta mahtuu"),
        ("Can a knowledge alliance last 40 months?", KA, "en", "no", "Only with an extension"),
        ("Kan ett strategiskt partnerskap pågå i 6 månader?", SP, "sv", "no", "6 månader är kortare"),
        ("Mogen we 800.000 euro aanvragen voor een kennisalliantie van twee jaar?", KA, "nl", "no", "EUR 800.000"),
        ("Can we get 900000 euro for a knowledge alliance?", KA, "en", "unknown", "longer than 24 months"),
        ("Is EUR 650,000 allowed for a Knowledge Alliance?", KA, "en", "yes", "EUR 700,000"),
    ],
)
def test_the_figure_asked_is_held_against_the_rule_and_its_sentence_quoted(question, action, lang, verdict, words):
    answer = figure_fits(question, action, lang)
    assert answer is not None and answer.answer == verdict and words in answer.text
    assert answer.sources and answer.sources[0].doc_id in action.doc_ids


@pytest.mark.parametrize(
    "question",
    [
        "Kan man ansöka om förlängning med sex månader för en kunskapsallians?",  # an extension, not a length
        "Can a knowledge alliance be shorter than 2 years?",  # a bound, not one length
        "Must the final report be sent within 2 months of a knowledge alliance?",  # not the project's length
        "Can we get 50 euro per day in a knowledge alliance?",  # a rate, not the grant
        "Can we get more than EUR 700,000 for a knowledge alliance?",  # a bound, not one grant
        "How long does a knowledge alliance last?",  # not a yes/no
    ],
)
def test_questions_that_put_no_one_length_or_grant_are_left_to_the_texts(question) -> None:
    assert figure_fits(question, KA, "en") is None


def test_an_action_without_a_grant_rule_leaves_a_grant_question_to_the_texts() -> None:
    assert figure_fits("Can we get EUR 400,000 for a strategic partnership?", SP, "en") is None
