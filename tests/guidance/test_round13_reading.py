"""Kinds of failure of round 13, in how a question and an added web page are read: a Finnish case ending after a code
('KA154:ssa') is no word of its own; Finnish exceptional costs are 'poikkeukselliset kulut'; a fee paid to a
participant is a 'palkkio'; a table cell holding a list keeps its items apart (its wrapped lines read on); a number
asked ('noin 1200 km') picks the row whose range holds it."""

from __future__ import annotations

from erasbot.guidance.amount_of import grant_kinds, names_grant_asked
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.reading.markup import read_html
from erasbot.guidance.selection import with_list

GLOSSARY = load_glossary()


def test_a_finnish_case_ending_after_a_code_names_nothing_of_its_own():
    question = "mika on valmentajan paivahinta KA154:ssa ja montako paivaa valmennusta voi budjetoida?"
    assert "sector-skills-alliance" not in GLOSSARY.find(question)
    assert "sector-skills-alliance" in GLOSSARY.find("Kuinka kauan SSA:n hanke kestää?")
    assert "sector-skills-alliance" in GLOSSARY.find("Is an SSA: a sector skills alliance?")


def test_finnish_exceptional_costs_and_a_fee_paid_to_a_participant():
    assert grant_kinds("Poikkeuksellisina kuluina korvataan 80 prosenttia") == {"exceptional"}
    assert names_grant_asked(
        "is there any cap on exceptional costs?", ["5. Avustus ja kululuokat – Poikkeukselliset kulut"]
    )
    assert not names_grant_asked("is there any cap on exceptional costs?", ["5. Avustus – Matkakulut"])
    assert GLOSSARY.occurs("fees", "Osallistujille ei makseta palkkioita tai päivärahoja.")
    assert GLOSSARY.occurs("fees", "Får deltagarna ett arvode?")


PAGE = """<html lang="fi"><body><main><h1>Hankkeet</h1>
<table><caption>Kansallinen ja kansainvälinen hanke</caption>
<thead><tr><th scope="col">Ominaisuus</th><th scope="col">Kansallinen hanke</th></tr></thead>
<tbody><tr><th scope="row">Tyypillisiä toimintoja</th>
<td><ul><li>nuorten foorumi</li><li>kunnan päättäjien kuuleminen</li></ul></td></tr>
<tr><th scope="row">Matkakulut</th><td>Ei etäisyysluokkia.<br>Kohtuulliset matkakulut voi hakea.</td></tr>
</tbody></table></main></body></html>"""


def test_a_cell_holding_a_list_keeps_its_items_apart_and_reads_its_lines_on():
    rows = [b for b in read_html(PAGE).blocks if b.kind == "table_row"]
    assert rows[0].cells == ("Tyypillisiä toimintoja", "nuorten foorumi; kunnan päättäjien kuuleminen")
    assert rows[1].cells == ("Matkakulut", "Ei etäisyysluokkia. Kohtuulliset matkakulut voi hakea.")


BANDS = "\n".join(
    f"• Matkan pituus yhteen suuntaan: {band}; Tavallinen matka: {normal} euroa; Vihreä matka: {green} euroa"
    for band, normal, green in (
        ("10–99 km", "28", "56"),
        ("100–499 km", "211", "285"),
        ("500–1 999 km", "309", "417"),
        ("2 000–2 999 km", "395", "535"),
        ("8 000 km tai enemmän", "1 735", "ei korotettua tukea"),
    )
)


def test_a_number_asked_picks_the_row_whose_range_holds_it():
    rows = [row.removeprefix("• ") for row in BANDS.split("\n")]
    top = "• " + rows[3]  # the row that scored best
    assert with_list(top, BANDS, asked="Paljonko saa matkatukea, matkaa noin 1200 km junalla?") == rows[2]
    assert with_list(top, BANDS, asked="Hoeveel is de reisvergoeding voor 300 km enkele reis?") == rows[1]
    assert with_list(top, BANDS, asked="And for 9 500 km?") == rows[4]
    # no number in the table's unit asked: the table is shown whole, each band's figures beside the others
    assert with_list(top, BANDS, asked="Paljonko matkatukea saa?").count("Matkan pituus") == 5
    assert with_list(top, BANDS, asked="Paljonko matkatukea saa 20 osallistujaa?").count("Matkan pituus") == 5
    groups = "\n".join(
        f"• Group: {name}; Countries: {countries}"
        for name, countries in (
            ("Group 1", "Denmark, Finland"),
            ("Group 2", "Austria, Belgium"),
            ("Regions 1 to 13", "all"),
        )
    )
    assert "Regions 1 to 13" not in with_list(
        "• Group: Group 2; Countries: Austria, Belgium", groups, asked="Which countries are in group 2?"
    )
