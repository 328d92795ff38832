"""HTML review pages: the seed text intact, every fact's span highlighted exactly once."""
from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extract.review_html import Mark, highlight
from schema import Document, Evidence, FactsFile, Figure, Official
from tests.conftest import cli
from tests.test_export import TEXT, ev, sample, write_folder


class SeedText(HTMLParser):
    """Text inside ``#seed-text`` and, per ``data-fact``, the text offsets its elements cover."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 inside the container
        self.open: list[str | None] = []
        self.text: list[str] = []
        self.size = 0
        self.covered: dict[str, list[int]] = {}
        self.first_pieces: dict[str, int] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth == 0:
            if attrs.get("id") == "seed-text":
                self.depth = 1
            return
        self.depth += 1
        fact = attrs.get("data-fact")
        self.open.append(fact)
        if fact is not None:
            self.covered.setdefault(fact, [])
            if attrs.get("id") == f"ev-{fact}":
                self.first_pieces[fact] = self.first_pieces.get(fact, 0) + 1

    def handle_endtag(self, tag):
        if self.depth == 0:
            return
        self.depth -= 1
        if self.depth:
            self.open.pop()

    def handle_data(self, data):
        if self.depth == 0:
            return
        for fact in self.open:
            if fact is not None:
                self.covered[fact] += range(self.size, self.size + len(data))
        self.text.append(data)
        self.size += len(data)


def parse(page: str) -> SeedText:
    parser = SeedText()
    parser.feed(page)
    parser.close()
    return parser


def assert_each_span_once(page: str, text: str, spans: dict[str, tuple[int, int]]):
    seen = parse(page)
    assert "".join(seen.text) == text
    assert set(seen.covered) == set(spans)
    for fact, (start, end) in spans.items():
        assert seen.covered[fact] == list(range(start, end)), f"{fact} not covered exactly once"
        assert seen.first_pieces[fact] == 1


def wrap(text: str, spans: dict[str, tuple[int, int]]) -> str:
    marks = [Mark(s, e, "mark", {"data-fact": k}, first_attrs={"id": f"ev-{k}"}) for k, (s, e) in spans.items()]
    return f'<div id="seed-text">{highlight(text, marks)}</div>'


@pytest.mark.parametrize("text, spans", [
    ("Sáng 12/3 họp", {"a": (0, 9)}),                                   # one span
    ("Sáng 12/3 họp", {"a": (0, 13), "b": (5, 9)}),                     # nested
    ("Sáng 12/3 họp", {"a": (0, 9), "b": (5, 13)}),                     # crossing
    ("Sáng 12/3 họp", {"a": (0, 9), "b": (0, 9)}),                      # the same span twice
    ("Sáng 12/3 họp", {"a": (0, 5), "b": (5, 9), "c": (9, 13)}),        # touching
    ("Sáng 12/3 họp", {"a": (2, 8), "b": (4, 11), "c": (6, 13), "d": (0, 13)}),  # a staircase
    ("Sáng 12/3 họp", {"a": (5, 5), "b": (0, 13)}),                     # empty evidence
    ("<b>&amp; \"x\" 'y'", {"a": (0, 3), "b": (1, 10)}),                # markup in the text
    ("Hội nghị\r\ntổng kết\u00a0năm", {"a": (4, 12), "b": (10, 21)}),   # CRLF and NBSP kept
])
def test_highlight_keeps_text_and_covers_each_span_once(text, spans):
    assert_each_span_once(wrap(text, spans), text, spans)


def test_highlight_without_marks_is_escaped_text():
    assert highlight("a < b & c", []) == "a &lt; b &amp; c"


# --- pages ------------------------------------------------------------------------------

@pytest.fixture
def review(tmp_path, monkeypatch):
    """A project with two seeds, their facts, and a function that writes the pages."""
    monkeypatch.chdir(tmp_path)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bai_mot.txt").write_text(TEXT, encoding="utf-8")
    odd = "Tin <script>alert(1)</script>\r\nÔng Hoàng Văn Đức, Phó Giám đốc Sở Y tế; đạt 61,4% & hơn"
    (seeds / "bai_hai.txt").write_bytes(odd.encode("utf-8"))
    second = FactsFile(
        document=Document(id="bai_hai", status="confirmed", source="seeds/bai_hai.txt", title="Sở Y tế tỉnh Hà Nam",
                          sha256=hashlib.sha256(odd.encode("utf-8")).hexdigest(), published_date="2024-03-13"),
        officials=[Official(id="off-1", status="new", name="Hoàng Văn Đức",
                            evidence=ev(odd, "Ông Hoàng Văn Đức, Phó Giám đốc Sở Y tế"))],
        figures=[Figure(id="fig-1", status="confirmed", evidence=ev(odd, "61,4%"), value=61.4,
                        surface="61,4", unit="%", note="<i>kiểm tra</i>"),
                 Figure(id="fig-2", status="rejected", evidence=ev(odd, "Phó Giám đốc Sở Y tế; đạt 61"),
                        value=61, surface="61")])
    write_folder(tmp_path / "facts", sample("bai_mot"), second)
    return tmp_path


def spans_of(facts_path: Path) -> dict[str, tuple[int, int]]:
    from extract import store

    facts = store.load(facts_path)
    return {fact.id: (fact.evidence.start, fact.evidence.end) for _, fact in facts.facts()}


@pytest.mark.parametrize("doc", ["bai_mot", "bai_hai"])
def test_page_shows_seed_text_with_every_fact_once(review, doc):
    assert cli("review-html", "--out", "pages") == 0
    page = (review / "pages" / f"{doc}.html").read_bytes().decode("utf-8")
    seed = (review / "seeds" / f"{doc}.txt").read_bytes().decode("utf-8")
    assert_each_span_once(page, seed, spans_of(review / "facts" / f"{doc}.yaml"))


@pytest.mark.parametrize("doc, pattern", [
    ("bai_mot", r'<mark class="fact k-meetings s-confirmed" data-fact="mtg-1"'),
    ("bai_mot", r'<mark class="fact k-resolutions s-new" data-fact="res-1"'),
    ("bai_mot", r'<mark class="fact k-figures s-rejected" data-fact="fig-1"'),
    ("bai_mot", r'<span class="outside">\s*Bản quyền'),
    ("bai_mot", r'<details class="record k-officials s-confirmed" id="rec-off-1">'),
    ("bai_mot", r'<a class="jump" href="#rec-off-1"'),
    ("bai_mot", r'<a href="#ev-off-1">'),
    ("bai_hai", r"&lt;script&gt;alert\(1\)&lt;/script&gt;"),
    ("bai_hai", r"&lt;i&gt;kiểm tra&lt;/i&gt;"),
    # whether a person confirmed the document's title and date
    ("bai_hai", r'<p class="meta">[^<]* · title and date confirmed</p>'),
    ("bai_mot", r'<p class="meta">[^<]* · title and date not reviewed</p>'),
])
def test_page_marks_kind_status_and_links(review, doc, pattern):
    assert cli("review-html", "--out", "pages") == 0
    assert re.search(pattern, (review / "pages" / f"{doc}.html").read_text(encoding="utf-8"))


def test_page_never_carries_raw_markup_from_the_data(review):
    assert cli("review-html", "--out", "pages") == 0
    page = (review / "pages" / "bai_hai.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<i>" not in page


def index_rows(page: str) -> list[list[str]]:
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [[re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", body)]


def test_index_lists_documents_with_counts_by_status(review):
    assert cli("review-html", "--out", "pages") == 0
    page = (review / "pages" / "index.html").read_text(encoding="utf-8")
    #            document   title                  published     new confirmed rejected meet off res fig
    assert index_rows(page) == [
        ["bai_hai", "Sở Y tế tỉnh Hà Nam", "2024-03-13", "1", "1", "1", "0", "1", "0", "2"],
        ["bai_mot", "Sở Y tế tỉnh Hà Nam", "2024-03-13", "1", "3", "1", "1", "1", "1", "2"],
    ]
    assert 'href="bai_hai.html"' in page and 'href="bai_mot.html"' in page


def test_seeds_dir_finds_seeds_by_document_id(review):
    (review / "seeds").rename(review / "elsewhere")
    assert cli("review-html", "--out", "pages", "--seeds-dir", "elsewhere") == 0
    assert (review / "pages" / "bai_mot.html").exists()


def test_missing_seed_writes_nothing(review, capsys):
    (review / "seeds" / "bai_hai.txt").unlink()
    assert cli("review-html", "--out", "pages") == 2
    assert "bai_hai.txt: no such file" in capsys.readouterr().err
    assert not (review / "pages").exists()


def test_changed_seed_and_stale_evidence_are_flagged(review):
    path = review / "seeds" / "bai_mot.txt"
    path.write_text(TEXT.replace("Sáng 12/3", "Sáng 13/3"), encoding="utf-8")  # same length
    assert hashlib.sha256(path.read_bytes()).hexdigest() != hashlib.sha256(TEXT.encode()).hexdigest()
    assert cli("review-html", "--out", "pages") == 0
    page = (review / "pages" / "bai_mot.html").read_text(encoding="utf-8")
    assert "The seed has changed" in page
    assert page.count("the quote is not the seed text") == 1  # only the meeting's quote moved


def test_evidence_beyond_the_seed_is_listed_not_highlighted(review):
    from extract import store

    facts = store.load(review / "facts" / "bai_mot.yaml")
    facts.figures[0].evidence = Evidence(start=5000, end=5004, quote="98,5")
    write_folder(review / "facts", facts)
    assert cli("review-html", "--out", "pages") == 0
    page = (review / "pages" / "bai_mot.html").read_text(encoding="utf-8")
    assert "beyond the end of the seed" in page
    assert "fig-1" not in parse(page).covered


def test_pages_of_removed_documents_go_and_other_files_stay(review, capsys):
    assert cli("review-html", "--out", "pages") == 0
    pages = review / "pages"
    (pages / "notes.html").write_text("<p>a reviewer's own page</p>", encoding="utf-8")
    (review / "facts" / "bai_hai.yaml").unlink()
    assert cli("review-html", "--out", "pages") == 0
    assert "1 of removed documents deleted" in capsys.readouterr().err
    assert sorted(p.name for p in pages.iterdir()) == ["bai_mot.html", "index.html", "notes.html"]
    assert "bai_hai" not in (pages / "index.html").read_text(encoding="utf-8")


def test_a_refused_build_removes_no_page(review):
    assert cli("review-html", "--out", "pages") == 0
    (review / "facts" / "bai_hai.yaml").unlink()
    (review / "seeds" / "bai_mot.txt").unlink()
    assert cli("review-html", "--out", "pages") == 2
    assert (review / "pages" / "bai_hai.html").exists()
