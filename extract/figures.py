"""Headline figures: "3.787 công chức", "103,76% so với kế hoạch", "726,8 tỷ đồng"."""
from __future__ import annotations

import regex

from schema import Figure

from .vocab import load

KIND = "figures"
ID_PREFIX = "fig"

_V = load("units")
_NUMBER = regex.compile(
    r"(?<![\p{L}\p{N}/.,:-])(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{N}/:]|[.,]\d)"
    r"\s*(?P<unit>%|\p{Ll}+(?:\s+\p{Ll}+)?)?"
)


def identity(fact: Figure) -> str:
    return f"{fact.surface}|{fact.unit}|{fact.evidence.quote if fact.evidence else ''}"


def parse_number(text: str) -> float | int:
    """Vietnamese reading: "3.787" is 3787, "1,34" is 1.34."""
    value = float(text.replace(".", "").replace(",", "."))
    return int(value) if value.is_integer() and "," not in text else value


def extract(ctx) -> list[Figure]:
    taken = [(d.start, d.end) for d in ctx.dates]
    for facts in ctx.found.values():
        for fact in facts:
            taken += [(e.start, e.end) for e in getattr(fact, "mentions", [])]
    found = []
    for m in _NUMBER.finditer(ctx.norm, ctx.article.start, ctx.article.end):
        a, b = m.span("num")
        if not ctx.allows(a, b) or any(a < y and x < b for x, y in taken):
            continue
        unit = m.group("unit")
        if unit != "%":
            unit = next((u for u in _V["units"] if unit and unit.lower().startswith(u)), None)
        if not unit:
            continue
        end = b + (1 if unit == "%" else m.end("unit") - b)
        found.append(Figure(value=parse_number(m.group("num")), surface=m.group("num"), unit=unit,
                            evidence=ctx.evidence(a, m.end())))
    return found
