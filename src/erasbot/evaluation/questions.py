"""Evaluation runner: question sets (retrieval, answers, abstention) and their metrics.

Metrics are pure functions over per-item records; running the items needs an Engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from erasbot.chat.assistant import Assistant
from erasbot.chat.country_status import PERIODS
from erasbot.datafiles import read_jsonl
from erasbot.errors import ErasbotError
from erasbot.evaluation.stats import latency_ms, percentile
from erasbot.figures import unsupported_figures
from erasbot.forms import FORMS, check_form, infer_form
from erasbot.language import SUPPORTED
from erasbot.phrases import say
from erasbot.rules.countries import programme_countries, programme_from_year

QUESTION_KEYS = {"id", "lang", "question", "expected_docs", "facts_any", "out_of_scope"}  # `form` is optional
RETRIEVED_K = 5


@dataclass(frozen=True)
class QuestionItem:
    id: str
    lang: str
    question: str
    expected_docs: tuple[str, ...]
    facts_any: tuple[str, ...]
    out_of_scope: bool
    form: str = ""  # yes_no, figure, ... (forms.FORMS); empty: guessed from the question


def load_questions(path: Path) -> list[QuestionItem]:
    items = []
    for number, obj in read_jsonl(path):
        missing = sorted({"id", "question"} - obj.keys())
        if missing:
            raise ErasbotError(f"{path}:{number}: missing field(s) {', '.join(missing)}")
        if not isinstance(obj["question"], str):
            raise ErasbotError(f"{path}:{number}: 'question' must be a string")
        try:
            form = check_form(obj["form"]) if obj.get("form") else ""
        except ValueError as exc:
            raise ErasbotError(f"{path}:{number}: form: {exc}") from None
        items.append(
            QuestionItem(
                id=str(obj["id"]),
                lang=str(obj.get("lang") or ""),
                question=obj["question"],
                expected_docs=tuple(obj.get("expected_docs") or ()),
                facts_any=tuple(obj.get("facts_any") or ()),
                out_of_scope=bool(obj.get("out_of_scope", False)),
                form=form,
            )
        )
    return items


def run_questions(engine, items: list[QuestionItem], mode: str = "hybrid", on_item=None) -> list[dict]:
    """Ask every question as a user would (through the offline assistant, no history); one record per item.

    ``on_item(done, total)`` is called after each.
    """
    assistant = Assistant(engine, mode=mode)
    records = []
    for n, item in enumerate(items, start=1):
        reply = assistant.reply(item.question)
        records.append(
            {
                "id": item.id,
                "lang": item.lang or reply.language,
                "question": item.question,
                "retrieved_docs": [chunk_id.split("#", 1)[0] for chunk_id in reply.retrieved[:RETRIEVED_K]],
                "answer": reply.text,
                "abstained": reply.abstained or reply.kind == "error",
                "citations": [c.to_json() for c in reply.citations],
                "seconds": round(reply.seconds, 4),
                "expected_docs": list(item.expected_docs),
                "facts_any": list(item.facts_any),
                "out_of_scope": item.out_of_scope,
                "form": item.form or infer_form(item.question),
            }
        )
        if on_item is not None:
            on_item(n, len(items))
    return records


def rank_of_expected(record: dict) -> int | None:
    expected = set(record["expected_docs"])
    return next((i + 1 for i, d in enumerate(record["retrieved_docs"]) if d in expected), None)


def fact_found(record: dict) -> bool:
    text = record["answer"].lower().replace("\u00a0", " ")
    return any(f.lower().replace("\u00a0", " ") in text for f in record["facts_any"])


def figures_not_cited(record: dict) -> list[str]:
    """The figures an answer states that neither its cited passages nor the question give. The line naming
    the source before its quotes ('From “… call 2024 – 3.2 ECTS credits” (user document):') states nothing:
    its numbers are the document's title and section. Nor do the checker's findings on a consortium the question
    names ('✔ ... 4 found: Sweden (...), Finland (...)'): the checker counts the question's own organisations."""
    sources = " ".join(c.get("text", "") for c in record.get("citations", [])) + " " + record["question"]
    return unsupported_figures(
        _without_findings(_without_source_lines(record["answer"])), f"{sources} {_table_said(record['answer'])}"
    )


def _table_said(answer: str) -> str:
    """What the programme-country table gives, when the answer states a country's status from it (its line naming
    the table as the source): the periods and the call years a country joined in ('Serbia ... from the 2019 call on')."""
    if not any(say(lang, "country_status.source") in answer for lang in SUPPORTED):
        return ""
    return " ".join(
        f"{period} {programme_from_year(code, period) or ''}"
        for period in PERIODS
        for code in sorted(programme_countries(period))
    )


FINDING = re.compile(r"(?:^|\s)[✔✘] .*", re.DOTALL)


# the askers' own count weighed against a rule ('... minstens 3 programmalanden, en 5 is genoeg'): their consortium's
# number, told over the chat (four countries, and a partner from a fifth added), not a figure of the guidance
COUNT_WEIGHED = re.compile(
    r"\b\d+ (?:is|är|on) (?:"
    + "|".join(re.escape(say(lang, f"eligibility.{key}")) for lang in SUPPORTED for key in ("enough", "too_few"))
    + r")\b"
)


# the checker's count of the organisations a question describes ('the 7 organisations described, checked against
# ...'): the question's own organisations counted, not a figure of the guidance
COUNT_DESCRIBED = re.compile(
    "|".join(
        re.escape(say(lang, "eligibility.described", 987654, action="\x00").split("\x00")[0]).replace("987654", r"\d+")
        for lang in SUPPORTED
    )
)


# the partners a checked list was read as ('Sector Skills Alliances: Not eligible (6 partners read).'): the
# pasted list's own lines counted, not a figure of the guidance
COUNT_READ = re.compile(
    "|".join(
        re.escape(say(lang, "chat.checked", action="\x00", verdict="\x00", n=987654).split("\x00")[-1]).replace(
            "987654", r"\d+"
        )
        for lang in SUPPORTED
    )
)


def _without_findings(answer: str) -> str:
    """The answer up to the checker's first finding (a rule marked ✔ or ✘ and what follows it), without the askers'
    own counts weighed against a rule, counted by the checker or read from their list."""
    return COUNT_READ.sub(" ", COUNT_DESCRIBED.sub(" ", COUNT_WEIGHED.sub(" ", FINDING.sub(" ", answer))))


def _without_source_lines(answer: str) -> str:
    lines = answer.split("\n")
    return "\n".join(
        line
        for line, after in zip(lines, [*lines[1:], ""], strict=True)
        if not (line.rstrip().endswith(":") and after.startswith("> "))
    )


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def question_metrics(records: list[dict]) -> dict:
    """hit@1, hit@3, MRR, fact recall, abstention precision/recall, false abstention, latency."""
    scoped = [r for r in records if not r["out_of_scope"] and r["expected_docs"]]
    ranks = [rank_of_expected(r) for r in scoped]
    with_facts = [r for r in records if not r["out_of_scope"] and r["facts_any"]]
    oos = [r for r in records if r["out_of_scope"]]
    in_scope = [r for r in records if not r["out_of_scope"]]
    abstained = [r for r in records if r["abstained"]]
    answered = [r for r in records if not r["abstained"]]
    latency = latency_ms(r["seconds"] for r in records)
    return {
        "n": len(records),
        "hit@1": _ratio(sum(1 for k in ranks if k == 1), len(ranks)),
        "hit@3": _ratio(sum(1 for k in ranks if k and k <= 3), len(ranks)),
        "mrr": round(sum(1 / k for k in ranks if k) / len(ranks), 4) if ranks else None,
        "fact_recall": _ratio(sum(1 for r in with_facts if fact_found(r)), len(with_facts)),
        "abstention_precision": _ratio(sum(1 for r in abstained if r["out_of_scope"]), len(abstained)),
        "abstention_recall": _ratio(sum(1 for r in oos if r["abstained"]), len(oos)),
        "false_abstention": _ratio(sum(1 for r in in_scope if r["abstained"]), len(in_scope)),
        "unsupported_figures": _ratio(sum(1 for r in answered if figures_not_cited(r)), len(answered)),
        "answer_chars_median": percentile([len(r["answer"]) for r in records], 0.5),
        "latency_p50_ms": latency["p50_ms"],
        "latency_p95_ms": latency["p95_ms"],
    }


def metrics_by_language(records: list[dict]) -> dict:
    langs = sorted({r["lang"] for r in records})
    return {lang: question_metrics([r for r in records if r["lang"] == lang]) for lang in langs}


def metrics_by_form(records: list[dict]) -> dict:
    """The metrics per question form (yes/no, figure, list, comparison, two-part, follow-up, open)."""
    forms = [f for f in FORMS if any(r.get("form") == f for r in records)]
    return {form: question_metrics([r for r in records if r.get("form") == form]) for form in forms}


def failures(records: list[dict]) -> list[dict]:
    """Items that missed: wrong top document, missing fact, wrong abstention, a figure nothing cited gives."""
    out = []
    for r in records:
        problems = []
        if r["out_of_scope"] != r["abstained"]:
            problems.append("abstained" if r["abstained"] else "answered out-of-scope")
        elif not r["out_of_scope"]:
            rank = rank_of_expected(r) if r["expected_docs"] else 1
            if not rank or rank > 3:
                problems.append("expected document not in top 3")
            if r["facts_any"] and not fact_found(r):
                problems.append("fact missing")
        if not r["abstained"] and figures_not_cited(r):
            problems.append("figure not in its citations")
        if problems:
            out.append({"id": r["id"], "problems": problems, "question": r["question"]})
    return out
