"""Turns of round 31: what the last figure counts asked as a compound or an adjective ('is dat een jaarbedrag?',
'är det ett årsbelopp?', 'onko se vuosisumma?', 'is that an annual amount?') is the last question asked again, its
sentence saying what the figure counts; asked after a refusal of the figure, the refusal is its answer, not another
aspect ("per jaar" read as a duration). A claim answering a part read for another action than the one its question
names is cited to its own text (no statement without its quote)."""

from __future__ import annotations

import pytest

from tests.chat.chatting import chat


@pytest.mark.parametrize(
    ("asked", "lang", "said"),
    [
        ("is dat een jaarbedrag?", "nl", "tweejarig project"),
        ("är det ett årsbelopp?", "sv", "tvååriga projekt"),
        ("onko se vuosisumma?", "fi", "kaksivuotiselle hankkeelle"),
        ("is that an annual amount?", "en", "two-year project"),
    ],
)
def test_a_yearly_amount_asked_of_the_last_figure_is_answered_by_its_sentence(engine, asked, lang, said) -> None:
    _, basis = chat(engine, "Hur mycket bidrag kan en kunskapsallians få?", asked, lang=lang)
    assert not basis.abstained
    assert "700" in basis.text and said in basis.text


def test_what_a_refused_figure_counts_is_refused_for_the_same_figure(engine) -> None:
    grant, basis = chat(engine, "Hoeveel subsidie krijgt een sectorale vaardighedenalliantie?", "is dat per jaar?")
    assert grant.abstained and "subsidiebedrag" in grant.text
    assert basis.abstained
    assert "subsidiebedrag" in basis.text and "projectduur" not in basis.text


def test_a_claim_answering_a_part_read_for_another_action_is_cited_to_its_own_text(engine) -> None:
    # the follow-up is read with the chat's two 2014-2020 actions, its 'ekosysteemit' the 2021-2027 Partnerships for
    # Innovation's: the statement answering it keeps its quote and citation
    *_, reply = chat(
        engine,
        "Voiko korkeakouluja olla mukana osaamisallianssissa?",
        "Uudella ohjelmakaudella näiden tilalle tulivat innovaatioallianssit. Mihin sektorikohtainen allianssi (lot 2)"
        " keskittyy?",
        "ja ne ekosysteemit – mistä strategiasta ne on poimittu?",
    )
    assert not reply.abstained and "teollisuusstrategia" in reply.text
    assert [c.doc_id for c in reply.citations] == ["partnerships-for-innovation"]
    assert "industriestrategie" in reply.text  # the quote under the statement


@pytest.mark.parametrize(
    ("corrected", "said"),
    [
        ("ei kun siis tarkoitin et montako maata yhteensä", "3 (kolmesta) ohjelmamaasta"),
        ("nej, jag menade hur många länder totalt", "minst 3 (tre) programländer"),
    ],
)
def test_a_correction_in_everyday_words_asks_the_chats_action(engine, corrected, said) -> None:
    *_, reply = chat(engine, "Voiko SSA-hanke keskittyä maatalouteen?", corrected)
    assert not reply.abstained
    assert said in reply.text


def test_a_theme_chosen_on_our_own_is_the_free_theme_not_a_word_of_another_claim(engine) -> None:
    # 'helt på egen hand': no 'hand' of 'i första hand' or 'studiehandledning' decides the claim
    *_, reply = chat(
        engine,
        "Får vi vara med i ett strategiskt partnerskap för vuxenutbildning fast vi inte är en vanlig skola?",
        "Kan vi välja ämne för projektet helt på egen hand?",
    )
    assert "väljas fritt" in reply.text


def test_sharing_the_outputs_with_others_asks_dissemination(engine) -> None:
    *_, reply = chat(
        engine,
        "Får vi vara med i ett strategiskt partnerskap för vuxenutbildning fast vi inte är en vanlig skola?",
        "Vaihdan suomeen kollegaa varten: pitääkö hankkeen tuotoksia jakaa muille, ja kenelle?",
    )
    assert not reply.abstained and reply.language == "fi"
    assert "Levittäminen" in reply.text


def test_a_return_to_the_subject_in_general_words_names_no_theme(engine) -> None:
    # 'Takaisin aiheeseen': 'aihe' is a word for a theme, but back to the subject asks none
    *_, reply = chat(
        engine,
        "montako maata aikuiskoulutuksen KA2-kumppanuudessa pitää olla mukana?",
        "Tiedätkö hyvän kasvisravintolan Tampereen keskustasta?",
        "Takaisin aiheeseen: voiko KA2-hankkeeseen sisältyä pitkiä henkilöstön liikkuvuusjaksoja?",
    )
    assert not reply.abstained
    assert "yli 2 kuukautta" in reply.text
