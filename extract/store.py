"""Facts files on disk: YAML for people, validated on the way in, written atomically.

Loading collects every problem of a file (bad YAML, unknown key, wrong type,
unknown status, duplicate id, a typed ``#`` comment) as ``file:line: message``
instead of stopping at the first, and never constructs arbitrary objects
(safe loading only).  Dumping is deterministic: a file nobody changed dumps
to the same bytes.
"""
from __future__ import annotations

import json
import os
import tempfile
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


def dump(facts: FactsFile) -> str:
    body = yaml.dump(to_data(facts), Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=1_000_000, indent=2)
    return HEADER + body


def to_json(facts: FactsFile) -> str:
    return json.dumps(to_data(facts), ensure_ascii=False, separators=(",", ":"))


def write_atomic(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` through a temporary file; False when nothing changed."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return True


class AtomicBatch:
    """Files written all together or not at all, for ``run``.

    Each file goes to a temporary file beside it; ``commit`` makes them durable
    with one ``os.sync`` (one fsync per file cost more than extracting it) and
    only then renames each into place; leaving the ``with`` block on an error
    removes the temporary files, so no target is touched."""

    def __init__(self):
        self.pending: list[tuple[str, Path]] = []

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

    def discard(self) -> None:
        for tmp, _ in self.pending:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self.pending.clear()

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
