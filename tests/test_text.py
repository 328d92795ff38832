import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import text as text_module
from extract.text import InputError, Text, decode, normalize
from tests.conftest import SEEDS, cp1258

SENTENCE = "Đồng chí Lê Khắc Nam, Phó Chủ tịch Uỷ ban nhân dân thành phố Hải Phòng dự Hội nghị"


@pytest.mark.parametrize("data, text, encoding", [
    (SENTENCE.encode("utf-8"), SENTENCE, "utf-8"),
    (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), SENTENCE, "utf-8"),
    (cp1258(SENTENCE), SENTENCE, "windows-1258"),
])
def test_decode(data, text, encoding):
    decoded, used = decode(data, "x.txt")
    assert unicodedata.normalize("NFC", decoded) == text
    assert used == encoding


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"  \n\n ", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    (bytes(range(0x80, 0x100)) * 3, "neither UTF-8 nor Windows-1258"),
])
def test_decode_refuses(data, message):
    with pytest.raises(InputError, match=message) as caught:
        decode(data, "bad.txt")
    assert str(caught.value).startswith("bad.txt: ")


@pytest.mark.parametrize("raw, folded", [
    ("hoà bình", "hòa bình"),
    ("Uỷ ban", "Ủy ban"),
    ("thuỷ đậu", "thủy đậu"),
    ("Hoàng Gia Long", "Hoàng Gia Long"),  # the tone of "hoàng" stays where it is
    ("khoẻ mạnh", "khỏe mạnh"),
    ("quà tặng", "quà tặng"),  # "qu" + "à": no fold
    ("\u00d0ồng chí", "Đồng chí"),  # Icelandic eth written for Đ
    ("Nghị\u00a0quyết", "Nghị quyết"),
])
def test_normalize(raw, folded):
    assert normalize(raw) == folded


def test_d_is_not_đ():
    assert normalize("Dương") != normalize("Đương")


@pytest.mark.parametrize("source", [
    SENTENCE,
    unicodedata.normalize("NFD", SENTENCE),
    SENTENCE.replace(" ", "\u00a0"),
    SENTENCE.replace(", ", ",\r\n"),
    "\u200b" + SENTENCE + "\r\n",
])
def test_offsets_map_back_to_the_source(source):
    text = Text.of(source)
    start = text.norm.index("Lê Khắc Nam")
    end = start + len("Lê Khắc Nam")
    evidence = text.evidence(start, end)
    assert evidence.quote == source[evidence.start:evidence.end]
    assert normalize(evidence.quote) == "Lê Khắc Nam"
    tail = text.evidence(0, len(text.norm))
    assert tail.quote == source[tail.start:tail.end]


@pytest.mark.parametrize("source", ["đạt 120%\r\nkế hoạch", "đạt 120%\u200b\nkế hoạch", "đạt 120%\u00ad kế hoạch"])
def test_a_span_ending_before_a_line_break_quotes_no_carriage_return(source):
    text = Text.of(source)
    end = text.norm.index("%") + 1
    evidence = text.evidence(0, end)
    assert evidence.quote == "đạt 120%" == source[evidence.start:evidence.end]


@pytest.mark.parametrize("source, norm", [
    ("do bà Rơ Châm H’Yin,&nbsp;Phó Trưởng ban", "do bà Rơ Châm H’Yin, Phó Trưởng ban"),
    ("Bà Tạ Thị Ngọc Hà&quot; – Giám đốc", "Bà Tạ Thị Ngọc Hà\" – Giám đốc"),
    ("Sở Y tế &amp; Bệnh viện &#8211; 2024", "Sở Y tế & Bệnh viện – 2024"),
    ("R&D &foo; không phải", "R&D &foo; không phải"),  # not an entity: left as written
])
def test_html_entities_left_by_a_scraper_read_as_their_character(source, norm):
    text = Text.of(source)
    assert text.norm == norm
    for start in range(len(norm)):
        evidence = text.evidence(start, len(norm))
        assert evidence.quote == source[evidence.start:evidence.end]


def test_normalised_view_folds_what_rules_should_not_see():
    text = Text.of(unicodedata.normalize("NFD", "Uỷ ban\u00a0nhân dân\r\nhoà"))
    assert text.norm == "Ủy ban nhân dân\nhòa"


def test_the_decomposed_latin_shortcut_holds_for_every_character_it_takes():
    """Its starters are starters NFC keeps, its marks are marks NFC keeps, no two of its
    starters compose, and the invisible characters the walk drops are not taken."""
    starters = re.compile(f"[{text_module._LATIN_STARTERS}]")
    marks = re.compile(f"[{text_module._LATIN_MARKS}]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if starters.match(char):
            assert unicodedata.combining(char) == 0 and unicodedata.normalize("NFC", char) == char, hex(code)
        elif marks.match(char):
            assert unicodedata.combining(char) and unicodedata.normalize("NFC", char) == char, hex(code)
        decomposition = unicodedata.decomposition(char).split()
        if len(decomposition) == 2 and not decomposition[0].startswith("<"):
            first, second = (chr(int(d, 16)) for d in decomposition)
            assert not (starters.match(first) and starters.match(second)), hex(code)
    assert not any(starters.match(c) or marks.match(c) for c in text_module._DROPPED)


_LATIN_PIECES = st.sampled_from(["a", "Q", " ", "\n", "\t", ".", "–", "đ", "Đ", "ư", "ơ", "\u0301", "\u0300",
                                 "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b", "\u0338", "ì", "\xa0"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_LATIN_PIECES | st.sampled_from(["Hoà", "Thủy", "Nguyễn", "Đắk Lắk", "q\u0301"]), max_size=20))
def test_decomposed_latin_is_read_as_the_walk_reads_it(pieces):
    source = unicodedata.normalize("NFD", "".join(pieces[::2])) + "".join(pieces[1::2])
    fast, walked = Text.of(source), Text._walked(source)
    assert (fast.norm, [fast.to_source(i) for i in range(len(fast.norm) + 1)]) == (
        walked.norm, [walked.to_source(i) for i in range(len(walked.norm) + 1)])


def test_decomposed_seeds_take_the_shortcut_and_read_the_same():
    for path in sorted(SEEDS.iterdir()):
        source = unicodedata.normalize("NFD", path.read_text(encoding="utf-8"))
        assert text_module._composed_latin(source) is not None, path.name
        fast, walked = Text.of(source), Text._walked(source)
        assert fast == walked, path.name
