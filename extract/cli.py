"""The command line: ``python -m extract`` or ``health-facts``.

A user's mistake (a missing file, undecodable bytes, a broken facts file) is
one clear line per problem on stderr, naming the file, and a non-zero exit;
never a traceback, and nothing is written.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import store
from .parallel import ordered_map
from .pipeline import extract_seed
from .review import merge
from .text import InputError, read_seed, read_source

EXIT_PROBLEM = 2

EPILOG = """\
commands:
  run        extract seeds into facts/<seed stem>.yaml, keeping every review decision
             e.g.  python -m extract run              (all of seeds/)
                   python -m extract run seeds/000_2bcae9544ab694da.txt
  show       extract and print, writing nothing
             e.g.  python -m extract show seeds/*.txt --format jsonl
  check      exit 1 unless facts/ holds what run would write and confirmed facts still stand
             e.g.  python -m extract check --format markdown
  validate   check facts files by hand-edit rules only (YAML, keys, types, statuses, ids)
             e.g.  python -m extract validate facts/*.yaml
  schema     regenerate schema/facts.schema.json from schema.py (editors validate with it)
             e.g.  python -m extract schema --check
  export     confirmed facts as JSON Lines, CSV tables or an SQLite database
             e.g.  python -m extract export --format sqlite --out facts.db --include-new
  review-html  static pages: each seed's text with its facts highlighted, and an index
             e.g.  python -m extract review-html --out review/
"""


class UserError(Exception):
    """Problems to print one per line, then exit non-zero."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def list_seeds(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise UserError([f"{folder}: no such folder of seeds"])
    seeds = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    stems: dict[str, Path] = {}
    problems = []
    for path in seeds:
        if path.stem in stems:
            problems.append(f"{path}: same stem as {stems[path.stem]}; facts files are named by stem")
        stems[path.stem] = path
    if problems:
        raise UserError(problems)
    return seeds


def _seed_paths(args) -> list[Path]:
    return [Path(p) for p in args.seeds] if args.seeds else list_seeds(Path(args.seeds_dir))


def _seed_problems(path: Path) -> list[str]:
    try:
        read_source(path)
    except InputError as error:
        return [str(error)]
    return []


def _check_all(paths: list[Path], jobs: int) -> None:
    """Every seed must decode before anything is printed or written; none is kept in memory."""
    problems = [p for found in ordered_map(_seed_problems, paths, jobs) for p in found]
    if problems:
        raise UserError(problems)


def _show_one(job: tuple[Path, str]) -> str:
    path, fmt = job
    facts = extract_seed(read_seed(path))
    if fmt == "jsonl":
        return store.to_json(facts) + "\n"
    if fmt == "json":
        return facts.model_dump_json(indent=2, exclude_none=True) + "\n"
    return store.dump(facts)


def cmd_show(args) -> int:
    paths = [Path(p) for p in args.files]
    _check_all(paths, args.jobs)
    out = sys.stdout
    for text in ordered_map(_show_one, [(path, args.format) for path in paths], args.jobs):
        out.write(text)
    return 0


def _run_one(job: tuple[Path, Path]) -> tuple[list[str], str | None]:
    """(problems of the facts file, the text run writes): one seed merged into its facts file."""
    path, target = job
    try:
        existing = store.load(target) if target.exists() else None
        proposed = extract_seed(read_seed(path), reviewed=existing.document if existing else None)
    except store.FactsError as error:
        return error.problems, None
    except InputError as error:
        return [str(error)], None
    return [], store.dump(merge(existing, proposed).facts)


def cmd_run(args) -> int:
    facts_dir = Path(args.facts)
    paths = _seed_paths(args)
    _check_all(paths, args.jobs)
    jobs = [(path, facts_dir / f"{path.stem}.yaml") for path in paths]
    problems, written = [], 0
    # Every facts file must load before anything is written: files are staged and
    # put in place together at the end, or not at all.
    with store.AtomicBatch() as batch:
        for (_, target), (found, text) in zip(jobs, ordered_map(_run_one, jobs, args.jobs), strict=True):
            problems += found
            if not problems:
                written += batch.write(target, text)
        if problems:
            batch.discard()
            raise UserError(problems + ["nothing was written; fix the files above (`validate` checks facts files)"])
    print(f"{len(paths)} seeds, {written} facts files written, {len(paths) - written} unchanged", file=sys.stderr)
    return 0


def cmd_validate(args) -> int:
    files = [Path(p) for p in args.files] or sorted(Path(args.facts).glob("*.yaml"))
    problems = []
    for path in files:
        try:
            store.load(path)
        except store.FactsError as error:
            problems += error.problems
    if problems:
        raise UserError(problems)
    print(f"{len(files)} facts files valid", file=sys.stderr)
    return 0


def cmd_check(args) -> int:
    from .check import check

    report = check(_seed_paths(args), Path(args.facts), args.jobs)
    sys.stdout.write(getattr(report, args.format)())
    return 1 if report.failed else 0


def cmd_schema(args) -> int:
    from . import jsonschema

    path = Path(args.out)
    if args.check:
        if jsonschema.is_current(path):
            return 0
        print(f"{path}: stale; regenerate with `python -m extract schema`", file=sys.stderr)
        return 1
    written = jsonschema.write(path)
    print(f"{path}: {'written' if written else 'unchanged'}", file=sys.stderr)
    return 0


def cmd_export(args) -> int:
    from .export import export

    try:
        count = export(Path(args.facts), args.format, Path(args.out) if args.out else None,
                       include_new=args.include_new, stdout=sys.stdout)
    except ValueError as error:
        raise UserError([str(error)]) from None
    except store.FactsError as error:
        raise UserError(error.problems + ["nothing was written; fix the facts files above (see `validate`)"]) from None
    statuses = "confirmed and new" if args.include_new else "confirmed"
    print(f"{count} {statuses} facts exported as {args.format}" + (f" to {args.out}" if args.out else ""),
          file=sys.stderr)
    return 0


def cmd_review_html(args) -> int:
    from . import review_html
    from .export import load_facts

    try:
        pages = review_html.build(load_facts(Path(args.facts)), Path(args.seeds_dir) if args.seeds_dir else None)
    except store.FactsError as error:
        raise UserError(error.problems + ["nothing was written"]) from None
    written, removed = review_html.write(Path(args.out), pages)
    gone = f", {removed} of removed documents deleted" if removed else ""
    print(f"{len(pages)} pages in {args.out} ({written} written{gone}); open {Path(args.out) / 'index.html'}",
          file=sys.stderr)
    return 0


def _job_count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, got {value!r}")
    return int(value)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m extract",
        description="Turn Vietnamese public-sector health news into a reviewed dataset of facts.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name, func, help_text, example):
        p = sub.add_parser(name, help=help_text, description=f"{help_text}\n\nexample:\n  {example}",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        return p

    def folders(p, seeds=True):
        if seeds:
            p.add_argument("--seeds-dir", default="seeds", help="folder of source documents (default: seeds)")
        p.add_argument("--facts", default="facts", help="folder of facts files (default: facts)")

    def jobs(p):
        p.add_argument("--jobs", type=_job_count, default=1, metavar="N",
                       help="extract in N processes (0: one per CPU; default 1); output order is the same")

    p = command("run", cmd_run, "extract seeds into facts/<seed stem>.yaml, keeping review decisions",
                "python -m extract run            # every file in seeds/")
    p.add_argument("seeds", nargs="*", metavar="SEED", help="seed files (default: every file in --seeds-dir)")
    folders(p)
    jobs(p)

    p = command("show", cmd_show, "extract and print facts, writing nothing",
                "python -m extract show seeds/000_2bcae9544ab694da.txt --format jsonl")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("yaml", "json", "jsonl"), default="yaml",
                   help="yaml (default), json, or jsonl: one JSON object per file on one line")
    jobs(p)

    p = command("check", cmd_check, "exit 1 unless facts/ is what run would write and confirmed facts still stand",
                "python -m extract check --format markdown > report.md")
    p.add_argument("seeds", nargs="*", metavar="SEED", help="seed files (default: every file in --seeds-dir)")
    p.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    folders(p)
    jobs(p)

    p = command("validate", cmd_validate, "report every problem in hand-edited facts files as file:line: message",
                "python -m extract validate facts/000_2bcae9544ab694da.yaml")
    p.add_argument("files", nargs="*", metavar="FILE", help="facts files (default: every file in --facts)")
    folders(p, seeds=False)

    p = command("schema", cmd_schema, "regenerate the JSON Schema of facts files from schema.py",
                "python -m extract schema          # writes schema/facts.schema.json")
    p.add_argument("--out", default="schema/facts.schema.json", help="where to write (default: %(default)s)")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 when the file is stale")

    p = command("export", cmd_export, "export confirmed facts as JSON Lines, CSV tables or SQLite",
                "python -m extract export --format csv --out export/")
    p.add_argument("--format", choices=("jsonl", "csv", "sqlite"), default="jsonl",
                   help="jsonl (default; one fact per line), csv (a folder of tables), sqlite (one .db file)")
    p.add_argument("--out", help="file (jsonl, sqlite) or folder (csv); jsonl goes to stdout without it")
    p.add_argument("--include-new", action="store_true", help="also export unreviewed (new) facts; rejected never")
    folders(p, seeds=False)

    p = command("review-html", cmd_review_html, "write static review pages: seed text with facts highlighted",
                "python -m extract review-html --out review/   # then open review/index.html")
    p.add_argument("--out", required=True, help="folder for the pages")
    p.add_argument("--seeds-dir", help="find each seed as <folder>/<document id>.* (default: document.source)")
    folders(p, seeds=False)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except UserError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_PROBLEM
    except InputError as error:  # show: the rules failed on one document
        print(f"error: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
