"""Meetings and events on a stated day: "Chiều 30/1, Sở Y tế tổ chức Hội nghị tổng kết …"."""
from __future__ import annotations

import regex

from schema import Meeting

from .dates import resolve_year
from .vocab import alternation, load

KIND = "meetings"
ID_PREFIX = "mtg"

_V = load("events")
_EVENT = regex.compile(alternation(_V["kinds"]), regex.I)
_SENTENCE_END = regex.compile(r"[.!?\n](?=\s|$)")


def identity(fact: Meeting) -> str:
    return f"{fact.date}|{fact.kind}|{fact.name}"


def extract(ctx) -> list[Meeting]:
    found = []
    norm = ctx.norm
    reference = ctx.article.reference_date
    for d in ctx.dates:
        end = _SENTENCE_END.search(norm, d.end, ctx.article.end)
        stop = end.start() if end else ctx.article.end
        event = _EVENT.search(norm, d.end, stop)
        if not event:
            continue
        year, inferred = d.year, False
        if year is None and reference is not None:
            year, inferred = resolve_year(d.day, d.month, reference), True
        name_end = regex.search(r"[,;.(\n]| và chỉ đạo| tại ", norm[event.start():stop])
        name = ctx.text.words(event.start(), event.start() + name_end.start() if name_end else stop)
        found.append(Meeting(
            date=f"{year:04d}-{d.month:02d}-{d.day:02d}" if year else d.iso,
            date_text=ctx.text.words(d.start, d.end), year_inferred=inferred,
            part_of_day=d.part_of_day, kind=event.group(0).lower(), name=name,
            evidence=ctx.evidence(d.start, event.end())))
    return found
