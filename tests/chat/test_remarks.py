"""A thank-you or a remark asks nothing: it is answered with a courtesy line, not read against the chat."""

import pytest

from erasbot.chat.assistant import Assistant
from erasbot.chat.remarks import is_remark
from erasbot.chat.turns import Exchange


@pytest.mark.parametrize(
    "message",
    [
        "thanks, that's really useful!",
        "Kiitos!",
        "top, bedankt",
        "kiitos, tämä auttoi paljon",
        "Dank je wel, dat is duidelijk!",
    ],
)
def test_a_courtesy_alone_or_with_a_short_remark_is_a_remark(message) -> None:
    assert is_remark(message)


@pytest.mark.parametrize(
    "message",
    [
        "thanks, and the deadline?",
        "thanks, and the deadline",  # a connective goes on to a question
        "ok, tell me the deadline",  # a request
        "Thanks. Is Norway a programme country?",
        "ok so how many partners",  # a question word without a question mark
        "Great, now for sector skills alliances",  # the same question for another action
        "How long does a knowledge alliance last?",
    ],
)
def test_a_courtesy_going_on_to_a_question_or_request_is_no_remark(message) -> None:
    assert not is_remark(message)


def test_a_thank_you_after_an_answer_gets_a_courtesy_line_not_the_last_answer_again(engine) -> None:
    assistant = Assistant(engine)
    question = "Can a Swiss vocational school be the applicant of a Sector Skills Alliance?"
    history = [Exchange(question, assistant.reply(question))]
    reply = assistant.reply("thanks, that's really useful!", history)
    assert reply.abstained and not reply.citations
    assert reply.text.startswith("Glad to help")
