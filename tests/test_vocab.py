"""The word lists: a key written twice in one mapping would silently drop the first; a word
listed twice is usually a phrase with a comma that YAML split ("được điều động, bổ nhiệm"
must be quoted)."""
from __future__ import annotations

from typing import ClassVar

import pytest
import yaml

from extract.vocab import VOCAB_DIR


class _CountingLoader(yaml.SafeLoader):
    """Records every key written twice in one mapping."""

    duplicates: ClassVar[list[str]] = []


def _mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            loader.duplicates.append(f"line {key_node.start_mark.line + 1}: {key}")
        seen.add(key)
    return loader.construct_mapping(node, deep)


_CountingLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(VOCAB_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_no_key_is_written_twice(path):
    _CountingLoader.duplicates = []
    yaml.load(path.read_text(encoding="utf-8"), Loader=_CountingLoader)
    assert _CountingLoader.duplicates == []


def _lists(node, path=""):
    """Every list in a loaded word-list file, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _lists(value, f"{path}/{key}")
    elif isinstance(node, list):
        yield path, node
        for i, value in enumerate(node):
            yield from _lists(value, f"{path}[{i}]")


@pytest.mark.parametrize("path", sorted(VOCAB_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_no_word_is_listed_twice(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    twice = [(where, word) for where, words in _lists(data) for i, word in enumerate(words)
             if not isinstance(word, (dict, list)) and word in words[:i]]
    assert twice == []
