"""Vietnamese dates: every written form, the numbers that are not dates, and years.

Sentences are written for these tests in the shapes news pages use.
"""
from __future__ import annotations

import datetime as dt

import pytest

from extract.dates import find_dates, find_times, iso_date, resolve_year, weekday_agrees
from extract.text import lower_view

# (text, [(iso, part of day, ISO weekday)] of the dates found)
DATES = [
    ("Cập nhật: 09:30, 18/05/2023", [("2023-05-18", None, None)]),  # a clock time, then the date
    ("Cập nhật 31/01/2024", [("2024-01-31", None, None)]),
    ("26/01/2019 22:17", [("2019-01-26", None, None)]),
    ("Quảng Trị, ngày 18 tháng 4 năm 2013", [("2013-04-18", None, None)]),
    ("ngày  16 tháng 4  năm 2013", [("2013-04-16", None, None)]),
    ("Thứ Năm, ngày 6 tháng 10 năm 2022", [("2022-10-06", None, 4)]),
    ("( 11/4/2013)", [("2013-04-11", None, None)]),
    ("9:25', 20/7/ 2009 (GMT+7)", [("2009-07-20", None, None)]),
    ("date 2025-08-29", [("2025-08-29", None, None)]),
    ("Chiều 30/1, Sở Y tế tổ chức hội nghị", [("--01-30", "chiều", None)]),
    ("Sáng 8.2, Ban cán sự đảng làm việc", [("--02-08", "sáng", None)]),
    ("Chiều ngày 29-12, đoàn công tác", [("--12-29", "chiều", None)]),
    ("Chiều 28-8, Đại hội bế mạc", [("--08-28", "chiều", None)]),
    ("ngày 14/2 vừa qua", [("--02-14", None, None)]),
    ("sẽ khai mạc vào 27/11", [("--11-27", None, None)]),
    ("Trưa 5/6 có mưa", [("--06-05", "trưa", None)]),
    ("Tối 22/1, lãnh đạo tỉnh thăm bệnh viện", [("--01-22", "tối", None)]),
    ("Thứ Hai, 15/1 tuyến trên hội chẩn", [("--01-15", None, 1)]),
    ("Hội nghị (15/2) diễn ra", [("--02-15", None, None)]),
    ("Chủ nhật, ngày 3 tháng 3 năm 2024", [("2024-03-03", None, 7)]),
    ("ngày 29/2", [("--02-29", None, None)]),
    # a part of day before a weekday; ranges of days are dated by their first day
    ("Sáng thứ Tư, ngày 24/4, Sở Y tế", [("--04-24", "sáng", 3)]),
    ("Từ ngày 12-14/3, Sở Y tế", [("--03-12", None, None)]),
    ("trong hai ngày 23 và 24/10", [("--10-23", None, None)]),
    ("ngày 12 - 14/3/2024", [("2024-03-12", None, None)]),
    ("trong 2 ngày (12-13/3)", [("--03-12", None, None)]),
]

# Periods and numbers that are not days.
NOT_DATES = [
    "năm 2023", "quý I năm 2013", "6 tháng đầu năm", "giai đoạn 2024 – 2030", "nhiệm kỳ 2025-2030",
    "tỷ lệ 1,34 bác sĩ", "trực 24/24 giờ", "đạt 3/20 chỉ tiêu", "Tầng 19, Trụ sở", "phiên tháng 7/2025",
    "Điện thoại: 0203.3825446", "Nghị quyết số 171/2006/NQ-HĐND", "từ 5-7 ngày", "tăng 8.2 lần",
    "ngày 31/2", "ngày 12/13", "Số: 565 /TB-SYT", "40.000 đồng/người/tháng",
    "Điều 12, 13/3", "tăng 12-14.3 lần", "từ 5-7/10 ngày", "ngày 14-12/3",
]


@pytest.mark.parametrize("text", [text for text, _ in DATES] + ["NGÀY 5 THÁNG 3 NĂM 2024, Chiều NgÀy 6/3 và ngàY 7-3"])
def test_the_lower_cased_view_finds_the_same_dates(text):
    assert find_dates(text, lower=lower_view(text)) == find_dates(text)


@pytest.mark.parametrize("text, expected", [
    ("Từ ngày 12-14/3, tập huấn", [(12, 14, 3)]),
    # the first day written bare, "ngày" repeated before the last ("từ ngày 5 đến ngày 9/12")
    ("Từ ngày 5 đến ngày 9/12, Đoàn kiểm tra làm việc", [(5, 9, 12)]),
    ("Trong hai ngày 5 và ngày 6/12, tập huấn", [(5, 6, 12)]),
    ("từ ngày 5 tới ngày 9/12/2024", [(5, 9, 12)]),
    # a count before "và ngày" is no first day: the day after it stays a date
    ("Có 12 ca mắc và ngày 9/12 Sở Y tế họp", [(9, None, 12)]),
])
def test_a_range_keeps_its_last_day(text, expected):
    assert [(d.day, d.last_day, d.month) for d in find_dates(text)] == expected


@pytest.mark.parametrize("text, expected", DATES)
def test_dates(text, expected):
    found = [(d.iso, d.part_of_day, d.weekday) for d in find_dates(text)]
    assert found == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert find_dates(text) == []


# (text, expected ISO weekday): "thứ hai" after "lần" is an ordinal, not Monday.
WEEKDAY_OR_ORDINAL = [
    ("Thứ Hai, ngày 5/3", 1),
    ("lần thứ hai, ngày 5/3", None),
    ("kỳ họp thứ 7, ngày 5/3", None),
]


@pytest.mark.parametrize("text, weekday", WEEKDAY_OR_ORDINAL)
def test_weekday_is_not_an_ordinal(text, weekday):
    assert [d.weekday for d in find_dates(text)] == [weekday]


def test_brackets_are_recorded():
    found = find_dates("Ngày 22/2, kỷ niệm (27/2/1955 - 27/2/2025)")
    assert [d.in_brackets for d in found] == [False, True, True]


# (day, month, publication date, forward, expected year)
YEARS = [
    (30, 12, dt.date(2024, 1, 3), False, 2023),  # "chiều 30/12" in an article of 3 January
    (2, 1, dt.date(2023, 12, 28), False, 2024),
    (30, 1, dt.date(2024, 1, 31), False, 2024),
    (15, 7, dt.date(2024, 1, 31), False, 2024),
    (5, 3, dt.date(2024, 2, 28), True, 2024),
    (20, 1, dt.date(2024, 1, 31), True, 2025),  # "tới": on or after the publication
    (29, 2, dt.date(2024, 3, 10), False, 2024),
    (29, 2, dt.date(2025, 3, 10), False, 2024),
    (29, 2, dt.date(2026, 3, 3), False, 2024),  # no leap year within one year: the nearest one
]


@pytest.mark.parametrize("day, month, reference, forward, year", YEARS)
def test_resolve_year(day, month, reference, forward, year):
    assert resolve_year(day, month, reference, forward) == year


def test_iso_and_weekday():
    assert iso_date(2024, 1, 30) == "2024-01-30"
    assert iso_date(None, 1, 30) == "--01-30"
    assert weekday_agrees(2024, 1, 30, 2)
    assert not weekday_agrees(2024, 1, 30, 3)


TIMES = [("08:15 31/01/2024", ["08:15"]), ("lúc 9h30 sáng", ["9h30"]), ("14 giờ chiều", ["14 giờ"]),
         ("đạt 103,76%", [])]


@pytest.mark.parametrize("text, expected", TIMES)
def test_times(text, expected):
    assert [text[a:b] for a, b in find_times(text)] == expected


def test_words_of_a_lead_in_with_two_spaces_are_read_alike():
    [single] = find_dates("Sáng thứ Hai, ngày 12/3/2024")
    [double] = find_dates("Sáng  thứ  Hai,  ngày 12/3/2024")
    assert (double.weekday, double.part_of_day, double.cue) == (single.weekday, single.part_of_day, single.cue) == (1, "sáng", "ngày")
