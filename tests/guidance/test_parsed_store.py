"""An added PDF is parsed once, at ingest: a fresh process loads the stored parse instead of reading it again."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from erasbot.errors import ErasbotError
from erasbot.guidance import reading
from erasbot.guidance.documents import Library, read_text
from erasbot.settings import REPO_ROOT, load_settings

GUIDE = REPO_ROOT / "evals" / "user_documents" / "alliances-implementation-guide.pdf"

# a fresh interpreter that reads the added document with the PDF reader made to fail
FRESH_READ = textwrap.dedent(
    """
    import sys
    from erasbot.guidance import reading
    def refuse(data):
        raise SystemExit("the PDF reader was called")
    reading.read_pdf = refuse
    from erasbot.guidance.documents import Library
    from erasbot.settings import load_settings
    library = Library(load_settings())
    [(info, path)] = [e for e in library.manifest_entries() if e[0].publisher == "user document"]
    print(library.read_text(path)[:2000])
    """
)


def _fresh_process(data_dir) -> subprocess.CompletedProcess:
    env = dict(os.environ, ERASBOT_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO_ROOT / "src"))
    return subprocess.run(
        [sys.executable, "-c", FRESH_READ], check=False, env=env, capture_output=True, text=True, timeout=120
    )


def test_a_fresh_process_does_not_parse_an_unchanged_added_pdf_again(isolated_data_dir):
    library = Library(load_settings())
    info = library.add_user_document(GUIDE, "en", (), "2021-2027")
    done = _fresh_process(isolated_data_dir)
    assert done.returncode == 0, done.stderr
    # the same text as reading the file afresh, with its headings and the title the reader found
    assert done.stdout.strip()[:1500] == read_text(GUIDE)[:1500].strip()
    assert "# 2. Who can take part – 2.1 Composition of the consortium" in done.stdout
    assert info.title == "Alliances for Innovation, Lot 1 – Implementation guide for coordinators"


def test_a_changed_file_is_parsed_again(isolated_data_dir, monkeypatch):
    library = Library(load_settings())
    info = library.add_user_document(GUIDE, "en", (), "2021-2027")
    copied = load_settings().user_documents_dir / info.file
    calls = []
    real = reading.read_pdf
    monkeypatch.setattr(reading, "read_pdf", lambda data: calls.append(1) or real(data))
    library.read_text(copied)
    assert calls == []  # unchanged: loaded
    copied.write_bytes(GUIDE.read_bytes().replace(b"%%EOF", b"%%EOF\n% changed", 1))
    library.read_text(copied)
    assert calls == [1]  # other bytes: read again, then stored
    Library(load_settings()).read_text(copied)
    assert calls == [1]


def test_a_damaged_stored_parse_is_read_again_not_trusted(isolated_data_dir, monkeypatch):
    library = Library(load_settings())
    info = library.add_user_document(GUIDE, "en", (), "2021-2027")
    copied = load_settings().user_documents_dir / info.file
    [stored] = library.parsed.directory.glob("*.json")
    stored.write_text('{"title": "half a file', encoding="utf-8")
    assert "# 3. Duration and funding – 3.2 Maximum EU grant" in Library(load_settings()).read_text(copied)
    assert '"blocks"' in stored.read_text(encoding="utf-8")  # replaced by a good parse


def test_a_missing_file_is_named(isolated_data_dir):
    with pytest.raises(ErasbotError, match="missing.pdf: no such file"):
        Library(load_settings()).read_text(isolated_data_dir / "missing.pdf")
