"""Numbered documents cited: "Nghị quyết số 10/2023/NQ-HĐND", "07-NQ/TU", "253/KH-UBND"."""
from __future__ import annotations

import regex

from schema import Resolution

from .vocab import alternation, load

KIND = "resolutions"
ID_PREFIX = "res"

_V = load("documents")
_KIND_WORDS = alternation(_V["kinds"])
_NUMBER = regex.compile(
    r"(?<![\p{L}\p{N}/-])(?P<num>\d{1,5}(?:\s*/\s*\d{4})?\s*[/-]\s*(?:\d{4}/)?\p{Lu}[\p{Lu}Đđ]*(?:\s*[-/]\s*\p{Lu}[\p{L}\d]*)*)"
)
_KIND_BEFORE = regex.compile(rf"(?P<kind>{_KIND_WORDS})\s*(?:số|số hiệu)?\s*:?\s*$", regex.I)


def identity(fact: Resolution) -> str:
    return fact.number


def normalize_number(text: str) -> str:
    return regex.sub(r"\s+", "", text)


def extract(ctx) -> list[Resolution]:
    by_number: dict[str, Resolution] = {}
    norm = ctx.norm
    for m in _NUMBER.finditer(norm, ctx.article.start, ctx.article.end):
        a, b = m.span("num")
        if not ctx.allows(a, b):
            continue
        number = normalize_number(m.group("num"))
        before = _KIND_BEFORE.search(norm[max(0, a - 40):a])
        kind = _V["kinds"][before.group("kind").lower()] if before else None
        fact = by_number.get(number)
        if fact is None:
            fact = by_number[number] = Resolution(
                number=number, number_text=ctx.text.words(a, b), kind=kind,
                kind_from="text" if kind else None, evidence=ctx.evidence(a, b))
        fact.mentions.append(ctx.evidence(a, b))
    return list(by_number.values())
