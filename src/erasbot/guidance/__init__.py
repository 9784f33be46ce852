"""The guidance pipeline: documents -> chunks -> index -> retrieval -> grounded answers.

It never imports the rules pipeline (erasbot.rules), and the rules never import it.
"""
