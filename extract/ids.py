"""Stable identifiers: the same input gives the same id on every run and machine.

An id is derived from what a fact says (a person's name, a document number, a
figure's words), never from its position, so adding or removing an unrelated
fact changes no other id.
"""
from __future__ import annotations

import hashlib
import unicodedata

import regex

from .text import normalize

_ASCII_EXTRA = str.maketrans({"đ": "d", "Đ": "D"})
_ASCII_WORD = regex.compile(r"[a-z0-9]+")


def short_hash(text: str, size: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


def fold(text: str) -> str:
    """Case-folded, normalised, whitespace-collapsed: the key two spellings share."""
    return " ".join(normalize(text).casefold().split())


def slug(text: str) -> str:
    """ASCII words joined by dashes, for readable ids ("Lê Khắc Nam" → "le-khac-nam")."""
    plain = unicodedata.normalize("NFD", normalize(text).translate(_ASCII_EXTRA))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return "-".join(_ASCII_WORD.findall(plain))


def person_id(name: str) -> str:
    """The same for one name in every document; the hash keeps Đ apart from D and tones apart."""
    key = fold(name)
    return f"{slug(key)}-{short_hash(key, 4)}"


def fact_id(prefix: str, identity: str) -> str:
    return f"{prefix}-{short_hash(fold(identity))}"
