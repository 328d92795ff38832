"""Meetings and events on a stated day: "Chiều 30/1, Sở Y tế tổ chức Hội nghị tổng kết …".

Each date of the article is read as a reader would:

1. Dates that are not the day of an event are dropped: a document's date
   ("Quyết định số … ngày 25/10/2016", "Căn cứ Luật … ngày …"), a date in
   brackets (an anniversary, "(27/2/1955 - 27/2/2025)"), a start, end or
   deadline ("kể từ ngày", "đến ngày").
2. Its event is found in the same sentence: one named just before the date
   ("Tại cuộc họp báo chiều 18/11", "Hội nghị … khai mạc vào 27/11"), else the
   first event named after it ("Chiều 30/1, Sở Y tế tổ chức Hội nghị …"),
   else a visit ("… đã đến thăm, tặng quà …").
3. A missing year is the one nearest the publication date; without one, a
   year the sentence or paragraph states; else the record keeps "--MM-DD".
4. Officials found in the meeting's paragraph with a "chủ trì" or "dự" cue
   become its chair and attendees; the same event named twice is one record.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

import regex

from schema import Meeting

from .dates import FUTURE_CUES, WEEKDAYS, DateMention, resolve_year, weekday_agrees
from .vocab import alternation, load

KIND = "meetings"
ID_PREFIX = "mtg"

_V = load("events")


def _lower_map(mapping: dict) -> dict[str, str]:
    return {k.lower(): v for k, v in mapping.items()}


def _words(name: str) -> str:
    return alternation(_V[name])


def _key(surface: str) -> str:
    return " ".join(surface.lower().split())


_KINDS = _lower_map(_V["kinds"])
_VISITS = _lower_map(_V["visits"])
_ACTIVITIES = _lower_map(_V["activities"])
_NOUN = regex.compile(alternation(_KINDS), regex.I)
_NOT_VISIT_BEFORE = "".join(rf"(?<!{regex.escape(w)}\s)" for w in _V["not_visit_before"])
_VISIT = regex.compile(rf"{_NOT_VISIT_BEFORE}{alternation(_VISITS)}(?!\s+{_words('not_visit_after')})", regex.I)
_ACTIVITY = regex.compile(rf"(?:{_words('action_leads')})\s+(?P<verb>{alternation(_ACTIVITIES)})", regex.I)
_DOC_WORD = _words("document_words")
# "Kế hoạch tổ chức Hội nghị …" names a planned event; "Thông báo kết luận tại cuộc họp …" does not.
_DOC_BEFORE_EVENT = regex.compile(rf"{_DOC_WORD}(?:\s+(?!tại\b|của\b)\S+){{0,2}}\s*$", regex.I)
_DOC_NUMBER = r"(?<![\p{L}\p{N}])\d{1,5}(?:/\d{4})?\s?[-/]\s?\p{Lu}[\p{L}\p{N}]*(?:[-/]\p{Lu}[\p{L}\p{N}]*)*"
_DOC_NUMBER_END = regex.compile(rf"(?:{_DOC_NUMBER}|\bsố\s*:?\s*\S+)\s*[,:]?\s*$", regex.I)
_DOC_NUMBER_ANY = regex.compile(_DOC_NUMBER)
_DOC_CLAUSE = regex.compile(rf"{_DOC_WORD}[^,;\n]{{0,80}}$", regex.I)
_ISSUING = regex.compile(_words("issuing_verbs"), regex.I)
_CITATION = regex.compile(rf"^\W*{_words('citation_starts')}", regex.I)
_NOT_EVENT_BEFORE = regex.compile(rf"{_words('not_event_before')}\s*$", regex.I)
_DAY_BEFORE_BRACKET = regex.compile(rf"{_words('day_before_bracket')}\s*\(\s*$", regex.I)
_HAPPENING = regex.compile(rf"{_words('happening_verbs')}\s*$", regex.I)
_HAPPENING_ANY = regex.compile(rf"\s(?:(?:sẽ|đã|được)\s+)*{_words('happening_verbs')}", regex.I)
_NAME_STOP = regex.compile(  # case matters here: ", Phó Chủ tịch" ends a name, ", chống dịch" does not
    rf"[(\n]|[.!?…](?=\s|$)|[,:;]\s*(?=\p{{Lu}}|(?i:{_words('clause_starts')}))|\s(?=(?i:{_words('name_stops')}))")
_ORGANIZER = regex.compile(
    rf"(?P<org>\p{{Lu}}[^,;:()]{{1,100}}?)\s+(?:đã\s+|vừa\s+|sẽ\s+)?{_words('organizer_verbs')}\s+"
    r"(?:\d+\s+|các\s+|một\s+)?$")
_PLACE = regex.compile(r"(?<![\p{L}])tại\s+(?P<place>[^,;.()\n]{2,120}?)(?=\s*[,;.()\n]|\s+(?:với|về|nhằm|để|do|cho|và)\s|$)",
                       regex.I)
_CHAIR = regex.compile(_words("chair_cues"), regex.I)
_ATTEND = regex.compile(rf"{_words('attendee_cues')}(?!\s+{_words('not_attend_after')})", regex.I)
_LEAD_CUE = regex.compile(r"[^.;\n]{0,60}?(?:\bcó\b|:|\blà\b)")
_PERIOD_YEAR = regex.compile(rf"(?:{_words('period_words')})(?:\s+\S+)?\s+năm\s+$", regex.I)
_PLAIN_YEAR = regex.compile(r"(?<![\p{L}\p{N}])năm\s+(?P<y>(?:19|20)\d\d)(?!\d)", regex.I)
_REVIEW = regex.compile(_words("review_words"), regex.I)
_WEEKDAY = regex.compile(alternation(WEEKDAYS), regex.I)
_SENTENCE_END = regex.compile(r"[.!?…](?=\s|$)|\n")
_CLAUSE_END = regex.compile(r"[.!?…;](?=\s|$)|\n")
_QUOTED = regex.compile(r"[“\"«][^”\"»\n]{1,200}[”\"»]")
_MAX_GAP_PLAIN = 100  # characters between an event's head and its date, without a comma
_MAX_GAP_VERB = 200  # … when a verb such as "khai mạc" leads into the date
_MAX_PARAGRAPH = 1500  # characters each side of a date that still count as its paragraph
_MAX_NAME_WORDS = 40  # "; " goes on only before lower case: "khám, chữa bệnh; công tác y tế dự phòng"


def identity(fact: Meeting) -> str:
    return f"{fact.date}|{fact.kind}|{fact.name}"


@dataclass
class _Event:
    start: int  # the head word ("Hội nghị", "đoàn công tác", "thăm")
    end: int
    kind: str
    before_date: bool  # named before its date ("cuộc họp báo chiều 18/11")


@dataclass
class _Found:
    date: DateMention
    event: _Event
    sentence: tuple[int, int]
    meeting: Meeting
    name_end: int


def extract(ctx) -> list[Meeting]:
    sentences = _Bounds(ctx.norm, _SENTENCE_END, ctx.article.start, ctx.article.end)
    dates = _DateIndex(ctx.dates)
    found: list[_Found] = []
    for d in ctx.dates:
        sentence = sentences.around(d.start)
        if not _may_be_event_day(ctx, d, sentence):
            continue
        event = _event_before(ctx, d, sentence, dates) or _event_after(ctx, d, sentence, dates)
        if event is not None:
            found.append(_build(ctx, d, event, sentence, dates))
    _link_officials(ctx, found)
    return _merge([f.meeting for f in found])


# --- which dates can be an event's day ---------------------------------------

class _Bounds:
    """Sentence (or clause) spans of the article, for looking up the one around an offset."""

    def __init__(self, text: str, pattern, start: int, end: int):
        self.start, self.end = start, end
        self.stops = [m.end() for m in pattern.finditer(text, start, end)]

    def around(self, index: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.stops, index)
        left = self.stops[i - 1] if i else self.start
        right = self.stops[i] if i < len(self.stops) else self.end
        return left, right


class _DateIndex:
    """The article's dates by position, to find those in a span without a scan."""

    def __init__(self, dates):
        self.dates = sorted(dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]

    def between(self, start: int, end: int) -> list:
        """Dates starting in [start, end)."""
        return self.dates[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def next_start(self, start: int, default: int) -> int:
        i = bisect.bisect_left(self.starts, start)
        return min(self.starts[i], default) if i < len(self.starts) else default


def _may_be_event_day(ctx, d, sentence) -> bool:
    """Not a document's date, a bracketed date, a start/end/deadline, or furniture."""
    if d.in_brackets and not _DAY_BEFORE_BRACKET.search(ctx.norm, max(0, d.start - 30), d.start):
        return False
    prefix = ctx.norm[sentence[0]:d.start]
    if _NOT_EVENT_BEFORE.search(prefix) or (d.cue and _NOT_EVENT_BEFORE.fullmatch(d.cue)):
        return False
    return not _is_document_date(ctx.norm, d, sentence)


def _is_document_date(norm: str, d, sentence) -> bool:
    """"Quyết định số 1961/QĐ-UBND ngày 25/10/2016", "Căn cứ Luật … ngày 30/6/1989"."""
    prefix = norm[sentence[0]:d.start]
    if _CITATION.search(prefix) or _DOC_NUMBER_END.search(prefix):
        return True
    clause = _DOC_CLAUSE.search(prefix)
    return bool(clause and not _NOUN.search(clause.group(0)[3:]))


# --- finding the event --------------------------------------------------------

def _event_before(ctx, d, sentence, dates: _DateIndex) -> _Event | None:
    """An event named right before its date: "cuộc họp Thường trực Chính phủ ngày 15/4/2020"."""
    heads = [m for m in _NOUN.finditer(ctx.norm, sentence[0], d.start) if _is_event_noun(ctx.norm, m)]
    if not heads:
        return None
    head = heads[-1]
    gap = ctx.norm[head.end():d.start]
    if ";" in gap or _DOC_NUMBER_ANY.search(gap) or dates.between(head.end(), d.start):
        return None
    plain = "," not in gap and len(gap) <= _MAX_GAP_PLAIN
    led = len(gap) <= _MAX_GAP_VERB and _HAPPENING.search(gap)
    if not (plain or led):
        return None
    return _Event(head.start(), head.end(), _KINDS[_key(head.group(0))], True)


def _event_after(ctx, d, sentence, dates: _DateIndex) -> _Event | None:
    """The first event named after its date, before the sentence's next date."""
    limit = dates.next_start(d.end, sentence[1])
    norm = ctx.norm
    for m in _NOUN.finditer(norm, d.end, limit):
        if _is_event_noun(norm, m):
            if _issued_between(norm, d.end, m.start()):
                return None
            return _Event(m.start(), m.end(), _KINDS[_key(m.group(0))], False)
    candidates = [(m.start(), m.end(), _VISITS[_key(m.group(0))]) for m in _VISIT.finditer(norm, d.end, limit)]
    candidates += [(m.start("verb"), m.end("verb"), _ACTIVITIES[_key(m.group("verb"))])
                   for m in _ACTIVITY.finditer(norm, d.end, limit)]
    if not candidates:
        return None
    start, end, kind = min(candidates)
    if _issued_between(norm, d.end, start):
        return None
    return _Event(start, end, kind, False)


def _is_event_noun(norm: str, m) -> bool:
    """Not the subject of a document: "Kế hoạch tổ chức Hội nghị", "Nghị quyết Đại hội"."""
    return not _DOC_BEFORE_EVENT.search(norm, max(0, m.start() - 40), m.start())


def _issued_between(norm: str, start: int, end: int) -> bool:
    """"Ngày 2/8, Ban Thường vụ ban hành Nghị quyết số 07-NQ/TU … tại Hội nghị": a document's day."""
    return bool(_ISSUING.search(norm, start, end) or _DOC_NUMBER_ANY.search(norm, start, end))


# --- the record ---------------------------------------------------------------

def _build(ctx, d, event: _Event, sentence, dates: _DateIndex) -> _Found:
    norm = ctx.norm
    next_date = dates.next_start(event.end, sentence[1])
    name_end = _name_end(norm, event, d, sentence, next_date)
    name = ctx.text.words(event.start, name_end)
    year, inferred = _year(ctx, d, event, sentence, name_end, dates)
    meeting = Meeting(
        date=f"{year:04d}-{d.month:02d}-{d.day:02d}" if year else d.iso,
        date_text=ctx.text.words(d.start, d.end),
        year_inferred=inferred,
        part_of_day=d.part_of_day,
        kind=event.kind,
        name=name or None,
        organizer=_organizer(ctx, d, event, sentence),
        place=_place(ctx, d, event, sentence),
        evidence=ctx.evidence(min(d.start, event.start), max(d.end, name_end)),
    )
    _weekday(ctx, d, year, meeting)
    return _Found(d, event, sentence, meeting, name_end)


def _name_end(norm: str, event: _Event, d, sentence, next_date: int) -> int:
    """Where the event's name ends: a clause break, a stop word ("tại", "do"), or a date."""
    limit = d.start if event.before_date else min(sentence[1], next_date)
    if event.before_date:  # "kỳ họp thứ 8 thông qua ngày …": the verb is not part of the name
        verb = _HAPPENING_ANY.search(norm, event.end, limit)
        limit = verb.start() if verb else limit
    masked = _QUOTED.sub(lambda m: "x" * len(m.group(0)), norm[event.start:limit])
    stop = _NAME_STOP.search(masked, event.end - event.start)
    end = event.start + (stop.start() if stop else len(masked))
    words = norm[event.start:end].split()
    if len(words) > _MAX_NAME_WORDS:
        end = event.start + len(" ".join(norm[event.start:end].split(" ")[:_MAX_NAME_WORDS]))
    while end > event.end and norm[end - 1] in " ,:-–":
        end -= 1
    return end


def _year(ctx, d, event: _Event, sentence, name_end: int, dates: _DateIndex) -> tuple[int | None, bool]:
    """(year, inferred): written; nearest the publication date; stated nearby; or unknown."""
    if d.year:
        return d.year, False
    reference = ctx.article.reference_date
    if reference is not None:
        return resolve_year(d.day, d.month, reference, _points_forward(ctx.norm, d, event)), True
    paragraph = _paragraph(ctx, d.start)
    for span, plain in ((sentence, True), (paragraph, False)):
        year = _year_nearby(ctx, d, span, (event.start, name_end), plain, dates)
        if year:
            return year, True
    year = _reviewed_year(ctx.norm[event.start:name_end], d.month)
    return year, year is not None


def _points_forward(norm: str, d, event: _Event) -> bool:
    """"sẽ được khai mạc vào 27/11", "ngày 27/11 tới": the day is ahead of the publication."""
    between = norm[event.end:d.start] if event.before_date else norm[d.end:event.start]
    return bool(FUTURE_CUES.search(between) or FUTURE_CUES.match(norm, d.end + 1, d.end + 5))


def _paragraph(ctx, index: int) -> tuple[int, int]:
    """The line around ``index``, at most ``_MAX_PARAGRAPH`` characters each side."""
    low, high = max(ctx.article.start, index - _MAX_PARAGRAPH), min(ctx.article.end, index + _MAX_PARAGRAPH)
    start = ctx.norm.rfind("\n", low, index) + 1 or low
    end = ctx.norm.find("\n", index, high)
    return max(start, low), (end if end >= 0 else high)


def _year_nearby(ctx, d, span, name_span, plain: bool, dates: _DateIndex) -> int | None:
    """A year the text states near the day: a full date (an anniversary's "27/2/2025"),
    or "năm 2024" that is not a period ("công tác năm 2023") nor inside the event's name."""
    full = [o for o in dates.between(*span) if o.year and o is not d
            and not _is_document_date(ctx.norm, o, span)]
    if full:
        latest = max(full, key=lambda o: (o.year, o.month, o.day))
        return resolve_year(d.day, d.month, dt.date(latest.year, latest.month, latest.day))
    if not plain:  # a plain "năm 2024" only counts in the day's own sentence
        return None
    for m in _PLAIN_YEAR.finditer(ctx.norm, span[0], span[1]):
        inside_name = name_span[0] <= m.start() < name_span[1]
        if not inside_name and not _PERIOD_YEAR.search(ctx.norm, max(span[0], m.start() - 30), m.start() + 4):
            return int(m.group("y"))
    return None


def _reviewed_year(name: str, month: int) -> int | None:
    """A review of "năm 2023" held in January–April is in 2024; in October–December, in 2023."""
    if not _REVIEW.search(name):
        return None
    years = [int(m.group("y")) for m in _PLAIN_YEAR.finditer(name)]
    if not years:
        return None
    reviewed = min(years)
    if month <= 4:
        return reviewed + 1
    if month >= 10:
        return reviewed
    return None


def _weekday(ctx, d, year, meeting: Meeting) -> None:
    """Keep the weekday as written and warn when it does not fall on the date."""
    m = _WEEKDAY.search(ctx.norm, d.start, d.end)
    if not m or d.weekday is None:
        return
    meeting.weekday = " ".join(m.group(0).split())
    if year and not weekday_agrees(year, d.month, d.day, d.weekday):
        actual = dt.date(year, d.month, d.day).isoweekday()
        meeting.warnings.append(f"weekday '{meeting.weekday}' does not fall on {meeting.date} "
                                f"(ISO weekday {actual}, not {d.weekday})")


def _organizer(ctx, d, event: _Event, sentence) -> str | None:
    """"Sở Y tế Hà Nội tổ chức hội nghị …": the subject of "tổ chức" / "có" before the event."""
    start = d.end if not event.before_date else sentence[0]
    m = _ORGANIZER.search(ctx.norm, max(start, sentence[0]), event.start)
    if not m:
        return None
    org = m.group("org")
    if len(org.split()) > 15 or _names_a_person(ctx, m.start("org"), m.end("org")):
        return None
    return ctx.text.words(m.start("org"), m.end("org"))


def _place(ctx, d, event: _Event, sentence) -> str | None:
    """"tại Hội trường …", "tại Hà Nội": the first place named around the date and event."""
    for m in _PLACE.finditer(ctx.norm, min(d.start, event.start), sentence[1]):
        place = m.group("place")
        if _NOUN.match(place) or place.lower().startswith(("đây", "đó", "buổi", "các buổi")):
            continue
        if len(place.split()) <= 15:
            return ctx.text.words(m.start("place"), m.end("place"))
    return None


# --- officials ----------------------------------------------------------------

def _mentions(ctx):
    """(person_id, name start, name end) of every official mention inside the article."""
    for official in ctx.found.get("officials", []):
        if not official.person_id:
            continue
        for ev in official.mentions or ([official.evidence] if official.evidence else []):
            a, b = ctx.text.to_norm(ev.start), ctx.text.to_norm(ev.end)
            at = ctx.norm.find(official.name, a, b)
            if at < 0:
                at = a
            yield official.person_id, at, (at + len(official.name) if at >= a else b)


def _names_a_person(ctx, start: int, end: int) -> bool:
    return any(start <= a < end for _, a, _ in _mentions(ctx))


def _link_officials(ctx, found: list[_Found]) -> None:
    """Officials in a meeting's paragraph with a chủ trì cue chair it; with a dự cue attend."""
    if not found:
        return
    mentions = list(_mentions(ctx))
    for i, f in enumerate(found):
        scope = _scope(ctx, f, found[i + 1] if i + 1 < len(found) else None)
        for pid, a, b in mentions:
            if not (scope[0] <= a < scope[1]):
                continue
            role = _role(ctx, a, b)
            if role == "chair" and pid not in f.meeting.chair:
                f.meeting.chair.append(pid)
            elif role == "attendee" and pid not in f.meeting.attendees:
                f.meeting.attendees.append(pid)
        f.meeting.attendees = [p for p in f.meeting.attendees if p not in f.meeting.chair]


def _scope(ctx, f: _Found, following: _Found | None) -> tuple[int, int]:
    """The meeting's sentence to its paragraph's end (or the next meeting), plus a next
    paragraph that opens with a "Tham dự …" / "Chủ trì …" cue."""
    start = f.sentence[0]
    end = _paragraph(ctx, f.date.start)[1]
    nxt = ctx.norm[end:ctx.article.end].lstrip()
    if nxt and (_CHAIR.match(nxt) or _ATTEND.match(nxt) or _ATTEND.match(nxt, 0, 12)):
        end = _paragraph(ctx, end + (len(ctx.norm[end:ctx.article.end]) - len(nxt)))[1]
    if following is not None and start < following.sentence[0] < end:
        end = following.sentence[0]
    return start, end


def _role(ctx, name_start: int, name_end: int) -> str | None:
    """The cue that governs a name: a leading "Tham dự có …:", else one after the name
    in its clause ("… dự và chỉ đạo Hội nghị"), else the nearest one before it."""
    norm = ctx.norm
    sent_start = max(norm.rfind("\n", 0, name_start) + 1, _last_stop(norm, name_start))
    clause_end = _CLAUSE_END.search(norm, name_end)
    clause_end = clause_end.start() if clause_end else len(norm)
    before = sorted([(m.start(), m.end(), "chair") for m in _CHAIR.finditer(norm, sent_start, name_start)]
                    + [(m.start(), m.end(), "attendee") for m in _ATTEND.finditer(norm, sent_start, name_start)])
    for start, end, role in reversed(before):
        lead = _LEAD_CUE.match(norm, end)
        if lead and lead.end() <= name_start:
            return role
    after = sorted([(m.start(), "chair") for m in _CHAIR.finditer(norm, name_end, clause_end)]
                   + [(m.start(), "attendee") for m in _ATTEND.finditer(norm, name_end, clause_end)])
    if after:
        return after[0][1]
    return before[-1][2] if before else None


def _last_stop(norm: str, index: int) -> int:
    stops = [m.end() for m in _SENTENCE_END.finditer(norm, max(0, index - 600), index)]
    return stops[-1] if stops else 0


# --- one record per event ------------------------------------------------------

def _merge(meetings: list[Meeting]) -> list[Meeting]:
    """The same event named twice (title and body) on the same day is one record."""
    kept: list[Meeting] = []
    for m in meetings:
        same = next((k for k in kept if _same_event(k, m)), None)
        if same is None:
            kept.append(m)
            continue
        same.chair += [p for p in m.chair if p not in same.chair]
        same.attendees += [p for p in m.attendees if p not in same.attendees and p not in same.chair]
        for field in ("organizer", "place", "part_of_day", "weekday"):
            if getattr(same, field) is None and getattr(m, field) is not None:
                setattr(same, field, getattr(m, field))
    return kept


def _same_event(a: Meeting, b: Meeting) -> bool:
    if a.date[-5:] != b.date[-5:]:
        return False
    if a.date[:4] != b.date[:4] and not (a.date.startswith("--") or b.date.startswith("--")):
        return False
    return a.kind == b.kind or _contains(a.name, b.name)


def _contains(x: str | None, y: str | None) -> bool:
    if not x or not y:
        return False
    x, y = x.lower(), y.lower()
    return x in y or y in x
