"""A reviewer's session: correct, reject, add, re-run; nothing a person decided is lost."""
from pathlib import Path

import yaml

from extract import store
from tests.conftest import cli

FACTS = Path("facts/bai_viet.yaml")


def read() -> dict:
    return yaml.safe_load(FACTS.read_text(encoding="utf-8"))


def write(data: dict) -> None:
    FACTS.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_run_writes_every_section_and_a_rerun_changes_nothing(project):
    assert cli("run") == 0
    first = FACTS.read_bytes()
    assert first.startswith(b"# yaml-language-server: $schema=")
    assert set(read()) == {"document", "meetings", "officials", "resolutions", "figures"}
    mtime = FACTS.stat().st_mtime_ns
    assert cli("run") == 0
    assert FACTS.read_bytes() == first
    assert FACTS.stat().st_mtime_ns == mtime


def test_a_correction_survives_rerun(project):
    cli("run")
    data = read()
    record = data["resolutions"][0]
    record.update(status="confirmed", kind="Nghị quyết (sửa)", note="checked against the gazette")
    write(data)
    assert cli("run") == 0
    again = [r for r in read()["resolutions"] if r["id"] == record["id"]]
    assert again == [record]


def test_a_confirmed_document_reading_survives_rerun_and_the_rest_follows_the_seed(project, capsys):
    cli("run")
    data = read()
    document = data["document"]
    machine_title = document["title"]
    document.update(status="confirmed", title="Tiêu đề do người duyệt sửa", published_date="2024-02-01",
                    author="Thu Hà", sha256="0" * 64)
    write(data)
    assert cli("run") == 0
    again = read()["document"]
    assert (again["status"], again["title"], again["published_date"], again["author"]) == (
        "confirmed", "Tiêu đề do người duyệt sửa", "2024-02-01", "Thu Hà")
    assert again["sha256"] != "0" * 64  # derived from the seed, not a person's to change
    capsys.readouterr()
    assert cli("check") == 0  # what the rules read now is information for the rule author
    out = capsys.readouterr().out
    assert f"title: Tiêu đề do người duyệt sửa (confirmed) vs {machine_title[:20]}" in out


def test_an_unconfirmed_document_section_is_the_machines(project):
    cli("run")
    data = read()
    machine_title = data["document"]["title"]
    data["document"]["title"] = "Sửa nhưng chưa xác nhận"
    write(data)
    assert cli("run") == 0
    assert read()["document"]["title"] == machine_title


def test_a_rejected_fact_never_comes_back(project):
    cli("run")
    data = read()
    assert data["figures"], "the sample article has figures"
    rejected = data["figures"][0]
    rejected.update(status="rejected", note="not a headline figure")
    write(data)
    assert cli("run") == 0
    figures = read()["figures"]
    assert [f for f in figures if f["id"] == rejected["id"]] == [rejected]
    same_place = [f for f in figures if f["evidence"]["start"] == rejected["evidence"]["start"]
                  and f["evidence"]["end"] == rejected["evidence"]["end"]]
    assert same_place == [rejected]


def test_a_hand_added_record_gets_an_id_and_stays(project):
    cli("run")
    data = read()
    data["officials"].append({"status": "confirmed", "name": "Thu Hà", "note": "the reporter, added for the test",
                              "roles": [{"title": "Phóng viên"}]})
    write(data)
    assert cli("run") == 0
    added = [o for o in read()["officials"] if o["name"] == "Thu Hà"]
    assert len(added) == 1 and added[0]["id"].startswith("off-") and added[0]["status"] == "confirmed"
    bytes_after = FACTS.read_bytes()
    assert cli("run") == 0
    assert FACTS.read_bytes() == bytes_after


def test_typed_comments_are_refused_not_dropped(project, capsys):
    cli("run")
    text = FACTS.read_text(encoding="utf-8").replace("meetings:", "# checked by Lan\nmeetings:", 1)
    FACTS.write_text(text, encoding="utf-8")
    assert cli("run") == 2
    err = capsys.readouterr().err
    assert "facts/bai_viet.yaml:" in err and "note" in err
    assert FACTS.read_text(encoding="utf-8") == text


def test_a_hash_inside_a_value_is_not_a_comment(project):
    cli("run")
    data = read()
    data["resolutions"][0].update(status="confirmed", note="see item #3")
    write(data)
    assert cli("run") == 0
    assert read()["resolutions"][0]["note"] == "see item #3"


def broken_variants(text: str):
    yield "invalid YAML", text.replace("meetings:", "meetings: [", 1), "invalid YAML"
    yield "unknown key", text.replace("  status: new", "  statsu: new", 1), "statsu"
    yield "bad status", text.replace("status: new", "status: approved", 1), "status"
    yield "wrong type", text.replace("  start: ", "  start: nine", 1), "start"
    yield "python tag", text.replace("  status: new", "  status: !!python/object/apply:os.system ['touch pwned']", 1), "invalid YAML"


def test_a_broken_file_is_refused_with_its_line_and_nothing_is_written(project, capsys):
    cli("run")
    good = FACTS.read_text(encoding="utf-8")
    for label, text, expected in broken_variants(good):
        FACTS.write_text(text, encoding="utf-8")
        assert cli("run") == 2, label
        err = capsys.readouterr().err
        assert "facts/bai_viet.yaml:" in err and expected in err, (label, err)
        assert "Traceback" not in err
        assert FACTS.read_text(encoding="utf-8") == text, label
        assert cli("validate") == 2, label
        capsys.readouterr()
    assert not Path("pwned").exists()


def test_one_broken_file_stops_every_write(project, capsys):
    """Seeds before and after the broken file are not written either: a run is all or nothing."""
    for name in ("a_truoc", "z_sau"):
        Path("seeds", f"{name}.txt").write_text(Path("seeds/bai_viet.txt").read_text(encoding="utf-8"), encoding="utf-8")
    cli("run")
    FACTS.write_text("document: [\n", encoding="utf-8")
    for name in ("a_truoc", "z_sau"):
        Path("facts", f"{name}.yaml").unlink()
    assert cli("run") == 2
    assert "facts/bai_viet.yaml:" in capsys.readouterr().err
    assert sorted(p.name for p in Path("facts").iterdir()) == ["bai_viet.yaml"]


def test_duplicate_ids_are_refused(project, capsys):
    cli("run")
    data = read()
    data["resolutions"].append(dict(data["resolutions"][0]))
    write(data)
    assert cli("validate") == 2
    assert "duplicate id" in capsys.readouterr().err


def test_loading_reports_every_problem_at_once(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text(
        "document:\n  id: x\n  source: x.txt\n  sha256: abc\n"
        "figures:\n- value: many\n  surface: '3'\n- value: 3\n  surface: '3'\n  status: maybe\n",
        encoding="utf-8")
    try:
        store.load(path)
    except store.FactsError as error:
        assert len(error.problems) == 2
        assert error.problems[0].startswith(f"{path}:6: figures.0.value")
        assert error.problems[1].startswith(f"{path}:10: figures.1.status")
    else:
        raise AssertionError("the broken file loaded")


def test_a_confirmed_publication_date_gives_the_facts_their_year(project, capsys):
    (project / "seeds" / "bai_viet.txt").write_text(
        "Sở Y tế tổng kết công tác năm\n\nChiều 30/1, Sở Y tế tổ chức Hội nghị tổng kết công tác y tế.\n",
        encoding="utf-8")
    cli("run")
    data = read()
    assert data["document"].get("published_date") is None and data["meetings"][0]["date"] == "--01-30"
    data["document"].update(status="confirmed", published_date="2024-02-02")
    write(data)
    assert cli("run") == 0
    again = read()
    assert again["document"]["published_date"] == "2024-02-02"
    assert [m["date"] for m in again["meetings"]] == ["2024-01-30"]
    capsys.readouterr()
    assert cli("check") == 0
    assert "published_date: 2024-02-02 (confirmed) vs None (rules)" in capsys.readouterr().out
