"""The chat page: questions and pasted partner lists in, answers with sources or verdicts out.

The page's chrome is there before the models are: a message sent while they load waits, shown, and
is answered as soon as the guidance texts are ready.
"""

from __future__ import annotations

import streamlit as st

from erasbot.limits import MAX_MESSAGE_CHARS
from erasbot.ui import format as fmt
from erasbot.ui import loading, own_documents, views
from erasbot.ui.i18n import interface_language, t
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


def render() -> None:
    history = st.session_state.setdefault("history", [])
    head, reset = st.columns([5, 1], vertical_alignment="bottom")
    head.title(t("chat_title"))
    reset_slot = reset.empty()  # filled at the end, once this run's message is in the history
    prompt = st.chat_input(t("chat_placeholder"), key="prompt", max_chars=MAX_MESSAGE_CHARS)
    if prompt:
        st.session_state["pending"] = prompt
    pending = st.session_state.get("pending")
    rt = loading.ready_runtime()  # None while loading, after saying what is loading
    own_documents.render(rt)
    if not history and not pending:
        _welcome()
    titles = {d.id: d.title for d in rt.engine.documents.values()} if rt else {}
    for i, exchange in enumerate(history):
        _message(exchange.message)
        with st.chat_message("assistant"), st.container(key=f"reply-{i}"):
            views.reply(exchange.reply, titles, key=str(i))
            if rt is not None:
                _feedback(rt, i, exchange)
    if pending:
        if rt is None:
            _message(pending)  # shown at once; answered when the guidance texts are ready
        else:
            st.session_state.pop("pending", None)
            _turn(rt, pending, history, titles)
    if history:
        reset_slot.button(t("new_chat"), icon=":material/add_comment:", width="stretch", on_click=_new_chat)


def _new_chat() -> None:
    st.session_state.history, st.session_state.votes = [], {}


def _choose(text: str) -> None:
    st.session_state["pending"] = text


def _welcome() -> None:
    """What the assistant can do, with example questions to click."""
    with st.chat_message("assistant"):
        st.markdown(t("chat_welcome"))
        for i, example in enumerate(EXAMPLES):
            st.button(example, key=f"example-{i}", icon=":material/chat:", on_click=_choose, args=(example,))
        st.button(
            t("example_list"),
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


def reply_language(message: str, history: list) -> str | None:
    """The sidebar's answer language; else, for a short or unclear question, the conversation's or interface's."""
    from erasbot.rules import looks_like_partner_list
    from erasbot.ui.message_language import answer_language, detector_confidences

    chosen = language_choice()
    if chosen or looks_like_partner_list(message):
        return chosen  # a list's language comes from the words around it (the assistant reads them)
    conversation = history[-1].reply.language if history else None
    return answer_language(message, detector_confidences(message), conversation, interface_language())


def _turn(rt: Runtime, prompt: str, history: list, titles: dict[str, str]) -> None:
    from erasbot.chat.turns import Exchange, Reply

    _message(prompt)
    language = reply_language(prompt, history)
    with st.chat_message("assistant"):
        result: dict[str, Reply] = {}

        def tokens():
            for event in rt.assistant.stream(prompt, history, language, attached=own_documents.attached()):
                if isinstance(event, Reply):
                    result["reply"] = event
                else:
                    yield fmt.escape_stream(event)

        if rt.assistant.agent is None:
            with st.spinner(t("searching")):
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


def _feedback(rt: Runtime, i: int, exchange) -> None:
    """Thumbs and an optional reason, stored with the question, retrieved ids, answer and settings."""
    if exchange.reply.kind != "answer":
        return
    votes: dict[int, int] = st.session_state.setdefault("votes", {})
    st.feedback("thumbs", key=f"thumbs-{i}", on_change=_vote, args=(rt, i, exchange))
    if i in votes:
        st.text_input(
            t("feedback_reason"),
            key=f"reason-{i}",
            placeholder=t("feedback_reason_placeholder"),
            on_change=_reason,
            args=(rt, i),
        )
        saved = st.session_state.get(f"saved-{i}")
        if saved:
            st.caption(f":green[:material/check:] {t(saved)}")


def _vote(rt: Runtime, i: int, exchange) -> None:
    from erasbot.errors import ErasbotError
    from erasbot.evaluation.feedback import Feedback
    from erasbot.guidance.session_documents import is_own
    from erasbot.phrases import say

    votes: dict[int, int] = st.session_state.setdefault("votes", {})
    thumb = st.session_state.get(f"thumbs-{i}")
    if thumb is None:
        return
    rating = 1 if thumb == 1 else -1
    try:
        if i in votes:
            rt.feedback.update(votes[i], rating=rating, reason="")  # a changed vote starts without the old reason
            st.session_state[f"reason-{i}"] = ""
        else:
            r = exchange.reply
            # the feedback is read by the admin: what the user's own documents say stays in their session
            private = any(is_own(c.doc_id) for c in r.citations)
            votes[i] = rt.feedback.add(
                Feedback(
                    rating=rating,
                    question=exchange.message,
                    resolved=r.resolved,
                    language=r.language,
                    answer=say(r.language, "answer.own_withheld") if private else r.text,
                    abstained=r.abstained,
                    retrieved=[c for c in r.retrieved if not is_own(c.split("#", 1)[0])],
                    cited_docs=[c.doc_id for c in r.citations if not is_own(c.doc_id)],
                    settings={
                        "backend": r.backend,
                        "embedding": rt.engine.status().embedding_model,
                        "language_choice": language_choice() or "auto",
                        "interface_language": interface_language(),
                        "own_documents": len(own_documents.attached() or ()),
                    },
                )
            )
    except ErasbotError as exc:
        st.toast(fmt.escape(str(exc)), icon=":material/error:")
        return
    st.session_state[f"saved-{i}"] = "feedback_saved_up" if rating > 0 else "feedback_saved_down"
    st.toast(t("feedback_saved"), icon=":material/check:")


def _reason(rt: Runtime, i: int) -> None:
    from erasbot.errors import ErasbotError

    votes: dict[int, int] = st.session_state.get("votes", {})
    if i not in votes:
        return
    try:
        rt.feedback.update(votes[i], reason=st.session_state.get(f"reason-{i}", ""))
    except ErasbotError as exc:
        st.toast(fmt.escape(str(exc)), icon=":material/error:")
        return
    st.session_state[f"saved-{i}"] = "feedback_reason_saved"
    st.toast(t("feedback_saved"), icon=":material/check:")
