"""`erasbot check`: read a partner list from a file or stdin, print the verdict (text or JSON).

Only parses arguments, calls erasbot.rules and prints; exit 0 with a verdict,
exit 2 with the message on stderr when the input is unusable.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from erasbot.cli.render import render_checks
from erasbot.errors import ErasbotError
from erasbot.rules import MAX_BYTES, load_actions
from erasbot.rules.checker import ALL, check_actions, checks_to_json
from erasbot.rules.models import LANGS
from erasbot.terminal import json_text


def read_input(source: str, max_bytes: int = MAX_BYTES) -> str:
    """The text of FILE or '-' (stdin): UTF-8 (with or without BOM), UTF-16 from Excel, else cp1252."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1) if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    else:
        path = Path(source)
        if not path.is_file():
            raise ErasbotError(f"No such file: {source}. Give a partner-list file, or '-' to read standard input.")
        try:
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise ErasbotError(f"{source}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise ErasbotError(
            f"The input is over {max_bytes} bytes (1 MB); at most 1 MB can be checked. Give only the partner list."
        )
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ErasbotError(
                f"{'standard input' if source == '-' else source}: starts like UTF-16 text but is not "
                f"({exc.reason} at byte {exc.start}); save it again as UTF-8 or UTF-16"
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def register(app: typer.Typer) -> None:
    """Add the `check` command to the app."""

    @app.command()
    def check(
        source: Annotated[
            str, typer.Argument(metavar="FILE|-", help="Partner list: a file, or '-' for standard input.")
        ],
        action: Annotated[
            Optional[str], typer.Option(help=f"Action to check against: {', '.join(load_actions())}.")
        ] = None,
        duration_months: Annotated[Optional[int], typer.Option(help="Planned project duration in months.")] = None,
        grant_eur: Annotated[Optional[int], typer.Option(help="EU grant requested, in euro.")] = None,
        sector: Annotated[
            Optional[str], typer.Option(help="Sector (Sector Skills Alliances), in English, Swedish, Dutch or Finnish.")
        ] = None,
        lang: Annotated[str, typer.Option(help="Language of the messages: en, sv, nl or fi.")] = "en",
        all_actions: Annotated[
            bool, typer.Option("--all-actions", help="Check the list against every action.")
        ] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document instead of text.")] = False,
    ) -> None:
        """Check a partner list (CSV, Excel paste, Markdown table or plain lines) against an action's rules."""
        if lang not in LANGS:
            raise ErasbotError(f"Unknown language {lang!r}: use one of {', '.join(LANGS)}.")
        if not action and not all_actions:
            raise ErasbotError(f"Give --action (one of: {', '.join(load_actions())}) or --all-actions.")
        text = read_input(source)
        results = check_actions(
            text,
            ALL if all_actions else action,  # type: ignore[arg-type]
            duration_months=duration_months,
            grant_eur=grant_eur,
            sector=sector,
            lang=lang,
        )
        if as_json:
            data = {a: r.to_json() for a, r in results.items()} if all_actions else checks_to_json(results)
            sys.stdout.write(json_text(data) + "\n")
            return
        render_checks(results, Console(soft_wrap=False))
