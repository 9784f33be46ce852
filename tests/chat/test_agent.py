"""The language-model mode with LangChain's fake chat models: the agent loop, verification and fallbacks."""

from __future__ import annotations

import json
import time

from conftest import ScriptedModel
from langchain_core.messages import AIMessage

from erasbot.chat.agent import Agent, make_agent, make_chat_model
from erasbot.chat.assistant import Assistant
from erasbot.chat.turns import Reply
from erasbot.chat.verify import verify
from erasbot.figures import numbers_known
from erasbot.settings import load_settings

KA_LIST = """Lund University, Sweden, university, coordinator
Aalto University, Finland, university
Siemens AG, Germany, company"""


def _search(query: str, **args) -> AIMessage:
    return AIMessage(
        content="", tool_calls=[{"name": "search_guidance", "args": {"query": query, **args}, "id": "call-1"}]
    )


def _assistant(engine, *script, timeout: float = 30.0) -> tuple[Assistant, ScriptedModel]:
    model = ScriptedModel(messages=iter(script))
    model.seen = []
    return Assistant(engine, Agent(engine, model, "fake:scripted", timeout=timeout)), model


def test_the_agent_searches_then_answers_citing_what_it_retrieved(engine) -> None:
    assistant, model = _assistant(
        engine,
        _search("EU-bidrag kunskapsallians", action="knowledge-alliance"),
        "EU-bidraget är högst 700 000 euro för tvååriga projekt och 1 miljon euro för treåriga projekt [1].",
    )
    events = list(assistant.stream("Hur stort är bidraget för en kunskapsallians?"))
    reply = events[-1]
    assert isinstance(reply, Reply) and reply.kind == "answer" and reply.backend == "fake:scripted"
    assert "".join(e for e in events[:-1]).startswith("EU-bidraget är"), "tokens stream before the reply"
    assert reply.text.endswith("[1].") and not reply.flags and not reply.notice
    [citation] = reply.citations
    assert citation.doc_id == "knowledge-alliances" and "700 000 euro" in citation.text
    assert any("700 000" in q for q in citation.quotes), "the supporting sentence is highlighted"
    tool_message = model.seen[1][-1]
    assert tool_message.type == "tool" and tool_message.content.startswith("[1] Kunskapsallianser")


def test_the_agent_is_told_to_answer_from_passages_in_the_users_language(engine) -> None:
    assistant, model = _assistant(engine, _search("grant"), "Ik weet het niet.")
    assistant.reply("Hoeveel subsidie krijgt een kennisalliantie?")
    system = model.seen[0][0].content
    assert "ONLY from the passages" in system and "Dutch" in system and "[1]" in system


def test_a_citation_of_a_passage_never_retrieved_is_removed_and_noted(engine) -> None:
    assistant, _ = _assistant(
        engine,
        _search("EU-bidrag kunskapsallians", action="knowledge-alliance"),
        "Högst 700 000 euro för tvååriga projekt [1][9].",
    )
    reply = assistant.reply("Hur stort är bidraget för en kunskapsallians?", language="sv")
    assert reply.text == "Högst 700 000 euro för tvååriga projekt [1]."
    assert [c.n for c in reply.citations] == [1]
    assert any("[9]" in f for f in reply.flags)


def test_a_number_that_no_cited_passage_states_flags_the_answer(engine) -> None:
    assistant, _ = _assistant(
        engine,
        _search("EU-bidrag kunskapsallians", action="knowledge-alliance"),
        "The grant is at most EUR 850,000 for two years [1].",
    )
    reply = assistant.reply("What is the maximum grant for a Knowledge Alliance?")
    assert reply.flags == ["Check these figures: 850,000 do not appear in the cited passages."]


def test_an_answer_without_citations_counts_as_declining(engine) -> None:
    assistant, _ = _assistant(engine, _search("coffee price"), "The guidance texts do not cover this.")
    reply = assistant.reply("How much does coffee cost in Brussels?")
    assert reply.abstained and not reply.citations and not reply.flags


def test_a_failing_model_gives_the_offline_answer_with_a_visible_notice(engine) -> None:
    class Broken(ScriptedModel):
        def _stream(self, *args, **kwargs):
            raise ConnectionError("connection refused")

    assistant = Assistant(engine, Agent(engine, Broken(messages=iter([])), "fake:broken", timeout=5))
    reply = assistant.reply("Hur många organisationer måste ingå i en kunskapsallians?")
    assert reply.notice and "fake:broken" in reply.notice and "Språkmodellen" in reply.notice
    assert reply.backend == "offline" and "6" in reply.text and reply.citations


def test_a_model_slower_than_the_timeout_gives_the_offline_answer(engine) -> None:
    class Slow(ScriptedModel):
        def _stream(self, *args, **kwargs):
            time.sleep(30)
            yield from super()._stream(*args, **kwargs)

    assistant = Assistant(engine, Agent(engine, Slow(messages=iter(["Too late."])), "fake:slow", timeout=0.5))
    started = time.perf_counter()
    reply = assistant.reply("What is the maximum grant for a two-year Knowledge Alliance?")
    assert time.perf_counter() - started < 20  # the offline answer came without waiting out the model
    assert "within 0.5 s" in reply.notice and "700" in reply.text


def test_a_model_that_only_calls_tools_is_stopped(engine) -> None:
    assistant, _ = _assistant(engine, *[_search(f"q{i}") for i in range(40)])
    reply = assistant.reply("How long is a Knowledge Alliance?")
    assert reply.notice and "kept calling tools" in reply.notice


def test_a_pasted_list_goes_to_the_checker_without_asking_the_model(engine) -> None:
    assistant, model = _assistant(engine)  # an empty script: any call to the model would fail
    reply = assistant.reply(KA_LIST)
    assert reply.kind == "check" and model.seen == [] and not reply.notice


def test_a_consortium_described_in_a_sentence_is_checked_by_the_checker_tool(engine) -> None:
    call = AIMessage(
        content="",
        tool_calls=[
            {"name": "check_consortium", "id": "call-2", "args": {"partners": KA_LIST, "action": "knowledge-alliance"}}
        ],
    )
    assistant, model = _assistant(engine, call, "The checker's verdict is shown below.")
    reply = assistant.reply(
        "Is a consortium of Lund University, Aalto University and Siemens AG a valid Knowledge Alliance?"
    )
    result = reply.checks["knowledge-alliance"]
    assert result.verdict == "not_eligible" and reply.verdict == result.to_json()
    assert json.loads(model.seen[1][-1].content)["verdict"] == "not_eligible"


def test_earlier_turns_reach_the_model_as_conversation(engine) -> None:
    assistant, model = _assistant(engine, _search("q"), "First [1].", _search("q"), "Second [1].")
    first = assistant.reply("How long is a Knowledge Alliance?")
    from erasbot.chat.turns import Exchange

    assistant.reply("and for three years?", [Exchange("How long is a Knowledge Alliance?", first)])
    contents = [m.content for m in model.seen[2]]
    assert contents[1:4] == ["How long is a Knowledge Alliance?", "First .", "and for three years?"]


# -- verification, pure ---------------------------------------------------------------------------


def test_numbers_in_words_and_millions_count_as_stated() -> None:
    known = numbers_known("minst sex organisationer, högst 1 miljon euro för treåriga projekt, 700 000 euro")
    assert {6.0, 1_000_000.0, 3.0, 700_000.0} <= known


def test_grouped_thousands_match_however_they_are_written() -> None:
    checked = verify("At most EUR 700,000 [1] or 700.000 [1] or 700 000 [1].", {1: "högst 700 000 euro"})
    assert checked.unsupported == [] and checked.cited == [1]


def test_numbers_from_the_question_and_the_verdict_are_not_flagged() -> None:
    checked = verify(
        "With 5 partners it fails; 6 are needed [1].",
        {1: "minst sex"},
        verdict_text='{"message": "Found 5"}',
        question="",
    )
    assert checked.unsupported == []


def test_citation_groups_keep_only_retrieved_passages() -> None:
    checked = verify("Two to three years [1, 4][2].", {1: "två till tre år", 2: "2 eller 3 år"})
    assert checked.text == "Two to three years [1][2]." and checked.removed == [4]


# -- set-up ---------------------------------------------------------------------------------------


def test_no_language_model_configured_means_offline(engine) -> None:
    assert make_agent(load_settings({}), engine) is None


def test_an_openai_compatible_url_gives_a_chat_openai_client() -> None:
    settings = load_settings({"ERASBOT_LLM": "qwen2.5:7b", "ERASBOT_LLM_BASE_URL": "http://127.0.0.1:9/v1"})
    model = make_chat_model(settings)
    assert type(model).__name__ == "ChatOpenAI" and model.model_name == "qwen2.5:7b"


def test_a_provider_whose_package_is_missing_falls_back_with_a_notice(engine) -> None:
    settings = load_settings({"ERASBOT_LLM": "nosuchprovider:some-model", "ERASBOT_LLM_TIMEOUT": "5"})
    reply = Assistant(engine, make_agent(settings, engine)).reply("How long is a Knowledge Alliance?")
    assert reply.notice and "nosuchprovider" in reply.notice and reply.citations
