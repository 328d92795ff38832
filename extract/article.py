"""Separate the article from the page around it, and read the page's own metadata.

A saved news page carries menus, counters ("Đang online: 764"), comment boxes,
"Tin khác" lists and a footer that names the site's current director.  Facts
come only from the article: the lines between the first line of content and
the first line that ends it, minus furniture lines, related-news lines
("Title (20/07/2009)"), the dateline and the byline.

The publication date is read from a dateline: a line that is a date (and a
time) and little else ("08:15 31/01/2024", "Print Thứ Bảy, 26/01/2019 22:17",
"- 29/05/2023, 11:04 - Chia sẻ"), a " date 2025-08-29 " label at the start of
an excerpt, or a document's place-date line ("Vinh, ngày 15 tháng 12 năm
2006").  A weekday with a long-form date and no time as the page's first line
is the site's banner showing today's date, not the article's.
"""
from __future__ import annotations

import bisect
import datetime as dt
import string
from dataclasses import dataclass, field

import regex

from .dates import find_dates, find_times, is_date
from .vocab import alternation, load

_B = load("boilerplate")
_LINE_LEAD = r"^[\s\-•*|>#]*"
_ENDS = regex.compile(_LINE_LEAD + alternation(_B["article_ends"], case="any"), regex.I)
_FOOTER = regex.compile(_LINE_LEAD + r"(?:" + "|".join(regex.escape(w) for w in _B["footer_starts"]) + r")", regex.I)
_FURNITURE = regex.compile(_LINE_LEAD + r"(?:" + "|".join(regex.escape(w) for w in _B["furniture"]) + r")"
                           r"(?![\p{L}\p{N}])", regex.I)
_MENU_SEPARATORS = r"[\s|•·/>»\-–]*"
_MENU = regex.compile(rf"{_MENU_SEPARATORS}(?:{alternation(_B['menu_items'], case='any')}{_MENU_SEPARATORS}){{3,}}", regex.I)
_MAX_MENU_LINE = 300
_BREADCRUMB = regex.compile(
    rf"{_MENU_SEPARATORS}(?:{alternation(_B['menu_items'], case='any')})(?:[\s]*[>»›][\s]*(?:{alternation(_B['menu_items'], case='any')}))+[\s]*",
    regex.I)
_CONTACT = regex.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(w) for w in _B["contact_labels"]) + r")\s*:", regex.I)
_NUMBER_ONLY = regex.compile(r"^[\s\d.,:|/#\-–()]*$")
_ASCII_LETTERS = frozenset(string.ascii_letters)
_ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)


def _ascii_starts(words) -> frozenset[str]:
    """The ASCII letters and digits that begin one of ``words`` matched case-blind.  None is a space
    or a ``_LINE_LEAD`` character, so a line starting with one that is not in this set does not
    match ``_FURNITURE`` (or ``_INLINE_DATE`` for "date"): the line need not be matched."""
    first = regex.compile("|".join(regex.escape(w[0]) for w in words), regex.I)
    return frozenset(c for c in _ASCII_ALNUM if first.fullmatch(c))


_FURNITURE_STARTS = _ascii_starts(_B["furniture"])
_RELATED = regex.compile(r"\p{L}[^()\n]*\(\s*\d{1,2}/\d{1,2}/\d{4}(?:[\s,]+\d{1,2}:\d{2})?\s*\)\s*$")
_FOUR_DIGITS = regex.compile(r"\d{4}")
_MAX_RELATED_LINE = 250
_MAX_DATELINE = 200  # a longer line is text, not a dateline
_SHORT_END_LINE = 60
_MAX_END_LINE = 120
_MAX_FOOTER_LINE = 400  # a footer line (copyright, licence, address) is no longer than this
_PROSE_WORDS = 8  # a furniture-like line with this many words and a full stop is a sentence
_SECTION_LINE_WORDS = 10  # a dateline with a section name after a bar is no longer than this
_MIN_PROSE_LINE = 60  # characters of the shortest line taken for the article's first sentence
_SENTENCE_ENDS = ".!?…;”\""

_LABEL = alternation(_B["dateline_labels"])
_LABEL_RE = regex.compile(_LABEL + r"[\s:|]*", regex.I)
_INLINE_DATE = regex.compile(r"^\s*date\s+(?P<y>(?:19|20)[0-9][0-9])-(?P<m>[0-9][0-9])(?:-(?P<d>[0-9][0-9]))?(?![\d-])", regex.I)
_INLINE_DATE_STARTS = _ascii_starts(["date"])
_PLACE_DATE = regex.compile(
    r"^[\s|]*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}[\s|.]*$")
_DATELINE_WORDS = regex.compile(
    rf"(?i){_LABEL}|\b(?:gmt|pm|am|chia sẻ|lúc|thứ|chủ nhật|hai|ba|tư|năm|sáu|bảy|ngày|tháng)\b"
    r"|\b\d+\b|[\d/:.,()'+\-–|]"
)
_BYLINE_NAME = r"(?:\p{Lu}[\p{L}]*\.?|\p{Lu}\.(?:\p{Lu}\.?)*(?:\p{Lu}[\p{L}]*)?)"
_BYLINE = regex.compile(
    rf"^[\s•*\-–]*(?:(?i:{'|'.join(regex.escape(w) for w in _B['byline_labels'])})\s*:\s*)?"
    rf"(?P<name>{_BYLINE_NAME}(?:\s+{_BYLINE_NAME}){{0,4}}(?:\s*[–-]\s*{_BYLINE_NAME}(?:\s+{_BYLINE_NAME}){{0,4}})?)"
    r"(?:\s*[–-]\s*(?P<rest>[\p{L}\p{N}. /:]{1,60}))?\s*$"
)
_BYLINE_NAME_GROUP = _BYLINE.groupindex["name"]  # the regex module reads a group by number faster than by name
_SITE_DATE = regex.compile(r"[\p{L}.]+\.(?:vn|com|gov\.vn|org)\b", regex.I)
_TITLE_MAX_WORDS = 40
_HEADER_BOX = regex.compile(_LINE_LEAD + alternation(_B["header_boxes"], case="any") + r"[ \t]*:", regex.I)
_HEADLINE_WORDS = 5  # a shorter line right above the dateline may be a section's label ("Tin hoạt động")
# An item of a schedule, a clock time opening its line: "- 08:30: Thứ trưởng …", "+ 14h00: …", "* 7g30 – …".
_CLOCK_ITEM = regex.compile(r"[ \t]*(?:[-–•*+][ \t]*)?\d{1,2}[ \t]*(?:giờ|h|g|:)[ \t]*\d{0,2}[ \t]*[:–-]")
_HEAD_LINES = 15  # a dateline stands within this many lines of the article's start


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
    """Spans of the non-blank lines, trailing spaces trimmed."""
    spans, start = [], 0
    for piece in text.split("\n"):
        if piece:  # most blank lines are empty
            stripped = piece.rstrip()
            if stripped:  # ends with a character that is not a space: not blank
                spans.append((start, start + len(stripped)))
        start += len(piece) + 1
    return spans


def find_article(text: str) -> Article:
    body = _lines(text)
    if not body:
        return Article(0, 0)
    first = 0
    while first < len(body) - 1 and _is_furniture(text[slice(*body[first])]):
        first += 1
    # The article's text starts at its first sentence of prose: a heading above it ("Cổng
    # thông tin điện tử" under the site's name, a "Tin mới" box) cannot end it.
    # A long menu or a header's box ("Lịch công tác tuần: …") is no sentence of it.
    prose = next((i for i in range(first, len(body)) if body[i][1] - body[i][0] >= _MIN_PROSE_LINE
                  and _is_prose(line := text[slice(*body[i])], 0)
                  and not _is_widget(line) and not _is_furniture(line)), first)
    last = next((i for i in range(max(first + 1, prose), len(body))  # a long line is no heading: not even sliced
                 if body[i][1] - body[i][0] <= _MAX_FOOTER_LINE and _ends_article(text[slice(*body[i])])), len(body))
    content = body[first:last]
    article = Article(content[0][0], content[-1][1])
    article.excluded = [span for i, span in enumerate(content, first)
                        if _is_furniture(text[slice(*span)]) or (i < prose and _is_widget(text[slice(*span)]))]
    year_dates: dict[tuple[int, int], list] = {}  # the lines' dates with a year, as the dateline search read them
    dateline = _read_dateline(text, body, first, last, article, year_dates)
    _read_title(text, content, article, year_dates, dateline)
    _read_byline(text, content, dateline, article)
    return article


def _is_furniture(line: str) -> bool:
    """Counters, menus, share buttons, bare numbers and related-news lines."""
    head = line[:1]
    if head not in _ASCII_ALNUM or head in _FURNITURE_STARTS:
        furniture = _FURNITURE.match(line)
        if furniture and not _is_prose(line, furniture.end()):
            return True
    if head not in _ASCII_LETTERS and _NUMBER_ONLY.match(line):  # a letter is no character of a number-only line
        return True
    if ":" in line and len(_CONTACT.findall(line)) >= 2:
        return True  # "… | Địa chỉ: 75 Hải Thượng Lãn Ông | ĐT: 0239…": the site's contact line
    if len(line) <= _MAX_MENU_LINE and _MENU.fullmatch(line):
        return True  # "Giới thiệu Tin tức Chuyên môn Tuyển dụng Hỏi đáp": the site's menu
    if len(line) <= _MAX_MENU_LINE and _BREADCRUMB.fullmatch(line):
        return True  # "Tin tức > Tin hoạt động": the path to the page
    return len(line) <= _MAX_RELATED_LINE and line.rstrip().endswith(")") and bool(_RELATED.search(line))


def _is_prose(line: str, after: int) -> bool:
    """A sentence that merely starts like a counter: "Hôm qua (ngày 8.3), Sở Y tế tổ chức …",
    "Tất cả các trạm y tế đã …".  A counter goes on with ":", "|", ">" or a number."""
    rest = line[after:].lstrip()
    if not rest or rest[0] in ":|>" or rest[0].isdigit():
        return False
    words = len(line.split())
    return words >= _PROSE_WORDS and (line.rstrip()[-1] in _SENTENCE_ENDS or words >= 2 * _PROSE_WORDS)


def _is_widget(line: str) -> bool:
    """A box of the page's header above the article's first sentence, a heading that would
    end the article with its items on the same line ("Lịch công tác tuần: Thứ Hai 15/4 – 8 giờ:
    Giao ban …", "Tin mới | …")."""
    m = _ENDS.match(line) if len(line) <= _MAX_END_LINE else None
    return bool(m) and line[m.end():].lstrip()[:1] in (":", ">", "|")


def _ends_article(line: str) -> bool:
    """A heading such as "Tin khác", "Ý kiến bạn đọc", "Chịu trách nhiệm chính: …", or the footer."""
    if _FOOTER.match(line):
        return True
    if len(line) > _MAX_END_LINE:
        return False
    m = _ENDS.match(line)
    if not m:
        return False
    return len(line.strip()) <= _SHORT_END_LINE or line[m.end():].lstrip()[:1] in (":", ">", "|", "(")


# --- dateline ---------------------------------------------------------------

def _year_dates(line: str):
    """The dates with a year on a line (cheap for the many lines without four digits in a row,
    as every year is written)."""
    if not _FOUR_DIGITS.search(line):
        return []
    return [d for d in find_dates(line) if d.year]


def _labelled(line: str, dates) -> bool:
    """A date right after a dateline label ("Ngày ban hành: | 21/05/2018", "Print Thứ Bảy, …")."""
    return any(0 <= d.start - label.end() <= 4 for label in _LABEL_RE.finditer(line) for d in dates)


def _date_only(line: str, dates=None) -> bool:
    """A line that is a date/time and little else ("08:15 31/01/2024", "( 11/4/2013)"), or a
    date beside a short section name after a bar ("Ngày 14/5/2024 | Tin hoạt động")."""
    if dates is not None:
        return bool(dates) and (_few_words_left(line, 2) or _date_beside_section(line, dates))
    # The words first when the dates are not read yet: counting stops early in prose, finding dates does not.
    return _few_words_left(line, 2) and bool(_year_dates(line))


def _date_beside_section(line: str, dates) -> bool:
    """"Ngày 14/5/2024 | Tin hoạt động": the bar's part holding the first date is a date
    only, and the rest a few words."""
    if "|" not in line or len(line.split()) > _SECTION_LINE_WORDS:
        return False
    start = line.rfind("|", 0, dates[0].start) + 1
    end = line.find("|", dates[0].start)
    return _few_words_left(line[start:end if end >= 0 else len(line)], 2)


def _few_words_left(line: str, most: int) -> bool:
    """True when at most ``most`` words are left once ``_DATELINE_WORDS`` are taken out: the
    words of ``_DATELINE_WORDS.sub(" ", line)``, counted between matches, stopping early in prose."""
    words, pos = 0, 0
    for m in _DATELINE_WORDS.finditer(line):
        words += len(line[pos:m.start()].split())
        if words > most:
            return False
        pos = m.end()
    return words + len(line[pos:].split()) <= most


def _is_banner(line: str, dates, index: int) -> bool:
    """Today's date in the site's header: first line, weekday, long form, no time."""
    return index == 0 and dates[0].weekday is not None and "tháng" in line and not find_times(line)


def _read_dateline(text, body, first, last, article, year_dates) -> tuple[int, int] | None:
    """Set the publication date from the first dateline found; return its line.
    ``year_dates`` receives the dates with a year of each line read."""
    head = list(range(0, min(len(body), first + _HEAD_LINES)))
    tail = list(range(max(first, last - 4), min(len(body), last + 2)))
    near = set(head + tail)
    for i in dict.fromkeys(head + tail + list(range(first, last))):
        a, b = body[i]
        line = text[a:b]
        inline = _INLINE_DATE.match(line) if line[:1] not in _ASCII_ALNUM or line[:1] in _INLINE_DATE_STARTS else None
        if inline and is_date(int(inline["y"]), int(inline["m"]), int(inline["d"] or 1)):
            article.published = " ".join(inline.group(0).split())
            parts = [inline["y"], inline["m"]] + ([inline["d"]] if inline["d"] else [])
            article.published_date = "-".join(parts)
            article.excluded.append((a + inline.start(), a + inline.end()))
            return a, b
        if len(line) > _MAX_DATELINE:
            continue
        dates = year_dates[a, b] = _year_dates(line)
        if not dates:
            continue
        dateline = _date_only(line, dates) and (i in near or find_times(line))
        if not (dateline or (i in near and (_PLACE_DATE.match(line) or _labelled(line, dates)))):
            continue
        if _is_banner(line, dates, i) or (i + 1 < len(body) and _CLOCK_ITEM.match(text, *body[i + 1])):
            continue  # a schedule's day over its items ("Thứ Ba, ngày 16 tháng 4 năm 2024⏎- 08:30: …")
        article.published = " ".join(line.split())
        article.published_date = dates[0].iso
        if first <= i < last:
            article.excluded.append((a, b))
        return a, b
    return None


# --- title and byline ---------------------------------------------------------

def _read_title(text, content, article, year_dates, dateline):
    """The first short line before the first long paragraph, not a dateline or furniture;
    but a headline right above the dateline is the title, whatever box stands higher up
    ("Thông báo: Lịch tiếp công dân …" over "Bạc Liêu sơ kết …" over "Thứ Sáu, 10/05/2024").
    ``year_dates`` has the dates with a year of the lines already read (a line's dates are found once)."""
    candidates = []
    for a, b in content[:6]:
        line = text[a:b]
        if any(a < y and x < b for x, y in article.excluded) or _date_only(line, year_dates.get((a, b))):
            continue
        words = line.split()
        if len(words) > _TITLE_MAX_WORDS:
            break
        if line.isupper() or (line.rstrip().endswith(".") and len(words) > 25):
            continue
        candidates.append((a, b, words))
    if not candidates:
        return
    a, b, words = candidates[0]
    if dateline is not None and _weak_title(text[a:b], words):
        above = next((c for c in candidates if text[c[1]:dateline[0]].strip() == ""), None)
        if above is not None and len(above[2]) >= _HEADLINE_WORDS and "|" not in text[above[0]:above[1]]:
            a, b, words = above
    article.title = " ".join(words)
    article.title_span = (a, b)


def _weak_title(line: str, words: list[str]) -> bool:
    """A first line that is likely no headline: a section's label ("Tin hoạt động"), a menu of
    capitalised words the menu list does not know, or a box of the header ("Thông báo: …")."""
    return (len(words) < _HEADLINE_WORDS or all(w[:1].isupper() for w in words if w[:1].isalpha())
            or _HEADER_BOX.match(line) is not None)


def _byline_name(line: str) -> str | None:
    """The author's name when the whole line is a byline ("VŨ DUYÊN", "Tác giả: Thúy Hà - …")."""
    if len(line.split()) > 12 or line.rstrip().endswith((".", ":", ";", ",")):
        return None
    m = _BYLINE.match(line)
    if m is None:
        return None
    name = m.group(_BYLINE_NAME_GROUP)
    return " ".join(name.split()) if len(name.split()) > 1 or "." in name else None


def _read_byline(text, content, dateline, article):
    """The author's line at the end of the article, or next to a dateline inside it."""
    # A number-only line is furniture, so it is in ``article.excluded`` already.
    inside = _lines_inside(content, article.excluded)
    kept = [span for i, span in enumerate(content) if i not in inside]
    candidates = list(reversed(kept[-2:]))
    if dateline is not None:  # "Cẩm Tú – Đức Tình" just above a dateline inside the text
        candidates += [(a, b) for a, b in kept if b < dateline[0]][-1:]
    for a, b in candidates:
        if _after_signature(text, kept, (a, b)):
            continue  # the signer of a letter ("(Đã ký)" above the name) is not its author
        name = _byline_name(text[a:b])
        if name:
            article.author = name
            _exclude_same_lines(text, kept, text[a:b], article)
            return
        if _SITE_DATE.search(text[a:b]) and len(text[a:b].split()) <= 8:
            article.author = " ".join(text[a:b].split())
            article.excluded.append((a, b))
            return


def _lines_inside(lines, spans) -> set[int]:
    """The indices of ``lines`` (sorted, disjoint spans) that lie within one of ``spans``."""
    starts, ends = [a for a, _ in lines], [b for _, b in lines]
    inside = set()
    for x, y in spans:  # the lines from the first starting at x or later up to the last ending by y
        inside.update(range(bisect.bisect_left(starts, x), bisect.bisect_right(ends, y)))
    return inside


_SIGNED = regex.compile(r"^\s*\(?\s*(?:đã ký|ký|đã ký và đóng dấu)\s*\)?\s*$", regex.I)
# A signature block's office alone on its line ("CHỦ TỊCH", "KT. GIÁM ĐỐC⏎PHÓ GIÁM ĐỐC"): not an
# author, and the name under it is the signer's.
_TITLES = load("titles")
_SIGNATURE_TITLE = regex.compile(
    rf"^[\s|]*(?:(?:KT|TM|TL|TUQ|Q)\.[ \t]*)?(?i:(?:{alternation(_TITLES['prefixes'], boundary=False)})[ \t]+)?"
    rf"(?i:{alternation(_TITLES['titles'], boundary=False)})[\s|]*$")


def _after_signature(text, kept, line) -> bool:
    """The line is a signature block's office, or the name under "(Đã ký)" or under the office."""
    if _SIGNATURE_TITLE.match(text[line[0]:line[1]]):
        return True
    i = kept.index(line)
    if i == 0:
        return False
    above = text[kept[i - 1][0]:kept[i - 1][1]]
    return bool(_SIGNED.match(above) or _SIGNATURE_TITLE.match(above))


def _exclude_same_lines(text, kept, byline, article):
    """A byline repeated under each section ("Nhật Quang") is furniture everywhere."""
    target = " ".join(byline.split())
    first_word = target.split(" ", 1)[0]
    for a, b in kept:  # a line without the first word cannot read the same: skip splitting it
        if text.find(first_word, a, b) >= 0 and " ".join(text[a:b].split()) == target:
            article.excluded.append((a, b))
