"""Numbered documents cited: one table of (text, expected) cases per question.

The sentences are written for these tests in the shapes of real articles.
"""
from __future__ import annotations

import pytest

from extract.pipeline import extract_text
from extract.text import Text


def documents(text: str) -> list:
    _, found = extract_text("test", Text.of(text))
    return found["resolutions"]


def numbers(text: str) -> list[str]:
    return [d.number for d in documents(text)]


def only(text: str):
    found = documents(text)
    assert len(found) == 1, [d.number for d in found]
    return found[0]


# --- the number: which ones, normalised how --------------------------------------------

NUMBER_CASES = [
    ("Tỉnh ủy đã ban hành Nghị quyết số 07-NQ/TU về phát triển y tế.", ["07-NQ/TU"]),
    ("HĐND tỉnh thông qua Nghị quyết số 10/2023/NQ-HĐND về chính sách thu hút bác sĩ.", ["10/2023/NQ-HĐND"]),
    ("UBND huyện ban hành Kế hoạch số 253/KH-UBND triển khai tiêm chủng.", ["253/KH-UBND"]),
    ("Thực hiện theo Thông tư 41/2011/TT- BYT của Bộ Y tế.", ["41/2011/TT-BYT"]),
    # an en dash spelled as the hyphen; a dash after a number that opens no code is running text
    ("Thực hiện Nghị quyết 07–NQ/TU và Kế hoạch 45/KH–UBND của tỉnh.", ["07-NQ/TU", "45/KH-UBND"]),
    ("Ủy viên phản biện 1 – TS Nguyễn Văn An nhận xét đề tài.", []),
    ("Căn cứ Thông báo 565 /TB-SYT của Sở.", ["565/TB-SYT"]),
    ("Theo Nghị định 100/2015/NĐ-CP, người dân được hỗ trợ.", ["100/2015/NĐ-CP"]),
    ("Tiếp tục quán triệt Chỉ thị 05-CT/TW trong toàn Đảng bộ.", ["05-CT/TW"]),
    ("Chủ tịch UBND tỉnh ký Quyết định số 1234/QĐ-UBND.", ["1234/QĐ-UBND"]),
    ("UBND tỉnh\nSỞ Y TẾ\nSố:  565 /TB-SYTCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
     ["565/TB-SYT"]),
    ("Thực hiện Thông báo kết luận số 2927 -TB/TU ngày 4/2/2020 của Thường trực Tỉnh ủy.", ["2927-TB/TU"]),
    ("UBND tỉnh có Công văn số 1246/UBND-VX gửi các huyện.", ["1246/UBND-VX"]),
    ("Quốc hội thông qua Nghị quyết 98/2023/QH15 về thí điểm cơ chế đặc thù.", ["98/2023/QH15"]),
    ("Căn cứ Thông tư 19/2013/BYT ngày 12/7/2013 của Bộ Y tế.", ["19/2013/BYT"]),
    ("Căn cứ Quyết định 6858/2016/QĐ-BYT ngày 18/11/2016.", ["6858/2016/QĐ-BYT"]),
    ("Chủ tịch UBND tỉnh ban hành Công điện 06/CĐ-CTUBND ngày 16/4.", ["06/CĐ-CTUBND"]),
    ("Ngành y tế đẩy mạnh Đề án 06 của Chính phủ về dữ liệu dân cư.", ["06"]),
    ("Sở triển khai Đề án 06 trên địa bàn tỉnh.", ["06"]),
    ("Xét Tờ trình số 8821/TTr-UBND ngày 2 tháng 12 năm 2019 của UBND tỉnh.", ["8821/TTr-UBND"]),
    ("Sở đã có văn bản 3310/SYT-NVY hướng dẫn các bệnh viện.", ["3310/SYT-NVY"]),
    ("Theo Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương.", ["08-QĐi/TW"]),
    ("Căn cứ Nghị quyết số 19-NQ/TW, Nghị quyết số 20-NQ/TW ngày 25/10/2017.", ["19-NQ/TW", "20-NQ/TW"]),
    ("Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.", ["16/CT-TTg"]),
    ("Quyết định số 3ab không phải; Kế hoạch số 12a/KH-SYT thì có.", ["12a/KH-SYT"]),
    ("Quyết định số 12 ngày 5/6/2023 của UBND tỉnh có hiệu lực.", ["12"]),
    ("Chương trình 135 của Chính phủ giúp xã nghèo.", ["135"]),
    ("Theo Thông tư liên tịch số 51/2015/TTLT-BYT-BNV của hai Bộ.", ["51/2015/TTLT-BYT-BNV"]),
    ("Theo Nghị quyết 07-NQ /TU của Tỉnh ủy.", ["07-NQ/TU"]),
    # the same number twice, and spelled with a stray space once, is one document
    ("Kế hoạch số 45/KH-SYT nêu rõ … Theo Kế hoạch số 45 /KH-SYT, các đơn vị báo cáo.", ["45/KH-SYT"]),
    # Ð (Icelandic eth) is spelled Đ
    ("Căn cứ Quyết định số 77/QÐ-UBND của UBND tỉnh.", ["77/QĐ-UBND"]),
    # a serial written with a thousands dot, as some sites do: kept as written
    ("UBND tỉnh ban hành Quyết định số 1.234/QĐ-UBND về phòng dịch.", ["1.234/QĐ-UBND"]),
    ("Sở có Công văn số 2.105/SYT-NVY và Quyết định 12.345/QĐ-BYT.", ["2.105/SYT-NVY", "12.345/QĐ-BYT"]),
    # a page that doubles its spaces
    ("Căn cứ Thông báo số  565  /TB-SYT và Thông tư 43/2024/TT-  BYT.", ["565/TB-SYT", "43/2024/TT-BYT"]),
    # a spaced dash between two parts of the code
    ("Theo Kế hoạch số 312/KH - UBND của tỉnh, các huyện triển khai.", ["312/KH-UBND"]),
    # "Trung ương" as its Vietnamese capitals; a lower-case word after "/" is no code
    ("Thực hiện Kế hoạch số 2150/KH-BCĐTƯ của Ban Chỉ đạo.", ["2150/KH-BCĐTƯ"]),
    ("Xã có 5/Sở hữu 12 điểm.", []),
    # a spaced dash after the serial, before a code with its own mark
    ("Thực hiện Thông báo số 1120 - TB/TU của Thường trực Tỉnh ủy.", ["1120-TB/TU"]),
    ("UBND tỉnh về triển khai Đề án 1816 giai đoạn 2024 – 2025.", ["1816"]),
]


@pytest.mark.parametrize("text, expected", NUMBER_CASES)
def test_numbers(text, expected):
    assert numbers(text) == expected


NOT_DOCUMENTS = [
    "Ngày 12/3/2024, Sở Y tế tổ chức hội nghị.",
    "Có 133/186 xã đạt Bộ tiêu chí quốc gia về y tế.",
    "Bệnh viện trực cấp cứu 24/24 giờ.",
    "Tỉnh không ghi nhận ca mắc COVID-19 mới, Covid-19 đã được kiểm soát.",
    "Giám sát cúm A/H7N9 và H1N1 tại cửa khẩu.",
    "Bệnh viện đạt chứng nhận ISO 9001:2015.",
    "Đường dây nóng: 0203.3825446, hotline 1900-9095.",
    "Quét mã QR Code để khai báo y tế.",
    "Trẻ em được tiêm mũi 2-F1 theo lịch.",
    "Kế hoạch 5 năm của ngành y tế đã hoàn thành.",
    "Kế hoạch 2024 của ngành đã được phê duyệt.",
    "Giấy phép xuất bản: Số 06/GP-STTTT ngày 23/9/2016 của Sở Thông tin và Truyền thông",
    "Ban hành kèm theo Quyết định số /QĐ-BVNT ngày tháng 01 năm 2023.",
    "nghị quyết 12 đã nêu rõ",  # a bare number needs the type word capitalised
    "Báo cáo theo Mẫu số 02/BYT ban hành kèm theo thông tư.",  # a form, not a document
    "Kế hoạch 100 ngày đêm thi đua phòng dịch.",
    "năm 2020 - UBND tỉnh đã chỉ đạo quyết liệt.",
    "năm 2020  -  UBND tỉnh đã chỉ đạo quyết liệt.",
    "File đính kèm: 1120-KH-SYT.pdf",  # a file's name
    "Tổng số 5/1234.567 hồ sơ, 1.234.567/KH không phải số văn bản.",
]


@pytest.mark.parametrize("text", NOT_DOCUMENTS)
def test_not_documents(text):
    assert numbers(text) == []


# --- the type: from the words before it, else from the code ----------------------------

KIND_CASES = [
    ("Thực hiện Nghị quyết số 07-NQ/TU của Ban Thường vụ.", ("Nghị quyết", "text")),
    ("Theo Thông báo kết luận số 15-TB/TU của Thường trực Tỉnh ủy.", ("Thông báo kết luận", "text")),
    ("Sở Y tế có văn bản số 1387/SYT-NVY về phòng dịch.", ("Văn bản", "text")),
    ("Căn cứ Nghị Quyết 21/NQ-CP về mua vắc xin.", ("Nghị quyết", "text")),
    ("Theo tinh thần của 253/KH-UBND, các huyện triển khai.", ("Kế hoạch", "code")),
    ("Các đơn vị thực hiện 1246/UBND-VX của tỉnh.", ("Công văn", "code")),
    ("Triển khai 12/CĐ-UBND của tỉnh.", ("Công điện", "code")),
    ("Thực hiện 31-TT/TU của Ban Thường vụ.", ("Thông tri", "code")),
    ("Thực hiện 31/2012/TT-BYT của Bộ.", ("Thông tư", "code")),
    ("Triển khai 2/HD-SYT của ngành.", ("Hướng dẫn", "code")),
    ("Sở ban hành Quyết định số: 156/QĐ-UBND, ngày 24/01/2020.", ("Quyết định", "text")),
    ("Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 đã sửa đổi.", ("Luật", "text")),
    ("Theo 98/2023/QH15 của Quốc hội.", (None, None)),
    ("Theo 123/SYT của Sở.", (None, None)),
]


@pytest.mark.parametrize("text, expected", KIND_CASES)
def test_kind(text, expected):
    doc = only(text)
    assert (doc.kind, doc.kind_from) == expected


# --- issuer, issued date, subject --------------------------------------------------------

HAI_PHONG = ("Ngày 2/8/2018, Ban Thường vụ Thành ủy Hải Phòng ban hành Nghị quyết số 07-NQ/TU "
             "về xây dựng thành phố thành trung tâm y tế vùng.\nCác đơn vị xây dựng kế hoạch thực hiện "
             "Nghị quyết số 07-NQ/TU của Ban Thường vụ Thành ủy.")

FIELD_CASES = [
    (HAI_PHONG, {"issuer": "Thành ủy", "issuer_resolved": "Ban Thường vụ Thành ủy Hải Phòng",
                 "issued": "2018-08-02", "subject": "xây dựng thành phố thành trung tâm y tế vùng"}),
    ("Thực hiện Chỉ thị số 12-CT/TU ngày 05/5/2021 của Ban Thường vụ Tỉnh ủy về việc thực hiện "
     "các biện pháp cấp bách phòng, chống dịch; UBND tỉnh Nghệ An yêu cầu…",
     {"issuer": "Tỉnh ủy", "issuer_resolved": "Ban Thường vụ Tỉnh ủy Nghệ An", "issued": "2021-05-05",
      "subject": "thực hiện các biện pháp cấp bách phòng, chống dịch"}),
    ("Bộ Y tế đã ban hành Quyết định 2348/QĐ-BYT ngày 5/6/2023.",
     {"issuer": "Bộ Y tế", "issued": "2023-06-05", "issuer_resolved": "Bộ Y tế"}),
    ("Sở có văn bản 579/HD-SYT ngày 17/4 hướng dẫn các đơn vị.", {"issued": "--04-17", "issuer": "Sở Y tế"}),
    ("Công điện số 570/CĐ-TTg ngày 02/5/2021 của Thủ tướng Chính phủ về việc chấn chỉnh công tác phòng dịch.",
     {"issuer": "Thủ tướng Chính phủ", "issuer_resolved": "Thủ tướng Chính phủ",
      "subject": "chấn chỉnh công tác phòng dịch"}),
    ("Căn cứ Nghị quyết số 72-NQ/TW, ngày 9/9/2025 của Bộ Chính trị về một số giải pháp đột phá.",
     {"issuer": "Trung ương", "issuer_resolved": "Bộ Chính trị", "issued": "2025-09-09"}),
    ("Luật số 15/2023/QH15 về khám bệnh, chữa bệnh có hiệu lực.", {"issuer": "Quốc hội", "kind": "Luật"}),
    ("Thực hiện Kế hoạch số 2150/KH-BCĐTƯ, toàn tỉnh ra quân.", {"issuer": "Ban Chỉ đạo Trung ương"}),
    ("Chủ tịch UBND tỉnh Trần Văn Nam vừa ký ban hành Công điện 09/CĐ-UBND. UBND tỉnh Lạng Sơn chỉ đạo…",
     {"issuer_resolved": "Chủ tịch UBND tỉnh Lạng Sơn"}),
    ("SỞ Y TẾ QUẢNG NINH\nSố: 565/TB-SYT\nQuảng Ninh, ngày 18 tháng 4 năm 2013\nTHÔNG BÁO",
     {"self_document": True, "issued": "2013-04-18", "issuer_resolved": "Sở Y tế Quảng Ninh"}),
    # a letterhead without the colon after "Số"
    ("UBND TỈNH KON TUM\nSỞ Y TẾ\nSố 125/KH-SYT\nKon Tum, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH",
     {"self_document": True, "issued": "2024-03-05", "kind": "Kế hoạch"}),
    ("Các đơn vị thực hiện Số 126/KH-SYT của Sở.", {"self_document": False}),  # not opening a line
    ("Kế hoạch số 30/KH-UBND thực hiện \"Chương trình chăm sóc sức khỏe người cao tuổi\" đã được ban hành.",
     {"self_document": False, "subject": None}),
    ("Kế hoạch số 30/KH-UBND “Chăm sóc sức khỏe người cao tuổi” đã được ban hành.",
     {"subject": "Chăm sóc sức khỏe người cao tuổi"}),
    ("Công văn số 88/UBND-VX về tăng cường phòng dịch yêu cầu các huyện báo cáo.",
     {"subject": "tăng cường phòng dịch"}),
]


@pytest.mark.parametrize("text, expected", FIELD_CASES)
def test_fields(text, expected):
    doc = only(text)
    assert {k: getattr(doc, k) for k in expected} == expected


# --- one document, many mentions ---------------------------------------------------------

MENTION_CASES = [
    # (text, [(number, how many mentions)])
    ("HĐND tỉnh thông qua Nghị quyết số 10/2023/NQ-HĐND. Theo Nghị quyết số 10, mỗi bác sĩ được hỗ trợ.",
     [("10/2023/NQ-HĐND", 2)]),
    ("Nghị quyết 98/2023/QH15 mở ra cơ hội. Chủ đề năm là thực hiện Nghị quyết 98/2023 của Quốc hội.",
     [("98/2023/QH15", 2)]),
    ("Nghị quyết số 10/2023/NQ-HĐND đã có hiệu lực; Quyết định số 10 của UBND tỉnh cũng vậy.",
     [("10/2023/NQ-HĐND", 1), ("10", 1)]),
    ("Chỉ thị 06-CT/TW của Ban Bí thư. Sau 10 năm thực hiện Chỉ thị 06-CT/TW, y tế dự phòng phát triển.",
     [("06-CT/TW", 2)]),
    ("Số: 49/KH-UBND\nTuyên Quang, ngày 21 tháng 5 năm 2018\nKẾ HOẠCH\nKế hoạch 49/KH-UBND được triển khai.",
     [("49/KH-UBND", 2)]),
]


@pytest.mark.parametrize("text, expected", MENTION_CASES)
def test_mentions(text, expected):
    assert [(d.number, len(d.mentions)) for d in documents(text)] == expected


def test_evidence_quotes_the_source():
    text = "Căn cứ Thông báo 565 /TB-SYT của Sở.\nTheo Thông báo 565/TB-SYT, các đơn vị báo cáo."
    doc = only(text)
    assert doc.number_text == "565 /TB-SYT"
    assert doc.evidence.quote == "Thông báo 565 /TB-SYT"
    assert [text[m.start:m.end] for m in doc.mentions] == ["Thông báo 565 /TB-SYT", "Thông báo 565/TB-SYT"]


def test_ids_do_not_depend_on_other_documents():
    alone = only("Thực hiện Kế hoạch số 45/KH-SYT của Sở.").id
    later = documents("Căn cứ Nghị quyết 10/2023/NQ-HĐND. Thực hiện Kế hoạch số 45/KH-SYT của Sở.")[1].id
    assert alone == later


# --- patterns tried only where they can match find what a scan finds --------------------

def _texts(words: list[str], count: int, seed: int) -> list[str]:
    """Word salads with runs of spaces, tabs and "số:" between the words."""
    import random

    rng = random.Random(seed)
    glue = ["", " ", " ", "  ", "\t", "\n", " số ", " số: ", ", ", ". ", "/"]
    return ["".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 25))) for _ in range(count)]


def test_bare_numbers_found_where_a_scan_finds_them():
    from extract import resolutions as r

    words = [*r._LOWER_KINDS, "thông báo kết luận", "5", "12", "2024", "10/2023", "của", "ngày", "x", "-", "a"]
    for text in _texts(words, 3000, 1):
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            scan = [m.span() for m in r._BARE_LOWER.finditer(text, start, end)]
            assert [m.span() for m in r._matches_at(r._BARE_LOWER, text, r._bare_starts(text, start, end),
                                                    start, end)] == scan, text


def test_places_found_where_a_scan_finds_them():
    from extract import resolutions as r

    words = ["tỉnh", "Tỉnh ủy", "TỈNH", "thành phố", "TP", "tp.", "huyện", "Sở Y tế", "Quảng Ninh", "HẢI PHÒNG",
             "Hà Nội", "x", "Ban"]
    for text in _texts(words, 2000, 2):
        for level, pattern in r._PLACE_RE.items():
            starts = r._occurrences(text.lower(), r._PLACE_CUES[level], 0, len(text))
            assert ([m.span() for m in r._matches_at(pattern, text, starts, 0, len(text))]
                    == [m.span() for m in pattern.finditer(text)]), (level, text)


def test_coded_numbers_found_where_a_scan_finds_them():
    """``_coded_starts`` relies on the shape of ``_CODED`` (a mark soon after the first digit):
    an edit of the pattern that breaks that shows here."""
    from extract import resolutions as r

    words = ["10", "253", "12345", "07", "1.234", "5a", "2023", "/", "-", " -", "NQ", "HĐND", "NQ-HĐND", "KH-UBND",
             "QĐ", "TU", "BYT", "CT/TW", "x", "Đ", "١٢", "số", "2024-2030", "  ", "12.345", "1.234.567", ".", "12345a"]
    for text in _texts(words, 3000, 3):
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            scan = [m.span() for m in r._CODED.finditer(text, start, end)]
            assert [m.span() for m in r._matches_at(r._CODED, text, r._coded_starts(text, start, end),
                                                    start, end)] == scan, text
