"""Numbers written as words in the four languages ('två', 'kolme', 'zes'), one to ten. Pure."""

from __future__ import annotations

NUMBERS = {
    w: n
    for n, words in {
        1: "one ett en yksi een één",
        2: "two två kaksi twee",
        3: "three tre kolme drie",
        4: "four fyra neljä vier",
        5: "five fem viisi vijf",
        6: "six sex kuusi zes",
        7: "seven sju seitsemän zeven",
        8: "eight åtta kahdeksan acht",
        9: "nine nio yhdeksän negen",
        10: "ten tio kymmenen tien",
    }.items()
    for w in words.split()
}
