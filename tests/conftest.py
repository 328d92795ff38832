"""Shared helpers: a throw-away project folder with seeds/ and facts/."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from extract.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

ARTICLE = """Sở Y tế tỉnh tổng kết công tác năm 2023

    08:15 31/01/2024

    Chiều 30/1, Sở Y tế tổ chức Hội nghị tổng kết công tác y tế năm 2023. Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh dự và chỉ đạo Hội nghị.

    Năm 2023, toàn tỉnh có 36 đơn vị thực hiện tự chủ; công suất sử dụng giường bệnh đạt 103,76% so với kế hoạch. HĐND tỉnh thông qua Nghị quyết số 10/2023/NQ-HĐND về chính sách đãi ngộ nhân lực y tế.

    Thu Hà

    Tin khác
    Chịu trách nhiệm chính: Trần Văn Bình - Giám đốc Sở Y tế
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with one small seed, as the working directory."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "bai_viet.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def seeds_project(tmp_path, monkeypatch):
    """A project folder holding a copy of the real seeds."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def cli(*args: str) -> int:
    return main(list(args))


def cp1258(text: str) -> bytes:
    """Windows-1258 as legacy sites wrote it: the letters cp1258 has precomposed
    (â, ê, ô, ơ, ư, ă, đ) kept whole and the tone mark after them."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def evidences(data):
    """Every evidence-shaped object (start, end, quote) anywhere in a facts record."""
    if isinstance(data, dict):
        if {"start", "end", "quote"} <= data.keys():
            yield data
        for value in data.values():
            yield from evidences(value)
    elif isinstance(data, list):
        for item in data:
            yield from evidences(item)


def without_places(data):
    """A record with offsets and quotes removed: what was read, not where."""
    if isinstance(data, dict):
        return {k: without_places(v) for k, v in data.items() if k not in ("evidence", "mentions", "article")}
    if isinstance(data, list):
        return [without_places(v) for v in data]
    return data
