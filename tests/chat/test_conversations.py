"""Reading a chat turn against the conversation, and the conversation evaluation set's runner."""

import json
from pathlib import Path

import pytest

from erasbot.chat.followup import latest_context, resolve_followup
from erasbot.chat.turns import Exchange, Reply
from erasbot.errors import ErasbotError
from erasbot.evaluation.conversations import load_conversations
from erasbot.guidance.glossary import load_glossary
from erasbot.text import fold

REPO = Path(__file__).resolve().parents[2]


def _ka_reply() -> Reply:
    return Reply(
        "answer", "q", "a", "en", resolved="How long does a Knowledge Alliance last?", action="knowledge-alliance"
    )


@pytest.mark.parametrize(
    "message",
    [
        "What's the weather like in Brussels today?",
        "Vad blir det för middag ikväll?",
        "Wat is het recept voor stroopwafels?",
        "Kerro hyvä vitsi.",
        "Hur många högskolepoäng ger en kurs på Stockholms universitet?",
    ],
)
def test_a_message_with_no_erasmus_subject_is_not_read_as_the_previous_action(message: str) -> None:
    glossary = load_glossary()
    resolved = resolve_followup(message, _ka_reply(), glossary, "en")
    assert resolved == message
    assert glossary.actions(resolved) == []


@pytest.mark.parametrize(
    "message",
    ["And what is the maximum grant?", "Can it be extended?", "Voiko sitä jatkaa?", "Vad är undantaget?"],
)
def test_a_message_leaning_on_the_conversation_keeps_its_action(message: str) -> None:
    glossary = load_glossary()
    assert glossary.actions(resolve_followup(message, _ka_reply(), glossary, "en")) == ["knowledge-alliance"]


def test_a_question_naming_another_action_by_its_dutch_name_is_answered_for_that_action() -> None:
    glossary = load_glossary()
    message = "Welke sectoren komen in aanmerking voor sectorale vaardighedenallianties?"
    resolved = resolve_followup(message, _ka_reply(), glossary, "nl")
    assert glossary.actions(resolved) == ["sector-skills-alliance"]


def test_a_question_naming_an_action_with_its_own_question_word_is_not_joined_to_the_last() -> None:
    glossary = load_glossary()
    message = "Hoe vraag je een kennisalliantie aan?"
    previous = Reply("answer", "q", "a", "nl", resolved="Moet een kennisalliantie open leermiddelen delen?")
    assert resolve_followup(message, previous, glossary, "nl") == message


def test_and_for_another_action_asks_the_last_question_about_it() -> None:
    glossary = load_glossary()
    resolved = resolve_followup("And for a sector skills alliance?", _ka_reply(), glossary, "en")
    assert "How long" in resolved and glossary.actions(resolved) == ["sector-skills-alliance"]


def test_a_follow_up_after_an_off_topic_aside_leans_on_the_turn_before_it() -> None:
    glossary = load_glossary()
    aside = Reply(
        "answer", "Hur blir vädret i Uppsala?", "…", "sv", resolved="Hur blir vädret i Uppsala?", abstained=True
    )
    history = [Exchange("q", _ka_reply()), Exchange("Hur blir vädret i Uppsala?", aside)]
    assert latest_context(history, glossary) is history[0].reply


@pytest.mark.parametrize(
    "text, action",
    [
        ("Hur lång är en kunskapsalians?", "knowledge-alliance"),  # typo
        ("Kuinka pitkä on tietoallianssihanke?", "knowledge-alliance"),  # compound
        ("what is a knowlege aliance", "knowledge-alliance"),
        ("Wat kost een sectorale vaardighedenalliantie?", "sector-skills-alliance"),  # another inflection
        ("Alliances for Innovaton", "partnership-for-innovation"),
        ("stratgic partnership in adult learning", "strategic-partnership-adult"),
    ],
)
def test_action_names_are_recognised_despite_typos_and_inflections(text: str, action: str) -> None:
    assert load_glossary().actions(text) == [action]


def test_the_typo_tolerant_reading_adds_no_action_to_questions_that_name_none() -> None:
    """Measured on the question sets: where the exact reading finds no action, neither does the fuzzy one."""
    glossary = load_glossary()
    for name in ("questions.jsonl", "questions_holdout.jsonl"):
        for line in (REPO / "evals" / name).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if not glossary.actions(item["question"]):
                assert glossary.fuzzy_actions(fold(item["question"])) == set(), item["id"]


def test_the_conversation_set_has_chats_in_four_languages_with_ids_per_turn() -> None:
    chats = load_conversations(REPO / "evals" / "conversations.jsonl")
    turns = [t for c in chats for t in c.turns]
    assert len(chats) >= 25 and len(turns) >= 80
    assert {t.lang for t in turns} == {"sv", "fi", "nl", "en"}
    assert chats[0].turns[1].id == f"{chats[0].id}/2"
    assert any(t.out_of_scope for t in turns) and any(not t.out_of_scope for t in turns)


def test_a_malformed_conversation_names_its_line_and_turn(tmp_path: Path) -> None:
    path = tmp_path / "chats.jsonl"
    path.write_text('{"id": "a", "turns": [{"question": "Hur länge?"}]}\n{"id": "b", "turns": [{"q": 1}]}\n')
    with pytest.raises(ErasbotError, match=r"chats.jsonl:2: turn 1"):
        load_conversations(path)


def test_a_what_about_follow_up_is_answered_for_what_it_names_anew(engine):
    from erasbot.chat.assistant import Assistant
    from erasbot.chat.turns import Exchange

    assistant = Assistant(engine)
    first = "Pitääkö osaamisallianssien raportit jakaa avoimina oppimateriaaleina?"
    earlier = assistant.reply(first)
    reply = assistant.reply("Entä University-Business Forum?", history=[Exchange(first, earlier)])
    assert "forumet mellan universitet och näringslivet" in reply.text


def test_an_organisation_asking_whether_it_can_apply_gets_who_can_take_part(engine):
    from erasbot.chat.assistant import Assistant

    reply = Assistant(engine).reply("Kan vi som folkhögskola söka ett strategiskt partnerskap inom vuxenutbildning?")
    assert "Alla organisationer med verksamhet inom vuxenutbildning" in reply.text or reply.text.startswith(
        "Alla organisationer"
    )


@pytest.mark.parametrize(
    ("listing", "member", "listed"),
    [
        ("Which sectors are eligible for Sector Skills Alliances?", "Is agriculture one of them?", "tourism"),
        ("Vilka teman har varit populära i vuxenutbildningsprojekt?", "Är fotboll ett av dem?", "seniorer"),
        (
            "Welke sectoren komen in aanmerking voor sectorale vaardighedenallianties?",
            "Hoort landbouw daarbij?",
            "toerisme",
        ),
        ("Mitkä alat kuuluvat alakohtaisiin osaamisallianssseihin?", "Onko maatalous yksi niistä?", "matkailu"),
    ],
)
def test_asking_whether_something_the_texts_never_name_is_one_of_the_listed_gets_the_list(
    engine, listing, member, listed
):
    # the thing asked of is no Erasmus+ word: the chat gives the message its subject, and the list answers it
    from erasbot.chat.assistant import Assistant

    assistant = Assistant(engine)
    history = [Exchange(listing, assistant.reply(listing))]
    reply = assistant.reply(member, history)
    assert not reply.abstained and listed in reply.text.lower()


def test_an_everyday_question_after_a_list_still_abstains(engine):
    from erasbot.chat.assistant import Assistant

    assistant = Assistant(engine)
    listing = "Which sectors are eligible for Sector Skills Alliances?"
    history = [Exchange(listing, assistant.reply(listing))]
    assert assistant.reply("What's the weather like in Brussels today?", history).abstained
