"""The one exception type whose message is meant for users."""


class ErasbotError(Exception):
    """Something the user can fix: the message says what was wrong, where, and what to do."""
