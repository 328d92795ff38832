"""Facts for other tools: the reviewed dataset as JSON Lines, CSV tables or SQLite.

Exports are generated from the facts files, never edited by hand.  Only
``confirmed`` facts leave by default (``new`` ones on request, ``rejected``
ones never).  Every file is validated first, so a broken facts file stops the
export with every problem listed and nothing written.

The tables (CSV files or SQLite tables) follow the models in ``schema.py``:
one table per kind of fact with a ``document_id`` column, scalar fields as
columns, ``evidence`` as ``evidence_start``/``evidence_end``/``evidence_quote``,
lists of words joined with ``"; "`` and lists of records (an official's roles,
mentions) as child tables.  ``documents``, ``people`` (one row per person_id
across documents) and ``meeting_people`` (who chaired or attended) link them.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import tempfile
import types
import typing
from collections import Counter, defaultdict
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel

from schema import FACT_MODELS, Document, FactsFile

from . import store

FORMATS = ("jsonl", "csv", "sqlite")
LIST_SEPARATOR = "; "
# Child tables with a name of their own; others are called "<kind singular>_<field>".
CHILD_NAMES = {("officials", "roles"): "roles"}
FACT_FIRST = ("id", "status", "note", "evidence")


# --- loading --------------------------------------------------------------------------

def load_facts(path: str | Path = "facts") -> dict[str, FactsFile]:
    """Validated facts files of a folder (or one file), keyed by document id, sorted.

    Raises ``store.FactsError`` listing every problem of every file as
    ``file:line: message`` when any file is broken.
    """
    target = Path(path)
    if target.is_file():
        files = [target]
    elif target.is_dir():
        files = sorted(target.glob("*.yaml"))
    else:
        raise store.FactsError([f"{target}: no such folder of facts files"])
    loaded: dict[str, FactsFile] = {}
    where: dict[str, Path] = {}
    problems: list[str] = []
    for file in files:
        try:
            facts = store.load(file)
        except store.FactsError as error:
            problems += error.problems
            continue
        doc = facts.document.id
        if doc in where:
            problems.append(f"{file}:{_document_id_line(file)}: document id {doc!r} is also in {where[doc]}")
        else:
            where[doc], loaded[doc] = file, facts
    if problems:
        raise store.FactsError(problems)
    return dict(sorted(loaded.items()))


def _document_id_line(path: Path) -> int:
    """The line of ``document: id:`` in a file already known to be valid YAML."""
    root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    for key, value in root.value:
        if key.value == "document" and isinstance(value, yaml.MappingNode):
            for sub, node in value.value:
                if sub.value == "id":
                    return node.start_mark.line + 1
    return 1


def exported(facts: FactsFile, include_new: bool = False):
    """(kind, fact) to hand on: confirmed, plus new when asked; rejected never.

    A hand-added record without an id gets the id ``run`` would give it, so
    every exported row has a key.
    """
    wanted = ("confirmed", "new") if include_new else ("confirmed",)
    for kind, fact in _with_ids(facts).facts():
        if fact.status in wanted:
            yield kind, fact


def _with_ids(facts: FactsFile) -> FactsFile:
    if all(fact.id for _, fact in facts.facts()):
        return facts
    from .review import give_ids  # imports the extractors; only needed for hand-added records

    copy = facts.model_copy(deep=True)
    for kind in FACT_MODELS:
        give_ids(kind, getattr(copy, kind))
    return copy


# --- JSON Lines -----------------------------------------------------------------------

def jsonl_lines(files: dict[str, FactsFile], include_new: bool = False):
    """One JSON object per fact: ``{"kind", "document_id", "fact"}``; every field present."""
    for doc, facts in files.items():
        for kind, fact in exported(facts, include_new):
            record = {"kind": kind, "document_id": doc, "fact": fact.model_dump(mode="json")}
            yield json.dumps(record, ensure_ascii=False, separators=(",", ":"))


# --- tables ---------------------------------------------------------------------------

@dataclass
class Table:
    """One table of the export: columns with SQL types, a primary key, foreign keys, rows."""

    name: str
    columns: list[tuple[str, str]]
    key: tuple[str, ...]
    references: list[tuple[tuple[str, ...], str, tuple[str, ...]]] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)

    @property
    def column_names(self) -> list[str]:
        return [name for name, _ in self.columns]

    def create_sql(self) -> str:
        parts = [f"{_q(name)} {sql_type}" for name, sql_type in self.columns]
        parts.append(f"PRIMARY KEY ({_qs(self.key)})")
        for mine, table, theirs in self.references:
            parts.append(f"FOREIGN KEY ({_qs(mine)}) REFERENCES {_q(table)} ({_qs(theirs)})")
        return f"CREATE TABLE {_q(self.name)} (\n  " + ",\n  ".join(parts) + "\n)"

    def insert_sql(self) -> str:
        marks = ", ".join("?" for _ in self.columns)
        return f"INSERT INTO {_q(self.name)} ({_qs(self.column_names)}) VALUES ({marks})"


def _q(name: str) -> str:
    """A quoted SQL identifier: column names like "end" and "text" are keywords."""
    return '"' + name.replace('"', '""') + '"'


def _qs(names) -> str:
    return ", ".join(_q(n) for n in names)


def _allowed(annotation) -> tuple:
    """The types an annotation allows, None left out: ``str | None`` → ``(str,)``."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return tuple(t for arg in typing.get_args(annotation) for t in _allowed(arg))
    if origin is typing.Literal:
        return tuple(type(v) for v in typing.get_args(annotation))
    return () if annotation is type(None) else (annotation,)


def _sql_type(allowed: tuple) -> str:
    if allowed and all(t is bool for t in allowed):
        return "INTEGER"
    if float in allowed:
        return "NUMERIC"  # keeps 3787 an integer and 1.34 a real
    if allowed and all(t is int for t in allowed):
        return "INTEGER"
    return "TEXT"


def _is_model(t) -> bool:
    return isinstance(t, type) and issubclass(t, BaseModel)


@dataclass
class Plan:
    """How a model's fields become columns: scalars, joined word lists, nested records, child tables."""

    columns: list[tuple[str, str]]
    cells: list  # one function per column: record → cell value
    children: list[tuple[str, type]]  # (field, record model) for lists of records


def plan(model: type[BaseModel], order: tuple[str, ...] = ()) -> Plan:
    names = list(model.model_fields)
    names = [n for n in order if n in names] + [n for n in names if n not in order]
    result = Plan([], [], [])
    for name in names:
        allowed = _allowed(model.model_fields[name].annotation)
        kind = allowed[0] if len(allowed) == 1 else None
        if typing.get_origin(kind) is list:
            item = typing.get_args(kind)[0]
            if _is_model(item):
                result.children.append((name, item))
            else:
                result.columns.append((name, "TEXT"))
                result.cells.append(_joined(name))
        elif _is_model(kind):
            for sub in kind.model_fields:
                sub_type = _sql_type(_allowed(kind.model_fields[sub].annotation))
                result.columns.append((f"{name}_{sub}", sub_type))
                result.cells.append(_nested(name, sub))
        else:
            result.columns.append((name, _sql_type(allowed)))
            result.cells.append(_plain(name))
    return result


def _plain(name):
    return lambda record: getattr(record, name)


def _joined(name):
    return lambda record: LIST_SEPARATOR.join(str(v) for v in getattr(record, name)) or None


def _nested(name, sub):
    def cell(record):
        inner = getattr(record, name)
        return None if inner is None else getattr(inner, sub)
    return cell


def _row(prefix: tuple, p: Plan, record) -> tuple:
    return prefix + tuple(cell(record) for cell in p.cells)


def tables(files: dict[str, FactsFile], include_new: bool = False) -> list[Table]:
    """Every table of the export, rows in document then file order."""
    doc_plan = plan(Document)
    documents = Table("documents", doc_plan.columns, ("id",))
    documents.rows = [_row((), doc_plan, facts.document) for facts in files.values()]
    out = [documents]
    people = _PeopleTable()
    meeting_people = Table(
        "meeting_people",
        [("document_id", "TEXT"), ("meeting_id", "TEXT"), ("person_id", "TEXT"), ("part", "TEXT")],
        ("document_id", "meeting_id", "part", "person_id"),
        [(("document_id", "meeting_id"), "meetings", ("document_id", "id")),
         (("person_id",), "people", ("person_id",))])
    plans = {kind: plan(model, FACT_FIRST) for kind, model in FACT_MODELS.items()}
    kind_tables = {kind: _kind_table(kind, p) for kind, p in plans.items()}
    child_plans = {(kind, name): plan(model) for kind, p in plans.items() for name, model in p.children}
    child_tables = {key: _child_table(*key, p) for key, p in child_plans.items()}
    for doc, facts in files.items():
        published = facts.document.published_date
        for kind, fact in exported(facts, include_new):
            kind_tables[kind].rows.append(_row((doc,), plans[kind], fact))
            # Officials' child rows carry who and when: the person and the publication date.
            extra = (fact.person_id, published) if kind == "officials" else ()
            for name, _ in plans[kind].children:
                for position, item in enumerate(getattr(fact, name), start=1):
                    child_tables[kind, name].rows.append(
                        _row((doc, fact.id, position) + extra, child_plans[kind, name], item))
            if kind == "officials" and fact.person_id:
                people.add(fact.person_id, fact.name, doc)
            if kind == "meetings":
                seen = set()
                for part, ids in (("chair", fact.chair), ("attendee", fact.attendees)):
                    for person in ids:
                        if (part, person) not in seen:
                            seen.add((part, person))
                            meeting_people.rows.append((doc, fact.id, person, part))
    for _, _, person, _ in meeting_people.rows:
        people.refer(person)
    out.append(people.table())
    for kind in FACT_MODELS:
        out.append(kind_tables[kind])
        out += [table for (k, _), table in child_tables.items() if k == kind]
    out.append(meeting_people)
    return out


def _kind_table(kind: str, p: Plan) -> Table:
    references = [(("document_id",), "documents", ("id",))]
    if "person_id" in [name for name, _ in p.columns]:
        references.append((("person_id",), "people", ("person_id",)))
    return Table(kind, [("document_id", "TEXT")] + p.columns, ("document_id", "id"), references)


def _child_table(kind: str, name: str, p: Plan) -> Table:
    parent = f"{kind[:-1]}_id"
    columns = [("document_id", "TEXT"), (parent, "TEXT"), ("position", "INTEGER")]
    references = [(("document_id", parent), kind, ("document_id", "id"))]
    if kind == "officials":
        columns += [("person_id", "TEXT"), ("published_date", "TEXT")]
        references.append((("person_id",), "people", ("person_id",)))
    return Table(CHILD_NAMES.get((kind, name), f"{kind[:-1]}_{name}"), columns + p.columns,
                 ("document_id", parent, "position"), references)


class _PeopleTable:
    """One row per person_id: the name most often written, and in how many documents."""

    def __init__(self):
        self.names: dict[str, Counter] = defaultdict(Counter)
        self.documents: dict[str, set] = defaultdict(set)

    def add(self, person: str, name: str, doc: str) -> None:
        self.names[person][name] += 1
        self.documents[person].add(doc)

    def refer(self, person: str) -> None:
        """A person named by a meeting but not exported as an official still gets a row."""
        self.names.setdefault(person, Counter())
        self.documents.setdefault(person, set())

    def table(self) -> Table:
        rows = []
        for person in sorted(self.names):
            counts = self.names[person]
            name = min(counts, key=lambda n: (-counts[n], n)) if counts else None
            rows.append((person, name, len(self.documents[person])))
        return Table("people", [("person_id", "TEXT"), ("name", "TEXT"), ("documents", "INTEGER")],
                     ("person_id",), rows=rows)


# --- writers --------------------------------------------------------------------------

def csv_text(table: Table) -> str:
    """A table as CSV with a BOM, so that Excel reads the Vietnamese as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table.column_names)
    for row in table.rows:
        writer.writerow([_csv_cell(value) for value in row])
    return "\ufeff" + buffer.getvalue()


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(folder: Path, all_tables: list[Table]) -> list[Path]:
    paths = []
    with store.AtomicBatch() as batch:  # the tables of one export together
        for table in all_tables:
            path = folder / f"{table.name}.csv"
            batch.write(path, csv_text(table))
            paths.append(path)
    return paths


def write_sqlite(path: Path, all_tables: list[Table]) -> None:
    """Build the database in a temporary file beside ``path``, then replace it in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        with closing(sqlite3.connect(tmp)) as db:
            for table in all_tables:
                db.execute(table.create_sql())
                db.executemany(table.insert_sql(), table.rows)
            db.commit()
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def export(facts_dir: Path, fmt: str, out: Path | None, include_new: bool = False, stdout=None) -> int:
    """Load, validate and write one export; the number of facts exported.

    Raises ``store.FactsError`` (nothing written) when a facts file is broken,
    ``ValueError`` when the format needs an ``out`` path that is missing.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt != "jsonl" and out is None:
        raise ValueError(f"--format {fmt} needs --out ({'a folder' if fmt == 'csv' else 'a .db file'})")
    files = load_facts(facts_dir)
    if fmt == "jsonl":
        lines = list(jsonl_lines(files, include_new))
        text = "".join(line + "\n" for line in lines)
        if out is None:
            stdout.write(text)
        else:
            store.write_atomic(out, text)
        return len(lines)
    all_tables = tables(files, include_new)
    if fmt == "csv":
        write_csv(out, all_tables)
    else:
        write_sqlite(out, all_tables)
    return sum(len(t.rows) for t in all_tables if t.name in FACT_MODELS)
