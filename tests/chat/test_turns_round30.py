"""Turns of round 30: a question on the chat's action naming none, written mostly in everyday words around the
glossary's own asking word ('får vi bestämma ämnet helt på egen hand?': 'ämnet' asks for the theme, 'helt på egen
hand' is no subject of its own), is read on the chat's action, not abstained on as off the texts."""

from __future__ import annotations

import pytest

from tests.chat.chatting import chat


@pytest.mark.parametrize(
    "message",
    ["far vi bestamma amnet helt pa egen hand?", "Får vi bestämma ämnet helt på egen hand?"],
)
def test_a_theme_asked_in_everyday_words_is_a_question_on_the_chats_action(engine, message):
    _, reply = chat(engine, "What kinds of activities can a KA2 adult partnership include?", message)
    assert not reply.abstained
    assert "väljas fritt" in reply.text
