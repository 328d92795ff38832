"""Static HTML review pages: each seed's text with every fact highlighted where it was read.

One page per document shows the seed text exactly as stored, each fact's
evidence span wrapped in a ``<mark>`` coloured by kind and status, and the
structured records beside it, linked both ways by anchors.  An index page lists
the documents with their counts by status.  Plain HTML and CSS: no server, no
JavaScript, opens from disk.

Spans may overlap.  Marks nest where they can; where two spans cross, the inner
one is closed and reopened around the outer one's end, so that every character
of every fact's span sits inside exactly one element of that fact.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote as url_quote

from schema import KINDS, STATUSES, Document, FactsFile

from . import store
from .text import InputError, read_seed

KIND_NAMES = {"meetings": "meeting", "officials": "official", "resolutions": "document cited",
              "figures": "figure"}
_SAFE_ANCHOR = re.compile(r"[A-Za-z0-9_.:-]+")


def esc(value) -> str:
    return html.escape(str(value), quote=True)


# --- highlighting ---------------------------------------------------------------------

@dataclass
class Mark:
    """A span of the text to wrap: a fact's evidence, or page furniture outside the article."""

    start: int
    end: int
    tag: str  # "mark" for a fact, "span" for furniture
    attrs: dict[str, str]
    first_attrs: dict[str, str] | None = None  # extra attributes of the first piece (its id)
    lead: str = ""  # HTML placed right after the first piece opens (an empty link)


def highlight(text: str, marks: list[Mark]) -> str:
    """``text`` as HTML with each mark wrapped; crossing marks are split, never doubled."""
    order = sorted(range(len(marks)), key=lambda i: (marks[i].start, -marks[i].end, i))
    cuts = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    starting: dict[int, list[int]] = {}
    for i in order:
        starting.setdefault(marks[i].start, []).append(i)
    opened: set[int] = set()
    stack: list[int] = []
    out: list[str] = []

    def open_(i: int) -> None:
        mark = marks[i]
        attrs = dict(mark.attrs)
        if i not in opened and mark.first_attrs:
            attrs.update(mark.first_attrs)
        out.append(f"<{mark.tag}" + "".join(f' {k}="{esc(v)}"' for k, v in attrs.items()) + ">")
        if i not in opened:
            out.append(mark.lead)
            opened.add(i)

    for position, cut in enumerate(cuts):
        ending = [depth for depth, i in enumerate(stack) if marks[i].end == cut]
        if ending:
            reopen = [i for i in stack[ending[0]:] if marks[i].end != cut]
            for i in reversed(stack[ending[0]:]):
                out.append(f"</{marks[i].tag}>")
            del stack[ending[0]:]
            for i in reopen:
                open_(i)
                stack.append(i)
        for i in starting.get(cut, []):
            open_(i)
            if marks[i].end == cut:
                out.append(f"</{marks[i].tag}>")
            else:
                stack.append(i)
        if position + 1 < len(cuts):
            out.append(esc(text[cut:cuts[position + 1]]))
    return "".join(out)


# --- one document ---------------------------------------------------------------------

def anchors(facts: FactsFile) -> dict[tuple[str, int], str]:
    """A unique HTML id per fact: its own id when it is a safe name, else kind and index."""
    result, taken = {}, set()
    for kind in KINDS:
        for index, fact in enumerate(getattr(facts, kind)):
            key = fact.id if fact.id and _SAFE_ANCHOR.fullmatch(fact.id) else f"{kind}-{index}"
            while key in taken:
                key += "_"
            taken.add(key)
            result[kind, index] = key
    return result


def label(kind: str, fact) -> str:
    """A few words that say what a fact is, for the list of records and tooltips."""
    if kind == "meetings":
        parts = [fact.date or fact.date_text, fact.name or fact.kind]
    elif kind == "officials":
        parts = [fact.name, fact.roles[0].title if fact.roles else None]
    elif kind == "resolutions":
        parts = [fact.kind, fact.number]
    else:
        parts = [fact.surface + (f" {fact.unit}" if fact.unit else ""), fact.about]
    words = " · ".join(p for p in parts if p)
    return words or (fact.evidence.quote if fact.evidence else "")


def evidence_problem(text: str, fact) -> str | None:
    """Why a fact's evidence cannot be trusted against this text, or None."""
    ev = fact.evidence
    if ev is None:
        return "no evidence"
    if ev.end > len(text):
        return f"evidence {ev.start}–{ev.end} lies beyond the end of the seed ({len(text)} characters)"
    if text[ev.start:ev.end] != ev.quote:
        return "the quote is not the seed text at these offsets (seed changed?)"
    return None


def fact_marks(text: str, facts: FactsFile, keys: dict) -> list[Mark]:
    marks = []
    for kind in KINDS:
        for index, fact in enumerate(getattr(facts, kind)):
            ev = fact.evidence
            if ev is None or ev.end > len(text):
                continue
            key = keys[kind, index]
            tip = f"{KIND_NAMES[kind]} {fact.id or ''} ({fact.status}): {label(kind, fact)}"
            marks.append(Mark(
                ev.start, ev.end, "mark",
                {"class": f"fact k-{kind} s-{fact.status}", "data-fact": key, "title": tip},
                first_attrs={"id": f"ev-{key}"},
                lead=f'<a class="jump" href="#rec-{esc(key)}" aria-label="record {esc(key)}"></a>'))
    return marks


def furniture_marks(text: str, document: Document) -> list[Mark]:
    """Dim what lies outside the article (menus, footers) without hiding it."""
    if document.article is None:
        return []
    start, end = min(document.article.start, len(text)), min(document.article.end, len(text))
    spans = [(0, start), (end, len(text))]
    return [Mark(a, b, "span", {"class": "outside"}) for a, b in spans if b > a]


def _value_html(value) -> str:
    """Any record value as HTML: tables for records, lists for lists, escaped words."""
    if isinstance(value, dict):
        rows = "".join(f"<tr><th>{esc(k)}</th><td>{_value_html(v)}</td></tr>" for k, v in value.items())
        return f"<table>{rows}</table>"
    if isinstance(value, list):
        if not value:
            return '<span class="empty">—</span>'
        return "<ol>" + "".join(f"<li>{_value_html(v)}</li>" for v in value) + "</ol>"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return esc(value)


def record_html(kind: str, fact, key: str, problem: str | None) -> str:
    data = fact.model_dump(mode="json", exclude_none=True)
    ev = data.pop("evidence", None)
    where = (f'<a href="#ev-{esc(key)}">{ev["start"]}–{ev["end"]}</a> “{esc(ev["quote"])}”'
             if ev else "no evidence")
    warn = f'<p class="problem">⚠ {esc(problem)}</p>' if problem else ""
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{_value_html(v)}</td></tr>" for k, v in data.items())
    return (f'<details class="record k-{kind} s-{esc(fact.status)}" id="rec-{esc(key)}">'
            f'<summary><span class="status">{esc(fact.status)}</span> {esc(label(kind, fact))}</summary>'
            f'{warn}<p class="where">{where}</p><table>{rows}</table></details>')


def counts(facts: FactsFile) -> dict[str, int]:
    tally = {status: 0 for status in STATUSES}
    for _, fact in facts.facts():
        tally[fact.status] += 1
    return tally


def document_page(facts: FactsFile, text: str, seed_sha256: str | None = None) -> str:
    """The review page of one document."""
    doc = facts.document
    keys = anchors(facts)
    marks = furniture_marks(text, doc) + fact_marks(text, facts, keys)
    warnings = []
    if seed_sha256 and seed_sha256 != doc.sha256:
        warnings.append("The seed has changed since this facts file was written; offsets may be wrong.")
    sections = []
    for kind in KINDS:
        records = getattr(facts, kind)
        items = "".join(record_html(kind, fact, keys[kind, i], evidence_problem(text, fact))
                        for i, fact in enumerate(records))
        sections.append(f'<section class="kind"><h2 class="k-{kind}">{esc(kind)} ({len(records)})</h2>{items}</section>')
    tally = counts(facts)
    summary = " · ".join(f'<span class="s-{s}">{n} {s}</span>' for s, n in tally.items())
    reading = "title and date confirmed" if doc.status == "confirmed" else "title and date not reviewed"
    meta = " · ".join(esc(v) for v in (doc.id, doc.published, doc.source, reading) if v)
    notes = "".join(f'<p class="problem">⚠ {esc(w)}</p>' for w in warnings)
    return _page(doc.title or doc.id, f"""
<header>
<p><a href="index.html">← all documents</a></p>
<h1>{esc(doc.title or doc.id)}</h1>
<p class="meta">{meta}</p>
<p class="meta">{summary}</p>
{LEGEND}{notes}
</header>
<main>
<section class="text"><div class="seed" id="seed-text">{highlight(text, marks)}</div></section>
<aside class="records">{"".join(sections)}</aside>
</main>""")


# --- the index and the folder ---------------------------------------------------------

def page_name(doc_id: str) -> str:
    return f"{doc_id}.html"


def index_page(files: dict[str, FactsFile]) -> str:
    head = "".join(f"<th>{esc(s)}</th>" for s in STATUSES) + "".join(f"<th>{esc(k)}</th>" for k in KINDS)
    rows = []
    totals = dict.fromkeys((*STATUSES, *KINDS), 0)
    for doc_id, facts in files.items():
        tally = counts(facts) | {kind: len(getattr(facts, kind)) for kind in KINDS}
        for name, n in tally.items():
            totals[name] += n
        cells = "".join(f'<td class="n">{tally[c]}</td>' for c in totals)
        link = f'<a href="{esc(url_quote(page_name(doc_id)))}">{esc(doc_id)}</a>'
        rows.append(f"<tr><td>{link}</td><td>{esc(facts.document.title or '')}</td>"
                    f"<td>{esc(facts.document.published_date or '')}</td>{cells}</tr>")
    total_cells = "".join(f'<td class="n">{n}</td>' for n in totals.values())
    return _page("Facts to review", f"""
<header><h1>Facts to review</h1><p class="meta">{len(files)} documents</p>{LEGEND}</header>
<table class="index">
<thead><tr><th>document</th><th>title</th><th>published</th>{head}</tr></thead>
<tbody>{"".join(rows)}</tbody>
<tfoot><tr><th colspan="3">total</th>{total_cells}</tr></tfoot>
</table>""")


def seed_path(doc: Document, seeds_dir: Path | None) -> Path | None:
    """The seed of a document: ``<seeds_dir>/<id>.*`` when a folder is given, else its source."""
    if seeds_dir is None:
        return Path(doc.source)
    found = sorted(p for p in seeds_dir.glob("*") if p.is_file() and p.stem == doc.id)
    return found[0] if found else None


def build(files: dict[str, FactsFile], seeds_dir: Path | None = None) -> dict[str, str]:
    """File name → HTML for every page; ``store.FactsError`` when a seed is missing or unreadable."""
    pages, problems = {}, []
    for doc_id, facts in files.items():
        path = seed_path(facts.document, seeds_dir)
        if path is None:
            problems.append(f"{seeds_dir}: no seed named {doc_id}.* for document {doc_id}")
            continue
        try:
            seed = read_seed(path)
        except InputError as error:
            problems.append(f"{error} (the seed of document {doc_id})")
            continue
        pages[page_name(doc_id)] = document_page(facts, seed.text.source, seed.sha256)
    if problems:
        raise store.FactsError(problems)
    pages["index.html"] = index_page(files)
    return pages


def write(out: Path, pages: dict[str, str]) -> tuple[int, int]:
    """Write every page, all together: (files that changed, stale pages removed).

    A page this command wrote earlier for a document that is gone is removed, so the
    folder never shows facts that no longer exist; other files are left alone."""
    with store.AtomicBatch() as batch:
        written = sum(batch.write(out / name, text) for name, text in pages.items())
        stale = [path for path in sorted(out.glob("*.html")) if path.name not in pages and _written_here(path)]
        for path in stale:
            batch.remove(path)
    return written, len(stale)


def _written_here(path: Path) -> bool:
    """Whether ``path`` is a page of this command (it carries ``GENERATOR`` near its top)."""
    try:
        with path.open("rb") as page:
            return GENERATOR.encode("utf-8") in page.read(1024)
    except OSError:
        return False


GENERATOR = '<meta name="generator" content="health-facts review-html">'


def _page(title: str, body: str) -> str:
    return (f'<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{GENERATOR}\n'
            f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>{body}\n</body>\n</html>\n")


LEGEND = ('<p class="legend">'
          + " ".join(f'<mark class="fact k-{k} s-new">{esc(KIND_NAMES[k])}</mark>' for k in KINDS)
          + ' — <mark class="fact k-figures s-new">new</mark> dashed, '
            '<mark class="fact k-figures s-confirmed">confirmed</mark> solid, '
            '<mark class="fact k-figures s-rejected">rejected</mark> struck through; '
            '<span class="outside">grey</span>: outside the article</p>')

CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 1.5rem; color: #222; }
header { border-bottom: 1px solid #ccc; }
h1 { font-size: 1.3rem; margin: .5rem 0; }
.meta, .legend { color: #555; margin: .25rem 0; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
.seed { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; }
.records { max-height: 100vh; overflow-y: auto; position: sticky; top: 0; }
.outside { color: #999; }
mark.fact { color: inherit; padding: 1px 0; border-bottom: 2px dashed; box-decoration-break: clone;
            -webkit-box-decoration-break: clone; }
mark.fact mark.fact { padding: 2px 0; }
.k-meetings { background: #dbe9ff; border-color: #2a64c5 !important; }
.k-officials { background: #dcf5dc; border-color: #2e8b2e !important; }
.k-resolutions { background: #ffe6c7; border-color: #c77400 !important; }
.k-figures { background: #efdcff; border-color: #7b3fb5 !important; }
mark.s-confirmed { border-bottom-style: solid; border-bottom-width: 3px; }
mark.s-rejected { background: #eee; text-decoration: line-through; border-bottom-style: dotted; }
mark:target, details:target { outline: 3px solid #f0b400; }
a.jump { text-decoration: none; }
a.jump::before { content: "▸"; font-size: .7em; vertical-align: super; color: #555; }
details.record { border-left: 4px solid; margin: .4rem 0; padding: .2rem .5rem; background: #fafafa; }
details.record.s-rejected summary { text-decoration: line-through; color: #777; }
.status { font-size: .8em; text-transform: uppercase; color: #555; }
.s-confirmed .status { color: #1a7f1a; font-weight: bold; }
table { border-collapse: collapse; font-size: .9em; }
th, td { text-align: left; vertical-align: top; padding: 1px 6px; border-bottom: 1px solid #eee; }
td.n { text-align: right; }
ol { margin: 0; padding-left: 1.2rem; }
.problem { color: #a00; }
.empty { color: #aaa; }
"""
