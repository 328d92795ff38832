"""Properties that hold for any input, checked with hypothesis.

- any Unicode text: extraction does not crash, and every evidence quote is the
  source text at its offsets;
- the same text gives the same output every time, in any process;
- text that normalises the same (NFC/NFD, CRLF, old tone placement) gives the same facts;
- ``show`` output per file does not depend on the order of the files or on ``--jobs``;
- ``run`` twice changes nothing, and ``check`` then passes.
"""
from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import store
from extract.pipeline import extract_text
from extract.text import Text
from tests.conftest import ROOT, SEEDS, cli, evidences, without_places

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CLI_SETTINGS = settings(max_examples=6, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Pieces in the shapes of provincial health news, so that generated text reaches the rules.
PIECES = [
    "Sáng 12/3, ", "Chiều ngày 29-12, ", "ngày 18 tháng 4 năm 2013", "08:15 31/01/2024", "( 11/4/2013)",
    "Thứ Năm, ngày 6 tháng 10 năm 2022", "Sáng 8.2 ", "năm 2024", "quý I năm 2023", " date 2025-02",
    "Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Y tế Trần Thị Bình",
    "ông Lê Hoàng Nam - Phó Giám đốc Sở Y tế", "BSCKII. Phạm Minh Đức (Giám đốc Bệnh viện Đa khoa tỉnh)",
    "Đ/c Hoàng Thị Hoà, Uỷ viên Ban Thường vụ Tỉnh uỷ, Trưởng ban Dân vận", "Chủ trì: Võ Văn Khánh",
    "Nghị quyết số 10/2023/NQ-HĐND", "Kế hoạch số 253/KH-UBND", "Quyết định 1234/QĐ-BYT",
    "Số:  565 /TB-SYT", "Thông tư 41/2011/TT-BYT", "Nghị quyết 07-NQ/TU", "Luật Khám bệnh, chữa bệnh",
    "đạt 103,76%", "3.787 lượt khám", "133/186 xã", "tăng 1,34 lần", "100 - 120%", "61.42", "1.500 tỷ đồng",
    "36 đơn vị", "04 ca ghép thận", "giảm 2,5 điểm %", "1/2 số xã",
    "Hội nghị tổng kết công tác y tế năm 2023", "buổi làm việc", "kỳ họp thứ 7 HĐND tỉnh khóa XV",
    "Sở Y tế tổ chức", "dự và chỉ đạo", "tại Hội trường", "Tin khác", "Chịu trách nhiệm chính:",
    "Đang online: 764", "Thu Hà", "VŨ DUYÊN", "Tác giả: Minh Thư",
    "\n", "\n\n", "\n    ", ". ", ", ", "; ", " ", " - ", " – ", ": ", "(", ")", "\t", "\u00a0", "\u200b", "\u00ad",
]
VIETNAMESE = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
ANY_TEXT = st.one_of(
    st.text(max_size=400),
    VIETNAMESE,
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=50).map("".join),
)
# New tone placement → old, at the end of a syllable as old-style pages write it.
OLD_TONES = {"òa": "oà", "óa": "oá", "ủy": "uỷ", "úy": "uý", "Ủy": "Uỷ", "ùy": "uỳ"}
_OLD_TONES_RE = regex.compile(r"(?<![qQ])(?:" + "|".join(OLD_TONES) + r")(?!\p{L})")
SAME_NORMALISED = [
    lambda t: unicodedata.normalize("NFD", t),
    lambda t: t.replace("\n", "\r\n"),
    lambda t: _OLD_TONES_RE.sub(lambda m: OLD_TONES[m.group(0)], t),
    lambda t: "\ufeff" + t,
]


def dump(found: dict) -> dict:
    return {kind: [fact.model_dump(mode="json", exclude_none=True) for fact in facts]
            for kind, facts in found.items()}


@SETTINGS
@given(ANY_TEXT)
def test_any_text_extracts_and_every_quote_is_the_source_at_its_offsets(source):
    text = Text.of(source)
    article, found = extract_text("doc", text)
    assert 0 <= article.start <= article.end <= len(text.norm)
    records = dump(found)
    for evidence in evidences(records):
        assert 0 <= evidence["start"] <= evidence["end"] <= len(source)
        assert source[evidence["start"]:evidence["end"]] == evidence["quote"]
    assert records == dump(extract_text("doc", Text.of(source))[1])  # same output every time


@SETTINGS
@given(ANY_TEXT)
def test_normalised_view_maps_every_position_back_in_order(source):
    text = Text.of(source)
    positions = [text.to_source(i) for i in range(len(text.norm) + 1)]
    assert positions == sorted(positions)
    assert positions[-1] == len(source)


@SETTINGS
@given(VIETNAMESE, st.sampled_from(SAME_NORMALISED))
def test_text_that_normalises_the_same_gives_the_same_facts(source, transform):
    source = unicodedata.normalize("NFC", source)
    variant = transform(source)
    assert Text.of(variant).norm == Text.of(source).norm.lstrip("\ufeff")
    plain = dump(extract_text("doc", Text.of(source))[1])
    other = dump(extract_text("doc", Text.of(variant))[1])
    assert without_places(other) == without_places(plain)
    for evidence in evidences(other):
        assert variant[evidence["start"]:evidence["end"]] == evidence["quote"]


def _documents(tmp_path: Path, texts: list[str], real: int = 5) -> list[Path]:
    """Some real seeds plus generated documents, as files."""
    paths = sorted(SEEDS.glob("*.txt"))[:real]
    for n, text in enumerate(texts):
        if text.strip():
            path = tmp_path / f"gen_{n}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return paths


def _show(paths: list[Path], capsys, *extra: str) -> dict[str, str]:
    assert cli("show", *map(str, paths), "--format", "jsonl", *extra) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(paths)
    return {json.loads(line)["document"]["id"]: line for line in lines}


@CLI_SETTINGS
@given(st.lists(VIETNAMESE, min_size=1, max_size=3), st.randoms(use_true_random=False))
def test_show_output_does_not_depend_on_file_order_or_jobs(tmp_path, capsys, texts, rng):
    paths = _documents(tmp_path, texts, real=3)
    shuffled = paths[:]
    rng.shuffle(shuffled)
    in_order = _show(paths, capsys)
    assert _show(shuffled, capsys) == in_order
    assert _show(shuffled, capsys, "--jobs", "2") == in_order


def test_output_is_the_same_in_another_process_with_another_hash_seed(capsys):
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    outputs = []
    for hash_seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        done = subprocess.run([sys.executable, "-m", "extract", "show", *seeds, "--format", "jsonl"],
                              cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == len(seeds)


_run_counter = itertools.count()


@CLI_SETTINGS
@given(st.lists(VIETNAMESE, min_size=1, max_size=3))
def test_run_twice_changes_nothing(tmp_path, monkeypatch, capsys, texts):
    folder = tmp_path / f"project{next(_run_counter)}"
    (folder / "seeds").mkdir(parents=True)
    for path in _documents(folder, texts, real=2):
        (folder / "seeds" / path.name).write_bytes(path.read_bytes())
    monkeypatch.chdir(folder)
    assert cli("run") == 0
    first = {p.name: p.read_bytes() for p in sorted(Path("facts").iterdir())}
    assert cli("run") == 0
    assert "0 facts files written" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in sorted(Path("facts").iterdir())} == first
    for name, data in first.items():  # what run wrote loads and dumps to the same bytes
        assert store.dump(store.load(Path("facts", name))).encode("utf-8") == data
    assert cli("check") == 0, capsys.readouterr().out


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=300), VIETNAMESE.map(lambda t: t.encode("utf-8") + b"\xff\x81")))
def test_any_bytes_are_read_or_refused_in_one_line(tmp_path, capsys, data):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    code = cli("show", str(path), "--format", "jsonl")
    captured = capsys.readouterr()
    assert code in (0, 2)
    if code:
        lines = captured.err.splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and captured.out == ""


YAML_PIECES = ["document:\n", "  id: x\n", "  source: s\n", "  sha256: a\n", "meetings:\n", "- id: m-1\n",
               "  status: new\n", "  status: kept\n", "  date: '2024-01-02'\n", "  evidence: {start: 1, end: 0, quote: q}\n",
               "figures: [{value: 1, surface: '1'}]\n", "# a remark\n", "!!python/object/apply:os.system [ls]\n",
               "&a [*a]\n", "{", "]", ": ", "- ", "'", "\t", "\n"]


@SETTINGS
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(YAML_PIECES), max_size=25).map("".join)))
def test_any_facts_text_loads_or_gives_problems_with_the_file_name(text):
    try:
        store.parse(text, "facts/x.yaml")
    except store.FactsError as error:
        assert error.problems and all(p.startswith("facts/x.yaml") for p in error.problems)
