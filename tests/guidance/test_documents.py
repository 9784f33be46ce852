"""A user's own documents (txt, md, html, pdf, docx) are read, their language detected, and indexed."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from erasbot.cli.app import app
from erasbot.errors import ErasbotError
from erasbot.guidance.documents import read_text

MINIMAL_PDF_TEXT = "Jean Monnet-verksamheten stöder undervisning om Europeiska unionen."


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with one line of text, written by hand (no PDF library needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_text_is_read_from_markdown_html_and_pdf(tmp_path):
    md = tmp_path / "guide.md"
    md.write_text("# Rubrik\n\n- första punkten\n- andra punkten\n", encoding="utf-8")
    assert "Rubrik" in read_text(md) and "• första punkten" in read_text(md)
    html = tmp_path / "page.html"
    html.write_text(
        "<html><nav>Meny</nav><h1>Titel</h1><p>Stycke &amp; text.</p><script>x()</script></html>", encoding="utf-8"
    )
    text = read_text(html)
    assert "Titel" in text and "Stycke & text." in text and "Meny" not in text and "x()" not in text
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(minimal_pdf("Jean Monnet-verksamheten stoder undervisning."))
    assert "Jean Monnet" in read_text(pdf)


def test_unreadable_files_are_refused_with_the_reason(tmp_path):
    with pytest.raises(ErasbotError, match="cannot read .rtf"):
        read_text(tmp_path / "x.rtf")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf")
    with pytest.raises(ErasbotError, match="not a readable PDF"):
        read_text(broken)


def test_an_added_document_is_indexed_with_its_detected_language_and_answers_from_it(tmp_path):
    doc = tmp_path / "jean-monnet.md"
    doc.write_text(
        "# Jean Monnet-verksamhet\n\nJean Monnet-verksamheten stöder undervisning och forskning om Europeiska unionen. "
        "Jean Monnet-moduler pågår i tre år.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(doc), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["added"] == [{"id": "jean-monnet", "language": "sv", "file": str(doc)}]
    assert summary["documents"] == 6
    result = runner.invoke(app, ["ask", "Vad stöder Jean Monnet-verksamheten?", "--json"])
    data = json.loads(result.stdout)
    assert not data["abstained"]  # the topic is covered now
    assert data["citations"][0]["doc_id"] == "jean-monnet"


def test_erasbot_ingest_adds_a_word_document_and_searches_its_text(tmp_path):
    from erasbot.settings import REPO_ROOT

    doc = tmp_path / "Opas KA122-VET.docx"
    doc.write_bytes((REPO_ROOT / "tests" / "fixtures" / "opas-ammatillinen-liikkuvuus-fi.docx").read_bytes())
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(doc), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["added"] == [{"id": "opas-ka122-vet", "language": "fi", "file": str(doc)}]
    listed = json.loads(runner.invoke(app, ["documents", "--json"]).stdout)
    assert "Opas: ammatillisen koulutuksen lyhytkestoiset liikkuvuushankkeet (KA122-VET)" in json.dumps(
        listed, ensure_ascii=False
    )
    result = runner.invoke(app, ["search", "Milloin hakemus on lähetettävä?", "--doc", "opas-ka122-vet", "--json"])
    passages = [r["text"] for r in json.loads(result.stdout)["results"]]
    assert any("19. helmikuuta 2026 klo 12.00" in text for text in passages)
    assert not any("Sisällys" in text for text in passages)


def test_adding_an_unchanged_document_again_takes_the_title_a_newer_reader_reads(tmp_path):
    from erasbot.guidance.documents import USER_MANIFEST, Library
    from erasbot.settings import REPO_ROOT, load_settings

    settings = load_settings(
        {"ERASBOT_DATA_DIR": str(tmp_path / "data"), "ERASBOT_CORPUS_DIR": str(REPO_ROOT / "corpus")}
    )
    page = tmp_path / "handbok.md"
    page.write_text(
        '---\ntitle: "Handbok: Jean Monnet"\n---\n\n# Handbok: Jean Monnet\n\nText om EU.\n', encoding="utf-8"
    )
    library = Library(settings)
    assert library.add_user_document(page, "sv").title == "Handbok: Jean Monnet"
    manifest = settings.user_documents_dir / USER_MANIFEST
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["documents"][0]["title"] = '"Handbok: Jean Monnet"'  # as an older reader recorded it, quotes and all
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert library.add_user_document(page, "sv").title == "Handbok: Jean Monnet"
    assert [d.title for d in Library(settings).documents() if d.id == "handbok"] == ["Handbok: Jean Monnet"]
