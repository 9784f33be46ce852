"""Two parts of one action compared, with nothing else asked ('what is the difference between the Alliances for
Education and Enterprises and the Alliances for Sectoral Cooperation on Skills?'): each side is what the part is,
in every language, whatever case the names are inflected in ('koulutuksen ja yritysten allianssilla') and beside the
action's own name compounded with a hyphen ('Alliances for Innovation -toiminnon'); the list naming both parts is no
answer to it."""

from __future__ import annotations

import pytest

from erasbot.guidance.glossary import load_glossary
from tests.chat.chatting import chat


@pytest.mark.parametrize(
    "question, first, second",
    [
        (
            "What is the difference between the Alliances for Education and Enterprises and the Alliances for "
            "Sectoral Cooperation on Skills?",
            "Alliances for Education and Enterprises are transnational",
            "Alliances for Sectoral Cooperation on Skills tackle skills gaps",
        ),
        (
            "Vad är skillnaden mellan allianserna för utbildning och företag och allianserna för sektorsamarbete?",
            "Allianser för utbildning och företag är transnationella",
            "Allianser för sektorssamarbete om färdigheter ska åtgärda kompetensbrister",
        ),
        (
            "Mika ero on uuden kauden Alliances for Innovation -toiminnon kahdella osalla, eli koulutuksen ja "
            "yritysten allianssilla ja alakohtaisella yhteistyoallianssilla?",
            "Koulutuksen ja yritysten allianssit (Alliances for Education and Enterprises) ovat kansainvälisiä",
            "Alakohtaisen yhteistyön allianssit korjaavat työmarkkinoiden osaamisvajeita",
        ),
    ],
)
def test_each_part_compared_is_said_what_it_is(engine, question, first, second):
    (reply,) = chat(engine, question)
    lines = [line for line in reply.text.split("\n") if not line.startswith(">")]
    assert lines[0].startswith(first)
    assert lines[1].startswith(second)
    assert "kahdenlaisia" not in reply.text and "Two kinds" not in reply.text


def test_a_word_compounded_to_an_actions_name_after_a_hyphen_goes_with_the_name():
    glossary = load_glossary()
    plain = glossary.without_actions("Mikä on Alliances for Innovation -toiminnon tavoite?")
    assert "toiminnon" not in plain and "tavoite" in plain
