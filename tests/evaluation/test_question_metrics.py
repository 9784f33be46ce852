"""Figures an answer states must be given by what it cites (design.md, "What an answer may state")."""

from erasbot.evaluation.questions import failures, figures_not_cited, question_metrics
from tests.conftest import question


def cited(answer: str, *texts: str, q: str = "How long does it last?") -> dict:
    record = question("q1", answer=answer, facts=())
    record["question"] = q
    record["citations"] = [
        {"doc_id": "ka", "chunk_id": f"ka#{n}", "text": t, "score": 1.0} for n, t in enumerate(texts)
    ]
    return record


def test_a_figure_the_citation_gives_in_words_or_digits_is_supported():
    assert figures_not_cited(cited("At least 6 organisations. [1]", "minst sex organisationer")) == []
    assert figures_not_cited(cited("EUR 700 000 at most. [1]", "högst 700 000 euro")) == []
    assert figures_not_cited(cited("EUR 1,000,000 at most. [1]", "1 miljon euro")) == []


def test_years_shown_as_months_and_the_programme_period_are_not_new_figures():
    record = cited("2 to 3 years (24 to 36 months); 2014–2020 programme. [1]", "Projekten pågår i 2 eller 3 år.")
    assert figures_not_cited(record) == []


def test_a_figure_no_citation_gives_is_reported_and_counted():
    record = cited("Projects last up to 4 years. [1]", "Projekten pågår i 2 eller 3 år.")
    assert figures_not_cited(record) == ["4"]
    assert question_metrics([record])["unsupported_figures"] == 1.0
    assert failures([record])[0]["problems"] == ["figure not in its citations"]


def test_the_line_naming_the_source_states_no_figure_but_a_quote_after_it_does():
    lead = "From “Blended Intensive Programmes – call 2024 – 3.2 ECTS credits” (user document):"
    record = cited(lead + "\n> “Each student must be awarded at least 3 ECTS credits.” [1]", "at least 3 ECTS credits")
    assert figures_not_cited(record) == []
    record = cited(lead + "\n> “At least 4 ECTS credits.” [1]", "at least 3 ECTS credits")
    assert figures_not_cited(record) == ["4"]
    # a line ending in a colon that no quote follows is a statement like any other
    assert figures_not_cited(cited("It lasts 4 years:\nsee the guide.", "2 eller 3 år")) == ["4"]


def test_a_figure_from_the_question_is_not_new():
    record = cited("No: 5 organisations are fewer than the six required. [1]", "minst sex", q="Are 5 enough?")
    assert figures_not_cited(record) == []


def test_the_checkers_counts_of_the_organisations_a_question_names_are_not_new():
    record = cited(
        "Needs information: the 6 organisations described. ✔ Requires organisations from at least three programme "
        "countries. 4 found: Sweden (A, B), Finland (C, D), Estonia (E) and Latvia (F). [1]",
        "minst tre programländer",
        q="Is this enough: A (SE), B (SE), C (FI), D (FI), E (EE), F (LV)?",
    )
    assert figures_not_cited(record) == ["6"]  # the lead's count is stated before any finding


def test_the_askers_own_count_weighed_against_a_rule_is_not_new():
    record = cited(
        "Ja: met de nieuwe partners erbij: Kennisallianties vereist minstens 3 programmalanden, en 5 is genoeg. [1]",
        "minst tre programländer",
        q="En als we er een Italiaans adviesbureau bij nemen?",
    )
    assert figures_not_cited(record) == []
    # a figure of the rule itself is still checked against the citation
    record = cited(
        "Ja: Kennisallianties vereist minstens 4 programmalanden, en 5 is genoeg. [1]", "minst tre programländer"
    )
    assert figures_not_cited(record) == ["4"]


def test_abstentions_are_left_out_of_the_share():
    answered = cited("Up to 4 years. [1]", "2 eller 3 år")
    abstained = dict(cited("I cannot say.", ""), abstained=True)
    assert question_metrics([answered, abstained])["unsupported_figures"] == 1.0


def test_the_report_gives_fact_recall_per_language_and_per_form_with_its_count():
    from erasbot.evaluation.report import _fact_recall_lines

    hit = dict(question("a", lang="sv"), form="list")
    miss = dict(question("b", answer="Something else.", lang="sv"), form="list")
    yes_no = dict(question("c", lang="fi"), form="yes_no")
    lines = "\n".join(_fact_recall_lines({"own": [hit, miss, yes_no], "turns": [dict(yes_no, form="follow_up")]}))
    assert "| sv | 0.500 (n=2) | – |" in lines
    assert "| list | 0.500 (n=2) | – |" in lines
    assert "| follow_up | – | 1.000 (n=1) |" in lines


def test_a_turn_read_against_the_history_is_a_follow_up_and_others_keep_their_own_form():
    from erasbot.evaluation.conversations import turn_form

    assert (
        turn_form("and for three years?", "How much is the grant for a Knowledge Alliance for three years?")
        == "follow_up"
    )
    assert turn_form("Can a Norwegian company coordinate?", "Can a Norwegian company coordinate?") == "yes_no"


def test_a_year_the_programme_country_table_gives_is_supported_where_the_answer_names_the_table():
    status = "Serbia is a programme country in 2014–2020 (from the 2019 call on)."
    source = (
        "Source: the list of programme countries in the Erasmus+ Programme Guide; the guidance texts here do not list "
        "the countries, and every other country is a partner country."
    )
    assert figures_not_cited(cited(f"{status}\n{source}", q="Is Serbia a programme country?")) == []
    # without the table named as its source, the year is the answer's own
    assert figures_not_cited(cited(status, q="Is Serbia a programme country?")) == ["2019"]


def test_the_checkers_count_of_the_organisations_a_question_describes_is_no_figure_of_the_guidance():
    answer = (
        "No: the 7 organisations described, checked against the composition rules of Sector Skills Alliances; who "
        "coordinates, the charter and the budget need the full list: ✔ Requires organisations from at least 3 "
        "programme countries."
    )
    record = cited(answer, "minst tre programländer", q="Sweden - a VET school, ...; Portugal - a hotel school. OK?")
    assert figures_not_cited(record) == []
    assert figures_not_cited(cited(answer.replace("the 7 organisations", "at least 9 organisations"), "tre")) == ["9"]


def test_digits_grouped_in_no_thousands_are_read_as_one_number_not_a_crash():
    from erasbot.figures import numbers_known, unsupported_figures

    sources = "Neuvontapuhelin 0295 400 730 palvelee tiistaisin."  # a phone number, printed in groups
    assert 295400730.0 in numbers_known(sources)
    assert unsupported_figures("Soita numeroon 0295 400 730.", sources) == []


def test_the_number_of_partners_a_checked_list_was_read_as_is_no_figure_of_the_guidance():
    answer = (
        "Branschspecifika kunskapsallianser: Inte stödberättigat (6 partner lästa).\n- Kräver i varje deltagande "
        "programland en utbildningsanordnare. Lägg till följande från Portugal: tillsynsorgan på utbildningsområdet."
    )
    record = cited(answer, "", q="Kolla konsortiet:\nA; Sverige\nB; Sverige\nC; Sverige\nD; Portugal\nE; Portugal\nF")
    assert figures_not_cited(record) == []
    assert figures_not_cited(cited(answer.replace("partner lästa", "programländer"), "", q="x")) == ["6"]
