"""Reading the JSON data files shipped in the package (rule tables, vocabularies, glossary, facts, phrases).

One loader for all of them: the file is read as UTF-8, parsed, and validated against a pydantic
model when one is given, so a typo in a data file fails at load time with the file and the field
named, instead of deep inside a question.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from erasbot.errors import ErasbotError

M = TypeVar("M", bound=BaseModel)


def data_file(package: str, name: str) -> Traversable:
    """`name` in the `data/` folder beside the package's modules."""
    return resources.files(package).joinpath("data", name)


def read_json(path: Traversable | Path) -> Any:
    """A JSON file's content; ErasbotError naming the file and the line when it is not valid JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ErasbotError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}") from None


def validated(model: type[M], data: Any, where: str) -> M:
    """`data` as `model`; ErasbotError listing each wrong field as `where: a.b.c: message`."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ErasbotError(f"{where}: {describe(exc)}") from None


def load_model(model: type[M], path: Traversable | Path) -> M:
    return validated(model, read_json(path), str(getattr(path, "name", path)))


def describe(exc: ValidationError) -> str:
    """A pydantic error as one line per wrong field: 'rules.3.params.mxa: Extra inputs are not permitted'."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "(top level)"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)


def read_jsonl(path: Path) -> list[tuple[int, dict]]:
    """(line number, object) for every non-blank line of a JSON-lines file; ErasbotError naming the file
    (and the line) when it is missing, a folder, not UTF-8 text, or a line is not a JSON object."""
    if path.is_dir():
        raise ErasbotError(f"{path}: is a folder; give a .jsonl file")
    if not path.is_file():
        raise ErasbotError(f"{path}: no such file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ErasbotError(f"{path}: not UTF-8 text (byte {exc.start}); give a JSON-lines file") from None
    except OSError as exc:
        raise ErasbotError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ErasbotError(f"{path}:{number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise ErasbotError(f"{path}:{number}: expected a JSON object")
        rows.append((number, obj))
    if not rows:
        raise ErasbotError(f"{path}: no items")
    return rows
