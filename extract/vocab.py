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
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ten times quicker at start-up


@cache
def load(name: str):
    """The parsed, normalised content of ``vocab/<name>.yaml``."""
    with open(VOCAB_DIR / f"{name}.yaml", encoding="utf-8") as handle:
        return _normalized(yaml.load(handle, Loader=_Loader))


def _normalized(value):
    if isinstance(value, str):
        return normalize(value)
    if isinstance(value, list):
        return [_normalized(v) for v in value]
    if isinstance(value, dict):
        return {normalize(k) if isinstance(k, str) else k: _normalized(v) for k, v in value.items()}
    return value


def phrase_key(words: str) -> str:
    """"Nghị  quyết", "Thứ  Hai" → "nghị quyết", "thứ hai": a phrase as written on a page
    (any case, runs of spaces) looked up in a word list's lower-case entries."""
    return " ".join(words.lower().split())


def alternation(words, *, boundary: bool = True, case: str | None = None) -> str:
    """A regex alternation of ``words``, longest first, matched as whole words.

    A space in an entry matches a run of spaces: pages often print "hội nghị  giao  ban".
    ``case`` says how the caller matches: "exact" (case-sensitive only) or "any"
    (case-blind only); it lets long lists become a faster tree of prefixes (below)."""
    entries = {" ".join(w.split()) for w in words}
    if case == "any" and all(len(c.lower()) == 1 for w in entries for c in w):
        entries = {w.lower() for w in entries}
    entries = sorted(entries, key=lambda w: (-len(w), w))
    body = _trie(entries) if _trie_is_safe(entries, case) else "|".join(
        "[ ]+".join(regex.escape(part) for part in w.split()) for w in entries)
    return rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])" if boundary else f"(?:{body})"


# The same alternation written as a tree of shared prefixes ("Phó (?:Chủ tịch|Giám đốc)"):
# a long list is then tried in one pass instead of entry by entry, several times faster.
# It matches exactly what the flat list matches: all entries that match at one position
# are prefixes of one another (they read the same text), and both forms try the longest
# first.  Matched case-blind, that needs no two branches of a node that differ only by
# case: lists with such branches keep the flat form unless ``case`` says "exact".

def _trie_is_safe(entries: list[str], case: str | None) -> bool:
    if case == "exact":
        return True
    if any(len(c.casefold()) != 1 or len(c.lower()) != 1 for w in entries for c in w):
        return False
    stack = [_tree(entries)]
    while stack:
        node = stack.pop()
        keys = [k for k in node if k]
        if len({k.casefold() for k in keys}) != len(keys):
            return False
        stack.extend(node[k] for k in keys)
    return True


def _tree(entries: list[str]) -> dict:
    tree: dict = {}
    for entry in entries:
        node = tree
        for char in entry:
            node = node.setdefault(char, {})
        node[""] = {}  # an entry ends here
    return tree


def _trie(entries: list[str]) -> str:
    return _branches(_tree(entries))


def _branches(node: dict) -> str:
    alternatives = [_char(key) + _branches(child) for key, child in sorted(node.items()) if key]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body


def _char(char: str) -> str:
    return "[ ]+" if char == " " else regex.escape(char)
