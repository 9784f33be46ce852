"""The evaluation page, as a file so that st.navigation and AppTest.switch_page both address it by path."""

from erasbot.ui import evaluation

evaluation.render()
