"""erasbot's Streamlit app: chat, consortium check and evaluation pages over the erasbot library.

Run with `streamlit run app.py`. The pages are files in erasbot/ui/pages; this file only wires them
together. It imports nothing heavy: the shell draws at once while the models load in the background.
"""

from pathlib import Path

import streamlit as st

st.set_page_config(page_title="erasbot", page_icon="🎓", layout="wide")  # an emoji icon: nothing fetched

from erasbot.ui import pages, sidebar, views
from erasbot.ui.i18n import t
from erasbot.ui.runtime import loader

PAGES = Path(pages.__file__).parent

ld = loader()
navigation = [
    st.Page(PAGES / "chat.py", title=t("nav_chat"), icon=":material/forum:", url_path="chat", default=True),
    st.Page(PAGES / "consortium.py", title=t("nav_check"), icon=":material/groups:", url_path="consortium"),
    st.Page(PAGES / "evaluation.py", title=t("nav_eval"), icon=":material/monitoring:", url_path="evaluation"),
]
if ld.settings.admin_password:
    navigation.append(
        st.Page(PAGES / "admin.py", title=t("nav_admin"), icon=":material/admin_panel_settings:", url_path="admin")
    )
page = st.navigation(navigation)
sidebar.render(ld)
views.style()
page.run()
ld.start()  # the models and the index load once per process, after this page is drawn
