"""`check` says exactly what moved, and fails CI until facts/ is brought up to date."""
import json
from pathlib import Path

import yaml

from tests.conftest import cli

FACTS = Path("facts/bai_viet.yaml")
SEED = Path("seeds/bai_viet.txt")


def edit_facts(change) -> None:
    data = yaml.safe_load(FACTS.read_text(encoding="utf-8"))
    change(data)
    FACTS.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_green_after_run(project, capsys):
    cli("run")
    assert cli("check") == 0
    assert "check OK" in capsys.readouterr().out


def test_edited_seed_names_the_confirmed_fact_that_no_longer_stands(project, capsys):
    cli("run")
    edit_facts(lambda d: d["resolutions"][0].update(status="confirmed"))
    cli("run")
    rid = yaml.safe_load(FACTS.read_text(encoding="utf-8"))["resolutions"][0]["id"]
    SEED.write_text(SEED.read_text(encoding="utf-8").replace("10/2023/NQ-HĐND", "11/2023/NQ-HĐND"), encoding="utf-8")
    capsys.readouterr()
    assert cli("check") == 1
    out = capsys.readouterr().out
    stale = out.split("Confirmed facts whose evidence no longer stands")[1].split("\n\n")[0]
    assert "bai_viet" in stale and rid in stale and "10/2023/NQ-HĐND" in stale
    assert "11/2023/NQ-HĐND" in out  # the new reading is proposed


def test_proposals_added_and_dropped_are_listed_with_their_quote(project, capsys):
    cli("run")
    removed = {}

    def drop_one(data):
        removed.update(data["resolutions"].pop(0))
        data["figures"].append({"id": "fig-00000000", "value": 7, "surface": "7", "unit": "ca",
                                "evidence": {"start": 0, "end": 3, "quote": "Sở "}})
    edit_facts(drop_one)
    capsys.readouterr()
    assert cli("check") == 1
    out = capsys.readouterr().out
    assert f"resolutions {removed['id']}" in out and removed["evidence"]["quote"] in out
    assert "figures fig-00000000" in out.split("no longer make")[1]


def test_missing_and_orphan_files(project, capsys):
    cli("run")
    Path("seeds/bai_moi.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    Path("facts/da_xoa.yaml").write_text(FACTS.read_text(encoding="utf-8"), encoding="utf-8")
    capsys.readouterr()
    assert cli("check", "--format", "json") == 1
    report = json.loads(capsys.readouterr().out)
    sections = {(i["section"], i["document"]) for i in report["items"]}
    assert ("missing", "bai_moi") in sections and ("orphans", "da_xoa") in sections
    assert report["ok"] is False


def test_markdown_report_for_a_pull_request(project, capsys):
    cli("run")
    edit_facts(lambda d: d["resolutions"].clear())
    capsys.readouterr()
    assert cli("check", "--format", "markdown") == 1
    out = capsys.readouterr().out
    assert out.startswith("### Facts check") and "| New proposals not yet in facts/ | 1 |" in out


def test_confirmed_fact_read_differently_is_information_not_failure(project, capsys):
    cli("run")
    edit_facts(lambda d: d["resolutions"][0].update(status="confirmed", kind="Nghị quyết HĐND"))
    cli("run")
    capsys.readouterr()
    assert cli("check") == 0
    assert "Confirmed facts the rules now read differently" in capsys.readouterr().out


def test_broken_facts_file_is_reported_not_raised(project, capsys):
    cli("run")
    FACTS.write_text("document: [\n", encoding="utf-8")
    assert cli("check") == 1
    assert "facts/bai_viet.yaml:" in capsys.readouterr().out


def test_the_report_is_the_same_in_several_processes(project, capsys):
    """Items come in seed order whatever ``--jobs`` says: a missing file, a broken one, moved proposals."""
    for name in ("a_truoc", "z_sau"):
        Path("seeds", f"{name}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    cli("run")
    Path("facts/a_truoc.yaml").unlink()
    Path("facts/z_sau.yaml").write_text("document: [\n", encoding="utf-8")
    edit_facts(lambda d: d["resolutions"].clear())
    capsys.readouterr()
    assert cli("check", "--format", "json") == 1
    one = capsys.readouterr().out
    assert cli("check", "--format", "json", "--jobs", "2") == 1
    assert capsys.readouterr().out == one
    sections = [item["section"] for item in json.loads(one)["items"]]
    assert sections[0] == "missing" and "added" in sections and sections[-1] == "errors"
