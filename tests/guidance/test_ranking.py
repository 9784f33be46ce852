"""Ranking over the bundled texts: the passage that says what is asked comes first, not the one that names the
action most often."""

from __future__ import annotations

import pytest

# facts only the EU's Knowledge Alliances page states; the Finnish agency's page names the action as often
ONLY_ON_THE_EU_PAGE = [
    "Who submits the proposal for a knowledge alliance?",
    "Moeten hogeronderwijsinstellingen in een kennisalliantie het Erasmus Charter hebben?",
]


@pytest.mark.parametrize("question", ONLY_ON_THE_EU_PAGE)
def test_the_page_that_states_the_fact_ranks_first_among_pages_of_the_same_action(engine, question):
    hits = engine.search(question, k=3)
    assert hits[0].chunk.doc_id == "knowledge-alliances", [h.chunk.chunk_id for h in hits]


def test_a_question_naming_an_action_still_ranks_that_actions_texts_first(engine):
    hits = engine.search("Hur länge pågår en branschspecifik kunskapsallians och vilka branscher gäller den?", k=3)
    assert {h.chunk.doc_id for h in hits} == {"sector-skills-alliances"}
