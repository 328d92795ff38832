"""Every seed end to end: each fact's evidence quote is the seed text at its offsets."""
import pytest

from extract.pipeline import extract_seed
from extract.text import read_seed
from tests.conftest import SEEDS

SEED_FILES = sorted(SEEDS.iterdir())


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_every_quote_stands_in_the_seed(path):
    seed = read_seed(path)
    facts = extract_seed(seed)
    source = seed.text.source
    assert facts.document.id == path.stem
    article = facts.document.article
    evidence = []
    for kind, fact in facts.facts():
        assert fact.evidence is not None, (kind, fact)
        evidence.append(fact.evidence)
        evidence += getattr(fact, "mentions", [])
    for e in evidence:
        assert source[e.start:e.end] == e.quote
        assert article.start <= e.start <= e.end <= article.end


def test_seeds_give_every_kind_of_fact():
    kinds = {kind for path in SEED_FILES for kind, _ in extract_seed(read_seed(path)).facts()}
    assert kinds == {"meetings", "officials", "resolutions", "figures"}


def test_output_is_deterministic():
    path = SEED_FILES[0]
    assert extract_seed(read_seed(path)) == extract_seed(read_seed(path))
