"""Speed and memory benchmark of the command line, run by hand (not part of the tests).

    python benchmarks/bench.py                      # 2,000 and 10,000 documents
    python benchmarks/bench.py --sizes 500 --jobs 2 # quicker; pass --jobs to show, run and check
    python benchmarks/bench.py --profile 300        # cProfile of extraction, top hot spots

For each size it writes a corpus of varied documents made from ``seeds/`` into a
temporary folder, then times ``show --format jsonl``, ``run`` (into an empty
``facts/``), ``run`` again (nothing to change) and ``check`` as subprocesses, and
prints documents/s, MB/s (input bytes over wall time), MB per CPU second (the
figure to trust on a busy machine) and peak resident memory of each.  The corpus is deterministic for a given ``--seed``: names, numbers, dates
and times are replaced and paragraphs borrowed between seeds, so no two documents
are alike and caches keyed on text cannot flatter the figures.  Some documents are
stored in NFD, with CRLF line ends, old tone placement ("hoà") or a BOM, as real
pages are, so the slower normalisation path is measured too.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]

# Goals from the issue, per core: extraction MB/s, run MB/s, check seconds at 10,000.
GOALS = {"show jsonl": 5.0, "run": 2.0}
CHECK_GOAL_SECONDS = 30.0

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Lương", "Trịnh", "Mai", "Cao", "Lâm"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Khắc", "Xuân", "Thu", "Hồng"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hoà", "Hùng", "Hương", "Khánh", "Lan", "Linh",
         "Long", "Mai", "Nam", "Nga", "Phong", "Quang", "Sơn", "Thảo", "Thuỷ", "Trang", "Tuấn", "Yến", "Đông"]
_NAME = regex.compile(r"\b(?:" + "|".join(FAMILY) + r")(?:\s\p{Lu}\p{Ll}+){1,3}\b")
_FULL_DATE = regex.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")
_LONG_DATE = regex.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(\s+năm\s+)(?:19|20)\d\d")
_DAY_MONTH = regex.compile(r"(?<![\d/.,-])(\d{1,2})([/-])(\d{1,2})(?!\d|[/.,-]\d)")
_TIME = regex.compile(r"(?<![\d:])\d{1,2}:\d\d(?![\d:])")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DIGITS = regex.compile(r"(?<![\d:])\d+")
_PROTECT = regex.compile("\x00[^\x01]*\x01")  # already replaced spans, marked while working


@dataclass
class Result:
    command: str
    docs: int
    mb: float
    seconds: float
    cpu: float
    peak_mb: float
    exit: int


def _name(rng: random.Random) -> str:
    middle = " ".join(rng.sample(MIDDLE, rng.choice((1, 1, 2))))
    return f"{rng.choice(FAMILY)} {middle} {rng.choice(GIVEN)}"


def _mark(text: str) -> str:
    return "\x00" + text + "\x01"


def vary(text: str, rng: random.Random) -> str:
    """One seed with new names, dates, times and numbers; a person keeps one new name."""
    names: dict[str, str] = {}
    text = _NAME.sub(lambda m: _mark(names.setdefault(m.group(0), _name(rng))), text)
    year = rng.randint(2008, 2026)
    text = _FULL_DATE.sub(lambda m: _mark(f"{rng.randint(1, 28)}{m[2]}{rng.randint(1, 12)}{m[2]}{year}"), text)
    text = _LONG_DATE.sub(lambda m: _mark(f"ngày {rng.randint(1, 28)} tháng {rng.randint(1, 12)}{m[1]}{year}"), text)
    text = _DAY_MONTH.sub(lambda m: _mark(f"{rng.randint(1, 28)}{m[2]}{rng.randint(1, 12)}"), text)
    text = _TIME.sub(lambda m: _mark(f"{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}"), text)
    pieces = []
    last = 0
    for m in _PROTECT.finditer(text):  # numbers are changed outside the replaced spans only
        pieces.append(_numbers(text[last:m.start()], rng, year))
        pieces.append(m.group(0)[1:-1])
        last = m.end()
    pieces.append(_numbers(text[last:], rng, year))
    return "".join(pieces)


def _numbers(text: str, rng: random.Random, year: int) -> str:
    text = _YEAR.sub(lambda m: str(year - rng.randint(0, 2)), text)
    return _DIGITS.sub(lambda m: _digits(m.group(0), rng), text)


def _digits(run: str, rng: random.Random) -> str:
    """Same length, same leading zero ("04 ca"), different value; years stay years."""
    if len(run) == 4 and run[:2] in ("19", "20"):
        return run
    first = "0" if run[0] == "0" else str(rng.randint(1, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in run[1:])


def _paragraphs(text: str) -> list[str]:
    return [p for p in regex.split(r"\n\s*\n", text) if len(p.split()) > 25]


def make_document(seeds: list[str], rng: random.Random) -> bytes:
    """A varied document: a seed, maybe with a paragraph borrowed from another, in some encoding."""
    base = rng.choice(seeds)
    if rng.random() < 0.5:
        borrowed = _paragraphs(rng.choice(seeds))
        if borrowed:
            parts = base.split("\n\n")
            at = rng.randint(1, max(1, len(parts) // 2))
            base = "\n\n".join(parts[:at] + [rng.choice(borrowed)] + parts[at:])
    text = vary(base, rng)
    roll = rng.random()
    if roll < 0.08:
        text = unicodedata.normalize("NFD", text)
    elif roll < 0.16:
        text = text.replace("\n", "\r\n")
    elif roll < 0.24:
        text = regex.sub(r"òa\b", "oà", regex.sub(r"ủy\b", "uỷ", text))
    data = text.encode("utf-8")
    if rng.random() < 0.03:
        data = b"\xef\xbb\xbf" + data
    return data


def build_corpus(folder: Path, size: int, seed: int) -> int:
    """``size`` documents in ``folder``; the same ``seed`` gives the same bytes.  Returns total bytes."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(size):
        data = make_document(seeds, rng)
        (folder / f"doc_{n:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def timed(command: str, argv: list[str], cwd: Path, docs: int, mb: float) -> Result:
    """Run one subprocess; wall time, CPU time and peak RSS of that process alone (wait4)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    started = time.perf_counter()
    with open(os.devnull, "wb") as null, open(cwd / f"{command.replace(' ', '_')}.stderr", "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "extract", *argv], cwd=cwd, env=env, stdout=null, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    return Result(command, docs, mb, seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode)


def bench_size(size: int, seed: int, jobs: int | None, workdir: Path) -> list[Result]:
    folder = workdir / f"n{size}"
    total = build_corpus(folder / "seeds", size, seed)
    mb = total / 1e6
    files = sorted(p.relative_to(folder).as_posix() for p in (folder / "seeds").iterdir())
    extra = ["--jobs", str(jobs)] if jobs else []
    results = [
        timed("show jsonl", ["show", *files, "--format", "jsonl", *extra], folder, size, mb),
        timed("run", ["run", *extra], folder, size, mb),
        timed("run again", ["run", *extra], folder, size, mb),
        timed("check", ["check", *extra], folder, size, mb),
    ]
    for r in results:
        if r.exit != 0:
            err = (folder / f"{r.command.replace(' ', '_')}.stderr").read_text(errors="replace")
            print(f"!! {r.command} exited {r.exit}: {err.strip().splitlines()[-1:] }", file=sys.stderr)
    return results


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {model}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def report(results: list[Result]) -> str:
    lines = [f"{'command':<11} {'docs':>6} {'MB':>7} {'wall s':>7} {'cpu s':>7} {'docs/s':>7} {'MB/s':>6} "
             f"{'MB/cpu-s':>8} {'peak MB':>8}  goal (on wall time)"]
    for r in results:
        goal = ""
        if r.command in GOALS:
            goal = f"≥ {GOALS[r.command]} MB/s " + ("ok" if r.mb / r.seconds >= GOALS[r.command] else "MISSED")
        elif r.command == "check" and r.docs >= 10_000:
            goal = f"< {CHECK_GOAL_SECONDS:.0f} s " + ("ok" if r.seconds < CHECK_GOAL_SECONDS else "MISSED")
        if r.exit:
            goal += f" (exit {r.exit})"
        lines.append(f"{r.command:<11} {r.docs:>6} {r.mb:>7.1f} {r.seconds:>7.2f} {r.cpu:>7.2f} "
                     f"{r.docs / r.seconds:>7.0f} {r.mb / r.seconds:>6.2f} {r.mb / r.cpu:>8.2f} {r.peak_mb:>8.0f}  {goal}")
    return "\n".join(lines)


def memory_growth(results: list[Result]) -> list[str]:
    """Peak memory at the smallest and largest size, per command: flat means streaming."""
    sizes = sorted({r.docs for r in results})
    if len(sizes) < 2:
        return []
    out = []
    for command in dict.fromkeys(r.command for r in results):
        small = next(r for r in results if r.command == command and r.docs == sizes[0])
        large = next(r for r in results if r.command == command and r.docs == sizes[-1])
        out.append(f"{command:<11} peak {small.peak_mb:.0f} MB at {sizes[0]} docs, {large.peak_mb:.0f} MB at "
                   f"{sizes[-1]} docs (×{large.peak_mb / small.peak_mb:.2f})")
    return out


def profile(size: int, seed: int, workdir: Path, top: int = 25) -> None:
    """cProfile of reading + extracting + dumping ``size`` documents in this process."""
    import cProfile
    import pstats

    sys.path.insert(0, str(ROOT))
    from extract import store
    from extract.pipeline import extract_seed
    from extract.text import read_seed

    folder = workdir / "profile"
    build_corpus(folder, size, seed)
    paths = sorted(folder.iterdir())

    def work():
        for path in paths:
            store.dump(extract_seed(read_seed(path)))

    profiler = cProfile.Profile()
    profiler.runcall(work)
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="2000,10000", help="corpus sizes, comma-separated (default 2000,10000)")
    ap.add_argument("--seed", type=int, default=20240131, help="random seed of the corpus generator")
    ap.add_argument("--jobs", type=int, default=None, help="pass --jobs N to show, run and check")
    ap.add_argument("--keep", metavar="DIR", help="build in DIR and keep it, instead of a temporary folder")
    ap.add_argument("--profile", type=int, metavar="DOCS", help="profile extraction of DOCS documents instead")
    args = ap.parse_args(argv)
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="health-facts-bench-"))
    try:
        if args.profile:
            profile(args.profile, args.seed, workdir)
            return 0
        print(f"machine: {machine()}")
        print(f"corpus seed {args.seed}; jobs {args.jobs or 'default'}; folder {workdir}")
        results = []
        for size in (int(s) for s in args.sizes.split(",")):
            results += bench_size(size, args.seed, args.jobs, workdir)
            print(report([r for r in results if r.docs == size]), flush=True)
        print()
        print(report(results))
        for line in memory_growth(results):
            print(line)
        return 1 if any(r.exit for r in results if r.command != "check") else 0
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
