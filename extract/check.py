"""``check``: does ``facts/`` hold exactly what ``run`` would write, and does every
confirmed fact still stand in its seed?  The report says what moved, for a
reviewer reading a pull request (text, Markdown) or for tools (JSON).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from schema import DOCUMENT_READING

from . import store
from .parallel import ordered_map
from .pipeline import extract_seed
from .review import content, merge
from .text import InputError, read_seed


@dataclass
class Item:
    section: str
    document: str
    kind: str = ""
    id: str = ""
    detail: str = ""
    quote: str = ""

    def line(self) -> str:
        parts = [self.document]
        if self.kind:
            parts.append(f"{self.kind} {self.id}".strip())
        text = " ".join(parts)
        if self.detail:
            text += f": {self.detail}"
        if self.quote:
            text += f' — "{_short(self.quote)}"'
        return text


def _short(text: str, size: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


SECTIONS = {
    "errors": ("Facts files or seeds that cannot be read", True),
    "stale": ("Confirmed facts whose evidence no longer stands in the seed", True),
    "added": ("New proposals not yet in facts/", True),
    "dropped": ("Proposals in facts/ that the rules no longer make", True),
    "changed": ("Proposals in facts/ that the rules now read differently", True),
    "missing": ("Seeds without a facts file", True),
    "orphans": ("Facts files without a seed", True),
    "outdated": ("Facts files whose document or layout is not what run writes", True),
    "reread": ("Confirmed facts the rules now read differently (for the rule author)", False),
}


@dataclass
class Report:
    items: list[Item] = field(default_factory=list)
    documents: int = 0

    def add(self, section: str, document: str, **kw) -> None:
        self.items.append(Item(section, document, **kw))

    def of(self, section: str) -> list[Item]:
        return [i for i in self.items if i.section == section]

    @property
    def failed(self) -> bool:
        return any(SECTIONS[i.section][1] for i in self.items)

    def text(self) -> str:
        out = []
        for section, (title, _) in SECTIONS.items():
            items = self.of(section)
            if items:
                out.append(f"{title} ({len(items)}):")
                out += [f"  {i.line()}" for i in items]
        verdict = "FAILED" if self.failed else "OK"
        out.append(f"check {verdict}: {self.documents} documents; " + _counts(self))
        return "\n".join(out) + "\n"

    def markdown(self) -> str:
        out = [f"### Facts check: {'❌ facts/ is out of date' if self.failed else '✅ facts/ is up to date'}", ""]
        out.append("| | count |\n|---|---:|")
        for section, (title, _) in SECTIONS.items():
            out.append(f"| {title} | {len(self.of(section))} |")
        for section, (title, _) in SECTIONS.items():
            items = self.of(section)
            if items:
                out += ["", f"#### {title}", ""]
                out += [f"- `{i.document}` {i.kind} `{i.id}` {i.detail}"
                        + (f" — “{_short(i.quote)}”" if i.quote else "") for i in items]
        return "\n".join(out) + "\n"

    def json(self) -> str:
        return json.dumps({"ok": not self.failed, "documents": self.documents,
                           "items": [i.__dict__ for i in self.items]}, ensure_ascii=False, indent=1) + "\n"


def _counts(report: Report) -> str:
    return ", ".join(f"{len(report.of(s))} {s}" for s in SECTIONS)


def _describe(fact) -> str:
    for attr in ("name", "number", "surface", "date"):
        value = getattr(fact, attr, None)
        if value:
            return str(value)
    return ""


def _differences(confirmed, proposed, only=None) -> str:
    """"date: 2022-02-14 (confirmed) vs --02-14 (rules)" for each field that differs (of ``only``)."""
    mine, theirs = content(confirmed), content(proposed)
    fields = [k for k in dict.fromkeys([*mine, *theirs])
              if mine.get(k) != theirs.get(k) and (only is None or k in only)]
    return "; ".join(f"{k}: {_short(str(mine.get(k)), 40)} (confirmed) vs {_short(str(theirs.get(k)), 40)} (rules)"
                     for k in fields)


def check(seeds: list[Path], facts_dir: Path, jobs: int = 1) -> Report:
    """The report over ``seeds``; with ``jobs`` > 1 the seeds are checked in that many processes."""
    report = Report(documents=len(seeds))
    stems = {p.stem for p in seeds}
    for path in sorted(facts_dir.glob("*.yaml")) if facts_dir.is_dir() else []:
        if path.stem not in stems:
            report.add("orphans", path.stem, detail=f"{path} has no seed")
    for items in ordered_map(_check_seed, [(p, facts_dir / f"{p.stem}.yaml") for p in seeds], jobs):
        report.items += items
    return report


def _check_seed(job: tuple[Path, Path]) -> list[Item]:
    """The report's items about one seed and its facts file."""
    seed_path, facts_path = job
    report = Report()
    try:
        seed = read_seed(seed_path)
    except InputError as error:
        report.add("errors", seed_path.stem, detail=str(error))
        return report.items
    if not facts_path.exists():
        report.add("missing", seed.id, detail=f"run would write {facts_path}")
        return report.items
    try:
        existing = store.load(facts_path)
    except store.FactsError as error:
        for problem in error.problems:
            report.add("errors", seed.id, detail=problem)
        return report.items
    try:
        _check_one(report, seed, existing, facts_path)
    except InputError as error:  # the rules failed on this document
        report.add("errors", seed.id, detail=str(error))
    return report.items


def _check_one(report: Report, seed, existing, facts_path: Path) -> None:
    source = seed.text.source
    for kind, fact in existing.facts():
        if fact.status != "confirmed" or fact.evidence is None:
            continue
        e = fact.evidence
        if source[e.start:e.end] != e.quote:
            where = source.find(e.quote)
            detail = (f"quote moved to {where}" if where >= 0 else "quote is gone from the seed")
            report.add("stale", seed.id, kind=kind, id=fact.id or "", detail=f"{_describe(fact)}: {detail}", quote=e.quote)
    result = merge(existing, extract_seed(seed, reviewed=existing.document))
    for kind, fact in result.added:
        report.add("added", seed.id, kind=kind, id=fact.id, detail=_describe(fact), quote=fact.evidence.quote if fact.evidence else "")
    for kind, fact in result.dropped:
        report.add("dropped", seed.id, kind=kind, id=fact.id, detail=_describe(fact), quote=fact.evidence.quote if fact.evidence else "")
    for kind, before, after in result.changed:
        report.add("changed", seed.id, kind=kind, id=after.id, detail=f"{_describe(before)} → {_describe(after)}",
                   quote=after.evidence.quote if after.evidence else "")
    for kind, mine, theirs in result.reread:
        if kind == "document":  # a person's reading of the title, date, site or author
            report.add("reread", seed.id, kind=kind, detail=_differences(mine, theirs, DOCUMENT_READING))
        else:
            report.add("reread", seed.id, kind=kind, id=mine.id, detail=f"{_describe(mine)}: {_differences(mine, theirs)}")
    moved = bool(result.added or result.dropped or result.changed)
    if not moved and store.dump(result.facts) != facts_path.read_text(encoding="utf-8"):
        what = "the document section is not what run derives now (seed or rules changed)" if result.facts.document != existing.document else "layout differs from run's output"
        report.add("outdated", seed.id, detail=what)
