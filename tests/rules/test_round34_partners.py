"""Partners of round 34: a consortium told country by country, each country heading its organisations after a colon,
with the askers among them as the sentence before tells who they are; partners told after a pasted list are checked
with it; vocational institutes, trade federations and national education agencies are read as kinds."""

from __future__ import annotations

from erasbot.rules import check_text
from erasbot.rules.described_partners import added_partners, kind_of
from erasbot.rules.headed_partners import headed_partners

HEADED = (
    "Vi är ett yrkesutbildningscentrum i Jönköping och planerar en SSA inom turism. I Sverige: vi själva, Visit Småland "
    "(branschorganisation) och Skolverket. I Spanien: en yrkesskola, en hotellkedja och den regionala "
    "utbildningsmyndigheten i Andalusien. Vi är samordnare. Håller det?"
)


def test_organisations_headed_by_their_country_are_read_with_the_askers() -> None:
    partners = headed_partners(HEADED, "sv")
    assert [(p.country, p.type) for p in partners] == [
        ("SE", "education_provider"),
        ("SE", "sector_body"),
        ("SE", "regulatory_body"),
        ("ES", "education_provider"),
        (
            "ES",
            "unknown",
        ),  # a hotel chain: a kind the checker's words do not name ('hotel' would make any hotel a subject)
        ("ES", "regulatory_body"),
    ]
    assert [p.role for p in partners].count("coordinator") == 1 and partners[0].role == "coordinator"


def test_one_country_heading_a_list_is_no_consortium_and_untold_askers_are_not_guessed() -> None:
    assert headed_partners("Finland: Aalto University and Nokia. Can we apply?", "en") == []
    assert headed_partners("In Sweden: we ourselves and KTH. In Finland: Aalto University.", "en") == []
    told = headed_partners("Finland: Aalto University, Nokia. Sweden: KTH and Ericsson.", "en")
    assert [p.country for p in told] == ["FI", "FI", "SE", "SE"]


def test_partners_told_after_a_list_are_checked_with_it() -> None:
    listed = "Uni Helsinki, Finland, university, coordinator\nAalto, Finland, university\nNokia, Finland, company"
    alone = check_text(listed, "knowledge-alliance", lang="en")
    more = added_partners("and if we add a Dutch company and two Spanish universities?", "en")
    grown = check_text(listed, "knowledge-alliance", lang="en", added=more)
    assert len(alone.partners) == 3 and len(grown.partners) == 6
    assert {p.line for p in grown.partners} == {1, 2, 3, 4, 5, 6}
    status = {r.id: r.status for r in grown.rules}
    assert {r.id: r.status for r in alone.rules}["min-organisations"] == "fail"
    assert status["min-organisations"] == "pass" and status["min-programme-countries"] == "pass"


def test_vocational_institutes_and_education_agencies_are_kinds() -> None:
    assert kind_of("ett yrkesinstitut") == kind_of("ett yrkesutbildningscentrum") == "education_provider"
    assert kind_of("ett branschförbund") == "sector_body"
    assert kind_of("Skolverket") == kind_of("Skolinspektionen") == "regulatory_body"
