"""Tables that reached the text as lines of cells between bars.

A page's table, copied or scraped, becomes a header line and rows such as

    STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện | Tỷ lệ (%)
    1 | Lượt khám bệnh | lượt | 1.850.000 | 1.402.560 | 75,8

A table here is a header of at least three cells, none of them a bare number,
followed by rows with as many cells, each holding at least one bare number.
Letterheads ("SỞ Y TẾ | Độc lập - Tự do - Hạnh phúc") have two cells, menus and
metadata blocks no bare numbers: neither is a table.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

_MIN_CELLS = 3
_BARE_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*\s?%?")


@dataclass
class Cell:
    start: int  # offsets of the cell's text, spaces trimmed
    end: int
    text: str

    @property
    def is_number(self) -> bool:
        return bool(_BARE_NUMBER.fullmatch(self.text))


@dataclass
class Table:
    header: list[Cell]
    rows: list[list[Cell]]


def find_tables(text: str, start: int, end: int) -> list[Table]:
    """The tables whose lines lie in [start, end)."""
    if text.count("|", start, end) < 2 * (_MIN_CELLS - 1):
        return []
    tables: list[Table] = []
    current: Table | None = None
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        cells = _cells(text, pos, stop) if text.count("|", pos, stop) >= _MIN_CELLS - 1 else None
        if cells is None:
            current = None
        elif current is not None and len(cells) == len(current.header) and any(c.is_number for c in cells):
            current.rows.append(cells)
        elif not any(c.is_number for c in cells):
            current = Table(cells, [])
            tables.append(current)
        else:
            current = None
        pos = stop + 1
    return [t for t in tables if t.rows]


def _cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of one line, empty ones included, so that rows line up with their header."""
    cells, pos = [], start
    while True:
        bar = text.find("|", pos, end)
        stop = end if bar < 0 else bar
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        cells.append(Cell(a, b, text[a:b]))
        if bar < 0:
            break
        pos = bar + 1
    return cells
