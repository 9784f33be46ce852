"""Questions of round 33: 'the highest EU support' ('EU-stödet') for a project running 36 months asks the grant, not
the duration; a misnamed 'sektorikohtainen taito-allianssi' is a Sector Skills Alliance; 'which organisations can
apply' asks who may take part, not the composition ('söka' inside 'kan söka' asks no procedure); an age limit, a sum
each partner receives and a grant divided between the partners are not in the texts (no total stands in for them)."""

from __future__ import annotations

import pytest

from erasbot.guidance.aspects import load_aspect_cues
from tests.chat.chatting import chat


def test_the_highest_eu_support_for_a_length_asks_the_grant(engine) -> None:
    (reply,) = chat(engine, "Vad är det högsta EU-stödet man kan få för en knowledge alliance som kör i 36 månader?")
    assert "1 miljon" in reply.text


def test_a_misnamed_sector_skills_alliance_lists_its_sectors(engine) -> None:
    (reply,) = chat(engine, "Mille toimialoille sektorikohtainen taito-allianssi voidaan tehdä? Tarvitsisin listan.")
    assert "matkailu" in reply.text and "kauppa" in reply.text


def test_which_organisations_can_apply_asks_who_may_take_part(engine) -> None:
    (reply,) = chat(
        engine,
        "Jag är EU-samordnare på en kommunal vuxenutbildning i Örebro. Vilka organisationer kan söka strategiska "
        "partnerskap för vuxenutbildning?",
    )
    assert "Alla organisationer med verksamhet inom vuxenutbildning" in reply.text
    cues = load_aspect_cues()
    assert cues.asked("Vilka organisationer kan söka strategiska partnerskap?", "sv") == ("who-can-take-part",)
    assert "application" in cues.asked("Var ska vi söka?", "sv")


@pytest.mark.parametrize(
    "question",
    [
        (
            "Onko aikuisopiskelijoille jokin ikäraja, esim. täytyykö olla yli 25-vuotias, jotta voi osallistua "
            "strategisen kumppanuuden oppimistoimintaan?"
        ),
        "Is there a minimum age for adult learners in a strategic partnership?",
        (
            "How is the EU grant of a knowledge alliance divided between the partners? Is there a fixed sum that "
            "each partner institution receives?"
        ),
        "Hur mycket får varje partner i en kunskapsallians?",
    ],
)
def test_what_the_texts_do_not_give_is_not_answered_by_a_total(engine, question) -> None:
    (reply,) = chat(engine, question)
    assert reply.abstained
    assert "700" not in reply.text
