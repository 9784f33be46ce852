"""erasbot's Streamlit app: chat, consortium check and evaluation pages over the erasbot library.

Run with `streamlit run app.py`. The pages live in erasbot.ui; this file only wires them together.
"""

import streamlit as st

from erasbot.ui import chat, consortium, evaluation, sidebar
from erasbot.ui.runtime import ensure_ready, runtime

st.set_page_config(page_title="erasbot", page_icon=":material/school:", layout="wide")

rt = runtime()
ensure_ready(rt)
page = st.navigation(
    [
        st.Page(lambda: chat.render(rt), title="Chat", icon=":material/forum:", url_path="chat", default=True),
        st.Page(
            lambda: consortium.render(rt), title="Consortium check", icon=":material/groups:", url_path="consortium"
        ),
        st.Page(lambda: evaluation.render(rt), title="Evaluation", icon=":material/monitoring:", url_path="evaluation"),
    ]
)
sidebar.render(rt)
page.run()
