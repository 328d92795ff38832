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
   year the sentence or paragraph states ("quý I/2024", "năm 2024", a full
   date), read as a reader would (a review comes after its period, a plan
   near its start) and checked against a stated weekday; else "--MM-DD".
   "Chiều cùng ngày" is a second event on the day of the one told before;
   "Từ ngày 12-14/3" is an event over several days, dated by the first.
4. Officials found in the meeting's paragraph with a "chủ trì" or "dự" cue
   become its chair and attendees; the same event named twice is one record.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

import regex

from schema import Meeting

from .dates import FUTURE_CUES, PART_OF_DAY, WEEKDAYS, DateMention, resolve_year, weekday_agrees
from .vocab import alternation, load, phrase_key

KIND = "meetings"
ID_PREFIX = "mtg"

_V = load("events")


def _lower_map(mapping: dict) -> dict[str, str]:
    return {k.lower(): v for k, v in mapping.items()}


def _words(name: str) -> str:
    return alternation(_V[name])


def _spaced(words) -> str:
    return "[ ]+".join(regex.escape(w) for w in words)


def _phrase_search(phrases) -> regex.Pattern:
    """A pattern finding where one of ``phrases`` is written, its words apart by runs of spaces.

    It starts with a word all of them share if there is one ("ngày"), and looks around
    it for the rest: the regex module finds a literal start fast, an alternation slowly."""
    words = sorted({tuple(p.split()) for p in phrases})
    shared = sorted(set.intersection(*(set(ws) for ws in words)), key=lambda w: (-len(w), w))
    if not shared:
        return regex.compile("|".join(_spaced(ws) for ws in words))
    around = []
    for ws in words:
        i = ws.index(shared[0])
        around.append((rf"(?<={_spaced(ws[:i + 1])})" if i else "")
                      + (rf"(?=[ ]+{_spaced(ws[i + 1:])})" if ws[i + 1:] else ""))
    return regex.compile(rf"{regex.escape(shared[0])}(?:{'|'.join(around)})")


_KINDS = _lower_map(_V["kinds"])
_VISITS = _lower_map(_V["visits"])
_ACTIVITIES = _lower_map(_V["activities"])
_NOUN = regex.compile(alternation(_KINDS), regex.I)
_ORGANISED_ONLY = {phrase_key(w) for w in _V["organised_only"]}
_NOT_VISIT_BEFORE = "".join(rf"(?<!{regex.escape(w)}\s)" for w in _V["not_visit_before"])
_VISIT = regex.compile(rf"{_NOT_VISIT_BEFORE}{alternation(_VISITS)}(?!\s+{_words('not_visit_after')})", regex.I)
_ACTIVITY = regex.compile(rf"(?:{_words('action_leads')})\s+(?P<verb>{alternation(_ACTIVITIES)})", regex.I)
_DOC_WORD = _words("document_words")
# "Kế hoạch tổ chức Hội nghị …" names a planned event; "Thông báo kết luận tại cuộc họp …" does not.
# "Kế hoạch tổ chức Hội nghị": the event a document is about.  A mark or a line's end ends the
# reference ("Theo Kế hoạch số 18/KH-SYT, Lễ …", "… Thông tư số 32/2023/TT-BYT.⏎⏎Lễ …").
_DOC_BEFORE_EVENT = regex.compile(rf"{_DOC_WORD}(?:[ \t]+(?!tại\b|của\b)[^\s,;:]*[^\s,;:.]){{0,2}}[ \t]*$", regex.I)
_DOC_NUMBER = r"(?<![\p{L}\p{N}])\d{1,5}(?:/\d{4})?\s?[-/]\s?\p{Lu}[\p{L}\p{N}]*(?:[-/]\p{Lu}[\p{L}\p{N}]*)*"
_DOC_NUMBER_END = regex.compile(rf"(?:{_DOC_NUMBER}|\bsố\s*:?\s*\S+)\s*[,:]?\s*$", regex.I)
_DOC_NUMBER_ANY = regex.compile(_DOC_NUMBER)
# An event noun and the words of its name up to a document word: "hội nghị triển khai ⟨Chỉ thị⟩".
_NAMED_FOR_DOCUMENT = regex.compile(rf"{alternation(_KINDS)}(?:\s+[^\W\d]+){{0,4}}\s+$", regex.I)
# The day ends the phrase: what follows is a new clause, not the document's issuer ("… ngày 3/6 của UBND").
_DAY_ENDS_PHRASE = regex.compile(r"\s*(?:[,.;]|$)")
_DOC_CLAUSE = regex.compile(rf"{_DOC_WORD}[^,;\n]{{0,80}}$", regex.I)
# "ký" signs, but not in the nouns "ký sinh trùng" (parasite), "ký túc xá", "ký hiệu", "ký ức", "ký giả"
# Written in lower case: "Ký" with a capital is a name's syllable ("ông Hà Văn Ký").
_ISSUING = regex.compile(r"(?!ký\s+(?:sinh|túc|hiệu|ức|giả)(?![\p{L}]))" + alternation(_V["issuing_verbs"], case="exact"))
_CITATION = regex.compile(rf"^\W*{_words('citation_starts')}", regex.I)
_NOT_EVENT_BEFORE = regex.compile(rf"{_words('not_event_before')}\s*$", regex.I)
# A bracket that tells when the event took place: "Kỳ họp thứ 29 (diễn ra từ ngày 11 đến 13/12)".
_HAPPENING_IN_BRACKET = regex.compile(rf"\(\s*(?:(?:sẽ|đã|được)\s+)*{_words('happening_verbs')}(?:\s+(?:vào|từ|trong))?\s*$", regex.I)
_DAY_BEFORE_BRACKET = regex.compile(rf"{_words('day_before_bracket')}\s*\(\s*$", regex.I)
# "vào", "lúc 8 giờ" between the verb and the day: "được tổ chức vào lúc 8 giờ ngày 20/5".
_CLOCK = r"\d{1,2}\s*(?:giờ|h|:)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối))?,?"
_AT = rf"\s+(?:vào|lúc|vào\s+lúc|hồi|từ)(?:\s+{_CLOCK}(?:\s+(?:đến|tới)\s+{_CLOCK})?)?"  # "từ 8 giờ đến 10 giờ"
_SINCE_CLOCK = regex.compile(rf"(?<![\p{{L}}])kể\s+từ\s+{_CLOCK}\s*$", regex.I)
_HAPPENING = regex.compile(rf"{_words('happening_verbs')}(?:{_AT})?\s*$", regex.I)
# "tổ chức Lễ phát động chiến dịch …, … vào ngày 25/3": the verb before the event, "vào" before its day.
_HAPPENING_BEFORE = regex.compile(rf"{_words('happening_verbs')}\s*$", regex.I)
# Attending it: "Bộ trưởng dự Lễ gắn biển công trình … vào sáng 19/11".
_ATTENDING_BEFORE = regex.compile(r"(?<![\p{L}])(?i:dự|tham dự|đến dự)\s+$")
# … also before a weekday and the day in brackets: "vào sáng thứ Bảy (ngày 12/10)"
_INTO_DAY = regex.compile(
    rf"{_AT}(?:\s+(?:sáng|trưa|chiều|tối))?(?:\s+(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*\()?\s*$", regex.I)
_AT_EVENT = regex.compile(r"(?<![\p{L}])(?i:tại)\s+$")
_WITHIN_NAME = regex.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,3}\s*")  # a few words, no mark, between two event nouns
_HAPPENING_ANY = regex.compile(rf"\s(?:(?:sẽ|đã|được)\s+)*{_words('happening_verbs')}", regex.I)
# A comma that starts another clause, not one inside a name's list ("về cung ứng thuốc, trang thiết bị y tế").
_CLAUSE_COMMA = regex.compile(rf"[,;:]\s*(?:(?=\p{{Lu}}|\d)|(?i:{_words('clause_starts')})|$)")
_NAME_STOP = regex.compile(  # case matters here: ", Phó Chủ tịch" ends a name, ", chống dịch" does not
    rf"[(\n|]|[.!?…](?=\s|$)|[,:;]\s*(?=\p{{Lu}}|(?i:{_words('clause_starts')}))|\s(?=(?i:{_words('name_stops')}))")
_ORGANIZER = regex.compile(
    rf"(?P<org>\p{{Lu}}[^,;:()]{{1,100}}?)\s+(?:đã\s+|vừa\s+|sẽ\s+)?{_words('organizer_verbs')}\s+"
    r"(?:\d+\s+|các\s+|một\s+)?$")
_PLACE = regex.compile(r"(?<![\p{L}])tại\s+(?P<place>[^,;.()\n]{2,120}?)(?=\s*[,;.()\n]|\s+(?:với|về|nhằm|để|do|cho|và)\s|$)",
                       regex.I)
_CHAIR = regex.compile(_words("chair_cues"), regex.I)
_ATTEND = regex.compile(rf"{_words('attendee_cues')}(?!\s+{_words('not_attend_after')})", regex.I)
# The same for the lower-cased copy of the text (``ctx.lower``): faster scans, same spans.
_CHAIR_LOWER = regex.compile(alternation(_V["chair_cues"], case="any"))
_ATTEND_LOWER = regex.compile(
    rf"{alternation(_V['attendee_cues'], case='any')}(?!\s+{alternation(_V['not_attend_after'], case='any')})")
# The next item of a list of people after a semicolon ("…; ông B, R2 cùng dự"): a word of address.
_NEXT_ITEM = regex.compile(r";[ \t]*(?:" + alternation(load("people")["address"], case="any") + ")", regex.I)
_LEAD_CUE = regex.compile(r"[^.;\n]{0,60}?(?:\bcó\b|:|\blà\b)")
_YEAR = r"(?:19|20)\d\d"
# A period with its year: "quý I/2024", "6 tháng đầu năm 2024", "tháng 3/2024", "năm 2024".
_PERIOD = regex.compile(
    rf"""(?<![\p{{L}}\p{{N}}])(?:
        quý\s+(?P<q>IV|I{{1,3}}|[1-4])\s*(?:/|-|,?\s*năm)\s*(?P<qy>{_YEAR})
      | (?P<n>6|9|sáu|chín)\s+tháng\s+(?P<half>đầu\s+|cuối\s+)?(?:năm\s*|/\s*)(?P<ny>{_YEAR})
      | nửa\s+(?P<h2>đầu|cuối)\s+năm\s*(?P<hy>{_YEAR})  # "sơ kết … nửa đầu năm 2024"
      | tháng\s+(?P<mo>\d{{1,2}})\s*(?:/|-|,?\s*năm)\s*(?P<my>{_YEAR})
      | năm\s+(?P<y>{_YEAR})
      | (?:tết(?:\s+nguyên\s+đán)?(?:\s+\p{{L}}+\s+\p{{L}}+)?|xuân)\s+(?P<ty>{_YEAR})  # "Tết Nguyên đán Ất Tỵ 2025"
    )(?!\d|\s*[-–]\s*{_YEAR})""", regex.I | regex.X)
_NOT_PERIOD_BEFORE = regex.compile(rf"{_words('not_period_before')}\s*$", regex.I)
_PAST_BEFORE = regex.compile(rf"{_words('past_period_before')}\s*$", regex.I)
_PERIOD_MODE = regex.compile(rf"(?P<review>{_words('review_words')})|(?P<plan>{_words('plan_words')})", regex.I)
_MODE_GAP = regex.compile(r"[\s,]*(?:thực hiện|công tác)?[\s,]*", regex.I)  # "kết quả thực hiện kế hoạch"
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_MODE_WINDOW = 60  # characters before a period searched for "tổng kết" / "triển khai"
_CLEAR_MARGIN = 45  # days by which the best year must beat the next to be taken
# A numbered round after the first, right before a year: "đợt 2 năm 2024", "lần thứ 3 năm 2024".
_LATER_ROUND_BEFORE = regex.compile(r"(?<![\p{L}])(?i:đợt|lần|lần thứ|giai đoạn)\s+(?:[2-9]|1\d|II|III|IV)\s*,?\s*$")
_PLAN_LEAD_DAYS = 75  # a meeting that plans a period is held at most this long before it starts
# A document dated in the day's sentence dates the day when the day follows it closely: "Chiều 28/3,
# … lễ công bố Quyết định số 612/QĐ-UBND ngày 25/3/2025" (an older document cited says nothing).
_ANNOUNCED_WITHIN = range(0, 46)
_WEEKDAY = regex.compile(alternation(WEEKDAYS), regex.I)
_WEEKDAY_BEFORE_BRACKET = regex.compile(rf"(?P<w>{alternation(WEEKDAYS)})\s*\(\s*(?:ngày\s+)?$", regex.I)
_SAME_DAY = regex.compile(  # not "cùng ngày 6/3", which has its own date
    rf"(?:(?P<part>{alternation(PART_OF_DAY)})\s+)?{_words('same_day')}(?!\s*\(?\s*\d)", regex.I)
# The same for the lower-cased copy of the text (``ctx.lower``): a faster scan, same spans.
_SAME_DAY_LOWER = regex.compile(
    rf"(?:(?P<part>{alternation(PART_OF_DAY, case='any')})\s+)?{alternation(_V['same_day'], case='any')}(?!\s*\(?\s*\d)")
_TODAY = regex.compile(rf"{_words('today')}(?!\s*\(?\s*\d)(?=\s*,)", regex.I)  # "Sáng nay, Sở Y tế …"
# Every such match contains one of the phrases, which most articles never write (as
# written or lower-cased): a quick search for them skips the slow scan then.
_SAME_DAY_WRITTEN = _phrase_search({*_V["same_day"], *(p.lower() for p in _V["same_day"])})
# … also between two weekdays with their days in brackets: "Thứ Tư (13/3) – Thứ Năm (14/3)"
_RANGE_GAP = regex.compile(r"\s*\)?\s*(?:[-–]|đến|tới)?\s*(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
                           r"\s*[,(]?\s*)?(?:ngày\s*)?", regex.I)
_RANGE_GAP_WEEKDAY = regex.compile(r"\)\s*[-–]\s*(?i:thứ|chủ\s+nhật)")
_RANGE_JOIN = regex.compile(r"[-–]|đến|tới", regex.I)
_NOT_ACTIVITY_BEFORE = "".join(rf"(?<!{regex.escape(w)}\s)" for w in _V["not_activity_before"])
_BARE_ACTIVITY = regex.compile(rf"{_NOT_ACTIVITY_BEFORE}(?P<verb>{alternation(_ACTIVITIES)})", regex.I)
_VISITING_SUBJECT = regex.compile(_words("visiting_subjects"), regex.I)
# case matters: "cần" (must) is no "Cần Thơ"
_NOT_VISIT_BETWEEN = regex.compile(rf"{_words('not_visit_between')}|[;:]")
_MAX_RANGE_DAYS = 7  # a longer range is a period (a campaign), not an event's days
_MAX_SUBJECT = 200  # characters from a date to a bare activity verb whose subject is an official
# A visit or a sitting told before its day, as a plan: "đoàn sẽ giám sát tại … vào sáng Thứ Ba,
# ngày 17/9", "Hội đồng sẽ họp vào ngày 25/4".
_WILL_DO = regex.compile(
    rf"(?<![\p{{L}}])(?:sẽ|dự kiến(?:\s+sẽ)?)(?:\s+tiếp\s+tục)?\s+(?P<verb>{alternation(list(_ACTIVITIES) + ['họp'])})(?![\p{{L}}])", regex.I)
_MAX_GAP_PLAN = 150  # characters from the verb to "vào" and the day
_STARTS_CLAUSE = regex.compile(r"[\s\-–•*+]*(?:[^,;:.\n]{1,40},\s*)?(?i:từ)?\s*")  # "Theo kế hoạch, từ "
# "…; từ ngày 17/3, Bộ Y tế sẽ cử 4 đoàn …", "theo Kế hoạch số 516/KH-BCĐLN, từ ngày 7/10, đoàn …":
# the day opens a clause later in the sentence.
_FROM_AFTER_CLAUSE_MARK = regex.compile(r"[,;][ \t]*(?i:từ)[ \t]*\Z")
_TEAM_KINDS = frozenset({"đoàn kiểm tra", "đoàn giám sát", "đoàn công tác", "kiểm tra", "giám sát"})
# What a team holds or joins on its day (not what it inspects: "giám sát chiến dịch tiêm chủng").
_SESSION_KINDS = frozenset({"buổi làm việc", "hội nghị", "cuộc họp", "hội thảo", "tọa đàm", "buổi tiếp", "hội đàm",
                            "giao ban", "buổi gặp mặt", "tiếp xúc cử tri", "họp báo"})
_MAX_TEAM_GAP = 8  # characters from "Từ ngày …" to the team: ", Đoàn kiểm tra"
# A team at work between its name and "từ ngày …" ("… đã làm việc trực tiếp tại các cơ sở từ ngày 15/5"),
# or organised right before its name ("Cục sẽ tổ chức đoàn kiểm tra tại … từ ngày 10/6").
_TEAM_AT_WORK = regex.compile(rf"(?<![\p{{L}}])(?i:{alternation(list(_ACTIVITIES) + ['thanh tra'], boundary=False)})(?![\p{{L}}])")
_ORGANISES_TEAM = regex.compile(r"(?<![\p{L}])(?i:tổ chức|thành lập|cử)(?:\s+[\d.]+)?\s+(?i:các\s+|những\s+)?$")
_UP_TO_NOW = regex.compile(r"\s*(?i:đến|tới)\s+(?i:nay|hiện\s+nay|hết)(?![\p{L}])")
# … or its organiser between: "Từ ngày 24/10, Sở Y tế sẽ tổ chức đợt kiểm tra …"
_ORGANISES_GAP = regex.compile(r",?[ \t]*[^,.;:\n]{2,60}?[ \t](?:sẽ[ \t]+)?(?:tổ[ \t]+chức|tiến[ \t]+hành|thành[ \t]+lập|cử)(?:[ \t]+\d+)?[ \t]+")
# A full stop after an abbreviation ("TP. Hồ Chí Minh", "TS. Nguyễn …") ends no sentence.
_ABBREVIATION_STOP = rf"(?<!(?<![\p{{L}}\p{{N}}]){alternation(_V['dotted_abbreviations'], boundary=False, case='exact')})\."
_SENTENCE_END = regex.compile(rf"(?:{_ABBREVIATION_STOP}|[!?…])(?=\s|$)|\n")
_SENTENCE_MARKS = ".!?…\n"  # every ``_SENTENCE_END`` match is one of these: keep them in step
_CLAUSE_END = regex.compile(rf"(?:{_ABBREVIATION_STOP}|[!?…;])(?=\s|$)|\n")
_QUOTED = regex.compile(r"[“\"«][^”\"»\n]{1,200}[”\"»]")
# What may stand before a date that opens its sentence: a news agency's tag ("TTXVN - ", "(Chinhphu.vn) - ").
_OPENING = regex.compile(r"[\s\-–—]*(?:\(?[\p{L}.]{2,24}\)?[ \t]*[-–—][ \t]*)?")
# … or the clock time of a happening ("Khoảng 2 giờ sáng 21/3, xe khách … bị lật"): the report's day
_CLOCK_OPENING = regex.compile(r"\s*(?i:(?:vào[ \t]+)?(?:khoảng|lúc)[ \t]+)?\d{1,2}[ \t]*(?i:giờ|h)(?:[ \t]*\d{1,2}(?:[ \t]*(?i:phút))?)?[ \t]*")
# "đoàn kiểm tra …, bắt đầu từ ngày 15-10", "bắt đầu kiểm tra từ ngày 22/7"
_BEGINS_FROM = regex.compile(r"(?<![\p{L}])(?i:bắt đầu)(?:\s+[\p{L}]+){0,2}\s+từ\s*$")
_BEGINS = regex.compile(r"(?<![\p{L}])(?i:bắt đầu)(?:\s+[\p{L}]+){0,2}\s*$")  # before a day whose cue is "từ"
_STEERING_FOR = regex.compile(r"(?i:ban chỉ đạo)(?:\s+[\p{L}]+){0,8}\s+(?:số\s*)?$")
_ANNIVERSARY = regex.compile(
    r"(?i:kỷ niệm)\s+(?P<years>\d{1,3})\s+năm[^()\n]{0,120}\(\s*(?P<first>(?:19|20)\d\d)\s*[-–]\s*(?P<last>(?:19|20)\d\d)\s*\)")
# A line that gives an event's time in a notice or an invitation ("3. Thời gian: …", "- Thời gian: …").
_TIME_LINE = regex.compile(r"[ \t\-–•*+\dIVX.)]*(?i:thời gian|thời điểm)\s*:", regex.V1)
_TIME_LINE_REACH = 600  # characters above the line where its event is named
# A schedule's day heading: the day alone on its line, with its weekday ("Thứ Hai (15/4)", "Thứ Tư, 24/4").
_WEEKDAY_DAY = (r"(?i:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)[ \t,–-]*\(?[ \t]*(?:ngày\s*)?"
                r"\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)[ \t]*\)?)")
_DAY_HEADING = regex.compile(rf"[ \t]*{_WEEKDAY_DAY}[ \t:]*")
# … or a table row that starts with its day: "Thứ 2 (11/11) | 7h15 | Giao ban toàn viện | GĐ … | Hội trường A"
_DAY_CELL = regex.compile(rf"[ \t|]*{_WEEKDAY_DAY}[ \t]*\|")
# An item of a schedule: a bullet or a clock time opens the line ("- 08 giờ 00: …", "14h00: …").
_SCHEDULE_ITEM = regex.compile(r"[ \t]*(?:[-–•*+][ \t]*|\d{1,2}[ \t]*(?:giờ|h|:)[ \t]*\d{0,2})")
# … or the date line of a document's letterhead ("Thành phố Hồ Chí Minh, ngày 12 tháng 4 năm 2024").
_LEAD_OPENING = regex.compile(rf"(?:{_OPENING.pattern}|[ \t]*\p{{Lu}}[\p{{L}} .\-]{{1,40}},[ \t]*)")
_LEAD_REACH_DAYS = 45  # how far from a report's opening date another day of it may be
_MAX_GAP_PLAIN = 100  # characters between an event's head and its date, without a comma
# … a comma inside a term is none ("cuộc họp về công tác phòng, chống dịch sởi ngày 11/3")
_COMMA_TERMS = regex.compile(alternation([w for w in load("organizations")["fixed_phrases"] if "," in w], case="exact"))
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
    same_day: bool = False  # dated by "cùng ngày": never the same event as the one before
    scheduled: bool = False  # an item of a schedule: another item that day is another event


def extract(ctx) -> list[Meeting]:
    sentences = _Sentences(ctx.norm, ctx.article.start, ctx.article.end)
    dates = _DateIndex(ctx.dates)
    mentions = sorted(_mentions(ctx), key=lambda pab: pab[1])
    people = [a for _, a, _ in mentions]  # sorted name starts
    ranges = _range_ends(ctx, dates)
    last_days = {end.start for end in ranges.values()}
    found: list[_Found] = []
    for d in _days_in_order(ctx):
        if d.start in last_days:
            continue  # "Thứ Tư (13/3) – Thứ Năm (14/3): Đoàn kiểm tra …": the event is the first day's
        if d.cue == "cùng ngày":
            d = _same_day_as(d, found) or _same_day_as_lead(ctx, d, sentences)
            if d is None:
                continue
        sentence = _mend_broken_line(ctx, sentences.around(d.start))
        range_end = ranges.get(d.start)
        short_days = d.last_day is not None and 0 < d.last_day - d.day <= _MAX_RANGE_DAYS  # "12-14/3", not "1 đến 20/9"
        if not _may_be_event_day(ctx, d, sentence, range_end is not None or short_days):
            team = range_end is None and (_team_from(ctx, d, sentence, dates, people)
                                          or _team_working_from(ctx, d, sentence, dates))
            if team:
                found.append(_build(ctx, d, team, sentence, dates, people))
            continue
        search_from = range_end.end if range_end is not None else d.end
        event = ((range_end is None and (_event_before(ctx, d, sentence, dates) or _plan_before(ctx, d, sentence, dates)))
                 or _event_after(ctx, d, sentence, dates, people, search_from))
        if (event is not None and event.kind not in _TEAM_KINDS and range_end is None and not short_days
                and not d.part_of_day and _starts_range(ctx.norm, d)):
            continue  # "chiến dịch bắt đầu từ ngày 15/3": a campaign's first day; a team's visits start on theirs
        if event is not None and d.cue == "cùng ngày" and dates.between(event.end, sentence[1]):
            continue  # "Cùng ngày, bà X cho biết … đoàn kiểm tra …, bắt đầu từ ngày 15-10": the day written
        if event is not None and event.kind in _TEAM_KINDS and not event.before_date:
            event = _session_of_team(ctx, event, sentence, dates) or event
        if event is None:
            event, sentence = _event_of_time_line(ctx, d, dates, sentence)
        if event is None:
            for item, line in _schedule_items(ctx, d, dates):
                found.append(_build(ctx, d, item, line, dates, people))
                found[-1].scheduled = True
            continue
        built = _build(ctx, d, event, sentence, dates, people)
        if d.cue == "cùng ngày":  # the day (and whether its year was inferred) of the one before
            if found:
                built.meeting.year_inferred = found[-1].meeting.year_inferred
            built.same_day = True
        found.append(built)
    _link_officials(ctx, found, mentions)
    return _merge([(f.meeting, f.same_day, f.scheduled) for f in found])


def _same_day_phrases(ctx):
    """``_SAME_DAY`` matches in the article; "part" comes out lower-cased either way."""
    if ctx.lower is not None:
        if not _SAME_DAY_WRITTEN.search(ctx.lower, ctx.article.start, ctx.article.end):
            return ()
        return _SAME_DAY_LOWER.finditer(ctx.lower, ctx.article.start, ctx.article.end)
    return _SAME_DAY.finditer(ctx.norm, ctx.article.start, ctx.article.end)


def _days_in_order(ctx):
    """The article's dates, its "Chiều cùng ngày" phrases and its "Sáng nay", in text order."""
    same = [DateMention(m.start(), m.end(), m.start(), 1, 1, None,
                        m.group("part").lower() if m.group("part") else None, cue="cùng ngày")
            for m in _same_day_phrases(ctx)
            if ctx.allows(m.start(), m.end())]
    return sorted(ctx.dates + same + _today_phrases(ctx), key=lambda d: d.start)


def _today_phrases(ctx) -> list[DateMention]:
    """"Sáng nay, …" in an article whose dateline gives the day: that day (its year as inferred)."""
    published = ctx.article.published_date
    if not published or len(published) != 10 or published.startswith("--"):
        return []
    if ctx.norm.find(" nay", ctx.article.start, ctx.article.end) < 0:
        return []  # every phrase holds " nay": most articles are done here
    month, day = int(published[5:7]), int(published[8:10])
    found = []
    for m in _TODAY.finditer(ctx.norm, ctx.article.start, ctx.article.end):
        if ctx.allows(m.start(), m.end()):
            part = m.group(0).split()[0].lower()
            found.append(DateMention(m.start(), m.end(), m.start(), day, month, None,
                                     part if part in PART_OF_DAY else None, cue="hôm nay"))
    return found


def _same_day_as(d: DateMention, found: list[_Found]) -> DateMention | None:
    """"Chiều cùng ngày": the day of the event told just before, with this part of day."""
    if not found:
        return None
    previous = found[-1].meeting.date
    year = None if previous.startswith("--") else int(previous[:4])
    month, day = int(previous[-5:-3]), int(previous[-2:])
    return DateMention(d.start, d.end, d.start, day, month, year, d.part_of_day, cue="cùng ngày")


def _same_day_as_lead(ctx, d: DateMention, sentences) -> DateMention | None:
    """"Sáng cùng ngày" after no event: the last day before it that opens its sentence ("Ngày 7/7,
    Sở Y tế cho biết … từ ngày 25/6 đến nay … Sáng cùng ngày, đoàn công tác …"), a report's day."""
    for last in reversed([e for e in ctx.dates if e.start < d.start and e.cue != "cùng ngày"]):
        opening = ctx.norm[sentences.around(last.start)[0]:last.start]
        if not last.in_brackets and (_OPENING.fullmatch(opening) or _CLOCK_OPENING.fullmatch(opening)):
            return DateMention(d.start, d.end, d.start, last.day, last.month, last.year, d.part_of_day, cue="cùng ngày")
    return None


def _range_ends(ctx, dates: _DateIndex) -> dict[int, DateMention]:
    """"từ ngày 12/3 đến ngày 14/3", "Thứ Tư (13/3) – Thứ Năm (14/3)": the start of each such range → its end."""
    ends = {}
    for a, b in zip(dates.dates, dates.dates[1:]):
        if b.start - a.end > 20 or not _short_range(a, b):
            continue
        gap = ctx.norm[a.end:b.start]
        if not (_starts_range(ctx.norm, a) or (a.in_brackets and b.in_brackets and _RANGE_GAP_WEEKDAY.search(gap))):
            continue
        joined = b.cue in ("đến", "tới") or _RANGE_JOIN.search(gap)
        if joined and _RANGE_GAP.fullmatch(gap):
            ends[a.start] = b
    return ends


def _short_range(a: DateMention, b: DateMention) -> bool:
    """A few days ("12/3 đến 14/3"), not a month-long campaign ("15/7 đến 15/8")."""
    year = b.year or a.year or 2000
    try:
        days = (dt.date(year, b.month, b.day) - dt.date(a.year or year, a.month, a.day)).days
    except ValueError:
        return False
    return 0 < days <= _MAX_RANGE_DAYS


def _starts_range(norm: str, d: DateMention) -> bool:
    """"Từ ngày 12/3 …": the date opens a span (it is a start, not a deadline, only if a close end follows)."""
    return norm[max(0, d.start - 8):d.start].rstrip().lower().endswith("từ") or d.cue == "từ"


# --- which dates can be an event's day ---------------------------------------

class _Sentences:
    """Sentence spans of the article, for looking up the one around an offset.

    The stops (ends of ``_SENTENCE_END`` matches) are looked for around each offset
    asked about: a page has a few dates, and scanning all of a long page costs more."""

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end

    def around(self, index: int) -> tuple[int, int]:
        """(the last stop at or before ``index``, the first stop after it)."""
        left = _last_sentence_end(self.text, self.start, index, self.end)
        right = _SENTENCE_END.search(self.text, max(index, self.start), self.end)
        return left or self.start, right.end() if right else self.end


def _mend_broken_line(ctx, sentence: tuple[int, int]) -> tuple[int, int]:
    """A sentence that a line break cuts right after its verb ("… Sở Y tế tổ chức\nLễ phát
    động …", as pages copied line by line are) runs on to the end of the next line's sentence."""
    norm, end = ctx.norm, sentence[1]
    if norm[end - 1:end] != "\n" or not _HAPPENING_BEFORE.search(norm, max(0, end - 31), end - 1):
        return sentence
    more = _SENTENCE_END.search(norm, end, ctx.article.end)
    return sentence[0], more.end() if more else ctx.article.end


def _last_sentence_end(text: str, start: int, index: int, endpos: int) -> int | None:
    """The end of the last ``_SENTENCE_END`` match in ``text[:endpos]`` starting in [start, index).

    Each match is one character of ``_SENTENCE_MARKS``: those are found with ``str.rfind``
    and each is checked by the pattern itself, there, so they are what a scan would find."""
    last = None
    for mark in _SENTENCE_MARKS:
        i = text.rfind(mark, start if last is None else last, index)
        while i >= 0 and not _SENTENCE_END.match(text, i, endpos):
            i = text.rfind(mark, start if last is None else last, i)
        if i >= 0:
            last = i + 1
    return last


class _DateIndex:
    """The article's dates by position, to find those in a span without a scan."""

    def __init__(self, dates):
        self.dates = sorted(dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]

    def between(self, start: int, end: int) -> list:
        """Dates starting in [start, end)."""
        return self.dates[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def next_start(self, start: int, default: int, *, past_brackets: bool = False) -> int:
        """Where the next date starts from ``start`` on (``default`` if none before it); with
        ``past_brackets``, not counting a day in brackets that explains a name ("nhân Ngày Dân số
        Thế giới (11/7), Sở Y tế tổ chức lễ mít tinh")."""
        i = bisect.bisect_left(self.starts, start)
        while past_brackets and i < len(self.starts) and self.dates[i].in_brackets:
            i += 1
        return min(self.starts[i], default) if i < len(self.starts) else default


def _may_be_event_day(ctx, d, sentence, is_range: bool = False) -> bool:
    """Not a document's date, a bracketed date, a start/end/deadline, or furniture.
    The first day of a range ("Từ ngày 12-14/3") may be an event's."""
    if d.in_brackets and not (_DAY_BEFORE_BRACKET.search(ctx.norm, max(0, d.start - 30), d.start)
                              or _HAPPENING_IN_BRACKET.search(ctx.norm, max(0, d.start - 30), d.start)):
        return False  # but "Kỳ họp thứ 29 (diễn ra từ ngày 11 đến 13/12)" tells the event's days
    prefix = ctx.norm[sentence[0]:d.start]
    if _SINCE_CLOCK.search(prefix):
        return False  # "giãn cách … kể từ 12 giờ ngày 1/2": a measure's start ("tổ chức từ 8 giờ ngày 11/4" is an event's)
    before = _NOT_EVENT_BEFORE.search(prefix)
    if before and not (before.group(0).strip().lower() in ("từ", "kể từ") and (
            is_range or d.part_of_day or _BEGINS_FROM.search(prefix))):
        return False  # but "từ ngày 12-14/3", "từ sáng 22/1", "bắt đầu từ ngày 15-10" start an event
    if d.cue and _NOT_EVENT_BEFORE.fullmatch(d.cue) and not (d.cue == "từ" and (is_range or _BEGINS.search(prefix))):
        return False  # but "…, bắt đầu từ ngày 15 tháng 4 năm 2024" starts a team's visits
    return not _is_document_date(ctx.norm, d, sentence)


def _is_document_date(norm: str, d, sentence) -> bool:
    """"Quyết định số 1961/QĐ-UBND ngày 25/10/2016", "Căn cứ Luật … ngày 30/6/1989"."""
    if d.part_of_day:
        return False  # "… cũng thông báo sáng ngày 5/1/2024 sẽ tổ chức Lễ …": a document has no morning
    prefix = norm[sentence[0]:d.start]
    if _DOC_NUMBER_END.search(prefix):
        return True
    if _HAPPENING.search(prefix):
        return False  # "… Chỉ thị số 25-CT/TU dự kiến tổ chức ngày 20/10", "Theo Kế hoạch số 3187/KH-UBND, buổi
        # lễ sẽ được tổ chức vào 8 giờ ngày 19/10": a verb leads into an event's day; a document's date follows it
    if _CITATION.search(prefix):
        return True
    clause = _DOC_CLAUSE.search(prefix)
    if clause and _INTO_DAY.search(prefix):
        return False  # "triển khai kế hoạch … vào ngày 29/8": an event's day
    if clause and _NAMED_FOR_DOCUMENT.search(prefix, 0, clause.start()) and _DAY_ENDS_PHRASE.match(norm, d.end):
        return False  # "Tại hội nghị triển khai Chỉ thị ngày 12/6/2024, …": a document without its
        # number, named in an event's name, and nothing of the document after the day
    return bool(clause and not _NOUN.search(clause.group(0)[3:]))


# --- finding the event --------------------------------------------------------

def _event_before(ctx, d, sentence, dates: _DateIndex) -> _Event | None:
    """An event named right before its date: "cuộc họp Thường trực Chính phủ ngày 15/4/2020"."""
    led_into = _HAPPENING.search(ctx.norm, max(sentence[0], d.start - _MAX_GAP_VERB), d.start) is not None
    heads = [m for m in _NOUN.finditer(ctx.norm, sentence[0], d.start) if _is_event_noun(ctx.norm, m, led_into)]
    if not heads:
        return None
    head = heads[-1]
    for earlier in reversed(heads[:-1]):  # "Lễ phát động chiến dịch …": the event is the first head's
        if not _WITHIN_NAME.fullmatch(ctx.norm, earlier.end(), head.start()):
            break
        head = earlier
    gap = ctx.norm[head.end():d.start]
    if ";" in gap or dates.between(head.end(), d.start) or (_DOC_NUMBER_ANY.search(gap) and not _HAPPENING.search(gap)):
        return None  # a document's number between: its date, unless a verb leads into the day ("… 25-CT/TU dự kiến tổ chức ngày 20/10")
    plain = len(gap) <= _MAX_GAP_PLAIN and ("," not in gap or not _CLAUSE_COMMA.search(_COMMA_TERMS.sub("", gap)))
    # "vào ngày D" after a verb that makes the event happen: before the event ("tổ chức Lễ … vào
    # ngày 25/3") or after it ("Đoàn kiểm tra … sẽ làm việc tại … vào ngày 24/8"), unless the
    # event is only where something was said ("Tại Hội nghị, …").
    into = _INTO_DAY.search(gap) and (
        _HAPPENING_BEFORE.search(ctx.norm, max(0, head.start() - 30), head.start())
        or _ATTENDING_BEFORE.search(ctx.norm, max(0, head.start() - 12), head.start())
        or (_HAPPENING_ANY.search(gap) and not _AT_EVENT.search(ctx.norm, max(0, head.start() - 8), head.start())))
    led = len(gap) <= _MAX_GAP_VERB and (_HAPPENING.search(gap) or into)
    if not (plain or led):
        return None
    return _Event(head.start(), head.end(), _KINDS[phrase_key(head.group(0))], True)


def _team_from(ctx, d, sentence, dates: _DateIndex, people: list[int]) -> _Event | None:
    """An inspection team that starts its visits on the day opening the sentence or its second
    clause: "Từ ngày 21 tháng 5 năm 2024, Đoàn kiểm tra liên ngành … sẽ làm việc tại 27 doanh
    nghiệp"; other things that start "từ ngày …" (a rule, a campaign) are no event."""
    opens = (_STARTS_CLAUSE.fullmatch(ctx.norm, sentence[0], d.start)
             or _FROM_AFTER_CLAUSE_MARK.search(ctx.norm, max(sentence[0], d.start - 8), d.start))
    if not (opens and (d.cue == "từ" or _starts_range(ctx.norm, d))):
        return None
    event = _event_after(ctx, d, sentence, dates, people, d.end)
    if event is None or event.kind not in _TEAM_KINDS:
        return None
    gap = (d.end, event.start)
    return event if gap[1] - gap[0] <= _MAX_TEAM_GAP or _ORGANISES_GAP.fullmatch(ctx.norm, *gap) else None


def _team_working_from(ctx, d, sentence, dates: _DateIndex) -> _Event | None:
    """An inspection team named before the day it works from: "Đoàn thanh tra liên ngành … đã làm
    việc trực tiếp tại các cơ sở từ ngày 15/5", "Cục sẽ tổ chức đoàn kiểm tra tại Hà Nội … từ ngày
    10/6"; not a period up to now ("… từ ngày 1/3 đến nay"), nor a team that only reports on one."""
    if not _starts_range(ctx.norm, d) or _UP_TO_NOW.match(ctx.norm, d.end):
        return None
    heads = [m for m in _NOUN.finditer(ctx.norm, max(sentence[0], d.start - _MAX_GAP_VERB), d.start)
             if _KINDS[phrase_key(m.group(0))] in _TEAM_KINDS]
    if not heads:
        return None
    head = heads[-1]
    gap = ctx.norm[head.end():d.start]
    if ";" in gap or dates.between(head.end(), d.start):
        return None
    if not (_TEAM_AT_WORK.search(gap) or _ORGANISES_TEAM.search(ctx.norm, max(sentence[0], head.start() - 20), head.start())):
        return None
    return _Event(head.start(), head.end(), _KINDS[phrase_key(head.group(0))], True)


def _session_of_team(ctx, team: _Event, sentence, dates: _DateIndex) -> _Event | None:
    """The session a team holds or joins, named later in its clause: "Đoàn công tác của Bộ Y tế
    do … làm trưởng đoàn đã có buổi làm việc với UBND tỉnh" is a buổi làm việc."""
    norm = ctx.norm
    limit = dates.next_start(team.end, sentence[1], past_brackets=True)
    semicolon = norm.find(";", team.end, limit)
    for m in _NOUN.finditer(norm, team.end, limit if semicolon < 0 else semicolon):
        if _KINDS[phrase_key(m.group(0))] in _SESSION_KINDS and _is_event_noun(norm, m):
            return _Event(m.start(), m.end(), _KINDS[phrase_key(m.group(0))], False)
    return None


def _plan_before(ctx, d, sentence, dates: _DateIndex) -> _Event | None:
    """A visit or a sitting its subject will hold "vào" the day: "Theo kế hoạch, đoàn sẽ giám sát
    tại Trung tâm Y tế huyện … vào sáng Thứ Ba, ngày 17/9"."""
    norm = ctx.norm
    low = max(sentence[0], d.start - _MAX_GAP_PLAN)
    plans = list(_WILL_DO.finditer(norm, low, d.start))
    if not plans:
        return None
    plan = plans[-1]
    gap = norm[plan.end():d.start]
    subject = norm[sentence[0]:plan.start()]
    if (";" in gap or dates.between(plan.end(), d.start) or not (_INTO_DAY.search(gap) or d.cue == "vào")
            or _NOT_VISIT_BETWEEN.search(subject) or not _VISITING_SUBJECT.search(subject)):
        return None
    verb = phrase_key(plan.group("verb"))
    return _Event(plan.start("verb"), plan.end("verb"), _ACTIVITIES.get(verb) or _VISITS[verb], True)


def _event_after(ctx, d, sentence, dates: _DateIndex, people: list[int], start: int) -> _Event | None:
    """The first event named after its date (or after a range's end), before the sentence's next date."""
    norm = ctx.norm
    limit = dates.next_start(start, sentence[1], past_brackets=True)
    for m in _NOUN.finditer(norm, start, limit):
        if _is_event_noun(norm, m):
            if _issued_between(norm, d.end, m.start()):
                return None
            return _Event(m.start(), m.end(), _KINDS[phrase_key(m.group(0))], False)
    candidates = _visits_in(norm, start, limit)
    candidates += [(m.start("verb"), m.end("verb"), _ACTIVITIES[phrase_key(m.group("verb"))])
                   for m in _ACTIVITY.finditer(norm, start, limit)]
    candidates += [(m.start("verb"), m.end("verb"), _ACTIVITIES[phrase_key(m.group("verb"))])
                   for m in _BARE_ACTIVITY.finditer(norm, start, min(limit, start + _MAX_SUBJECT))
                   if _visitor_before(norm, people, start, m.start())]
    if not candidates:
        return None
    start, end, kind = min(candidates)
    if _issued_between(norm, d.end, start):
        return None
    return _Event(start, end, kind, False)


def _event_of_time_line(ctx, d, dates: _DateIndex, sentence):
    """A notice's or invitation's "Thời gian: 14 giờ 00, thứ Sáu, ngày 26/4/2024" line: the day of
    the event named last before it, a few lines up ("Sở Y tế tổ chức cuộc họp …"), with no other day
    between.  (event, the span from the event to the line's end), or (None, ``sentence``)."""
    norm = ctx.norm
    line_start = norm.rfind("\n", ctx.article.start, d.start) + 1
    if not _TIME_LINE.match(norm, line_start, d.start):
        return None, sentence
    low = max(ctx.article.start, line_start - _TIME_LINE_REACH)
    heads = [m for m in _NOUN.finditer(norm, low, line_start) if _is_event_noun(norm, m, True)]
    if not heads or any(not _is_document_date(norm, o, (norm.rfind("\n", low, o.start) + 1, o.end))
                        for o in dates.between(heads[-1].end(), line_start)):
        return None, sentence  # another day told between (a cited document's date is none)
    head = heads[-1]
    line_end = norm.find("\n", d.end)
    span = (head.start(), line_end if line_end >= 0 else ctx.article.end)
    return _Event(head.start(), head.end(), _KINDS[phrase_key(head.group(0))], True), span


def _schedule_items(ctx, d, dates: _DateIndex):
    """A work schedule's day ("Lịch công tác": a line with the day alone, "Thứ Hai (15/4)",
    then lines of items, "- 08 giờ 00: Giám đốc Sở chủ trì họp giao ban …"; or a table row
    that starts with the day): (event, its line) of each item up to the next day or other text."""
    norm, end = ctx.norm, ctx.article.end
    line_start = norm.rfind("\n", ctx.article.start, d.start) + 1
    line_end = norm.find("\n", d.end, end)
    line_end = end if line_end < 0 else line_end
    cell = _DAY_CELL.match(norm, line_start, line_end)
    if cell and cell.end() > d.start:
        event = _schedule_event(norm, cell.end(), line_end)
        return [(event, (cell.end(), line_end))] if event else []
    if line_end == end or not _DAY_HEADING.fullmatch(norm, line_start, line_end):
        return []
    items, pos = [], line_end + 1
    while pos < end:
        next_end = norm.find("\n", pos, end)
        next_end = end if next_end < 0 else next_end
        if not _SCHEDULE_ITEM.match(norm, pos, next_end) or any(
                not _is_document_date(norm, o, (pos, o.end)) for o in dates.between(pos, next_end)):
            break  # the next day, or other text (a document's date is none: "Chỉ thị số 35/CT-UBND ngày 27/12")
        event = _schedule_event(norm, pos, next_end)
        if event is not None:
            items.append((event, (pos, next_end)))
        pos = next_end + 1
    return items


def _schedule_event(norm: str, start: int, end: int) -> _Event | None:
    """The event of a schedule's item: an event noun ("dự Hội nghị …"), else what the leader
    does there ("làm việc với Bệnh viện …", "kiểm tra công tác …"): the schedule says it happens."""
    head = next((m for m in _NOUN.finditer(norm, start, end) if _is_event_noun(norm, m, True)), None)
    if head is not None:
        return _Event(head.start(), head.end(), _KINDS[phrase_key(head.group(0))], False)
    verbs = _visits_in(norm, start, end)
    verbs += [(m.start("verb"), m.end("verb"), _ACTIVITIES[phrase_key(m.group("verb"))])
              for m in _BARE_ACTIVITY.finditer(norm, start, end)]
    return _Event(*min(verbs), False) if verbs else None


def _visits_in(norm: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each visit verb in [start, end): "thăm", "họp", "tiếp xã giao"."""
    return [(m.start(), m.end(), _VISITS[phrase_key(m.group(0))]) for m in _VISIT.finditer(norm, start, end)]


def _visitor_before(norm: str, people: list[int], start: int, verb: int) -> bool:
    """"Tối 31/12, ông X, Phó Chủ tịch UBND tỉnh … kiểm tra": an official (or "lãnh đạo",
    "Đoàn") is the subject of the verb, with no "cho biết", "chỉ đạo" in between."""
    subject = norm[start:verb]
    if _NOT_VISIT_BETWEEN.search(subject):
        return False
    i = bisect.bisect_left(people, start)
    return (i < len(people) and people[i] < verb) or bool(_VISITING_SUBJECT.search(subject))


def _is_event_noun(norm: str, m, led_into: bool = False) -> bool:
    """Not the subject of a document: "Kế hoạch tổ chức Hội nghị", "Nghị quyết Đại hội";
    a noun of ``organised_only`` right after a verb of organising ("tổ chức chương trình"), or
    before one that leads into its day (``led_into``: "Lễ phong tặng … sẽ được tổ chức vào ngày 28/2")."""
    if (phrase_key(m.group(0)) in _ORGANISED_ONLY and not led_into
            and not _HAPPENING_BEFORE.search(norm, max(0, m.start() - 30), m.start())):
        return False
    return not _DOC_BEFORE_EVENT.search(norm, max(0, m.start() - 40), m.start())


def _issued_between(norm: str, start: int, end: int) -> bool:
    """"Ngày 2/8, Ban Thường vụ ban hành Nghị quyết số 07-NQ/TU … tại Hội nghị": a document's day."""
    if _ISSUING.search(norm, start, end):
        return True
    doc = _DOC_NUMBER_ANY.search(norm, start, end)  # "Ngày 10/3, Quyết định số 15/QĐ-UBND thành lập Đoàn …"
    # but not a steering committee named for a document ("Ban Chỉ đạo Chương trình hành động số 25-CTr/TU … đã họp")
    return bool(doc) and not _STEERING_FOR.search(norm, max(start, doc.start() - 80), doc.start())


# --- the record ---------------------------------------------------------------

def _build(ctx, d, event: _Event, sentence, dates: _DateIndex, people: list[int]) -> _Found:
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
        organizer=_organizer(ctx, d, event, sentence, people),
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
    anniversary = _ANNIVERSARY.search(ctx.norm, sentence[0], sentence[1])
    if anniversary and int(anniversary["last"]) - int(anniversary["first"]) == int(anniversary["years"]):
        return int(anniversary["last"]), True  # "Lễ kỷ niệm 40 năm Ngày thành lập Bệnh viện (1984 - 2024)"
    weekday = _stated_weekday(ctx.norm, d)
    paragraph = _paragraph(ctx, d.start)
    for span, whole_years in ((sentence, True), (paragraph, False)):
        year = _year_nearby(ctx, d, span, whole_years, weekday, dates)
        if year:
            return year, True
    lead = _lead_date(ctx, dates)
    if lead is not None and lead.start < d.start:
        reference = dt.date(lead.year, lead.month, lead.day)
        year = resolve_year(d.day, d.month, reference)
        if abs((dt.date(year, d.month, d.day) - reference).days) <= _LEAD_REACH_DAYS:
            return year, True  # "Ngày 11/7/2024, Kỳ họp … bế mạc. Tại phiên chất vấn chiều 10/7, …"
    year = _year_of_weekday(d, weekday, dates) if weekday is not None else None
    return year, year is not None


def _year_of_weekday(d, weekday: int, dates: _DateIndex) -> int | None:
    """The year of a day written with its weekday from the nearest full date before it, when the
    weekday agrees: a schedule's "Thứ Hai (11/11)" under "Tuần 46 (từ 11/11/2024 đến 15/11/2024)"."""
    for o in reversed(dates.between(0, d.start)):
        if o.year and _valid_day(o.year, o.month, o.day):
            reference = dt.date(o.year, o.month, o.day)
            year = resolve_year(d.day, d.month, reference)
            if (abs((dt.date(year, d.month, d.day) - reference).days) <= _LEAD_REACH_DAYS
                    and weekday_agrees(year, d.month, d.day, weekday)):
                return year
            return None
    return None


def _lead_date(ctx, dates: _DateIndex):
    """The full date that opens a line of the article before any other full date, as a report
    without a dateline starts ("(BĐ) - Ngày 11/7/2024, …"), or None."""
    norm = ctx.norm
    for o in dates.dates:
        if o.year and _valid_day(o.year, o.month, o.day):
            line_start = norm.rfind("\n", 0, o.start) + 1
            return o if _LEAD_OPENING.fullmatch(norm, line_start, o.start) else None
    return None


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


def _year_nearby(ctx, d, span, whole_years: bool, weekday: int | None, dates: _DateIndex) -> int | None:
    """A year the text states near the day: a full date (an anniversary's "27/2/2025"),
    else the periods it names ("quý I/2024"; "năm 2024" only in the day's own sentence).
    A stated weekday picks among the years next to those found."""
    full = [o for o in dates.between(*span) if o.year and o is not d
            and (not _is_document_date(ctx.norm, o, span) or _days_after(o, d) in _ANNOUNCED_WITHIN)]
    if full:
        latest = max(full, key=lambda o: (o.year, o.month, o.day))
        return resolve_year(d.day, d.month, dt.date(latest.year, latest.month, latest.day))
    years = [y for y in (_period_year(ctx.norm, d, m, span[0]) for m in _PERIOD.finditer(ctx.norm, *span)
                         if whole_years or not m.group("y")) if y is not None]
    if weekday is not None and years:
        agree = {y for x in years for y in (x - 1, x, x + 1)
                 if _valid_day(y, d.month, d.day) and weekday_agrees(y, d.month, d.day, weekday)}
        if len(agree) == 1:
            return agree.pop()
    best = {y for y in years if y}
    return best.pop() if len(best) == 1 else None


def _days_after(document, d) -> int | None:
    """Days from a dated document to the day ``d`` in the year nearest after it, or None."""
    if not (document.day and document.month and _valid_day(document.year, document.month, document.day)):
        return None
    reference = dt.date(document.year, document.month, document.day)
    year = resolve_year(d.day, d.month, reference, forward=True)
    return (dt.date(year, d.month, d.day) - reference).days if _valid_day(year, d.month, d.day) else None


def _period_year(norm: str, d, m, span_start: int) -> int | None:
    """The year of the day told beside a period: a review comes near the period's end
    ("tổng kết năm 2023" on 15/1 → 2024), a plan near its start ("triển khai nhiệm vụ
    năm 2024" on 20/12 → 2023), anything else within it.  None when two years fit."""
    before = norm[max(span_start, m.start() - _MODE_WINDOW):m.start()]
    if _NOT_PERIOD_BEFORE.search(before):
        return None
    try:
        year, first, last = _period_span(m)
    except ValueError:  # digits newer than Python's Unicode tables: the regex module reads them, int() does not
        return None
    start, end = dt.date(year, first, 1), _month_end(year, last)
    mode = "review" if _PAST_BEFORE.search(before) else _mode(before)
    if mode == "plan" and _LATER_ROUND_BEFORE.search(before):
        mode = "within"  # "triển khai chiến dịch … đợt 2 năm 2024": a later round falls inside the year
    scored = []
    for y in (year - 1, year, year + 1):
        if not _valid_day(y, d.month, d.day):
            continue
        day = dt.date(y, d.month, d.day)
        if mode == "review":
            distance = abs((day - end).days)
        elif mode == "plan":
            if (start - day).days > _PLAN_LEAD_DAYS:
                continue  # "triển khai chiến dịch … năm 2024" on 12/9: not months before the year
            distance = abs((day - start).days)
        else:
            distance = max((start - day).days, (day - end).days, 0)
        scored.append((distance, y))
    scored.sort()
    if mode == "within" and scored and scored[0][0] == 0:
        return scored[0][1]  # the day falls inside the period: "Sáng 5/12 … khen thưởng năm 2024"
    if not scored or (len(scored) > 1 and scored[1][0] - scored[0][0] < _CLEAR_MARGIN):
        return None
    return scored[0][1]


def _mode(before: str) -> str:
    """"review", "plan" or "within" from the words nearest before a period; a run of them
    reads as one ("kết quả thực hiện kế hoạch năm 2023" reviews, "triển khai kế hoạch" plans)."""
    modes = list(_PERIOD_MODE.finditer(before))
    if not modes:
        return "within"
    run = [modes[-1]]
    for m in reversed(modes[:-1]):
        if not _MODE_GAP.fullmatch(before, m.end(), run[-1].start()):
            break
        run.append(m)
    return "review" if any(m.lastgroup == "review" for m in run) else modes[-1].lastgroup


def _period_span(m) -> tuple[int, int, int]:
    """(year, first month, last month) of a period match."""
    if m.group("qy"):
        q = _QUARTERS[m.group("q").lower()]
        return int(m.group("qy")), 3 * q - 2, 3 * q
    if m.group("ny"):
        months = 6 if m.group("n").lower() in ("6", "sáu") else 9
        if (m.group("half") or "").strip().lower() == "cuối":
            return int(m.group("ny")), 13 - months, 12
        return int(m.group("ny")), 1, months
    if m.group("hy"):
        return (int(m.group("hy")), 1, 6) if m.group("h2").lower() == "đầu" else (int(m.group("hy")), 7, 12)
    if m.group("ty"):
        return int(m.group("ty")), 1, 2  # the lunar new year and its spring: January and February
    if m.group("my") and 1 <= int(m.group("mo")) <= 12:
        return int(m.group("my")), int(m.group("mo")), int(m.group("mo"))
    return int(m.group("y") or m.group("my")), 1, 12


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _stated_weekday(norm: str, d) -> int | None:
    """The weekday written with the day: "Thứ Hai, 15/1", "Sáng thứ Tư (24/4)"."""
    if d.weekday is not None:
        return d.weekday
    m = _WEEKDAY_BEFORE_BRACKET.search(norm, max(0, d.start - 20), d.start) if d.in_brackets else None
    return WEEKDAYS[phrase_key(m.group("w"))] if m else None


def _weekday(ctx, d, year, meeting: Meeting) -> None:
    """Keep the weekday as written and warn when it does not fall on the date."""
    weekday = _stated_weekday(ctx.norm, d)
    if weekday is None:
        return
    m = (_WEEKDAY.search(ctx.norm, d.start, d.end) if d.weekday is not None
         else _WEEKDAY_BEFORE_BRACKET.search(ctx.norm, max(0, d.start - 20), d.start))
    meeting.weekday = " ".join(m.group(0 if d.weekday is not None else "w").split())
    if year and not weekday_agrees(year, d.month, d.day, weekday):
        actual = dt.date(year, d.month, d.day).isoweekday()
        meeting.warnings.append(f"weekday '{meeting.weekday}' does not fall on {meeting.date} "
                                f"(ISO weekday {actual}, not {weekday})")


def _organizer(ctx, d, event: _Event, sentence, people: list[int]) -> str | None:
    """"Sở Y tế Hà Nội tổ chức hội nghị …": the subject of "tổ chức" / "có" before the event."""
    start = d.end if not event.before_date else sentence[0]
    m = _ORGANIZER.search(ctx.norm, max(start, sentence[0]), event.start)
    if not m:
        return None
    org = m.group("org")
    if len(org.split()) > 15 or _names_a_person(people, m.start("org"), m.end("org")):
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


def _names_a_person(people: list[int], start: int, end: int) -> bool:
    """Whether an official's name starts in [start, end) (``people``: sorted name starts)."""
    i = bisect.bisect_left(people, start)
    return i < len(people) and people[i] < end


def _link_officials(ctx, found: list[_Found], mentions: list[tuple[str, int, int]]) -> None:
    """Officials in a meeting's paragraph with a chủ trì cue chair it; with a dự cue attend.
    ``mentions``: ``_mentions`` sorted by name start."""
    if not found:
        return
    starts = [a for _, a, _ in mentions]
    for i, f in enumerate(found):
        scope = _scope(ctx, f, found[i + 1] if i + 1 < len(found) else None)
        for pid, a, b in mentions[bisect.bisect_left(starts, scope[0]):bisect.bisect_left(starts, scope[1])]:
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
    ahead = ctx.norm[end:min(ctx.article.end, end + _MAX_PARAGRAPH)]  # bounded: pages may be one long line
    nxt = ahead.lstrip()
    if nxt and (_CHAIR.match(nxt) or _ATTEND.match(nxt) or _ATTEND.match(nxt, 0, 12)):
        end = _paragraph(ctx, end + (len(ahead) - len(nxt)))[1]
    if following is not None and start < following.sentence[0] < end:
        end = following.sentence[0]
    return start, end


def _role(ctx, name_start: int, name_end: int) -> str | None:
    """The cue that governs a name: a leading "Tham dự có …:", else one after the name
    in its clause ("… dự và chỉ đạo Hội nghị"), else the nearest one before it."""
    norm = ctx.norm
    sent_start = max(norm.rfind("\n", max(0, name_start - _MAX_PARAGRAPH), name_start) + 1,
                     _last_stop(norm, name_start))
    clause_end = _CLAUSE_END.search(norm, name_end)
    clause_end = clause_end.start() if clause_end else len(norm)
    chair, attend, text = (_CHAIR, _ATTEND, norm) if ctx.lower is None else (_CHAIR_LOWER, _ATTEND_LOWER, ctx.lower)
    before = sorted([(m.start(), m.end(), "chair") for m in chair.finditer(text, sent_start, name_start)]
                    + [(m.start(), m.end(), "attendee") for m in attend.finditer(text, sent_start, name_start)])
    for start, end, role in reversed(before):
        lead = _LEAD_CUE.match(norm, end)
        if lead and lead.end() <= name_start:
            return role
    if norm[clause_end:clause_end + 1] == ";" and (":" in norm[sent_start:name_start] or _NEXT_ITEM.match(norm, clause_end)):
        # "Các đồng chí: A, R1; B, R2 đồng chủ trì", "Bà A, R1; ông B, R2 cùng dự": a cue after
        # the last item of a list governs them all
        last = _SENTENCE_END.search(norm, clause_end)
        clause_end = last.start() if last else len(norm)
    after = sorted([(m.start(), "chair") for m in chair.finditer(text, name_end, clause_end)]
                   + [(m.start(), "attendee") for m in attend.finditer(text, name_end, clause_end)])
    if after:
        return after[0][1]
    return before[-1][2] if before else None


def _last_stop(norm: str, index: int) -> int:
    return _last_sentence_end(norm, max(0, index - 600), index, index) or 0


# --- one record per event ------------------------------------------------------

def _merge(meetings: list[tuple[Meeting, bool, bool]]) -> list[Meeting]:
    """The same event named twice (title and body) on the same day is one record;
    one dated "cùng ngày" is another event on that day, and so is another item of a schedule
    unless it names the event again."""
    kept: list[Meeting] = []
    for m, same_day, scheduled in meetings:
        if same_day:  # "Hội thảo kết thúc lúc 11 giờ 30 cùng ngày": the event named by its noun alone again
            same = kept[-1] if kept and kept[-1].kind == m.kind and _only_noun(m.name) else None
        elif scheduled:  # "7g30 – Họp giao ban Ban Giám đốc", "14g00 – … dự Hội nghị giao ban công tác dân số"
            same = next((k for k in kept if _same_event(k, m) and _contains(k.name, m.name)), None)
        else:
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


def _only_noun(name: str | None) -> bool:
    """The name is an event noun and nothing more ("Hội thảo", "buổi làm việc")."""
    return bool(name) and phrase_key(name) in _KINDS


def _same_event(a: Meeting, b: Meeting) -> bool:
    if a.date[-5:] != b.date[-5:]:
        return False
    if a.date[:4] != b.date[:4] and not (a.date.startswith("--") or b.date.startswith("--")):
        return False
    if a.part_of_day and b.part_of_day and a.part_of_day != b.part_of_day:
        return False  # "Sáng 5/3 … hội nghị", "Chiều 5/3 … hội nghị": two events
    if a.organizer and b.organizer and not _contains(a.organizer, b.organizer):
        return False  # two bodies each holding a ceremony that day (a page of news briefs)
    return a.kind == b.kind or _contains(a.name, b.name)


def _contains(x: str | None, y: str | None) -> bool:
    if not x or not y:
        return False
    x, y = x.lower(), y.lower()
    return x in y or y in x
