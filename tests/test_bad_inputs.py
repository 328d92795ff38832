"""Bad and unusual inputs through the command line.

A file that cannot be used gives a non-zero exit, one clear stderr line naming it,
no traceback, and nothing written.  A file that is merely unusual (NFD, Windows-1258,
a BOM, CRLF, one 5 MB line, a name with spaces or Vietnamese letters) gives the same
facts as its plain UTF-8 twin, with every evidence quote equal to the source slice.
"""
from __future__ import annotations

import json
import signal
import unicodedata
from contextlib import contextmanager
from pathlib import Path

import pytest

from extract import meetings
from extract.pipeline import extract_text
from extract.text import Text, read_seed
from tests.conftest import SEEDS, cli, cp1258, evidences, without_places

# Written for these tests in the shape of a provincial health news page.
ARTICLE = """Hội nghị tổng kết công tác y tế năm 2023 của tỉnh

08:15 31/01/2024

Sáng 30/1, Sở Y tế tổ chức Hội nghị tổng kết công tác y tế năm 2023. Đồng chí Nguyễn Thị Hoà, Phó Chủ tịch Uỷ ban nhân dân tỉnh dự và chỉ đạo Hội nghị.

Năm 2023, toàn ngành khám cho 3.787 lượt người; công suất sử dụng giường bệnh đạt 103,76%. Hội đồng nhân dân tỉnh thông qua Nghị quyết số 12/2023/NQ-HĐND về đãi ngộ nhân lực y tế; Sở Y tế ban hành Kế hoạch số 253/KH-SYT.

Phát biểu tại Hội nghị, Giám đốc Sở Y tế Trần Văn Đức đề nghị các đơn vị tiếp tục nâng cao chất lượng khám, chữa bệnh.

Minh Thư

Tin khác
"""


def show(path: str, capsys) -> dict:
    assert cli("show", path, "--format", "json") == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def facts_only(data: dict) -> dict:
    return without_places({k: v for k, v in data.items() if k != "document"})


@contextmanager
def time_limit(seconds: float):
    """Fail, rather than hang the suite, when the body takes longer than ``seconds``."""
    def expired(signum, frame):
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- files that cannot be used: refused, one line, nothing written -----------------

REFUSED = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\r\n\t\n", "empty"),
    ("nul.txt", b"PK\x03\x04\x00\x00binary\x00zip", "binary"),
    ("image.txt", bytes(range(256)) * 40, "binary"),
    ("latin.txt", "Hội nghị".encode("utf-8") + b"\x81\x8d\x8e\x8f\x90" * 10, "neither UTF-8 nor Windows-1258"),
    ("utf16.txt", ARTICLE.encode("utf-16"), "binary"),
]


def refused(capsys, name: str, message: str, *argv: str) -> list[str]:
    code = cli(*argv)
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    naming = [line for line in lines if name in line]
    assert len(naming) == 1, lines
    assert message in naming[0]
    return lines


@pytest.mark.parametrize("name, data, message", REFUSED)
def test_show_refuses_unusable_seed(project, capsys, name, data, message):
    Path(name).write_bytes(data)
    lines = refused(capsys, name, message, "show", "seeds/bai_viet.txt", name)
    assert len(lines) == 1
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("name, data, message", REFUSED)
def test_run_refuses_unusable_seed_and_writes_nothing(project, capsys, name, data, message):
    Path("seeds", name).write_bytes(data)
    lines = refused(capsys, name, message, "run")
    assert len(lines) == 1
    assert not Path("facts").exists()


YAML_ATTACKS = [
    'document: !!python/object/apply:os.system ["touch pwned"]\n',
    '!!python/object/apply:os.system ["touch pwned"]\n',
    "document:\n  id: x\n  source: !!python/object/apply:subprocess.call [[touch, pwned]]\n",
    "meetings: !!python/object/new:os.system [touch pwned]\n",
]


@pytest.mark.parametrize("content", YAML_ATTACKS)
def test_facts_file_with_python_tag_is_refused_never_executed(project, capsys, content):
    Path("seeds/khac.txt").write_text(ARTICLE, encoding="utf-8")
    Path("facts").mkdir()
    Path("facts/bai_viet.yaml").write_text(content, encoding="utf-8")
    lines = refused(capsys, "facts/bai_viet.yaml", "", "run")
    assert all(line.startswith("error: ") for line in lines)
    assert not Path("pwned").exists()
    assert sorted(p.name for p in Path("facts").iterdir()) == ["bai_viet.yaml"]  # khac.yaml not written
    assert Path("facts/bai_viet.yaml").read_text(encoding="utf-8") == content
    assert len(refused(capsys, "facts/bai_viet.yaml", "", "validate")) == 1
    assert not Path("pwned").exists()


def _alias_bomb(levels: int) -> str:
    """A few hundred bytes of YAML whose aliases stand for 10**levels nodes."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


HOSTILE_YAML = [
    _alias_bomb(9),
    "&a [*a]\n",
    "document: &d {id: x, source: *d, sha256: abc}\n",
    "document: " + "[" * 5000 + "]" * 5000 + "\n",
    "document:\n  id: x\n  id: y\n",
    "\ufeffdocument: [\n",
]


@pytest.mark.parametrize("content", HOSTILE_YAML)
def test_hostile_facts_files_are_refused_quickly_and_run_writes_nothing(project, capsys, content):
    Path("seeds/khac.txt").write_text(ARTICLE, encoding="utf-8")
    Path("facts").mkdir()
    Path("facts/bai_viet.yaml").write_text(content, encoding="utf-8")
    for argv in (("validate",), ("run",), ("check",)):
        with time_limit(5):
            code = cli(*argv)
        err = capsys.readouterr()
        assert code != 0 and "Traceback" not in err.err + err.out
        problems = [line for line in (err.err + err.out).splitlines() if "facts/bai_viet.yaml" in line]
        assert problems, err
    assert sorted(p.name for p in Path("facts").iterdir()) == ["bai_viet.yaml"]


# --- unusual but valid files: the same facts as plain UTF-8 NFC ---------------------

VARIANTS = [
    ("nfd", lambda text: unicodedata.normalize("NFD", text).encode("utf-8"), "utf-8"),
    ("cp1258", cp1258, "windows-1258"),
    ("bom", lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8"),
    ("crlf", lambda text: text.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ("nbsp-zwsp", lambda text: text.replace(", ", ",\u00a0").replace("Hội", "\u200bHội").encode("utf-8"), "utf-8"),
    ("old-tones-nfd-crlf", lambda text: unicodedata.normalize("NFD", text.replace("\n", "\r\n")).encode("utf-8"), "utf-8"),
]


@pytest.mark.parametrize("label, encode, encoding", VARIANTS)
def test_unusual_encodings_give_the_same_facts(project, capsys, label, encode, encoding):
    Path("plain.txt").write_text(ARTICLE, encoding="utf-8")
    Path(f"{label}.txt").write_bytes(encode(ARTICLE))
    plain = show("plain.txt", capsys)
    variant = show(f"{label}.txt", capsys)
    assert variant["document"]["encoding"] == encoding
    assert plain["officials"] or plain["resolutions"] or plain["figures"], "the article should yield facts"
    assert facts_only(variant) == facts_only(plain)
    source = read_seed(Path(f"{label}.txt")).text.source
    for evidence in evidences(variant):
        assert source[evidence["start"]:evidence["end"]] == evidence["quote"]


# Real-shaped articles that once crashed an extractor; each must give facts or none, never a traceback.
SURVIVES = [
    pytest.param("Sở Y tế tổ chức hội nghị giao ban\n\n08:15 03/03/2026\n\n"
                 "Sáng 29/2, Sở Y tế tổ chức hội nghị giao ban công tác tháng 2.\n",
                 id="29/2 near a non-leap year"),
    pytest.param("Hội nghị\n\n31/12/2024\n\nSáng 31/12, hội nghị tổng kết; ngày 30/2 và 31/4 không có.\n",
                 id="impossible days"),
    pytest.param(" date 2022-05-76 Chiều 26-2, Đại hội bế mạc.\n", id="a dateline label with day 76"),
    pytest.param("Thực hiện Nghị  quyết số 10/2023/NQ-HĐND và Công  văn số 12/SYT-NVY của Sở Y tế tỉnh Quảng  Ninh, "
                 "ngày 12/3 Sở Y tế thành phố Hải  Phòng làm việc với Phó Chủ tịch UBND thành phố Lê Văn Nam.\n",
                 id="type words and places written with two spaces"),
    # Kawi digits: newer than Python's Unicode tables, so the regex module reads them as digits and int() cannot
    pytest.param("Hội nghị\n\nSáng \U00011f51/3, ngày \U00011f51 tháng 3 năm 2024, tổng kết năm 202\U00011f51 "
                 "và quý I/202\U00011f51; đạt \U00011f51,5%.\n", id="digits Python cannot read"),
    pytest.param("Hội nghị\n\nCó 5/1234.567.890 người được khám.\n", id="a total grouped in no known way"),
]


def test_every_space_doubled_gives_the_same_people():
    """Pages double spaces anywhere; word lists are matched whatever the spacing."""
    for path in sorted(SEEDS.iterdir()):
        text = path.read_text(encoding="utf-8")
        single = extract_text("x", Text.of(text))[1]
        double = extract_text("x", Text.of(text.replace(" ", "  ")))[1]
        assert [o.name for o in double["officials"]] == [o.name for o in single["officials"]], path.name
        assert [m.date for m in double["meetings"]] == [m.date for m in single["meetings"]], path.name


@pytest.mark.parametrize("text", SURVIVES)
def test_real_shaped_articles_do_not_crash(project, capsys, text):
    Path("doc.txt").write_text(text, encoding="utf-8")
    data = show("doc.txt", capsys)
    for evidence in evidences(data):
        assert text[evidence["start"]:evidence["end"]] == evidence["quote"]


@pytest.mark.parametrize("stem", ["bài viết số 1", "Sở Y tế Hải Phòng", "tin tức  hai dấu cách", "ĐẮK LẮK"])
def test_seed_names_with_spaces_or_vietnamese_letters(project, capsys, stem):
    Path("seeds/bai_viet.txt").rename(Path("seeds", f"{stem}.txt"))
    assert cli("run") == 0, capsys.readouterr().err
    written = Path("facts", f"{stem}.yaml")
    assert sorted(Path("facts").iterdir()) == [written]
    data = show(str(Path("seeds", f"{stem}.txt")), capsys)
    assert data["document"]["id"] == stem
    assert cli("check") == 0, capsys.readouterr().out
    assert cli("validate", str(written)) == 0


def test_a_5_mb_single_line_works(project, capsys):
    """No paragraph or line breaks to bound the look-arounds: every step must stay linear.
    The guard only stops a regression from hanging the suite; speed is the benchmark's."""
    paragraph = " ".join(line.strip() for line in ARTICLE.splitlines()[4:7] if line.strip())
    line = (paragraph + " ") * (5_000_000 // len(paragraph.encode("utf-8")) + 1)
    Path("long.txt").write_text(line.rstrip(), encoding="utf-8")
    assert Path("long.txt").stat().st_size >= 5_000_000
    with time_limit(120):
        data = show("long.txt", capsys)
    assert data["document"]["id"] == "long"
    assert data["figures"] and data["resolutions"] and data["officials"]
    source = read_seed(Path("long.txt")).text.source
    for evidence in evidences(data):
        assert source[evidence["start"]:evidence["end"]] == evidence["quote"]


def test_a_rule_failing_on_one_document_is_one_line_naming_it(project, capsys, monkeypatch):
    """A defect in a rule met on one page: run writes nothing, show and check name the file, no traceback."""
    cli("run")
    before = {p.name: p.read_bytes() for p in Path("facts").iterdir()}
    Path("seeds/bai_viet.txt").write_text(Path("seeds/bai_viet.txt").read_text(encoding="utf-8") + "\nThêm.\n",
                                          encoding="utf-8")

    def broken(ctx):
        raise KeyError("hội  nghị")

    monkeypatch.setattr(meetings, "extract", broken)
    capsys.readouterr()
    assert cli("run") == 2
    err = capsys.readouterr().err
    assert "seeds/bai_viet.txt: the rules failed on this document (KeyError" in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in Path("facts").iterdir()} == before
    assert cli("show", "seeds/bai_viet.txt") == 2
    assert "seeds/bai_viet.txt: the rules failed" in capsys.readouterr().err
    assert cli("check") == 1
    assert "the rules failed on this document" in capsys.readouterr().out
