"""Turns of round 15: a message asking only why, or where the texts say so, asks the last question again (its claim
and quotes are the answer); a Finnish 'Paljonko ...?' about money is no yes/no question on a country."""

from __future__ import annotations

from tests.chat.chatting import chat


def test_where_does_it_say_that_and_why_ask_the_last_question_again(engine) -> None:
    grant, where = chat(
        engine, "How much could a three-year Knowledge Alliance get?", "where does it say that?", lang="en"
    )
    assert where.resolved == grant.resolved
    assert "1 miljon euro" in where.text
    *_, why = chat(
        engine,
        "Voiko yhdistys saada rahaa osaamisallianssissa, jos se on vain liitännäiskumppani?",
        "Miksi?",
        lang="fi",
    )
    assert "vissa uppgifter" in why.text
    # 'why' inside a question of its own asks what the action is for
    *_, aims = chat(engine, "How long does a Knowledge Alliance last?", "Why do knowledge alliances exist?", lang="en")
    assert aims.resolved != "How long does a Knowledge Alliance last?"


def test_how_much_extra_money_for_finnish_participants_is_no_question_whether_finland_may_take_part(engine) -> None:
    *_, money = chat(
        engine,
        "Kuinka pitkä osaamisallianssihanke on?",
        "Paljonko Opetushallitus antaa lisärahaa suomalaisille osallistujille?",
        lang="fi",
    )
    assert not money.text.startswith("Kyllä")


def test_partners_added_to_a_consortium_told_before_are_counted_in(engine) -> None:
    told = (
        "Wij zijn een hogeschool in Utrecht met een consortium van 4 organisaties uit 2 landen: twee hogescholen en "
        "twee bedrijven. Is dat genoeg voor een kennisalliantie?"
    )
    first, more = chat(engine, told, "En als we er twee Duitse partners bij nemen?", lang="nl")
    assert first.text.startswith("Nee") and "4 is te weinig" in first.text
    assert more.text.startswith("Ja") and "6 is genoeg" in more.text and "3 is genoeg" in more.text
    *_, one = chat(engine, told, "En als we er één Duitse partner bij nemen?", lang="nl")
    assert one.text.startswith("Nee") and "5 is te weinig" in one.text


def test_a_statement_put_up_to_be_checked_gets_its_yes_or_no(engine) -> None:
    for question, lang, lead in (
        ("Stammer det att ett kunskapsallians-projekt kan halla pa i fyra ar? En kollega pastod det.", "sv", "Nej"),
        ("I read that a Knowledge Alliance lasts four years, is that right?", "en", "No"),
        ("Stämmer det att en kunskapsallians kan pågå i tre år?", "sv", "Ja"),
    ):
        (reply,) = chat(engine, question, lang=lang)
        assert reply.text.startswith(lead), question
