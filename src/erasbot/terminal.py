"""Text made safe for a terminal: no control characters (escape sequences) and no undecodable bytes.

User text (partner names, questions, document passages, error messages quoting them) is printed
through these, so a name containing ESC[2J cannot clear or restyle the user's terminal.
"""

from __future__ import annotations

import json
import re

from erasbot.errors import ErasbotError

# C0 controls except tab and newline, DEL, C1 controls (0x80-0x9f: 0x9b is a one-byte CSI)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SURROGATE = re.compile(r"[\ud800-\udfff]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def printable(text: str) -> str:
    """The text without control characters, undecodable bytes shown as U+FFFD."""
    return SURROGATE.sub("\ufffd", CONTROL.sub("", text))


def json_text(data: object) -> str:
    """JSON for a terminal or a pipe: non-ASCII text kept readable, every control character escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def argument(text: str, what: str) -> str:
    """A command-line argument as text; ErasbotError when it holds bytes that are not UTF-8."""
    if bad := SURROGATE.search(text):
        byte = ord(bad.group(0)) - 0xDC00
        hint = f"byte 0x{byte:02x}" if 0 <= byte <= 0xFF else "an unpaired surrogate"
        raise ErasbotError(
            f"the {what} is not valid UTF-8 text ({hint} at character {bad.start() + 1}); "
            "retype it, or save it as a UTF-8 file"
        )
    return text
