"""The JSON Schema of a facts file, generated from ``schema.py``.

Each facts file names it on its first line (``# yaml-language-server: $schema=…``)
so that an editor with a YAML extension checks keys, types and statuses and offers
completions while a person types.  The schema is generated, never edited: one
source of truth (the pydantic models) and a test that fails when the committed
copy is stale.
"""
from __future__ import annotations

import json
from pathlib import Path

from schema import SCHEMA_PATH, SCHEMA_VERSION, FactsFile

from . import store

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def generate() -> dict:
    """The schema as data, with the dialect and a title an editor can show."""
    schema = FactsFile.model_json_schema()
    schema["$schema"] = DIALECT
    schema["title"] = f"health-facts facts file (schema version {SCHEMA_VERSION})"
    schema["description"] = ("One document and the facts read from it: meetings, officials, "
                             "cited documents (resolutions) and figures. Generated from schema.py "
                             "by `python -m extract schema`; do not edit by hand.")
    return schema


def render() -> str:
    """Deterministic text: sorted keys, Vietnamese kept as written, trailing newline."""
    return json.dumps(generate(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write(path: Path = Path(SCHEMA_PATH)) -> bool:
    """Write the schema atomically; False when the file already held exactly this."""
    return store.write_atomic(path, render())


def is_current(path: Path = Path(SCHEMA_PATH)) -> bool:
    """True when ``path`` holds exactly what ``render()`` gives now."""
    try:
        return path.read_bytes() == render().encode("utf-8")
    except OSError:
        return False
