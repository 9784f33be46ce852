"""Which turns of a chat are read against the history, and what they become: off-topic asides,
Finnish and other follow-ups, new aspects, returns by a short name, action switches, successors."""

from __future__ import annotations

import pytest

from erasbot.chat.followup import ChatContext, read_message
from erasbot.chat.subject import Vocabulary, guidance_vocabulary, has_subject
from erasbot.chat.turns import Exchange, Reply
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import load_glossary

SUCCESSORS = {
    "knowledge-alliance": "partnership-for-innovation",
    "sector-skills-alliance": "partnership-for-innovation",
}


@pytest.fixture(scope="module")
def context(engine) -> ChatContext:
    glossary = load_glossary()
    return ChatContext(glossary, guidance_vocabulary(engine.snapshot.chunks, load_facts(), glossary), SUCCESSORS)


def _turn(message: str, action: str | None, lang: str = "en", resolved: str | None = None) -> Exchange:
    reply = Reply("answer", message, "…", lang, resolved=resolved or message, action=action)
    return Exchange(message, reply)


KA_GRANT = _turn("What's the maximum EU grant for a three-year knowledge alliance?", "knowledge-alliance")
SSA_COUNT = _turn(
    "Hur många organisationer behövs i en branschspecifik kunskapsallians?", "sector-skills-alliance", "sv"
)
SPA_THEMES = _turn(
    "Vilka teman är populära i strategiska partnerskap inom vuxenutbildning?", "strategic-partnership-adult", "sv"
)


@pytest.mark.parametrize(
    "message, lang",
    [
        ("What's the euro to Swedish krona exchange rate right now?", "en"),
        ("Will it rain in Helsinki tomorrow?", "en"),
        ("Paljonko yksi euro on tänään Ruotsin kruunuina?", "fi"),
        ("Montako asukasta Helsingissä on?", "fi"),
        ("Wat is de wisselkoers van de euro naar de dollar?", "nl"),
        ("Hoe laat is het nu in Brussel?", "nl"),
        ("Vad kostar en kopp kaffe i Stockholm?", "sv"),
        ("Hur blir vädret i Göteborg i morgon?", "sv"),
    ],
)
def test_an_off_topic_turn_mid_chat_is_not_read_as_the_previous_action(
    context: ChatContext, message: str, lang: str
) -> None:
    """Off topic by its words, or by naming money the texts never speak of (a currency other than the euro)."""
    reading = read_message(message, [KA_GRANT], context, lang)
    assert reading.resolved == message
    assert reading.off_topic or "currencies" in context.glossary.find(message)


@pytest.mark.parametrize(
    "message, lang, action",
    [
        ("Ja voivatko ne järjestää opiskelijavaihtoja?", "fi", "sector-skills-alliance"),
        (
            "Entä voiko sama organisaatio olla mukana kahdessa allianssissa samaan aikaan?",
            "fi",
            "sector-skills-alliance",
        ),
        ("Saako liitännäiskumppanikin avustusta?", "fi", "sector-skills-alliance"),
        ("Can it cover any field?", "en", "knowledge-alliance"),
        ("Do the universities need a special charter?", "en", "knowledge-alliance"),
        ("En hoeveel landen moesten daar minimaal aan meedoen?", "nl", "knowledge-alliance"),
        ("Och hur länge får det pågå?", "sv", "strategic-partnership-adult"),
        # the project named with a definite article points back as a pronoun does
        ("Vad får man göra i projektet?", "sv", "strategic-partnership-adult"),
        ("How long can the project last?", "en", "knowledge-alliance"),
        ("Wat moet het consortium opleveren?", "nl", "sector-skills-alliance"),
    ],
)
def test_a_follow_up_in_any_language_carries_the_action_of_the_turn_it_leans_on(
    context: ChatContext, message: str, lang: str, action: str
) -> None:
    previous = {"knowledge-alliance": KA_GRANT, "sector-skills-alliance": SSA_COUNT}.get(action, SPA_THEMES)
    reading = read_message(message, [previous], context, lang)
    assert not reading.off_topic
    assert context.glossary.actions(reading.resolved) == [action]


def test_a_follow_up_asking_a_new_aspect_keeps_only_the_action() -> None:
    """'Do the universities need a charter?' after a grant question asks about the charter, not the grant."""
    context = ChatContext(load_glossary())
    reading = read_message("Do the universities need a special charter?", [KA_GRANT], context, "en")
    assert "grant" not in reading.resolved
    assert context.glossary.actions(reading.resolved) == ["knowledge-alliance"]


def test_a_fragment_changing_the_last_question_is_joined_to_it() -> None:
    context = ChatContext(load_glossary())
    previous = _turn("Hur stort är EU-bidraget för en tvåårig kunskapsallians?", "knowledge-alliance", "sv")
    assert "EU-bidraget" in read_message("Och för tre år?", [previous], context, "sv").resolved
    charter = _turn("Måste högskolorna i en kunskapsallians ha Erasmusstadgan?", "knowledge-alliance", "sv")
    assert (
        "Erasmusstadgan"
        in read_message("Gäller det även lärosäten från partnerländer?", [charter], context, "sv").resolved
    )


def test_a_return_by_a_short_name_after_an_aside_takes_the_action_spoken_of(context: ChatContext) -> None:
    """'back to partnerships' after a Knowledge Alliance turn and an aside means the partnership spoken of before."""
    history = [
        SPA_THEMES,
        KA_GRANT,
        Exchange(
            "Will it rain in Helsinki tomorrow?",
            Reply("answer", "Will it rain in Helsinki tomorrow?", "…", "en", abstained=True),
        ),
    ]
    reading = read_message("Back to partnerships: can they have long-term staff mobility?", history, context, "en")
    assert context.glossary.actions(reading.resolved) == ["strategic-partnership-adult"]
    fi = read_message(
        "Takaisin allianssiin: saako liitännäinen kumppani avustusta?", [SSA_COUNT, SPA_THEMES], context, "fi"
    )
    assert context.glossary.actions(fi.resolved) == ["sector-skills-alliance"]


@pytest.mark.parametrize(
    "message, lang",
    [
        ("Geldt hetzelfde voor een kennisalliantie?", "nl"),
        ("Same rule for knowledge alliances?", "en"),
        ("Gäller samma sak för kunskapsallianser?", "sv"),
        ("Entä tietoallianssissakin?", "fi"),
    ],
)
def test_an_action_switch_asks_the_last_question_of_the_new_action(message: str, lang: str) -> None:
    context = ChatContext(load_glossary())
    reading = read_message(message, [SSA_COUNT], context, lang)
    assert "organisationer" in reading.resolved
    assert context.glossary.actions(reading.resolved) == ["knowledge-alliance"]


def test_after_a_successor_question_it_is_the_action_on_the_other_side() -> None:
    context = ChatContext(load_glossary(), successors=SUCCESSORS)
    asked = _turn(
        "Mikä vastaa niitä nykyisellä ohjelmakaudella?",
        "knowledge-alliance",
        "fi",
        resolved="Mikä vastaa niitä nykyisellä ohjelmakaudella? (Osaamisallianssit)",
    )
    reading = read_message("Ja minkälaisia allianssityyppejä niihin kuuluu?", [asked], context, "fi")
    assert context.glossary.actions(reading.resolved) == ["partnership-for-innovation"]
    named = _turn(
        "Which 2014-2020 action did the Alliances for Innovation replace? Was it the Knowledge Alliance?",
        "knowledge-alliance",
    )
    reading = read_message("How many companies did it need?", [named], context, "en")
    assert context.glossary.actions(reading.resolved) == ["knowledge-alliance"]


def test_an_unknown_word_share_decides_the_subject() -> None:
    glossary = load_glossary()
    vocabulary = Vocabulary.of([("Projekten pågår i två till tre år och får bidrag.", "sv")])
    assert has_subject("Hur länge pågår projekten?", "sv", vocabulary, glossary)
    assert not has_subject("Hur blir vädret i Uppsala i helgen?", "sv", vocabulary, glossary)
    assert has_subject("Vad gällde för 2014-2020?", "sv", vocabulary, glossary)  # a programme period is a subject


@pytest.mark.parametrize(
    "message, lang",
    [
        ("Wat is de wisselkoers van de euro naar de dollar?", "nl"),
        ("What's the euro to Swedish krona exchange rate right now?", "en"),
        ("Millainen sää Tampereella on viikonloppuna?", "fi"),
    ],
)
def test_the_assistant_abstains_on_an_off_topic_turn_whatever_came_before(engine, message: str, lang: str) -> None:
    from erasbot.chat.assistant import Assistant

    assistant = Assistant(engine)
    first = "How much grant can a knowledge alliance get?"
    history = [Exchange(first, assistant.reply(first))]
    reply = assistant.reply(message, history, language=lang)
    assert reply.abstained and not reply.citations
    assert "700" not in reply.text


@pytest.mark.parametrize(
    "message, lang",
    [
        ("Is dat bij een kennisalliantie anders?", "nl"),
        ("Is that different for a knowledge alliance?", "en"),
        ("Entä tietoallianssseille?", "fi"),  # a typo in the name, read by the typo-tolerant pass
    ],
)
def test_asking_whether_another_action_differs_asks_it_the_last_question(message: str, lang: str) -> None:
    context = ChatContext(load_glossary())
    previous = _turn(
        "Hur många organisationer per land?",
        "sector-skills-alliance",
        "sv",
        resolved="Hur många organisationer per land? (Branschspecifika kunskapsallianser)",
    )
    reading = read_message(message, [previous], context, lang)
    assert reading.resolved.startswith("Hur många organisationer per land?")
    assert context.glossary.actions(reading.resolved) == ["knowledge-alliance"]


@pytest.mark.parametrize(
    "question",
    [
        "Kuka vastaa tietoallianssihankkeesta?",
        "Milloin on tietoallianssien seuraava hakukierros?",
        "Moet je je vooraf registreren voor een kennisalliantie?",
    ],
)
def test_words_that_only_sometimes_mean_a_successor_leave_it_pointing_at_the_same_action(question: str) -> None:
    """'vastaa' (is responsible), 'seuraava' (next), 'vooraf' (beforehand) ask for no successor."""
    context = ChatContext(load_glossary(), successors=SUCCESSORS)
    previous = _turn(question, "knowledge-alliance", "fi")
    reading = read_message("Kuinka pitkä se on?", [previous], context, "fi")
    assert context.glossary.actions(reading.resolved) == ["knowledge-alliance"]


def test_organising_student_exchanges_in_an_action_is_answered_while_exchange_grants_stay_refused(engine) -> None:
    """The texts say a Sector Skills Alliance may organise exchanges for students and staff; what a
    student gets for an exchange semester (KA1) they never say."""
    from erasbot.chat.assistant import Assistant

    assistant = Assistant(engine)
    first = "Mille aloille alakohtaiset osaamisallianssit on tarkoitettu?"
    history = [Exchange(first, assistant.reply(first, language="fi"))]
    follow = assistant.reply("Ja voivatko ne järjestää opiskelijavaihtoja?", history, language="fi")
    assert not follow.abstained
    assert any(c.doc_id == "sector-skills-alliances" for c in follow.citations)
    assert assistant.reply("What is the monthly grant for a student exchange?").abstained


def test_an_inflected_word_whose_stem_the_guidance_uses_is_a_subject() -> None:
    glossary = load_glossary()
    vocabulary = Vocabulary.of([("Het project kan met zes maanden worden verlengd.", "nl")])
    assert has_subject("Mag het verlengd worden?", "nl", vocabulary, glossary)
    assert not has_subject("Hoe warm wordt het morgen?", "nl", vocabulary, glossary)


@pytest.mark.parametrize(
    "message, lang",
    [
        ("Och om vi söker en kunskapsallians från förra programperioden?", "sv"),
        ("And for a knowledge alliance of the 2014-2020 period?", "en"),
    ],
)
def test_an_action_named_with_its_period_in_a_phrase_asks_the_last_question_of_it(message: str, lang: str) -> None:
    context = ChatContext(load_glossary())
    reading = read_message(message, [SSA_COUNT], context, lang)
    assert "organisationer" in reading.resolved
    assert context.glossary.actions(reading.resolved) == ["knowledge-alliance"]


@pytest.mark.parametrize(
    "message, lang",
    [
        ("How many industrial ecosystems do the latter cover?", "en"),
        ("Hur många branscher omfattar de sistnämnda?", "sv"),
        ("Kuinka monta toimialaa jälkimmäisissä on mukana?", "fi"),
    ],
)
def test_the_latter_points_at_the_action_of_the_turn_before(context: ChatContext, message: str, lang: str) -> None:
    reading = read_message(message, [SSA_COUNT], context, lang)
    assert not reading.off_topic
    assert context.glossary.actions(reading.resolved) == ["sector-skills-alliance"]


@pytest.mark.parametrize(
    "message, lang",
    [
        ("Vad skiljer den från en sektorsallians?", "sv"),
        ("How does it differ from a Sector Skills Alliance?", "en"),
    ],
)
def test_asking_what_sets_the_chats_action_apart_from_another_compares_the_two(message: str, lang: str) -> None:
    context = ChatContext(load_glossary())
    previous = _turn("Hur länge pågår en kunskapsallians?", "knowledge-alliance", "sv")
    resolved = read_message(message, [previous], context, lang).resolved
    assert resolved.startswith(message) and set(context.glossary.actions(resolved)) == {
        "knowledge-alliance",
        "sector-skills-alliance",
    }


def test_a_return_to_an_action_with_a_question_of_its_own_after_a_colon_is_read_alone(context: ChatContext) -> None:
    ssa_grant = _turn("How much funding does a sector skills alliance get?", "sector-skills-alliance")
    message = "ok, and back to knowledge alliances: can associated partners get money there?"
    assert read_message(message, [ssa_grant], context, "en").resolved == message


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("Hoeveel bedrijven moesten daar minimaal in zitten?", "nl"),
        ("How many companies did it need at minimum?", "en"),
        ("Montako yritystä siinä piti vähintään olla?", "fi"),
    ],
)
def test_a_follow_up_asking_a_minimum_of_the_action_spoken_of_is_read_against_it(
    context: ChatContext, message: str, lang: str
) -> None:
    # the words of a limit ('minimaal') and of being in something ('zitten') carry no subject of their own
    history = [_turn("Wat is een kennisalliantie?", "knowledge-alliance", "nl")]
    reading = read_message(message, history, context, lang)
    assert not reading.off_topic
    assert reading.resolved != message  # read with the alliance spoken of
