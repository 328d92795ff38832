"""The reviewed facts are the regression suite: how well do the rules reproduce them?

A proposal counts as right when a reviewer confirmed a record with its id
(possibly after correcting a field), wrong when they rejected it or never
confirmed it; a confirmed record the rules do not propose (added by hand) is
missed.  The table is printed on every run; the test fails when either figure
drops below the floor.
"""
from collections import Counter

import pytest

from extract import store
from extract.pipeline import extract_seed
from extract.text import read_seed
from schema import KINDS
from tests.conftest import ROOT, SEEDS

FLOOR = 0.85


def tally():
    counts = {kind: Counter() for kind in KINDS}
    for seed_path in sorted(SEEDS.iterdir()):
        reviewed = store.load(ROOT / "facts" / f"{seed_path.stem}.yaml")
        proposed = extract_seed(read_seed(seed_path))
        for kind in KINDS:
            confirmed = {f.id for f in getattr(reviewed, kind) if f.status == "confirmed"}
            made = {f.id for f in getattr(proposed, kind)}
            counts[kind].update(hit=len(made & confirmed), proposed=len(made), confirmed=len(confirmed))
    return counts


def test_rules_reproduce_the_reviewed_facts(capsys):
    counts = tally()
    lines = [f"{'reviewed facts':<14}{'confirmed':>10}{'proposed':>10}{'hit':>6}{'prec':>7}{'recall':>7}"]
    total = Counter()
    for kind, c in counts.items():
        total.update(c)
        lines.append(_row(kind, c))
    lines.append(_row("all", total))
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    precision, recall = _scores(total)
    assert precision >= FLOOR and recall >= FLOOR, "\n".join(lines)


def _scores(c):
    precision = c["hit"] / c["proposed"] if c["proposed"] else 1.0
    recall = c["hit"] / c["confirmed"] if c["confirmed"] else 1.0
    return precision, recall


def _row(kind, c):
    p, r = _scores(c)
    return f"{kind:<14}{c['confirmed']:>10}{c['proposed']:>10}{c['hit']:>6}{p:>7.2f}{r:>7.2f}"


@pytest.mark.parametrize("path", sorted((ROOT / "facts").glob("*.yaml")), ids=lambda p: p.stem)
def test_committed_facts_validate_and_redump_identically(path):
    text = path.read_text(encoding="utf-8")
    assert store.dump(store.parse(text, str(path))) == text
