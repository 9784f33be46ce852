"""`erasbot check` driven through Typer's runner: text, JSON, all actions, stdin, refusals with exit 2."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from erasbot.cli.app import app as cli_app
from erasbot.rules import ACTIONS

LIST = """Organisation;Country;Type;Role;ECHE
Lund University;Sweden;university;coordinator;yes
Aalto University;Finland;university;partner;yes
Volvo AB;SE;enterprise;partner;
Nokia Oyj;FI;enterprise;partner;
TNO;NL;research institute;partner;
Gemeente Utrecht;NL;municipality;partner;
"""


@pytest.fixture
def app() -> typer.Typer:
    return cli_app


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def partner_file(tmp_path: Path) -> Path:
    path = tmp_path / "partners.csv"
    path.write_text(LIST, encoding="utf-8")
    return path


def test_json_verdict_in_the_design_shape(app, runner, partner_file) -> None:
    result = runner.invoke(
        app,
        [
            "check",
            "--action",
            "knowledge-alliance",
            "--duration-months",
            "24",
            "--grant-eur",
            "700000",
            "--json",
            str(partner_file),
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"action", "verdict", "rules", "partners", "errors"}
    assert data["verdict"] == "eligible" and len(data["partners"]) == 6


def test_text_output_shows_verdict_rules_fix_and_source(app, runner, partner_file) -> None:
    result = runner.invoke(app, ["check", "--action", "knowledge-alliance", str(partner_file)])
    assert result.exit_code == 0
    assert "Needs information" in result.stdout
    assert "max-grant" in result.stdout and "Fix:" in result.stdout and "knowledge-alliances:" in result.stdout


def test_swedish_messages(app, runner, partner_file) -> None:
    result = runner.invoke(app, ["check", "--action", "knowledge-alliance", "--lang", "sv", str(partner_file)])
    assert "Behöver mer information" in result.stdout and "Kräver" in result.stdout


def test_stdin_with_a_dash(app, runner) -> None:
    result = runner.invoke(
        app,
        ["check", "--action", "strategic-partnership-adult", "--duration-months", "24", "--json", "-"],
        input="Omnia, FI, adult education, coordinator\n"
        "Folkuniversitetet, SE, adult education\nVHS Wien, AT, adult education\n",
    )
    assert result.exit_code == 0 and json.loads(result.stdout)["verdict"] == "eligible"


def test_all_actions_json_is_keyed_by_action(app, runner, partner_file) -> None:
    result = runner.invoke(app, ["check", "--all-actions", "--json", str(partner_file)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data) == list(ACTIONS)
    assert all(set(value) == {"action", "verdict", "rules", "partners", "errors"} for value in data.values())


def test_all_actions_text_is_a_matrix(app, runner, partner_file) -> None:
    result = runner.invoke(app, ["check", "--all-actions", str(partner_file)])
    assert result.exit_code == 0
    assert all(action in result.stdout for action in ACTIONS)


def test_excel_utf16_export_is_read(app, runner, tmp_path: Path) -> None:
    path = tmp_path / "excel.txt"
    path.write_bytes(LIST.replace(";", "\t").encode("utf-16"))
    result = runner.invoke(app, ["check", "--action", "knowledge-alliance", "--json", str(path)])
    assert result.exit_code == 0 and len(json.loads(result.stdout)["partners"]) == 6


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--action", "erasmus-mundus"], "knowledge-alliance"),
        (["--action", "knowledge-alliance", "--lang", "de"], "sv, fi, nl, en"),
        ([], "--action"),
        (["--action", "knowledge-alliance", "--duration-months", "0"], "duration"),
    ],
)
def test_unusable_options_exit_2_with_a_message(app, runner, partner_file, args, needle) -> None:
    result = runner.invoke(app, ["check", *args, str(partner_file)])
    assert result.exit_code == 2
    assert needle in result.stderr and result.stdout == ""


def test_missing_file_exits_2(app, runner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--action", "knowledge-alliance", str(tmp_path / "nope.csv")])
    assert result.exit_code == 2 and "No such file" in result.stderr


@pytest.mark.parametrize(
    "text, needle",
    [
        ("", "empty"),
        ("just a question about the rules?\n", "No partner could be read"),
        ("\n".join(f"Org {i}, SE, company" for i in range(501)), "500"),
    ],
)
def test_unusable_lists_exit_2_with_what_to_fix(app, runner, text, needle) -> None:
    result = runner.invoke(app, ["check", "--action", "knowledge-alliance", "-"], input=text)
    assert result.exit_code == 2 and needle in result.stderr


def test_over_one_megabyte_exits_2(app, runner, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("KTH, SE, university\n" * 60_000, encoding="utf-8")
    result = runner.invoke(app, ["check", "--action", "knowledge-alliance", str(path)])
    assert result.exit_code == 2 and "1 MB" in result.stderr


def test_check_has_complete_help(app, runner) -> None:
    result = runner.invoke(app, ["check", "--help"])
    assert result.exit_code == 0
    for option in ("--action", "--duration-months", "--grant-eur", "--sector", "--lang", "--all-actions", "--json"):
        assert option in result.stdout


def test_the_partner_table_says_which_types_were_read_from_the_names(app, runner) -> None:
    result = runner.invoke(
        app,
        ["check", "--action", "knowledge-alliance", "-"],
        input="University of Turku, FI, coordinator\nNokia Oyj, FI\nLund University, SE, HEI\n",
        terminal_width=200,
    )
    assert result.exit_code == 0
    table = result.stdout.split("Partners read")[1]
    assert "Notes" in table
    assert table.count("type read") == 2  # University of Turku and Nokia Oyj; Lund University's type was given


def test_a_greeting_heading_and_signature_are_shown_as_layout_not_dropped(app, runner) -> None:
    email = (
        "Hi Anna,\nOur partners:\nOmnia, FI, adult education, coordinator\n"
        "Folkuniversitetet, SE, adult education\nVHS Wien, AT, adult education\nBest regards,\nMaria\n"
    )
    result = runner.invoke(app, ["check", "--action", "strategic-partnership-adult", "-"], input=email)
    assert result.exit_code == 0
    shown = result.stdout[result.stdout.index("Lines taken as layout") :]
    for line, kind, text in ((1, "greeting", "Hi Anna,"), (2, "heading", "Our partners:"), (7, "signature", "Maria")):
        assert re.search(rf"{line}\s+│\s+{kind}: {re.escape(text)}", shown), (line, kind, text)


def test_a_plain_table_shows_no_layout_lines(app, runner, partner_file) -> None:
    result = runner.invoke(app, ["check", "--action", "knowledge-alliance", str(partner_file)])
    assert "Lines taken as layout" not in result.stdout  # its header row is the table's own, not shown
