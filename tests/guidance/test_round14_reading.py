"""Reading round 14's saved page: a heading spanning columns heads each of them, joined with the headings under it;
a cell spanning rows stands in each row it spans; a value spanning columns is said once."""

from __future__ import annotations

from erasbot.guidance.reading.markup import read_html
from erasbot.guidance.reading.model import row_text

PAGE = """<html lang="nl"><body><main><h1>Sport</h1>
<table><caption>Gunningscriteria</caption>
<thead>
<tr><th scope="col" rowspan="2">Criterium</th><th scope="colgroup" colspan="2">Maximaal aantal punten</th></tr>
<tr><th scope="col">KA210-SPO</th><th scope="col">KA220-SPO</th></tr>
</thead>
<tbody>
<tr><th scope="row">Relevantie</th><td>30</td><td>25</td></tr>
<tr><th scope="row">Impact</th><td>20</td><td>25</td></tr>
<tr><td colspan="3">Samen 100 punten.</td></tr>
</tbody></table>
<table><thead><tr><th>Format</th><th>Forfaitair bedrag</th></tr></thead>
<tbody>
<tr><td rowspan="2">Kleinschalig partnerschap (KA210-SPO)</td><td>€ 30.000</td></tr>
<tr><td>€ 60.000</td></tr>
</tbody></table></main></body></html>"""


def test_headings_over_two_rows_and_cells_spanning_rows_or_columns():
    rows = [row_text(b) for b in read_html(PAGE).blocks if b.kind == "table_row"]
    assert rows == [
        "Criterium: Relevantie; Maximaal aantal punten – KA210-SPO: 30; Maximaal aantal punten – KA220-SPO: 25",
        "Criterium: Impact; Maximaal aantal punten – KA210-SPO: 20; Maximaal aantal punten – KA220-SPO: 25",
        "Criterium: Samen 100 punten.",
        "Format: Kleinschalig partnerschap (KA210-SPO); Forfaitair bedrag: € 30.000",
        "Format: Kleinschalig partnerschap (KA210-SPO); Forfaitair bedrag: € 60.000",
    ]
