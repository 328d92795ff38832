"""Numbered documents cited: "Nghị quyết số 10/2023/NQ-HĐND", "07-NQ/TU", "253/KH-UBND".

A Vietnamese document number is a serial, an optional year and a code of type and
issuer: "10/2023/NQ-HĐND" (state form), "07-NQ/TU" (party form), "1246/UBND-VX" (a
công văn: issuer and department only).  The steps, in order:

1. find coded numbers (``_CODED``) and keep the plausible ones outside page furniture;
2. find bare numbers after a type word ("Đề án 06", "Nghị quyết số 10");
3. read each mention's context: the type word before it, "Số:" of a letterhead, the
   issued date, the issuing body and the subject after it;
4. merge mentions of one number, and point short back-references ("Nghị quyết 98/2023")
   at the full number they abbreviate.

Word lists and codes are data: ``vocab/documents.yaml`` and ``vocab/issuers.yaml``.
"""
from __future__ import annotations

import bisect
import string
from collections import Counter
from dataclasses import dataclass

import regex

from schema import Resolution

from .dates import find_dates
from .vocab import alternation, load, phrase_key

KIND = "resolutions"
ID_PREFIX = "res"

_D = load("documents")
_I = load("issuers")
_PROVINCES = [*load("organizations")["places"]["tỉnh"], *load("organizations")["places"]["thành phố"],
              *_I["place_variants"]]

KINDS: dict[str, str] = _D["kinds"]
TYPE_CODES: dict[str, str] = _D["type_codes"]
PARTY_TYPE_CODES: dict[str, str] = _D["party_type_codes"]
ISSUER_CODES: dict[str, list[str]] = _I["codes"]
LOCAL_LEVELS: dict[str, list[str]] = _I["place_levels"]


# --- where a pattern can match ---------------------------------------------------
# A regex scan of a whole page is slow for a pattern that starts with a lookbehind or an
# alternation of words.  Finding the few offsets where it can match by a cheaper means
# (``str.find`` of the words it must start with), then trying it there only, finds the
# same matches.

def _heads(words) -> list[str]:
    """The words that do not start with a shorter one ("nghị quyết liên tịch" starts with
    "nghị quyết"): where none of these is written, none of ``words`` is."""
    return sorted({w for w in words if not any(w != v and w.startswith(v) for v in words)})


def _occurrences(text: str, words: list[str], start: int, end: int) -> list[int]:
    """Sorted offsets in [start, end) where one of ``words`` is written in full."""
    found = set()
    for word in words:
        i = text.find(word, start, end)
        while i >= 0:
            found.add(i)
            i = text.find(word, i + 1, end)
    return sorted(found)


def _matches_at(pattern, text: str, starts: list[int], pos: int, endpos: int) -> list:
    """``pattern.finditer(text, pos, endpos)`` for a pattern that matches only at sorted
    ``starts`` and never matches empty: each start tried in turn, after the last match."""
    found, after = [], pos
    for i in starts:
        if i >= after:
            m = pattern.match(text, i, endpos)
            if m:
                found.append(m)
                after = m.end()
    return found


# --- the number itself -------------------------------------------------------------

# NQ, HĐND, TTr, QH15, CTUBND, BCĐTƯ ("Trung ương" as its capitals); a Vietnamese capital
# only, since "5/Sở" is a number and a word, not a code.
_SEGMENT = r"[A-ZĐ][A-Za-zĐđƯƠÔÂĂÊ]*\d*"
# "/" or "-" with stray spaces on one side at most ("TT- BYT", "565 /TB", "2927 -TB",
# "Số:  565  /TB" on pages that double their spaces): "2020 - UBND tỉnh …" with spaces
# on both sides of a dash is running text, not a number.
_SEPARATOR = r"(?:\s{0,2}/\s{0,2}|[-–]\s{0,2}|\s{1,2}[-–](?!\s))"
# Between two parts of the code a dash may have spaces on both sides, before an issuer's
# capitals ("312/KH - UBND"); after the serial it may not ("2020 - UBND tỉnh …").
_CODE_SEPARATOR = rf"(?:{_SEPARATOR}|\s{{1,2}}[-–]\s{{1,2}}(?=[A-ZĐ]{{2}}))"
# After the serial a spaced dash is running text ("2020 - UBND tỉnh …") unless a code with
# its own mark follows ("Thông báo số 1120 - TB/TU").
_SERIAL_SEPARATOR = rf"(?:{_SEPARATOR}|\s{{1,2}}[-–]\s{{1,2}}(?=[A-ZĐ]{{2,}}[/-][A-ZĐ]))"
# A serial: "253", "12a", or written with a thousands dot as some sites do ("1.234/QĐ-UBND").
_SERIAL = r"\d{1,2}\.\d{3}(?![\d.])|\d{1,5}[a-zđ]?"
_GLUED = alternation(_D["glued_words"], boundary=False)
_CODED = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}/.,\-])
    (?P<serial>{_SERIAL})
    (?:\s{{0,2}}/\s{{0,2}}(?P<year>(?:19|20)\d\d))?
    (?P<sep>{_SERIAL_SEPARATOR})
    (?P<code>{_SEGMENT}(?:{_CODE_SEPARATOR}{_SEGMENT})*)
    (?:(?![\p{{L}}\p{{N}}])|(?={_GLUED}))
    """,
    regex.X,
)
# Where ``_CODED`` can match, found fast: its first "/" or "-" comes at most 8 characters
# after its first digit (a serial of 6, two spaces), and no other part of it holds one.
# Marks are few and found by ``str.find``; a scan would try the pattern at every digit.
_CODED_MARK_REACH = 8
_ASCII_NOT_DIGIT = frozenset(map(chr, range(128))) - frozenset(string.digits)  # ``\d`` can match no other ASCII
_ASCII_NOT_BEFORE = frozenset(string.ascii_letters + string.digits + "/.,-")  # refused by the lookbehind
_SEGMENTS = regex.compile(_SEGMENT)
_FILE_EXTENSION = regex.compile(r"\.(?i:pdf|docx?|xlsx?|zip|rar|jpg|png)(?![\p{L}\p{N}])")
_SPACES, _LETTER, _DIGIT = regex.compile(r"\s+"), regex.compile(r"\p{L}"), regex.compile(r"\d")
_YEAR_ONLY = regex.compile(r"(?:19|20)\d\d")
_SERIAL_YEAR = regex.compile(rf"(?P<serial>{_SERIAL})(?:\s{{0,2}}/\s{{0,2}}(?P<year>(?:19|20)\d\d))?")

# A bare number after a capitalised type word: "Đề án 06", "Nghị quyết 98/2023".
_FOLLOWERS = alternation(_D["bare_followers"], case="any")


def _bare_head(kinds: list[str]) -> str:
    """The type word and what may separate it from the number ("Nghị quyết số ")."""
    return rf"""
        (?<![\p{{L}}\p{{N}}])(?P<kind>{"|".join(regex.escape(w) for w in kinds)})(?![\p{{L}}\p{{N}}])
        \s+(?:số\s*:?\s*)?
        """


def _bare_pattern(kinds: list[str], flags: int) -> regex.Pattern:
    return regex.compile(
        rf"""{_bare_head(kinds)}
        (?P<serial>\d{{1,5}})(?:/(?P<year>(?:19|20)\d\d))?
        (?![\p{{N}}/\-]|[.,]\p{{N}})
        (?=\s*(?:[,.;:)"”\n]|$)|\s+{_FOLLOWERS}|\s+ngày\s+\d)
        """,
        regex.X | flags,
    )


_BARE = _bare_pattern(sorted({w[0].upper() + w[1:] for w in KINDS}, key=lambda w: (-len(w), w)), regex.I)
# The same, case-sensitive, for a lower-cased copy of the text: twice as fast as a
# case-blind scan, and it matches the same spans whenever lower-casing is case folding.
_LOWER_KINDS = sorted({w.lower() for w in KINDS}, key=lambda w: (-len(w), w))
_BARE_LOWER = _bare_pattern(_LOWER_KINDS, 0)
# Where ``_BARE_LOWER`` can match, found fast.  ``_BARE_SERIAL`` finds the first digit of
# each number with a type word and gap before it (a scan for a pattern that starts with a
# digit is quick).  ``_BARE_GAPS`` read that gap back from the digit, with "số" or without:
# greedily, as a type word ends in a letter, not a space (checked below), so its gap takes
# all the spaces before.  The type words that end where a gap starts are the offsets.
_BARE_SERIAL = regex.compile(rf"\d(?<={_bare_head(_LOWER_KINDS)}\d)", regex.X)
_BARE_GAPS = (regex.compile(r"(?r)\s+"), regex.compile(r"(?r)\s+số\s*:?\s*"))
assert not any(regex.match(r"\s", w[-1]) for w in _LOWER_KINDS)
_LOWER_KINDS_BY_LAST = {c: [w for w in _LOWER_KINDS if w[-1] == c] for c in {w[-1] for w in _LOWER_KINDS}}
# "Nghị quyết" matched with the regex.I flag must still be capitalised in the text.
_STARTS_UPPER = regex.compile(r"\p{Lu}")

# --- what stands before a number ----------------------------------------------------

_KIND_BEFORE = regex.compile(
    rf"(?P<kind>{alternation(KINDS)})\s*(?:số(?:\s*hiệu)?)?\s*:?\s*$", regex.I)
# "Số: 125/KH-SYT" opening a line of the letterhead; some pages drop the colon.
_LETTERHEAD = regex.compile(r"(?:^|\|)[\s|]*Số(?:\s*hiệu)?\s*:?\s*\|?\s*$")
# "Luật Bảo hiểm y tế số 25/2008/QH12": the type word, the document's name, then "số".
_NAMED_KIND_BEFORE = regex.compile(
    rf"(?P<kind>{alternation(KINDS)})\s+\p{{Lu}}[^;.:\n\d]{{0,60}}?\s+số\s*:?\s*$", regex.I)
_FORM_BEFORE = regex.compile(rf"{alternation(_D['forms_before'])}\s*(?:số\s*)?:?\s*$", regex.I)
_LICENCE = regex.compile(alternation(_D["licence_cues"]), regex.I)
_ISSUED_BY = regex.compile(r"(?:ký\s+)?ban\s+hành\s*$", regex.I)

# --- what follows a number ----------------------------------------------------------

_GAP_TO_DATE = regex.compile(r"[\s,(]*")
_SPACE_RUN = regex.compile(r"\s*")
_YEAR_AFTER = regex.compile(r"\s*năm\s+(?:19|20)\d\d")
_BODY_START = alternation(_I["bodies"])
_BODY_END = alternation(_I["body_ends"])
_OF_BODY = regex.compile(rf"\s*,?\s*(?:của|do)\s+(?P<body>{_BODY_START}.*?)(?=\s+{_BODY_END}|[;.:()\"“”\n]|,(?!\s*chống)|$)")
_BODY_BEFORE = regex.compile(
    rf"(?P<body>{_BODY_START}[^,.;:\n()]*?)\s+(?:(?:đã|vừa|chính thức|đã ký|vừa ký)\s+)?(?:ký\s+)?ban\s+hành\s*$")
_ABOUT = regex.compile(
    rf"\s*,?\s*về\s+(?:việc\s+)?(?P<subject>[^;:\n\"“”]{{3,200}}?)"
    rf"(?=\s*(?:[;:\n\"“”)]|\.(?:\s|$)|$)|\s+{alternation(_D['subject_ends'])})")
_VV_LINE = regex.compile(r"V/v\s*:?\s*(?P<subject>[^\n|]{3,200}?)\s*(?:\||\n|$)")  # a letterhead's "V/v …"
_QUOTED = regex.compile(r"\s*,?\s*[\"“](?P<subject>[^\"“”\n]{3,250})[\"”]")
_PLACE = alternation(_PROVINCES)
_PLACE_NAMES = {name.casefold(): name for name in _PROVINCES}  # "QUẢNG NINH" → "Quảng Ninh"
_PLACE_RE = {
    level: regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(regex.escape(c) for c in cues)})\.?\s+(?P<place>{_PLACE})", regex.I)
    for level, cues in LOCAL_LEVELS.items()
}
# The cues lower-cased: where ``_PLACE_RE`` matches, ``ctx.lower`` has one of these (that
# copy exists only where lower-casing is case folding).
_PLACE_CUES = {level: _heads({c.lower() for c in cues}) for level, cues in LOCAL_LEVELS.items()}
_LEVELS = "|".join(regex.escape(k) for k in sorted(LOCAL_LEVELS, key=len, reverse=True))
_LEVEL_AT_END = regex.compile(rf"(?<![\p{{L}}])(?P<level>{_LEVELS})\s*$")
# "Chủ tịch UBND tỉnh Nguyễn Văn Hòa": capitalised words after a level that are no place
# are a person's name, not part of the body.
_NAME_AFTER_LEVEL = regex.compile(rf"(?<![\p{{L}}])(?P<level>{_LEVELS})\s+(?!{_PLACE})\p{{Lu}}.*$")
_PLACE_LINE_BEFORE_DATE = regex.compile(r"(?:^|\n)[\s|]*\p{Lu}[\p{L} .\-]{1,40},\s*$")


def identity(fact: Resolution) -> str:
    """The number; a bare number ("06") also needs its type to tell "Đề án 06" apart."""
    if _has_code(fact.number):
        return fact.number
    return f"{fact.kind or ''} {fact.number}".strip()


def normalize_number(text: str) -> str:
    """Spaces removed, Đ and the dash spelled one way: "41/2011/TT- BYT" → "41/2011/TT-BYT",
    "07–NQ/TU" → "07-NQ/TU"."""
    return _SPACES.sub("", text).replace("\u00d0", "Đ").replace("\u0189", "Đ").replace("–", "-")


def _has_code(number: str) -> bool:
    return bool(_LETTER.search(number))


@dataclass
class Mention:
    """One place a number is written, and what its context says about the document."""

    start: int  # evidence span: the type word (if any) through the number
    end: int
    number_start: int
    number_end: int
    number: str
    serial: str
    year: str | None
    codes: list[str]
    party_form: bool
    kind: str | None = None
    kind_from: str | None = None
    self_document: bool = False
    issued: str | None = None
    body: str | None = None
    subject: str | None = None


def extract(ctx) -> list[Resolution]:
    coded = _coded_mentions(ctx)
    taken = [(m.number_start, m.number_end) for m in coded]
    bare = [m for m in _bare_mentions(ctx) if not any(m.start < b and a < m.end for a, b in taken)]
    by_key: dict[str, Resolution] = {}
    bodies: dict[str, str] = {}  # number key → the issuing body as the text names it
    for mention in coded:
        _add(ctx, by_key, bodies, mention.number.casefold(), mention)
    full = list(by_key.values())
    for mention in bare:
        target = _abbreviated(ctx, mention, full)
        key = target.number.casefold() if target else f"{mention.kind} {mention.number}".casefold()
        _add(ctx, by_key, bodies, key, mention)
    places: dict[str, str | None] = {}  # level → the place the article names most at it
    for key, fact in by_key.items():
        _resolve_issuer(ctx, fact, bodies.get(key), places)
    return sorted(by_key.values(), key=lambda f: f.evidence.start)


# --- finding mentions ----------------------------------------------------------------

def _coded_mentions(ctx) -> list[Mention]:
    norm, found, start, end = ctx.norm, [], ctx.article.start, ctx.article.end
    for m in _matches_at(_CODED, norm, _coded_starts(norm, start, end), start, end):
        a, b = m.span()
        if (not ctx.allows(a, b) or _in_footer(norm, a) or _FORM_BEFORE.search(norm, max(0, a - 20), a)
                or _FILE_EXTENSION.match(norm, b)):
            continue  # a licence, a form, or a file's name ("1120-KH-SYT.pdf")
        codes = _SEGMENTS.findall(m["code"])
        mention = Mention(a, b, a, b, normalize_number(m.group()), m["serial"], m["year"], codes,
                          party_form=m["sep"].strip() == "-" and not m["year"])
        _read_before(ctx, mention)
        if not _plausible(mention):
            continue
        if mention.kind is None:
            mention.kind = _kind_from_code(mention)
            mention.kind_from = "code" if mention.kind else None
        _read_after(ctx, mention)
        found.append(mention)
    return found


def _coded_starts(norm: str, start: int, end: int) -> list[int]:
    """Sorted offsets in [start, end) where ``_CODED`` may match: in reach before a "/" or
    "-", except those an ASCII character rules out (\\d also matches other scripts' digits,
    \\p{L} and \\p{N} more than ASCII letters and digits: those offsets are tried)."""
    marks = []
    for mark in "/-":
        i = norm.find(mark, start, end)
        while i >= 0:
            marks.append(i)
            i = norm.find(mark, i + 1, end)
    marks.sort()
    starts, low = [], start
    for mark in marks:
        for i in range(max(low, mark - _CODED_MARK_REACH), mark):  # each offset once
            if norm[i] not in _ASCII_NOT_DIGIT and (i == 0 or norm[i - 1] not in _ASCII_NOT_BEFORE):
                starts.append(i)
        low = mark
    return starts


def _bare_matches(ctx):
    """``_BARE`` matches in the article, on the lower-cased copy when there is one."""
    start, end = ctx.article.start, ctx.article.end
    if ctx.lower is None:
        return _BARE.finditer(ctx.norm, start, end)
    return _matches_at(_BARE_LOWER, ctx.lower, _bare_starts(ctx.lower, start, end), start, end)


def _bare_starts(lower: str, start: int, end: int) -> list[int]:
    """Sorted offsets in [start, end) where a type word ends at a gap before a number:
    where ``_BARE_LOWER`` may match (see ``_BARE_SERIAL``)."""
    starts = set()
    for serial in _BARE_SERIAL.finditer(lower, start, end):
        for gap in _BARE_GAPS:
            m = gap.match(lower, start, serial.start())
            if m and m.start() > start:
                kind_end = m.start()
                starts.update(kind_end - len(w) for w in _LOWER_KINDS_BY_LAST.get(lower[kind_end - 1], ())
                              if kind_end - len(w) >= start and lower.startswith(w, kind_end - len(w)))
    return sorted(starts)


def _bare_mentions(ctx) -> list[Mention]:
    norm, found = ctx.norm, []
    for m in _bare_matches(ctx):
        a, b = m.span()  # groups are read from the text itself, never from its lower-cased copy
        kind, serial, whole = norm[slice(*m.span("kind"))], norm[slice(*m.span("serial"))], norm[a:b]
        year = norm[slice(*m.span("year"))] if m["year"] is not None else None
        if not _STARTS_UPPER.match(kind) or not ctx.allows(a, b) or _in_footer(norm, a):
            continue
        if year is None and _YEAR_ONLY.fullmatch(serial) and "số" not in whole:
            continue  # "Kế hoạch 2024" names a year's plan, not a number
        na = m.start("serial")
        number = normalize_number(norm[na:b])
        mention = Mention(a, b, na, b, number, serial, year, [], party_form=False,
                          kind=KINDS[phrase_key(kind)], kind_from="text")
        _read_after(ctx, mention)
        found.append(mention)
    return found


def _in_footer(norm: str, index: int) -> bool:
    """The site's licence ("Giấy phép xuất bản: Số 06/GP-STTTT"), whatever the article bounds say."""
    window = max(0, index - 60)
    line_start = norm.rfind("\n", window, index) + 1  # only the last 60 characters count
    return bool(_LICENCE.search(norm[max(line_start, window):index]))


def _plausible(mention: Mention) -> bool:
    """A code of known type or issuer, a year, or a type word: "2-F1" is not a document."""
    if mention.kind or mention.self_document or mention.year:
        return True
    if any(c in TYPE_CODES or _issuer_code(c) for c in mention.codes):
        return True
    return sum(len(_DIGIT.sub("", c)) >= 2 for c in mention.codes) >= 2


def _issuer_code(code: str) -> str | None:
    bare = code.rstrip("0123456789")
    return bare if bare in ISSUER_CODES else None


def _kind_from_code(mention: Mention) -> str | None:
    for code in mention.codes:
        if mention.party_form and code in PARTY_TYPE_CODES:
            return PARTY_TYPE_CODES[code]
        if code in TYPE_CODES:
            return TYPE_CODES[code]
    if not mention.year and len(mention.codes) >= 2 and _issuer_code(mention.codes[0]):
        return _D["kind_without_type_code"]
    return None


# --- reading context -----------------------------------------------------------------

def _read_before(ctx, mention: Mention) -> None:
    """The type word right before the number, or the "Số:" of a letterhead."""
    norm = ctx.norm
    window_start = max(ctx.article.start, mention.number_start - 60)
    before = norm[window_start:mention.number_start]
    kind = _KIND_BEFORE.search(before) or _NAMED_KIND_BEFORE.search(before)
    if kind and (kind.re is _KIND_BEFORE or _STARTS_UPPER.match(kind["kind"])):
        mention.kind, mention.kind_from = KINDS[phrase_key(kind["kind"])], "text"
        mention.start = window_start + kind.start()
        _read_issued_before(ctx, mention)
        return
    line_start = max(norm.rfind("\n", window_start, mention.number_start) + 1, window_start)
    letterhead = _LETTERHEAD.search(norm[line_start:mention.number_start])
    if letterhead:
        mention.self_document = True
        mention.start = norm.index("Số", line_start + letterhead.start(), mention.number_start)


def _read_issued_before(ctx, mention: Mention) -> None:
    """ "Ngày 2/8/2018, Ban Thường vụ … ban hành Nghị quyết số 07-NQ/TU": date and body first."""
    norm = ctx.norm
    dot = norm.rfind(".", ctx.article.start, mention.start)
    # A newline before the last full stop cannot start the sentence: no need to look that far.
    newline = norm.rfind("\n", max(dot, ctx.article.start), mention.start)
    sentence_start = max(dot, newline, ctx.article.start)
    head = norm[sentence_start:mention.start]
    if not _ISSUED_BY.search(head):
        return
    body = _BODY_BEFORE.search(head)
    if body:
        words = ctx.text.words(sentence_start + body.start("body"), sentence_start + body.end("body"))
        mention.body = _NAME_AFTER_LEVEL.sub(lambda m: m["level"], words)
    starts = ctx.date_starts
    opening = [i for start, i in starts[bisect.bisect_left(starts, (sentence_start, -1)):
                                        bisect.bisect_left(starts, (mention.start, -1))]
               if not norm[sentence_start:start].strip(" \n.,;")]
    if opening:  # the date opens the sentence: "Ngày 2/8/2018, …" (the last one listed)
        mention.issued = ctx.dates[max(opening)].iso


def _read_after(ctx, mention: Mention) -> None:
    """Issued date, issuing body and subject, in the order the text writes them."""
    norm, pos = ctx.norm, mention.number_end
    date = _date_at(ctx, pos)
    if date is None and mention.self_document:
        date = _letterhead_date(ctx, pos)
    elif date is not None:
        pos = date.end
    if date is not None and mention.issued is None:
        mention.issued = date.iso
    year = _next_word_is(norm, pos, "năm") and _YEAR_AFTER.match(norm, pos)
    if year:
        pos = year.end()
    body = _OF_BODY.match(norm, pos, ctx.article.end)
    if body and len(body["body"].split()) <= 12:
        mention.body = mention.body or ctx.text.words(*body.span("body"))
        pos = body.end()
        date = _date_at(ctx, pos)
        if date is not None:
            mention.issued = mention.issued or date.iso
            pos = date.end
    about = (_next_word_is(norm, pos, "về", comma=True) and _ABOUT.match(norm, pos, ctx.article.end)
             ) or _QUOTED.match(norm, pos, ctx.article.end)
    if about is None and mention.self_document:
        about = _VV_LINE.search(norm, pos, min(pos + 300, ctx.article.end))
    if about and not _CODED.search(about["subject"]):
        mention.subject = ctx.text.words(*about.span("subject"))


def _next_word_is(norm: str, pos: int, word: str, comma: bool = False) -> bool:
    """Whether ``word`` comes next after spaces (and one comma, when ``comma``).

    A cheap test before a pattern that needs the word: the regex module looks for
    a required word through the rest of the text before it tries a match, which
    makes every failed match cost the length of a long one-line page."""
    q = _SPACE_RUN.match(norm, pos).end()
    if comma and norm.startswith(",", q):
        q = _SPACE_RUN.match(norm, q + 1).end()
    return norm.startswith(word, q)


def _date_at(ctx, pos: int):
    """A date written right after ``pos`` ("…/TB-TU ngày 4/2/2020", "…, ngày 24/01/2020")."""
    return ctx.dates_by_start.get(_GAP_TO_DATE.match(ctx.norm, pos).end())


def _letterhead_date(ctx, pos: int):
    """The "Quảng Ninh, ngày 18 tháng 4 năm 2013" line under a letterhead's number."""
    # ``ctx.lower`` only speeds up find_dates' scan (its contract): the same dates.
    for date in find_dates(ctx.norm, pos, min(pos + 200, ctx.article.end), ctx.lower):
        if date.year and _PLACE_LINE_BEFORE_DATE.search(ctx.norm, max(pos, date.start - 60), date.start):
            return date
    return None


# --- merging -------------------------------------------------------------------------

def _abbreviated(ctx, mention: Mention, full: list[Resolution]) -> Resolution | None:
    """The full number a short back-reference stands for ("Nghị quyết số 10" → 10/2023/NQ-HĐND).

    Serial (and year, when given) must agree, and so must the type; of several such
    numbers the one cited last before the back-reference is meant."""
    candidates = []
    for fact in full:
        head = _SERIAL_YEAR.match(fact.number)
        if head["serial"] != mention.serial or (mention.year and head["year"] != mention.year):
            continue
        if fact.kind and mention.kind and fact.kind != mention.kind:
            continue
        candidates.append(fact)
    if not candidates:
        return None
    here = ctx.text.to_source(mention.start)
    before = [f for f in candidates if f.evidence.start < here]
    return before[-1] if before else candidates[0]


def _add(ctx, by_key: dict[str, Resolution], bodies: dict[str, str], key: str, mention: Mention) -> None:
    """A new document, or one more mention of a known one filling what it lacked."""
    evidence = ctx.evidence(mention.start, mention.end)
    fact = by_key.get(key)
    if fact is None:
        fact = by_key[key] = Resolution(
            number=mention.number, number_text=ctx.text.words(mention.number_start, mention.number_end),
            kind=mention.kind, kind_from=mention.kind_from, issued=mention.issued,
            subject=mention.subject, self_document=mention.self_document, evidence=evidence)
    else:
        if mention.kind_from == "text" and fact.kind_from != "text":
            fact.kind, fact.kind_from = mention.kind, "text"
        fact.issued = fact.issued or mention.issued
        fact.subject = fact.subject or mention.subject
        fact.self_document = fact.self_document or mention.self_document
    if mention.body and key not in bodies:
        bodies[key] = mention.body
    fact.mentions.append(evidence)


def _resolve_issuer(ctx, fact: Resolution, body: str | None, places: dict[str, str | None]) -> None:
    """Issuer from the code; resolved: the body the text names (else a local issuer such
    as a Tỉnh ủy or Sở Y tế), with its place made explicit."""
    issuer_codes = [c for c in _SEGMENTS.findall(fact.number) if _issuer_code(c) and c not in TYPE_CODES]
    if issuer_codes:
        fact.issuer = _issuer_name(ctx, _issuer_code(issuer_codes[0]))
    if body is None and fact.issuer and _LEVEL_AT_END.search(fact.issuer):
        body = fact.issuer
    fact.issuer_resolved = _with_place(ctx, body, places) if body else None


def _issuer_name(ctx, code: str) -> str:
    """The code's reading the article itself uses (Thành ủy in a city), else the first."""
    names = ISSUER_CODES[code]
    for name in names:
        if ctx.norm.find(name, ctx.article.start, ctx.article.end) >= 0:
            return name
    return names[0]


def _with_place(ctx, body: str, places: dict[str, str | None]) -> str:
    """ "Ban Thường vụ Thành ủy" in a Hải Phòng article → "Ban Thường vụ Thành ủy Hải Phòng".

    ``places`` keeps the place found for each level: one article, one answer."""
    level = _LEVEL_AT_END.search(body)
    if not level:
        return body
    if level["level"] not in places:
        places[level["level"]] = _most_named_place(ctx, level["level"])
    place = places[level["level"]]
    return body if place is None else f"{body} {place}"


def _most_named_place(ctx, level: str) -> str | None:
    """The place the article names most often after a cue of ``level`` ("tỉnh Quảng Ninh")."""
    places = Counter(_PLACE_NAMES[" ".join(m["place"].casefold().split())] for m in _places(ctx, level) if ctx.allows(*m.span()))
    return places.most_common(1)[0][0] if places else None


def _places(ctx, level: str):
    """``_PLACE_RE[level]`` matches in the article, tried only where a cue is written."""
    start, end = ctx.article.start, ctx.article.end
    if ctx.lower is None:
        return _PLACE_RE[level].finditer(ctx.norm, start, end)
    return _matches_at(_PLACE_RE[level], ctx.norm, _occurrences(ctx.lower, _PLACE_CUES[level], start, end),
                       start, end)
