import unicodedata

import pytest

from extract.text import InputError, Text, decode, normalize
from tests.conftest import cp1258

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


def test_normalised_view_folds_what_rules_should_not_see():
    text = Text.of(unicodedata.normalize("NFD", "Uỷ ban\u00a0nhân dân\r\nhoà"))
    assert text.norm == "Ủy ban nhân dân\nhòa"
