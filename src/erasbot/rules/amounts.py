"""Amounts in euro and durations in months as people write them, or a refusal naming the text.

Policy (never a guess, never a traceback):

- Digit groups: a space (also a no-break or thin space), a dot or a comma followed by exactly
  three digits groups thousands: ``700 000``, ``700.000``, ``700,000``. The first group has one
  to three digits, every later group exactly three.
- Decimals: with both '.' and ',' the one written last is the decimal mark (``700.000,00``,
  ``700,000.00``); with one mark written once and one or two digits after it, it is a decimal
  mark (``700000,00``, ``0,7``); after a scale word any single mark is a decimal mark
  (``1,5 miljoonaa``, ``EUR 0,7 milj.``, ``1.5 million``).
- An amount is a number with a currency (``EUR``, ``€``, ``euro``, ``euroa``) before or after
  it, or a number followed by the word million in a language (``1 miljoen``).
- Scale words: million (``M``, ``mn``, ``mio``, ``milj.``, ``miljon(er)``, ``miljoen``,
  ``miljoona(a)``) and thousand (``k``, ``thousand``, ``tusen``, ``tuhatta``, ``duizend``).
- Refused as ambiguous: marks that group inconsistently (``1.5.3``, ``1,234.5678``), four or
  more digits after a lone mark, two different amounts (or durations) in one text, a duration
  that is not a whole number of months, a range ("24-36 months").
- Refused as absurd: a grant above EUR 100 million, a duration above 120 months, more than
  15 digits.
- Durations: months (``24 months``, ``24 kk``, ``24 mån``, ``24 maanden``, ``24-month``) or years
  (``2 år``, ``drie jaar``, ``kaksi vuotta``, ``1,5 years`` = 18 months), numbers in digits or
  as words from one to six in the four languages.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from erasbot.errors import ErasbotError
from erasbot.rules.layout import shown
from erasbot.rules.text import money, say

MAX_GRANT = 100_000_000
MAX_MONTHS = 120
MAX_DIGITS = 15

SPACE = "[ \u00a0\u202f\u2009]"
NUMBER = rf"\d{{1,3}}(?:{SPACE}\d{{3}})+(?:[.,]\d{{1,2}})?(?!\d)|\d[\d.,'’]*\d|\d"
MILLION = r"millions?|miljoner|miljon|miljoenen|miljoen|miljoonaa|miljoona|milj\.?|mio\.?|mn|m"
THOUSAND = r"thousand|tusen|tuhatta|duizend|k"
SCALE = rf"(?:{MILLION}|{THOUSAND})(?![\w])"
CURRENCY_BEFORE = r"(?:eur|€|euro)"
CURRENCY_AFTER = r"(?:euros?|euroa|eur|€)"
MILLION_WORD = r"millions?|miljoner|miljon|miljoenen|miljoen|miljoonaa|miljoona"
GRANT = re.compile(
    rf"(?<![\w]){CURRENCY_BEFORE}\s*(?P<a>{NUMBER})\s*(?P<sa>{SCALE})?"
    rf"|(?<![\w.,])(?P<b>{NUMBER})\s*(?P<sb>{SCALE})?\s*{CURRENCY_AFTER}(?!\w)"
    rf"|(?<![\w.,])(?P<c>{NUMBER})\s*(?P<sc>{MILLION_WORD})(?!\w)",
    re.IGNORECASE,
)
WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "yksi": 1, "yhden": 1, "kaksi": 2, "kahden": 2, "kolme": 3, "kolmen": 3, "neljä": 4, "viisi": 5, "kuusi": 6,
}  # fmt: skip
COUNT = rf"(?<![\w.,])(?:\d+(?:[.,]\d+)?|{'|'.join(sorted(WORDS, key=len, reverse=True))})"
RANGE = r"(?:\s*(?:-|–|to|till|tot|à)\s*\d+(?:[.,]\d+)?)?"
MONTH_UNIT = r"months?|mths?|mo|månader|månad|mån|manader|manad|maanden|maand|mnd|kuukautta|kuukauden|kuukausi|kk"
# 'ar': 'år' typed without the ring; 'jr': 'jaar' shortened; 'v.': 'vuotta' shortened ('3 v.')
YEAR_UNIT = r"years?|yrs?|år|ar|jaar|jr|vuotta|vuoden|vuosi|v(?=\.)"
MONTHS = re.compile(rf"(?P<n>{COUNT})(?P<r>{RANGE})\s*-?\s*(?:{MONTH_UNIT})(?!\w)", re.IGNORECASE)
YEARS = re.compile(rf"(?P<n>{COUNT})(?P<r>{RANGE})\s*-?\s*(?:{YEAR_UNIT})(?!\w)", re.IGNORECASE)


EXPONENT = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:\^|\*\*|[eE][+-]?(?=\d)|[x×·]\s*10\s*\^?)\s*[+-]?\d+")
CURRENCY_NEAR = re.compile(r"eur|€", re.IGNORECASE)
UNIT_NEAR = re.compile(rf"(?<!\w)(?:{MONTH_UNIT}|{YEAR_UNIT})(?!\w)", re.IGNORECASE)


def _refuse(key: str, text: str, lang: str, **values: object) -> ErasbotError:
    return ErasbotError(say(lang, key, text=shown(text, 60), **values))


def number(text: str, *, scaled: bool = False, lang: str = "en") -> Decimal:
    """The value of a number written with digit groups and decimals as the module docstring says."""
    raw = re.sub(rf"{SPACE}", " ", text.strip()).replace("'", "").replace("’", "")
    if " " in raw:
        spaced = re.fullmatch(r"([\d ]+?)(?:[.,](\d{1,2}))?", raw)
        if not spaced or not _grouped(spaced[1].split(" ")):
            raise _refuse("amount_ambiguous", text, lang)
        return _decimal(spaced[1].replace(" ", "") + ("." + spaced[2] if spaced[2] else ""), text, lang)
    marks = [c for c in raw if c in ".,"]
    if not marks:
        return _decimal(raw, text, lang)
    if len(set(marks)) == 2:
        point = raw[max(raw.rfind("."), raw.rfind(","))]
        grouping = "," if point == "." else "."
        whole, _, decimals = raw.rpartition(point)
        if raw.count(point) != 1 or grouping in decimals or not _grouped(whole.split(grouping)):
            raise _refuse("amount_ambiguous", text, lang)
        return _decimal(whole.replace(grouping, "") + "." + decimals, text, lang)
    mark = marks[0]
    parts = raw.split(mark)
    if len(parts) > 2:
        if not _grouped(parts):
            raise _refuse("amount_ambiguous", text, lang)
        return _decimal("".join(parts), text, lang)
    whole, decimals = parts
    if scaled or len(decimals) in (1, 2):
        return _decimal(f"{whole}.{decimals}", text, lang)
    if len(decimals) == 3 and 1 <= len(whole) <= 3:
        return _decimal(whole + decimals, text, lang)
    raise _refuse("amount_ambiguous", text, lang)


def _grouped(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and all(g.isdigit() for g in groups)


def _decimal(digits: str, text: str, lang: str) -> Decimal:
    if len(digits.replace(".", "")) > MAX_DIGITS:
        raise _refuse("amount_absurd", text, lang, limit=money(MAX_GRANT, lang))
    try:
        return Decimal(digits)
    except InvalidOperation:
        raise _refuse("amount_ambiguous", text, lang) from None


def _exponents(prose: str, unit: re.Pattern[str], key: str, lang: str) -> None:
    """Refuse a figure in exponent notation next to a currency or unit ("EUR 10^26", "1e9 euro")."""
    for match in EXPONENT.finditer(prose):
        near = prose[max(0, match.start() - 8) : match.end() + 12]
        if unit.search(near):
            raise _refuse(key, match[0], lang, limit=MAX_MONTHS if key == "duration_absurd" else money(MAX_GRANT, lang))


def grant(prose: str, lang: str = "en") -> int | None:
    """The grant in euro stated in a text ("EUR 700.000,00", "€1M", "1,5 miljoonaa euroa"), or None."""
    _exponents(prose, CURRENCY_NEAR, "amount_absurd", lang)
    values: dict[int, str] = {}
    for match in GRANT.finditer(prose):
        digits, scale = next((match[g], match["s" + g]) for g in "abc" if match[g])
        factor = 1
        if scale:
            factor = 1000 if re.fullmatch(THOUSAND, scale, re.IGNORECASE) else 1_000_000
        amount = number(digits, scaled=bool(scale), lang=lang) * factor
        if amount > MAX_GRANT:
            raise _refuse("amount_absurd", match[0], lang, limit=money(MAX_GRANT, lang))
        values.setdefault(int(amount.to_integral_value()), match[0])
    if len(values) > 1:
        raise _refuse("amount_ambiguous", " / ".join(values.values()), lang)
    return next(iter(values), None)


def duration(prose: str, lang: str = "en") -> int | None:
    """The duration in months stated in a text ("24 months", "24 kk", "2 år", "drie jaar"), or None."""
    _exponents(prose, UNIT_NEAR, "duration_absurd", lang)
    values: dict[int, str] = {}
    for pattern, factor in ((MONTHS, 1), (YEARS, 12)):
        for match in pattern.finditer(prose):
            if match["r"]:
                raise _refuse("duration_ambiguous", match[0], lang)
            count = match["n"].lower()
            value = Decimal(WORDS[count]) if count in WORDS else _count(count, match[0], lang)
            months = value * factor
            if months != months.to_integral_value():
                raise _refuse("duration_ambiguous", match[0], lang)
            if months > MAX_MONTHS:
                raise _refuse("duration_absurd", match[0], lang, limit=MAX_MONTHS)
            values.setdefault(int(months), match[0])
    if len(values) > 1:
        raise _refuse("duration_ambiguous", " / ".join(values.values()), lang)
    return next(iter(values), None)


def _count(digits: str, text: str, lang: str) -> Decimal:
    if len(digits) > 6:
        raise _refuse("duration_absurd", text, lang, limit=MAX_MONTHS)
    return Decimal(digits.replace(",", "."))
