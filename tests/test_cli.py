"""The command line: formats, one clear error line per user mistake, help with examples."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, cli


def test_show_jsonl_is_one_object_per_file_named_by_stem(capsys):
    seeds = sorted(SEEDS.iterdir())
    assert cli("show", *map(str, seeds), "--format", "jsonl") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(seeds)
    for seed, line in zip(seeds, lines):
        data = json.loads(line)
        assert data["document"]["id"] == seed.stem
        assert set(data) == {"document", "meetings", "officials", "resolutions", "figures"}


@pytest.mark.parametrize("fmt, check", [
    ("yaml", lambda out: out.startswith("# yaml-language-server") and "\\u" not in out),
    ("json", lambda out: json.loads(out)["document"]["id"] == "bai_viet"),
])
def test_show_formats_write_nothing(project, capsys, fmt, check):
    assert cli("show", "seeds/bai_viet.txt", "--format", fmt) == 0
    assert check(capsys.readouterr().out)
    assert not Path("facts").exists()


@pytest.mark.parametrize("name, content, message", [
    ("missing.txt", None, "no such file"),
    ("empty.txt", b"", "empty"),
    ("binary.txt", b"\x00\x01\x02\x03", "binary"),
])
def test_user_mistakes_are_one_line_naming_the_file(project, capsys, name, content, message):
    if content is not None:
        Path(name).write_bytes(content)
    assert cli("show", name) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and name in err[0] and message in err[0]


def test_run_writes_nothing_when_one_seed_is_bad(project, capsys):
    Path("seeds/empty.txt").write_bytes(b"")
    assert cli("run") == 2
    assert "seeds/empty.txt" in capsys.readouterr().err
    assert not Path("facts").exists()


def test_run_named_seeds_only(project):
    Path("seeds/khac.txt").write_text("Sáng 3/2, Sở Y tế tổ chức hội nghị.", encoding="utf-8")
    assert cli("run", "seeds/khac.txt") == 0
    assert sorted(p.name for p in Path("facts").iterdir()) == ["khac.yaml"]


def test_help_explains_each_command_with_an_example():
    out = subprocess.run([sys.executable, "-m", "extract", "--help"], cwd=ROOT,
                         capture_output=True, text=True).stdout
    for command in ("run", "show", "check", "validate"):
        assert f"python -m extract {command}" in out
    sub = subprocess.run([sys.executable, "-m", "extract", "show", "--help"], cwd=ROOT,
                         capture_output=True, text=True).stdout
    assert "example:" in sub and "--format" in sub
