"""Headline figures: every number form, and every number that is not a figure.

Each case is one line: an article sentence (in the shapes of provincial health
news) and what the figures extractor must read from it.
"""
from __future__ import annotations

import pytest

from extract.figures import parse_number, read_number
from extract.pipeline import extract_text
from extract.text import Text

TITLE = "Sở Y tế tổng kết công tác y tế\n\n"


def figures(sentence: str):
    """The figures found in a short article made of a title and ``sentence``."""
    _, found = extract_text("t", Text.of(TITLE + sentence + "\n"))
    return found["figures"]


def fields(figure, names):
    return {name: getattr(figure, name) for name in names}


# --- number forms: (sentence, [(value, unit), …]) ------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Sở Y tế quản lý 3.787 công chức, viên chức.", [(3787, "công chức")]),
    ("Dân số toàn tỉnh đạt 3.722.060 người; tuổi thọ trung bình 74,3 tuổi.", [(3722060, "người"), (74.3, "tuổi")]),
    ("Mỗi trung tâm được hỗ trợ chuyên môn định kỳ 1 lần/tháng; trung tâm tiếp nhận 115 ca cấp cứu.",
     [(1, "lần"), (115, "ca cấp cứu")]),
    ("Danh mục mới đưa ra khỏi danh mục 9 hoạt chất không còn số đăng ký.", [(9, "hoạt chất")]),
    ("Quỹ trao tặng bệnh viện 1 máy siêu âm; bệnh viện nằm trong số 5 đơn vị được tặng Cờ thi đua.",
     [(1, "máy siêu âm"), (5, "đơn vị")]),
    ("Trạm Y tế xã chỉ có 1 bác sĩ phụ trách hơn 9.000 dân.", [(1, "bác sĩ"), (9000, "dân")]),
    # so many for each team, not team number 3
    ("Trung tâm thành lập 12 đội tiêm lưu động, mỗi đội 3 người.", [(12, "đội tiêm lưu động"), (3, "người")]),
    # a count right after a hospital's name and a verb is still a count
    ("Trước giao thừa, Bệnh viện Sản Nhi có 86 bệnh nhân đang điều trị.", [(86, "bệnh nhân")]),
    # an amount after "một lần" (once): a label before a number does not make a scaled sum an identifier
    ("Tỉnh hỗ trợ một lần 200 triệu đồng cho bác sĩ về công tác tại huyện.", [(200_000_000, "đồng")]),
    ("Mức hỗ trợ 45 triệu đồng đối với bác sĩ.", [(45_000_000, "đồng")]),
    ("Tỷ lệ tiêm chủng đạt 75,3%, thấp hơn cùng kỳ 14,2%.", [(75.3, "%"), (14.2, "%")]),
    ("Trung tâm Y tế huyện sẽ luân phiên 2 bác sĩ về hỗ trợ xã.", [(2, "bác sĩ")]),
    ("Đảng bộ đã hoàn thành vượt mức 14/16 chỉ tiêu nghị quyết đề ra.", [(14, "chỉ tiêu nghị quyết")]),
    ("Nhiều thời điểm 2 người bệnh/giường.", [(2, "người bệnh")]),
    # a document type in lower case is a verb: "hướng dẫn 45 nghiên cứu sinh", "báo cáo 12 ca"
    ("Bệnh viện báo cáo 12 ca mắc mới; thực hiện Hướng dẫn 45 của Sở.", [(12, "ca mắc")]),
    # a duration in hours, also "kéo dài đến" one
    ("Thời gian chờ kéo dài đến 6 giờ; bệnh nhân được theo dõi 48 giờ.", [(6, "giờ"), (48, "giờ")]),
    # a thousands dot makes a count, even after a label word ("năm")
    ("Sốt xuất huyết cộng dồn từ đầu năm 1.964 ca; bệnh nhân được theo dõi 48 giờ sau tiêm.",
     [(1964, "ca"), (48, "giờ")]),
    # money is counted in its currency; what it is for comes after
    ("Tỉnh giải ngân 12.345,6 triệu đồng vốn đầu tư công.", [(12_345_600_000, "đồng")]),
    ("Hội nghị có 5 đồng chí Phó Giám đốc Sở tham dự.", [(5, "đồng chí")]),
    ("Số lượt khám chữa bệnh/dân số đạt 1,34 lần.", [(1.34, "lần")]),
    ("Công suất sử dụng giường bệnh đạt 103,76% so với kế hoạch.", [(103.76, "%")]),
    ("Bệnh viện đã thực hiện thành công 04 ca ghép thận.", [(4, "ca ghép thận")]),
    ("Sở đã cung cấp 133/186 thủ tục hành chính trực tuyến.", [(133, "thủ tục hành chính trực tuyến")]),
    ("Ngành y tế hoàn thành 3/3 chỉ tiêu được giao.", [(3, "chỉ tiêu")]),
    ("Tỷ lệ hài lòng của người bệnh đạt từ 100 - 120%.", [(100, "%")]),
    ("Tổng số lượt khám năm nay đạt 2,9 triệu lượt.", [(2900000, "lượt")]),
    ("Tổng kinh phí đầu tư là 726,8 tỷ đồng.", [(726800000000, "đồng")]),
    ("Mức hỗ trợ là 600 ngàn đồng/người/tháng.", [(600000, "đồng")]),
    ("Mỗi suất quà trị giá 1 triệu đồng.", [(1000000, "đồng")]),
    ("Mức sinh hoạt phí là 40.000 đồng/người/tháng.", [(40000, "đồng")]),
    ("Giá dịch vụ là 150.000đ mỗi lần khám.", [(150000, "đ")]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 61.42 (loại tốt).", [(61.42, None)]),
    ("Hiện toàn tỉnh có 34 đơn vị trực thuộc Sở.", [(34, "đơn vị")]),
    ("Tỉnh có 159 xã, phường, thị trấn.", [(159, "xã")]),
    ("Đến nay, 100% các huyện đã có trung tâm y tế.", [(100, "%")]),
    ("Đảng bộ có 06 Chi bộ và 01 Đảng bộ bộ phận với tổng số 230 đảng viên.",
     [(6, "Chi bộ"), (1, "Đảng bộ bộ phận"), (230, "đảng viên")]),
    ("Đoàn đã trao 50 suất quà đến các bệnh nhân.", [(50, "suất quà")]),
    ("Bệnh viện có 86 bệnh nhân đang điều trị.", [(86, "bệnh nhân")]),
    ("Ngành đã triển khai 11 đề án và 4 kế hoạch phát triển.", [(11, "đề án"), (4, "kế hoạch phát triển")]),
    ("Năm nay xây dựng 10 nhóm hoạt động với 43 hoạt động thiết thực.", [(10, "nhóm hoạt động"), (43, "hoạt động thiết thực")]),
    ("Các bệnh viện tuyến trên chuyển giao cho Hải Phòng 11 kỹ thuật.", [(11, "kỹ thuật")]),
    ("Bệnh viện có 1.250 giường bệnh.", [(1250, "giường bệnh")]),
    ("Sau 10 năm thực hiện Chỉ thị, mạng lưới được củng cố.", [(10, "năm")]),
    ("Tuổi thọ trung bình đạt 74,5 tuổi.", [(74.5, "tuổi")]),
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 92,5 phần trăm.", [(92.5, "%")]),
])
def test_number_forms(sentence, expected):
    assert [(f.value, f.unit) for f in figures(sentence)] == expected


# --- the record's other fields: (sentence, index, {field: value}) --------------
@pytest.mark.parametrize("sentence, index, expected", [
    ("Sở đã cung cấp 133/186 thủ tục hành chính.", 0, {"total": 186, "surface": "133/186"}),
    ("Tỷ lệ hài lòng đạt 100 - 120%.", 0, {"range_end": 120, "surface": "100 - 120"}),
    # a range in words: the scale and unit written once, after its end
    ("Chi phí mỗi ca tiết kiệm từ 15 đến 20 triệu đồng.", 0,
     {"value": 15_000_000, "range_end": 20_000_000, "unit": "đồng", "surface": "15 đến 20 triệu"}),
    ("Mỗi xã tổ chức từ 2 đến 3 đợt chiến dịch.", 0, {"value": 2, "range_end": 3, "unit": "đợt chiến dịch"}),
    ("Mức đầu tư mỗi trạm từ 1,2 tới 1,8 tỷ đồng.", 0, {"value": 1_200_000_000, "range_end": 1_800_000_000}),
    ("Tổng kinh phí là 726,8 tỷ đồng.", 0, {"surface": "726,8 tỷ", "ambiguous": False}),
    ("Tỷ lệ hồ sơ trực tuyến đạt 61.42.", 0, {"surface": "61.42", "ambiguous": True}),
    ("Bệnh viện thực hiện 04 ca ghép thận.", 0, {"surface": "04", "value": 4}),
    ("Công suất sử dụng giường bệnh tại các bệnh viện công lập đạt 103,76% so với kế hoạch.", 0,
     {"about": "Công suất sử dụng giường bệnh tại các bệnh viện công lập",
      "comparison": "đạt 103,76% so với kế hoạch", "headline": True}),
    ("Công suất sử dụng giường bệnh đạt 103,76% (tăng 7,0% so với năm 2021).", 1,
     {"value": 7.0, "unit": "%", "comparison": "tăng 7,0% so với năm 2021",
      "about": "Công suất sử dụng giường bệnh"}),
    ("Số lượt khám đạt 1,34 lần (tăng 0,11 so với năm 2021).", 1,
     {"value": 0.11, "unit": None, "comparison": "tăng 0,11 so với năm 2021"}),
    ("Tỷ lệ suy dinh dưỡng giảm còn 16,54%, giảm 1,2% so với cùng kỳ năm 2021.", 0,
     {"value": 16.54, "comparison": None}),
    ("Trong quý I năm 2013, các đơn vị khám cho 12.500 lượt người.", 0, {"period": "quý I năm 2013"}),
    ("Năm 2022, tỷ lệ tiêm chủng đạt 98,2%.", 0, {"period": "Năm 2022", "about": "tỷ lệ tiêm chủng"}),
    ("Trong năm 2022 và 2 tháng đầu năm 2023, tỷ lệ tiêm chủng đạt 98,2%.", 0,
     {"period": "năm 2022 và 2 tháng đầu năm 2023"}),
    ("Năm 2023, bệnh viện khám 12.000 lượt người. Số ca phẫu thuật đạt 1.500 ca.", 1, {"period": "Năm 2023"}),
    ("Phấn đấu đến hết năm 2025 đạt 50% số xã đạt chuẩn quốc gia về y tế.", 0,
     {"about": "số xã đạt chuẩn quốc gia về y tế"}),
    ("1. Hoàn thành 10 nhiệm vụ trọng tâm của ngành.", 0, {"value": 10, "headline": False}),
    ("Năm 2024, ngành phấn đấu 100% trạm y tế xã có bác sĩ.", 0, {"about": "trạm y tế xã có bác sĩ"}),
    ("Năm 2023, ngành đã hoàn thành và vượt 12/14 chỉ tiêu kế hoạch.", 0,
     {"about": "chỉ tiêu kế hoạch", "total": 14, "comparison": "vượt 12/14 chỉ tiêu kế hoạch"}),
    ("Năm 2023, toàn ngành có 36 đơn vị thực hiện tự chủ.", 0, {"headline": True}),
    # what a count counts ends before its comparison
    ("Trong tuần ghi nhận 245 ca, tăng 38 ca so với tuần trước.", 1, {"about": "ca"}),
    # an item's label before a colon says what its value measures
    ("Năm 2024:\n- Tổng tỷ suất sinh: 2,15 con/phụ nữ;\n- Số người mới sử dụng biện pháp tránh thai: 32.145 người.", 1,
     {"value": 32145, "unit": "người", "about": "Số người mới sử dụng biện pháp tránh thai"}),
    ("Năm 2024:\n- Tổng tỷ suất sinh: 2,15 con/phụ nữ.", 0, {"value": 2.15, "about": "Tổng tỷ suất sinh"}),
])
def test_figure_fields(sentence, index, expected):
    found = figures(sentence)
    assert fields(found[index], expected) == expected


# --- not figures: (sentence, surfaces that must not be read as figures) --------
@pytest.mark.parametrize("sentence, not_figures", [
    ("Ngành y tế tiếp tục thực hiện tốt các nhiệm vụ năm 2023.", ["2023"]),
    # clock times written with "giờ" alone, before a day
    ("Đến 17 giờ ngày 30-12, 10 người đã xuất viện; báo cáo trước 16 giờ thứ Năm hằng tuần.", ["17", "16"]),
    ("Lễ viếng từ 8 giờ đến 10 giờ; hạn chế ra ngoài từ 11 giờ đến 15 giờ; lễ đưa tang hồi 10 giờ cùng ngày.",
     ["8", "10", "11", "15"]),
    # a holiday's date; a campus's number
    ("Khoa bố trí 12 bác sĩ trực liên tục, kể cả dịp nghỉ lễ 2-9 sắp tới.", ["2"]),
    ("Dự án cơ sở 2 quy mô 1.000 giường đã hoàn thành.", ["2"]),
    # a day in an event's name: "11 of 7" is no fraction
    ("UBND tỉnh tổ chức Lễ mít tinh hưởng ứng Ngày Dân số Thế giới 11/7 năm 2024.", ["11"]),
    # a number inside a name, before a place
    ("Trung tâm Cấp cứu 115 Hà Nội tổ chức hội nghị với 40 đại biểu.", ["115"]),
    # the emergency line, a grade, a regular visit
    ("Trung tâm Cấp cứu 115 thành phố hiện có 68 trạm vệ tinh; người dân gọi 115 khi cần.", ["115"]),
    ("Tỷ lệ khô miệng độ 3 chỉ 6,2%.", ["3"]),
    ("Trung tâm Cấp cứu 115 bố trí 9 kíp cấp cứu trực tại các quận.", ["115"]),
    ("Đồng chí Lan trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Phan Văn Đức; báo cáo về Sở trước 15 giờ.", ["50", "15"]),
    # "0 đồng" names a free service
    ("Chương trình “Chuyến xe 0 đồng” đã đưa 120 bệnh nhân về quê.", ["0"]),
    # a hospital named with a number
    ("Đoàn công tác của Bệnh viện Nhi đồng 1 TP.HCM do bà Lâm Thị Mỹ Hạnh dẫn đầu hội chẩn 3 ca bệnh nặng.", ["1"]),
    ("Bệnh viện Quân y 175 dẫn đầu về số ca ghép; Bệnh viện 108 tiếp nhận 45 bệnh nhân.", ["175", "108"]),
    # a naval region named by its number
    ("Đoàn gồm 26 y bác sĩ của Bệnh xá Vùng 5 Hải quân và Bệnh viện Đa khoa tỉnh.", ["5"]),
    # the 6th plenum of the Central Committee
    ("Thực hiện Nghị quyết 18-NQ/TW của Hội nghị Trung ương 6 khóa XII, Sở giảm 118 biên chế.", ["6"]),
    ("Các đơn vị báo cáo về Sở trước 17 giờ hằng ngày thứ Sáu.", ["17"]),
    # an age in months; a clock time after "từ"
    ("Ca ghép gan được thực hiện cho một bé gái 14 tháng tuổi ở Lạng Sơn.", ["14"]),
    ("Chiều 27-12-2023, từ 14 giờ, Bệnh viện tổ chức hội nghị với 300 đại biểu.", ["14"]),
    # the months a report covers
    ("Sở Y tế báo cáo kết quả công tác y tế 9 tháng năm 2024 và lũy kế 5 tháng.", ["9", "5"]),
    ("9 tháng, đơn vị khám 94.306 lượt. Trong 6 tháng, bệnh viện điều trị 1.200 ca.", ["9", "6"]),
    ("Chỉ tiêu | Kế hoạch 2024 | Thực hiện 9 tháng | Tỷ lệ (%)", ["9"]),
    # the first months of a year: a period
    ("9 tháng năm 2024, bệnh viện đã khám cho 186.000 lượt người.", ["9"]),
    ("Trong 6 tháng/2024, toàn tỉnh ghi nhận 12 ca mắc.", ["6"]),
    # a range of years is no range of quantities
    ("Từ 2020 đến 2024, tỉnh đầu tư 12 trạm y tế.", ["2020", "2024"]),
    ("Chính sách đãi ngộ nhân lực giai đoạn 2024 – 2030 được thông qua.", ["2024", "2030"]),
    ("Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025-2030 đã bế mạc.", ["2025", "2030"]),
    ("Hội nghị bắt đầu lúc 08:15 và kết thúc lúc 9h30 cùng ngày.", ["08", "15", "9", "30"]),
    ("Sáng 24/12, Bộ Y tế tổ chức hội nghị.", ["24", "12"]),
    ("Hội nghị diễn ra ngày 16 tháng 4 năm 2013 tại Hạ Long.", ["16", "4", "2013"]),
    ("Sở thực hiện Quyết định số 4121/QĐ-SYT của Giám đốc Sở.", ["4121"]),
    ("Tỉnh ủy ban hành Chỉ thị 06-CT/TW về y tế cơ sở.", ["06"]),
    ("Thực hiện Thông báo kết luận số 2927 -TB/TU của Tỉnh ủy.", ["2927"]),
    ("Nghị quyết Đại hội đảng bộ tỉnh lần thứ 5 đã đề ra mục tiêu.", ["5"]),
    ("Sở Y tế đứng thứ 3/20 các sở, ngành về chuyển đổi số.", ["3/20", "3"]),
    ("Các cơ sở y tế phân công trực 24/24 giờ.", ["24/24", "24"]),
    ("Đường dây nóng: 0237 3721150 luôn sẵn sàng tiếp nhận phản ánh.", ["0237", "3721150"]),
    ("Điện thoại liên hệ 0203.3825446 để được hướng dẫn.", ["0203", "3825446"]),
    ("Điều 1. Nâng mức sinh hoạt phí cho nhân viên y tế thôn, bản.", ["1"]),
    ("2.1. Tiếp tục triển khai thực hiện nhiệm vụ trọng tâm của ngành.", ["2.1", "2", "1"]),
    ("Trẻ em dưới 6 tuổi được khám chữa bệnh miễn phí.", ["6"]),
    ("Phòng chống dịch cúm A (H1N1, H5N1, H7N9) trong mùa đông xuân.", ["1", "5", "7", "9"]),
    ("Các đơn vị phòng, chống dịch COVID-19 hiệu quả.", ["19"]),
    ("Công tác phòng chống dịch Covid-19 được triển khai quyết liệt.", ["19"]),
    ("Sở đã cung cấp thủ tục hành chính mức độ 3, 4 cho người dân.", ["3", "4"]),
    ("Trụ sở đặt tại Tầng 19, Trụ sở Liên cơ quan số 3.", ["19", "3"]),
    ("Đề án 06 của thành phố để lại dấu ấn mạnh mẽ.", ["06"]),
    ("Phó Thủ tướng trình bày Chuyên đề 2 tại hội nghị.", ["2"]),
    ("Các bệnh viện tập trung chỉ đạo trong tháng 4 vừa qua.", ["4"]),
    ("Hội nghị Ban chấp hành phiên tháng 7/2025 đã diễn ra.", ["7/2025", "7", "2025"]),
    ("Chiến dịch tiêm vắc xin phòng bệnh sởi đợt 2 được triển khai.", ["2"]),
    ("Góp ý các dự thảo (lần2) của Đảng ủy.", ["2"]),
    ("Kỳ họp thứ 15, HĐND tỉnh khóa X đã thông qua Nghị quyết.", ["15"]),
    ("Trong năm 2022 và 2 tháng đầu năm 2023 công tác khám chữa bệnh được nâng cao.", ["2"]),
    ("Tỷ lệ tiêm chủng 3 năm gần đây không đạt kế hoạch.", ["3"]),
    ("Ngày 15/2 (28 tháng Chạp), lãnh đạo tỉnh thăm bệnh nhân.", ["28"]),
    ("Hội nghị kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam.", ["70"]),
    ("Bộ tiêu chí chất lượng bệnh viện Việt Nam, phiên bản 2.0.", ["2.0"]),
    ("Thời gian phát sóng (GMT+7) thay đổi theo mùa.", ["7"]),
    # a committee named by its number, also inside a title ("Trưởng Ban Chỉ đạo 389 tỉnh")
    ("Chiều 14/8, Ban Chỉ đạo 389 tỉnh tổ chức hội nghị.", ["389"]),
    ("Ông Lê Văn Phước – Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 389 tỉnh – chủ trì.", ["389"]),
    # a fishing boat's registration, written with spaces or dashes
    ("Tàu cá QNg 95478 TS chạy suốt 14 giờ mới vào bờ; tàu BĐ-96789-TS chở 5 ngư dân.", ["95478", "96789"]),
    # office hours: a clock time with its minutes before "đến"
    ("Người dân có thể gọi trong giờ hành chính, từ 7 giờ 30 đến 17 giờ.", ["7", "17"]),
])
def test_not_figures(sentence, not_figures):
    surfaces = {f.surface for f in figures(sentence)}
    assert surfaces.isdisjoint(not_figures), surfaces


def test_a_repeated_count_is_one_fact():
    found = figures("Hội nghị tổng kết 20 năm phòng chống HIV. Qua 20 năm đương đầu với dịch, thành phố đạt nhiều kết quả.")
    assert [(f.value, f.unit) for f in found] == [(20, "năm")]


def test_figures_carry_evidence_of_the_number_and_unit():
    text = TITLE + "Toàn tỉnh có 139 trạm y tế có bác sĩ.\n"
    _, found = extract_text("t", Text.of(text))
    figure = found["figures"][0]
    assert figure.evidence.quote == "139 trạm y tế"
    assert text[figure.evidence.start:figure.evidence.end] == figure.evidence.quote


@pytest.mark.parametrize("written, value, ambiguous", [
    ("3.787", 3787, False),
    ("1,34", 1.34, False),
    ("04", 4, False),
    ("7,0", 7.0, False),
    ("1.250.000", 1250000, False),
    ("61.42", 61.42, True),
    ("1,234,567", 1234567, True),
])
def test_read_number(written, value, ambiguous):
    reading = read_number(written)
    assert (parse_number(written), reading[1]) == (value, ambiguous)
    assert type(parse_number(written)) is type(value)


def test_section_numbers_are_not_numbers():
    assert read_number("1.2.3") is None


def test_a_rate_in_the_title_is_not_counted_again_in_the_body():
    _, found = extract_text("t", Text.of("Tỷ lệ bao phủ bảo hiểm y tế đạt 92,5%\n\nNăm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 92,5%, tỷ lệ hài lòng đạt 92,5%.\n"))
    assert [f.value for f in found["figures"]] == [92.5, 92.5]


@pytest.mark.parametrize("sentence, expected", [
    ("Đã khám cho 1.532 em lớp 10 trên địa bàn.", [(1532, "em")]),
    ("Tỷ lệ sinh con thứ 3 trở lên giảm 0,2‰ so với năm trước.", [(0.2, "‰")]),
    ("Vụ ngộ độc khiến 35 người phải nhập viện.", [(35, "người")]),
    ("Tổng đài 1900 9095 hỗ trợ người dân.", []),
    ("Bệnh viện 115 tổ chức hội nghị khoa học.", []),
    ("Các đơn vị tổ chức tiêm mũi 3 cho 12.000 người.", [(12000, "người")]),
    ("Đơn vị đạt chứng nhận ISO 9001:2015 về quản lý chất lượng.", []),
    ("Bệnh nhân nam (45 tuổi) được cấp cứu lúc 22 giờ 30 phút.", []),
    ("Hội nghị lần thứ 5, 30 đại biểu tham dự.", [(30, "đại biểu")]),
    ("Khoảng 2.5 triệu người đã được tiêm.", [(2500000, "người")]),
    # a size: each side in the unit written after the last
    ("Khối u kích thước 28 x 22 cm, nặng 6,2 kg.", [(28, "cm"), (22, "cm"), (6.2, "kg")]),
    # a bulletin's items: a bare value after its label and a colon; a list on the next line is no range
    ("Kết quả:\n- Số người được tư vấn dinh dưỡng: 410\n- Tử vong: 0\n· Số ca nặng: 4 ca",
     [(410, None), (0, None), (4, "ca")]),
    ("Tổng số giường bệnh: 7.450, trong đó giường bệnh tư nhân: 1.130\nSố bác sĩ: 2.916; dược sĩ: 412",
     [(7450, None), (1130, None), (2916, None), (412, None)]),
    ("- Ca mắc trong tuần: 64 ca; cộng dồn: 1.875 ca", [(64, "ca"), (1875, "ca")]),
    # not values: a contact, a time, an inline numbered list
    ("Số điện thoại: 0262 3852 689\nTuần: 24\nCác biện pháp: 1. Giám sát; 2. Khử khuẩn.", []),
    # "tỷ" of "tỷ lệ" on the next line scales nothing
    ("Số giường bệnh/vạn dân: 36,4\nTỷ lệ trạm y tế có bác sĩ: 97,3%", [(36.4, None), (97.3, "%")]),
    # an emergency number in a hospital's name
    ("Sáng 6/2, Bệnh viện Nhân dân 115 tổ chức hội nghị với 300 đại biểu.", [(300, "đại biểu")]),
    # "kỷ luật" (discipline) ends in the label "luật" but names no law
    ("Cấp ủy đã thi hành kỷ luật 3 đảng viên.", [(3, "đảng viên")]),
    # a dose in a unit of weight is an amount, "liều 2" the second one
    ("Các bác sĩ dùng thuốc tiêu sợi huyết liều 0,9 mg/kg cho bệnh nhân.", [(0.9, "mg")]),
    ("Đã tiêm liều 2 cho 300 trẻ.", [(300, "trẻ")]),
    # a change "từ X lên Y": the old value is counted in the new value's scale and unit
    ("Mức hỗ trợ được nâng từ 0,3 lên 0,5 lần mức lương cơ sở.", [(0.3, "lần mức lương cơ sở"), (0.5, "lần mức lương cơ sở")]),
    ("Kinh phí tăng từ 1,2 lên 1,5 tỷ đồng; số ca giảm từ 120 xuống còn 45 ca.",
     [(1200000000, "đồng"), (1500000000, "đồng"), (120, "ca"), (45, "ca")]),
    ("Có 24 trạm y tế xuống cấp được sửa chữa.", [(24, "trạm y tế")]),
    # a measured level keeps its unit and its decimals; "trở lên" is no unit
    ("Huyết áp ở mức 130 mmHg, thân nhiệt ở mức 37,5 độ; 12 người từ 60 tuổi trở lên.",
     [(130, "mmHg"), (37.5, "độ"), (12, "người")]),
    ("Số bác sĩ đạt 4 trở lên.", [(4, None)]),
    # a verb of what the counted things caused ends their noun
    ("Năm 2023 ghi nhận 139 vụ ngộ độc thực phẩm làm 4.136 người mắc.", [(139, "vụ ngộ độc thực phẩm"), (4136, "người mắc")]),
    # a region named by its number is no figure; "khoanh vùng" (to cordon off) counts what it cordons
    ("Bệnh xá Vùng 5 Hải quân cấp cứu 57 ca; đội đã khoanh vùng 46 hộ.", [(57, "ca"), (46, "hộ")]),
    # a count after "năm" that no year is written as; "đi" (to go) ends what is counted
    ("Tuần qua ghi nhận 26 ca, cộng dồn từ đầu năm 318 ca.", [(26, "ca"), (318, "ca")]),
    ("Sinh viên năm 3 thực tập tại bệnh viện.", []),
    ("Năm 2023 có 1.137 lượt cán bộ y tế đi đào tạo.", [(1137, "lượt cán bộ y tế")]),
    # an amount written with two scales is one figure
    ("Tổng kinh phí 1 tỷ 200 triệu đồng; mỗi người được hỗ trợ 2 triệu 500 nghìn đồng.",
     [(1200000000, "đồng"), (2500000, "đồng")]),
    ("Đã tiêm 3 triệu liều cho 15 người.", [(3000000, "liều"), (15, "người")]),
    # "phòng" ends a unit, and so "dự phòng" is not cut in half
    ("Đã cấp 1,2 triệu viên thuốc kháng sinh dự phòng cho người tiếp xúc.", [(1200000, "viên thuốc kháng sinh")]),
    # the same count in two items of a list is two facts
    ("Danh sách:\n(2) Xã Đăk Nhoong: 5 người mắc, 1 người tử vong\n(3) Xã Đăk Long: 4 người mắc, 1 người tử vong",
     [(5, "người mắc"), (1, "người tử vong"), (4, "người mắc"), (1, "người tử vong")]),
])
def test_units_and_codes(sentence, expected):
    assert [(f.value, f.unit) for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence, not_figures", [
    ("Chuyển đổi số trong Y tế 4.0 mang lại nhiều tiện ích.", ["4.0"]),
    ("Lễ mít tinh chào mừng 70 năm Ngày Thầy thuốc Việt Nam.", ["70"]),
    ("Đoàn khởi hành từ 7 giờ sáng cùng ngày.", ["7"]),
    # a grade reached, with nothing counted after it ("đạt mức 4 về ứng dụng công nghệ thông tin")
    ("Phần mềm HIS đạt mức 5 theo Thông tư 54/2017/TT-BYT; 7 tiêu chí còn ở mức 2.", ["5", "2"]),
    ("38/42 bệnh viện đạt mức 4 trở lên về ứng dụng công nghệ thông tin.", ["4"]),
])
def test_more_non_figures(sentence, not_figures):
    assert {f.surface for f in figures(sentence)}.isdisjoint(not_figures)


# --- the quick paths of figures.py agree with the plain patterns -----------------
import bisect  # noqa: E402
import itertools  # noqa: E402
from itertools import product  # noqa: E402

import regex  # noqa: E402

from extract import figures as F  # noqa: E402

ENDINGS = {name: value for name, value in vars(F).items() if isinstance(value, F._Ending)}
ENDING_WORDS = sorted({w for name in ("labels", "value_heads", "anniversary_before") for w in F._N[name]}
                      | {w for name in ("measure_verbs", "change_verbs", "qualifiers", "level_after_change",
                                        "metric_trailing_drop") for w in F._M[name]}
                      | set(F._U["unit_trailing_drop"]) | {"so với", "cùng kỳ", "Tầng"})


def test_case_blind_matches_fold_alike():
    """_LastWords compares case-folded last words: every character that the regex
    module matches case-blind to a letter of these words must fold like it."""
    every = "".join(map(chr, range(0x110000)))
    letters = {c for w in ENDING_WORDS for c in w if not c.isspace()}
    for letter in letters:
        for c in set(regex.findall(regex.escape(letter), every, flags=regex.I)):
            assert F._fold(c) == F._fold(letter), (letter, c)


@pytest.mark.parametrize("name", sorted(ENDINGS))
def test_ending_tests_agree_with_their_patterns(name):
    ending = ENDINGS[name]
    befores = ["", "Tỷ lệ ", "x", "(", "5 ", "Đạt "]
    afters = ["", " ", "  ", ":", " : ", "\n", " :\n", "::", " hơn", " được  ", " x"]
    for before, word, after in product(befores, ENDING_WORDS, afters):
        for text in {before + word + after, (before + word).upper() + after, word.replace("i", "İ") + after,
                     word.replace(" ", "  ") + after, word[1:] + after}:
            assert ending.ends(text) == (ending.search(text) is not None), (name, text)


def test_last_clause_break_is_the_last_of_a_full_scan():
    texts = itertools.chain(map("".join, product(";:, -–1a\t", repeat=5)),
                            map("".join, product(", -–\x1c\u00a0\u0663\U00011f50x", repeat=4)))
    for text in texts:
        cut = 0
        for m in F._CLAUSE_BREAK.finditer(text):
            cut = m.end()
        assert F._last_break_end(text) == cut, text


def test_times_phones_and_periods_are_found_where_a_scan_finds_them():
    text = ("Lúc 8 giờ, 9h30, 10 h, vào  7 giờ sáng, 23:59', gọi 0912 345 678 hay +84 912 345 678; "
            "năm 2022 - 2023, 2 tháng đầu năm 2024, quý IV/2023, Quý I năm 2013, tháng 5/2024, "
            "giai đoạn 2021 – 2025, nhiệm kỳ 2020-2025, 12  tháng cuối năm, 2024 ٣ giờ 1999.")
    for start in range(0, 12):
        tokens = list(F._TOKEN_NOT_YEAR.finditer(text, start, len(text)))
        times, phones = F._time_and_phone_starts(text, tokens, start)
        for pattern, starts in ((F._TIME, times), (F._PHONE, phones)):
            assert ([m.span() for m in F._finditer_at(pattern, text, starts, start, len(text))]
                    == [m.span() for m in pattern.finditer(text, start, len(text))])
        lower = text.lower()
        starts = F._period_starts(lower, start, len(text))
        assert ([m.span() for m in F._finditer_at(F._PERIOD_LOWER, lower, starts, start, len(text))]
                == [m.span() for m in F._PERIOD_LOWER.finditer(lower, start, len(text))])


def test_periods_of_a_paragraph_are_those_of_a_scan_of_the_article():
    text = ("Năm 2022 và\n2 tháng đầu năm 2023, quý\nIV/2023; năm\n2012 tháng đầu năm 2013 - \n"
            "giai đoạn 2021\n– 2025 so với năm 2020.\nBáo cáo tháng 5/2024\n\nnhiệm kỳ 2020-2025, năm 2019²\n")
    lower = text.lower()
    whole = F._periods(text, 0, len(text), lower)
    layout = F._Layout(text, 0, len(text))
    by_paragraph = F._PeriodsByParagraph(text, 0, len(text), lower)
    for a in range(len(text)):
        layout.sentence(a)
        paragraph = layout.paragraph
        found = by_paragraph.around(paragraph)
        assert not found or found == [p for p in whole if found[0][0] <= p[0] <= found[-1][0]]
        assert [p for p in found if paragraph[0] <= p[0] < paragraph[1]] == [
            p for p in whole if paragraph[0] <= p[0] < paragraph[1]]


def test_digits_newer_than_pythons_unicode_are_no_number():
    # the regex module reads "\U00011f53" (Kawi digit three) as a digit, Decimal does not
    assert [(f.value, f.unit) for f in figures("Có \U00011f53 người, 3/\U00011f50 ca, 1 - \U00011f52 xã và 5 ca.")] == [(5, "ca")]


def test_paragraph_and_sentence_of_each_number_are_those_of_the_whole_article():
    text = "a. b.\tc…\n\nx 1.2! y?\u00a0z.\x1c w\n.\n… q. "
    for lo, hi in ((0, len(text)), (2, len(text) - 1), (3, 9)):
        lines = [m.end() for m in regex.finditer(r"\n", text[:hi], pos=lo)]
        ends = [m.end() for m in regex.finditer(r"[.!?…](?=\s|$)|\n", text[:hi], pos=lo)]
        for step in (1, 2, 3):
            layout = F._Layout(text, lo, hi)
            for a in range(lo, hi, step):
                assert layout.sentence(a) == F._bounds(ends, a, lo, hi)
                assert layout.paragraph == F._bounds(lines, a, lo, hi)
                i = bisect.bisect_right(lines, a)
                assert layout.line_start == (lines[i - 1] if i else text.rfind("\n", 0, lo) + 1)


def test_result_cue_of_each_number_is_that_of_a_search_of_its_sentence():
    text = "Đã khám5 người, 2 ca và 3 xã; có 4 nơi. Tổng  số 6, 7 và có8 9 10"
    numbers = [i for i, c in enumerate(text) if c.isdigit()]
    for sentence_start in (0, 3, 16, 40):
        layout = F._Layout(text, 0, len(text))
        for a in numbers:
            if a >= sentence_start:
                assert layout.result_cue(sentence_start, a) == (
                    F._RESULT_CUE.search(text[sentence_start:a]) is not None), (sentence_start, a)


def test_metric_trims_and_last_verb_read_from_the_last_words_agree_with_the_whole_text():
    words = ["tỷ lệ là", "là", "đạt", "ở mức", "hơn", "x", "Đạt", "(", "5"]
    for parts in product(words, repeat=3):
        for sep in (" ", "  ", "\x1c ", "\t"):
            text = sep.join(("Số ca",) + parts) + sep
            assert F._trim_metric(text) == F._METRIC_TRIM.sub("", text), text
            whole = F._LAST_MEASURE_VERB.match(text)
            last = F._LAST_MEASURE_VERB.match(F._last_words(text, F._MEASURE_VERB_WORDS + 3))
            assert ((whole["rest"] if whole and len(whole["rest"].split()) <= 3 else None)
                    == (last["rest"] if last and len(last["rest"].split()) <= 3 else None)), text
