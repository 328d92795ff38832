"""One document from seed to records: text → article → facts → a ``FactsFile``.

Each kind of fact is one module with ``KIND``, ``ID_PREFIX``, ``identity(fact)``
and ``extract(ctx)``; ``EXTRACTORS`` lists them in the order they run (later
ones may read what earlier ones found, e.g. meetings link to officials).
Adding a kind of fact means adding a module here and a model in ``schema.py``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from schema import Document, FactsFile, Span

from . import figures, meetings, officials, resolutions
from .article import Article, find_article
from .dates import DateMention, find_dates
from .ids import fact_id
from .text import InputError, Seed, Text, lower_view, read_seed

EXTRACTORS = (resolutions, officials, meetings, figures)


@dataclass
class Context:
    """What an extractor sees: the normalised text, where the article is, earlier facts."""

    seed_id: str
    text: Text
    article: Article
    found: dict[str, list] = field(default_factory=dict)

    @property
    def norm(self) -> str:
        return self.text.norm

    def allows(self, start: int, end: int) -> bool:
        return self.article.allows(start, end)

    def evidence(self, start: int, end: int):
        return self.text.evidence(start, end)

    @cached_property
    def dates(self) -> list[DateMention]:
        return [d for d in find_dates(self.norm, self.article.start, self.article.end, self.lower)
                if self.allows(d.start, d.end)]

    @cached_property
    def lower(self) -> str | None:
        """``norm`` lower-cased with the same offsets, when that is exact case folding."""
        return lower_view(self.norm)

    @cached_property
    def dates_by_start(self) -> dict[int, DateMention]:
        """The first of ``dates`` starting at each offset: a lookup instead of a scan."""
        starts: dict[int, DateMention] = {}
        for date in self.dates:
            starts.setdefault(date.start, date)
        return starts

    @cached_property
    def date_starts(self) -> list[tuple[int, int]]:
        """(start, index in ``dates``) sorted: the dates of a span by bisection."""
        return sorted((date.start, i) for i, date in enumerate(self.dates))


def extract_text(seed_id: str, text: Text, reviewed: Document | None = None) -> tuple[Article, dict[str, list]]:
    """The article and the facts of one text.  ``reviewed``: the document section a person
    confirmed, whose publication date then dates the facts ("Chiều 30/1" takes its year)."""
    article = find_article(text.norm)
    dated = article  # the facts are dated by a reviewer's publication date; the article stays as read
    if reviewed is not None and reviewed.status == "confirmed":
        dated = replace(article, published_date=reviewed.published_date)
    ctx = Context(seed_id, text, dated)
    for module in EXTRACTORS:
        facts = module.extract(ctx)
        _assign_ids(module, facts)
        ctx.found[module.KIND] = facts
    return article, ctx.found


def _assign_ids(module, facts) -> None:
    seen: dict[str, int] = {}
    for fact in facts:
        identity = module.identity(fact)
        seen[identity] = seen.get(identity, 0) + 1
        if seen[identity] > 1:
            identity = f"{identity}#{seen[identity]}"
        fact.id = fact_id(module.ID_PREFIX, identity)


def extract_seed(seed: Seed, source: str | None = None, reviewed: Document | None = None) -> FactsFile:
    """The machine's proposals for one seed, every fact with status ``new``; ``reviewed``
    as for ``extract_text`` (the section ``run`` then keeps).

    A failure of the rules on this document is an ``InputError`` naming it: the
    commands report it in one line, like an unreadable seed, and write nothing."""
    try:
        article, found = extract_text(seed.id, seed.text, reviewed)
    except Exception as error:  # a defect in a rule, met on this document
        raise InputError(f"{seed.path}: the rules failed on this document ({type(error).__name__}: {error}); "
                         "please report it with the file") from error
    to_source = seed.text.to_source
    document = Document(
        id=seed.id,
        source=source if source is not None else display_path(seed.path),
        sha256=seed.sha256,
        encoding=seed.encoding,
        title=article.title,
        published=article.published,
        published_date=article.published_date,
        author=article.author,
        article=Span(start=to_source(article.start), end=to_source(article.end)),
    )
    return FactsFile(document=document, **found)


def display_path(path: Path) -> str:
    """The seed's path relative to the working directory when it lies below it."""
    try:
        return _resolved(path).relative_to(_resolved_folder(os.getcwd())).as_posix()
    except ValueError:
        return path.as_posix()


def _resolved(path: Path) -> Path:
    """``path.resolve()``, resolving each folder once: thousands of seeds share one."""
    if path.is_symlink() or path.name in ("", ".", ".."):
        return path.resolve()
    return _resolved_folder(os.path.join(os.getcwd(), path.parent)) / path.name


@lru_cache(maxsize=64)
def _resolved_folder(folder: str) -> Path:
    return Path(folder).resolve()


def extract_path(path: Path, source: str | None = None) -> FactsFile:
    return extract_seed(read_seed(path), source)
