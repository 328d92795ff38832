"""Facts files: the same bytes on every machine, safe loading only."""
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import store
from extract.pipeline import extract_seed
from extract.text import read_seed
from tests.conftest import SEEDS


@pytest.mark.parametrize("path", sorted(SEEDS.iterdir()), ids=lambda p: p.stem)
def test_dump_load_dump_is_byte_identical(path):
    text = store.dump(extract_seed(read_seed(path)))
    assert "\\u" not in text
    assert store.dump(store.parse(text, "x.yaml")) == text


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="libyaml not installed")
def test_libyaml_and_pure_python_write_the_same_bytes():
    for path in sorted(SEEDS.iterdir()):
        data = store.to_data(extract_seed(read_seed(path)))
        options = dict(allow_unicode=True, sort_keys=False, default_flow_style=False, width=1_000_000, indent=2)
        assert yaml.dump(data, Dumper=yaml.CSafeDumper, **options) == yaml.dump(data, Dumper=yaml.SafeDumper, **options)


def test_tags_are_never_constructed(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("document: !!python/object/apply:os.system ['touch pwned']\n", encoding="utf-8")
    with pytest.raises(store.FactsError, match=r"evil.yaml:1: invalid YAML"):
        store.load(path)
    assert not (tmp_path / "pwned").exists()


def test_duplicate_keys_are_refused(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("document:\n  id: a\n  id: b\n  source: s\n  sha256: x\n", encoding="utf-8")
    with pytest.raises(store.FactsError, match=r"dup.yaml:3: duplicate key 'id'"):
        store.load(path)


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "facts" / "a.yaml"
    assert store.write_atomic(target, "x: 1\n") is True
    assert store.write_atomic(target, "x: 1\n") is False
    assert [p.name for p in target.parent.iterdir()] == ["a.yaml"]


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan"])
def test_infinite_or_missing_numbers_are_refused(tmp_path, value):
    path = tmp_path / "inf.yaml"
    path.write_text(f"document:\n  id: a\n  source: s\n  sha256: x\nfigures:\n- value: {value}\n  surface: '1'\n",
                    encoding="utf-8")
    with pytest.raises(store.FactsError, match=r"inf.yaml:6: figures.0.value"):
        store.load(path)


def test_a_batch_puts_every_file_in_place_together(tmp_path):
    old = tmp_path / "old.yaml"
    old.write_text("x: 1\n", encoding="utf-8")
    with store.AtomicBatch() as batch:
        assert batch.write(old, "x: 1\n") is False  # unchanged: not staged
        assert batch.write(tmp_path / "new.yaml", "y: 2\n") is True
        assert not (tmp_path / "new.yaml").exists()  # staged only, until the block ends
    assert (tmp_path / "new.yaml").read_text(encoding="utf-8") == "y: 2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.yaml", "old.yaml"]


def test_a_batch_left_on_an_error_touches_no_file(tmp_path):
    old = tmp_path / "old.yaml"
    old.write_text("x: 1\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with store.AtomicBatch() as batch:
            batch.write(old, "x: 2\n")
            batch.write(tmp_path / "new.yaml", "y: 2\n")
            batch.remove(old)
            raise RuntimeError("interrupted")
    assert old.read_text(encoding="utf-8") == "x: 1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["old.yaml"]


def test_a_batch_removes_files_once_the_new_ones_are_in_place(tmp_path):
    gone, kept = tmp_path / "gone.html", tmp_path / "kept.html"
    gone.write_text("old", encoding="utf-8")
    with store.AtomicBatch() as batch:
        batch.write(kept, "new")
        batch.remove(gone)
        assert gone.exists()  # only on commit
    assert [p.name for p in tmp_path.iterdir()] == ["kept.html"]


# Characters that change how a scalar is written: indicators, quotes, spaces, digits
# and bool/null words, non-ASCII letters, and characters only double quotes can hold.
_TRICKY = st.sampled_from(list("aZđĐệ ế0 9.-+:#?,'\"!&*|>%@`[]{}~=<_/\\") + [
    "yes", "No", "null", "on", "1.5", "2024-01-31", "1_000", "0x1F", ": ", " #", "---", "...",
    "\u00a0", "\u2028", "\x85", "\ufeff", "\t", "\n", "\r", "\x07", "😀", "\ud7ff", "\ue000"])
_STRINGS = st.lists(_TRICKY, max_size=6).map("".join) | st.text(max_size=12)
_SCALARS = _STRINGS | st.integers(-10**6, 10**6) | st.booleans() | st.floats(allow_nan=False, allow_infinity=False)
_KEYS = st.sampled_from(["id", "status", "quote", "start", "a b", "yes", "x:y", "1"])
_DATA = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=3),
                     max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(_KEYS, _DATA, min_size=1, max_size=4))
def test_facts_yaml_is_written_as_pyyaml_writes_it(data):
    fast = store._block_yaml(data)
    if fast is None:  # a case left to PyYAML (line breaks, control characters, a list in a list)
        return
    for dumper in {store._Dumper, yaml.SafeDumper}:
        assert fast == yaml.dump(data, Dumper=dumper, **store._DUMP_OPTIONS)


def test_facts_of_the_seeds_are_written_and_read_without_pyyaml():
    """Signature blocks quote several lines: those are written directly too."""
    for path in sorted(SEEDS.iterdir()):
        facts = extract_seed(read_seed(path))
        text = store._block_yaml(store.to_data(facts))
        assert text is not None, path.name
        assert store._parse_written(store.HEADER + text) == facts


def test_a_quote_over_several_lines_is_written_as_pyyaml_writes_it():
    data = {"officials": [{"evidence": {"quote": "CHÁNH VĂN PHÒNG\n\n(Đã ký)\nit's\n\n\nĐỗ Văn An"}}]}
    text = store._block_yaml(data)
    assert text == yaml.dump(data, Dumper=store._Dumper, **store._DUMP_OPTIONS)
    assert "\n\n\n\n      Đỗ Văn An'" in text  # three breaks are written as four, then the indentation
    assert store._Reading(text).document() == data
    crlf = {"evidence": {"quote": "CHÁNH VĂN PHÒNG\r\n(Đã ký)"}}  # double quotes: left to PyYAML
    assert store._block_yaml(crlf) is None


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_KEYS, _DATA, min_size=1, max_size=4))
def test_a_file_as_written_reads_back_as_pyyaml_reads_it(data):
    text = store._block_yaml(data)
    if text is None:
        return
    try:
        read = store._Reading(text).document()
    except store._Unsupported:  # keys other than the schema's identifiers
        return
    assert read == yaml.safe_load(text)


def test_unedited_facts_files_are_read_without_pyyaml_and_edited_ones_with_it(tmp_path):
    for path in sorted(SEEDS.iterdir()):
        facts = extract_seed(read_seed(path))
        text = store.dump(facts)
        assert store.parse(text, "x.yaml") == facts
        if store._block_yaml(store.to_data(facts)) is not None:
            assert store._parse_written(text) == facts
        edited = text.replace("\n  id: ", "\n  id:   ", 1)  # same facts, another layout
        assert store._parse_written(edited) is None
        assert store.parse(edited, "x.yaml") == facts
