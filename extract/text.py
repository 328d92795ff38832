"""Reading a seed: bytes → text as stored → a normalised view for the rules.

Rules match on ``Text.norm``: NFC, one tone placement (hoà → hòa, uỷ → ủy),
non-breaking spaces as spaces, CRLF as LF, Ð/ð as Đ/đ.  Every position of the
normalised view maps back to the text as stored, so evidence offsets and
quotes always point into the seed exactly as it is on disk.
"""
from __future__ import annotations

import bisect
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

from schema import Evidence


class InputError(Exception):
    """A user's input that cannot be read; the message names the file."""


# Old tone placement → new, only at the end of a syllable ("hoà" but not "hoàng").
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
TONE_FOLD = {**_TONE_PAIRS, **{k.upper(): v.upper() for k, v in _TONE_PAIRS.items()},
             **{k[0].upper() + k[1]: v[0].upper() + v[1] for k, v in _TONE_PAIRS.items()}}
# Any vowel pair of the table's letters, looked up in the match: a character class
# is scanned faster than 45 alternatives, and a pair not in the table stays as it is.
_TONE_RE = regex.compile(r"(?<![qQ])[%s][%s](?!\p{L})" % (
    "".join(sorted({k[0] for k in TONE_FOLD})), "".join(sorted({k[1] for k in TONE_FOLD}))))
_SAME_LENGTH_PAIRS = (("\u00a0", " "), ("\u202f", " "), ("\u2007", " "), ("\t", " "),
                      ("\u00d0", "\u0110"), ("\u00f0", "\u0111"), ("\u0189", "\u0110"))
_SAME_LENGTH = str.maketrans(dict(_SAME_LENGTH_PAIRS))
_DROPPED = {"\r", "\u200b", "\ufeff", "\u00ad"}
# An HTML entity a scraper left in the text ("&nbsp;", "&quot;", "&#8211;"): read as its character.
_ENTITY = r"&(?:nbsp|quot|amp|apos|lt|gt|ndash|mdash|hellip|ldquo|rdquo|lsquo|rsquo|#\d{2,5}|#x[0-9a-fA-F]{2,4});"
_NEEDS_WORK = regex.compile(r"[\r\u200b\ufeff\u00ad\p{Mn}]|" + _ENTITY)
# Where the character-by-character walk of ``Text.of`` must look; text between is copied.
_HOT = regex.compile(r"[\r\u200b\ufeff\u00ad\p{M}]|" + _ENTITY)
_ENTITY_AT = regex.compile(_ENTITY)


def _same_length(text: str) -> str:
    """``text.translate(_SAME_LENGTH)``, quicker: ``replace`` is a C loop and a no-op when absent."""
    for old, new in _SAME_LENGTH_PAIRS:
        text = text.replace(old, new)
    return text


def fold_tones(text: str) -> str:
    return _TONE_RE.sub(lambda m: TONE_FOLD.get(m.group(0), m.group(0)), text)


def lower_view(text: str) -> str | None:
    """A lower-cased copy with the same offsets, or None when there is none.

    Some scans run case-sensitively with lower-case words on this copy instead of
    case-blind on the text (the regex module is much slower case-blind).  That finds
    the same spans only when lower-casing keeps every offset and is case folding
    (no "ß", "ſ", "ς", "İ"), which is checked here."""
    lower = text.lower()
    return lower if len(lower) == len(text) and lower.casefold() == lower else None


def normalize(text: str) -> str:
    """The normalised form of a short string (vocabulary entries, names)."""
    return fold_tones(_same_length(unicodedata.normalize("NFC", text)).replace("\r", ""))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of a seed's bytes: UTF-8 with or without BOM, else Windows-1258."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if b"\x00" in data:
        raise InputError(f"{name}: binary data (NUL bytes), not a text document")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1258")
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: neither UTF-8 nor Windows-1258 (byte {utf8_error.start} is not valid UTF-8)"
            ) from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > len(text) // 100:
        raise InputError(f"{name}: binary data, not a text document")
    return text, "windows-1258"


def _walk(source: str, i: int, stop: int, out: list[str], to_source: list[int]) -> int:
    """Normalise ``source`` cluster by cluster from ``i`` until ``stop`` is passed: drop
    invisible characters, NFC each letter with its marks, map every output character
    back to where its cluster starts.  Returns where it stopped (a cluster start)."""
    n = len(source)
    while i < stop:
        ch = source[i]
        if ch in _DROPPED:
            i += 1
            continue
        if ch == "&" and (entity := _ENTITY_AT.match(source, i)):
            decoded = html.unescape(entity.group())
            if len(decoded) == 1 and not unicodedata.combining(decoded) and decoded not in _DROPPED:
                out.append(decoded)  # the whole entity maps to its one character
                to_source.append(i)
                i = entity.end()
                continue
        j = i + 1
        while j < n and unicodedata.combining(source[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", source[i:j]) if j > i + 1 or not ch.isascii() else ch
        for c in cluster:
            out.append(c)
            to_source.append(i)
        i = j
    return i


def _copy_or_walk(source: str, i: int, stop: int, out: list[str], to_source: list[int]) -> None:
    """Text without marks or invisible characters is copied as is when already NFC."""
    if i >= stop:
        return
    piece = source[i:stop]
    if unicodedata.is_normalized("NFC", piece):
        out.append(piece)
        to_source.extend(range(i, stop))
    else:
        _walk(source, i, stop, out, to_source)


# Decomposed Vietnamese ("a" + U+0302 + U+0301), as some sites store it, in Latin
# letters, punctuation and the combining diacritics, where no two starters compose
# and no character is replaced on its own (tests check every one of them).
_LATIN_MARKS = "\u0300-\u033f\u0346-\u034e\u0350-\u036f"
_LATIN_STARTERS = "\t\n\x20-\x7e\xa0-\xac\xae-\u024f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e"
_NOT_LATIN = re.compile(f"[^{_LATIN_STARTERS}{_LATIN_MARKS}]")


def _composed_latin(source: str) -> tuple[str, list[int]] | None:
    """(NFC of ``source``, each character's source index) in a few whole-text steps, or None.

    The walk below makes each starter with its marks one cluster and composes it on its
    own; here, where starters never compose with each other, NFC of the whole text is
    the same characters, and when it has one character per starter (every cluster
    composed to one: the usual case) the map is the starters' positions."""
    if _NOT_LATIN.search(source) or "&" in source and _ENTITY_AT.search(source):
        return None
    out = unicodedata.normalize("NFC", source)
    combining = unicodedata.combining
    starts = [i for i, char in enumerate(source) if not combining(char)]
    if len(out) != len(starts):
        return None  # a mark with no letter before it, or one that does not compose ("q" + acute)
    starts.append(len(source))
    return out, starts


@dataclass
class Text:
    """A seed's text as stored (``source``) and its normalised view (``norm``)."""

    source: str
    norm: str
    _to_source: list[int] | None  # norm index → source index; None when identical

    @classmethod
    def of(cls, source: str) -> "Text":
        if not _NEEDS_WORK.search(source) and (source.isascii() or unicodedata.is_normalized("NFC", source)):
            return cls(source, fold_tones(_same_length(source)), None)
        composed = _composed_latin(source)
        if composed is not None:
            norm, to_source = composed
            return cls(source, fold_tones(_same_length(norm)), to_source)
        return cls._walked(source)

    @classmethod
    def _walked(cls, source: str) -> "Text":
        """Any text: normalised cluster by cluster where marks or invisible characters are."""
        out: list[str] = []
        to_source: list[int] = []
        i, n = 0, len(source)
        for hot in _HOT.finditer(source):
            if hot.start() < i:
                continue  # already walked as part of the previous cluster
            base = hot.start()
            while base > i and unicodedata.combining(source[base]):
                base -= 1  # a mark belongs to the letter before it
            _copy_or_walk(source, i, base, out, to_source)
            i = _walk(source, base, hot.end(), out, to_source)
        _copy_or_walk(source, i, n, out, to_source)
        to_source.append(n)
        norm = fold_tones(_same_length("".join(out)))
        return cls(source, norm, to_source)

    def to_source(self, index: int) -> int:
        return index if self._to_source is None else self._to_source[index]

    def to_norm(self, index: int) -> int:
        """The normalised offset of a source offset (evidence carries source offsets)."""
        return index if self._to_source is None else bisect.bisect_left(self._to_source, index)

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the normalised span [start, end): offsets and quote in the source."""
        s, e = self.to_source(start), self.to_source(end)
        while e > s and self.source[e - 1] in _DROPPED:
            e -= 1  # a "\r" (or a zero-width character) before the next character is not quoted
        return Evidence(start=s, end=e, quote=self.source[s:e])

    def words(self, start: int, end: int) -> str:
        """The normalised words of a span, whitespace collapsed, for record fields."""
        return " ".join(self.norm[start:end].split())


@dataclass
class Seed:
    path: Path
    id: str
    data: bytes
    text: Text
    encoding: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def read_seed(path: Path) -> Seed:
    """Read and decode one seed; every failure is an ``InputError`` naming the file."""
    data, source, encoding = read_source(path)
    return Seed(path=path, id=path.stem, data=data, text=Text.of(source), encoding=encoding)


def read_source(path: Path) -> tuple[bytes, str, str]:
    """(bytes, decoded text, encoding) of a seed: every check ``read_seed`` makes, without
    normalising, for commands that look at every seed before extracting any."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a document") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    source, encoding = decode(data, str(path))
    if source.startswith("\ufeff"):
        source = source[1:]
    return data, source, encoding
