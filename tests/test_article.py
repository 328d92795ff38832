"""Article bounds, page furniture, title, dateline and byline.

Pages are written for these tests in the shapes provincial sites print.
"""
from __future__ import annotations

import pytest

from extract.article import find_article
from extract.text import Text

PAGE = """Đang online:
764
Hôm nay:
12
Hội nghị giao ban công tác y tế quý I năm 2024

08:15 31/03/2024
Lượt xem: 28

Sáng 30/3, Sở Y tế tổ chức Hội nghị giao ban công tác y tế quý I năm 2024.

Hội nghị đã nghe báo cáo kết quả công tác quý I.

Thu Hà

Các tin khác
Tập huấn phòng chống dịch sốt xuất huyết (20/03/2024)
Ra quân tiêm chủng mở rộng (18/03/2024)
Tổng số người đã xem: 5449
Chịu trách nhiệm chính: Trần Văn Bình - Giám đốc Sở Y tế
Giấy phép xuất bản: Số 06/GP-STTTT ngày 23/9/2016
"""


def _article(text: str):
    return find_article(Text.of(text).norm)


def _allowed(text: str, phrase: str) -> bool:
    article = _article(text)
    at = Text.of(text).norm.index(phrase)
    return article.allows(at, at + len(phrase))


# (phrase of PAGE, may facts come from it?)
BOUNDS = [
    ("Sáng 30/3, Sở Y tế", True),
    ("Hội nghị đã nghe báo cáo", True),
    ("Đang online", False),
    ("764", False),
    ("Lượt xem: 28", False),
    ("08:15 31/03/2024", False),
    ("Thu Hà", False),
    ("Tập huấn phòng chống dịch", False),
    ("Chịu trách nhiệm chính", False),
    ("Trần Văn Bình", False),
    ("23/9/2016", False),
]


@pytest.mark.parametrize("phrase, allowed", BOUNDS)
def test_bounds(phrase, allowed):
    assert _allowed(PAGE, phrase) is allowed


def test_page_metadata():
    article = _article(PAGE)
    assert article.title == "Hội nghị giao ban công tác y tế quý I năm 2024"
    assert article.published_date == "2024-03-31"
    assert article.author == "Thu Hà"


@pytest.mark.parametrize("menu", [
    "Giới thiệu Tin tức Chuyên môn Cải cách hành chính Tuyển dụng Hỏi đáp",
    "TRANG CHỦ | GIỚI THIỆU | TIN TỨC - SỰ KIỆN | VĂN BẢN | LIÊN HỆ",
])
def test_a_menu_line_is_no_title(menu):
    page = (f"BỆNH VIỆN ĐA KHOA TỈNH KON TUM\n{menu}\nThứ Năm, 20/06/2024 - 14:35\n"
            "Phẫu thuật thành công ca u xơ tử cung nặng 3,2 kg\n"
            "Ngày 18/6, Khoa Phụ sản, Bệnh viện Đa khoa tỉnh Kon Tum đã phẫu thuật thành công cho bệnh nhân.")
    article = _article(page)
    assert article.title == "Phẫu thuật thành công ca u xơ tử cung nặng 3,2 kg"
    assert not article.allows(page.index(menu), page.index(menu) + len(menu))


def test_a_title_of_menu_words_and_more_is_kept():
    page = "Tin tức Thông báo tuyển dụng viên chức năm 2024\nNgày 18/6, Sở Y tế thông báo tuyển dụng 45 viên chức."
    assert _article(page).title == "Tin tức Thông báo tuyển dụng viên chức năm 2024"


# (page, published_date, published as printed)
DATELINES = [
    ("Tiêu đề bài viết\n08:15 31/01/2024\nNội dung bài viết.", "2024-01-31", "08:15 31/01/2024"),
    ("Print Thứ Bảy, 26/01/2019 22:17\n\nNgày 2/8/2018, Ban Thường vụ ban hành Nghị quyết.",
     "2019-01-26", "Print Thứ Bảy, 26/01/2019 22:17"),
    ("(Thứ hai, 03/05/2021, 05:09 pm GMT+7)\n\nNgày 03/5/2021, hội nghị giao ban.",
     "2021-05-03", "(Thứ hai, 03/05/2021, 05:09 pm GMT+7)"),
    ("Tiêu đề\n\n- 29/05/2023, 11:04 - Chia sẻ\n\nĐại biểu cho biết.", "2023-05-29", "- 29/05/2023, 11:04 - Chia sẻ"),
    (" date 2025-08-29 Chiều 28-8, Đại hội bế mạc.", "2025-08-29", "date 2025-08-29"),
    (" date 2024-02 Cụ thể, số lượt khám tăng 11%.", "2024-02", "date 2024-02"),
    ("Tiêu đề\n9:25', 20/7/ 2009 (GMT+7)\n\nKỳ họp thứ 15 đã thông qua.", "2009-07-20", "9:25', 20/7/ 2009 (GMT+7)"),
    ("Tiêu đề\n( 11/4/2013)\nSỞ Y TẾ\nQuảng Ninh, ngày 18 tháng 4 năm 2013", "2013-04-11", "( 11/4/2013)"),
    ("NGHỊ QUYẾT\nSố: 171/2006/NQ-HĐND |\nVinh, ngày 15 tháng 12 năm 2006 |\nĐiều 1. Nâng mức.",
     "2006-12-15", "Vinh, ngày 15 tháng 12 năm 2006 |"),
    ("Số hiệu: | 49/KH-UBND |\nNgày ban hành: | 21/05/2018 | Ngày hiệu lực: | Đang cập nhật |\nNội dung.",
     "2018-05-21", None),
    # a date beside the section's name, after a bar
    ("Tiêu đề bài viết\nNgày 14/5/2024 | Tin hoạt động\nNội dung bài viết.", "2024-05-14", "Ngày 14/5/2024 | Tin hoạt động"),
    # ... but not a line of text that happens to hold a bar
    ("Tiêu đề\n\nNgày 14/5/2024, bệnh viện tiếp nhận | bàn giao thiết bị cho các khoa lâm sàng.", None, None),
    # a site banner with today's date is not the article's date
    ("Thứ Năm, ngày 6 tháng 10 năm 2022\n\nTiêu đề\n\nSáng 14/2, Công đoàn tổ chức Hội nghị.", None, None),
    # a label with a day that does not exist is no dateline
    (" date 2022-05-76 Chiều 26-2, Đại hội bế mạc.", None, None),
    (" date 2022-13 Chiều 26-2, Đại hội bế mạc.", None, None),
    # a date inside the text is not a dateline
    ("Tiêu đề\n\nNgày 25/01/2021, Đoàn kiểm tra của Sở Y tế đã tổ chức kiểm tra.", None, None),
]


@pytest.mark.parametrize("page, date, printed", DATELINES)
def test_dateline(page, date, printed):
    article = _article(page)
    assert article.published_date == date
    if printed is not None:
        assert article.published == printed


def test_inline_dateline_leaves_the_sentence_in_the_article():
    page = " date 2025-08-29 Chiều 28-8, Đại hội bế mạc."
    assert not _allowed(page, "date 2025-08-29")
    assert _allowed(page, "Chiều 28-8, Đại hội bế mạc")


# (page, author): the byline at the end, or beside a dateline inside the text
BYLINES = [
    ("Tiêu đề\n\nNội dung bài viết dài.\n\nVŨ DUYÊN\n\nTừ khóa:", "VŨ DUYÊN"),
    ("Tiêu đề\n\nNội dung bài viết dài.\n\nTác giả: Thúy Hà - Trung tâm TTGDSK", "Thúy Hà"),
    ("Tiêu đề\n\nNội dung bài viết dài.\n\n  • Xuân Nguyên\nIn trang Gửi phản hồi", "Xuân Nguyên"),
    ("Tiêu đề\n\nNội dung bài viết dài.\n\nN.DƯƠNG", "N.DƯƠNG"),
    ("Tiêu đề\n\nNội dung bài viết.\n\nCẩm Tú – Đức Tình\n\n24/12/2024 20:30\n\nNăm 2024, ngành y tế hoàn thành.",
     "Cẩm Tú – Đức Tình"),
    ("Tiêu đề\n\nNội dung bài viết kết thúc bằng một câu.", None),
    # the signer of a notice is not its author
    ("THÔNG BÁO\n\nNội dung thông báo.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nTrần Thị Hoa", None),
    # … nor is the signer right under the office, nor the office itself, even in a table's bars
    ("QUYẾT ĐỊNH\n\nNội dung quyết định.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhan Thanh Dũng", None),
    ("NGHỊ QUYẾT\n\nNội dung nghị quyết.\n|\nCHỦ TỊCH\nPhạm Thanh Tịnh |", None),
]


@pytest.mark.parametrize("page, author", BYLINES)
def test_byline(page, author):
    assert _article(page).author == author


# (page, phrase that ends the article: it and what follows are outside)
ENDS = [
    ("Tiêu đề\n\nNội dung.\n\nÝ kiến bạn đọc\nBình luận hay.", "Ý kiến bạn đọc"),
    ("Tiêu đề\n\nNội dung.\n\nCÁC TIN KHÁC >>\nTin một (20/07/2009)", "CÁC TIN KHÁC"),
    ("Tiêu đề\n\nNội dung.\nTRANG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ TỈNH\nĐịa chỉ: Tầng 19", "TRANG THÔNG TIN"),
    # site headings above the article's first sentence do not end it; lists below it do
    ("SỞ Y TẾ TỈNH PHÚ YÊN\nCổng thông tin điện tử\nTrang chủ | Tin tức\nTiêu đề\n"
     "Nội dung bài viết về hội nghị tổng kết công tác y tế năm 2023 của tỉnh Phú Yên.\n"
     "Các tin đã đưa\n- Hội nghị triển khai tiêm vắc xin (10/09/2024)", "Hội nghị triển khai"),
    ("Tiêu đề\n\nNội dung bài viết về hội nghị tổng kết công tác y tế năm 2023 của tỉnh.\n"
     "LỊCH CÔNG TÁC TUẦN\nThứ Hai 12/8: Giám đốc Sở họp giao ban lãnh đạo Sở", "Giám đốc Sở họp"),
    ("Tiêu đề\n\nNội dung bài viết về hội nghị tổng kết công tác y tế năm 2023 của tỉnh.\n"
     "Người chịu trách nhiệm: Nông Văn Thắng - Giám đốc Trung tâm", "Nông Văn Thắng"),
    # a contact line, whatever it starts with
    ("Tiêu đề\n\nNội dung.\nSỞ Y TẾ HÀ TĨNH | Địa chỉ: 75 Hải Thượng Lãn Ông, TP Hà Tĩnh | ĐT: 0239.3855.449\nNội dung.",
     "75 Hải Thượng"),
    # a footer line of any length, whatever follows its first words
    ("Tiêu đề\n\nNội dung.\nBản quyền © Bệnh viện Trung ương Huế - 16 Lê Lợi, TP. Huế. Tổng đài: 0234.3822.325",
     "16 Lê Lợi"),
    ("Tiêu đề\n\nNội dung.\nBản quyền thuộc UBND tỉnh Thái Bình. Giấy phép số 12/GP-TTĐT ngày 20/3/2019. "
     "Địa chỉ: 76 Lê Lợi, TP. Thái Bình, tỉnh Thái Bình. Điện thoại: 0227.3831.234", "76 Lê Lợi"),
]


@pytest.mark.parametrize("page, phrase", ENDS)
def test_article_ends(page, phrase):
    assert not _allowed(page, phrase)
    assert _allowed(page, "Nội dung")


def test_a_long_sentence_starting_like_a_heading_does_not_end_the_article():
    page = ("Tiêu đề\n\nNội dung.\n\nBình luận về kết quả này, Giám đốc Sở Y tế cho biết ngành đã "
            "hoàn thành vượt mức các chỉ tiêu được giao trong năm qua.\n\nĐoạn cuối.")
    assert _allowed(page, "Đoạn cuối")


# (page, phrase, may facts come from it?): a sentence that merely starts like a counter is text
FURNITURE_OR_TEXT = [
    ("Tiêu đề\n\nHôm qua (12/5), Trung tâm Y tế huyện khai giảng lớp bồi dưỡng cho 60 học viên.\n\nĐoạn cuối.",
     "Trung tâm Y tế huyện", True),
    ("Tiêu đề\n\nTất cả các trạm y tế xã trong huyện đã có bác sĩ làm việc thường xuyên.\n\nĐoạn cuối.",
     "các trạm y tế xã", True),
    ("Tiêu đề\n\nNội dung.\n\nHôm qua: 1234\nHôm nay 56\n\nĐoạn cuối.", "1234", False),
    ("Tiêu đề\n\nNội dung.\n\nĐịa chỉ: Số 5 đường Trần Phú, phường 1, thành phố, tỉnh; Điện thoại: 0299 3822 214; "
     "Email: soyte@example.vn; Giờ làm việc: từ thứ Hai đến thứ Sáu hằng tuần.\n\nĐoạn cuối.", "Số 5 đường", False),
]


@pytest.mark.parametrize("page, phrase, allowed", FURNITURE_OR_TEXT)
def test_furniture_or_text(page, phrase, allowed):
    assert _allowed(page, phrase) is allowed


def test_a_header_box_above_the_article_is_furniture():
    """A heading that would end the article, with its items on the same line, is a box of
    the page's header when it stands above the first sentence: its day and clock time are
    no meeting and no figure, and the article is not cut there."""
    box = "Lịch công tác tuần: Thứ Hai 15/4 – 8 giờ: Giao ban Ban Giám đốc Sở"
    page = ("SỞ Y TẾ THÀNH PHỐ CẦN THƠ\nTrang chủ | Tin tức | Thông báo | Lịch công tác | Dịch vụ công trực tuyến\n"
            f"{box}\nCần Thơ triển khai Chỉ thị về y tế cơ sở\nNgày đăng: 10/04/2024 - 14:20\n"
            "Sáng 10/4, Sở Y tế thành phố Cần Thơ tổ chức hội nghị triển khai Chỉ thị số 45/CT-UBND về y tế cơ sở.\n")
    article = _article(page)
    assert not article.allows(page.index(box), page.index(box) + len(box))
    assert article.allows(page.index("Sáng 10/4"), page.index("cơ sở."))
    assert article.title == "Cần Thơ triển khai Chỉ thị về y tế cơ sở"


@pytest.mark.parametrize("line, furniture", [
    ("Tin tức > Tin hoạt động", True),
    ("Trang chủ » Tin tức - Sự kiện", True),
    ("Thông báo tuyển dụng", False),  # two menu words with no breadcrumb's mark: a title
])
def test_a_breadcrumb_is_furniture(line, furniture):
    page = f"{line}\nSáng 10/4, Sở Y tế tổ chức hội nghị triển khai công tác y tế cơ sở năm 2024 tại hội trường.\n"
    assert _article(page).allows(0, len(line)) is not furniture


def test_a_sidebar_of_new_documents_ends_the_article():
    """"Văn bản mới", "Tin mới", "Thống kê truy cập": the site's boxes after the article, whose
    document numbers and counters are none of its facts."""
    page = ("Bạc Liêu sơ kết công tác phòng chống dịch\nThứ Sáu, 10/05/2024 09:15\n"
            "Sáng 9/5, Sở Y tế tỉnh Bạc Liêu tổ chức hội nghị sơ kết công tác phòng chống dịch theo Kế hoạch số 45/KH-UBND.\n"
            "Tin mới\n- Khám sàng lọc cho người cao tuổi (08/05/2024)\n"
            "Văn bản mới\n- Quyết định số 512/QĐ-SYT ngày 02/05/2024 về việc ban hành quy chế\n"
            "Thống kê truy cập\nTổng lượt truy cập: 1.254.889\n")
    article = _article(page)
    assert article.allows(page.index("Kế hoạch"), page.index("45/KH-UBND"))
    assert article.end <= page.index("Tin mới")


@pytest.mark.parametrize("above", [
    "Thông báo: Lịch tiếp công dân tháng 5/2024 của Giám đốc Sở Y tế",  # a box of the header
    "Tin hoạt động",  # a section's label
])
def test_the_headline_right_above_the_dateline_is_the_title(above):
    page = (f"SỞ Y TẾ TỈNH BẠC LIÊU\n{above}\nBạc Liêu sơ kết công tác phòng chống dịch\nThứ Sáu, 10/05/2024 09:15\n"
            "Sáng 9/5, Sở Y tế tỉnh Bạc Liêu tổ chức hội nghị sơ kết công tác phòng chống dịch bệnh 4 tháng đầu năm.\n")
    assert _article(page).title == "Bạc Liêu sơ kết công tác phòng chống dịch"


def test_a_headline_over_a_caption_and_the_dateline_stays_the_title():
    page = ("Sở Y tế tổng kết công tác khám, chữa bệnh năm 2016\n"
            "Đồng chí Hồ Quốc Văn Thủy, Phó Chủ tịch UBND thành phố phát biểu chỉ đạo tại Hội nghị\n11:31 18/7/2017\n"
            "Chiều 17/3, Sở Y tế tổ chức Hội nghị tổng kết công tác khám, chữa bệnh năm 2016 tại hội trường.\n")
    assert _article(page).title == "Sở Y tế tổng kết công tác khám, chữa bệnh năm 2016"
