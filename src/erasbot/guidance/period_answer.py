"""Which programme period an action belongs to, and the note an answer citing a 2014-2020 text carries."""

from __future__ import annotations

from erasbot.guidance.action_parts import load_action_parts
from erasbot.guidance.citations import Answer, Citation, Citations
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.retrieval import Hit, Query
from erasbot.guidance.wording import action_name, is_action, message


def period_answer(query: Query, hit: Hit, hits: list[Hit], documents: dict[str, DocumentInfo]) -> Answer:
    """Which programme period an action belongs to: from the manifest, cited to the action's text."""
    lang = query.said_in
    citations = Citations(documents)
    mark = citations.cite(hit, None)
    action = next((a for a in hit.chunk.actions if is_action(a)), hit.chunk.actions[0] if hit.chunk.actions else "")
    period = hit.chunk.period.replace("-", "–")
    parts = load_action_parts()
    first: Hit | None = None  # the passage ranked first when it is not the hit's (the earlier action asked for)
    named_part = parts.part_named(query.text, action)
    earlier = parts.predecessor(action, named_part) if named_part is not None else None
    if earlier and action not in succeeded_actions(documents):
        # 'what did the sectoral-cooperation alliances replace?': the part carries on one earlier action, not all
        name = parts.names(action, lang)[named_part]
        said = message(
            "part_continues", lang, part=name, period=period, earlier=_in_sentence(action_name(earlier, lang), lang)
        )
        marks = f"[{mark}]"
        before = next((h for h in hits if earlier in h.chunk.actions), None)
        if before is not None:  # the earlier action cited to its own text, and ranked first: it is what was asked
            marks += f"[{citations.cite(before, None)}]"
            first = before
        lines = [f"{said[:1].upper()}{said[1:]} {marks}"]
    elif action in succeeded_actions(documents):
        said = message("succeeded", lang, action=action_name(action, lang))
        if part := parts.continuing_part(action, lang):  # the part that carries it on, also as its own text names it
            later = documents[hit.chunk.doc_id].succeeded_by if hit.chunk.doc_id in documents else ""
            text_lang = next((d.language for d in documents.values() if later and later in d.actions), lang)
            named = parts.continuing_part(action, text_lang)
            if named and text_lang != lang:
                part += f" ({named})"
            said += " " + message("continued_by", lang, part=part)
        marks = f"[{mark}]"
        successor = _successor_hit(hit, hits, documents)
        if successor is not None:  # the successor named is cited to its own text, which names it
            marks += f"[{citations.cite(successor, None)}]"
        lines = [f"{said} {marks}"]
    else:
        lines = [message("period_of", lang, action=action_name(action, lang), period=period) + f" [{mark}]"]
        if hit.chunk.period == "2021-2027":
            lines.append(message("successor", lang))
    cited = {c.chunk_id for c in citations.items}
    ranked = [h for h in hits if h.chunk.chunk_id in cited] + [h for h in hits if h.chunk.chunk_id not in cited]
    if first is not None:
        ranked = [first] + [h for h in ranked if h is not first]
    return Answer(query.text, lang, "\n".join(lines), False, citations.items, "fact", ranked)


def _in_sentence(name: str, lang: str) -> str:
    """An action's name inside a sentence: English keeps its capitals, the other languages write it small."""
    return name if lang == "en" else name[:1].lower() + name[1:]


def _successor_hit(hit: Hit, hits: list[Hit], documents: dict[str, DocumentInfo]) -> Hit | None:
    """The best retrieved passage of the action that took over from the hit's document's action, if any."""
    info = documents.get(hit.chunk.doc_id)
    later = info.succeeded_by if info else ""
    return next((h for h in hits if later and later in h.chunk.actions), None)


def succeeded_actions(documents: dict[str, DocumentInfo]) -> set[str]:
    """The actions a later programme period replaced, as the manifest says (`succeeded_by`)."""
    return {action for doc in documents.values() if doc.succeeded_by for action in doc.actions}


def period_note(actions: list[str], cited: list[Citation], lang: str, documents: dict[str, DocumentInfo]) -> str | None:
    periods = {c.period for c in cited}
    if "2014-2020" not in periods:
        return None
    note = message("note", lang)
    succeeded = succeeded_actions(documents)
    for action in actions:
        if action in succeeded:
            return note + message("succeeded_note", lang, action=action_name(action, lang))
    return note + message("period", lang, period="2014–2020")
