"""Exports and the Python API: confirmed facts leave, rejected never, broken files stop everything.

Facts folders are built here from hand-made records over sentences in the
shape of real articles, so the tests do not move when the extraction rules do.
"""
from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from extract import FactsError, load_facts, store
from schema import Document, Evidence, FactsFile, Figure, Meeting, Official, Resolution, Role, Span
from tests.conftest import cli

TEXT = ("Sở Y tế tỉnh Hà Nam\n\n"
        "Sáng 12/3, Sở Y tế tổ chức Hội nghị triển khai Kế hoạch số 45/KH-SYT về tiêm chủng. "
        "Ông Trần Văn Minh, Giám đốc Sở Y tế chủ trì Hội nghị. "
        "Tỷ lệ tiêm chủng đạt 98,5%; toàn tỉnh có 3.787 ca khám sàng lọc.\n\n"
        "Bản quyền thuộc Sở Y tế")
ARTICLE_END = TEXT.index("\n\nBản quyền")
PERSON = "tran-van-minh-1a2b"


def ev(text: str, quote: str, occurrence: int = 1) -> Evidence:
    """Evidence of the n-th occurrence of ``quote`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(quote, start + 1)
    return Evidence(start=start, end=start + len(quote), quote=quote)


def sample(doc_id: str = "bai_mot", text: str = TEXT, statuses: dict | None = None,
           source: str | None = None) -> FactsFile:
    """One document with a fact of each kind; ``statuses`` overrides any fact's status by id."""
    statuses = statuses or {}
    facts = FactsFile(
        document=Document(id=doc_id, source=source or f"seeds/{doc_id}.txt",
                          sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                          title="Sở Y tế tỉnh Hà Nam", published_date="2024-03-13",
                          article=Span(start=0, end=ARTICLE_END if text == TEXT else len(text))),
        meetings=[Meeting(id="mtg-1", status="confirmed", evidence=ev(text, "Sáng 12/3, Sở Y tế tổ chức Hội nghị"),
                          date="2024-03-12", kind="hội nghị", chair=[PERSON], attendees=["khach-moi-0000"])],
        officials=[Official(id="off-1", status="confirmed", evidence=ev(text, "Ông Trần Văn Minh, Giám đốc Sở Y tế"),
                            person_id=PERSON, name="Trần Văn Minh", honorifics=["Ông"],
                            roles=[Role(title="Giám đốc", organization="Sở Y tế")],
                            mentions=[ev(text, "Ông Trần Văn Minh, Giám đốc Sở Y tế")])],
        resolutions=[Resolution(id="res-1", status="new", evidence=ev(text, "Kế hoạch số 45/KH-SYT"),
                                number="45/KH-SYT", kind="Kế hoạch",
                                mentions=[ev(text, "Kế hoạch số 45/KH-SYT")])],
        figures=[Figure(id="fig-1", status="rejected", evidence=ev(text, "98,5%"), value=98.5, surface="98,5", unit="%"),
                 Figure(id="fig-2", status="confirmed", evidence=ev(text, "3.787 ca"), value=3787, surface="3.787",
                        unit="ca", note="đã kiểm tra <b>")],
    )
    for _, fact in facts.facts():
        fact.status = statuses.get(fact.id, fact.status)
    return facts


def write_folder(folder: Path, *files: FactsFile) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for facts in files:
        store.write_atomic(folder / f"{facts.document.id}.yaml", store.dump(facts))
    return folder


@pytest.fixture
def facts_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return write_folder(tmp_path / "facts", sample("bai_mot"), sample("bai_hai", statuses={"res-1": "confirmed"}))


def jsonl(capsys, *args) -> list[dict]:
    assert cli("export", *args) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


# --- which facts leave -----------------------------------------------------------------

@pytest.mark.parametrize("args, expected", [
    ((), {("bai_hai", "mtg-1"), ("bai_hai", "off-1"), ("bai_hai", "res-1"), ("bai_hai", "fig-2"),
          ("bai_mot", "mtg-1"), ("bai_mot", "off-1"), ("bai_mot", "fig-2")}),
    (("--include-new",), {("bai_hai", "mtg-1"), ("bai_hai", "off-1"), ("bai_hai", "res-1"), ("bai_hai", "fig-2"),
                          ("bai_mot", "mtg-1"), ("bai_mot", "off-1"), ("bai_mot", "res-1"), ("bai_mot", "fig-2")}),
])
def test_jsonl_exports_confirmed_and_new_on_request_never_rejected(facts_dir, capsys, args, expected):
    lines = jsonl(capsys, *args)
    assert {(line["document_id"], line["fact"]["id"]) for line in lines} == expected
    assert all(line["fact"]["status"] != "rejected" for line in lines)


def test_jsonl_line_carries_kind_document_and_every_field(facts_dir, capsys):
    line = next(x for x in jsonl(capsys) if x["fact"]["id"] == "fig-2")
    assert line["kind"] == "figures" and line["document_id"] == "bai_hai"
    assert line["fact"]["value"] == 3787 and line["fact"]["total"] is None
    assert line["fact"]["evidence"] == {"start": TEXT.index("3.787 ca"), "end": TEXT.index("3.787 ca") + 8,
                                        "quote": "3.787 ca"}


def test_jsonl_to_a_file_keeps_vietnamese_as_written(facts_dir):
    assert cli("export", "--out", "out/facts.jsonl") == 0
    text = Path("out/facts.jsonl").read_text(encoding="utf-8")
    assert "Trần Văn Minh" in text and "\\u" not in text
    assert len(text.splitlines()) == 7


def test_hand_added_record_without_id_is_exported_with_one(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    facts = sample("bai_mot")
    facts.figures.append(Figure(status="confirmed", evidence=ev(TEXT, "98,5%"), value=98.5, surface="98,5", unit="%"))
    write_folder(tmp_path / "facts", facts)
    ids = [line["fact"]["id"] for line in jsonl(capsys) if line["kind"] == "figures"]
    assert len(ids) == 2 and all(i and i.startswith("fig-") for i in ids)


# --- CSV --------------------------------------------------------------------------------

def read_csv(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), f"{path.name} has no BOM for Excel"
    return list(csv.DictReader(data.decode("utf-8-sig").splitlines(keepends=True)))


@pytest.mark.parametrize("table, key, expected", [
    ("meetings.csv", "date", ["2024-03-12", "2024-03-12"]),
    ("meetings.csv", "chair", [PERSON, PERSON]),
    ("officials.csv", "name", ["Trần Văn Minh", "Trần Văn Minh"]),
    ("officials.csv", "honorifics", ["Ông", "Ông"]),
    ("roles.csv", "title", ["Giám đốc", "Giám đốc"]),
    ("roles.csv", "published_date", ["2024-03-13", "2024-03-13"]),
    ("resolutions.csv", "number", ["45/KH-SYT"]),
    ("figures.csv", "value", ["3787", "3787"]),
    ("figures.csv", "evidence_quote", ["3.787 ca", "3.787 ca"]),
    ("figures.csv", "evidence_start", [str(TEXT.index("3.787 ca"))] * 2),
    ("figures.csv", "headline", ["false", "false"]),
    ("figures.csv", "note", ["đã kiểm tra <b>", "đã kiểm tra <b>"]),
    ("people.csv", "person_id", ["khach-moi-0000", PERSON]),
    ("documents.csv", "id", ["bai_hai", "bai_mot"]),
])
def test_csv_tables(facts_dir, table, key, expected):
    assert cli("export", "--format", "csv", "--out", "tables") == 0
    assert [row[key] for row in read_csv(Path("tables") / table)] == expected


def test_csv_rows_name_their_document_and_evidence(facts_dir):
    assert cli("export", "--format", "csv", "--out", "tables") == 0
    for name in ("meetings", "officials", "resolutions", "figures"):
        header = read_csv(Path("tables") / f"{name}.csv")[0]
        assert {"document_id", "id", "status", "evidence_start", "evidence_end", "evidence_quote"} <= set(header)


# --- SQLite -----------------------------------------------------------------------------

def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchall()


@pytest.mark.parametrize("sql, expected", [
    ("PRAGMA foreign_key_check", []),
    ("SELECT id FROM documents ORDER BY id", [("bai_hai",), ("bai_mot",)]),
    ("SELECT person_id, name, documents FROM people ORDER BY person_id",
     [("khach-moi-0000", None, 0), (PERSON, "Trần Văn Minh", 2)]),
    ("SELECT p.name, r.title, r.organization, r.document_id, r.published_date FROM roles r "
     "JOIN people p USING (person_id) ORDER BY r.document_id",
     [("Trần Văn Minh", "Giám đốc", "Sở Y tế", "bai_hai", "2024-03-13"),
      ("Trần Văn Minh", "Giám đốc", "Sở Y tế", "bai_mot", "2024-03-13")]),
    ("SELECT part, person_id FROM meeting_people WHERE document_id = 'bai_mot' ORDER BY part",
     [("attendee", "khach-moi-0000"), ("chair", PERSON)]),
    ("SELECT value, typeof(value), headline FROM figures WHERE document_id = 'bai_mot'", [(3787, "integer", 0)]),
    ("SELECT count(*) FROM figures WHERE status = 'rejected'", [(0,)]),
    ("SELECT document_id, number FROM resolutions", [("bai_hai", "45/KH-SYT")]),
    ('SELECT "start", "end", quote FROM resolution_mentions',
     [(TEXT.index("Kế hoạch"), TEXT.index(" về tiêm"), "Kế hoạch số 45/KH-SYT")]),
])
def test_sqlite_tables_and_keys(facts_dir, sql, expected):
    assert cli("export", "--format", "sqlite", "--out", "facts.db") == 0
    assert query(Path("facts.db"), sql) == expected


def test_sqlite_primary_keys_are_declared(facts_dir):
    assert cli("export", "--format", "sqlite", "--out", "facts.db") == 0
    sql = dict(query(Path("facts.db"), "SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    assert 'PRIMARY KEY ("document_id", "id")' in sql["officials"]
    assert 'FOREIGN KEY ("document_id", "official_id") REFERENCES "officials"' in sql["roles"]
    assert 'PRIMARY KEY ("person_id")' in sql["people"]


def test_sqlite_is_replaced_whole_and_leaves_no_temporary_file(facts_dir):
    Path("facts.db").write_bytes(b"not a database")
    assert cli("export", "--format", "sqlite", "--out", "facts.db", "--include-new") == 0
    assert query(Path("facts.db"), "SELECT count(*) FROM resolutions") == [(2,)]
    assert sorted(p.name for p in Path(".").iterdir() if p.is_file()) == ["facts.db"]


# --- broken input -----------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ("--format", "jsonl", "--out", "out.jsonl"),
    ("--format", "csv", "--out", "out"),
    ("--format", "sqlite", "--out", "out.db"),
])
def test_broken_facts_file_stops_export_and_writes_nothing(facts_dir, capsys, args):
    text = (facts_dir / "bai_mot.yaml").read_text(encoding="utf-8").replace("status: confirmed", "status: done", 1)
    (facts_dir / "bai_mot.yaml").write_text(text, encoding="utf-8")
    assert cli("export", *args) == 2
    err = capsys.readouterr().err
    assert "bai_mot.yaml:" in err and "status" in err and "nothing was written" in err
    assert not Path(args[-1]).exists()


@pytest.mark.parametrize("fmt", ["csv", "sqlite"])
def test_table_formats_need_out(facts_dir, capsys, fmt):
    assert cli("export", "--format", fmt) == 2
    assert "needs --out" in capsys.readouterr().err


# --- Python API -------------------------------------------------------------------------

def test_load_facts_returns_validated_records_by_document(facts_dir):
    files = load_facts(facts_dir)
    assert list(files) == ["bai_hai", "bai_mot"]
    assert isinstance(files["bai_mot"], FactsFile)
    assert files["bai_mot"].officials[0].roles[0].title == "Giám đốc"


def test_load_facts_reports_every_problem_with_its_line(facts_dir):
    for name in ("bai_mot", "bai_hai"):
        path = facts_dir / f"{name}.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("value: 3787", "value: nhiều"), encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(facts_dir)
    assert len(caught.value.problems) == 2
    for problem, name in zip(caught.value.problems, ("bai_hai", "bai_mot")):
        path, line, message = problem.split(":", 2)
        assert path.endswith(f"{name}.yaml") and line.isdigit() and "value" in message
        assert "value: nhiều" in (facts_dir / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[int(line) - 1]


def test_load_facts_refuses_one_document_in_two_files(facts_dir):
    (facts_dir / "ban_sao.yaml").write_text((facts_dir / "bai_mot.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(FactsError, match=r"ban_sao.yaml:3: document id 'bai_mot' is also in"):
        load_facts(facts_dir)


def test_load_facts_on_a_missing_folder(tmp_path):
    with pytest.raises(FactsError, match="no such folder"):
        load_facts(tmp_path / "nowhere")
