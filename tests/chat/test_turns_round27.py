"""Turns of round 27: a consortium told without diacritics ('fem org fran fyra lander. Racker det?'), a topic only the later action's text
gives asked of the earlier action it carries on (the 14 industrial ecosystems of the sectoral alliances, 'lot 2'),
a list the texts only count with a second question on it, a comparison of one action's two parts with its period in
brackets, a count's upper limit asked without diacritics, the whole action's aim asked
where a part's aim shares the asker's words, a request to translate a tagline mid-chat, and words the cue tables
lacked (written material made freely available, students involved, kinds of 'insatser', joining another in
parallel)."""

from __future__ import annotations

import pytest

from tests.chat.chatting import chat


def _first(engine, question: str, lang: str | None = None):
    (reply,) = chat(engine, question, lang=lang)
    return reply


def test_a_consortium_told_by_its_totals_without_diacritics_is_checked(engine):
    reply = _first(
        engine,
        "Vi planerar en kunskapsallians: Uppsala universitet (koordinator), Aalto-universitetet, ett konsultbolag i "
        "Tallinn, ett mjukvaruforetag i Riga och ett forskningsinstitut i Helsingfors. Alltsa fem org fran fyra "
        "lander. Racker det?",
        "sv",
    )
    first = reply.text.split("\n")[0]
    assert first.startswith("Nej")
    assert "minst 6" in first and "5 är för få" in first


@pytest.mark.parametrize(
    "question",
    [
        "Op hoeveel industrie-ecosystemen richten de sectorale vaardighedenallianties (lot 2) zich?",
        "How many ecosystems do sector skills alliances cover?",
    ],
)
def test_a_topic_only_the_later_actions_text_gives_is_asked_of_the_later_action(engine, question):
    reply = _first(engine, question)
    assert "14" in reply.text.split("\n")[0]
    assert "turism" not in reply.text and "tourism" not in reply.text  # the 2014-2020 alliances' sectors


def test_which_of_a_counted_list_with_a_second_question_on_it_is_refused_as_a_whole(engine):
    reply = _first(
        engine,
        "Welke veertien industriele ecosystemen zijn dat precies bij de sectorale allianties? Valt de zorg eronder?",
        "nl",
    )
    assert reply.abstained
    assert "alleen het aantal" in reply.text
    assert "gezondheidszorg" not in reply.text  # no other action's list answers whether care is on it


def test_a_comparison_of_one_actions_parts_with_its_period_in_brackets_compares_them(engine):
    reply = _first(
        engine,
        "Mika on olennainen ero koulutuksen ja yritysten allianssien ja alakohtaisen yhteistyon allianssien valilla "
        "(2021-2027)?",
        "fi",
    )
    assert "osaamisvaje" in reply.text  # what the sectoral alliances tackle: skills gaps
    assert "kuuluvat Erasmus+ -ohjelmakauteen" not in reply.text  # not which period the action belongs to


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        (
            "Onko aikuiskoulutuksen KA2-kumppanuudessa ylaraja partnereiden maaralle? Montako organisaatiota saa "
            "enintaan olla mukana?",
            "fi",
        ),
        ("Is there an upper limit on the number of partners in an adult education strategic partnership?", "en"),
    ],
)
def test_the_largest_number_of_partners_asked_without_diacritics_or_as_an_upper_limit_is_refused(
    engine, question, lang
):
    reply = _first(engine, question, lang)
    assert reply.abstained
    assert "avustuksen määrää" not in reply.text  # the upper limit asked is no grant


def test_the_whole_actions_aim_is_not_answered_by_one_parts_aim(engine):
    reply = _first(engine, "What do Partnerships for Innovation want to achieve in terms of skills?", "en")
    first = reply.text.split("\n")[0]
    assert first.startswith("Partnerships for Innovation")
    assert "skills mismatches" in first


def test_a_request_to_translate_a_tagline_mid_chat_is_no_question_on_the_texts(engine):
    *_, reply = chat(
        engine,
        "Can an IT company from Estonia take part in a sector skills alliance?",
        "Can you translate our company tagline 'Code that cares' into Finnish?",
    )
    assert reply.abstained
    assert "Sector Skills Alliance" not in reply.text


def test_a_term_of_the_guidance_asked_to_be_translated_is_still_answered(engine):
    reply = _first(engine, "How do you translate 'Knowledge Alliance' into Finnish?", "en")
    assert not reply.abstained


@pytest.mark.parametrize(
    ("question", "lang", "said"),
    [
        (
            "Apart from the project work itself, what sort of written material are knowledge alliances expected to "
            "produce and make freely available?",
            "en",
            "reports, guidelines or handbooks",
        ),
        (
            "does the knowledge alliance have to get the university's students involved somehow? in what way?",
            "en",
            "student-centred",
        ),
        ("Hur deltar studenterna i en kunskapsallians?", "sv", "studentorienterade"),
        (
            "vilka slags insatser kan man fa finansiering for i ett KA2-projekt for vuxenutbildning? behover en lista "
            "till var styrelse",
            "sv",
            "utbyte av praxis",
        ),
        (
            "Vi ar en yrkesskola i Jonkoping som redan ar fullvardig partner i ett SSA-projekt. Kan vi ga med i ett "
            "till parallellt?",
            "sv",
            "åt gången",
        ),
    ],
)
def test_words_the_cue_tables_lacked_find_the_claim_that_answers(engine, question, lang, said):
    reply = _first(engine, question, lang)
    assert said in reply.text.split("\n")[0]
