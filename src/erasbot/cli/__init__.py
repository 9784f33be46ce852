"""The `erasbot` command: argument parsing and printing over the library."""

from erasbot.cli.app import main

__all__ = ["main"]
