"""Vocabularies kept as data: ``extract/vocab/*.yaml``, editable without reading Python.

Every word list is normalised once (NFC, one tone placement) so that rules
match old and new spellings alike.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import regex
import yaml

from .text import normalize

VOCAB_DIR = Path(__file__).with_name("vocab")


@cache
def load(name: str):
    """The parsed, normalised content of ``vocab/<name>.yaml``."""
    with open(VOCAB_DIR / f"{name}.yaml", encoding="utf-8") as handle:
        return _normalized(yaml.safe_load(handle))


def _normalized(value):
    if isinstance(value, str):
        return normalize(value)
    if isinstance(value, list):
        return [_normalized(v) for v in value]
    if isinstance(value, dict):
        return {normalize(k) if isinstance(k, str) else k: _normalized(v) for k, v in value.items()}
    return value


def alternation(words, *, boundary: bool = True) -> str:
    """A regex alternation of ``words``, longest first, matched as whole words.

    A space in an entry matches a run of spaces: pages often print "hội nghị  giao  ban"."""
    body = "|".join("[ ]+".join(regex.escape(part) for part in w.split())
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])" if boundary else f"(?:{body})"
