"""A check result for people: the verdict, each rule with what it found, the fix and its source.

Partner names are user text, so they are printed as plain Text, never as markup, and without
control characters (a name holding ESC[2J must not clear the terminal).
"""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from erasbot.phrases import say
from erasbot.rules.checker import load_actions
from erasbot.rules.models import CheckResult
from erasbot.terminal import printable

STYLES = {"pass": "green", "fail": "bold red", "unknown": "yellow", "warning": "magenta"}
MARKS = {"pass": "✔", "fail": "✘", "unknown": "?", "warning": "!"}
VERDICT_STYLES = {"eligible": "bold green", "not_eligible": "bold red", "needs_information": "bold yellow"}


def _title(action: str, lang: str) -> str:
    info = load_actions().get(action)
    return info.title[lang] if info else action  # type: ignore[index]


def verdict_line(result: CheckResult) -> Text:
    lang = result.lang
    line = Text(f"{_title(result.action, lang)} ({result.action}): ", style="bold")
    line.append(say(lang, f"verdict_{result.verdict}"), style=VERDICT_STYLES[result.verdict])
    return line


def rule_block(result: CheckResult) -> Group:
    lang, parts = result.lang, []
    for rule in result.rules:
        head = Text(f"{MARKS[rule.status]} {rule.id} ", style=STYLES[rule.status])
        head.append(f"[{say(lang, 'status_' + rule.status)}]", style=STYLES[rule.status])
        parts += [head, Text("  " + printable(rule.message))]
        if rule.fix:
            parts.append(Text(f"  {say(lang, 'fix')}: {printable(rule.fix)}", style="cyan"))
        quote = printable(rule.source.quote.strip(" •"))
        parts.append(Text(f"  {say(lang, 'source')}: {rule.source.doc_id}: “{quote}”", style="dim"))
    return Group(*parts)


def partner_table(result: CheckResult) -> Table:
    lang = result.lang
    table = Table(title=say(lang, "h_partners"), title_justify="left", show_lines=False)
    for column in ("col_line", "col_name", "col_country", "col_type", "col_role"):
        table.add_column(say(lang, column))
    notes = any(p.notes for p in result.partners)  # 'type read from the name', 'type "X" not recognised'
    if notes:
        table.add_column(say(lang, "ui.col_notes"))
    for p in result.partners:
        cells = [
            str(p.line),
            Text(printable(p.name)),
            Text(p.country) if p.country else Text(say(lang, "country_not_known"), style="yellow"),
            say(lang, f"type_{p.type}"),
            say(lang, f"role_{p.role}"),
        ]
        if notes:
            cells.append(Text(printable("; ".join(p.notes)), style="dim"))
        table.add_row(*cells)
    return table


def error_table(result: CheckResult) -> Table:
    lang = result.lang
    table = Table(title=say(lang, "h_errors"), title_justify="left", title_style="bold red")
    table.add_column(say(lang, "col_line"))
    table.add_column("")
    for error in result.errors:
        table.add_row(str(error.line), Text(printable(error.message)))
    return table


def layout_table(result: CheckResult) -> Table:
    """The lines read as layout that a reader could have meant as partners (greetings, headings, signatures, ...)."""
    lang = result.lang
    title = say(lang, "h_layout")
    table = Table(title=title, title_justify="left", title_style="bold", min_width=len(title) + 2)
    table.add_column(say(lang, "col_line"))
    table.add_column("")
    for line in result.layout_shown:
        table.add_row(str(line.line), Text(f"{say(lang, 'layout_' + line.kind)}: {printable(line.text)}", style="dim"))
    return table


def render_check(result: CheckResult, console: Console, *, partners: bool = True) -> None:
    """Print one action's verdict, rules, partners read, lines not read and lines read as layout."""
    console.print(verdict_line(result))
    console.print(rule_block(result))
    if partners and result.partners:
        console.print(partner_table(result))
    if result.errors:
        console.print(error_table(result))
    if partners and result.layout_shown:
        console.print(layout_table(result))


def render_matrix(results: dict[str, CheckResult], console: Console) -> None:
    """Print every action's verdict for one list, with the rules that fail, are unknown or warn."""
    first = next(iter(results.values()))
    lang = first.lang
    table = Table(title=say(lang, "h_matrix"), title_justify="left", show_lines=True)
    table.add_column(say(lang, "col_action"), no_wrap=True, min_width=max(map(len, results)))
    table.add_column(say(lang, "col_verdict"), no_wrap=True)
    table.add_column(say(lang, "h_rules"), overflow="fold")
    for action, result in results.items():
        rules = Text()
        for status, column in (("fail", "col_failing"), ("unknown", "col_unknown"), ("warning", "col_warnings")):
            if ids := [r.id for r in result.rules if r.status == status]:
                rules.append(f"{say(lang, column)}: ", style=STYLES[status])
                rules.append(", ".join(ids) + "\n")
        table.add_row(
            action,
            Text(say(lang, f"verdict_{result.verdict}"), style=VERDICT_STYLES[result.verdict]),
            rules.rstrip() or rules,
        )
    console.print(table)
    if first.errors:
        console.print(error_table(first))


def to_text(result: CheckResult, width: int = 100) -> str:
    """The rendering as plain text (no colours), e.g. for a chat message or a log."""
    buffer = io.StringIO()
    render_check(result, Console(file=buffer, width=width, color_system=None, force_terminal=False))
    return buffer.getvalue()


def render_checks(results: dict[str, CheckResult], console: Console) -> None:
    """One action's verdict rule by rule, or a matrix of verdicts when several actions were checked."""
    if len(results) > 1:
        render_matrix(results, console)
    else:
        render_check(next(iter(results.values())), console)
