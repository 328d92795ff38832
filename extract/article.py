"""Separate the article from the page around it, and read the page's own metadata.

A saved news page carries menus, counters ("Đang online: 764"), comment boxes,
"Tin khác" lists and a footer that names the site's current director.  Facts
come only from the article: the lines between the first line of content and
the first line that ends it, minus furniture lines and the byline.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex

from .dates import find_dates, find_times
from .vocab import load

_B = load("boilerplate")
_ENDS = regex.compile(r"^[\s\-•*|>]*(?:" + "|".join(regex.escape(w) for w in _B["article_ends"]) + r")", regex.I)
_FURNITURE = regex.compile(r"^[\s\-•*|>]*(?:" + "|".join(regex.escape(w) for w in _B["furniture"]) + r")", regex.I)
_NUMBER_ONLY = regex.compile(r"^[\s\d.,:|]*$")
_BYLINE = regex.compile(
    r"^\s*(?i:tác giả|bài(?: và ảnh)?|theo|nguồn)?\s*:?\s*"
    r"(?P<name>(?:\p{Lu}[\p{L}.]*\s?){1,5}(?:\s*[–-]\s*[\p{L}. ]{1,30})?)\s*$"
)
_DATELINE_WORDS = regex.compile(
    r"(?i)\b(?:print|in|date|cập nhật|ngày đăng|đăng ngày|ngày|gmt|pm|am|chia sẻ|lúc|thứ|chủ nhật|"
    r"hai|ba|tư|năm|sáu|bảy)\b|[\d/:.,()'+\-–|]"
)
_MAX_END_LINE = 100


@dataclass
class Article:
    start: int  # normalised offsets of the article's first and last character
    end: int
    excluded: list[tuple[int, int]] = field(default_factory=list)  # furniture and byline inside
    title: str | None = None
    title_span: tuple[int, int] | None = None
    published: str | None = None
    published_date: str | None = None
    author: str | None = None

    def allows(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside the article and outside furniture."""
        if start < self.start or end > self.end:
            return False
        return not any(start < b and a < end for a, b in self.excluded)

    @property
    def reference_date(self) -> dt.date | None:
        """The publication date as a day, for resolving years (mid-month if only a month)."""
        if not self.published_date or self.published_date.startswith("--"):
            return None
        parts = [int(p) for p in self.published_date.split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 15)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for piece in text.split("\n"):
        spans.append((start, start + len(piece)))
        start += len(piece) + 1
    return spans


def find_article(text: str) -> Article:
    lines = _lines(text)
    body = [(a, b) for a, b in lines if text[a:b].strip()]
    if not body:
        return Article(0, 0)
    first = 0
    while first < len(body) - 1 and _is_furniture(text, *body[first]):
        first += 1
    last = len(body)
    for i in range(first + 1, len(body)):
        a, b = body[i]
        if b - a <= _MAX_END_LINE and _ENDS.match(text, a, b):
            last = i
            break
    content = body[first:last]
    excluded = [span for span in content if _is_furniture(text, *span)]
    article = Article(content[0][0], content[-1][1], excluded)
    _read_title(text, content, article)
    _read_dateline(text, body, first, last, article)
    _read_byline(text, content, article)
    return article


def _is_furniture(text: str, a: int, b: int) -> bool:
    return bool(_FURNITURE.match(text, a, b) or _NUMBER_ONLY.match(text[a:b]))


def _is_dateline(text: str, a: int, b: int) -> bool:
    """A line that is a date/time and little else ("08:15 31/01/2024", "( 11/4/2013)")."""
    line = text[a:b]
    if not find_dates(line):
        return False
    rest = _DATELINE_WORDS.sub(" ", line)
    return len(rest.split()) <= 3


def _read_title(text, content, article):
    for a, b in content[:4]:
        if not _is_dateline(text, a, b) and (a, b) not in article.excluded:
            article.title = " ".join(text[a:b].split())
            article.title_span = (a, b)
            return


def _read_dateline(text, body, first, last, article):
    """The page's publication date: a dateline near the top, else one by the byline.

    A weekday with a long-form date and no time as the page's very first line is
    the site's banner showing today's date, not the article's."""
    head = [i for i in range(0, min(len(body), first + 6))]
    tail = [i for i in range(max(first, last - 3), min(len(body), last + 2))]
    for i in head + tail:
        a, b = body[i]
        line = text[a:b]
        dates = [d for d in find_dates(line) if d.year]
        if not dates:
            continue
        if i not in head:
            if not _is_dateline(text, a, b) and not _BYLINE_DATE.search(line):
                continue
        elif not _is_dateline(text, a, b) and not line.lstrip().lower().startswith("date "):
            continue
        if i == 0 and dates[0].weekday and "tháng" in line and not find_times(line):
            continue  # a banner: "Thứ Năm, ngày 6 tháng 10 năm 2022"
        d = dates[0]
        article.published = " ".join(line.split())
        article.published_date = d.iso
        if i in tail or i >= first:
            article.excluded.append((a, b))
        return
    # " date 2024-02": a year and month only
    for a, b in body[:3]:
        m = _YEAR_MONTH.search(text, a, b)
        if m:
            article.published = m.group(0).strip()
            article.published_date = f"{m['y']}-{m['m']}"
            return


_YEAR_MONTH = regex.compile(r"(?i)\bdate\s+(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)(?![\d-])")
_BYLINE_DATE = regex.compile(r"[\p{L}.]+\.(?:vn|com|gov\.vn|org)\s+\d", regex.I)


def _read_byline(text, content, article):
    """The author's line just before the article ends ("VŨ DUYÊN", "Tác giả: Thúy Hà - …")."""
    for a, b in reversed(content[-3:]):
        if (a, b) in article.excluded:
            continue
        line = text[a:b]
        m = _BYLINE.match(line)
        if m and len(line.split()) <= 8 and not line.rstrip().endswith((".", ":", ";", ",")):
            article.author = " ".join(m.group("name").split())
            article.excluded.append((a, b))
            return
        if _BYLINE_DATE.search(line):
            article.author = " ".join(line.split())
            article.excluded.append((a, b))
            return
        break
