"""Results as Streamlit-safe Markdown and table rows.

Everything that comes from users or documents is escaped here, so Markdown
syntax, HTML and Streamlit's directives in a partner's name or a passage are
shown as the characters they are. The app never uses unsafe_allow_html.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from erasbot.text import fold

if TYPE_CHECKING:
    from erasbot.guidance.citations import Citation

# Every ASCII punctuation mark that Markdown, GFM tables, KaTeX ($) or Streamlit directives (:name[…]) read.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$&:^=\"'])")
# Emoji and icon short codes (":smile:", ":material/home:") survive backslashes; a zero-width space breaks them.
_SHORTCODE = re.compile(r":(?=[\w/+-]+:)")
_AUTOLINK = re.compile(r"(?i)(?:https?|ftp):/|www\.|\w@")
_EMPHASIS = re.compile(r"\*\*|__")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
HIGHLIGHT = "orange-background"
OWN_MARK = ":material/attach_file:"  # a user's own document, attached to their chat session
NOTE = re.compile(r"^(?:Note|Obs|Huom|Let op):")  # the offline answer's note on the programme period

STATUS_MARKS = {
    "pass": ":green[:material/check_circle:]",
    "fail": ":red[:material/cancel:]",
    "unknown": ":orange[:material/help:]",
    "warning": ":violet[:material/warning:]",
}
SEVERITY = {"fail": 0, "unknown": 1, "warning": 2, "pass": 3}
VERDICT_KINDS = {"eligible": "success", "not_eligible": "error", "needs_information": "warning"}
VERDICT_MARKS = {
    "eligible": STATUS_MARKS["pass"],
    "not_eligible": STATUS_MARKS["fail"],
    "needs_information": STATUS_MARKS["unknown"],
}


def _unlinked(text: str) -> str:
    """GFM turns bare URLs and e-mail addresses into links even when escaped; a word joiner stops it."""
    return _AUTOLINK.sub(lambda m: m.group(0)[:-1] + "\u2060" + m.group(0)[-1], text)


def escape(text: str) -> str:
    """Text shown literally by st.markdown, st.table cells and labels; newlines become spaces."""
    flat = " ".join(str(text).split())
    return _SPECIAL.sub(r"\\\1", _SHORTCODE.sub(":\u200b", _unlinked(flat)))


def code(text: str) -> str:
    """Inline code, where backslash escapes do not apply: backticks are the only thing to keep out."""
    return "`" + " ".join(str(text).replace("`", "'").split()) + "`"


def escape_stream(token: str) -> str:
    """A streamed piece of a model's answer, shown literally; its whitespace is kept."""
    return _SPECIAL.sub(r"\\\1", _SHORTCODE.sub(":\u200b", _unlinked(str(token))))


def _lines(text: str) -> str:
    """Escaped text keeping its line breaks (blank lines as paragraph breaks)."""
    paragraphs = re.split(r"\n\s*\n", str(text).strip())
    return "\n\n".join("  \n".join(escape(line) for line in p.split("\n") if line.strip()) for p in paragraphs)


def _marks(escaped: str, anchor: str | None = None) -> str:
    r"""Citation marks (escaped as \[1\]): links to source n at #<anchor>-n, else shown in the accent colour."""
    if anchor is None:
        return re.sub(r"\\\[(\d+)\\\]", r":blue[**\\[\1\\]**]", escaped)
    return re.sub(r"\\\[(\d+)\\\]", lambda m: f"[**\\[{m.group(1)}\\]**](#{anchor}-{m.group(1)})", escaped)


def answer_markdown(text: str, anchor: str | None = None) -> str:
    """An answer's text: statement lines, "> " quoted sentences as block quotes, [n] marks highlighted.

    With `anchor`, each [n] is a link to the heading of source n (#<anchor>-n) below the answer.
    """
    marks = partial(_marks, anchor=anchor)
    out = []
    for line in str(text).split("\n"):
        line = _EMPHASIS.sub("", _HEADING.sub("", line))  # a model's Markdown styling, dropped rather than shown
        if not line.strip():
            continue
        if line.startswith(">"):
            out.append("> " + marks(escape(line.lstrip("> "))))
        elif NOTE.match(line):
            out.append(f":blue[:material/info:] {marks(escape(line))}")
        else:
            out.append(marks(escape(line)))
    return "\n\n".join(out)


def _span(text: str, quote: str) -> tuple[int, int] | None:
    """Where a quoted sentence sits in a passage: exactly, else ignoring case, accents and spacing."""
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = [re.escape(w) for w in fold(quote).split()]
    if not words:
        return None
    folded = fold(text)
    if len(folded) != len(text):
        return None
    match = re.search(r"\s+".join(words), folded)
    return match.span() if match else None


def passage_markdown(text: str, quotes: list[str]) -> str:
    """A cited passage with the sentences the answer relies on highlighted."""
    spans = sorted(s for s in (_span(text, q.strip(' “”"')) for q in quotes if q.strip()) if s)
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    pieces, at = [], 0
    for a, b in merged:
        pieces.append(_lines_inline(text[at:a]))
        pieces.append(_highlight(text[a:b]))
        at = b
    pieces.append(_lines_inline(text[at:]))
    body = "".join(pieces).strip()
    return re.sub(r"(?:  \n){2,}", "\n\n", body)


def _lines_inline(text: str) -> str:
    """Escaped text whose newlines become hard line breaks (it sits between highlighted spans)."""
    parts = str(text).split("\n")
    out = []
    for i, part in enumerate(parts):
        lead = " " if part[:1].isspace() and i == 0 else ""
        trail = " " if part[-1:].isspace() and i == len(parts) - 1 else ""
        out.append(lead + escape(part) + trail if part.strip() else "")
    return "  \n".join(out)


def _highlight(text: str) -> str:
    lines = [escape(line) for line in text.split("\n") if line.strip()]
    return "  \n".join(f":{HIGHLIGHT}[{line}]" for line in lines)


def source_label(c: Citation) -> str:
    """An expander label: [n] title — publisher, period; a session's own document marked with a paper clip."""
    from erasbot.guidance.session_documents import is_own

    details = ", ".join(x for x in (c.publisher, c.period.replace("-", "–")) if x)
    mark = f"{OWN_MARK} " if is_own(c.doc_id) else ""
    return f"\\[{c.n}\\] {mark}**{escape(c.title)}**" + (f" — {escape(details)}" if details else "")


# -- checker results ------------------------------------------------------------------------------


def verdict_text(result, say, title: str) -> str:
    """The banner's words: action title and verdict, from the checker's structure."""
    return f"**{escape(title)}**: {escape(say(result.lang, 'verdict_' + result.verdict))}"


def rule_rows(result, say, titles: dict[str, str]) -> list[dict[str, str]]:
    """One row a rule: status, rule id, requirement and finding, fix, quoted source (all escaped)."""
    lang = result.lang
    rows = []
    for rule in sorted(result.rules, key=lambda r: SEVERITY[r.status]):  # what needs doing first
        source = (
            f"“{escape(rule.source.quote.strip(' •'))}” — {escape(titles.get(rule.source.doc_id, rule.source.doc_id))}"
        )
        rows.append(
            {
                say(lang, "col_status"): f"{STATUS_MARKS[rule.status]} {escape(say(lang, 'status_' + rule.status))}",
                say(lang, "col_rule"): code(rule.id),
                say(lang, "ui.col_finding"): escape(rule.message),
                say(lang, "fix"): escape(rule.fix or ""),
                say(lang, "source"): f"_{source}_",
            }
        )
    return rows


def rule_cards(result, say, titles: dict[str, str]) -> list[str]:
    """The rule table as one Markdown card a rule, for narrow screens: status and rule, finding, fix, source."""
    cards = []
    for row in rule_rows(result, say, titles):
        (status, rule), rest = list(row.values())[:2], list(row.items())[2:]
        lines = [f"{status} · {rule}"]
        lines += [f"**{escape(label)}:** {value}" for label, value in rest if value]
        cards.append("\n\n".join(lines))
    return cards


def partner_rows(result, say, country_name) -> list[dict[str, str]]:
    """The partners as the parser read them, each with its line number."""
    lang = result.lang
    rows = []
    any_notes = any(p.notes for p in result.partners)
    for p in result.partners:
        eche = "" if p.eche is None else (STATUS_MARKS["pass"] if p.eche else STATUS_MARKS["fail"])
        row = {
            say(lang, "col_line"): str(p.line),
            say(lang, "col_name"): escape(p.name),
            say(lang, "col_country"): escape(
                f"{country_name(p.country, lang)} ({p.country})" if p.country else say(lang, "country_not_known")
            ),
            say(lang, "col_type"): escape(say(lang, f"type_{p.type}")),
            say(lang, "col_role"): escape(say(lang, f"role_{p.role}")),
            "ECHE": eche,
        }
        if any_notes:
            row[say(lang, "ui.col_notes")] = escape("; ".join(p.notes))
        rows.append(row)
    return rows


def error_rows(result, say) -> list[dict[str, str]]:
    lang = result.lang
    return [{say(lang, "col_line"): str(e.line), say(lang, "ui.col_problem"): escape(e.message)} for e in result.errors]


def layout_rows(result, say) -> list[dict[str, str]]:
    """The lines read as the paste's layout that a reader could have meant as partners (greetings, headings, ...)."""
    lang = result.lang
    return [
        {
            say(lang, "col_line"): str(s.line),
            say(lang, "ui.col_problem"): escape(f"{say(lang, 'layout_' + s.kind)}: {s.text}"),
        }
        for s in result.layout_shown
    ]


def _ids(result, status: str) -> str:
    return ", ".join(code(x.id) for x in result.rules if x.status == status)


def matrix_rows(results: dict, say, titles: dict[str, str]) -> list[dict[str, str]]:
    """Every action's verdict for one list, with the rules that fail, are unknown or warn."""
    rows = []
    for action, r in results.items():
        lang = r.lang
        rows.append(
            {
                say(lang, "col_action"): escape(titles.get(action, action)),
                say(lang, "col_verdict"): f"{VERDICT_MARKS[r.verdict]} {escape(say(lang, 'verdict_' + r.verdict))}",
                say(lang, "col_failing"): _ids(r, "fail"),
                say(lang, "col_unknown"): _ids(r, "unknown"),
                say(lang, "col_warnings"): _ids(r, "warning"),
            }
        )
    return rows


def tally(result, say) -> str:
    """One line under a verdict: partners read, lines not read, and how many rules fail, are unknown or warn."""
    lang = result.lang
    parts = [f"{escape(say(lang, 'h_partners'))}: {len(result.partners)}"]
    if result.errors:
        parts.append(f"{escape(say(lang, 'h_errors'))}: {len(result.errors)}")
    for status in ("fail", "unknown", "warning", "pass"):
        count = sum(1 for r in result.rules if r.status == status)
        if count:
            parts.append(f"{STATUS_MARKS[status]} {escape(say(lang, 'status_' + status))}: {count}")
    return " · ".join(parts)
