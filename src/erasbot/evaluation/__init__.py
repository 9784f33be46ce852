"""Evaluation: question, consortium and conversation runners, the report, the benchmark, feedback."""
