"""Numbers written as words in the four languages ('två', 'kolme', 'zes'), one to twenty. Pure."""

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
        11: "eleven elva yksitoista elf",
        12: "twelve tolv kaksitoista twaalf",
        13: "thirteen tretton kolmetoista dertien",
        14: "fourteen fjorton neljätoista veertien",
        15: "fifteen femton viisitoista vijftien",
        16: "sixteen sexton kuusitoista zestien",
        17: "seventeen sjutton seitsemäntoista zeventien",
        18: "eighteen arton kahdeksantoista achttien",
        19: "nineteen nitton yhdeksäntoista negentien",
        20: "twenty tjugo kaksikymmentä twintig",
    }.items()
    for w in words.split()
}
