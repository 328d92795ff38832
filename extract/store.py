"""Facts files on disk: YAML for people, validated on the way in, written atomically.

Loading collects every problem of a file (bad YAML, unknown key, wrong type,
unknown status, duplicate id, a typed ``#`` comment) as ``file:line: message``
instead of stopping at the first, and never constructs arbitrary objects
(safe loading only).  Dumping is deterministic: a file nobody changed dumps
to the same bytes.  The common case is written and read here without PyYAML,
byte for byte as PyYAML would (see "the common case" below); everything else
goes through PyYAML.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from schema import KINDS, SCHEMA_PATH, FactsFile

HEADER = f"# yaml-language-server: $schema=../{SCHEMA_PATH}\n"


class FactsError(Exception):
    """A facts file that cannot be used; ``problems`` are ``file:line: message`` lines."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    def ignore_aliases(self, data):
        return True


def to_data(facts: FactsFile) -> dict:
    return facts.model_dump(mode="json", exclude_none=True)


_DUMP_OPTIONS = dict(allow_unicode=True, sort_keys=False, default_flow_style=False, width=1_000_000, indent=2)


def dump(facts: FactsFile) -> str:
    data = to_data(facts)
    return HEADER + (_block_yaml(data) or yaml.dump(data, Dumper=_Dumper, **_DUMP_OPTIONS))


# --- the common case written directly --------------------------------------------------
# PyYAML builds a node per value and calls back into Python twice per scalar: a
# fifth of ``run``, and reading was slower still.  ``_block_yaml`` writes what
# ``yaml.dump`` writes with ``_DUMP_OPTIONS`` for plain data whose strings are
# printable, choosing plain or single-quoted style by the emitter's own rules
# (tests compare the two on generated data, with libyaml and without); anything
# that needs double quotes (a control character, a space beside a line break, a
# character beyond the Basic Multilingual Plane, where libyaml and PyYAML differ)
# or a very long string returns None and goes through ``yaml.dump``.

class _Unsupported(Exception):
    pass


_NOT_ONE_PRINTABLE_LINE = re.compile(r"[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
_FIRST_INDICATORS = frozenset("#,[]{}&*!|>'\"%@`")
_SPACE_AFTER_COLON = re.compile(r": |:$| #")
_MAX_STRING = 10_000  # far below the line width, so the emitter never folds
# PyYAML's implicit resolvers by first character ("" for the empty string).
_RESOLVERS = {first: tuple(found + _Dumper.yaml_implicit_resolvers.get(None, []))
              for first, found in _Dumper.yaml_implicit_resolvers.items() if first is not None}
_BOOL_NULL_FIRST = frozenset(c for c in _RESOLVERS if c.isalpha())  # "yes", "No", "null" …
# The longest word PyYAML reads as a bool or null ("false"), from its own patterns.
_LONGEST_BOOL_OR_NULL = max(len(word) for resolvers in _RESOLVERS.values() for tag, pattern in resolvers
                            if tag in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:null")
                            for word in re.findall(r"[A-Za-z]+", pattern.pattern))


def _bool_or_null(word: str) -> bool:
    """Whether a string starting with a letter would be read as a bool or null ("No", "null")."""
    return len(word) <= _LONGEST_BOOL_OR_NULL and word[0] in _BOOL_NULL_FIRST and _short_word_tag(word) is not None


@lru_cache(maxsize=1024)
def _short_word_tag(word: str) -> str | None:
    return _resolves_implicitly(word)


_WILDCARD_RESOLVERS = tuple(_Dumper.yaml_implicit_resolvers.get(None, []))


def _resolves_implicitly(value: str) -> str | None:
    """The tag a plain ``value`` would be read as ("1.5" → float), None for a string."""
    for tag, pattern in _RESOLVERS.get(value[:1], _WILDCARD_RESOLVERS):
        if pattern.match(value):
            return tag
    return None


# Most strings: a letter, then printable characters without ":" or "#", not ending
# in a space; plain unless the whole string is a bool or null word ("yes", "null").
_SURELY_PLAIN = re.compile(
    r"(?=[A-Za-z\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd])[^\W\d_]"
    r"(?:[\x20-\x22\x24-\x39\x3b-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*"
    r"[\x21\x22\x24-\x39\x3b-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd])?")


_LINE_BREAKS = re.compile(r"\n+")


@lru_cache(maxsize=256)
def _key(key: str) -> str:
    return _string(key)


def _string(value: str, continuation: str | None = None) -> str:
    """``value`` as the emitter writes it; ``continuation`` is the indentation of a
    quoted string's next lines (a mapping's values only: None elsewhere)."""
    if _SURELY_PLAIN.fullmatch(value) and len(value) <= _MAX_STRING and not _bool_or_null(value):
        return value
    if len(value) > _MAX_STRING:
        raise _Unsupported
    if _NOT_ONE_PRINTABLE_LINE.search(value):
        return _quoted_lines(value, continuation)
    if _plain_allowed(value) and _resolves_implicitly(value) is None:
        return value
    return "'" + value.replace("'", "''") + "'"


def _quoted_lines(value: str, continuation: str | None) -> str:
    """A string with line breaks ("CHÁNH VĂN PHÒNG\n\n(Đã ký)"), single-quoted: each
    run of n breaks is written as n + 1, then the indentation.  A space next to a
    break or any other special character makes the emitter use double quotes: not here."""
    if (continuation is None or "\n" not in value or " \n" in value or "\n " in value
            or _NOT_ONE_PRINTABLE_LINE.search(value.replace("\n", ""))):
        raise _Unsupported
    body = _LINE_BREAKS.sub(lambda m: "\n" * (len(m.group()) + 1) + continuation, value.replace("'", "''"))
    return "'" + body + "'"


def _plain_allowed(value: str) -> bool:
    """The emitter's test for a one-line plain scalar in block context."""
    if not value or value[0] == " " or value[-1] == " " or value.startswith(("---", "...")):
        return False
    first = value[0]
    if first in _FIRST_INDICATORS or first in "?:-" and (len(value) == 1 or value[1] == " "):
        return False
    return not _SPACE_AFTER_COLON.search(value, 1)


def _scalar(value, continuation: str | None = None) -> str:
    kind = type(value)
    if kind is str:
        return _string(value, continuation)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is float and value == value and value not in (float("inf"), float("-inf")):
        text = repr(value).lower()
        if "." not in text and "e" in text:
            text = text.replace("e", ".0e", 1)
        if _resolves_implicitly(text) == "tag:yaml.org,2002:float":
            return text
    raise _Unsupported


def _mapping(data: dict, pad: str, out: list[str], first_pad: str) -> None:
    for key, value in data.items():
        if type(key) is not str or len(key) > 100:
            raise _Unsupported
        line = first_pad + _key(key) + ":"
        first_pad = pad
        _value(value, pad, line, out)


def _value(value, pad: str, line: str, out: list[str]) -> None:
    kind = type(value)
    if kind is dict and value:
        out.append(line + "\n")
        _mapping(value, pad + "  ", out, pad + "  ")
    elif kind is list and value:
        out.append(line + "\n")
        _sequence(value, pad, out)  # a list under a key is not indented
    elif kind is dict or kind is list:
        out.append(line + (" {}\n" if kind is dict else " []\n"))
    else:
        out.append(line + " " + _scalar(value, pad + "  ") + "\n")


def _sequence(items: list, pad: str, out: list[str]) -> None:
    for item in items:
        kind = type(item)
        if kind is dict and item:
            _mapping(item, pad + "  ", out, pad + "- ")
        elif kind is list and item:
            raise _Unsupported
        elif kind is dict or kind is list:
            out.append(pad + ("- {}\n" if kind is dict else "- []\n"))
        else:
            out.append(pad + "- " + _scalar(item) + "\n")


def _block_yaml(data) -> str | None:
    """``yaml.dump(data, **_DUMP_OPTIONS)`` for the common case, or None."""
    if type(data) is not dict or not data:
        return None
    out: list[str] = []
    try:
        _mapping(data, "", out, "")
    except _Unsupported:
        return None
    return "".join(out)


def to_json(facts: FactsFile) -> str:
    return json.dumps(to_data(facts), ensure_ascii=False, separators=(",", ":"))


def write_atomic(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` through a temporary file; False when nothing changed."""
    with AtomicBatch() as batch:
        return batch.write(path, text)


class AtomicBatch:
    """Files written all together or not at all, for ``run``.

    Each file goes to a temporary file beside it; ``commit`` makes them durable
    with one ``os.sync`` (an fsync per file can take longer than extracting it) and
    only then renames each into place; leaving the ``with`` block on an error
    removes the temporary files, so no target is touched."""

    def __init__(self):
        self.pending: list[tuple[str, Path]] = []
        self.removals: list[Path] = []

    def remove(self, path: Path) -> None:
        """Delete ``path`` on commit, after the new files are in place."""
        self.removals.append(path)

    def write(self, path: Path, text: str) -> bool:
        """Stage ``text`` for ``path``; False when the file already holds it."""
        data = text.encode("utf-8")
        try:
            if path.read_bytes() == data:
                return False
        except FileNotFoundError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        self.pending.append((tmp, path))
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            if not hasattr(os, "sync"):
                out.flush()
                os.fsync(out.fileno())
        return True

    def commit(self) -> None:
        if self.pending and hasattr(os, "sync"):
            os.sync()
        while self.pending:
            tmp, path = self.pending[0]
            os.replace(tmp, path)
            self.pending.pop(0)
        while self.removals:
            self.removals.pop(0).unlink(missing_ok=True)

    def discard(self) -> None:
        for tmp, _ in self.pending:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self.pending.clear()
        self.removals.clear()

    def __enter__(self) -> "AtomicBatch":
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()


def load(path: Path) -> FactsFile:
    """A validated facts file, or ``FactsError`` listing every problem with its line."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FactsError([f"{path}: cannot be read ({error.strerror})"]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FactsError([f"{path}: not UTF-8 (byte {error.start})"]) from None
    return parse(text, str(path))


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same result, faster


def _compose(text: str):
    """(node tree, data): the tree gives line numbers, the data is built by safe loading."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        return root, (loader.construct_document(root) if root is not None else None)
    finally:
        loader.dispose()


def parse(text: str, name: str) -> FactsFile:
    """The facts in ``text``, or ``FactsError``; ``name`` is the file named in problems."""
    facts = _parse_written(text)
    return facts if facts is not None else _parse_yaml(text, name)


def _parse_written(text: str) -> FactsFile | None:
    """The facts of a file exactly as ``dump`` writes it, read without PyYAML, or None.

    Reading YAML with PyYAML cost more than extracting the seed again.  A file
    nobody edited is read line by line here, then written back with
    ``_block_yaml``: only when that gives the very same text is the reading
    used (PyYAML would read the same values from it).  Anything else (an edit
    in another layout, a problem to report with its line) returns None and is
    read by ``_parse_yaml``."""
    if not text.startswith(HEADER):
        return None
    body = text[len(HEADER):]
    try:
        data = _Reading(body).document()
    except _Unsupported:
        return None
    if _block_yaml(data) != body:
        return None
    try:
        facts = FactsFile.model_validate(data)
    except ValidationError:
        return None
    ids = [fact.id for _, fact in facts.facts() if fact.id is not None]
    return facts if len(ids) == len(set(ids)) else None


def _closes_quote(text: str) -> bool:
    """``text`` ends a single-quoted string: an odd number of quotes at its end ("''" is a quote)."""
    return (len(text) - len(text.rstrip("'"))) % 2 == 1


class _Reading:
    """Reads the block layout ``_block_yaml`` writes: "key: value", "key:" then a nested
    mapping two spaces in or a list at the same indentation, "- " list items."""

    _KEY = re.compile(r"([a-z_][a-z0-9_]*):(?: (.*))?\Z")
    _INT = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")

    def __init__(self, body: str):
        self.lines = body.split("\n")
        if self.lines.pop() != "":
            raise _Unsupported  # the last line ends with a line break
        self.i = 0

    def document(self) -> dict:
        data = self.mapping("", "")
        if self.i != len(self.lines):
            raise _Unsupported
        return data

    def mapping(self, pad: str, first: str) -> dict:
        """Keys at ``pad``; the first line starts with ``first`` ("- " for a list item)."""
        result: dict = {}
        lines, n, i, key_line = self.lines, len(self.lines), self.i, self._KEY.match
        prefix, inner = first, pad + "  "
        while i < n:
            line = lines[i]
            if not line.startswith(prefix):
                break
            m = key_line(line, len(prefix))
            if not m:
                break
            key, value = m.groups()
            if key in result:
                raise _Unsupported
            i += 1
            if value is None:  # a nested block: a list at this indentation or a mapping further in
                self.i = i
                if i < n and lines[i].startswith(pad + "- "):
                    result[key] = self.sequence(pad)
                elif i < n and lines[i].startswith(inner):
                    result[key] = self.mapping(inner, inner)
                else:
                    raise _Unsupported
                i = self.i
            elif value[:1] == "'" and not _closes_quote(value[1:]):
                self.i = i
                result[key] = self.quoted_lines(value[1:], inner)
                i = self.i
            else:
                result[key] = self.scalar(value)
            prefix = pad
        self.i = i
        if not result:
            raise _Unsupported
        return result

    def sequence(self, pad: str) -> list:
        items, lines, prefix = [], self.lines, pad + "- "
        start = len(prefix)
        while self.i < len(lines) and lines[self.i].startswith(prefix):
            if self._KEY.match(lines[self.i], start):
                items.append(self.mapping(pad + "  ", prefix))
            else:
                items.append(self.scalar(lines[self.i][start:]))
                self.i += 1
        return items

    def quoted_lines(self, first: str, continuation: str) -> str:
        """A single-quoted string over several lines, written as ``_quoted_lines`` writes it."""
        parts, lines = [first], self.lines
        while True:
            breaks = 0
            while self.i < len(lines) and lines[self.i] == "":
                breaks, self.i = breaks + 1, self.i + 1
            if not breaks or self.i == len(lines) or not lines[self.i].startswith(continuation):
                raise _Unsupported
            line = lines[self.i][len(continuation):]
            self.i += 1
            parts.append("\n" * breaks + line)
            if _closes_quote(line):
                return "".join(parts)[:-1].replace("''", "'")

    def scalar(self, text: str):
        if self._INT.match(text):  # offsets, mostly: PyYAML reads a plain decimal as an int
            return int(text)
        if text in ("[]", "{}"):
            return [] if text == "[]" else {}
        if text.startswith("'"):
            inner = text[1:-1]
            if len(text) < 2 or not text.endswith("'") or "'" in inner.replace("''", ""):
                raise _Unsupported
            return inner.replace("''", "'")
        if _SURELY_PLAIN.fullmatch(text) and not _bool_or_null(text):
            return text
        if not _plain_allowed(text):
            raise _Unsupported  # "a: b" is a mapping, not a string
        tag = _resolves_implicitly(text)
        if tag is None:
            return text
        if tag == "tag:yaml.org,2002:float":
            return float(text)
        if text in ("true", "false"):
            return text == "true"
        raise _Unsupported


def _parse_yaml(text: str, name: str) -> FactsFile:
    """Any YAML, with every problem reported by line."""
    try:
        root, data = _compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise FactsError([f"{name}{line}: invalid YAML: {problem}"]) from None
    problems = []
    if "#" in text[len(HEADER):]:
        problems += [f"{name}:{line}: {message}" for line, message in _comment_problems(text)]
    problems += [f"{name}:{line}: {message}" for line, message in _duplicate_keys(root)]
    if not isinstance(data, dict):
        raise FactsError(problems + [f"{name}:1: expected a mapping with keys document, {', '.join(KINDS)}"])
    try:
        facts = FactsFile.model_validate(data)
    except ValidationError as error:
        seen = set()
        for issue in error.errors():
            loc = _data_path(data, issue["loc"])
            where = ".".join(str(p) for p in loc)
            if where in seen:  # one line per field, not one per branch of a union type
                continue
            seen.add(where)
            problems.append(f"{name}:{_line_of(root, loc)}: {where}: {issue['msg']}")
        raise FactsError(problems) from None
    problems += _duplicate_ids(facts, root, name)
    if problems:
        raise FactsError(problems)
    return facts


def _data_path(data, loc) -> tuple:
    """The part of a pydantic error location that names keys and items of the file
    (pydantic adds the names of union branches, "value.float", which are not in it)."""
    path = []
    for part in loc:
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        elif isinstance(data, dict):
            path.append(part)  # a missing or unknown key: still worth naming
            break
        else:
            break
        path.append(part)
    return tuple(path)


def _line_of(node, loc) -> int:
    """The 1-based line of the YAML node nearest a pydantic error location."""
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        else:
            child = None
        if child is None:
            break
        node = child
    return node.start_mark.line + 1 if node is not None else 1


def _duplicate_keys(root) -> list[tuple[int, str]]:
    """Keys given twice in one mapping.  Walks each node once, without recursion: an
    alias can make the tree cyclic (``&a [*a]``) or share one node a million times."""
    found, stack, visited = [], [root], set()
    while stack:
        node = stack.pop()
        if node is None or id(node) in visited:
            continue
        visited.add(id(node))
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key, value in node.value:
                if key.value in seen:
                    found.append((key.start_mark.line + 1, f"duplicate key {key.value!r}"))
                seen.add(key.value)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return sorted(found)


def _duplicate_ids(facts: FactsFile, root, name: str) -> list[str]:
    problems, seen = [], {}
    for kind in KINDS:
        for index, fact in enumerate(getattr(facts, kind)):
            if fact.id is None:
                continue
            if fact.id in seen:
                line = _line_of(root, (kind, index, "id"))
                problems.append(f"{name}:{line}: duplicate id {fact.id!r} (also {seen[fact.id]})")
            else:
                seen[fact.id] = f"{kind}[{index}]"
    return problems


def _comment_problems(text: str) -> list[tuple[int, str]]:
    """``#`` comments a person typed: refused, since a re-run could not keep them."""
    scalar_spans = []
    for token in yaml.scan(text, Loader=yaml.SafeLoader):
        if isinstance(token, yaml.ScalarToken):
            scalar_spans.append((token.start_mark.index, token.end_mark.index))
    problems, offset = [], 0
    spans = iter(scalar_spans)
    current = next(spans, None)
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        for column, char in enumerate(line):
            if char != "#" or (column and not line[column - 1].isspace()):
                continue
            index = offset + column
            while current and current[1] <= index:
                current = next(spans, None)
            if current and current[0] <= index < current[1]:
                continue
            if number == 1 and line.startswith(HEADER.rstrip("\n")):
                break
            problems.append((number, "YAML comments are not kept by `run`; write the remark in the record's `note` field"))
            break
        offset += len(line)
    return problems
