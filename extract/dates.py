"""Vietnamese dates: finding them, and resolving a missing year as a reader does.

Forms: "31/01/2024", "20/7/ 2009", "2025-08-29", "ngày 18 tháng 4 năm 2013",
and day-month without a year ("Chiều 30/1", "Sáng 8.2", "ngày 29-12") when a
cue word (part of day, "ngày", a weekday) says it is a date: a bare "3/20" or
"24/24" is not.  A range of days in one month ("12-14/3", "ngày 12 và 13/3")
is one mention dated by its first day.  A dot or a dash also writes decimals and ranges ("từ 5-7
ngày"), so "8.2" and "29-12" need a strong cue (part of day, "ngày", a weekday
or a bracket).  Periods ("năm 2023", "quý I", "giai đoạn 2024 – 2030") are
not days and are never returned.  Offsets are into the normalised text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace

import regex

from .vocab import alternation, load, phrase_key

_V = load("dates")
PART_OF_DAY: dict[str, str] = _V["part_of_day"]
WEEKDAYS: dict[str, int] = _V["weekdays"]
STRONG_CUES = frozenset(_V["strong_day_cues"])

_PART = alternation(PART_OF_DAY)
_NOT_WEEKDAY = "".join(rf"(?<!{regex.escape(w)}\s)" for w in _V["not_weekday_before"])
_WEEKDAY = _NOT_WEEKDAY + alternation(WEEKDAYS)
_CUE = alternation(_V["day_cues"])
FUTURE_CUES = regex.compile(alternation(_V["future_cues"]), regex.I)

# The lead-in before a date: "Thứ Năm, ", "Thứ Hai – " (a schedule's day), "Chiều ", "Sáng thứ Tư, ngày ", "(".  It is
# matched backwards from each date value found (scanning for the lead at every
# position of a page is ten times slower).
_LEAD = rf"(?:(?:(?P<part0>{_PART})\s+)?(?P<weekday>{_WEEKDAY})\s*[,–-]?\s*)?(?:(?P<part>{_PART})\s+)?(?:(?P<cue>{_CUE})\s+)?"
_LEAD_RE = regex.compile(_LEAD + r"\Z", regex.I)
# A lead that is not empty starts with the first word of a part of day, weekday or cue,
# as a whole word: trying only there, left to right, finds the leftmost lead as a search would.
_LEAD_START_RE = regex.compile(alternation({w.split()[0] for w in [*PART_OF_DAY, *WEEKDAYS, *_V["day_cues"]]}), regex.I)
_LEAD_WINDOW = 40
_BRACKET_WINDOW = 200  # how far back an opening bracket may stand
_NOT_NUMBER_BEFORE = r"(?<![\p{N}/.,]|\p{N}-)"
_DAY_WORD = "ngày"
_VALUE_RE = regex.compile(
    rf"""
        (?<![\p{{L}}\p{{N}}]){_DAY_WORD}\s+(?P<ld>\d{{1,2}})\s+tháng\s+(?P<lm>\d{{1,2}})(?:\s*(?:,\s*)?năm\s+(?P<ly>\d{{4}}))?(?!\d)
      | {_NOT_NUMBER_BEFORE}(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?!\d)
      | {_NOT_NUMBER_BEFORE}(?P<fd>\d{{1,2}})\s?(?P<fs>[/.-])\s?(?P<fm>\d{{1,2}})\s?(?P=fs)\s?(?P<fy>(?:1[89]|20)\d\d)(?![\p{{N}}/])
      | {_NOT_NUMBER_BEFORE}(?P<rd>\d{{1,2}})\s*(?P<rj>[-–,]|và|đến|tới)(?:(?<=\p{{L}})\s+ngày)?\s*(?P<rl>\d{{1,2}})\s?(?P<rs>[/.])\s?(?P<rm>\d{{1,2}})
        (?:\s?(?P=rs)\s?(?P<ry>(?:1[89]|20)\d\d))?(?![\p{{N}}/]|[.,]\d)
      | {_NOT_NUMBER_BEFORE}(?P<pd>\d{{1,2}})(?P<ps>[/.-])(?P<pm>\d{{1,2}})(?!\d|[.,]\d)
    """,
    regex.I | regex.X,
)
# Where a date value can start: at "ngày" (the first branch), or where the other branches
# start: one or two digits after no digit, then (after spaces) a separator or a range's
# joiner and (after spaces) a digit ("12/3", "12 - 14/3", "12 và 13/3", "5 đến ngày 9/12"), or four digits,
# "-" and a digit ("2025-08-29").  Matching the value only there, in order, finds what a
# search would, several times quicker.
_DAY_WORD_RE = regex.compile(_DAY_WORD, regex.I)
_NUMBER_START_RE = regex.compile(r"(?<!\d)(?:\d\d?(?=\s*(?:[-–,/.]|(?:và|đến|tới)(?:\s+ngày)?)\s*\d)|\d{4}(?=-\d))", regex.I)
# The regex module reads a group by name several times slower than by number: the groups'
# numbers by name (``m.group(_VALUE_GROUP.ld)`` reads the same as ``m.group("ld")``).
_VALUE_GROUP = SimpleNamespace(**_VALUE_RE.groupindex)
_LEAD_GROUP = SimpleNamespace(**_LEAD_RE.groupindex)
_TIME_RE = regex.compile(r"(?<![\p{N}:])(?P<h>[01]?\d|2[0-3])\s?(?::|h|giờ)(?:\s?(?P<mi>[0-5]\d))?(?![\p{N}])(?:\s?(?P<ap>[ap]m))?", regex.I)
_TIME_MINUTES = _TIME_RE.groupindex["mi"]


@dataclass(frozen=True)
class DateMention:
    start: int  # whole mention, cue words included ("Chiều 30/1")
    end: int
    value_start: int  # the day/month/year digits alone ("ngày 18 tháng 4 …" keeps "ngày")
    day: int
    month: int
    year: int | None
    part_of_day: str | None = None
    weekday: int | None = None
    cue: str | None = None  # "ngày", "vào", "từ" … as written, lower case
    in_brackets: bool = False  # "(27/2/1955 - 27/2/2025)", "( 11/4/2013)"
    last_day: int | None = None  # "12-14/3": the range's last day (the mention's day is the first)

    @property
    def iso(self) -> str:
        return iso_date(self.year, self.month, self.day)


def iso_date(year: int | None, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def is_date(year: int | None, month: int, day: int) -> bool:
    """A day that exists (29/2 only in a leap year; any leap year when ``year`` is None)."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29/2 stays possible
    except ValueError:
        return False
    return True


def find_dates(text: str, start: int = 0, end: int | None = None, lower: str | None = None) -> list[DateMention]:
    """Every date in ``text[start:end]``; day-months without a year need a cue word.
    ``lower`` is ``text`` lower-cased with the same offsets (``text.lower_view``), for a quicker scan."""
    found = []
    stop = len(text) if end is None else end
    pos = start
    for candidate in _value_starts(text, start, stop, lower):
        if candidate < pos:
            continue
        m = _VALUE_RE.match(text, candidate, stop)
        if m is None:
            continue
        mention = _mention(text, m, _lead(text, max(start, candidate - _LEAD_WINDOW), candidate))
        if mention is not None:
            found.append(mention)
            pos = m.end()
        elif m.group(_VALUE_GROUP.rd):
            pos = m.start(_VALUE_GROUP.rl)  # "09:30, 18/05/2023" is no range: the date may start at its second number
        else:
            pos = m.end()
    return found


def _value_starts(text: str, start: int, stop: int, lower: str | None) -> list[int]:
    """The places in ``text[start:stop]`` where a date value may start, in order."""
    starts = [m.start() for m in _NUMBER_START_RE.finditer(text, start, stop)]
    if lower is None:
        words = [m.start() for m in _DAY_WORD_RE.finditer(text, start, stop)]
    else:  # "ngày" in any case in the text is "ngày" in its lower-cased view
        words = []
        index = lower.find(_DAY_WORD, start, stop)
        while index >= 0:
            words.append(index)
            index = lower.find(_DAY_WORD, index + len(_DAY_WORD), stop)
    return sorted(starts + words) if words else starts


def _lead(text: str, low: int, value_start: int):
    """The leftmost lead-in in ``text[low:value_start]`` that ends at the value, or None."""
    for word in _LEAD_START_RE.finditer(text, low, value_start):
        lead = _LEAD_RE.match(text, word.start(), value_start)
        if lead is not None:
            return lead
    return None  # the empty lead: _mention reads no cue words


def _mention(text: str, m, lead) -> DateMention | None:
    # Only the groups needed are read: groupdict() of some thirty groups costs more than the rest.
    if lead is None:
        start, part, weekday, cue = m.start(), None, None, None
    else:
        part0, weekday, part, cue = lead.group(_LEAD_GROUP.part0, _LEAD_GROUP.weekday, _LEAD_GROUP.part, _LEAD_GROUP.cue)
        part = part or part0  # "Sáng thứ Tư, ngày 24/4"
        start = lead.start()
    cue = phrase_key(cue) if cue else None
    strong = bool(part or weekday or cue in STRONG_CUES)  # a bracket before the value is strong too
    try:
        read = _read_value(text, m, strong, cue)
    except ValueError:  # digits newer than Python's Unicode tables: the regex module reads them, int() does not
        return None
    if read is None:
        return None
    day, month, year, value_start, last_day = read
    if not is_date(year, month, day):
        return None
    if last_day is not None and not (day < last_day and is_date(year, month, last_day)):
        return None
    weekday = WEEKDAYS.get(phrase_key(weekday)) if weekday else None
    part = phrase_key(part) if part else None
    return DateMention(start, m.end(), max(value_start, start), day, month, year,
                       part, weekday, cue, _in_brackets(text, start), last_day)


def _read_value(text: str, m, strong: bool, cue: str | None) -> tuple[int, int, int | None, int, int | None] | None:
    """(day, month, year, where the value starts, a range's last day) of the value matched, or None."""
    last_day, g = None, _VALUE_GROUP
    long_day, iso_year, full_day, range_day = m.group(g.ld, g.iy, g.fd, g.rd)
    if long_day:
        day, month, year, value_start = int(long_day), int(m.group(g.lm)), m.group(g.ly), m.start()
    elif iso_year:
        day, month, year, value_start = int(m.group(g.id)), int(m.group(g.im)), iso_year, m.start(g.iy)
    elif full_day:
        day, month, year, value_start = int(full_day), int(m.group(g.fm)), m.group(g.fy), m.start(g.fd)
    elif range_day:
        if not _range_is_date(text, m, strong, cue):
            return None
        day, month, year, value_start = int(range_day), int(m.group(g.rm)), m.group(g.ry), m.start(g.rd)
        last_day = int(m.group(g.rl))
    else:
        if not _partial_is_date(text, m, strong, cue):
            return None
        day, month, year, value_start = int(m.group(g.pd)), int(m.group(g.pm)), None, m.start(g.pd)
    return day, month, int(year) if year else None, value_start, last_day


def _partial_is_date(text: str, m, strong: bool, cue: str | None) -> bool:
    """A day-month without a year is a date only with a cue; "8.2" and "29-12" need a strong one."""
    strong = strong or _opens_bracket(text, m.start(_VALUE_GROUP.pd))
    if m.group(_VALUE_GROUP.ps) == "/":
        return strong or cue is not None
    return strong


def _range_is_date(text: str, m, strong: bool, cue: str | None) -> bool:
    """"Từ ngày 12-14/3", "(12-13/3)", "ngày 12 và 13/3/2024": a strong cue or a year
    ("từ 5-7/10" may be numbers); joined by a comma or "và" the days need "ngày" (lists of numbers use both)."""
    if m.group(_VALUE_GROUP.rj) in (",", "và"):
        return cue in STRONG_CUES
    return bool(m.group(_VALUE_GROUP.ry)) or strong or _opens_bracket(text, m.start(_VALUE_GROUP.rd))


def _opens_bracket(text: str, index: int) -> bool:
    """"(15/2)" or "( 11/4": a day-month alone right after a bracket is a date."""
    return text[max(0, index - 2):index].strip().endswith("(")


def _in_brackets(text: str, index: int) -> bool:
    """True when an unclosed "(" stands shortly before ``index`` on the same line."""
    window = max(0, index - _BRACKET_WINDOW)
    line_start = max(text.rfind("\n", window, index) + 1, window)
    return text.rfind("(", line_start, index) > text.rfind(")", line_start, index)


def find_times(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of clock times ("08:15", "9h30", "14 giờ")."""
    return [m.span() for m in _TIME_RE.finditer(text, start, len(text) if end is None else end)
            if m.group(_TIME_MINUTES) or "giờ" in m.group(0) or "h" in m.group(0).lower()]


def resolve_year(day: int, month: int, reference: dt.date, forward: bool = False) -> int:
    """The year that puts day/month nearest the reference date (news reports the
    recent past: "chiều 30/12" in an article of 3 January is the year before).
    With ``forward`` the day is on or after the reference ("tới", "sắp")."""
    candidates = []
    for spread in (1, 4):  # 29/2 may have no leap year within one year of the reference
        years = range(reference.year - spread, reference.year + spread + 1)
        candidates = [(year, dt.date(year, month, day)) for year in years if is_date(year, month, day)]
        if candidates:
            break
    if spread > 1 and not forward:  # far from the reference: news reports the past
        candidates = [c for c in candidates if c[1] <= reference] or candidates
    if forward:
        ahead = [(y, d) for y, d in candidates if d >= reference]
        if ahead:
            return min(ahead, key=lambda c: c[1] - reference)[0]
    return min(candidates, key=lambda c: (abs((c[1] - reference).days), c[1] > reference))[0]


def weekday_agrees(year: int, month: int, day: int, weekday: int) -> bool:
    return dt.date(year, month, day).isoweekday() == weekday
