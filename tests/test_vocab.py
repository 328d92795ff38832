"""The word lists: a key written twice in one mapping would silently drop the first."""
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
