"""A Word document's package (.docx): the zip opened with care and the XML parts the reader needs, parsed.

A .docx is a zip of XML parts. Only the body (`word/document.xml`) and what gives it meaning are read: the
styles (which paragraph is a heading), the numbering (which list is numbered), the footnotes and endnotes and
the core properties (the title). Page headers and footers (`word/header1.xml`, `word/footer1.xml`) and comments
are never opened: they are furniture, not guidance.

A zip can unpack to far more than it weighs; one whose members would unpack to more than `MAX_UNPACKED` is
refused before anything is unpacked (zipfile itself stops a member at the size its entry declares).
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from dataclasses import dataclass

from erasbot.errors import ErasbotError

MAX_UNPACKED = 50 * 1024 * 1024  # bytes a document's zip may unpack to; Word's largest guides stay far below
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Strict Office Open XML names the same elements in other namespaces; they are read as the usual ones
_STRICT = {
    "http://purl.oclc.org/ooxml/wordprocessingml/main": W,
    "http://purl.oclc.org/ooxml/officeDocument/relationships": (
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ),
}
_DC = "http://purl.org/dc/elements/1.1/"
_OLE = b"\xd0\xcf\x11\xe0"  # an old binary .doc, or any password-protected Office file
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
BODY = "word/document.xml"


class DocxError(ErasbotError):
    """What is wrong with a .docx, without naming the file (the caller knows its name)."""


@dataclass(frozen=True)
class DocxPackage:
    """The parsed parts of one .docx; a part the package lacks is None."""

    document: ET.Element
    styles: ET.Element | None
    numbering: ET.Element | None
    footnotes: ET.Element | None
    endnotes: ET.Element | None
    core_title: str  # docProps/core.xml's dc:title as written ('' when unset)


def open_package(data: bytes) -> DocxPackage:
    """The parts of the .docx in `data`; DocxError says why it cannot be read."""
    if data.startswith(_OLE):
        raise DocxError(
            "not a Word document (.docx): an old Word .doc or a password-protected file; "
            "save it as .docx (Word document) without a password"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, OSError) as exc:
        raise DocxError("not a Word document (.docx): it is not a zip archive") from exc
    with archive:
        members = archive.infolist()
        unpacked = sum(member.file_size for member in members)
        if unpacked > MAX_UNPACKED:
            raise DocxError(
                f"its zip would unpack to {unpacked / 1024 / 1024:.0f} MB, more than the "
                f"{MAX_UNPACKED // 1024 // 1024} MB a document may hold; is it really a Word document?"
            )
        names = {member.filename for member in members}
        if BODY not in names:
            raise DocxError(f"not a Word document (.docx): the zip has no {BODY}")

        def part(name: str) -> ET.Element | None:
            return _parse(archive, name) if name in names else None

        document = part(BODY)
        assert document is not None
        core = part("docProps/core.xml")
        title = core.findtext(f"{{{_DC}}}title", default="") if core is not None else ""
        return DocxPackage(
            document=document,
            styles=part("word/styles.xml"),
            numbering=part("word/numbering.xml"),
            footnotes=part("word/footnotes.xml"),
            endnotes=part("word/endnotes.xml"),
            core_title=title or "",
        )


def _parse(archive: zipfile.ZipFile, name: str) -> ET.Element:
    try:
        raw = archive.read(name)
    # (a broken entry's name raises UnicodeDecodeError, an unknown compression NotImplementedError, an encrypted
    # member RuntimeError)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, OSError, ValueError) as exc:
        raise DocxError(f"its part {name} cannot be unpacked ({exc})") from exc
    # Word never writes a DTD; one here could only expand entities (a 'billion laughs')
    if _DECLARATION.search(raw[:4096]):
        raise DocxError(f"its part {name} declares a DTD, which Word documents never do")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise DocxError(f"its part {name} is not well-formed XML ({exc})") from exc
    _as_transitional(root)
    return root


def _as_transitional(root: ET.Element) -> None:
    """Strict OOXML's element and attribute names renamed to the usual (transitional) ones, in place."""
    for element in root.iter():
        element.tag = _renamed(element.tag)
        if any(key.startswith("{http://purl.oclc.org/") for key in element.attrib):
            element.attrib = {_renamed(k): v for k, v in element.attrib.items()}


def _renamed(name: str) -> str:
    if name.startswith("{http://purl.oclc.org/"):
        namespace, _, local = name[1:].partition("}")
        return f"{{{_STRICT.get(namespace, namespace)}}}{local}"
    return name
