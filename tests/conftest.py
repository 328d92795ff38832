"""Shared helpers: a throw-away project folder with seeds/ and facts/."""
from __future__ import annotations

import shutil
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
