"""erasbot's Streamlit app: chat, consortium check and evaluation pages over the erasbot library.

Run with `streamlit run app.py`. The pages are files in erasbot/ui/pages; this file only wires them together.
"""

from pathlib import Path

import streamlit as st

from erasbot.ui import pages, sidebar
from erasbot.ui.runtime import ensure_ready, runtime

PAGES = Path(pages.__file__).parent

st.set_page_config(page_title="erasbot", page_icon=":material/school:", layout="wide")

rt = runtime()
ensure_ready(rt)
page = st.navigation(
    [
        st.Page(PAGES / "chat.py", title="Chat", icon=":material/forum:", url_path="chat", default=True),
        st.Page(PAGES / "consortium.py", title="Consortium check", icon=":material/groups:", url_path="consortium"),
        st.Page(PAGES / "evaluation.py", title="Evaluation", icon=":material/monitoring:", url_path="evaluation"),
    ]
)
sidebar.render(rt)
page.run()
