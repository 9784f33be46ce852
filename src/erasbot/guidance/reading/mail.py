"""An e-mail saved as plain text: its header, quoted mails, sign-off, signature and disclaimer.

A mail saved as .txt opens with header lines ('Van:', 'From:', 'Från:', 'Lähettäjä:' ... 'Onderwerp:', 'Subject:',
'Ämne:', 'Aihe:'), may quote an earlier mail line by line ('> Beste Annelies,'), ends with a sign-off and a
signature after a line '-- ', and often with the sender's confidentiality disclaimer. The subject names the
document; the other header lines and the disclaimer are no content. A quoted mail is content (facts sit in it), and
so is the signature (who to contact, at which number).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

# header fields as mail clients write them in English, Dutch, Swedish and Finnish ('Betreft:', 'Ärende:', 'Asia:'
# head a memo the same way)
_SUBJECT = {"subject", "onderwerp", "betreft", "ämne", "ärende", "aihe", "asia"}
_FROM = {"from", "van", "från", "lähettäjä"}
_FIELDS = (
    _SUBJECT
    | _FROM
    | {
        *("to", "cc", "bcc", "date", "sent", "reply-to"),
        *("aan", "datum", "verzonden", "antwoord aan"),
        *("till", "kopia", "hemlig kopia", "skickat", "svara till"),
        *("vastaanottaja", "kopio", "piilokopio", "päivämäärä", "lähetetty", "vastausosoite"),
    }
)
_FIELD = re.compile(r"^(?P<name>[^\W\d][\w -]{0,20}?)\s*:\s*(?P<value>.*)$")
# '-----Original Message-----', '---------- Forwarded message ---------', '-----Oorspronkelijk bericht-----'
_FORWARDED = re.compile(r"^\s*-{2,}\s*[^\s-][^-]*?\s*-{2,}\s*$")
_REPLY_PREFIX = re.compile(r"^(?:(?:re|fw|fwd|aw|wg|sv|vs|vl|antw|doorst|tr)\s*:\s*)+", re.IGNORECASE)
_QUOTE = re.compile(r"^ {0,3}((?:> ?)+)")  # '> text', '>> text', '> > text', '>' alone
# 'On 6 Nov 2025, Anna Lind <a.lind@example.se> wrote:', 'Op 6 nov. 2025 schreef ...:', '... skrev:', '... kirjoitti:'
_ATTRIBUTION = re.compile(r"\b(?:wrote|schreef|skrev|kirjoitti)\b.*:$", re.IGNORECASE)
# 'Met vriendelijke groet,', 'Kind regards', 'Med vänliga hälsningar', 'Ystävällisin terveisin'
CLOSING = re.compile(
    r"^(?:met )?(?:vriendelijke|hartelijke|beste)? ?groet(?:en)?|^(?:kind |best |warm )?regards|^best wishes"
    r"|^(?:yours )?sincerely|^(?:med )?vänlig(?:a|en)? hälsning(?:ar)?|^hälsningar|^mvh"
    r"|^(?:ystävällisin |parhain )?terveisin|^ystävällisesti",
    re.IGNORECASE,
)
# what a confidentiality disclaimer says, in four languages: three of these make a paragraph one
_DISCLAIMER = tuple(
    re.compile(signal, re.IGNORECASE)
    for signal in (
        r"confidential|vertrouwelijk|konfidentiell|sekretess|luottamuksellis",
        (
            r"intended (?:solely|only|exclusively)|(?:uitsluitend|enkel|alleen) bestemd|(?:endast|enbart) avse(?:dd|tt)"
            r"|avse(?:dd|tt) (?:endast|enbart)|tarkoitettu (?:ainoastaan|vain)|yksinomaan"
        ),
        r"addressee|recipient|geadresseerde|ontvanger|mottagare|adressat|vastaanottaja",
        r"(?:notify|inform) the sender|afzender|avsändare|lähettäjä",
        r"delete|destroy|verwijder|vernietig|radera|förstör|hävitä|poista|tuhoa",
        r"liability|liable|aansprakelijk|ansvar|vastuu",
    )
)


@dataclass(frozen=True)
class Mail:
    """A text read as a mail: the subject ('' without a header), the text's lines without the header and the
    disclaimer and with quoted lines unmarked, and the lines that hold a signature (its lines joined by '; ')."""

    subject: str
    lines: list[str]
    signatures: frozenset[int]


def read_mail(lines: list[str], headed: Callable[[str], str] | None = None) -> Mail:
    """The mail in a text's lines; a text that is no mail comes back as it was. With `headed`, an earlier mail's
    header (quoted or forwarded) leaves the line `headed` makes of its subject ('## Vervolgvragen ...' in Markdown):
    what follows is that mail's, not the one before it."""
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    header = _header(lines, first, 2)
    subject = ""
    if header:
        end, subject = header
        lines = lines[:first] + lines[end:]
    unquoted = _unquoted(lines, header is not None)
    mail = header is not None or unquoted != lines
    if not (mail or "-- " in lines):
        return Mail("", lines, frozenset())
    lines = _without_disclaimer(_without_forwarded_headers(unquoted, headed))
    lines, signatures = _signed(_signed_off(lines), mail)
    return Mail(_REPLY_PREFIX.sub("", subject).strip(), lines, signatures)


def _header(lines: list[str], i: int, fields_needed: int) -> tuple[int, str] | None:
    """The end of the header lines from line i on and their subject, when there are `fields_needed` or more;
    a field folded onto the next line (indented) goes on there."""
    fields: list[tuple[str, str]] = []
    end = i
    while end < len(lines):
        match = _FIELD.match(lines[end])
        if match and match.group("name").lower() in _FIELDS:
            fields.append((match.group("name").lower(), match.group("value").strip()))
        elif fields and lines[end][:1] in (" ", "\t") and lines[end].strip():
            fields[-1] = (fields[-1][0], f"{fields[-1][1]} {lines[end].strip()}")
        else:
            break
        end += 1
    subject = next((value for name, value in fields if name in _SUBJECT), None)
    # a mail's header names its subject or an address ('From: 1 March' 'To: 31 May' is a period)
    if len(fields) < fields_needed or subject is None and not any("@" in value for _, value in fields):
        return None
    return end, subject or ""


def _without_forwarded_headers(lines: list[str], headed: Callable[[str], str] | None = None) -> list[str]:
    """The text without the header of a forwarded or quoted mail in it: three or more header lines from 'From:' on
    ('Van:', 'Från:', 'Lähettäjä:'), or two or more under '-----Original Message-----'; with `headed`, the line it
    makes of the header's subject in its place."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _FIELD.match(line)
        header = (
            _header(lines, i + 1, 2)
            if _FORWARDED.match(line)
            else _header(lines, i, 3)
            if match and match.group("name").lower() in _FROM
            else None
        )
        if header:
            i, subject = header
            if headed and (subject := _REPLY_PREFIX.sub("", subject).strip()):
                out.extend(["", headed(subject), ""])
            continue
        out.append(line)
        i += 1
    return out


def _unquoted(lines: list[str], mail: bool) -> list[str]:
    """Quoted lines without their '>' marks; an empty line where the quoting deepens or ends, so that a quoted
    paragraph does not run on into the text around it. Lines are a quote in a mail (under its header), or under a
    line saying who wrote them ('On 3 March, Anna Lind wrote:'); elsewhere '> 80 points' is the text's own."""
    out: list[str] = []
    depth = 0
    quoting = False
    for i, line in enumerate(lines):
        if not _QUOTE.match(line):
            quoting = False
        elif not quoting:
            quoting = mail or bool(_ATTRIBUTION.search(" ".join(lines[max(0, i - 2) : i])))
        match = _QUOTE.match(line) if quoting else None
        level = match.group(1).count(">") if match else 0
        text = line[match.end() :] if match else line
        if level != depth and out and out[-1].strip() and line.strip():
            out.append("")
        if line.strip():
            depth = level
        out.append(text)
    return out


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """The (start, end) of each run of lines between empty lines."""
    runs: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if line.strip() and (i == 0 or not lines[i - 1].strip()):
            runs.append((i, i + 1))
        elif line.strip():
            runs[-1] = (runs[-1][0], i + 1)
    return runs


def _without_disclaimer(lines: list[str]) -> list[str]:
    """The text without the confidentiality disclaimer paragraphs at its very end."""
    end = len(lines)
    for start, stop in reversed(_runs(lines)):
        text = " ".join(lines[start:stop])
        if sum(1 for signal in _DISCLAIMER if signal.search(text)) < 3:
            break
        end = start
    return lines[:end]


def _signed_off(lines: list[str]) -> list[str]:
    """The sign-off as one paragraph: the closing ('Met vriendelijke groet,') and the name a line or two below it,
    which stands alone like a heading but is none."""
    out = list(lines)
    runs = _runs(lines)
    for (start, stop), below in reversed(list(pairwise(runs))):
        if not CLOSING.match(lines[start].strip()) or len(lines[start].strip()) > 40 or below[1] - below[0] > 2:
            continue
        if all(len(lines[k].strip()) <= 60 and not re.search(r"[.:!?]$", lines[k]) for k in range(*below)):
            del out[stop : below[0]]
    return out


def _signed(lines: list[str], mail: bool) -> tuple[list[str], frozenset[int]]:
    """Each signature (the lines under a line '-- ' up to an empty line) as one line, its lines joined by '; '. In a
    mail a line '--' will do (the space at its end may be lost); elsewhere it is a rule between parts."""
    out: list[str] = []
    signatures: set[int] = set()
    i = 0
    while i < len(lines):
        if lines[i] != "-- " and not (mail and lines[i] == "--"):
            out.append(lines[i])
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        if end > i + 1:
            signatures.add(len(out))
            out.append("; ".join(line.strip() for line in lines[i + 1 : end]))
        i = end
    return out, frozenset(signatures)
