"""Documents' profiles (subjects.py) saved beside their snapshot, so a fresh process reads them, not rebuilds them.

Building them finds the glossary's concepts in every document's title and headings: 2.7 s at 100x the
bundled corpus, the part of a fresh process's first answer that grew with the corpus. A snapshot
version fixes the documents and the glossary; FORMAT changes when the way profiles are made does, so
a file from other code is built again.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import fields
from pathlib import Path

from erasbot.guidance.profiles import Profile

FORMAT = 6  # 2: each profile's fields of education; 3: an added guide's out-of-scope sentences name no subject of it;
# 4: the pairs of words an added guide names only to place them outside its scope; 5: the countries a guide names;
# 6: the periods its headings name
FILE = "profiles.json"
_SETS = {f.name for f in fields(Profile) if f.type.startswith("frozenset")}


def to_json(profiles: dict[str, Profile]) -> dict:
    def plain(profile: Profile) -> dict:
        out = {}
        for f in fields(Profile):
            value = getattr(profile, f.name)
            if f.name in _SETS:
                value = sorted(value)
            elif f.name == "sections":
                value = [sorted(s) for s in value]
            out[f.name] = value
        return out

    return {"format": FORMAT, "profiles": [plain(p) for p in profiles.values()]}


def from_json(data: dict) -> dict[str, Profile] | None:
    """The profiles, or None when the data is of another format or not profiles at all."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    try:
        profiles = {}
        for item in data["profiles"]:
            values = {name: frozenset(value) if name in _SETS else value for name, value in item.items()}
            values["excluded"] = frozenset(tuple(pair) for pair in item.get("excluded", ()))
            values["sections"] = tuple(frozenset(s) for s in values.get("sections", ()))
            profile = Profile(**values)
            profiles[profile.doc_id] = profile
        return profiles
    except (KeyError, TypeError):
        return None


def load_profiles(directory: Path) -> dict[str, Profile] | None:
    """The profiles saved in a snapshot's directory, or None (none saved, unreadable, another format)."""
    try:
        return from_json(json.loads((directory / FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def save_profiles(directory: Path, profiles: dict[str, Profile]) -> None:
    """Save them in a snapshot's directory (written whole or not at all); nothing when it does not exist."""
    if not directory.is_dir():
        return
    try:
        handle, temporary = tempfile.mkstemp(prefix=".profiles-", dir=directory)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(to_json(profiles), out, ensure_ascii=False)
        os.replace(temporary, directory / FILE)
    except OSError:
        pass  # a read-only or vanished directory: they are built again next time
