"""The chat page: questions and pasted partner lists in, answers with sources or verdicts out."""

from __future__ import annotations

import streamlit as st

from erasbot.chat.turns import Exchange, Reply
from erasbot.evaluation.feedback import Feedback
from erasbot.ui import format as fmt
from erasbot.ui import views
from erasbot.ui.runtime import Runtime, language_choice

EXAMPLES = [
    "Hur många organisationer måste ingå i en kunskapsallians?",
    "Kuinka pitkä aikuiskoulutuksen strateginen kumppanuus voi olla?",
    "Wat is het doel van een Partnerschap voor innovatie?",
    "What is the maximum grant for a two-year Knowledge Alliance?",
]
EXAMPLE_LIST = """Check this consortium for a Knowledge Alliance, 36 months:
Lund University, Sweden, university, coordinator
Aalto University, Finland, university
Siemens AG, Germany, company
Nokia Oyj, FI, company
TU Delft, NL, university, associated partner"""


def render(rt: Runtime) -> None:
    history: list[Exchange] = st.session_state.setdefault("history", [])
    head, reset = st.columns([5, 1], vertical_alignment="bottom")
    head.title("Ask about Erasmus+ cooperation")
    reset_slot = reset.empty()  # filled at the end, once this run's message is in the history
    titles = {d.id: d.title for d in rt.engine.documents.values()}
    prompt = st.chat_input("Ask a question, or paste a partner list to check it", key="prompt")
    prompt = prompt or st.session_state.pop("pending", None)
    if not history and not prompt:
        _welcome()
    for i, exchange in enumerate(history):
        _message(exchange.message)
        with st.chat_message("assistant"), st.container(key=f"reply-{i}"):
            views.reply(exchange.reply, titles, key=str(i))
            _feedback(rt, i, exchange)
    if prompt:
        _turn(rt, prompt, history, titles)
    if history:
        reset_slot.button("New chat", icon=":material/add_comment:", width="stretch", on_click=_new_chat)


def _new_chat() -> None:
    st.session_state.history, st.session_state.votes = [], {}


def _choose(text: str) -> None:
    st.session_state["pending"] = text


def _welcome() -> None:
    """What the assistant can do, with example questions to click."""
    with st.chat_message("assistant"):
        st.markdown(
            "Ask me about **Knowledge Alliances**, **Sector Skills Alliances**, **Strategic Partnerships in adult "
            "education** or **Partnerships for Innovation**, in Swedish, Finnish, Dutch or English. I answer from "
            "the official guidance texts and show the sentences I rely on.\n\n"
            "Paste a **partner list** (CSV, Excel rows or one organisation a line) and I check the consortium "
            "against the rules, line by line."
        )
        for i, example in enumerate(EXAMPLES):
            st.button(example, key=f"example-{i}", icon=":material/chat:", on_click=_choose, args=(example,))
        st.button(
            "Check an example partner list",
            key="example-list",
            icon=":material/groups:",
            on_click=_choose,
            args=(EXAMPLE_LIST,),
        )


def _message(text: str) -> None:
    """A user's message as typed: lists keep their lines, nothing is read as Markdown or HTML."""
    with st.chat_message("user"):
        if "\n" in text.strip():
            st.code(text, language=None, wrap_lines=True)
        else:
            st.markdown(fmt.escape(text))


def _turn(rt: Runtime, prompt: str, history: list[Exchange], titles: dict[str, str]) -> None:
    _message(prompt)
    with st.chat_message("assistant"):
        result: dict[str, Reply] = {}

        def tokens():
            for event in rt.assistant.stream(prompt, history, language_choice()):
                if isinstance(event, Reply):
                    result["reply"] = event
                else:
                    yield fmt.escape_stream(event)

        if rt.assistant.agent is None:
            with st.spinner("Searching the guidance…"):
                for _ in tokens():
                    pass
        else:
            draft = st.empty()
            with draft.container():
                st.write_stream(tokens())
            draft.empty()
        history.append(Exchange(prompt, result["reply"]))
        with st.container(key=f"reply-{len(history) - 1}"):
            views.reply(result["reply"], titles, key=str(len(history) - 1))
            _feedback(rt, len(history) - 1, history[-1])


def _feedback(rt: Runtime, i: int, exchange: Exchange) -> None:
    """Thumbs and an optional reason, stored with the question, retrieved ids, answer and settings."""
    if exchange.reply.kind != "answer":
        return
    votes: dict[int, int] = st.session_state.setdefault("votes", {})
    st.feedback("thumbs", key=f"thumbs-{i}", on_change=_vote, args=(rt, i, exchange))
    if i in votes:
        st.text_input(
            "What was good or wrong? (optional)",
            key=f"reason-{i}",
            placeholder="e.g. the answer should cite the Finnish agency's text",
            on_change=_reason,
            args=(rt, i),
        )


def _vote(rt: Runtime, i: int, exchange: Exchange) -> None:
    votes: dict[int, int] = st.session_state.setdefault("votes", {})
    thumb = st.session_state.get(f"thumbs-{i}")
    if thumb is None:
        return
    rating = 1 if thumb == 1 else -1
    if i in votes:
        rt.feedback.update(votes[i], rating=rating)
        return
    r = exchange.reply
    votes[i] = rt.feedback.add(
        Feedback(
            rating=rating,
            question=exchange.message,
            resolved=r.resolved,
            language=r.language,
            answer=r.text,
            abstained=r.abstained,
            retrieved=r.retrieved,
            cited_docs=[c.doc_id for c in r.citations],
            settings={
                "backend": r.backend,
                "embedding": rt.engine.status().embedding_model,
                "language_choice": language_choice() or "auto",
            },
        )
    )


def _reason(rt: Runtime, i: int) -> None:
    votes: dict[int, int] = st.session_state.get("votes", {})
    if i in votes:
        rt.feedback.update(votes[i], reason=st.session_state.get(f"reason-{i}", ""))
