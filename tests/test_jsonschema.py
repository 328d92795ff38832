"""The committed JSON Schema is what schema.py generates, and says what editors need."""
from __future__ import annotations

import json

import pytest

from extract import jsonschema, store
from schema import SCHEMA_PATH
from tests.conftest import ROOT, cli

COMMITTED = ROOT / SCHEMA_PATH


def test_committed_schema_is_current():
    assert COMMITTED.read_bytes() == jsonschema.render().encode("utf-8"), (
        "schema/facts.schema.json is stale: run `python -m extract schema` and commit it")


def test_facts_files_point_at_the_committed_schema():
    target = store.HEADER.split("$schema=", 1)[1].strip()
    assert (ROOT / "facts" / target).resolve() == COMMITTED.resolve()


def test_render_is_stable_sorted_and_keeps_vietnamese():
    text = jsonschema.render()
    assert text == jsonschema.render() and text.endswith("}\n")
    assert "Đồng chí" in text and "\\u" not in text
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


SCHEMA = json.loads(jsonschema.render())


@pytest.mark.parametrize("path, expected", [
    (("$schema",), jsonschema.DIALECT),
    (("additionalProperties",), False),
    (("required",), ["document"]),
    (("$defs", "Meeting", "additionalProperties"), False),
    (("$defs", "Meeting", "properties", "status", "enum"), ["new", "confirmed", "rejected"]),
    (("$defs", "Official", "required"), ["name"]),
    (("$defs", "Evidence", "required"), ["start", "end", "quote"]),
    (("$defs", "Evidence", "properties", "start", "minimum"), 0),
    (("$defs", "Resolution", "properties", "issued", "anyOf", 0, "pattern"), r"^(\d{4}-|--)\d{2}-\d{2}$"),
])
def test_schema_says(path, expected):
    node = SCHEMA
    for part in path:
        node = node[part]
    assert node == expected


def test_schema_command_writes_then_leaves_unchanged(tmp_path, capsys):
    out = tmp_path / "schema" / "facts.schema.json"
    assert cli("schema", "--out", str(out)) == 0
    assert out.read_bytes() == COMMITTED.read_bytes()
    assert "written" in capsys.readouterr().err
    assert cli("schema", "--out", str(out)) == 0
    assert "unchanged" in capsys.readouterr().err
    assert [p.name for p in out.parent.iterdir()] == ["facts.schema.json"]


@pytest.mark.parametrize("content, code", [(None, 1), ("{}\n", 1), ("current", 0)])
def test_schema_check_exits_1_when_stale(tmp_path, content, code):
    out = tmp_path / "facts.schema.json"
    if content == "current":
        out.write_bytes(COMMITTED.read_bytes())
    elif content is not None:
        out.write_text(content, encoding="utf-8")
    assert cli("schema", "--check", "--out", str(out)) == code
    assert out.exists() == (content is not None)
