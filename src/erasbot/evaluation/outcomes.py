"""What each evaluation item came out as, in the few fields that decide its metrics.

Two runs are compared, and a run is checked against the baseline, by these outcomes
rather than by whole records: an item changed when one of these fields changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict

from erasbot.evaluation.questions import fact_found, rank_of_expected
from erasbot.forms import infer_form

TOP_K_RIGHT = 3  # a question is right when an expected document is in the top 3 (as in `failures`)


class QuestionOutcome(BaseModel):
    """A question's result: rank of the first expected document, fact found, abstention."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["question"] = "question"
    id: str
    lang: str
    form: str
    out_of_scope: bool
    ranked: bool  # in scope with expected documents: counts for hit@k and MRR
    rank: Optional[int]  # of the first expected document in the retrieved top 5; None if missing
    fact_found: Optional[bool]  # None when the item names no fact or is out of scope
    abstained: bool

    @property
    def abstention_right(self) -> bool:
        return self.abstained == self.out_of_scope

    @property
    def right(self) -> bool:
        """Abstained exactly when it should; in scope, an expected document in the top 3 and a fact found."""
        if not self.abstention_right:
            return False
        if self.out_of_scope:
            return True
        in_top = not self.ranked or (self.rank is not None and self.rank <= TOP_K_RIGHT)
        return in_top and self.fact_found is not False


class CaseOutcome(BaseModel):
    """A consortium case's result: verdict, failing rules, refusal, each against what was expected."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["consortium"] = "consortium"
    id: str
    lang: str
    form: str = "consortium"
    verdict: Optional[str]
    failing: tuple[str, ...]
    error: bool
    expect_error: bool
    verdict_right: Optional[bool]  # None for a case that expects a refusal
    failing_right: Optional[bool]

    @property
    def right(self) -> bool:
        if self.expect_error:
            return self.error
        return not self.error and bool(self.verdict_right) and bool(self.failing_right)


Outcome = QuestionOutcome | CaseOutcome


def question_outcome(record: dict) -> QuestionOutcome:
    """The outcome of one question record (as run_questions writes it)."""
    oos = bool(record["out_of_scope"])
    ranked = not oos and bool(record["expected_docs"])
    return QuestionOutcome(
        id=record["id"],
        lang=record.get("lang") or "",
        form=record.get("form") or infer_form(record.get("question", "")),
        out_of_scope=oos,
        ranked=ranked,
        rank=rank_of_expected(record) if ranked else None,
        fact_found=fact_found(record) if not oos and record["facts_any"] else None,
        abstained=bool(record["abstained"]),
    )


def case_outcome(record: dict) -> CaseOutcome:
    """The outcome of one consortium record (as run_case writes it)."""
    failing = tuple(sorted(record.get("failing") or ()))
    expect_error = bool(record.get("expect_error"))
    return CaseOutcome(
        id=record["id"],
        lang=record.get("lang") or "en",
        verdict=record.get("verdict"),
        failing=failing,
        error=bool(record.get("error")),
        expect_error=expect_error,
        verdict_right=None if expect_error else record.get("verdict") == record.get("expected_verdict"),
        failing_right=None if expect_error else failing == tuple(sorted(record.get("expected_failing") or ())),
    )


def outcomes_of(questions: list[dict], consortia: list[dict]) -> dict[str, Outcome]:
    """Every item's outcome by id (questions first, then consortium cases)."""
    out: dict[str, Outcome] = {r["id"]: question_outcome(r) for r in questions}
    out.update({r["id"]: case_outcome(r) for r in consortia})
    return out


@dataclass(frozen=True)
class Difference:
    """One field that changed between two outcomes: `what` (rank, fact, answer, ...), before and after.

    Values are digits, rule ids, verdict ids or one of VALUE_WORDS; str() gives the English wording
    the command line prints, and the interface words it from the phrase table.
    """

    what: str
    before: str = ""
    after: str = ""

    def __str__(self) -> str:
        if self.what == "expectation":
            return "expectation changed"
        if self.what in ("answer", "refusal"):
            return f"{self.before} → {self.after}"
        return f"{self.what} {self.before} → {self.after}"


VALUE_WORDS = ("missing", "found", "not scored", "answered", "abstained", "refused", "checked", "none")


def differences(a: Outcome, b: Outcome) -> list[Difference]:
    """What changed from a to b ("rank 1 → 4", "fact found → missing"); empty when nothing did."""
    if a.kind != b.kind:
        return [Difference("kind", a.kind, b.kind)]
    changes = []
    if isinstance(a, QuestionOutcome) and isinstance(b, QuestionOutcome):
        if a.rank != b.rank:
            changes.append(Difference("rank", _rank(a.rank), _rank(b.rank)))
        if a.fact_found != b.fact_found:
            changes.append(Difference("fact", _fact(a.fact_found), _fact(b.fact_found)))
        if a.abstained != b.abstained:
            changes.append(
                Difference("answer", *(("abstained", "answered") if a.abstained else ("answered", "abstained")))
            )
        if a.out_of_scope != b.out_of_scope or a.ranked != b.ranked:
            changes.append(Difference("expectation"))
    elif isinstance(a, CaseOutcome) and isinstance(b, CaseOutcome):
        if a.error != b.error:
            changes.append(Difference("refusal", *(("refused", "checked") if a.error else ("checked", "refused"))))
        if a.verdict != b.verdict:
            changes.append(Difference("verdict", a.verdict or "–", b.verdict or "–"))
        if a.failing != b.failing:
            changes.append(Difference("failing", ", ".join(a.failing) or "none", ", ".join(b.failing) or "none"))
        if (a.verdict_right, a.failing_right) != (b.verdict_right, b.failing_right) and not changes:
            changes.append(Difference("expectation"))
    return changes


def _rank(rank: int | None) -> str:
    return "missing" if rank is None else str(rank)


def _fact(found: bool | None) -> str:
    return {True: "found", False: "missing", None: "not scored"}[found]


# -- per-item scores behind each metric ------------------------------------------------------------------
# score(outcome) is None when the item does not count for the metric, else its share in [0, 1]; the
# metric is the mean. A metric got worse "by n items" when its summed score fell by n.

Score = Callable[[Outcome], Optional[float]]


def _q(fn: Callable[[QuestionOutcome], Optional[float]]) -> Score:
    return lambda o: fn(o) if isinstance(o, QuestionOutcome) else None


def _c(fn: Callable[[CaseOutcome], Optional[float]]) -> Score:
    return lambda o: fn(o) if isinstance(o, CaseOutcome) else None


ITEM_SCORES: dict[str, Score] = {
    "hit@1": _q(lambda o: float(o.rank == 1) if o.ranked else None),
    "hit@3": _q(lambda o: float(o.rank is not None and o.rank <= 3) if o.ranked else None),
    "mrr": _q(lambda o: (1 / o.rank if o.rank else 0.0) if o.ranked else None),
    "fact_recall": _q(lambda o: None if o.fact_found is None else float(o.fact_found)),
    "abstention_recall": _q(lambda o: float(o.abstained) if o.out_of_scope else None),
    "answered_in_scope": _q(lambda o: None if o.out_of_scope else float(not o.abstained)),  # 1 - false_abstention
    "verdict_accuracy": _c(lambda o: None if o.verdict_right is None else float(o.verdict_right)),
    "failing_rules_exact": _c(lambda o: None if o.failing_right is None else float(o.failing_right)),
    "error_accuracy": _c(lambda o: float(o.error == o.expect_error)),
}
