"""Evaluation: question and consortium runners, saved runs and their comparison, the committed baseline,
question forms, the report, the benchmark, feedback turned into items."""
