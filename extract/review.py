"""Merging fresh proposals into a reviewed facts file without losing a decision.

- ``new`` records are the machine's: replaced by this run's proposals.
- ``confirmed`` records are a person's: kept exactly as they are.
- ``rejected`` records stay as a record of the decision, and a proposal with
  the same id, or read at the same place, is never made again.
- A hand-added record without an id gets one and is kept.
- The document section is rewritten from the seed, except, once a person has
  set it ``confirmed``, its title, publication date, site and author.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from schema import DOCUMENT_READING, KINDS, Document, Fact, FactsFile

from .ids import fact_id
from .pipeline import EXTRACTORS

PREFIXES = {module.KIND: module.ID_PREFIX for module in EXTRACTORS}
DECIDED = ("confirmed", "rejected")


def content(fact: Fact) -> dict:
    """What a fact says, without its review state: for comparing two readings."""
    return fact.model_dump(mode="json", exclude={"id", "status", "note"}, exclude_none=True)


def _place(fact: Fact):
    """Where a fact was read, quote included: a decision holds for the same words at the same place."""
    e = fact.evidence
    return (e.start, e.end, e.quote) if e else None


def _order(fact: Fact):
    return (fact.evidence.start if fact.evidence else float("inf"), fact.id or "")


def give_ids(kind: str, facts: list[Fact]) -> None:
    """Hand-added records get an id from what they say; existing ids are kept."""
    taken = {f.id for f in facts if f.id}
    for fact in facts:
        if not fact.id:
            identity = "manual|" + json.dumps(content(fact), ensure_ascii=False, sort_keys=True)
            candidate, n = fact_id(PREFIXES[kind], identity), 1
            while candidate in taken:
                n += 1
                candidate = fact_id(PREFIXES[kind], f"{identity}#{n}")
            fact.id = candidate
            taken.add(candidate)


@dataclass
class Merge:
    facts: FactsFile
    added: list[tuple[str, Fact]] = field(default_factory=list)  # proposals not in the file
    dropped: list[tuple[str, Fact]] = field(default_factory=list)  # proposals the rules no longer make
    changed: list[tuple[str, Fact, Fact]] = field(default_factory=list)  # same id, new reading
    reread: list[tuple[str, Fact, Fact]] = field(default_factory=list)  # confirmed, rules now differ


def merge(existing: FactsFile | None, proposed: FactsFile) -> Merge:
    """The file ``run`` writes, and what moved compared with ``existing``.

    The result shares records with ``existing`` and ``proposed`` (copying them all
    was slow); neither is changed."""
    if existing is None:
        return Merge(proposed, added=list(proposed.facts()))
    report = Merge(proposed)
    out = {"document": _document(existing.document, proposed.document, report)}
    for kind in KINDS:
        # Only records without an id are changed (given one): copy those, share the rest.
        old = [f if f.id else f.model_copy(deep=True) for f in getattr(existing, kind)]
        give_ids(kind, old)
        decided = [f for f in old if f.status in DECIDED]
        old_new = {f.id: f for f in old if f.status == "new"}
        decided_ids = {f.id: f for f in decided}
        decided_places = {_place(f) for f in decided if f.evidence}
        fresh = []
        for fact in getattr(proposed, kind):
            if fact.id in decided_ids:
                mine = decided_ids[fact.id]
                if mine.status == "confirmed" and content(mine) != content(fact):
                    report.reread.append((kind, mine, fact))
                continue
            if _place(fact) in decided_places:
                continue
            fresh.append(fact)
            before = old_new.get(fact.id)
            if before is None:
                report.added.append((kind, fact))
            elif content(before) != content(fact):
                report.changed.append((kind, before, fact))
        fresh_ids = {f.id for f in fresh}
        report.dropped += [(kind, f) for f in old_new.values() if f.id not in fresh_ids]
        out[kind] = sorted(decided + fresh, key=_order)
    report.facts = FactsFile(**out)
    return report


def _document(mine: Document, theirs: Document, report: Merge) -> Document:
    """The seed's document section, with a person's confirmed reading of it kept."""
    if mine.status != "confirmed":
        return theirs
    kept = {name: getattr(mine, name) for name in DOCUMENT_READING}
    if any(getattr(theirs, name) != value for name, value in kept.items()):
        report.reread.append(("document", mine, theirs))
    return theirs.model_copy(update={"status": "confirmed", **kept})
