"""Reliability: every bad input from issue 8 is refused with one clear line and exit 2, never a traceback,
and nothing printed to a terminal carries a control character; a hypothesis fuzz over each command's inputs."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

import erasbot.cli.app as cli
from erasbot.errors import ErasbotError
from erasbot.guidance.documents import Library
from erasbot.guidance.index import SyncReport
from erasbot.limits import MAX_MESSAGE_CHARS, MAX_QUESTION_CHARS
from erasbot.rules.checker import load_actions
from erasbot.settings import load_settings

runner = CliRunner()
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
KA_LIST = "Lund University, Sweden, university, coordinator\nAalto University, Finland, university\n"


def refused(result, *phrases: str) -> str:
    """The one-line message of a refusal (exit 2, nothing on stdout), checked to name what was wrong."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    for phrase in phrases:
        assert phrase in result.stderr, result.stderr
    return result.stderr


@pytest.fixture
def on_session_engine(engine, monkeypatch):
    """Commands that need the index run on the session's engine instead of building one per test."""
    monkeypatch.setattr(cli, "_ready_engine", lambda quiet=False: engine)
    return engine


# -- the cases of issue 8, replayed ---------------------------------------------------------------


@pytest.mark.parametrize(
    "args, phrase",
    [
        (["search", "partners", "--mode", "nope"], "'nope' is not one of"),
        (["search", "partners", "--action", "nope"], "'nope' is not one of"),
        (["search", "partners", "--doc-language", "xx"], "'xx' is not one of"),
        (["ingest", "--action", "bogus-action"], "'bogus-action' is not one of"),
    ],
)
def test_a_choice_outside_the_list_is_a_usage_error(args, phrase) -> None:
    refused(runner.invoke(cli.app, args), phrase)


def test_a_question_with_bytes_that_are_not_utf8_is_refused() -> None:
    question = b"partners\xff\xfe".decode("utf-8", "surrogateescape")  # what Python makes of such an argv
    refused(runner.invoke(cli.app, ["ask", question]), "not valid UTF-8", "0xff")


def test_a_file_that_starts_like_utf16_but_is_cut_short_is_refused(tmp_path: Path) -> None:
    odd = tmp_path / "partners.csv"
    odd.write_bytes(b"\xff\xfeL\x00u\x00n")
    refused(runner.invoke(cli.app, ["check", "--action", "knowledge-alliance", str(odd)]), str(odd), "UTF-16")


def test_a_user_manifest_that_is_not_a_document_list_is_refused(isolated_data_dir: Path) -> None:
    (isolated_data_dir / "documents").mkdir(parents=True)
    (isolated_data_dir / "documents" / "manifest.json").write_text("[1,2]", encoding="utf-8")
    refused(runner.invoke(cli.app, ["documents"]), "manifest.json", "expected an object")


@pytest.mark.parametrize("value", ["abc", "0", "-5", "nan", "inf"])
def test_a_bad_llm_timeout_is_refused_naming_the_variable(monkeypatch, value) -> None:
    monkeypatch.setenv("ERASBOT_LLM_TIMEOUT", value)
    refused(runner.invoke(cli.app, ["ask", "Hur länge pågår en kunskapsallians?"]), "ERASBOT_LLM_TIMEOUT")


def test_a_bad_llm_url_is_refused_naming_the_variable(monkeypatch) -> None:
    monkeypatch.setenv("ERASBOT_LLM_BASE_URL", "localhost:abc")
    refused(runner.invoke(cli.app, ["ask", "Hur länge pågår en kunskapsallians?"]), "ERASBOT_LLM_BASE_URL")


def test_a_100_kb_question_is_refused_before_any_model_is_loaded(monkeypatch) -> None:
    monkeypatch.setattr(cli, "_ready_engine", lambda quiet=False: pytest.fail("the engine was built"))
    stderr = refused(runner.invoke(cli.app, ["ask", "x" * 100_000]), "100,000 characters", f"{MAX_MESSAGE_CHARS:,}")
    assert stderr.count("\n") == 1, "one line"
    refused(runner.invoke(cli.app, ["search", "x" * (MAX_QUESTION_CHARS + 1)]), f"at most {MAX_QUESTION_CHARS:,}")


def test_a_question_at_the_limit_is_answered(on_session_engine) -> None:
    question = ("Hur länge pågår en kunskapsallians? " * 100)[:MAX_QUESTION_CHARS]
    result = runner.invoke(cli.app, ["ask", question, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] == "sv"


def test_a_long_pasted_partner_list_is_checked_not_refused_as_a_question(on_session_engine) -> None:
    listed = "".join(f"University {n}, Sweden, university\n" for n in range(120))
    assert MAX_QUESTION_CHARS < len(listed) < MAX_MESSAGE_CHARS
    result = runner.invoke(cli.app, ["ask", listed, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["verdict"]


def test_partner_names_with_escape_sequences_reach_the_terminal_without_them(tmp_path: Path) -> None:
    listed = tmp_path / "partners.csv"
    listed.write_text(
        "Lund University\x1b[2J\x1b]0;pwned\x07, Sweden, university, coordinator\nAalto\x9b31m, Finland, university\n",
        encoding="utf-8",
    )
    for options in (
        ["--action", "knowledge-alliance"],
        ["--action", "knowledge-alliance", "--json"],
        ["--all-actions"],
    ):
        result = runner.invoke(cli.app, ["check", *options, str(listed)])
        assert result.exit_code == 0, result.output
        assert not CONTROL.search(result.stdout.replace("\n", "")), repr(result.stdout)
    data = json.loads(runner.invoke(cli.app, ["check", "--action", "knowledge-alliance", "--json", str(listed)]).stdout)
    assert data["partners"][0]["name"] == "Lund University", "the parser drops escape sequences from names"


def test_a_binary_file_is_refused_as_a_document(tmp_path: Path, monkeypatch) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 100)
    monkeypatch.setattr(cli, "_engine", lambda quiet=False: _stub_engine())
    refused(runner.invoke(cli.app, ["ingest", str(binary)]), "does not look like text")


def test_a_missing_document_file_is_reported_and_can_be_removed(tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "guide.txt"
    source.write_text("Guide\n\nJean Monnet Actions support teaching about the European Union.", encoding="utf-8")
    library = Library(load_settings())
    info = library.add_user_document(source, "en")
    (library.settings.user_documents_dir / info.file).unlink()
    listing = runner.invoke(cli.app, ["documents"])
    assert listing.exit_code == 0 and "guide" in listing.stdout and "(file missing)" in listing.stdout
    warnings, console = io.StringIO(), cli.err
    monkeypatch.setattr(cli, "err", Console(file=warnings, width=200))
    engine = cli._engine()
    monkeypatch.setattr(cli, "err", console)
    assert "guide" not in engine.documents and "erasbot remove guide" in warnings.getvalue()
    removed = runner.invoke(cli.app, ["remove", "guide"])
    assert removed.exit_code == 0 and "Removed guide" in removed.stdout
    assert "guide" not in runner.invoke(cli.app, ["documents"]).stdout
    refused(runner.invoke(cli.app, ["remove", "guide"]), "no user document 'guide'")


def test_documents_lists_bundled_and_added_documents_as_json(tmp_path: Path) -> None:
    source = tmp_path / "notes.md"
    source.write_text("# Notes\n\nErasmus+ notes on Jean Monnet Actions for teachers.", encoding="utf-8")
    Library(load_settings()).add_user_document(source, "en")
    rows = json.loads(runner.invoke(cli.app, ["documents", "--json"]).stdout)["documents"]
    assert [r["source"] for r in rows].count("bundled") == 5
    assert {"id": "notes", "title": "Notes", "source": "added", "missing": False}.items() <= rows[-1].items()


# -- the fuzz -------------------------------------------------------------------------------------

FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=("Cs",)) | st.sampled_from("\x1b\x9b\x00\n\t,;|\udcff"),
    max_size=300,
)
WORD = st.sampled_from([*load_actions(), "all", "", "nope", "sv", "xx", "-1", "0", "5", "1e9", "--json"]) | TEXT


def survived(result) -> None:
    """Used (exit 0) or refused (exit 2, a message), never a traceback; no control character printed."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 2), (result.exit_code, result.output)
    if result.exit_code == 2:
        assert result.stderr.strip(), "a refusal says why"
    assert not CONTROL.search(result.stdout.replace("\n", "").replace("\t", "")), repr(result.stdout[:300])


@FUZZ
@given(content=st.binary(max_size=2000) | TEXT.map(lambda t: t.encode("utf-8", "surrogateescape")), option=WORD)
def test_fuzz_check(tmp_path_factory, content, option) -> None:
    path = tmp_path_factory.mktemp("check") / "list.csv"
    path.write_bytes(content)
    for args in (
        ["check", "--action", "knowledge-alliance", str(path)],
        ["check", "--all-actions", "--json", str(path)],
        ["check", "--action", option, "--lang", option, str(path)],
        ["check", "--action", "knowledge-alliance", "--duration-months", option, "--sector", option, str(path)],
    ):
        survived(runner.invoke(cli.app, args))


@FUZZ
@given(question=TEXT, option=WORD)
def test_fuzz_ask_and_search(on_session_engine, question, option) -> None:
    survived(runner.invoke(cli.app, ["ask", question]))
    survived(runner.invoke(cli.app, ["ask", question, "--json", "--lang", option]))
    survived(runner.invoke(cli.app, ["search", question, "--doc", option, "--k", "2"]))
    survived(runner.invoke(cli.app, ["search", question, "--action", option, "--doc-language", option]))


def _stub_engine():
    """What `ingest` needs of an engine, without embedding anything: the real library in the test's data dir."""
    report = SyncReport(embedded=0, removed=0, unchanged=0, total=0, seconds=0.0)
    library = Library(load_settings())
    return SimpleNamespace(
        library=library,
        documents={},
        embedder=SimpleNamespace(name="stub"),
        ingest=lambda progress=None: report,
    )


@FUZZ
@given(
    content=st.binary(max_size=3000) | TEXT.map(lambda t: t.encode("utf-8", "surrogateescape")),
    suffix=st.sampled_from([".txt", ".md", ".html", ".pdf", ".docx", ""]),
    name=st.text(alphabet="abcABC-_ .åäö", min_size=1, max_size=12),
    option=WORD,
)
def test_fuzz_ingest_documents_and_remove(tmp_path_factory, monkeypatch, content, suffix, name, option) -> None:
    monkeypatch.setattr(cli, "_engine", lambda quiet=False: _stub_engine())
    filename = f"{name.strip()}{suffix}"
    if filename.strip(".") == "":  # '', '.' and '..' name a folder, not a file
        filename = f"x{suffix}"
    path = tmp_path_factory.mktemp("docs") / filename
    path.write_bytes(content)
    survived(runner.invoke(cli.app, ["ingest", str(path), "--json"]))
    survived(runner.invoke(cli.app, ["ingest", str(path), "--action", option, "--period", option]))
    survived(runner.invoke(cli.app, ["documents"]))
    survived(runner.invoke(cli.app, ["remove", option]))


@FUZZ
@given(env=st.dictionaries(st.sampled_from(["ERASBOT_LLM_TIMEOUT", "ERASBOT_LLM_BASE_URL", "ERASBOT_LLM"]), TEXT))
def test_fuzz_settings(env) -> None:
    try:
        loaded = load_settings(env)
    except ErasbotError as exc:
        assert any(name in str(exc) for name in env)
    else:
        assert loaded.llm_timeout > 0


def test_an_overlong_message_is_refused_without_searching(engine) -> None:
    """The figures for how fast are in scripts/bench_reliability.py; here: no search or embedding happens."""
    from erasbot.chat.assistant import Assistant

    calls = []
    stub = SimpleNamespace(glossary=engine.glossary, documents=engine.documents, ask=lambda *a, **k: calls.append(a))
    reply = Assistant(stub).reply("x " * 50_000)
    assert reply.kind == "error" and "at most 20,000" in reply.text
    reply = Assistant(stub).reply("y" * (MAX_QUESTION_CHARS + 1))
    assert reply.kind == "error" and f"at most {MAX_QUESTION_CHARS:,}" in reply.text
    assert calls == []


@pytest.mark.parametrize("option", ["--questions", "--consortia", "--conversations"])
def test_an_evaluation_set_that_is_binary_or_a_folder_is_refused_in_one_line(tmp_path: Path, option: str) -> None:
    binary = tmp_path / "set.jsonl"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x01")
    result = runner.invoke(cli.app, ["eval", option, str(binary)])
    assert result.exit_code == 2 and "not UTF-8 text" in result.stderr and str(binary) in result.stderr
    result = runner.invoke(cli.app, ["eval", option, str(tmp_path)])
    assert result.exit_code == 2 and "is a folder" in result.stderr
