"""Read partner lists as people paste them: CSV, Excel (tab or semicolon), Markdown, plain lines.

Every non-blank line ends as exactly one of: a partner; an error naming the line and
what could not be read; or structure, listed with its kind (a header, a table rule, an
empty spreadsheet row, a greeting, a signature, a heading ending in ':', a bare number,
the next line of a quoted cell that spans lines). Nothing is dropped. A line is a header
only when every cell names a column and none reads as data; greetings and signatures
are only lines that did not read as a partner.

A partner needs a name; the rest may be missing. A table row (or a line that says what
else it is: a type, a role, "(?)") whose country is missing or not recognised is kept as a
partner of unknown country (``country`` None) with a note giving what was written: the
rules it could change are unknown, it is never left out of the counts by silence. A line
of nothing but a name, or with no name, is an error. PIC/OID, city, website and comment
cells are read as such, never glued to the name. A role written but not
recognised ("observer", "tbc") gives role ``unknown``, never a silent full partner.
Control characters never reach a name or a message. Text in a cell is data only: it is
matched against the vocabulary, never obeyed.
"""

from __future__ import annotations

import csv
import re

from erasbot.errors import ErasbotError
from erasbot.rules import vocabulary as vocab
from erasbot.rules.countries import country_at_end, resolve_country
from erasbot.rules.identity import duplicate_of
from erasbot.rules.layout import line_kind, names_group, printable, shown
from erasbot.rules.models import LineError, Partner, PartnerList, StructureLine
from erasbot.rules.text import say

MAX_BYTES = 1_000_000
MAX_ROWS = 500
DELIMITERS = ("\t", ";", "|", ",")
DASHES = re.compile(r"\s+[-–—/]\s+")
BULLET = re.compile(r"^(?:[-*•–—·+>]+|\d{1,4}[.)]|\(\d{1,4}\))\s+")
# "Partner 1:", "P3", "Org. 2 -", "Kumppani 4" before a name: numbering, not the name.
ENUMERATION = re.compile(
    r"^(?:p|partner|org|organisation|organization|organisaatio|kumppani|deelnemer|participant)\.?\s*"
    r"(?:no\.?|nr\.?|nro\.?|#)?\s*\d{1,3}[.:)]?$",
    re.IGNORECASE,
)
SEPARATOR_CELL = re.compile(r"^:?-+:?$")
RULE_LINE = re.compile(r"^[\s|+:=_-]*-{3,}[\s|+:=_-]*$|^[\s|+:_-]*={3,}[\s|+:_-]*$")
PARENTHETICAL = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
MID_BRACKET = re.compile(r"^(.*?\w.*?)\s*\(([^()]*)\)\s+(\S.*)$")  # "SEAT S.A. (ES) company"
NUMERIC = re.compile(r"^[\d\s.,#]+$")
HAS_WORD = re.compile(r"\w")
PIC = re.compile(
    r"^(?:pic(?:[\s-]*(?:code|no|nr|number|koodi|nummer))?[\s.:#=-]*)?(\d{3}[\s.]?\d{3}[\s.]?\d{3})$", re.IGNORECASE
)
OID = re.compile(r"^(?:oid[\s.:#=-]*)?(E\d{8})$", re.IGNORECASE)
WEBSITE = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?$", re.IGNORECASE)
EMAIL = re.compile(r"^\S+@\S+\.\w+$")
IDENTIFIER_HINT = re.compile(r"[\d.@]")  # every PIC, OID, website and e-mail address has one
MAX_JOINED = 4  # lines a quoted cell may span


def parse_partners(
    text: str, *, lang: str = "en", max_rows: int | None = MAX_ROWS, max_bytes: int | None = MAX_BYTES
) -> PartnerList:
    """Read a pasted list; raises ErasbotError only when it is over the size limits."""
    _check_bytes(text, lang, max_bytes)
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = [(number, printable(line)) for number, line in enumerate(lines, 1) if line.strip()]
    if max_rows is not None and len(rows) > max_rows + 2:
        raise ErasbotError(say(lang, "too_many_rows", n=len(rows), limit=max_rows))
    markdown = sum(line.lstrip().startswith("|") for _, line in rows) * 2 >= len(rows) > 0
    delimiter = _dominant_delimiter([line for _, line in rows])
    result = PartnerList(format="markdown" if markdown else _FORMAT_NAMES[delimiter])
    header: dict[int, str] | None = None
    signed_off, index = False, 0
    while index < len(rows):
        number, line = rows[index]
        index += 1
        if not line.strip():
            result.errors.append(LineError(line=number, message=say(lang, "err_control_only")))
            continue
        if delimiter and not markdown and line.count('"') % 2:
            line, joined = _join_quoted(rows, index - 1, delimiter)
            result.structure += [StructureLine(line=n, kind="continuation") for n in joined]
            index += len(joined)
        cells = _cells(line, delimiter, markdown)
        kind = _layout(line, cells, markdown)
        if kind is None and (mapping := _header(cells, lang)):
            header, kind = mapping, "header"
        if kind:
            result.structure.append(StructureLine(line=number, kind=kind, text=shown(line, 120)))
            continue
        # cells as the row has them, empty ones at its end included ("Greenlab\t\t\t": Excel's empty cells)
        width = len(cells) if markdown or not delimiter else max(len(cells), line.count(delimiter) + 1)
        read = _read_row(number, cells, header, lang, width=width)
        if isinstance(read, Partner) and (read.country or not (kind := line_kind(line, signed_off))):
            result.partners.append(read)
        elif kind := line_kind(line, signed_off):
            signed_off = signed_off or kind == "signature"
            result.structure.append(StructureLine(line=number, kind=kind, text=shown(line, 120)))  # type: ignore[arg-type]
        else:
            result.errors.append(read)
    if max_rows is not None and len(result.partners) + len(result.errors) > max_rows:
        raise ErasbotError(say(lang, "too_many_rows", n=len(result.partners) + len(result.errors), limit=max_rows))
    for repeat, first in duplicate_of(result.partners).items():
        result.partners[repeat].duplicate_of = first.line
    result.structure.sort(key=lambda s: s.line)
    return result


def _layout(line: str, cells: list[str], markdown: bool) -> str | None:
    """rule for a table rule or Markdown separator, empty_row for a row of empty cells (";;;;")."""
    if (markdown and _is_separator(cells)) or RULE_LINE.match(line):
        return "rule"
    if not any(cells):
        return "empty_row"
    return None


def _join_quoted(rows: list[tuple[int, str]], start: int, delimiter: str) -> tuple[str, list[int]]:
    """A CSV record whose quoted cell spans lines ("Lund\nUniversity",SE,...) as one line, and the
    numbers of the lines joined to the first; the line alone when no closing quote follows.

    Only a last cell opened by a quote on the first line, continued by lines without a
    delimiter, and closed within a few lines is joined, so that a stray quote never swallows
    the rows after it."""
    line = rows[start][1]
    opened = re.search(rf'(?:^|{re.escape(delimiter)})\s*"([^"]*)$', line)
    if not opened or delimiter in opened.group(1):
        return line, []
    for end in range(start + 1, min(start + 1 + MAX_JOINED, len(rows))):
        text = rows[end][1]
        if '"' in text:
            joined = " ".join(part.strip() for _, part in rows[start : end + 1])
            if joined.count('"') % 2:
                return line, []
            return joined, [number for number, _ in rows[start + 1 : end + 1]]
        if delimiter in text:
            return line, []
    return line, []


_FORMAT_NAMES = {"\t": "tab", ";": "semicolon", "|": "pipe", ",": "comma", None: "plain"}


def _check_bytes(text: str, lang: str, max_bytes: int | None) -> None:
    if max_bytes is None or len(text) * 4 <= max_bytes:
        return
    size = len(text.encode("utf-8", "replace"))
    if size > max_bytes:
        raise ErasbotError(say(lang, "too_large", size=size, limit=max_bytes))


def _dominant_delimiter(lines: list[str]) -> str | None:
    """The delimiter found on the most lines (tab before semicolon before pipe before comma)."""
    counts = {d: sum(d in line for line in lines) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))
    return best if counts[best] else None


def _cells(line: str, delimiter: str | None, markdown: bool) -> list[str]:
    bare = line.strip()
    used = delimiter if delimiter and delimiter in bare else next((d for d in DELIMITERS if d in bare), None)
    # A tab-separated row may start with an empty cell: keep its tab (also where the paste's other lines, a
    # letter around the table, have more commas than the table has tabs).
    stripped = line.strip(" \u00a0\f\v") if used == "\t" and not markdown else bare
    if markdown and "|" in stripped:
        cells = stripped.strip("|").split("|")
    else:
        if used is None:
            cells = DASHES.split(stripped)
        elif stripped.count('"') % 2:
            cells = stripped.split(used)  # a quote never closed: it quotes nothing
        else:
            try:
                cells = next(csv.reader([stripped], delimiter=used, skipinitialspace=True))
            except csv.Error:
                cells = stripped.split(used)
    return [_clean(cell) for cell in cells]


def _clean(cell: str) -> str:
    """A cell without surrounding quotes, Markdown emphasis and extra whitespace (a tab inside is a space)."""
    cell = cell.strip().strip('"').strip("*_`").strip()
    return " ".join(cell.split()) if "  " in cell or "\t" in cell else cell


def _is_separator(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and all(SEPARATOR_CELL.match(c) for c in filled)


def _header(cells: list[str], lang: str) -> dict[int, str] | None:
    """Column index -> field when the row is a header in any of the four languages.

    A header names columns: at least two known column names, one of them the name or the
    country, more known cells than unknown ones, no cell that reads as a country, and no
    other cell that reads as data (a type, a role, a bracketed country, a PIC), nor the row
    as a whole as a partner.
    """
    filled = [c for c in cells if c]
    if len(filled) < 2 or any(resolve_country(c, any_case_codes=False) for c in filled):
        return None
    fields = [_role_flag(c) or vocab.header_field(c) if c else None for c in cells]
    known = [f for f in fields if f]
    if len(known) < 2 or not {"name", "country"} & set(known) or len(known) * 2 <= len(filled):
        return None
    if any(cell and not field and _reads_as_data(cell) for cell, field in zip(cells, fields)):
        return None
    if isinstance(row := _read_free(0, cells, lang), Partner) and row.country:
        return None
    mapping: dict[int, str] = {}
    for index, field in enumerate(fields):
        if field and field not in ("ignore", "comment", "number") and field not in mapping.values():
            mapping[index] = field
    return mapping


def _role_flag(cell: str) -> str | None:
    """flag_<role> for a header cell that names a role ("Coordinator", "Associated partner"): a
    column marked with x for the organisations in that role (not "Partner", a name column)."""
    if vocab.key(cell) in vocab.vocabulary().headers:
        return None
    role = vocab.role(cell, contained=False)
    return f"flag_{role}" if role in ("coordinator", "partner", "associated") else None


def _reads_as_data(cell: str) -> bool:
    if resolve_country(cell, any_case_codes=False) or _classify_cell(cell, {}, contained=False):
        return True
    return bool(PIC.match(cell) or OID.match(cell))


def _read_row(
    number: int, cells: list[str], header: dict[int, str] | None, lang: str, *, width: int = 0
) -> Partner | LineError:
    """A partner from one row, read by the header's columns or else by what each cell is.

    A row of the table (``width`` cells, reaching the country column) whose country cell is empty, says the
    country is not known ("n.v.t.") or holds no country ("Atlantis") is a partner of unknown country. A row
    that does not line up with its header (an unquoted comma in a name, a line of text under the table) is
    read by what its cells are."""
    if not any(HAS_WORD.search(c) for c in cells):
        return LineError(line=number, message=say(lang, "err_no_name", text=_shown(cells)))
    if not header:
        return _read_free(number, cells, lang)
    read = _read_columns(number, cells, header, lang)
    filled = len([c for c in cells if c])
    if isinstance(read, Partner) and (read.country or _reaches_country(header, width)):
        if read.country or not _misread(read) or filled == len(header):
            return read
        # words that are no country in a row that does not fill its columns: the cells may be shifted (an unquoted
        # comma in a name: 'Acme, Inc.,US,company'), read by what they are when that finds a country, or when the
        # row has more cells than the header
        free = _read_free(number, cells, lang)
        return free if isinstance(free, Partner) and (free.country or filled > len(header)) else read
    if isinstance(read, LineError) and filled == len(header):
        return read
    free = _read_free(number, cells, lang)
    return free if isinstance(free, Partner) or isinstance(read, Partner) else read


def _reaches_country(header: dict[int, str], width: int) -> bool:
    """Is the row a row of the table, as wide as its country column (two cells at least)?"""
    column = next((index for index, field in header.items() if field == "country"), 0)
    return width > max(column, 1)


def _misread(read: Partner | LineError) -> bool:
    """No name, or a country cell holding words that are no country (an unquoted comma in a name shifts the
    cells: 'Acme, Inc.,US,company'); an empty or "-" country cell is a country not given, not a misread row."""
    if isinstance(read, LineError):
        return True
    return read.country is None and read.country_text is not None and not vocab.country_not_given(read.country_text)


def _country_note(written: str, lang: str) -> str:
    """The note on a partner of unknown country: not given (an empty cell), not given as "n.v.t." or "-" says,
    or the words written that are no country the checker knows."""
    if not written.strip():
        return say(lang, "note_country_not_given")
    if vocab.country_not_given(written):
        return say(lang, "note_country_not_given_as", value=shown(written, 40))
    return say(lang, "note_country_not_read", value=shown(written, 40))


def _read_columns(number: int, cells: list[str], header: dict[int, str], lang: str) -> Partner | LineError:
    values = {field: (cells[i] if i < len(cells) else "") for i, field in header.items()}
    bracketed = ""
    if "role" not in header.values() and not _flagged_role(values):
        bracketed, values = _bracketed_role(values)
    name = values.get("name", "") or next(
        (c for i, c in enumerate(cells) if i not in header and c and not NUMERIC.match(c)), ""
    )
    if not HAS_WORD.search(name):
        return LineError(line=number, message=say(lang, "err_no_name", text=_shown(cells)))
    country_cell = values.get("country", "")
    country = _country_cell(country_cell) if country_cell else None
    notes = [] if country else [_country_note(country_cell, lang)]
    role_cell = values.get("role", "") or _flagged_role(values) or bracketed
    role = vocab.role(role_cell) if role_cell else "partner"
    if role is None or role == "unknown":
        role = "unknown"
        notes.append(say(lang, "note_role_unclear", value=shown(role_cell, 40)))
    type_cell = values.get("type", "")
    org_type = vocab.org_type(type_cell) if type_cell else None
    if type_cell and not org_type:
        notes.append(say(lang, "note_type_not_read", value=shown(type_cell, 40)))
    elif not type_cell and (org_type := vocab.type_from_name(name)):
        notes.append(say(lang, "note_type_from_name"))
    eche_cell = values.get("eche", "")
    return Partner(
        line=number,
        name=name,
        country=country,
        type=org_type or "unknown",
        role=role,
        eche=vocab.eche_value(eche_cell) if eche_cell else None,
        sector=values.get("sector") or None,
        notes=notes,
        role_text=role_cell if role == "unknown" else None,
        country_text=shown(country_cell, 40) if country is None and country_cell else None,
        **_identifiers(values),
    )  # type: ignore[arg-type]


# a role written in brackets after a cell's value, in a table without a role column: 'adult education association
# (coordinator)', 'Lund University [lead]'
_BRACKETED = re.compile(r"\s*[(\[]\s*([^()\[\]]{2,40}?)\s*[)\]]\s*$")


def _bracketed_role(values: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The role a table without a role column writes in brackets after a name or a type, and the cells without
    it; ('', values) when none does."""
    for field in ("type", "name"):
        match = _BRACKETED.search(values.get(field, ""))
        if match and vocab.role(match.group(1), contained=False) in KNOWN_ROLES:
            return match.group(1), {**values, field: values[field][: match.start()].strip()}
    return "", values


def _flagged_role(values: dict[str, str]) -> str:
    """The role whose column is marked ("x", "yes", "✓") in a table with a column per role."""
    for role in ("coordinator", "associated", "partner"):
        cell = values.get(f"flag_{role}", "")
        if cell and vocab.eche_value(cell) is not False:
            return role
    return ""


def _country_cell(cell: str) -> str | None:
    """The country of a country cell: a name or code, or both ("Finland (FI)") when they agree."""
    if code := resolve_country(cell):
        return code
    if match := PARENTHETICAL.match(cell):
        codes = {resolve_country(part) for part in match.groups() if part.strip()}
        if len(codes) == 1 and None not in codes:
            return codes.pop()
    return None


def _identifiers(values: dict[str, str]) -> dict[str, str]:
    """pic, oid, city and website from the cells of those columns."""
    found: dict[str, str] = {}
    if cell := values.get("pic", ""):
        ident = _identifier(cell) or {}
        found.update({k: v for k, v in ident.items() if k in ("pic", "oid")} or {"pic": shown(cell, 40)})
    for field in ("city", "website"):
        if values.get(field):
            found[field] = values[field]
    return found


def _identifier(cell: str) -> dict[str, str] | None:
    """A PIC (9 digits, "PIC 999000111"), an OID ("E10208456"), a website or an e-mail address in a cell."""
    if not IDENTIFIER_HINT.search(cell):
        return None
    if match := PIC.match(cell):
        return {"pic": re.sub(r"\D", "", match.group(1))}
    if match := OID.match(cell):
        return {"oid": match.group(1).upper()}
    if WEBSITE.match(cell):
        return {"website": cell}
    if EMAIL.match(cell):
        return {"email": cell}
    return None


def _read_free(number: int, cells: list[str], lang: str) -> Partner | LineError:
    """A row without a header: the first cell is the name (cells right after it that are
    nothing else belong to it: "Acme, Inc."), the others are what they read as; a PIC, OID,
    website or e-mail cell ends the name ("Åbo Akademi, PIC 999000111, Turku, Finland").

    A row giving no country is a partner of unknown country when it says what else the
    organisation is (a type, a role, ECHE, a sector, a PIC) or says the country is not known
    ("Greenlab, ?, consultancy", "Greenlab (?) – konsult"); the words in the country's place
    are kept in its note. A name alone, or words alone, stay an error."""
    found: dict[str, object] = {}
    cells = [c for c in cells if c and (not NUMERIC.match(c) or PIC.match(c))]
    if len(cells) > 1 and ENUMERATION.match(cells[0]):
        cells = cells[1:]  # "P3 - TNO - Netherlands"
    if not cells:
        return LineError(line=number, message=say(lang, "err_empty_row"))
    first = BULLET.sub("", cells[0]).strip()
    if len(cells) == 1 and resolve_country(first, any_case_codes=False):
        return LineError(line=number, message=say(lang, "err_no_name", text=first))
    code = resolve_country(first, any_case_codes=False) if len(cells) > 1 else None
    if code and not any(resolve_country(c, any_case_codes=False) for c in cells[1:]):
        found["country"], cells = code, cells[1:]  # "SE; Lund University; HEI"
        first = cells[0]
    if (mid := MID_BRACKET.match(first)) and _classify(mid.group(2).strip(), found, exact=True):
        first, cells = mid.group(1), [mid.group(1), mid.group(2).strip(), mid.group(3), *cells[1:]]
    name, extras, merged = first, [], []
    if ":" in name:
        prefix, rest = (part.strip() for part in name.split(":", 1))
        if rest and ENUMERATION.match(prefix):
            name = rest  # "Partner 1: Lund University"
        elif rest and (hit := _classify(prefix, found, exact=True)):
            found[hit[0]] = hit[1]
            name = rest
    in_name = True
    written: str | None = None  # what stands for the country when it is not known: "?", "n.v.t.", "-"
    if "country" not in found and (bracket := _country_in_brackets(name, cells[1:])):
        name, code, inside = bracket
        if code:
            found["country"] = code
        else:
            written = inside
        in_name = False  # "• Name (Suomi) – kansalaisopisto": what follows the dash is no part of the name
    for cell in cells[1:]:
        if in_name and "country" not in found and _not_given(cell):
            written, in_name = cell, False  # "Greenlab, n.v.t., consultancy"
            continue
        if (ident := _identifier(cell)) and not (ident.keys() & found.keys()):
            found.update(ident)
            in_name = False
            continue
        if NUMERIC.match(cell):
            continue
        hits = _classify_cell(cell, found, contained=not in_name)
        if hits.get("role") == "unknown":
            found["role_text"] = cell
        found.update(hits)
        if hits:
            in_name = False
        elif in_name:
            name = f"{name}, {cell}"
            merged.append(cell)
        else:
            extras.append(cell)
    name = _name_hints(name, found)
    if not HAS_WORD.search(name):
        return LineError(line=number, message=say(lang, "err_no_name", text=_shown(cells)))
    country_note = None
    if "country" not in found and len(cells) == 1 and not names_group(name):
        name, country_note = _country_from_end(name, found, lang)
    if "country" not in found:
        if written is None and not _says_more(found):
            return _no_country(number, cells, extras + merged, lang)
        name, written = _in_country_place(name, written, extras, merged)
    elif written is not None:
        extras.insert(0, written)  # "-" in the country's place, and a country further on
    notes = [say(lang, "note_not_read", value=shown(extra, 40)) for extra in extras]
    if country_note:
        notes.append(country_note)
    if "type" not in found and (named := vocab.type_from_name(name)):
        found["type"] = named
        notes.append(say(lang, "note_type_from_name"))
    if found.get("role") == "unknown":
        notes.insert(0, say(lang, "note_role_unclear", value=shown(str(found.get("role_text", "")), 40)))
    if "country" not in found:
        notes.insert(0, _country_note(written or "", lang))
    return Partner(
        line=number,
        name=name,
        country=str(found["country"]) if "country" in found else None,
        country_text=shown(written, 40) if "country" not in found and written else None,
        type=found.get("type", "unknown"),
        role=found.get("role", "partner"),
        eche=found.get("eche"),
        sector=found.get("sector"),
        notes=notes,
        first_cell=_name_hints(first, {}) if merged else None,
        **{k: found[k] for k in ("pic", "oid", "website", "role_text") if k in found},
    )  # type: ignore[arg-type]


def _no_country(number: int, cells: list[str], suspects: list[str], lang: str) -> LineError:
    """A line that names no country and says nothing else of an organisation: the words that may be its country."""
    if suspects:
        return LineError(
            line=number,
            message=say(lang, "err_country_unknown_in_line", text=_shown(cells), value=shown(suspects[0], 40)),
        )
    return LineError(line=number, message=say(lang, "err_no_country", text=_shown(cells)))


def _in_country_place(name: str, written: str | None, extras: list[str], merged: list[str]) -> tuple[str, str | None]:
    """The name and the words in the country's place of a row giving no country: what said it was not known
    ("?"), else the first cell no field took ("Greenlab, consultancy, Atlantis"), else the cell read into the
    name right after it ("Nordic Hub, Atlantis, consultancy"), taken off the name; None when nothing was written.
    ``extras`` and ``merged`` lose the cell taken."""
    if written is not None:
        return name, written
    if extras:
        return name, extras.pop(0)
    if merged and name.endswith(f", {merged[-1]}"):
        cell = merged.pop()
        return name[: -len(cell) - 2], cell
    return name, None


# what a line must say besides a name to be an organisation when it gives no country
SAYS_MORE = ("type", "eche", "sector", "pic", "oid")
KNOWN_ROLES = ("coordinator", "partner", "associated")


def _says_more(found: dict[str, object]) -> bool:
    """A type, ECHE, a sector, a PIC/OID or a known role: the line is a partner row, not a word, a sentence or a
    contact line (an e-mail address or a website alone says nothing of an organisation)."""
    return any(field in found for field in SAYS_MORE) or found.get("role") in KNOWN_ROLES


def _not_given(cell: str) -> bool:
    """A cell saying the country is not known ("?", "-", "n.v.t.", "TBC"), not a country code ("NA" is Namibia)."""
    return vocab.country_not_given(cell) and not resolve_country(cell, any_case_codes=False)


def _country_in_brackets(name: str, rest: list[str]) -> tuple[str, str | None, str] | None:
    """'Kvarnby folkhögskola (Sverige)', 'Greenlab Consulting (?)': the name before the bracket, the country in it
    (None for "?", "n/a": not given) and the bracket's text, when no other cell of the line names a country.
    A bracket holding anything else ('(JYU)', '(coordinator)') is read later, as before."""
    match = PARENTHETICAL.match(name)
    if not match or not HAS_WORD.search(match.group(1)):
        return None
    inside = match.group(2).strip()
    code = resolve_country(inside, any_case_codes=False)
    if not code and not _not_given(inside):
        return None
    if any(resolve_country(cell, any_case_codes=False) for cell in rest):
        return None
    return match.group(1).strip(), code, inside


def _classify(cell: str, found: dict[str, object], *, exact: bool) -> tuple[str, object] | None:
    """What a cell is (country, role, type, ECHE, sector), among the fields still open."""
    contained = not exact
    if exact and "country" not in found and (code := resolve_country(cell, any_case_codes=False)):
        return "country", code
    if "role" not in found and (value := vocab.role(cell, contained=contained)):
        return "role", value
    if "type" not in found and (value := vocab.org_type(cell, contained=contained)):
        return "type", value
    if "eche" not in found and (eche := vocab.eche_value(cell, bare=exact)) is not None:
        return "eche", eche
    if exact and "sector" not in found and vocab.sector_id(cell, contained=False):
        return "sector", cell
    return None


def _classify_cell(cell: str, found: dict[str, object], *, contained: bool = True) -> dict[str, object]:
    """The fields one cell gives: an exact term; else its parts outside and inside
    brackets ("Sweden (coordinator)"); else (if ``contained``) a known term inside it
    ("public university"). Right after the name only exact terms count, so that
    "Ministry of Education, Research and Culture" keeps its name whole."""
    if hit := _classify(cell, found, exact=True):
        return {hit[0]: hit[1]}
    if match := PARENTHETICAL.match(cell):
        hits: dict[str, object] = {}
        for piece in (p.strip() for p in match.groups() if p.strip()):
            hit = _classify(piece, found | hits, exact=True) or _classify(piece, found, exact=True)
            if not hit or hits.get(hit[0], hit[1]) != hit[1]:  # "HEI (university)" says one thing twice
                hits = {}
                break
            hits[hit[0]] = hit[1]
        if hits:
            return hits
    hit = _classify(cell, found, exact=False) if contained else None
    return {hit[0]: hit[1]} if hit else {}


def _name_hints(name: str, found: dict[str, object]) -> str:
    """'Lund University (SE)': a term in brackets after a name (only a whole, exact term,
    and only for a field no cell gave)."""
    match = PARENTHETICAL.match(name)
    if not match or not match.group(1).strip():
        return name
    if (ident := _identifier(match.group(2).strip())) and not (ident.keys() & found.keys()):
        found.update(ident)  # "Åbo Akademi (PIC 999000111)"
        return _name_hints(match.group(1).strip(), found)
    hit = _classify(match.group(2).strip(), found, exact=True)
    if not hit:
        return name
    found[hit[0]] = hit[1]
    return match.group(1).strip()


# a country after one of these is part of the name and may be a city's ('Universidad de Granada', 'University of
# Iceland', 'Hogeschool van Amsterdam'): not read as the partner's country
NAME_LINKS = frozenset(
    {"of", "de", "del", "della", "di", "du", "des", "da", "do", "dos", "das", "van", "von", "zu", "för", "i", "in",
     "at", "y", "en"}
)  # fmt: skip


def _country_from_end(name: str, found: dict[str, object], lang: str) -> tuple[str, str | None]:
    """A line of one cell that ends in a country's name ('Universidad de Sevilla Spain', 'Aalto-yliopisto Suomi'):
    the country, with a note that it was read from the end of the line. Not an ISO code, which may be a legal
    form ('Siemens AG', 'Acme SE'), nor a name after 'of', 'de', 'van' ... ('Universidad de Granada')."""
    end = country_at_end(name)
    if end is None or not HAS_WORD.search(end[0]):
        return name, None
    rest, code = end
    tail = name[len(rest) :].strip()
    if len(tail.strip(".,;:()")) <= 3 or rest.split()[-1].lower() in NAME_LINKS:
        return name, None
    found["country"] = code
    return rest.rstrip(" ,;-–"), say(lang, "note_country_from_end")


def _shown(cells: list[str]) -> str:
    return shown(", ".join(c for c in cells if c))


def looks_like_partner_list(text: str) -> bool:
    """True for a pasted list: two or more lines read as partners with a country, and at
    least half the lines that are not prose around it ("Check this consortium:", a question).
    A partner of unknown country weighs as a line that could not be read: a question naming a
    type ("Can a university, ..., join?") is no list."""
    if not text or len(text) > MAX_BYTES:
        return False
    try:
        parsed = parse_partners(text, max_rows=None, max_bytes=None)
    except ErasbotError:
        return False
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    prose = {n for n, line in enumerate(lines, 1) if line.strip().endswith((":", "?"))}
    partners = [p for p in parsed.partners if p.line not in prose and p.country]
    errors = [e.line for e in parsed.errors if e.line not in prose]
    errors += [p.line for p in parsed.partners if p.line not in prose and not p.country]
    return len(partners) >= 2 and len(partners) >= len(errors)
