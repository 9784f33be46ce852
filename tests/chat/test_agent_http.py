"""The real client path: the agent talks HTTP to a local OpenAI-compatible stub that scripts tool calls."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from conftest import Stub

from erasbot.chat.agent import make_agent
from erasbot.chat.assistant import Assistant
from erasbot.chat.turns import Reply
from erasbot.settings import load_settings


@pytest.fixture
def stub() -> Iterator[Stub]:
    server = Stub()
    yield server
    server.close()


def _assistant(engine, stub: Stub, timeout: float = 20) -> Assistant:
    settings = load_settings(
        {"ERASBOT_LLM": "stub-model", "ERASBOT_LLM_BASE_URL": stub.url, "ERASBOT_LLM_TIMEOUT": str(timeout)}
    )
    return Assistant(engine, make_agent(settings, engine))


def test_the_agent_calls_search_guidance_over_http_and_answers_with_a_citation(engine, stub: Stub) -> None:
    stub.script = [
        {"tool": "search_guidance", "args": {"query": "kunskapsallians projekttid"}},
        {"text": "Projekten pågår i två till tre år [1]."},
    ]
    events = list(_assistant(engine, stub).stream("Hur länge pågår en kunskapsallians?"))
    reply = events[-1]
    assert isinstance(reply, Reply) and not reply.notice, reply.notice
    assert reply.backend == f"stub-model @ {stub.url}"
    assert reply.text == "Projekten pågår i två till tre år [1]." and [c.n for c in reply.citations] == [1]
    assert len([e for e in events if isinstance(e, str)]) > 3, "the answer streamed token by token"
    first, second = stub.requests
    assert first["model"] == "stub-model" and first["stream"] is True
    assert {t["function"]["name"] for t in first["tools"]} == {"search_guidance", "check_consortium"}
    tool_reply = second["messages"][-1]
    assert tool_reply["role"] == "tool" and tool_reply["content"].startswith("[1] ")


def test_the_check_consortium_tool_over_http_attaches_the_checkers_verdict(engine, stub: Stub) -> None:
    partners = "Lund University, SE, university, coordinator\nAalto University, FI, university\nSiemens AG, DE, company"
    stub.script = [
        {
            "tool": "check_consortium",
            "args": {"partners": partners, "action": "knowledge-alliance", "duration_months": 24},
        },
        {"text": "The verdict is shown below."},
    ]
    reply = _assistant(engine, stub).reply("Can Lund, Aalto and Siemens form a Knowledge Alliance for 24 months?")
    assert reply.checks["knowledge-alliance"].verdict == "not_eligible"
    rules = {r.id: r.status for r in reply.checks["knowledge-alliance"].rules}
    assert rules["duration"] == "pass"


def test_a_server_error_shows_the_offline_answer_with_a_notice(engine, stub: Stub) -> None:
    stub.script = [{"status": 500}]
    reply = _assistant(engine, stub).reply("What is the maximum grant for a two-year Knowledge Alliance?")
    assert reply.notice and "did not answer" in reply.notice
    assert "700" in reply.text and reply.citations


def test_a_server_slower_than_the_timeout_shows_the_offline_answer(engine, stub: Stub) -> None:
    stub.script = [{"sleep": 15, "text": "Too late."}]
    started = time.perf_counter()
    reply = _assistant(engine, stub, timeout=1).reply("What is the maximum grant for a two-year Knowledge Alliance?")
    assert time.perf_counter() - started < 12  # the offline answer came without waiting out the server
    assert reply.notice and "700" in reply.text


def test_an_unreachable_server_shows_the_offline_answer(engine) -> None:
    settings = load_settings(
        {"ERASBOT_LLM": "m", "ERASBOT_LLM_BASE_URL": "http://127.0.0.1:9/v1", "ERASBOT_LLM_TIMEOUT": "5"}
    )
    reply = Assistant(engine, make_agent(settings, engine)).reply("How long is a Knowledge Alliance?")
    assert "could not be reached" in reply.notice and reply.citations
