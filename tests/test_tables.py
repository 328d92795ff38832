"""Tables copied as lines of cells between bars: which lines are a table, and the
figures read from its rows."""
from __future__ import annotations

from extract.pipeline import extract_text
from extract.tables import find_tables
from extract.text import Text

REPORT = (
    "Sở Y tế tổng kết công tác năm\n\n"
    "Kết quả thực hiện các chỉ tiêu chuyên môn như sau:\n"
    "STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện | Tỷ lệ (%)\n"
    "1 | Lượt khám bệnh | lượt | 1.850.000 | 1.402.560 | 75,8\n"
    "2 | Phẫu thuật | ca | 42.000 | 33.180 | 79,0\n"
    "Năm 2024, toàn tỉnh có 12 trạm y tế đạt chuẩn.\n"
)


def figures(text: str) -> list[tuple]:
    _, found = extract_text("t", Text.of(text))
    return [(f.value, f.unit, f.about) for f in found["figures"]]


def test_a_table_is_a_header_and_rows_of_as_many_cells():
    tables = find_tables(REPORT, 0, len(REPORT))
    assert len(tables) == 1
    assert [c.text for c in tables[0].header] == ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện", "Tỷ lệ (%)"]
    assert [[c.text for c in row] for row in tables[0].rows] == [
        ["1", "Lượt khám bệnh", "lượt", "1.850.000", "1.402.560", "75,8"],
        ["2", "Phẫu thuật", "ca", "42.000", "33.180", "79,0"]]


def test_cells_quote_the_text_at_their_offsets():
    for row in find_tables(REPORT, 0, len(REPORT))[0].rows:
        assert all(REPORT[c.start:c.end] == c.text for c in row)


def test_each_number_of_a_row_is_a_figure_with_its_columns_unit():
    assert figures(REPORT) == [
        (1850000, "lượt", "Lượt khám bệnh, Kế hoạch năm"), (1402560, "lượt", "Lượt khám bệnh, Thực hiện"),
        (75.8, "%", "Lượt khám bệnh, Tỷ lệ (%)"), (42000, "ca", "Phẫu thuật, Kế hoạch năm"),
        (33180, "ca", "Phẫu thuật, Thực hiện"), (79.0, "%", "Phẫu thuật, Tỷ lệ (%)"),
        (12, "trạm y tế", "trạm y tế đạt chuẩn")]


def test_a_unit_in_the_header_brackets_and_a_total_row():
    text = ("Kế hoạch tiêm chủng\n\nSTT | Đơn vị | Số trẻ dự kiến (trẻ) | Số điểm tiêm (điểm)\n"
            "1 | Huyện Ba Tri | 1.102 | 24\n | Tổng cộng | 4.207 | 81\n")
    assert [(v, u) for v, u, _ in figures(text)] == [(1102, "trẻ"), (24, "điểm"), (4207, "trẻ"), (81, "điểm")]


def test_letterheads_menus_and_metadata_are_no_tables():
    text = ("UBND TỈNH BẾN TRE | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 2417/KH-SYT | Bến Tre, ngày 05 tháng 7 năm 2024\n"
            "Trang chủ | Giới thiệu | Tin tức | Văn bản\n"
            "Số hiệu: | 49/KH-UBND | Loại văn bản: | Văn bản khác |\n"
            "Ngày ban hành: | 21/05/2018 | Ngày hiệu lực: | Đang cập nhật |\n")
    assert find_tables(text, 0, len(text)) == []


def test_years_and_serial_numbers_in_a_table_are_no_figures():
    text = ("Báo cáo\n\nTT | Năm | Số ca mắc (ca)\n1 | 2023 | 1.250\n2 | 2024 | 980\n")
    assert [(v, u) for v, u, _ in figures(text)] == [(1250, "ca"), (980, "ca")]


def test_a_counter_laid_out_as_a_table_is_furniture():
    text = ("Tin tức\n\nNội dung bài viết về y tế.\nHôm nay | Tuần này | Tháng này\n123 | 4.567 | 89.012\n")
    assert figures(text) == []


def test_a_cell_with_words_around_its_number_is_read_as_prose():
    text = ("Tình hình dịch bệnh\n\nBệnh | Số mắc | Cộng dồn | So cùng kỳ\n"
            "Sốt xuất huyết | 56 | 412 ca | giảm 23,5%\nTay chân miệng | 18 | 130 | tăng 4,1%\n")
    assert figures(text) == [
        (56, None, "Sốt xuất huyết, Số mắc"), (412, "ca", "Sốt xuất huyết, Cộng dồn"),
        (23.5, "%", "Sốt xuất huyết, So cùng kỳ, giảm"),
        (18, None, "Tay chân miệng, Số mắc"), (130, None, "Tay chân miệng, Cộng dồn"),
        (4.1, "%", "Tay chân miệng, So cùng kỳ, tăng")]
