"""Headline figures: "3.787 công chức", "103,76% so với kế hoạch", "726,8 tỷ đồng".

A figure is a number written in digits that measures something.  Finding one
takes three steps, each a small function below:

1. read the number the Vietnamese way ("3.787" = 3787, "1,34" = 1.34, "04" = 4,
   "133/186", "100 - 120%", "2,9 triệu"); a form that reads two ways ("61.42")
   is kept and flagged ``ambiguous``;
2. drop what is not a figure: dates, years, clock times, phone numbers,
   document numbers, codes glued to letters ("H1N1", "COVID-19"), list
   numbering, and identifiers — a number *after* a noun names or orders a thing
   ("lần thứ 5", "Tầng 19", "Đề án 06"), while a count stands *before* its noun;
3. describe it: the counted noun phrase after the number (``unit``), the metric
   (``about``), the period, a comparison, and whether it is a headline result.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex

from schema import Figure

from .tables import Table, find_tables
from .vocab import alternation, load

KIND = "figures"
ID_PREFIX = "fig"

_U = load("units")
_M = load("metrics")
_N = load("non_figures")


def _fold(text: str) -> str:
    """Case folding under which every character the regex module matches case-blind
    to a vocabulary letter folds like that letter ("İ" matches "i"; tested)."""
    return text.casefold().replace("i\u0307", "i")


class _LastWords:
    """Whether a text may end with one of some phrases (matched case-blind), then only
    spaces (and one colon if ``colon``): whether it ends with the last word of one,
    a quick test with string methods."""

    def __init__(self, phrases, colon: bool = False):
        last_words = {w.split()[-1] for w in phrases}
        self._folded = tuple({_fold(w) for w in last_words})
        self._longest = max(map(len, last_words))  # in characters of the text: one per letter matched
        self._colon = colon

    def may_end(self, text: str) -> bool:
        core = text.rstrip()  # str.isspace holds for every \s
        if self._colon:
            core = core.rstrip(":").rstrip()
        return core[-self._longest:].casefold().replace("i\u0307", "i").endswith(self._folded)  # _fold


class _Ending:
    """A case-blind pattern that must end the text it is tried on ("… đạt$"): one of
    ``phrases``, then spaces (and one colon if ``colon``) or other words (``forward``).

    ``search`` is the pattern itself (where it starts).  ``ends`` only says whether
    it matches, and is much faster: it checks the last word first (_LastWords), then
    tries the mirror-image pattern (every part reversed, the lookbehind turned into a
    lookahead) once, anchored, at the start of the reversed text, instead of a search
    from every position.  A match ending before a final newline extends over it (the
    pattern ends with ``\\s*$``), so the two agree on whether there is a match.  The
    last answer is kept: describing a number asks it several times of one text."""

    def __init__(self, forward: str, mirrored: str, phrases, colon: bool = False):
        self._forward = regex.compile(forward, regex.I)
        self._mirrored = regex.compile(mirrored, regex.I)
        self.last_words = _LastWords(phrases, colon)
        self._last: tuple[str, bool] = ("", False)

    def search(self, text: str):
        return self._forward.search(text)

    def ends(self, text: str) -> bool:
        """Whether the pattern matches ``text``."""
        last_text, last_found = self._last
        if text == last_text:
            return last_found
        found = self.last_words.may_end(text) and self._mirrored.match(text[::-1]) is not None
        self._last = (text, found)
        return found


def _backwards(words) -> str:
    """The alternation of ``words`` spelled backwards (for reversed text)."""
    return alternation([w[::-1] for w in words], boundary=False)


def _ends_with(words) -> _Ending:
    """Text that ends with one of ``words`` (then spaces or a colon)."""
    return _Ending(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation(words, boundary=False)})\s*:?\s*$",
                   rf"\s*:?\s*(?:{_backwards(words)})(?![\p{{L}}\p{{N}}])", words, colon=True)


def _verb_before(verbs) -> _Ending:
    """Text that ends with one of ``verbs``, then qualifiers ("đạt", "tăng hơn")."""
    return _Ending(
        rf"(?<![\p{{L}}\p{{N}}])(?P<verb>{alternation(verbs, boundary=False)})(?:\s+(?:{_QUALIFIERS}))*\s*$",
        rf"\s*(?:(?:{_backwards(_M['qualifiers'])})\s+)*(?:{_backwards(verbs)})(?![\p{{L}}\p{{N}}])",
        verbs + _M["qualifiers"])


def _starts_with(words) -> regex.Pattern:
    return regex.compile(rf"\s*(?:{alternation(words, boundary=False)})(?![\p{{L}}\p{{N}}])", regex.I)


# --- number shapes -----------------------------------------------------------
# A run of digits with "." or "," groups, but not a year ("2024": no more digits, nor "." or "," and
# digits, after it), which is never a figure (see _read_candidate), nor clock times or phone numbers.
_TOKEN_NOT_YEAR = regex.compile(r"(?<![\p{N}.,])(?!(?:19|20)\d\d(?!\d|[.,]\d))\d+(?:[.,]\d+)*")
_THOUSANDS_DOT = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL_COMMA = regex.compile(r"\d+(?:,\d+)?")
_DECIMAL_POINT = regex.compile(r"\d+\.\d+")
_THOUSANDS_COMMA = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_YEAR = regex.compile(r"(?:19|20)\d\d")

_FRACTION = regex.compile(r"\s?/\s?(?P<total>\d+(?:\.\d{3})*)(?!\s?[/\-]\s?[\p{L}\p{N}]|[\p{N}.,]\d)")
_DOC_CODE = regex.compile(r"\s?[/\-–]\s?[\p{L}/]")
_RANGE = regex.compile(r"\s?[-–]\s?(?P<end>\d+(?:[.,]\d+)*)(?![/\p{N}])")
# "từ 15 đến 20 triệu đồng": a range in words; the unit and scale written once, after its end.
_FROM_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])từ\s+$", regex.I)
_RANGE_TO = regex.compile(r"\s+(?:đến|tới)\s+(?P<end>\d+(?:[.,]\d+)*)(?![/\p{N}]|[.,]\d)", regex.I)
_GLUED = regex.compile(r"\p{L}[\p{L}\p{N}²³]*")
# On the number's line, and not the "tỷ" of "tỷ lệ", "tỷ số", "tỷ suất", "tỷ trọng" (a rate, a ratio, a share).
_SCALE = regex.compile(rf"[ \t]+(?P<scale>{alternation(_U['scale'])})(?![ \t]+(?i:lệ|số|suất|trọng)(?![\p{{L}}\p{{N}}]))",
                       regex.I)
# The next, smaller part of an amount written with two scales: "1 tỷ 200 triệu đồng".
_SMALLER_SCALE = regex.compile(rf"[ \t]+(?P<count>\d{{1,3}}){_SCALE.pattern}", regex.I)
_PERCENT = regex.compile(rf"\s?(?P<sign>[%‰])|\s+(?:{alternation(_U['percent_words'])})", regex.I)

# --- spans that are never figures --------------------------------------------
_TIME = regex.compile(
    r"(?<![\p{N}:.,])(?:[01]?\d|2[0-3])\s?(?::|h|giờ)\s?[0-5]\d(?!\p{N})'?"
    r"|(?<![\p{N}:.,])(?:[01]?\d|2[0-3])\s?h(?![\p{L}\p{N}])"
    r"|(?<=(?i:lúc|vào)\s{1,3})\d{1,2}\s?giờ"
    r"|(?<![\p{N}:.,])\d{1,2}\s?giờ\s+(?i:sáng|trưa|chiều|tối|đêm)", regex.V1)
_PHONE = regex.compile(r"(?<![\p{N}.,])(?:\+84|0)\d{1,4}(?:[ .\-]?\d{2,4}){1,4}(?![\p{N}])")
# A fishing boat's registration: the province's code, the number, "TS" for thủy sản ("QNg 95478 TS", "BĐ-96789-TS").
_VESSEL_NUMBER = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{L}{0,3}[ \-–]\d{3,6}[ \-–]TS(?![\p{L}\p{N}])")
_NEVER = regex.compile(rf"(?<![\p{{N}}/])(?:{'|'.join(regex.escape(w) for w in _N['never'])})(?![\p{{N}}/])")
_LIST_PREFIX_BACK = regex.compile(r"(?r)[\s\-–•*+>(]*")  # matched backwards from a number
_NUMBERED_LINE = regex.compile(r"\s*(?:\d+(?:\.\d+)*[.)]|(?i:điều)\s+\d+)\s")

# --- words around the number -------------------------------------------------
_LABEL_BEFORE = _ends_with(_N["labels"])
_VERB_LIKE_LABELS = set(_N["verb_like_labels"])
_VALUE_HEAD_BEFORE = _ends_with(_N["value_heads"])
_ANNIVERSARY_BEFORE = _ends_with(_N["anniversary_before"])
_IDENTIFIER_CUES = _LastWords(_N["labels"] + _N["value_heads"] + _N["anniversary_before"], colon=True)
_DATE_AFTER = _starts_with(_N["date_after"])
_ANNIVERSARY_AFTER = _starts_with(_N["anniversary_after"])
_QUALIFIERS = alternation(_M["qualifiers"], boundary=False)
_MEASURED_BEFORE = _verb_before(_M["measure_verbs"])
_CHANGE_BEFORE = _verb_before(_M["change_verbs"])
_LEVEL_WORD = _ends_with(_M["level_after_change"])
_GRADE_VERBS = set(_M["grade_verbs"])
_UNIT_STOP = _starts_with(_U["unit_stops"])
_UNIT_STOP_AFTER_HEAD = _starts_with(_U["unit_stops_after_head"])
_MEASURE_UNITS = {w.lower() for w in _U["measure_units"]}
_PHYSICAL_UNITS = {w.lower() for w in _U["physical_units"]}
_NUMBER_NEXT = regex.compile(r"\s*\d")
# An item of a bulletin: its label from a line's start (after a bullet or a list number), a
# semicolon or a comma, up to a colon before the number; and what ends the item after the number.
_MAX_LABEL = 100
_ITEM_LABEL = regex.compile(
    r"(?:^|\n|[;,])[ \t]*(?:(?:[-–+*•·●▪○»]|\d{1,2}[.)])[ \t]+)?(?P<label>[^\W\d][^:\n;,]*?)[ \t]*:[ \t]*$")
_ITEM_ENDS = regex.compile(r"[ \t]*(?:$|\n|[;,(]|\.[ \t]*(?:$|\n))")  # not "các biện pháp: 1. Giám sát …"
# A label that starts or ends with one of these ("Mã số thuế", "Số điện thoại"), not "điều trị" inside one.
_NOT_VALUE_LABEL = regex.compile(
    rf"^(?:{alternation(_N['not_value_labels'])})|(?:{alternation(_N['not_value_labels'])})$", regex.I)
# Words before a label word in the same item ("Ca mắc trong ⟨tuần⟩:"), not just a bullet.
_WORDS_BEFORE_IN_ITEM = regex.compile(r"\p{L}[^\n;•]*$")
_TIMES_NEXT = regex.compile(r" ?[x×] ?\d+(?:[.,]\d+)?(?=[ x×])")  # " x 22" in "28 x 22 cm"
# The new value of a change written "từ 0,3 lên 0,5 lần": the old one is counted in the same unit.
_CHANGED_TO_BEFORE = regex.compile(r"[ \t]+(?:lên|xuống(?:[ \t]+còn)?|còn)[ \t]+")
_CHANGED_TO = regex.compile(r"[ \t]+(?:lên|xuống(?:[ \t]+còn)?|còn)[ \t]+\d+(?:[.,]\d+)*(?![.,]?\d)")
_UNIT_WORD = r"(?P<w>\p{L}[\p{L}\p{N}²³]*)"  # after spaces
# The words after a number, up to unit_max_words: each after spaces, unless a stop word
# starts there (each stop test as _starts_with matches it there, where its \s* matches
# nothing, case-blind, as a lookahead).  The first word may not start with a stop word,
# the next ones not with one of unit_stops_after_head either.
_UNIT_WORDS = regex.compile(
    rf"[ ]+(?!(?i:{_UNIT_STOP.pattern})){_UNIT_WORD}"
    rf"(?:[ ]+(?!(?i:{_UNIT_STOP.pattern}))(?!(?i:{_UNIT_STOP_AFTER_HEAD.pattern})){_UNIT_WORD})"
    rf"{{0,{_U['unit_max_words'] - 1}}}")
_UNIT_DROP = _ends_with(_U["unit_trailing_drop"])
_PERIOD_AFTER = _starts_with(_M["period_after"])
_PERIOD_BEFORE = _ends_with(_M["period_before"])
_AGE_IN_TIME_UNITS = regex.compile(r"(?:ngày|tuần|tháng)[ ]+tuổi(?![\p{L}])", regex.I)  # "bé gái 14 tháng tuổi": an age
_LIFESPAN_BEFORE = regex.compile(r"(?<![\p{L}])(?i:tuổi thọ)(?:\s+[\p{L}]+){0,3}\s*:?\s*$")  # "tuổi thọ trung bình 74,3 tuổi"
_OPENS_SENTENCE = regex.compile(r"(?:^|[.!?:;\n])\s*(?:(?i:trong)\s+)?$")
_YEAR_AFTER = regex.compile(r"\s*(?:năm\s+|/\s*)(?:19|20)\d\d(?!\p{N})", regex.I)  # "9 tháng năm 2024", "6 tháng/2024"
_TIME_UNITS = {w.lower() for w in _M["time_units"]}
_PLACES = load("organizations")["places"]
_PLACE_NAME = regex.compile(alternation(_PLACES["thành phố"] + _PLACES["tỉnh"], case="exact"))
_SERVICE_NUMBERS = frozenset(_N["service_numbers"])
_EMERGENCY_BEFORE = regex.compile(r"(?i:cấp cứu)\s*$")  # "Trung tâm Cấp cứu 115 bố trí 9 kíp"
_LEVEL_UNIT = regex.compile(r"(?:thành phố|tỉnh|huyện|quận|thị xã)(?![\p{L}])")
_CITY_AFTER = regex.compile(r"[ ]+(?:TP|Tp|TX)(?:\.[ ]?|[ ])\p{Lu}")  # "… 1 TP.HCM", "… 2 TP. Cần Thơ"
# A hospital named with a number: "Bệnh viện 108", "Bệnh viện Nhi đồng 1", "Bệnh viện Quân y 175"
# (capitalised words of its name, or the lower-case halves of "Nhi đồng", "Quân y" and "Nhân dân",
# then the number: "Bệnh viện Nhân dân 115").
# Only "Bệnh viện" capitalised, as in a name: "trao tặng bệnh viện 1 máy siêu âm" counts a machine.
_HOSPITAL_NAME_BEFORE = regex.compile(r"(?<![\p{L}])(?:Bệnh viện|BỆNH VIỆN|BV)(?:[ ]+(?:\p{Lu}\p{Ll}*|đồng|y|dân)){0,3}[ ]+$")
_CLOCK_AFTER = regex.compile(
    r"\s+(?:(?:ngày|chủ nhật|sáng|trưa|chiều|tối|đêm|hôm|cùng ngày|hằng ngày|hàng ngày|hằng tuần|hàng tuần)(?![\p{L}])"
    r"|thứ\s|(?:đến|tới)\s+\d{1,2}\s*giờ)", regex.I)
# "lúc 8 giờ", "từ 14 giờ", "trước 15 giờ", "từ 7 giờ 30 đến 17 giờ"
_CLOCK_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?:lúc|hồi|từ|trước)|\d\s*giờ(?:\s*\d{1,2}(?:\s*phút)?)?\s+(?:đến|tới))\s+$", regex.I)
_CURRENCIES = {w.lower() for w in _U["currencies"]}
_NOT_CURRENCIES = {w.lower() for w in _U["not_currencies"]}
_NEEDS_MEASURE = {w.lower() for w in _U["needs_measure"]}
_GLUED_UNITS = {w.lower() for w in _U["glued_units"]}
_SCALES = {k.lower(): Decimal(str(v)) for k, v in _U["scale"].items()}
_COMPARISON_AFTER = regex.compile(
    rf"\s*\(?\s*(?:{alternation(_M['comparison_words'], boundary=False)})\s[^,;.:()\n]*", regex.I)
_METRIC_TRIM = regex.compile(
    rf"(?:^|\s+)(?:{_QUALIFIERS}|{alternation(_M['measure_verbs'] + _M['change_verbs'] + _M['metric_trailing_drop'], boundary=False)})\s*$",
    regex.I)
_METRIC_TRIM_END = _Ending(
    _METRIC_TRIM.pattern,
    rf"\s*(?:{_backwards(_M['qualifiers'])}|{_backwards(_M['measure_verbs'] + _M['change_verbs'] + _M['metric_trailing_drop'])})(?:\s+|\Z)",
    _M["qualifiers"] + _M["measure_verbs"] + _M["change_verbs"] + _M["metric_trailing_drop"])
# _LAST_MEASURE_VERB is used when its rest has at most 3 words: it is then in the
# last _MEASURE_VERB_WORDS + 3 words, where a search from after the word before them
# finds the same last verb (the text left of the search start is a space).
_MEASURE_VERB_WORDS = max(len(w.split()) for w in _M["measure_verbs"])
_METRIC_TRIM_WORDS = max(len(w.split()) for w in _M["qualifiers"] + _M["measure_verbs"] + _M["change_verbs"]
                         + _M["metric_trailing_drop"])
_LAST_MEASURE_VERB = regex.compile(
    rf".*(?<![\p{{L}}\p{{N}}])(?:{alternation(_M['measure_verbs'], boundary=False)})\s+(?P<rest>.+)$", regex.I | regex.S)
_SHARE_OF = _starts_with(_M["share_of"])
_RESULT_CUE = regex.compile(alternation(_M["result_cues"]), regex.I)
_SPACE = regex.compile(r"\s")
_CLAUSE_BREAK = regex.compile(r"[;:]|,\s|(?<!\d)\s[-–]\s(?!\d)")
_DIGIT = regex.compile(r"\d")
_TAIL_END = regex.compile(r"[,;.:()\n“”\"/\p{N}]|\s(?:đã|đang|sẽ|được|là|và|với|nhằm|để|theo|tại|trong|so)\s")
_PERIOD_SOURCE = (
    r"(?<![\p{L}\p{N}])(?:"
    r"\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:19|20)\d\d)?"
    r"|quý\s+(?:[IV]+|\d)(?:\s*(?:năm\s+|/)(?:19|20)\d\d)?"
    r"|(?:giai đoạn|nhiệm kỳ)\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
    r"|năm\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"|tháng\s+\d{1,2}[/.](?:19|20)\d\d"
    r")(?![\p{N}])")
_PERIOD = regex.compile(_PERIOD_SOURCE, regex.I)
# The same for the lower-cased copy of the text (``ctx.lower``): a faster scan, same spans.
_PERIOD_LOWER = regex.compile(_PERIOD_SOURCE.replace("[IV]", "[iv]"))
# Each branch of _PERIOD_LOWER starts with one of these words, or with the count before "tháng".
_PERIOD_WORDS = ("tháng", "quý", "giai đoạn", "nhiệm kỳ", "năm")
_COUNT_BACK = regex.compile(r"(?r)\d+\s+")  # "2 " before "tháng", matched backwards
_PERIOD_JOIN = regex.compile(r"\s*(?:,|và|đến|-|–)\s*")
# Any character that can be in no period of _PERIOD_LOWER (in the lower-cased text) nor
# in a _PERIOD_JOIN between two (lower-cased, it is in neither either).
_OUTSIDE_PERIODS = regex.compile(r"[^\s\d/.,\-–%s]" % regex.escape("".join(sorted(
    {c for c in regex.sub(r"\\p\{\w\}|\\[sd]", "", _PERIOD_LOWER.pattern + _PERIOD_JOIN.pattern) if c.isalpha()}))))
_OUTSIDE_PERIODS_BACK = regex.compile(r"(?r)" + _OUTSIDE_PERIODS.pattern)
_COMPARED_PERIOD = _Ending(r"(?:so với|so|cùng kỳ)\s*$",
                           r"\s*(?:%s)" % "|".join(regex.escape(w[::-1]) for w in ("so với", "so", "cùng kỳ")),
                           ("so với", "so", "cùng kỳ"))
_ABOUT_WORDS = 14


def identity(fact: Figure) -> str:
    """The number as written, its unit and quote, and what it measures: two
    "100%" of one article differ by their metric, never by their position."""
    quote = fact.evidence.quote if fact.evidence else ""
    return f"{fact.surface}|{fact.unit or ''}|{fact.total}|{quote}|{fact.about or ''}"


# --- step 1: reading numbers -------------------------------------------------
def read_number(text: str) -> tuple[Decimal, bool] | None:
    """(value, ambiguous) of a number written the Vietnamese way, or None.

    "3.787" is 3787 (dot groups thousands), "1,34" is 1.34 (comma is the
    decimal mark).  "61.42" or "1,234,567" follow the English convention: read
    that way but flagged ambiguous.  "1.2.3" is a section number: None."""
    if _THOUSANDS_DOT.fullmatch(text):
        return Decimal(text.replace(".", "").replace(",", ".")), False
    if _DECIMAL_COMMA.fullmatch(text):
        return Decimal(text.replace(",", ".")), False
    if _DECIMAL_POINT.fullmatch(text):
        return Decimal(text), True
    if _THOUSANDS_COMMA.fullmatch(text):
        return Decimal(text.replace(",", "")), True
    return None


def parse_number(text: str) -> float | int:
    """Vietnamese reading of a number as a plain value: "3.787" → 3787, "1,34" → 1.34."""
    reading = read_number(text)
    if reading is None:
        raise ValueError(f"not a number: {text!r}")
    return _plain(reading[0], text)


def _plain(value: Decimal, written: str) -> float | int:
    """An int when the number is whole and written without decimals, else a float."""
    decimals = ("," in written and not _THOUSANDS_COMMA.fullmatch(written)) or (
        "." in written and not _THOUSANDS_DOT.fullmatch(written))
    if value == value.to_integral_value() and not decimals:
        return int(value)
    return float(value)


def _scaled(value: Decimal, written: str, scale: Decimal | None) -> float | int:
    if scale is None:
        return _plain(value, written)
    product = value * scale
    return int(product) if product == product.to_integral_value() else float(product)


def _is_year(text: str) -> bool:
    return bool(_YEAR.fullmatch(text))


# --- step 2: what is not a figure --------------------------------------------
@dataclass
class _Blocked:
    """Sorted spans of the document where no figure may start."""

    spans: list[tuple[int, int]]

    def __post_init__(self):
        self.spans.sort()
        self._starts = [a for a, _ in self.spans]
        # the furthest end among the (up to 8) spans that ``covers`` looks at before index i
        ends = [y for _, y in self.spans]
        self._reach = [-1] + [max(ends[max(0, i - 8):i]) for i in range(1, len(ends) + 1)]

    def covers(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self._starts, b)
        if self._reach[i] <= a:
            return False  # no span there ends after a
        return any(x < b and a < y for x, y in self.spans[max(0, i - 8):i])


def _finditer_at(pattern: regex.Pattern, text: str, starts, start: int, end: int):
    """``pattern.finditer(text, start, end)`` for a pattern that matches no empty
    text and can only start at one of ``starts``: the same matches, tried there only.

    ``starts`` are sorted; a regex search through the whole article is much slower."""
    pos = start
    for at in starts:
        if at >= pos:
            m = pattern.match(text, at, end)
            if m:
                yield m
                pos = m.end()


def _time_and_phone_starts(norm: str, tokens, start: int) -> tuple[list[int], list[int]]:
    """Where a clock time and a phone number can start, found from the number tokens.

    Both start at a digit after no digit, dot or comma (their lookbehinds), which is
    where a token starts.  A time starts with one or two digits and then ":", "h"
    or "giờ", maybe after a space ("8h30", "9 giờ"); a phone number with "0", or "+" before "84"."""
    times, phones = [], []
    for m in tokens:
        a, b = m.span()
        if b - a <= 2:
            after = norm[b:b + 1]
            if after.isspace():  # str.isspace holds for every \s
                after = norm[b + 1:b + 2]
            if after and after in ":hg":
                times.append(a)
        first = norm[a]
        if first == "0":
            phones.append(a)
        elif first == "8" and a > start and norm[a - 1] == "+" and norm.startswith("84", a):
            phones.append(a - 1)
    return times, phones


def _blocked_spans(ctx, tokens, table_rows) -> _Blocked:
    """Dates, times, phones, document numbers and the rows of tables (read on their own)."""
    norm, start, end = ctx.norm, ctx.article.start, ctx.article.end
    times, phones = _time_and_phone_starts(norm, tokens, start)
    spans = [(d.start, d.end) for d in ctx.dates] + table_rows
    spans += [m.span() for m in _finditer_at(_TIME, norm, times, start, end)]
    spans += [m.span() for m in _NEVER.finditer(norm, start, end)]
    if "TS" in norm:
        spans += [m.span() for m in _VESSEL_NUMBER.finditer(norm, start, end)]
    spans += [m.span() for m in _finditer_at(_PHONE, norm, phones, start, end)
              if sum(c.isdigit() for c in m.group(0)) >= 9]
    for fact in ctx.found.get("resolutions", []):
        for ev in getattr(fact, "mentions", []) or [fact.evidence]:
            if ev is not None:
                spans.append((ctx.text.to_norm(ev.start), ctx.text.to_norm(ev.end)))
    return _Blocked(spans)


def _glued_to_code(norm: str, a: int) -> bool:
    """ "H1N1", "lần2", "COVID-19", "06-CT", "GMT+7", "P.5": part of a code, not a number."""
    if a == 0:
        return False
    prev = norm[a - 1]
    before = norm[a - 2] if a >= 2 else " "
    if prev.isalpha() or prev in "/+#_@":
        return True
    if prev in "-–." and (before.isalnum()):
        return True
    return prev == " " and before.isdigit()  # "1900 9095", "0237 3721150": digit groups of a code


def _is_list_number(norm: str, a: int, after: int) -> bool:
    """ "1. Đánh giá chung", "2.1.", "3)": numbering at the start of a line."""
    if not (after < len(norm) and norm[after] in ".)" and (after + 1 >= len(norm) or not norm[after + 1].isdigit())):
        return False
    return _only_list_marks_before(norm, a)


def _is_identifier(before: str) -> bool:
    """A number after a label noun ("lần thứ 5", "Chuyên đề 2", "Tầng 19"); ``before``
    is the text before it."""
    if not _IDENTIFIER_CUES.may_end(before):
        return False  # none of the three tests below can hold
    if _MEASURED_BEFORE.ends(before) or _VALUE_HEAD_BEFORE.ends(before):
        return False
    if _ANNIVERSARY_BEFORE.ends(before):
        return True
    if not _LABEL_BEFORE.ends(before):
        return False
    label = _LABEL_BEFORE.search(before)
    if ":" in label.group(0) and _WORDS_BEFORE_IN_ITEM.search(before, 0, label.start()):
        return False  # "Ca mắc trong tuần: 64 ca": the label word ends what is counted, it names nothing
    if label.group(0).rstrip(" :").islower() and " ".join(label.group(0).split()).rstrip(":") in _VERB_LIKE_LABELS:
        return False  # "hướng dẫn 45 nghiên cứu sinh", "báo cáo 12 ca": a verb, not "Hướng dẫn 45"
    if before[:label.start()].split()[-1:] in (["mỗi"], ["Mỗi"]):
        return False  # "mỗi đội 3 người": so many for each, not team number 3
    # a label of several words is no piece of a place's name ("Trưởng Ban Chỉ đạo 389 tỉnh")
    return len(label.group(0).split()) > 1 or not _inside_name(before, label.start())


_YEAR_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(?i:năm)[ \t]+$")


def _count_after_year_word(norm: str, n: _Number, before: str) -> bool:
    """ "cộng dồn từ đầu năm 318 ca": a count of two or three digits with its unit after "năm",
    which no year is written as."""
    return (10 <= n.value < 1000 and n.surface.isdigit() and bool(n.unit)
            and bool(_YEAR_WORD_BEFORE.search(before)))


def _inside_name(before: str, start: int) -> bool:
    """ "Hải Phòng 11 kỹ thuật": a capitalised label word after another
    capitalised word is part of a proper name, not a label."""
    if not before[start:start + 1].isupper():
        return False
    words = before[:start].split()
    return bool(words) and words[-1][:1].isupper() and not words[-1].endswith((".", ":", ";", ","))


def _only_list_marks_before(norm: str, a: int) -> bool:
    """Only spaces, dashes, bullets or a bracket between the line start and ``a``.

    Read backwards from ``a`` (a reverse match), so a very long line costs no more
    than a short one."""
    run = _LIST_PREFIX_BACK.match(norm, 0, a)
    return run.start() == 0 or "\n" in norm[run.start():a]


_CHAIN = regex.compile(r"\s*(?:,|và|hoặc|[-–])\s*")


def _may_chain_at(norm: str, i: int) -> bool:
    """_CHAIN starts with a space, ",", "v", "h", "-" or "–"."""
    return norm[i] in ",vh-–" or norm[i].isspace()  # str.isspace holds for every \s


# --- step 1 and 2 together: one candidate ------------------------------------
@dataclass(slots=True)
class _Number:
    start: int
    end: int  # end of the number itself (total, range end and scale word included)
    value: float | int
    surface: str
    ambiguous: bool = False
    total: float | int | None = None
    range_end: float | int | None = None
    unit: str | None = None
    unit_start: int = 0
    unit_end: int = 0
    scaled: bool = False  # written with a scale word ("2,9 triệu")
    unit_read: bool = False  # ``unit`` is known (see _read_candidate)
    changed_to: bool = False  # the old value of a change, in the new value's unit ("từ 0,3 lên 0,5 lần")


def _read_candidate(norm: str, m) -> _Number | None:
    """The number at ``m`` with its total, range and scale, or None if it is no quantity.

    Its unit is read by _with_unit, only for numbers that need it: nothing here depends on it."""
    try:
        return _read_quantity(norm, m)
    except InvalidOperation:
        return None  # digits the regex module knows but Decimal does not (a newer Unicode version): no number


def _read_quantity(norm: str, m) -> _Number | None:
    a, b = m.span()
    text = m.group(0)
    if (len(text) == 4 and _is_year(text)) or _glued_to_code(norm, a):
        return None  # a year is no quantity: alone, as a month ("7/2025") or in a range ("2024 – 2030")
    if "." in text or "," in text:
        reading = read_number(text)
        if reading is None:
            return None
        value, ambiguous = reading
        plain = _plain(value, text)
    else:  # bare digits: what read_number and _plain give
        value, ambiguous = Decimal(text), False
        plain = int(value)
    number = _Number(a, b, plain, text, ambiguous)
    pos = b
    if _mark_follows(norm, pos):  # a total, a document code and a range all start so
        fraction = _FRACTION.match(norm, pos)
        if fraction:
            total = fraction["total"]
            reading = read_number(total)
            if _is_year(total) or reading is None or reading[0] < value:
                return None  # "98/2023": a document; "5/1234.567.890": no number; "11/7": a day, not 11 of 7
            number.total = _plain(reading[0], total)
            pos = fraction.end()
        elif _DOC_CODE.match(norm, pos):
            return None  # "2927 -TB/TU", "06-CT/TW"
        else:
            span = _RANGE.match(norm, pos)
            if span and read_number(span["end"]) and not _is_year(span["end"]):
                number.range_end = _plain(read_number(span["end"])[0], span["end"])
                pos = span.end()
            elif span and _is_year(span["end"]):
                return None  # "15 - 2030": a range ending in a year
    elif norm[pos:pos + 1].isspace() and _FROM_BEFORE.search(norm, max(0, a - 8), a):
        span = _RANGE_TO.match(norm, pos)
        if span and read_number(span["end"]) and not _is_year(span["end"]) and not _is_year(text):
            number.range_end = _plain(read_number(span["end"])[0], span["end"])
            pos = span.end()
    number.surface = norm[a:pos]
    spaced = norm[pos:pos + 1].isspace()  # then no letter is glued, else no scale word follows
    glued = None if spaced else _GLUED.match(norm, pos)
    if glued:
        if glued.group(0).lower() not in _GLUED_UNITS:
            return None  # "5G", "10h30"
        number.unit, number.unit_start, number.unit_end = glued.group(0), glued.start(), glued.end()
        number.unit_read = True
        return number
    scale = _SCALE.match(norm, pos) if spaced else None
    factor = None
    if scale:
        factor = _SCALES[scale["scale"].lower()]
        number.value = _scaled(value, text, factor)
        if number.range_end is not None:
            number.range_end = _scaled(Decimal(str(number.range_end)), "0", factor)
        pos = scale.end()
        if number.range_end is None and number.total is None:
            while (more := _SMALLER_SCALE.match(norm, pos)) is not None:  # "1 tỷ 200 triệu đồng"
                smaller = _SCALES[more["scale"].lower()]
                if smaller >= factor:
                    break
                number.value = _plain(Decimal(str(number.value)) + Decimal(more["count"]) * smaller, "0")
                factor, pos = smaller, more.end()
        number.surface = norm[a:pos]
        number.scaled = True
    number.end = pos
    return number


def _with_unit(norm: str, number: _Number) -> _Number:
    """``number`` with its unit: a percent sign or word, else the counted noun phrase after it."""
    if not number.unit_read:
        pos = number.end
        percent = _PERCENT.match(norm, pos)
        if percent:
            number.unit, number.unit_start, number.unit_end = percent["sign"] or "%", percent.start(), percent.end()
        else:
            by = _TIMES_NEXT.match(norm, pos)
            if by is None:
                number.unit, number.unit_start, number.unit_end = _read_unit(norm, pos)
                if number.unit is None and (to := _CHANGED_TO.match(norm, pos)) and _FROM_BEFORE.search(
                        norm, max(0, number.start - 8), number.start):
                    _in_unit_of_new_value(norm, number, to.end())
            else:  # a size "28 x 22 cm": each side is in the unit written after the last, whose words
                # stay with the last side's figure
                while (more := _TIMES_NEXT.match(norm, by.end())) is not None:
                    by = more
                number.unit, number.unit_start, number.unit_end = _read_unit(norm, by.end())[0], pos, pos
        number.unit_read = True
    return number


def _in_unit_of_new_value(norm: str, number: _Number, pos: int) -> None:
    """Gives the old value of a change the scale and unit written after the new value at ``pos``
    ("từ 1,2 lên 1,5 tỷ đồng"); the words stay with the new value's figure."""
    scale = _SCALE.match(norm, pos) if not number.scaled and not number.total else None
    if scale:
        factor = _SCALES[scale["scale"].lower()]
        number.value = _scaled(Decimal(str(number.value)), number.surface, factor)
        number.scaled = True
        pos = scale.end()
    percent = _PERCENT.match(norm, pos)
    number.unit = (percent["sign"] or "%") if percent else _read_unit(norm, pos)[0]
    number.changed_to = True


def _mark_follows(norm: str, pos: int) -> bool:
    """ "/", "-" or "–" at ``pos``, or after one space there."""
    mark = norm[pos:pos + 1]
    if mark.isspace() and mark != "\n":  # str.isspace holds for every \s of the patterns; a line's
        mark = norm[pos + 1:pos + 2]  # end is no space here: "410⏎- Tử vong: 0" is a list, not a range
    return mark != "" and mark in "/-–"


def _read_unit(norm: str, pos: int) -> tuple[str | None, int, int]:
    """(phrase, start, end) of the counted noun phrase after a number: words up to
    a stop word, a punctuation mark, another number or the start of a proper name."""
    m = _UNIT_WORDS.match(norm, pos) if norm.startswith(" ", pos) else None
    if m is None:
        return None, pos, pos  # no word, or a stop word
    words = m.captures("w")
    keep = 1
    while keep < len(words) and not (words[keep][0].isupper() and not words[keep - 1][0].isupper()):
        keep += 1  # until a name begins: "20 năm | TPHCM đương đầu"
    ends = m.ends("w")
    if _NUMBER_NEXT.match(norm, ends[keep - 1]):
        while keep > 1 and _LABEL_BEFORE.ends(" ".join(words[:keep])):
            keep -= 1  # "1.532 em | lớp 10A": the label names the next number
    if words[0].lower() in _TIME_UNITS or _is_currency(words):
        keep = 1  # a duration counts the time noun alone: "10 năm | thực hiện"; money its currency
    while keep > 1 and _UNIT_DROP.ends(" ".join(words[:keep])):
        keep -= 1  # "thủ tục hành chính mức độ | 3"
    return " ".join(words[:keep]), m.starts("w")[0], ends[keep - 1]


def _is_currency(words: list[str]) -> bool:
    """"đồng" in "450 triệu đồng huy động", not in "5 đồng chí"."""
    return words[0].lower() in _CURRENCIES and " ".join(words[:2]).lower() not in _NOT_CURRENCIES


def _not_a_figure(norm: str, n: _Number, before: str) -> bool:
    """Periods, lunar dates, ages: numbers that read as quantities but are not results.

    ``before``: the 40 characters before the number."""
    if _DATE_AFTER.match(norm, n.end, n.end + 30):  # no lookbehind: as in norm[n.end:n.end + 30]
        return True  # "28 tháng Chạp", "29 Tết"
    head = (n.unit or "").split(" ")[0].lower()
    if head in _TIME_UNITS and _PERIOD_AFTER.match(norm, n.unit_start + len(head)):
        return True  # "2 tháng đầu năm 2023", "3 năm gần đây"
    if head in ("tháng", "quý") and not n.total and (_PERIOD_BEFORE.ends(before) or (
            _OPENS_SENTENCE.search(before) and norm.startswith(",", n.unit_start + len(head)))):
        return True  # "kết quả công tác y tế 9 tháng", "lũy kế 5 tháng", "9 tháng, …": the months reported on
    if head in _TIME_UNITS and head != "năm" and _YEAR_AFTER.match(norm, n.unit_start + len(head)):
        return True  # "9 tháng năm 2024", "6 tháng/2024": the months of a year, a period
    if head == "năm" and _ANNIVERSARY_AFTER.match(norm, n.unit_start + len(head)):
        return True  # "70 năm Ngày Thầy thuốc Việt Nam"
    if n.unit and n.unit[0].isupper() and _PLACE_NAME.match(n.unit):
        return True  # "Trung tâm Cấp cứu 115 Hà Nội": a number in a name, before a place
    if n.surface in _SERVICE_NUMBERS and (not n.unit or n.unit[0].isupper() or _LEVEL_UNIT.match(n.unit)
                                           or _EMERGENCY_BEFORE.search(before)):
        return True  # "Trung tâm Cấp cứu 115 thành phố", "gọi 115": the emergency line
    if n.value == 0 and (n.unit or "").split(" ")[0].lower() in _CURRENCIES and not n.scaled:
        return True  # "Chuyến xe 0 đồng", "siêu thị 0 đồng": a name that says free of charge
    if _CITY_AFTER.match(norm, n.end) or (
            not n.scaled and n.total is None and _HOSPITAL_NAME_BEFORE.search(before) and n.surface.isdigit()):
        return True  # "Bệnh viện Nhi đồng 1 TP.HCM", "Bệnh viện Quân y 175 dẫn đầu": a hospital's number
    if head == "giờ" and (_CLOCK_AFTER.match(norm, n.unit_start + len(head)) or _CLOCK_BEFORE.search(before)):
        return True  # "17 giờ ngày 30-12", "trước 16 giờ thứ Năm", "lúc 8 giờ": a time of day, not a duration
    if (head in _NEEDS_MEASURE or _AGE_IN_TIME_UNITS.match(norm, n.unit_start)) and not (
            _MEASURED_BEFORE.ends(before) or _LIFESPAN_BEFORE.search(before)):
        return True  # "trẻ em dưới 6 tuổi"
    return False


def _is_labelled_value(norm: str, n: _Number) -> bool:
    """A bare number that ends an item after the item's label and a colon, as bulletins print
    them: "Tổng số giường bệnh: 13.250", "- Tử vong: 0", "Số bác sĩ: 2.916; dược sĩ đại học: 412"."""
    if n.unit or not _ITEM_ENDS.match(norm, n.end):
        return False
    return _item_label(norm, n) is not None


def _item_label(norm: str, n: _Number) -> str | None:
    """The label of the item a number opens the value of ("Tổng số giường bệnh: 13.250"): at most
    12 words, and none that labels an identifier ("Số điện thoại:")."""
    if norm[n.start - 1:n.start] not in (":", " ", "\t"):
        return None
    item = _ITEM_LABEL.search(norm, max(0, n.start - _MAX_LABEL), n.start)
    if item is None:
        return None
    label = item.group("label")
    return label if len(label.split()) <= 12 and not _NOT_VALUE_LABEL.search(label) else None


def _is_quantity(n: _Number, before: str) -> bool:
    """A counted noun or percent, or a bare value after a measuring verb ("đạt 61.42");
    ``before``: the 40 characters before the number."""
    if n.ambiguous and n.unit not in ("%", "‰") and not n.scaled:
        return _MEASURED_BEFORE.ends(before)  # "Y tế 4.0", "phiên bản 2.0" are versions; "đạt 61.42" a value
    if n.unit or n.scaled:
        return True
    verb = _MEASURED_BEFORE.search(before)
    # "đạt mức 4 về ứng dụng công nghệ thông tin", "ở mức 2 trước khi …": a whole number with
    # nothing counted after "mức" names a grade; "ở mức 2,45 con/phụ nữ" has its unit
    return verb is not None and not (verb.group("verb").lower() in _GRADE_VERBS and n.surface.isdigit())


class _Overlaps:
    """Whether a span overlaps any of some spans: the furthest end among the
    spans that start before its end, found by bisection."""

    def __init__(self, spans):
        spans = sorted(spans)
        self._starts = [x for x, _ in spans]
        self._reach = list(itertools.accumulate((y for _, y in spans), max))

    def __call__(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self._starts, b)
        return i > 0 and self._reach[i - 1] > a


def _numbers(ctx, tokens, blocked: _Blocked):
    """Every quantity in the article, in text order; ``tokens`` are the _TOKEN_NOT_YEAR matches there."""
    norm = ctx.norm
    # Numbers are found inside the article, where ctx.allows means: not on its furniture.
    on_furniture = _Overlaps(ctx.article.excluded)
    chain_end = taken_end = -1
    for m in tokens:
        a, b = m.span()
        if a < chain_end or a < taken_end:
            continue
        if on_furniture(a, b) or blocked.covers(a, b):
            continue
        n = _read_candidate(norm, m)
        if n is None:
            continue
        if (chain_end >= 0 and _may_chain_at(norm, chain_end) and _CHAIN.fullmatch(norm, chain_end, a)
                and not _with_unit(norm, n).unit):  # "mức độ 3, 4"
            chain_end = n.end
            continue
        before = norm[max(0, a - 40):a]
        # After a label a number names a thing ("lần 2"), unless it is a sum, a percent or
        # written with a thousands dot ("một lần 200 triệu đồng", "cùng kỳ 14,2%", "năm 1.964 ca").
        labelled = _is_identifier(before) and not (
            n.scaled or _PERCENT.match(norm, n.end) or _THOUSANDS_DOT.fullmatch(norm, a, b)
            or (_with_unit(norm, n).unit or "").lower() in _PHYSICAL_UNITS  # "liều 0,9 mg/kg"
            or _count_after_year_word(norm, n, before))
        if labelled or _is_list_number(norm, a, b):
            chain_end = n.end
            continue
        _with_unit(norm, n)
        if blocked.covers(a, n.end) or _not_a_figure(norm, n, before) or not (
                _is_quantity(n, before) or _is_labelled_value(norm, n)):
            continue
        taken_end = max(n.end, n.unit_end)
        yield n


# --- step 3: describing a figure ---------------------------------------------
def _bounds(ends: list[int], a: int, lo: int, hi: int) -> tuple[int, int]:
    i = bisect.bisect_right(ends, a)
    start = ends[i - 1] if i > 0 else lo
    stop = ends[i] if i < len(ends) else hi
    return max(start, lo), min(stop, hi)


def _last_break_end(text: str) -> int:
    """The end of the last of ``_CLAUSE_BREAK.finditer(text)``, 0 if none.

    A break is one to three characters and the later one starts, the later it ends,
    so the last one is found from the end, mark by mark with str.rfind: the last
    ";" or ":", "," before a space, or dash between spaces and not between digits.
    finditer skips it only when it overlaps a break starting one or two characters
    before: then scan it all."""
    size = len(text)
    end = max(text.rfind(";"), text.rfind(":")) + 1  # 0: none; a later break ends later
    i = text.rfind(",", end)
    while i >= 0 and not (i + 1 < size and _is_space(text[i + 1])):
        i = text.rfind(",", end, i)
    if i >= 0:
        end = i + 2
    for dash in "-–":
        i = text.rfind(dash, end)
        while i >= 0 and not (i >= 1 and i + 1 < size and _is_space(text[i - 1]) and _is_space(text[i + 1])
                              and not (i >= 2 and _is_digit(text[i - 2])) and not (i + 2 < size and _is_digit(text[i + 2]))):
            i = text.rfind(dash, end, i)
        if i >= 0:
            end = max(end, i + 2)
    if end == 0:
        return 0
    start = end - 1 if text[end - 1] in ";:" else end - 2 if text[end - 2] == "," else end - 3
    for j in (start - 1, start - 2):
        # a break starts with ";", ":", "," or a space (str.isspace holds for every \s)
        if j >= 0 and (text[j] in ";:," or text[j].isspace()) and _CLAUSE_BREAK.match(text, j):
            cut = 0
            for m in _CLAUSE_BREAK.finditer(text):
                cut = m.end()
            return cut
    return end


def _is_space(char: str) -> bool:
    """Whether ``char`` is \\s (str.isspace holds for every \\s)."""
    return char in " \n" or (char.isspace() and _SPACE.match(char) is not None)


def _is_digit(char: str) -> bool:
    """Whether ``char`` is \\d of the regex module (its Unicode may be newer than Python's)."""
    return char in "0123456789" or (not char.isascii() and _DIGIT.match(char) is not None)


def _clause_start(norm: str, sentence_start: int, a: int) -> int:
    """Where the clause holding the number begins: after ; : , or an unclosed "("."""
    text = norm[sentence_start:a]
    cut = _last_break_end(text)
    open_paren = text.rfind("(")
    if open_paren >= 0 and ")" not in text[open_paren:]:
        cut = max(cut, open_paren + 1)
    return sentence_start + cut


def _clean(text: str) -> str:
    return " ".join(text.strip(" ,;:-–()“”\"").split())


def _metric_before(norm: str, clause_start: int, a: int) -> str:
    """The metric phrase before a value: "Công suất sử dụng giường bệnh ... đạt" → the phrase."""
    text = norm[clause_start:a]
    while _METRIC_TRIM_END.ends(text):  # else _METRIC_TRIM.sub changes nothing
        text = _trim_metric(text)
    m = _LAST_MEASURE_VERB.match(_last_words(text, _MEASURE_VERB_WORDS + 3))
    if m and len(m["rest"].split()) <= 3:
        text = m["rest"]  # "đạt tỷ lệ" → "tỷ lệ"
    return _clean(text)


def _last_words(text: str, count: int) -> str:
    """``text`` from the end of the word before its last ``count`` words (all of it if it has no more)."""
    words = text.rsplit(None, count)
    return text[len(words[0]):] if len(words) > count else text


def _trim_metric(text: str) -> str:
    """``_METRIC_TRIM.sub("", text)``, searched among the last words only.

    A match is one phrase and the spaces around it up to the end, so it starts
    after the word before the phrase's words; the searched part starts with a
    space there, where "^" and then a phrase cannot match."""
    tail = _last_words(text, _METRIC_TRIM_WORDS)
    m = _METRIC_TRIM.search(tail)
    return text if m is None else text[:len(text) - len(tail) + m.start()] + tail[m.end():]


def _words_after(norm: str, start: int, stop: int) -> str:
    m = _TAIL_END.search(norm, start, stop)  # no lookbehind: as in norm[start:stop]
    return _clean(norm[start:m.start() if m else stop])


def _limit(text: str, last: bool = False) -> str | None:
    """At most a dozen words: the last ones of a metric before the number, the first after it."""
    words = text.split()
    return " ".join(words[-_ABOUT_WORDS:] if last else words[:_ABOUT_WORDS]) or None


def _comparison(norm: str, n: _Number, clause_start: int, sentence_end: int) -> tuple[str | None, int]:
    """ "tăng 7,0% so với năm 2021", "đạt 103,76% so với kế hoạch", "vượt 2 chỉ tiêu"."""
    before = norm[clause_start:n.start]
    after = _COMPARISON_AFTER.match(norm, n.unit_end or n.end, sentence_end)
    if _CHANGE_BEFORE.ends(before) and not _LEVEL_WORD.ends(before):  # "giảm còn 16,54%" is a level
        verb = _CHANGE_BEFORE.search(before)
    elif after and _MEASURED_BEFORE.ends(before):
        verb = _MEASURED_BEFORE.search(before)
    else:
        verb = None
    if not verb and not after:
        return None, n.start
    start = clause_start + verb.start() if verb else n.start
    stop = after.end() if after else (n.unit_end or n.end)
    return _clean(norm[start:stop]), start


def _periods(norm: str, start: int, end: int, lower: str | None = None,
             until: int | None = None) -> list[tuple[int, int, str]]:
    """Every period named in the article ("năm 2022", "quý I năm 2013"), except
    the ones a comparison is made against ("so với năm 2021").

    With ``lower``, ``until`` may stop the scan early: where a period can neither
    reach nor be joined over (see _PeriodsByParagraph)."""
    periods: list[tuple[int, int, str]] = []
    if lower is not None:
        starts = _period_starts(lower, start, end if until is None else until)
        found = _finditer_at(_PERIOD_LOWER, lower, starts, start, end)
    else:
        found = _PERIOD.finditer(norm, start, end)
    for m in found:
        if _COMPARED_PERIOD.ends(norm[max(0, m.start() - 12):m.start()]):
            continue
        if periods and _PERIOD_JOIN.fullmatch(norm, periods[-1][1], m.start()):
            first = periods.pop()  # "năm 2022 và 2 tháng đầu năm 2023" is one period
            periods.append((first[0], m.end(), " ".join(norm[first[0]:m.end()].split())))
        else:
            periods.append((m.start(), m.end(), " ".join(norm[m.start():m.end()].split())))
    return periods


class _PeriodsByParagraph:
    """The periods of _periods that start in a paragraph, found for the paragraphs
    that hold a figure only (most of an article holds none).

    A period, and the gap that joins two into one, hold nothing but spaces, digits,
    a few marks and the letters of a few words; any other character (_OUTSIDE_PERIODS)
    cuts the scan in two parts that find the same periods on their own.  So the
    paragraph is scanned from after the last such character before it to the first
    one after it; a scan from the article start finds the same periods there."""

    def __init__(self, norm: str, start: int, end: int, lower: str | None):
        self._norm, self._start, self._end, self._lower = norm, start, end, lower
        self._found: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self._all = _periods(norm, start, end) if lower is None else None  # no cut without the lower-cased copy

    def around(self, paragraph: tuple[int, int]) -> list[tuple[int, int, str]]:
        """Sorted periods, among them all those that start inside ``paragraph``."""
        if self._all is not None:
            return self._all
        periods = self._found.get(paragraph)
        if periods is None:
            lower, start, end = self._lower, self._start, self._end
            cut_before = _OUTSIDE_PERIODS_BACK.search(lower, start, paragraph[0])
            cut_after = _OUTSIDE_PERIODS.search(lower, paragraph[1], end)
            periods = _periods(self._norm, cut_before.end() if cut_before else start, end, lower,
                               until=cut_after.start() if cut_after else end)
            self._found[paragraph] = periods
        return periods


def _period_starts(lower: str, start: int, end: int) -> list[int]:
    """Where a period can start in the lower-cased text: at one of _PERIOD_WORDS,
    or at the count before "tháng" (after no letter or digit, so where its digits start)."""
    starts = set()
    for word in _PERIOD_WORDS:
        i = lower.find(word, start, end)
        while i >= 0:
            starts.add(i)
            if word == "tháng":
                count = _COUNT_BACK.match(lower, start, i)
                if count:
                    starts.add(count.start())
            i = lower.find(word, i + 1, end)
    return sorted(starts)


def _sentence_ends(norm: str, start: int, stop: int, end: int) -> list[int]:
    """Where sentences end between ``start`` and ``stop``: after ".", "!", "?" or "…"
    before a space or the article ``end``."""
    ends = []
    for mark in ".!?…":
        i = norm.find(mark, start, stop)
        while i >= 0:
            after = norm[i + 1:i + 2]  # " " and "\n" are \s; any \s is str.isspace
            if i + 1 == end or after in (" ", "\n") or (after.isspace() and _SPACE.match(norm, i + 1, end)):
                ends.append(i + 1)
            i = norm.find(mark, i + 1, stop)
    ends.sort()
    return ends


class _Layout:
    """The paragraph (line) and sentence around a number.

    Numbers are asked for in text order, and only the paragraphs that hold a figure
    are read: each search for a newline starts after the last paragraph read, and
    sentence ends are looked for inside the paragraph (a sentence ends at every
    newline).  The bounds are those of _bounds over all the article's line ends
    and sentence ends."""

    def __init__(self, norm: str, start: int, end: int):
        self._norm, self._start, self._end = norm, start, end
        self.paragraph = (start, start)
        self.line_start = start  # where the line of ``paragraph`` starts, before the article if it does
        self._sentence_ends: list[int] = []
        self._numbered: bool | None = None  # whether the line of ``paragraph`` is numbered, once asked
        self._cue = (-1, -1, False)  # (sentence start, searched up to, found) of the last result cue search

    def sentence(self, a: int) -> tuple[int, int]:
        """The sentence holding ``a``, after moving ``paragraph`` to the one holding it."""
        norm, start, end = self._norm, self._start, self._end
        first, stop = self.paragraph
        if not first <= a < stop:
            newline = norm.rfind("\n", stop - 1 if start < stop <= a else start, a)
            first = newline + 1 if newline >= 0 else start
            self.line_start = first if newline >= 0 else norm.rfind("\n", 0, start) + 1
            newline = norm.find("\n", a, end)
            stop = newline + 1 if newline >= 0 else end
            self.paragraph = first, stop
            self._sentence_ends = _sentence_ends(norm, first, stop, end)
            self._numbered = None
        return _bounds(self._sentence_ends, a, first, stop)

    def numbered_line(self) -> bool:
        """Whether the line of ``paragraph`` starts with list numbering ("1. ", "Điều 3 ")."""
        if self._numbered is None:
            self._numbered = _NUMBERED_LINE.match(self._norm, self.line_start) is not None
        return self._numbered

    def result_cue(self, sentence_start: int, a: int) -> bool:
        """``_RESULT_CUE.search(norm[sentence_start:a])`` for a number at ``a``.

        Numbers of one sentence come in text order and start with a digit, and a cue
        holds no digit: none reaches over an earlier number, nor ends where one starts
        (it would end before a digit).  So a cue found before an earlier number is
        found again, and else the search goes on from that number."""
        start, searched, found = self._cue
        if start != sentence_start or searched > a:
            searched, found = sentence_start, False
        if not found:
            cue = _RESULT_CUE.search(self._norm[sentence_start:a], searched - sentence_start)
            if cue is not None and sentence_start + cue.end() == a:  # glued to this number: not found again
                self._cue = (-1, -1, False)
                return True
            found, searched = cue is not None, a
        self._cue = (sentence_start, searched, found)
        return found


def _period(periods: list[tuple[int, int, str]], a: int, sentence: tuple[int, int],
            paragraph: tuple[int, int], skip: tuple[int, int]) -> str | None:
    """The nearest period named before the number in its sentence, else earlier
    in its paragraph, else after it in the sentence.

    ``periods`` are sorted and do not overlap, so each choice is found by bisection
    and a short walk, never by scanning the paragraph (a one-line page of 5 MB)."""
    lo = bisect.bisect_left(periods, (paragraph[0],))
    hi = bisect.bisect_left(periods, (sentence[1],))
    at = bisect.bisect_left(periods, (a,))  # the first period starting at or after the number

    def kept(p):
        return not skip[0] <= p[0] < skip[1]

    for j in range(min(hi, at) - 1, lo - 1, -1):  # before it in the sentence: the nearest
        p = periods[j]
        if p[0] < sentence[0]:
            break
        if p[1] <= a and kept(p):
            return p[2]
    for j in range(min(hi, bisect.bisect_left(periods, (sentence[0],))) - 1, lo - 1, -1):  # earlier
        if kept(periods[j]):
            return periods[j][2]
    for j in range(max(lo, at), hi):  # after it
        if kept(periods[j]):
            return periods[j][2]
    return None


def _headline(norm: str, n: _Number, layout: _Layout, sentence_start: int, comparison: str | None) -> bool:
    """A result of the sector, not a list item: percent, measured, compared or counted as achieved."""
    if layout.numbered_line():
        return False
    return bool(n.unit == "%" or comparison or _MEASURED_BEFORE.ends(norm[sentence_start:n.start])
                or layout.result_cue(sentence_start, n.start))


def _is_level(before: str) -> bool:
    """A measured level, not a change, follows ``before``; asked only when it matters."""
    return _MEASURED_BEFORE.ends(before) and not _CHANGE_BEFORE.ends(before)


def _about(norm: str, n: _Number, clause_start: int, sentence: tuple[int, int],
           stop: int, previous: tuple[Figure, int] | None) -> tuple[str, bool]:
    """(metric phrase, taken from before the number).

    A count says what it counts after the number ("30 tổ chức cơ sở đảng thuộc
    Bộ"); a rate, a money amount or a measured value names its metric before
    ("Công suất sử dụng giường bệnh đạt 103,76%"), unless the percent is a
    share ("50% số xã đạt chuẩn").  A change right after a value measures the
    same metric ("đạt 103,76% (tăng 7,0% …)")."""
    unit_end = n.unit_end or n.end
    label = _item_label(norm, n)
    if label:
        return label, True  # "- Tổng tỷ suất sinh: 2,15 con/phụ nữ": the item's label says what is measured
    if previous and sentence[0] <= previous[1] <= n.start:
        clause_start = max(clause_start, previous[1])  # "tăng từ 30% lên 50%"
    before = norm[clause_start:n.start]
    if n.unit == "%" and (_SHARE_OF.match(norm, unit_end) or (not _is_level(before) and _read_unit(norm, unit_end)[0])):
        return _words_after(norm, unit_end, sentence[1]), False  # "90% người dân hài lòng"
    if previous and _CHANGED_TO_BEFORE.fullmatch(before) and previous[0].about:
        return previous[0].about, False  # "… từ 0,3 lên | 0,5 lần": the old value's metric
    if n.unit and n.unit != "%" and not (n.unit.lower() in _MEASURE_UNITS or _is_level(before) or n.changed_to):
        return _words_after(norm, n.end, sentence[1]), False
    metric = _metric_before(norm, clause_start, stop)
    if metric:
        return metric, True
    if previous and sentence[0] <= previous[1] <= n.start and previous[0].about:
        return previous[0].about, False
    return _words_after(norm, unit_end, sentence[1]), False


def _describe(ctx, n: _Number, layout: _Layout, periods: _PeriodsByParagraph,
              previous: tuple[Figure, int] | None) -> Figure:
    """The record of one number: unit, metric, period, comparison, headline, evidence."""
    norm = ctx.norm
    sentence = layout.sentence(n.start)
    paragraph = layout.paragraph
    clause_start = _clause_start(norm, sentence[0], n.start)
    comparison, comparison_start = _comparison(norm, n, clause_start, sentence[1])
    about, before = _about(norm, n, clause_start, sentence, min(n.start, comparison_start), previous)
    skip = (comparison_start, _find_comparison_end(norm, comparison_start, comparison)) if comparison else (0, 0)
    return Figure(
        value=n.value, surface=n.surface, unit=n.unit, total=n.total, range_end=n.range_end,
        ambiguous=n.ambiguous, about=_limit(about, last=before),
        period=_period(periods.around(paragraph), n.start, sentence, paragraph, skip),
        comparison=comparison, headline=_headline(norm, n, layout, sentence[0], comparison),
        evidence=ctx.evidence(n.start, n.unit_end or n.end))


def _find_comparison_end(norm: str, start: int, comparison: str) -> int:
    """End offset of a comparison phrase whose whitespace was collapsed."""
    words = comparison.split()
    pos = start
    for word in words:
        i = norm.find(word, pos)
        if i < 0:
            break
        pos = i + len(word)
    return pos


def _same(a: Figure, b: Figure) -> bool:
    """Same value, total, range and unit (one unit may extend the other)."""
    if not (a.value == b.value and a.total == b.total and a.range_end == b.range_end):
        return False
    units = sorted(((a.unit or "").lower() + " ", (b.unit or "").lower() + " "), key=len)
    return units[1].startswith(units[0])


_LIST_ITEM_LINE = regex.compile(r"[ \t]*(?:\(?\d{1,2}[.)]|\p{Ll}\)|[-–+•*])[ \t]")


def _deduplicated(ctx, figures: list[tuple[Figure, bool]]) -> list[Figure]:
    """The same count of the same thing written twice ("20 năm" three times) is
    one fact, unless each stands in its own item of a list ("(2) Xã A: 1 người tử vong⏎
    (3) Xã B: 1 người tử vong"); a rate is repeated only when the title announces it from the body."""
    kept: list[Figure] = []
    kept_by_value: dict[tuple, list[Figure]] = {}  # _same needs the same value, total and range
    title_rates: list[Figure] = []
    for figure, in_title in figures:
        key = (figure.value, figure.total, figure.range_end)
        if figure.unit not in (None, "%"):
            if any(_same(other, figure) and not _other_list_items(ctx, other, figure)
                   for other in kept_by_value.get(key, ())):
                continue
        else:
            twin = next((t for t in title_rates if _same(t, figure)), None)
            if twin is not None and not in_title:
                title_rates.remove(twin)
                continue
            if in_title:
                title_rates.append(figure)
        kept.append(figure)
        kept_by_value.setdefault(key, []).append(figure)
    return kept


def _other_list_items(ctx, a: Figure, b: Figure) -> bool:
    """True when ``a`` and ``b`` stand on two lines that are both items of a list."""
    norm = ctx.norm
    line_a = norm.rfind("\n", 0, ctx.text.to_norm(a.evidence.start)) + 1
    line_b = norm.rfind("\n", 0, ctx.text.to_norm(b.evidence.start)) + 1
    return (line_a != line_b and _LIST_ITEM_LINE.match(norm, line_a) is not None
            and _LIST_ITEM_LINE.match(norm, line_b) is not None)


def extract(ctx) -> list[Figure]:
    norm, start, end = ctx.norm, ctx.article.start, ctx.article.end
    tokens = list(_TOKEN_NOT_YEAR.finditer(norm, start, end))
    tables = find_tables(norm, start, end)
    rows, prose_cells = _table_spans(tables)
    blocked = _blocked_spans(ctx, tokens, rows)
    found: list[tuple[Figure, bool]] = [(figure, False) for figure in _table_figures(ctx, tables)]
    title = ctx.article.title_span or (0, 0)
    previous = None
    for n in _numbers(ctx, tokens, blocked):
        if previous is None:  # the paragraphs, sentences and periods matter once there is a figure
            layout = _Layout(norm, start, end)
            periods = _PeriodsByParagraph(norm, start, end, ctx.lower)
        figure = _describe(ctx, n, layout, periods, previous)
        if prose_cells:
            i = bisect.bisect_right(prose_cells, (n.start, float("inf"))) - 1
            cell = prose_cells[i] if i >= 0 and n.start < prose_cells[i][1] else None
            if cell:  # "| Sốt xuất huyết | … | giảm 23,5% |": its row's label and column's header
                words_before = norm[cell[0]:n.start].strip()
                figure.about = ", ".join(t for t in (cell[2], cell[3], words_before) if t) or figure.about
        previous = (figure, max(n.end, n.unit_end))
        found.append((figure, title[0] <= n.start < title[1]))
    found.sort(key=lambda item: item[0].evidence.start)  # the tables' among the others, in text order
    return _deduplicated(ctx, found)


# --- tables ------------------------------------------------------------------------

_SERIAL_HEADER = regex.compile(alternation(_U["table_serial_headers"]) + r"\.?", regex.I)
_UNIT_HEADER = regex.compile(alternation(_U["table_unit_headers"]), regex.I)
_PERCENT_HEADER = regex.compile(r"\(\s*%\s*\)|%|^(?i:tỷ lệ)")
_UNIT_IN_BRACKETS = regex.compile(r"\(\s*(?P<unit>[^()%\d]{1,30}?)\s*\)\s*$")


def _table_figures(ctx, tables: list[Table]) -> list[Figure]:
    """A figure for each bare number in a table's rows: its unit from its column's header
    ("Tỷ lệ (%)", "Số trẻ (trẻ)") or the row's "ĐVT" cell; what it measures from the
    row's label and the column's header.  Serial numbers ("STT") and years are none."""
    figures = []
    article = ctx.article
    for table in tables:
        header = table.header
        if not ctx.allows(header[0].start, header[-1].end):
            continue  # a header of furniture ("Hôm nay | Tuần này | Tổng"): a counter, not a table
        serial = {j for j, cell in enumerate(header) if _SERIAL_HEADER.fullmatch(cell.text)}
        unit_column = next((j for j, cell in enumerate(header) if _UNIT_HEADER.fullmatch(cell.text)), None)
        for row in table.rows:
            label = next((c.text for j, c in enumerate(row)
                          if j not in serial and j != unit_column and c.text and not c.is_number), None)
            for j, cell in enumerate(row):
                number = cell.text.rstrip("% ")
                reading = read_number(number) if j not in serial and cell.is_number else None
                # rows of bare numbers look like counters to the article's furniture test: the
                # header vouches for them, so only the article's bounds are checked
                if reading is None or _is_year(number) or not article.start <= cell.start < article.end:
                    continue
                unit = _column_unit(header[j].text, cell.text, row[unit_column].text if unit_column is not None else "")
                figures.append(Figure(
                    value=_plain(reading[0], number), surface=number, unit=unit, ambiguous=reading[1],
                    about=", ".join(t for t in (label, header[j].text) if t) or None,
                    evidence=ctx.evidence(cell.start, cell.end)))
    return figures


def _table_spans(tables: list[Table]) -> tuple[list[tuple[int, int]], list[tuple[int, int, str, str]]]:
    """The spans of table rows that ``_table_figures`` reads, and (start, end, row label, column
    header) of the cells between them that it leaves alone but that hold a number among words
    ("giảm 23,5%", "412 ca"): those are read as prose.  A row's label (its first cell in
    words) is never one."""
    spans, cells = [], []
    for table in tables:
        for row in table.rows:
            label = next((c for c in row if c.text and not c.is_number), None)
            a = row[0].start
            for j, c in enumerate(row):
                if c is not label and not c.is_number and _DIGIT.search(c.text):
                    spans.append((a, c.start))
                    a = c.end
                    cells.append((c.start, c.end, label.text if label else "", table.header[j].text))
            spans.append((a, row[-1].end))
    return spans, cells


def _column_unit(header: str, cell: str, unit_cell: str) -> str | None:
    if "%" in cell or _PERCENT_HEADER.search(header):
        return "%"
    bracket = _UNIT_IN_BRACKETS.search(header)
    if bracket:
        return bracket["unit"]
    return unit_cell or None
