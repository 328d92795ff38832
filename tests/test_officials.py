"""Officials and their roles: every cue, and every name that is not an official.

Each case is one line: a short article text (in the shapes of provincial health
news) and the officials the extractor must read from it, as
``{name: [role text, …]}`` in the order the roles are first written.
"""
from __future__ import annotations

import pytest

from extract.ids import person_id
from extract.pipeline import extract_text
from extract.text import Text

TITLE = "Sở Y tế tổ chức hội nghị tổng kết công tác năm\n\n"


def officials(body: str):
    """The officials found in a short article made of a title and ``body``."""
    _, found = extract_text("t", Text.of(TITLE + body + "\n"))
    return found["officials"]


def summary(body: str) -> dict[str, list[str]]:
    return {o.name: [r.text for r in o.roles] for o in officials(body)}


def one(body: str):
    found = officials(body)
    assert len(found) == 1, [o.name for o in found]
    return found[0]


# --- cues: (text, {name: [roles]}) ----------------------------------------------
@pytest.mark.parametrize("body, expected", [
    # a list member whose office is "Chuyên viên"
    ("Đoàn gồm các đồng chí: Lý Văn Tài, Trưởng phòng Nghiệp vụ Y; Đàm Thị Nga, Chuyên viên Phòng Nghiệp vụ Dược.",
     {"Lý Văn Tài": ["Trưởng phòng Nghiệp vụ Y"], "Đàm Thị Nga": ["Chuyên viên Phòng Nghiệp vụ Dược"]}),
    # "Đồng chí X, R" and a role that stops at the verb
    ("Đồng chí Phạm Văn Hải, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.",
     {"Phạm Văn Hải": ["Phó Chủ tịch UBND tỉnh"]}),
    # a role chain with commas
    ("Đồng chí Trịnh Văn Lâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Bí thư Ban cán sự đảng UBND tỉnh chủ trì buổi làm việc.",
     {"Trịnh Văn Lâm": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Bí thư Ban cán sự đảng UBND tỉnh"]}),
    # "Đ/c X, R"
    ("Đ/c Lương Thị Thu, Trưởng phòng Nghiệp vụ Y báo cáo kết quả.",
     {"Lương Thị Thu": ["Trưởng phòng Nghiệp vụ Y"]}),
    # a title before the name
    ("Giám đốc Sở Y tế Bùi Minh Khoa phát biểu khai mạc hội nghị.",
     {"Bùi Minh Khoa": ["Giám đốc Sở Y tế"]}),
    # a title before the name, the place inside the role
    ("Phó Chủ tịch UBND tỉnh Lâm Đồng Đinh Văn Tuấn thăm bệnh nhân tại bệnh viện.",
     {"Đinh Văn Tuấn": ["Phó Chủ tịch UBND tỉnh Lâm Đồng"]}),
    # two people in one sentence, each with a title before the name
    ("Thứ trưởng Bộ Y tế Đỗ Văn Quang và Chủ tịch UBND thành phố Trần Thị Mai Hương thăm trạm y tế.",
     {"Đỗ Văn Quang": ["Thứ trưởng Bộ Y tế"], "Trần Thị Mai Hương": ["Chủ tịch UBND thành phố"]}),
    # "X - R" and "X – R" with a role chain after dashes
    ("Ông Hồ Quang Vinh - Bí thư Tỉnh ủy – Chủ tịch HĐND tỉnh đến thăm các y bác sĩ.",
     {"Hồ Quang Vinh": ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]}),
    # "ông A - R, bà B - R2": a list of two people, not "R, bà B" naming B
    ("Dự có ông Lâm Văn Út - Phó Giám đốc Sở Y tế, bà Trương Thị Ngọc Hân - Phó Giám đốc Trung tâm Y tế huyện.",
     {"Lâm Văn Út": ["Phó Giám đốc Sở Y tế"], "Trương Thị Ngọc Hân": ["Phó Giám đốc Trung tâm Y tế huyện"]}),
    # ... while "R, ông X" with no name before the role names X
    ("Tại hội nghị, Giám đốc Sở Y tế, ông Phan Văn Tú cho biết ngành đã hoàn thành kế hoạch.",
     {"Phan Văn Tú": ["Giám đốc Sở Y tế"]}),
    # a short name in brackets inside the organisation's name
    ("BSCKII Nguyễn Đình Sơn, Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, báo cáo tình hình dịch.",
     {"Nguyễn Đình Sơn": ["Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh"]}),
    # terms whose words would end a role elsewhere: "Phòng, chống", "mở rộng", "liên ngành về"
    ("Theo ThS. Lâm Văn Bình, Trưởng khoa Phòng, chống bệnh truyền nhiễm, số ca mắc giảm.",
     {"Lâm Văn Bình": ["Trưởng khoa Phòng, chống bệnh truyền nhiễm"]}),
    ("Theo ông Lâm Văn Út, Trưởng Ban Chỉ đạo tiêm chủng mở rộng tỉnh, trẻ được tiêm bù.",
     {"Lâm Văn Út": ["Trưởng Ban Chỉ đạo tiêm chủng mở rộng tỉnh"]}),
    ("Ông Đàm Văn Quý, Phó Trưởng ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh làm Trưởng đoàn.",
     {"Đàm Văn Quý": ["Phó Trưởng ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh", "Trưởng đoàn"]}),
    # a hospital named after a person, named so elsewhere in the article, is no person after a title
    ("Bệnh viện Nguyễn Đình Chiểu (Bến Tre) vừa ghép thận. BS.CKII Lê Văn Hùng, Giám đốc Bệnh viện "
     "Nguyễn Đình Chiểu, cho biết chi phí giảm.", {"Lê Văn Hùng": ["Giám đốc Bệnh viện Nguyễn Đình Chiểu"]}),
    ("Sở Y tế làm việc với Bệnh viện Lê Văn Thịnh. Ông Trần Văn Nam, Giám đốc Bệnh viện Lê Văn Thịnh báo cáo.",
     {"Trần Văn Nam": ["Giám đốc Bệnh viện Lê Văn Thịnh"]}),
    # without that, a name after "Bệnh viện" and its title is a person's
    ("Giám đốc Bệnh viện Nguyễn Văn Hai phát biểu.", {"Nguyễn Văn Hai": ["Giám đốc Bệnh viện"]}),
    # elected again by a congress; a link after a bracketed role
    ("CN.ĐD Đặng Thị Mỹ Hạnh, Điều dưỡng trưởng Bệnh viện Đa khoa tỉnh, tiếp tục được tín nhiệm bầu giữ chức "
     "Chủ tịch Hội; ông Nguyễn Hoàng Phúc (Trưởng phòng Điều dưỡng Bệnh viện Nhi đồng) làm Phó Chủ tịch thường trực.",
     {"Đặng Thị Mỹ Hạnh": ["Điều dưỡng trưởng Bệnh viện Đa khoa tỉnh", "Chủ tịch Hội"],
      "Nguyễn Hoàng Phúc": ["Trưởng phòng Điều dưỡng Bệnh viện Nhi đồng", "Phó Chủ tịch thường trực"]}),
    ("Lương y Trần Thị Thu Ba được tín nhiệm bầu lại làm Chủ tịch Hội Đông y tỉnh.",
     {"Trần Thị Thu Ba": ["Chủ tịch Hội Đông y tỉnh"]}),
    # a family name whose first two syllables are also a place ("Giang Thành" is a district)
    ("Báo cáo tại buổi làm việc, ông Giang Thành Lực – Phó Chủ tịch UBND tỉnh cho biết.",
     {"Giang Thành Lực": ["Phó Chủ tịch UBND tỉnh"]}),
    # an office acted for, or a document's signer, is not the next person's
    ("Thừa ủy quyền của Bộ trưởng Bộ Y tế, ông Lý Thành Danh, Phó Chủ tịch UBND tỉnh trao Bằng khen.",
     {"Lý Thành Danh": ["Phó Chủ tịch UBND tỉnh"]}),
    ("Theo Quyết định số 892/QĐ-SYT của Giám đốc Sở Y tế, BSCKII Thạch Sô Phanh, Phó Giám đốc Trung tâm Y tế "
     "thị xã được điều động, bổ nhiệm giữ chức Giám đốc Trung tâm Y tế huyện Trần Đề.",
     {"Thạch Sô Phanh": ["Phó Giám đốc Trung tâm Y tế thị xã", "Giám đốc Trung tâm Y tế huyện Trần Đề"]}),
    # but "của R, ông X" with no office of X's own is the apposition it reads as
    ("Theo đánh giá của Giám đốc CDC tỉnh, ông Lê Văn Tám, dịch đã được kiểm soát.",
     {"Lê Văn Tám": ["Giám đốc CDC tỉnh"]}),
    ("Dự có ông Lê Đức Thịnh, Giám đốc Sở Y tế kiêm Giám đốc Ban Quản lý dự án.",
     {"Lê Đức Thịnh": ["Giám đốc Sở Y tế", "Giám đốc Ban Quản lý dự án"]}),
    ("Điều dưỡng trưởng bệnh viện: CNĐD Trương Thị Bích Liên.", {"Trương Thị Bích Liên": ["Điều dưỡng trưởng bệnh viện"]}),
    # named again by word of address and given name, with one more office
    ("BS.CKII Trần Ngọc Ánh, Phó Giám đốc Bệnh viện tỉnh, cho biết sức khỏe ổn định. Bác sĩ Ánh, đồng thời là "
     "Trưởng khoa Nhi, trực tiếp theo dõi các ca nặng.",
     {"Trần Ngọc Ánh": ["Phó Giám đốc Bệnh viện tỉnh", "Trưởng khoa Nhi"]}),
    # two people of that given name: whose it is cannot be told
    ("Ông Lê Văn Hùng, Giám đốc Sở Y tế và ông Trần Quốc Hùng, Giám đốc Bệnh viện tỉnh dự. Ông Hùng, Bí thư "
     "Đảng ủy, phát biểu.", {"Lê Văn Hùng": ["Giám đốc Sở Y tế"], "Trần Quốc Hùng": ["Giám đốc Bệnh viện tỉnh"]}),
    ("Ông Đinh Văn Lộc, Phó Trưởng ban Thực hiện chính sách BHYT (BHXH Việt Nam) cho biết.",
     {"Đinh Văn Lộc": ["Phó Trưởng ban Thực hiện chính sách BHYT (BHXH Việt Nam)"]}),
    # a foreign given name with a hyphen; a dash without spaces before a title is no part of a name
    ("Tham dự có ông Park Jin-ho, Giám đốc Văn phòng KOICA tại Việt Nam.",
     {"Park Jin-ho": ["Giám đốc Văn phòng KOICA tại Việt Nam"]}),
    ("Ông Lê Văn An-Giám đốc Sở Y tế dự.", {"Lê Văn An": ["Giám đốc Sở Y tế"]}),
    # a one-word K'Ho name after a word of address
    ("Cùng đi có bà K'Thơi – Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh.",
     {"K'Thơi": ["Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh"]}),
    ("Theo BS K'Brơi, Trưởng khoa Thần kinh, bệnh nhân đã qua cơn nguy kịch.", {"K'Brơi": ["Trưởng khoa Thần kinh"]}),
    # … or opening an item of a list of guests, but not a place's name after a place word
    ("Tham dự có các đồng chí: K'Broi – Phó Chủ tịch HĐND tỉnh; Nguyễn Thị Ngọc Bích – Phó Chủ tịch UBND tỉnh; "
     "K'Sáu, Giám đốc Sở Y tế.",
     {"K'Broi": ["Phó Chủ tịch HĐND tỉnh"], "Nguyễn Thị Ngọc Bích": ["Phó Chủ tịch UBND tỉnh"],
      "K'Sáu": ["Giám đốc Sở Y tế"]}),
    ("Đoàn đến các thôn: K'Long, xã Đạ K'Nàng, huyện Đam Rông.", {}),
    # an office held before, told later in the sentence
    ("Ông Triệu Đức Long, Phó Giám đốc Sở Y tế phát biểu. Ông Triệu Đức Long có 18 năm công tác trong ngành, "
     "từng giữ chức Giám đốc Trung tâm Y tế huyện Ba Bể.",
     {"Triệu Đức Long": ["Phó Giám đốc Sở Y tế", "Giám đốc Trung tâm Y tế huyện Ba Bể"]}),
    # a count before a plural office; a workplace in brackets before the link
    ("PGS.TS Hồ Thị Mai Lan, Trưởng Bộ môn Nội và BSCKII Alăng Thị Nhung (Trung tâm Y tế huyện Tây Giang) là hai "
     "Ủy viên phản biện.",
     {"Hồ Thị Mai Lan": ["Trưởng Bộ môn Nội", "Ủy viên phản biện"], "Alăng Thị Nhung": ["Ủy viên phản biện"]}),
    # a year of birth between the name and the role; "giữ chức vụ" as "giữ chức"
    ("Theo đó, ông A Blong (sinh năm 1978), Trưởng phòng Nghiệp vụ Y, được bổ nhiệm giữ chức vụ Phó Giám đốc Sở Y tế.",
     {"A Blong": ["Trưởng phòng Nghiệp vụ Y", "Phó Giám đốc Sở Y tế"]}),
    ("Bà Trần Thị Hoa, sinh năm 1975, Phó Giám đốc Sở Y tế, được điều động.", {"Trần Thị Hoa": ["Phó Giám đốc Sở Y tế"]}),
    # a title at a line's end does not go on into the page's breadcrumb below
    ("Sáng 20/11, dự có BS. Lê Văn Hòa, Phó Giám đốc\nTin tức > Tin hoạt động\nCử tri kiến nghị nhiều nội dung.",
     {"Lê Văn Hòa": ["Phó Giám đốc"]}),
    # the body an organisation belongs to, in brackets after it; a photo position is none
    ("Phát biểu tại hội thảo, ông Trịnh Quốc Vinh, Cục trưởng Cục Phòng bệnh (Bộ Y tế), cho biết.",
     {"Trịnh Quốc Vinh": ["Cục trưởng Cục Phòng bệnh (Bộ Y tế)"]}),
    ("Ông Lê Văn An, Giám đốc Sở Y tế (bên phải) trao quà.", {"Lê Văn An": ["Giám đốc Sở Y tế"]}),
    # diplomats; an embassy is no ambassador, a country no person
    ("Dự có ông Morita Kenji, Tham tán Công sứ Đại sứ quán Nhật Bản tại Việt Nam và bà Choi Eun-jung, "
     "Bí thư thứ nhất Đại sứ quán Hàn Quốc tại Việt Nam.",
     {"Morita Kenji": ["Tham tán Công sứ Đại sứ quán Nhật Bản tại Việt Nam"],
      "Choi Eun-jung": ["Bí thư thứ nhất Đại sứ quán Hàn Quốc tại Việt Nam"]}),
    # an office handed to a person; "Đoàn Thanh niên" is the Youth Union, not a person
    ("Đồng chí A Dũng đã trao quyết định bổ nhiệm Phó Giám đốc Bệnh viện Đa khoa tỉnh cho bà Đinh Thị Thanh Loan.",
     {"Đinh Thị Thanh Loan": ["Phó Giám đốc Bệnh viện Đa khoa tỉnh"]}),
    ("Anh Lê Văn Khánh – Bí thư Đoàn Thanh niên Bệnh viện Trung ương Huế cho biết.",
     {"Lê Văn Khánh": ["Bí thư Đoàn Thanh niên Bệnh viện Trung ương Huế"]}),
    ("Dự hội nghị có các đồng chí: Sèn Thị Mai – Phó Trưởng Ban Tuyên giáo Tỉnh ủy; Phàn Văn Lở, Chủ tịch Công đoàn.",
     {"Sèn Thị Mai": ["Phó Trưởng Ban Tuyên giáo Tỉnh ủy"], "Phàn Văn Lở": ["Chủ tịch Công đoàn"]}),
    # a foreign official's name right after their country
    ("Về phía Lào có Đại sứ Lào tại Việt Nam Vilayphone Keomany; Thứ trưởng Bộ Y tế Lào Bounmy Sengsouvanh.",
     {"Vilayphone Keomany": ["Đại sứ Lào tại Việt Nam"], "Bounmy Sengsouvanh": ["Thứ trưởng Bộ Y tế Lào"]}),
    ("Bộ trưởng tiếp Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam Ishikawa Noboru.",
     {"Ishikawa Noboru": ["Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam"]}),
    ("Bộ trưởng Bộ Y tế Việt Nam Đào Hồng Lan dự.", {"Đào Hồng Lan": ["Bộ trưởng Bộ Y tế Việt Nam"]}),
    # heads of teams and villages
    ("Giải Nhì thuộc về bà Huỳnh Ngọc Mai - Hộ sinh trưởng Bệnh viện Hùng Vương và ông Đỗ Văn Hưng, Kỹ thuật viên "
     "trưởng Trung tâm Y tế huyện.", {"Huỳnh Ngọc Mai": ["Hộ sinh trưởng Bệnh viện Hùng Vương"],
                                      "Đỗ Văn Hưng": ["Kỹ thuật viên trưởng Trung tâm Y tế huyện"]}),
    ("Tham dự có ông Nguyễn Hữu Thọ – Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Phó Giám đốc Sở Y tế "
     "Quảng Nam Zơ Râm Thương yêu cầu các bệnh viện dự trữ thuốc.",
     {"Nguyễn Hữu Thọ": ["Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
      "Zơ Râm Thương": ["Phó Giám đốc Sở Y tế Quảng Nam"]}),
    ("Tham dự có bà Đỗ Thị Ngọc Diệp - Phó Cục trưởng Cục Cơ sở hạ tầng và Thiết bị y tế; đại diện Vụ Pháp chế.",
     {"Đỗ Thị Ngọc Diệp": ["Phó Cục trưởng Cục Cơ sở hạ tầng và Thiết bị y tế"]}),
    # an office after a bracketed one, with a dash
    ("4. Bà Kpă Thị Hoa (Trưởng phòng Tài chính kế toán) – Thư ký Hội đồng;",
     {"Kpă Thị Hoa": ["Trưởng phòng Tài chính kế toán", "Thư ký Hội đồng"]}),
    # two names joined in a list share the office after the second
    ("Chủ tọa là các đồng chí Vũ Minh Đức – Chủ tịch HĐND tỉnh; Triệu Thị Phấn và Lý Seo Dìn – Phó Chủ tịch HĐND tỉnh.",
     {"Vũ Minh Đức": ["Chủ tịch HĐND tỉnh"], "Triệu Thị Phấn": ["Phó Chủ tịch HĐND tỉnh"],
      "Lý Seo Dìn": ["Phó Chủ tịch HĐND tỉnh"]}),
    ("Dự hội nghị có các đồng chí: Chẩu Văn Lợi, Bí thư Huyện ủy; Bàn Thị Lan, Chủ tịch HĐND huyện.",
     {"Chẩu Văn Lợi": ["Bí thư Huyện ủy"], "Bàn Thị Lan": ["Chủ tịch HĐND huyện"]}),
    ("Dự họp có ông Lý Minh Quân, Trưởng Ban Quản lý các khu công nghiệp tỉnh và ông Đặng Quốc Việt, Phó Trưởng "
     "Tiểu ban điều phối tiêm chủng.", {"Lý Minh Quân": ["Trưởng Ban Quản lý các khu công nghiệp tỉnh"],
                                         "Đặng Quốc Việt": ["Phó Trưởng Tiểu ban điều phối tiêm chủng"]}),
    ("Giám đốc Trung tâm Y tế thị xã Bình Long Điểu Thị Ngọc đánh giá buổi diễn tập đạt yêu cầu.",
     {"Điểu Thị Ngọc": ["Giám đốc Trung tâm Y tế thị xã Bình Long"]}),
    # an age between the name and the office
    ("Bác sĩ Trần Văn Tám, 58 tuổi, Giám đốc Trung tâm cho biết đơn vị tiếp tục triển khai kế hoạch.",
     {"Trần Văn Tám": ["Giám đốc Trung tâm"]}),
    ("Ông A Vương, Giám đốc Trung tâm Y tế huyện Ia H’Drai, chia sẻ kinh nghiệm.",
     {"A Vương": ["Giám đốc Trung tâm Y tế huyện Ia H’Drai"]}),
    ("Tham dự có ông Lê Thành Công, Trưởng Ban Chỉ đạo phòng, chống AIDS và tệ nạn ma túy, mại dâm tỉnh cùng "
     "500 đoàn viên.", {"Lê Thành Công": ["Trưởng Ban Chỉ đạo phòng, chống AIDS và tệ nạn ma túy, mại dâm tỉnh"]}),
    ("PGS.TS Lê Quang Hoành - Trưởng Ban Chỉ đạo quốc gia phòng chống dịch bệnh nguy hiểm mới nổi chủ trì.",
     {"Lê Quang Hoành": ["Trưởng Ban Chỉ đạo quốc gia phòng chống dịch bệnh nguy hiểm mới nổi"]}),
    ("TS Đồng Văn Khải, Phó Giám đốc Trung tâm Ghép tạng dẫn đầu; dự có Phó Giám đốc Sở Y tế Quảng Nam "
     "Alăng Thị Dung và BS Đinh Văn Hơn – Trưởng đơn vị Tim mạch can thiệp.",
     {"Đồng Văn Khải": ["Phó Giám đốc Trung tâm Ghép tạng"], "Alăng Thị Dung": ["Phó Giám đốc Sở Y tế Quảng Nam"],
      "Đinh Văn Hơn": ["Trưởng đơn vị Tim mạch can thiệp"]}),
    ("Đoàn công tác làm việc với UBND huyện Đồng Văn về y tế.", {}),
    ("Chị Bàn Thị Mai, nhân viên y tế thôn Khe Lầy cho biết, người bệnh đã được đưa đi khám.",
     {"Bàn Thị Mai": ["nhân viên y tế thôn Khe Lầy"]}),
    ("BS Nguyễn Duy Toàn – Phó Giám đốc Bệnh viện, Trưởng kíp ghép cho biết ca mổ kéo dài 5 giờ.",
     {"Nguyễn Duy Toàn": ["Phó Giám đốc Bệnh viện", "Trưởng kíp ghép"]}),
    ("Tham dự có ông Lò Văn Phạ – Phó Chủ tịch HĐND tỉnh, Tổ trưởng Tổ đại biểu; bà Cà Thị Xuân dự.",
     {"Lò Văn Phạ": ["Phó Chủ tịch HĐND tỉnh", "Tổ trưởng Tổ đại biểu"]}),
    ("Ông Huỳnh Văn Tâm, Đội trưởng Đội Quản lý thị trường số 3 cho biết, đơn vị đã lập biên bản.",
     {"Huỳnh Văn Tâm": ["Đội trưởng Đội Quản lý thị trường số 3"]}),
    ("Bà Lò Thị Xuân, Trưởng bản Nà Lạn, vận động người dân đi tiêm.", {"Lò Thị Xuân": ["Trưởng bản Nà Lạn"]}),
    # a steering committee is named for the task it steers; "thực hiện" there is no verb
    ("Đồng chí Triệu Thị Lan, Trưởng Ban Chỉ đạo thực hiện Nghị quyết số 05-NQ/TU, yêu cầu các cấp ủy vào cuộc.",
     {"Triệu Thị Lan": ["Trưởng Ban Chỉ đạo thực hiện Nghị quyết số 05-NQ/TU"]}),
    ("Tham dự có bà H'Yim Ktla, Trưởng Ban Chỉ đạo thực hiện chính sách BHXH, BHYT huyện.",
     {"H'Yim Ktla": ["Trưởng Ban Chỉ đạo thực hiện chính sách BHXH, BHYT huyện"]}),
    ("Ca mổ do BS Lê Văn Hải, Trưởng khoa Ngoại thực hiện.", {"Lê Văn Hải": ["Trưởng khoa Ngoại"]}),
    # "TP." inside an organisation's name, the name after it
    ("Phó Chủ tịch UBND TP. Hồ Chí Minh Huỳnh Thanh Nhân dự lễ ra quân.",
     {"Huỳnh Thanh Nhân": ["Phó Chủ tịch UBND TP. Hồ Chí Minh"]}),
    # "dự" inside "Y tế dự phòng" is no verb
    ("Cùng dự có ông Hoàng Minh Đức, Cục trưởng Cục Y tế dự phòng.", {"Hoàng Minh Đức": ["Cục trưởng Cục Y tế dự phòng"]}),
    # "R: A, B": a role shared by the names listed after it ...
    ("Tham dự có các đồng chí Phó Giám đốc Sở: Lê Văn Thắng, Ngô Đức Tuấn; Trưởng các phòng chức năng.",
     {"Lê Văn Thắng": ["Phó Giám đốc Sở"], "Ngô Đức Tuấn": ["Phó Giám đốc Sở"]}),
    # ... but not by a name with a role of its own
    ("Thành phần: Lê Văn Thắng, Ngô Đức Tuấn, Giám đốc Sở Y tế.",
     {"Ngô Đức Tuấn": ["Giám đốc Sở Y tế"]}),
    # "ông A và bà B, R": both hold R
    ("Chủ trì kỳ họp có ông Lê Minh Trung và bà Nguyễn Thị Anh Thi, Phó Chủ tịch HĐND thành phố.",
     {"Nguyễn Thị Anh Thi": ["Phó Chủ tịch HĐND thành phố"], "Lê Minh Trung": ["Phó Chủ tịch HĐND thành phố"]}),
    # two family names, the father's and the mother's
    ("Vụ trưởng Vụ Kế hoạch - Tài chính Lê Nguyễn Hoàng Anh lưu ý các bệnh viện.",
     {"Lê Nguyễn Hoàng Anh": ["Vụ trưởng Vụ Kế hoạch - Tài chính"]}),
    # "Y sĩ" before a name; "Thị" as a family name after it (M'nông, Khmer)
    ("Dự có Y sĩ Thị Hoa, Trưởng Trạm Y tế xã; ông Danh Út, Chủ tịch UBND xã.",
     {"Thị Hoa": ["Trưởng Trạm Y tế xã"], "Danh Út": ["Chủ tịch UBND xã"]}),
    # "Nghiệp vụ Y" is a department, "Y Sở Y" no name
    ("Dự có bà Nguyễn Thị Hồng Hoa, Trưởng phòng Nghiệp vụ Y Sở Y tế.",
     {"Nguyễn Thị Hồng Hoa": ["Trưởng phòng Nghiệp vụ Y Sở Y tế"]}),
    # a new office after "được điều động giữ chức"
    ("Ông Hoàng Văn Lâm, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, được điều động giữ chức Trưởng phòng Nghiệp vụ Y Sở Y tế.",
     {"Hoàng Văn Lâm": ["Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh", "Trưởng phòng Nghiệp vụ Y Sở Y tế"]}),
    # "phụ trách" right after a title belongs to it; after an organisation it is a verb
    ("BSCKI Hồ Thị Lý, Phó Giám đốc phụ trách y tế dự phòng; bà Lê Thị Bình, Phó Giám đốc Sở Y tế phụ trách công tác dân số.",
     {"Hồ Thị Lý": ["Phó Giám đốc phụ trách y tế dự phòng"], "Lê Thị Bình": ["Phó Giám đốc Sở Y tế"]}),
    # a member school's parent university after a comma is part of its name; another item is not
    ("PGS.TS Nguyễn Vũ Quốc Huy, Hiệu trưởng Trường Đại học Y Dược, Đại học Huế phát biểu. Ông Lê Văn A, "
     "Trưởng khoa Y, Đại học Quốc gia Hà Nội; bà Trần Thị B, Giám đốc Sở Y tế, Bí thư Đảng ủy Sở.",
     {"Nguyễn Vũ Quốc Huy": ["Hiệu trưởng Trường Đại học Y Dược, Đại học Huế"],
      "Lê Văn A": ["Trưởng khoa Y, Đại học Quốc gia Hà Nội"], "Trần Thị B": ["Giám đốc Sở Y tế", "Bí thư Đảng ủy Sở"]}),
    # the deputy running an office, or its clinical work, until a head is appointed
    ("Ông Phạm Văn Tư, Phó Giám đốc phụ trách điều hành Sở Y tế; bà Lê Thị Hoa, Phó Giám đốc phụ trách chuyên môn "
     "Bệnh viện Đa khoa tỉnh cùng dự.",
     {"Phạm Văn Tư": ["Phó Giám đốc phụ trách điều hành Sở Y tế"],
      "Lê Thị Hoa": ["Phó Giám đốc phụ trách chuyên môn Bệnh viện Đa khoa tỉnh"]}),
    # a heading role shared by the people listed after it, each with roles of their own
    ("Phó Chủ tịch Hội đồng: bà Lý Thị Hoa, Phó Giám đốc Sở Y tế và ông Giàng Seo Phử, Phó Giám đốc Sở Y tế; "
     "Thư ký: ông Lương Văn Nghĩa, Phó Chánh Văn phòng Sở Y tế.",
     {"Lý Thị Hoa": ["Phó Chủ tịch Hội đồng", "Phó Giám đốc Sở Y tế"],
      "Giàng Seo Phử": ["Phó Chủ tịch Hội đồng", "Phó Giám đốc Sở Y tế"],
      "Lương Văn Nghĩa": ["Thư ký", "Phó Chánh Văn phòng Sở Y tế"]}),
    # a plural heading lists on across semicolons; the next heading ends the list
    ("Các Phó Trưởng ban: bà Nguyễn Thị Hoài Thương, Phó Giám đốc Sở Tài chính; ông Trần Văn Sơn, Phó Giám đốc "
     "Bảo hiểm xã hội tỉnh. Ủy viên thường trực là bà Võ Thị Kim Chi, Phó Giám đốc Sở Y tế.",
     {"Nguyễn Thị Hoài Thương": ["Phó Trưởng ban", "Phó Giám đốc Sở Tài chính"],
      "Trần Văn Sơn": ["Phó Trưởng ban", "Phó Giám đốc Bảo hiểm xã hội tỉnh"],
      "Võ Thị Kim Chi": ["Ủy viên thường trực", "Phó Giám đốc Sở Y tế"]}),
    # "các R A và B": a plural title before two names
    ("Dự có các Thứ trưởng Bộ Y tế Lương Quốc Khánh và Vũ Mạnh Hùng.",
     {"Lương Quốc Khánh": ["Thứ trưởng Bộ Y tế"], "Vũ Mạnh Hùng": ["Thứ trưởng Bộ Y tế"]}),
    # ... a single title before "A và B" is A's only
    ("Thứ trưởng Bộ Y tế Lương Quốc Khánh và ông Vũ Mạnh Hùng dự hội nghị.", {"Lương Quốc Khánh": ["Thứ trưởng Bộ Y tế"]}),
    # in charge of a unit; "tạm thời" before the office
    ("ThS.BS Lâm Văn Út, Phụ trách Khoa Hồi sức tích cực sơ sinh cho biết.",
     {"Lâm Văn Út": ["Phụ trách Khoa Hồi sức tích cực sơ sinh"]}),
    ("Giám đốc Sở giao bà Quách Thị Thu, Phó Giám đốc Sở Y tế tạm thời Phụ trách Trung tâm Kiểm soát bệnh tật tỉnh.",
     {"Quách Thị Thu": ["Phó Giám đốc Sở Y tế", "Phụ trách Trung tâm Kiểm soát bệnh tật tỉnh"]}),
    # a line broken after the comma between a name and its role
    ("Dự hội nghị có đồng chí Phan Thị Thuỳ Dương,\nPhó Trưởng Ban Tuyên giáo Tỉnh uỷ.",
     {"Phan Thị Thùy Dương": ["Phó Trưởng Ban Tuyên giáo Tỉnh ủy"]}),
    # a district after "Huyện ủy" is no person's name
    ("Dự lễ có ông Thạch Chanh Đa, Bí thư Huyện uỷ Trần Đề.", {"Thạch Chanh Đa": ["Bí thư Huyện ủy Trần Đề"]}),
    ("Ông Tôn Thất Bảo, Trưởng phòng Công nghệ thông tin Sở Y tế cho biết.",
     {"Tôn Thất Bảo": ["Trưởng phòng Công nghệ thông tin Sở Y tế"]}),
    ("Ông Trần Hữu Thoả, Giám đốc Bảo hiểm xã hội tỉnh cam kết phối hợp chặt chẽ.",
     {"Trần Hữu Thỏa": ["Giám đốc Bảo hiểm xã hội tỉnh"]}),
    # "(Thứ trưởng …)" is a role in brackets, not a photo position such as "(thứ hai từ trái sang)"
    ("Ông Nguyễn Trọng Hiếu (Thứ trưởng Bộ Y tế) cho biết. Bà Lê Thị Lan (thứ hai từ trái sang), Giám đốc Sở Y tế dự.",
     {"Nguyễn Trọng Hiếu": ["Thứ trưởng Bộ Y tế"], "Lê Thị Lan": ["Giám đốc Sở Y tế"]}),
    # party committees of a province's agencies; "tái cử" links an office
    ("Đồng chí Đỗ Thị Thu Hà – Phó Bí thư Đảng ủy Khối các cơ quan tỉnh dự đại hội.",
     {"Đỗ Thị Thu Hà": ["Phó Bí thư Đảng ủy Khối các cơ quan tỉnh"]}),
    ("Đồng chí Đặng Thị Mai Hương, Phó Giám đốc Sở Y tế, tái cử Phó Bí thư Đảng ủy.",
     {"Đặng Thị Mai Hương": ["Phó Giám đốc Sở Y tế", "Phó Bí thư Đảng ủy"]}),
    # Ba Na and Xơ Đăng names start with "A"; a unit named "A" before a Vietnamese name does not
    ("Phó Giám đốc Sở Y tế Kon Tum A Khoan chủ trì cuộc họp.", {"A Khoan": ["Phó Giám đốc Sở Y tế Kon Tum"]}),
    ("Trưởng khoa A Lê Văn Minh cho biết.", {"Lê Văn Minh": ["Trưởng khoa A"]}),
    ("Y sĩ Hồ Văn Pả, Trạm trưởng Trạm Y tế xã Hướng Phùng chia sẻ.", {"Hồ Văn Pả": ["Trạm trưởng Trạm Y tế xã Hướng Phùng"]}),
    # a Tày family name; "tân" repeats the office just given
    ("Phó Chủ tịch UBND tỉnh trao quyết định cho ông Lộc Văn Quân, Phó Giám đốc Sở Y tế, giữ chức Giám đốc Bệnh viện "
     "Đa khoa tỉnh. Phát biểu nhận nhiệm vụ, tân Giám đốc Lộc Văn Quân cam kết nâng cao chất lượng.",
     {"Lộc Văn Quân": ["Phó Giám đốc Sở Y tế", "Giám đốc Bệnh viện Đa khoa tỉnh"]}),
    # a commune named like an Ê Đê name; a Hmong family name before "A"
    ("Ông Giàng A Sử, Trưởng trạm Y tế xã Y Tý cho biết trạm đã tiêm cho 146 trẻ.",
     {"Giàng A Sử": ["Trưởng trạm Y tế xã Y Tý"]}),
    ("Giám đốc Sở Y tế Vừ A Chình chủ trì hội nghị.", {"Vừ A Chình": ["Giám đốc Sở Y tế"]}),
    # "Đoàn Trường" (a school's youth union) and "Thiết bị" are no name and no verb
    ("Tham dự có anh Trần Minh Khang, Bí thư Đoàn Trường Đại học Y Dược Cần Thơ.",
     {"Trần Minh Khang": ["Bí thư Đoàn Trường Đại học Y Dược Cần Thơ"]}),
    ("Ông Đỗ Mạnh Tường - Tổng Giám đốc Công ty Cổ phần Thiết bị Y tế Phúc An cam kết đưa máy vào vận hành.",
     {"Đỗ Mạnh Tường": ["Tổng Giám đốc Công ty Cổ phần Thiết bị Y tế Phúc An"]}),
    # an election ends a role: "tái đắc cử", "nhiệm kỳ"
    ("Đồng chí Lương Văn Cẩn, Giám đốc Bệnh viện tái đắc cử Bí thư Đảng ủy nhiệm kỳ 2025 - 2030.",
     {"Lương Văn Cẩn": ["Giám đốc Bệnh viện", "Bí thư Đảng ủy"]}),
    # a hospital known by a name that reads like a person's
    ("Tham dự có PGS.TS Đinh Hữu Tài, Phó Giám đốc Bệnh viện Bạch Mai và hơn 80 bác sĩ.",
     {"Đinh Hữu Tài": ["Phó Giám đốc Bệnh viện Bạch Mai"]}),
    # international cooperation
    ("Tham dự có bà Sofia Lindqvist, Trưởng Đại diện WHO tại Việt Nam.",
     {"Sofia Lindqvist": ["Trưởng Đại diện WHO tại Việt Nam"]}),
    # a lifespan in brackets between a name and its role
    ("Thầy thuốc Nhân dân, GS.TS Đỗ Trọng Khang (1938-2025), nguyên Giám đốc Bệnh viện Hữu nghị Việt Đức đã từ trần.",
     {"Đỗ Trọng Khang": ["nguyên Giám đốc Bệnh viện Hữu nghị Việt Đức"]}),
    # "X (R)"
    ("Bà Ngô Thị Lan (Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh) cho biết số ca mắc giảm.",
     {"Ngô Thị Lan": ["Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh"]}),
    # "R: X"
    ("Trưởng đoàn: Phan Văn Đức.", {"Phan Văn Đức": ["Trưởng đoàn"]}),
    # "R là đồng chí X - R"
    ("Trưởng đoàn là đồng chí Vương Đình Khải - Phó Giám đốc Sở Y tế; các thành viên là đại diện các phòng.",
     {"Vương Đình Khải": ["Trưởng đoàn", "Phó Giám đốc Sở Y tế"]}),
    # "các đồng chí: A, R1, R2; B, R3; C, R4"
    ("Cùng dự có các đồng chí: Tạ Quang Huy, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; "
     "Lò Thị Mai, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; Kiều Văn Hòa, Giám đốc Sở Tài chính.",
     {"Tạ Quang Huy": ["Ủy viên BTV Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"],
      "Lò Thị Mai": ["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"],
      "Kiều Văn Hòa": ["Giám đốc Sở Tài chính"]}),
    # a list with dashes, and two titles written without a comma between them
    ("Các đồng chí Lê Văn Đạt - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; Tống Văn Hùng – tỉnh ủy viên Giám đốc Sở Y tế đã đến thăm.",
     {"Lê Văn Đạt": ["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"],
      "Tống Văn Hùng": ["tỉnh ủy viên", "Giám đốc Sở Y tế"]}),
    # "làm" adds a second role: "Giám đốc Sở Y tế làm Phó Trưởng ban thường trực"
    ("Đồng chí Đặng Văn Phúc, Giám đốc Sở Y tế làm Phó Trưởng ban thường trực.",
     {"Đặng Văn Phúc": ["Giám đốc Sở Y tế", "Phó Trưởng ban thường trực"]}),
    # "ông X làm R"; "được chỉ định giữ chức R"
    ("Bà Cao Thị Hằng, Thứ trưởng Bộ Y tế, được chỉ định giữ chức Bí thư Đảng ủy Bộ; ông Lý Văn Sang làm Phó Bí thư Thường trực.",
     {"Cao Thị Hằng": ["Thứ trưởng Bộ Y tế", "Bí thư Đảng ủy Bộ"], "Lý Văn Sang": ["Phó Bí thư Thường trực"]}),
    # an organisation name with "và" and one with "phòng, chống"
    ("Đồng chí Chu Văn Tâm, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn dự.",
     {"Chu Văn Tâm": ["Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"]}),
    ("Chủ tịch UBND tỉnh Mạc Văn Sinh - Trưởng Ban Chỉ đạo phòng,  chống dịch tỉnh chủ trì cuộc họp.",
     {"Mạc Văn Sinh": ["Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo phòng, chống dịch tỉnh"]}),
    # "và" before another body ends the role
    ("Đồng chí Lã Văn Thành - Phó Giám đốc Sở Y tế Trưởng đoàn kiểm tra và Đoàn công tác của Trung tâm đã làm việc.",
     {"Lã Văn Thành": ["Phó Giám đốc Sở Y tế", "Trưởng đoàn kiểm tra"]}),
    # a name in capitals, and a caption in capitals
    ("Đồng chí NGUYỄN HỮU THẮNG, Giám đốc Sở Y tế phát biểu.", {"Nguyễn Hữu Thắng": ["Giám đốc Sở Y tế"]}),
    ("PHÓ CHỦ TỊCH UBND TỈNH HOÀNG VĂN BÌNH PHÁT BIỂU CHỈ ĐẠO", {"Hoàng Văn Bình": ["PHÓ CHỦ TỊCH UBND TỈNH"]}),
    # a photo caption on its own line
    ("Hội nghị đã diễn ra.\nĐ/c Dương Văn Toàn, Giám đốc Sở Y tế báo cáo tại hội nghị\nNăm qua ngành y tế hoàn thành chỉ tiêu.",
     {"Dương Văn Toàn": ["Giám đốc Sở Y tế"]}),
    # a last syllable typed in lower case after "đồng chí"
    ("Trưởng đoàn là đồng chí Nguyễn Khắc thành - Phó Giám đốc Sở Y tế.",
     {"Nguyễn Khắc thành": ["Trưởng đoàn", "Phó Giám đốc Sở Y tế"]}),
    # a hospital name that ends in a family name, then the person
    ("Giám đốc Bệnh viện Bạch Mai Đào Xuân Khang cho biết.", {"Đào Xuân Khang": ["Giám đốc Bệnh viện Bạch Mai"]}),
    # a name that does not start with a common family name, after "đồng chí"
    ("Dự có đồng chí Y Thanh Hà Niê Kđăm, Phó Trưởng ban Dân vận Trung ương.",
     {"Y Thanh Hà Niê Kđăm": ["Phó Trưởng ban Dân vận Trung ương"]}),
    # a district place name after "huyện" is not a person
    ("Đồng chí Bế Văn Tài, Chủ tịch UBND huyện Lâm Bình dự lễ.", {"Bế Văn Tài": ["Chủ tịch UBND huyện Lâm Bình"]}),
    # a title, then the name after an honorific
    ("Giám đốc Sở Y tế, bác sĩ Hứa Văn Khánh cho biết năm nay ngành tuyển thêm bác sĩ.",
     {"Hứa Văn Khánh": ["Giám đốc Sở Y tế"]}),
    # "làm" after a title before the name
    ("Thứ trưởng Thường trực Bộ Y tế Đỗ Văn Tuyến làm Trưởng đoàn công tác.",
     {"Đỗ Văn Tuyến": ["Thứ trưởng Thường trực Bộ Y tế", "Trưởng đoàn công tác"]}),
    # a committee role written "R: ông X, R2"
    ("Hội đồng gồm: Chủ tịch Hội đồng: ông Triệu Văn Minh, Giám đốc bệnh viện.",
     {"Triệu Văn Minh": ["Chủ tịch Hội đồng", "Giám đốc bệnh viện"]}),
    # ĐBQH is a role
    ("ĐBQH Nguyễn Văn Huy (Thái Bình) cho biết y tế cơ sở còn khó khăn.", {"Nguyễn Văn Huy": ["ĐBQH"]}),
    # standing names with a comma or a lower-case word
    ("Tham dự có bà Nguyễn Thị Vân Anh, Phó Cục trưởng phụ trách Cục Quản lý Y, Dược cổ truyền; ông Vũ Nam.",
     {"Nguyễn Thị Vân Anh": ["Phó Cục trưởng phụ trách Cục Quản lý Y, Dược cổ truyền"]}),
    ("TS.BS Lê Đình Thanh – Phó Giám đốc Bệnh viện, Chủ tịch Hội đồng Thuốc và điều trị chủ trì phiên họp.",
     {"Lê Đình Thanh": ["Phó Giám đốc Bệnh viện", "Chủ tịch Hội đồng Thuốc và điều trị"]}),
    # a link after the dash that closes a role, or after a comma
    ("Ông Vũ Mạnh Cường – Phó Cục trưởng phụ trách Cục Quản lý Dược – được bổ nhiệm giữ chức Cục trưởng Cục Quản lý Dược.",
     {"Vũ Mạnh Cường": ["Phó Cục trưởng phụ trách Cục Quản lý Dược", "Cục trưởng Cục Quản lý Dược"]}),
    ("Ông Hồ Văn Dũng, Giám đốc Trung tâm Y tế huyện Nam Giang, luân chuyển giữ chức Giám đốc Trung tâm Y tế huyện Đại Lộc.",
     {"Hồ Văn Dũng": ["Giám đốc Trung tâm Y tế huyện Nam Giang", "Giám đốc Trung tâm Y tế huyện Đại Lộc"]}),
    ("Cũng theo quyết định này, bà Trịnh Thị Kim Loan thôi giữ chức Phó Giám đốc Sở Y tế để nghỉ hưu.",
     {"Trịnh Thị Kim Loan": ["Phó Giám đốc Sở Y tế"]}),
    # a region's name after "khu vực" is a place, not a person
    ("Ứng viên gồm: BSCKII Lê Thị Ngọc Hân – Giám đốc Bệnh viện Đa khoa khu vực Ninh Hòa; ông Võ Đình Bảo.",
     {"Lê Thị Ngọc Hân": ["Giám đốc Bệnh viện Đa khoa khu vực Ninh Hòa"]}),
    # an age in brackets between the name and the role; a medical school's department
    ("Có bác sĩ Quàng Văn Piếng (61 tuổi), nguyên Phó Giám đốc Trung tâm Y tế huyện.",
     {"Quàng Văn Piếng": ["nguyên Phó Giám đốc Trung tâm Y tế huyện"]}),
    ("GS.TS Nguyễn Đăng Khoa – Giám đốc Bệnh viện Trung ương Huế, kiêm Trưởng Bộ môn Hồi sức cấp cứu – phát biểu.",
     {"Nguyễn Đăng Khoa": ["Giám đốc Bệnh viện Trung ương Huế", "Trưởng Bộ môn Hồi sức cấp cứu"]}),
    # foreign guests: "ngài", an ambassador's full title, a head of a province of Laos or Cambodia
    ("Bí thư Tỉnh ủy đã tiếp ngài Rogelio Cabrera Díaz, Đại sứ đặc mệnh toàn quyền Cộng hòa Cu Ba tại Việt Nam, cùng đoàn.",
     {"Rogelio Cabrera Díaz": ["Đại sứ đặc mệnh toàn quyền Cộng hòa Cu Ba tại Việt Nam"]}),
    ("Đoàn do ông Khamla Sengdara, Phó Tỉnh trưởng tỉnh Hủa Phăn dẫn đầu.",
     {"Khamla Sengdara": ["Phó Tỉnh trưởng tỉnh Hủa Phăn"]}),
    ("Cùng dự có bà Choi Min-ji (Trưởng Văn phòng KOFIH tại Việt Nam) và bác sĩ Tanaka Hiroshi (Trưởng nhóm chuyên gia JICA).",
     {"Choi Min-ji": ["Trưởng Văn phòng KOFIH tại Việt Nam"], "Tanaka Hiroshi": ["Trưởng nhóm chuyên gia JICA"]}),
    # "đồng dẫn đầu" (co-lead) ends a role; a city led by a family name ends an organisation
    ("Đoàn do TS. Lưu Văn Khánh, Viện trưởng Viện Sốt rét – Ký sinh trùng – Côn trùng Trung ương đồng dẫn đầu.",
     {"Lưu Văn Khánh": ["Viện trưởng Viện Sốt rét – Ký sinh trùng – Côn trùng Trung ương"]}),
    ("Tham dự có bà Hoàng Thị Thu Hà – Giám đốc Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới.",
     {"Hoàng Thị Thu Hà": ["Giám đốc Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới"]}),
    # the people an association serves; a command's tasks listed with commas; a village head of the Highlands
    ("Đến dự có ông Phạm Ngọc Duy, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh.",
     {"Phạm Ngọc Duy": ["Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh"]}),
    ("Ông U Khang, Trưởng Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh đã ký.",
     {"U Khang": ["Trưởng Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh"]}),
    ("Ông Y Blik Êban, Trưởng buôn Ea Mtá, cho biết buôn đã vận động bà con.",
     {"Y Blik Êban": ["Trưởng buôn Ea Mtá"]}),
    # a Central Highlands given-name prefix written apart from the name ("H' Yim", "K' Điện"), kept as written
    ("Đoàn giám sát do bà H' Yim Kđoh, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh dẫn đầu.",
     {"H' Yim Kđoh": ["Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh"]}),
    ("Ông K' Điện, Chủ tịch UBND xã dự.", {"K' Điện": ["Chủ tịch UBND xã"]}),
    # an office placed in a province, a city or a country; a national project's head; a standing name
    ("Tham dự có ông Laurent Mercier, Tổng Lãnh sự Pháp tại TP. Hồ Chí Minh.",
     {"Laurent Mercier": ["Tổng Lãnh sự Pháp tại TP. Hồ Chí Minh"]}),
    ("Đoàn do GS.TS Vũ Đình Khiêm, Trưởng Bộ phận thường trực đặc biệt của Bộ Y tế tại TP.HCM dẫn đầu.",
     {"Vũ Đình Khiêm": ["Trưởng Bộ phận thường trực đặc biệt của Bộ Y tế tại TP.HCM"]}),
    ("Dự có PGS.TS Hoàng Văn Lực, Trưởng Dự án Tiêm chủng mở rộng quốc gia; đại diện WHO.",
     {"Hoàng Văn Lực": ["Trưởng Dự án Tiêm chủng mở rộng quốc gia"]}),
    ("Phó Thủ tướng Phạm Quang Huy, Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch bệnh ở người đã chủ trì.",
     {"Phạm Quang Huy": ["Phó Thủ tướng", "Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch bệnh ở người"]}),
    ("Tiếp đoàn có Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Nguyễn Văn Sơn.",
     {"Nguyễn Văn Sơn": ["Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"]}),
    # staff of an international agency; a Hmong family written like "và"
    ("Đồng chủ trì có bà Ngô Thị Hải Yến, Điều phối viên chương trình của UNFPA tại Việt Nam.",
     {"Ngô Thị Hải Yến": ["Điều phối viên chương trình của UNFPA tại Việt Nam"]}),
    ("Bà Lê Thị Thu Hương, Cán bộ chương trình bệnh không lây nhiễm của WHO tại Việt Nam phát biểu.",
     {"Lê Thị Thu Hương": ["Cán bộ chương trình bệnh không lây nhiễm của WHO tại Việt Nam"]}),
    ("Bí thư Đảng ủy xã Mường Lống Và Bá Rùa báo cáo tình hình.", {"Và Bá Rùa": ["Bí thư Đảng ủy xã Mường Lống"]}),
    # a member of a named committee; "thành viên" alone is no office
    ("Bà Sơn Thị Sa Rây – Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, thành viên Ban Chỉ đạo, đề xuất nhân rộng mô hình.",
     {"Sơn Thị Sa Rây": ["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "thành viên Ban Chỉ đạo"]}),
    ("Các thành viên khác gồm: ông Nguyễn Quang Huy, Phó Giám đốc Sở Y tế; bà Phạm Thị Lan, Phó Giám đốc Sở Tài chính.",
     {"Nguyễn Quang Huy": ["Phó Giám đốc Sở Y tế"], "Phạm Thị Lan": ["Phó Giám đốc Sở Tài chính"]}),
    # a national committee's tasks listed with commas
    ("Phó Thủ tướng Trần Quốc Bảo, Chủ tịch Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm kết luận.",
     {"Trần Quốc Bảo": ["Phó Thủ tướng", "Chủ tịch Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm"]}),
    # a committee's office, a colon, then the person's own title and name
    ("Bộ Y tế làm việc với UBND tỉnh Kon Tum. Trưởng đoàn: Thứ trưởng Lê Hoàng Minh. Tiếp đoàn có lãnh đạo tỉnh.",
     {"Lê Hoàng Minh": ["Trưởng đoàn", "Thứ trưởng"]}),
    # the census's standing name
    ("Thứ trưởng Nguyễn Thị Kim Chi, Phó Trưởng Ban chỉ đạo Tổng điều tra dân số và nhà ở, chủ trì hội nghị.",
     {"Nguyễn Thị Kim Chi": ["Thứ trưởng", "Phó Trưởng Ban chỉ đạo Tổng điều tra dân số và nhà ở"]}),
    # a list of people a plural word of address opens shares the office after it
    ("Đồng chí H'Yâo Knul tái đắc cử Chủ tịch Hội; các đồng chí Lê Quang Sáng, Nguyễn Thị Thu Hằng được bầu giữ chức Phó Chủ tịch.",
     {"H'Yâo Knul": ["Chủ tịch Hội"], "Lê Quang Sáng": ["Phó Chủ tịch"], "Nguyễn Thị Thu Hằng": ["Phó Chủ tịch"]}),
    ("Các đồng chí Lê Văn An, Trần Thị Bình và Phạm Văn Cường được bầu làm Phó Bí thư.",
     {"Lê Văn An": ["Phó Bí thư"], "Trần Thị Bình": ["Phó Bí thư"], "Phạm Văn Cường": ["Phó Bí thư"]}),
    # … but a plain list does not: each name may have an office of its own elsewhere
    ("Tham dự có Lê Văn Hùng, Trần Thị Bình, Phó Giám đốc Sở Y tế.", {"Trần Thị Bình": ["Phó Giám đốc Sở Y tế"]}),
    ("Bà Siu H'Mai được bầu làm Chủ tịch Hội; hai Phó Chủ tịch là bà Nguyễn Thị Hồng Nhung và bà Rơ Chăm H'Linh.",
     {"Siu H'Mai": ["Chủ tịch Hội"], "Nguyễn Thị Hồng Nhung": ["Phó Chủ tịch"], "Rơ Chăm H'Linh": ["Phó Chủ tịch"]}),
    # a long department name, with its centre after "của"
    ("Theo ThS Dương Văn Hòa, Trưởng khoa Sức khỏe môi trường - Y tế trường học của Trung tâm Kiểm soát bệnh tật tỉnh, "
     "toàn tỉnh có 1.860 lao động.",
     {"Dương Văn Hòa": ["Trưởng khoa Sức khỏe môi trường - Y tế trường học của Trung tâm Kiểm soát bệnh tật tỉnh"]}),
    # re-elected to an office; an office taken by one person, then the next person named after a comma
    ("Đồng chí Trần Văn Khang, Giám đốc Sở Y tế, tái đắc cử chức Bí thư Đảng ủy với 100% số phiếu.",
     {"Trần Văn Khang": ["Giám đốc Sở Y tế", "Bí thư Đảng ủy"]}),
    ("Đồng chí Lê Anh Tuấn (Giám đốc Bệnh viện) tiếp tục được tín nhiệm bầu giữ chức Bí thư Đảng ủy, "
     "đồng chí Phạm Thị Hạnh (Phó Giám đốc Bệnh viện) giữ chức Phó Bí thư.",
     {"Lê Anh Tuấn": ["Giám đốc Bệnh viện", "Bí thư Đảng ủy"], "Phạm Thị Hạnh": ["Phó Giám đốc Bệnh viện", "Phó Bí thư"]}),
    # a degree between a role and the name it runs into; a place whose first word is a word of address
    ("Tham gia ký kết có Giám đốc Sở Y tế BSCKII. Ngô Quang Huy và Giám đốc Bảo hiểm xã hội tỉnh Võ Thị Kim Liên.",
     {"Ngô Quang Huy": ["Giám đốc Sở Y tế"], "Võ Thị Kim Liên": ["Giám đốc Bảo hiểm xã hội tỉnh"]}),
    ("Tham dự có Lê Văn Tú – Giám đốc Bệnh viện Bà Rịa cùng đại diện 8 trung tâm.",
     {"Lê Văn Tú": ["Giám đốc Bệnh viện Bà Rịa"]}),
    # … but a verb of appointing ends the role before it
    ("Ông Trần Văn Thuấn trao Quyết định của Bộ trưởng Bộ Y tế bổ nhiệm PGS.TS Lê Thanh Hải giữ chức Giám đốc Bệnh viện Nhi.",
     {"Lê Thanh Hải": ["Giám đốc Bệnh viện Nhi"]}),
    # a board that runs a programme; the head of a hospital's centre
    ("Ông Quàng Văn Pấng, Trưởng Ban điều hành Chương trình chống lao tỉnh phát biểu.",
     {"Quàng Văn Pấng": ["Trưởng Ban điều hành Chương trình chống lao tỉnh"]}),
    ("TS.BS Nguyễn Thị Kim Oanh – Phó Giám đốc Bệnh viện Đà Nẵng, Trưởng Trung tâm Đột quỵ – cho biết.",
     {"Nguyễn Thị Kim Oanh": ["Phó Giám đốc Bệnh viện Đà Nẵng", "Trưởng Trung tâm Đột quỵ"]}),
    # the armed forces: their offices, a rank and a degree apart by a comma, a unit named for two fields
    ("Tham dự có Đại tá Nguyễn Văn Thái, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ đội Biên phòng tỉnh; "
     "Thiếu tá Chau Sóc Kha – Phó Chính trị viên Đồn Biên phòng Vĩnh Xương.",
     {"Nguyễn Văn Thái": ["Phó Chỉ huy trưởng", "Tham mưu trưởng Bộ đội Biên phòng tỉnh"],
      "Chau Sóc Kha": ["Phó Chính trị viên Đồn Biên phòng Vĩnh Xương"]}),
    ("Dự có Trung tướng Hoàng Văn Lực, Chủ nhiệm Tổng cục Hậu cần và Đại tá Đặng Quang Vinh, "
     "Đoàn trưởng Đoàn Kinh tế - Quốc phòng 78.",
     {"Hoàng Văn Lực": ["Chủ nhiệm Tổng cục Hậu cần"], "Đặng Quang Vinh": ["Đoàn trưởng Đoàn Kinh tế - Quốc phòng 78"]}),
    ("Giám đốc Bệnh viện Quân y 110, Đại tá, BSCKII Nguyễn Hữu Phúc cho biết bệnh viện cử 23 lượt bác sĩ.",
     {"Nguyễn Hữu Phúc": ["Giám đốc Bệnh viện Quân y 110"]}),
    # a one-word K'Ho name right after a role, but not a commune's or a village's name
    ("Trước đó, đại biểu HĐND tỉnh K'Mák (đơn vị huyện Lạc Dương) đề nghị ưu tiên chỉ tiêu.",
     {"K'Mák": ["đại biểu HĐND tỉnh"]}),
    ("Chủ tịch UBND xã Đạ K'Nàng phát biểu. Trưởng thôn K'Long báo cáo.", {}),
    # "ý kiến đại biểu" names the delegates, whose office is not the next person's
    ("Giải trình ý kiến đại biểu, bà Ka Hồng Thủy — Phó Giám đốc Sở Y tế — cho biết.",
     {"Ka Hồng Thủy": ["Phó Giám đốc Sở Y tế"]}),
    # a Nùng family name in a list after a heading
    ("Dự phiên họp có các đồng chí Phó Chủ tịch HĐND tỉnh: Sần Thị Mai, Hoàng Quốc Bảo; lãnh đạo các ban.",
     {"Sần Thị Mai": ["Phó Chủ tịch HĐND tỉnh"], "Hoàng Quốc Bảo": ["Phó Chủ tịch HĐND tỉnh"]}),
    # the head of an association's branch; a team's deputy in a list after headings
    ("Tham dự có bà Đinh Thị Mến, Chi hội trưởng Chi hội Phụ nữ thôn Đồng Tâm.",
     {"Đinh Thị Mến": ["Chi hội trưởng Chi hội Phụ nữ thôn Đồng Tâm"]}),
    ("Tổ công tác gồm: Tổ trưởng: ông Vũ Văn Hiệp, Trưởng phòng Y tế huyện; Tổ phó: ông Trịnh Đình Sáng, "
     "Phó Giám đốc Trung tâm Y tế huyện.",
     {"Vũ Văn Hiệp": ["Tổ trưởng", "Trưởng phòng Y tế huyện"],
      "Trịnh Đình Sáng": ["Tổ phó", "Phó Giám đốc Trung tâm Y tế huyện"]}),
    # agencies whose standing names hold "và" and "về" before lower case
    ("Ông Vũ Đình Khiêm, Chi cục trưởng Chi cục Quản lý chất lượng nông lâm sản và thủy sản, Phó Trưởng đoàn, đề nghị.",
     {"Vũ Đình Khiêm": ["Chi cục trưởng Chi cục Quản lý chất lượng nông lâm sản và thủy sản", "Phó Trưởng đoàn"]}),
    ("Thứ trưởng Bộ Y tế Đỗ Minh Khôi – Phó Trưởng ban Thường trực Ban Chỉ đạo liên ngành Trung ương về vệ sinh "
     "an toàn thực phẩm chủ trì hội nghị.",
     {"Đỗ Minh Khôi": ["Thứ trưởng Bộ Y tế",
                       "Phó Trưởng ban Thường trực Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm"]}),
    # an office given, and one of a body just merged; a cooperative is no commune; mothers and children
    ("BSCKII Nguyễn Thanh Hà được giao giữ chức Giám đốc Sở Y tế tỉnh Tuyên Quang sau sáp nhập.",
     {"Nguyễn Thanh Hà": ["Giám đốc Sở Y tế tỉnh Tuyên Quang sau sáp nhập"]}),
    ("Bà Hồ Thị Liên (Phó Giám đốc Sở Y tế) được giao kiêm nhiệm Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh.",
     {"Hồ Thị Liên": ["Phó Giám đốc Sở Y tế", "Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh"]}),
    ("Bà Vàng Thị Mai, Giám đốc Hợp tác xã Dược liệu Bản Khoang, cho biết.",
     {"Vàng Thị Mai": ["Giám đốc Hợp tác xã Dược liệu Bản Khoang"]}),
    ("Hội thảo do PGS.TS Đinh Anh Tuấn, Vụ trưởng Vụ Sức khỏe Bà mẹ - Trẻ em, chủ trì.",
     {"Đinh Anh Tuấn": ["Vụ trưởng Vụ Sức khỏe Bà mẹ - Trẻ em"]}),
    # a signature block in a table's bars
    ("Nghị quyết có hiệu lực từ ngày 01 tháng 01 năm 2024./.\n|\nCHỦ TỊCH\nPhạm Thanh Tịnh |",
     {"Phạm Thanh Tịnh": ["CHỦ TỊCH"]}),
    # an office written before the name and another after it, the name after a district's level word;
    # abbreviated offices in a schedule's table; a Chu Ru lineage
    ("Phó Chủ tịch UBND quận Lâm Quốc Thanh – Trưởng Ban Chỉ đạo chăm sóc sức khỏe nhân dân quận – chủ trì họp.",
     {"Lâm Quốc Thanh": ["Phó Chủ tịch UBND quận", "Trưởng Ban Chỉ đạo chăm sóc sức khỏe nhân dân quận"]}),
    ("Thứ 2 (11/11) | 7h15 | Giao ban toàn viện | GĐ Lê Văn Thạnh | Hội trường A\n"
     "Thứ 2 (11/11) | 14h00 | Họp Hội đồng Thuốc và điều trị | PGĐ Nguyễn Thị Hải Yến | Phòng họp 1",
     {"Lê Văn Thạnh": ["GĐ"], "Nguyễn Thị Hải Yến": ["PGĐ"]}),
    ("Giám đốc Sở Đặng Thị Thúy Hằng, Phó Giám đốc Sở Kră Jăn Ha Thu dự cuộc họp.",
     {"Đặng Thị Thúy Hằng": ["Giám đốc Sở"], "Kră Jăn Ha Thu": ["Phó Giám đốc Sở"]}),
    # foreign guests with a hyphen or an initial in their names; a province written with a hyphen
    ("Thứ trưởng Nguyễn Hữu Phước và bà Kirsten Møller-Hansen – Trưởng Đại diện Tổ chức Y tế Thế giới (WHO) "
     "tại Việt Nam ký văn kiện. Ông Michael R. Delaney, Giám đốc USAID Việt Nam nhấn mạnh.",
     {"Nguyễn Hữu Phước": ["Thứ trưởng"],
      "Kirsten Møller-Hansen": ["Trưởng Đại diện Tổ chức Y tế Thế giới (WHO) tại Việt Nam"],
      "Michael R. Delaney": ["Giám đốc USAID Việt Nam"]}),
    ("Ông Nguyễn Văn A, Giám đốc Sở Y tế Bà Rịa-Vũng Tàu phát biểu.",
     {"Nguyễn Văn A": ["Giám đốc Sở Y tế Bà Rịa-Vũng Tàu"]}),
    # a heading opened by "các đồng chí": each item shares its office, up to an item named with a word of address
    ("Dự hội nghị có các đồng chí Phó Bí thư Tỉnh ủy: Trịnh Thị Minh Hằng, Chủ tịch HĐND tỉnh; Cao Tường Vân, "
     "Chủ tịch UBND tỉnh; đồng chí Nghiêm Xuân Kiên – Phó Chủ tịch UBND tỉnh; cùng lãnh đạo các ban.",
     {"Trịnh Thị Minh Hằng": ["Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"],
      "Cao Tường Vân": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], "Nghiêm Xuân Kiên": ["Phó Chủ tịch UBND tỉnh"]}),
    # a comma after a word of address is no gap before a name
    ("Giám đốc Sở Y tế, ông, bà con trong xã đều đồng tình.", {}),
    # a Chăm family written like a province's first word, and the provinces themselves
    ("Phó Giám đốc Sở Y tế Quảng Thị Ngọc Ánh đề nghị các địa phương phấn đấu.",
     {"Quảng Thị Ngọc Ánh": ["Phó Giám đốc Sở Y tế"]}),
    ("Giám đốc Sở Y tế Quảng Nam Nguyễn Văn An phát biểu.", {"Nguyễn Văn An": ["Giám đốc Sở Y tế Quảng Nam"]}),
    # a Chăm family; the head of a Hoa association
    ("Phó Giám đốc Sở Thuận Thị Bích Hà có chuyến kiểm tra.", {"Thuận Thị Bích Hà": ["Phó Giám đốc Sở"]}),
    ("Ông Quách Chí Cường, Hội trưởng Hội Tương tế người Hoa tỉnh, cho biết.",
     {"Quách Chí Cường": ["Hội trưởng Hội Tương tế người Hoa tỉnh"]}),
    # an Ê Đê family written with a second capital; a one-word Ê Đê name
    ("Đoàn do ông Y Quang BKrông, Phó Giám đốc Sở Y tế dẫn đầu. Đi cùng có bà H'Luých, Chi cục trưởng Chi cục Dân số.",
     {"Y Quang BKrông": ["Phó Giám đốc Sở Y tế"], "H'Luých": ["Chi cục trưởng Chi cục Dân số"]}),
    # a review council's members and chair; a ministry's department named for three fields
    ("PGS.TS Lưu Thị Bích Ngọc, Hiệu trưởng nhà trường, Chủ tịch Hội đồng chủ trì phiên họp.",
     {"Lưu Thị Bích Ngọc": ["Hiệu trưởng nhà trường", "Chủ tịch Hội đồng"]}),
    ("GS.TS Vũ Đình Lộc, Ủy viên phản biện, nhận xét đề tài.", {"Vũ Đình Lộc": ["Ủy viên phản biện"]}),
    ("PGS.TS Phan Thị Lệ Thu – Vụ trưởng Vụ Khoa học, Công nghệ và Đào tạo cho biết.",
     {"Phan Thị Lệ Thu": ["Vụ trưởng Vụ Khoa học, Công nghệ và Đào tạo"]}),
    ("Theo ông K’Bríu Tơn, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng, giải thưởng nhận 68 công trình.",
     {"K’Bríu Tơn": ["Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng"]}),
    # a Ba Na name led by "A" and a family name, not a unit "A" before a Vietnamese name
    ("Ký kết có Phó Chủ tịch UBND tỉnh Kon Tum A Sơn Thuận và ông Lê Văn Hùng.",
     {"A Sơn Thuận": ["Phó Chủ tịch UBND tỉnh Kon Tum"]}),
    ("Trưởng khoa A Lê Văn Minh phát biểu.", {"Lê Văn Minh": ["Trưởng khoa A"]}),
    ("Ông A Lê, Phó Giám đốc Sở dự.", {"A Lê": ["Phó Giám đốc Sở"]}),
    # "thành phố" before a name is no street ("phố"): the name's next office still counts
    ("Phó Chủ tịch UBND thành phố Trịnh Văn Thành, Trưởng Ban Chỉ đạo liên ngành về an toàn thực phẩm thành phố dự.",
     {"Trịnh Văn Thành": ["Phó Chủ tịch UBND thành phố",
                          "Trưởng Ban Chỉ đạo liên ngành về an toàn thực phẩm thành phố"]}),
    # "ở người" (in humans) inside a committee's name
    ("Phó Thủ tướng Vũ Đức Hải, Trưởng Ban Chỉ đạo quốc gia phòng chống đại dịch cúm ở người chủ trì.",
     {"Vũ Đức Hải": ["Phó Thủ tướng", "Trưởng Ban Chỉ đạo quốc gia phòng chống đại dịch cúm ở người"]}),
    # a list item "…; A, B và C – R": all three hold R
    ("Ban Giám đốc gồm: TS.BS Huỳnh Bá Tuấn – Giám đốc; ThS.BS Phan Văn Đức, BSCKII Nguyễn Hữu Tâm và "
     "BSCKII Trần Thị Ngọc Diệp – Phó Giám đốc.",
     {"Huỳnh Bá Tuấn": ["Giám đốc"], "Phan Văn Đức": ["Phó Giám đốc"], "Nguyễn Hữu Tâm": ["Phó Giám đốc"],
      "Trần Thị Ngọc Diệp": ["Phó Giám đốc"]}),
    # a village's name after its head's title is a place; a hospital named after a person where it is built
    ("Tham gia có ông Bàn Văn Quý – Trưởng thôn Yên Sơn.", {"Bàn Văn Quý": ["Trưởng thôn Yên Sơn"]}),
    ("UBND thành phố phê duyệt dự án nâng cấp Bệnh viện Lê Văn Thịnh (TP Thủ Đức).\n\n"
     "Theo ông Lương Chí Thành, Giám đốc Bệnh viện Lê Văn Thịnh, bệnh viện có 500 giường.",
     {"Lương Chí Thành": ["Giám đốc Bệnh viện Lê Văn Thịnh"]}),
    # a role in brackets, then another after a comma; a title then a name after the comma is the next person
    ("Dự có ông Nguyễn Văn An (Giám đốc Sở Y tế), Bí thư Đảng ủy Sở.",
     {"Nguyễn Văn An": ["Giám đốc Sở Y tế", "Bí thư Đảng ủy Sở"]}),
    ("Dự có ông Nguyễn Văn An (Giám đốc Sở Y tế), Phó Giám đốc Sở Tài chính Trần Thị Bình.",
     {"Nguyễn Văn An": ["Giám đốc Sở Y tế"], "Trần Thị Bình": ["Phó Giám đốc Sở Tài chính"]}),
    # where a person comes from, in brackets between the name and the role
    ("Cùng dự có GS.TS Đặng Văn Chính (Đại học Y Dược TP Hồ Chí Minh), Ủy viên Hội đồng khoa học nhà trường.",
     {"Đặng Văn Chính": ["Ủy viên Hội đồng khoa học nhà trường"]}),
    ("Dự có ông Nguyễn Văn An (Bình Định), Phó Chủ tịch Hội Y học.", {"Nguyễn Văn An": ["Phó Chủ tịch Hội Y học"]}),
    # no name holds "Sở": the Youth Union of a department
    ("Đồng chí Phạm Ngọc Thảo được bầu giữ chức Bí thư Đoàn Sở Y tế.", {"Phạm Ngọc Thảo": ["Bí thư Đoàn Sở Y tế"]}),
    # a plural office and the people who hold it
    ("Theo quyết định, các Phó Giám đốc gồm ông Lâm Chí Thanh và bà Huỳnh Ngọc Bích.",
     {"Lâm Chí Thanh": ["Phó Giám đốc"], "Huỳnh Ngọc Bích": ["Phó Giám đốc"]}),
    # an office taken further on in the sentence goes to the person named last before it
    ("Ông Phan Đình Sơn, Trưởng Ban Tổ chức Tỉnh ủy công bố quyết định điều động đồng chí Nguyễn Tuấn Nghĩa, "
     "Giám đốc Sở Y tế, đến nhận công tác tại Ban Tuyên giáo Tỉnh ủy và giữ chức Phó Trưởng ban Thường trực.",
     {"Phan Đình Sơn": ["Trưởng Ban Tổ chức Tỉnh ủy"],
      "Nguyễn Tuấn Nghĩa": ["Giám đốc Sở Y tế", "Phó Trưởng ban Thường trực"]}),
    ("Giám đốc Sở Nội vụ Trần Văn Bình trao quyết định điều động ông Nguyễn Văn An đến nhận công tác "
     "tại Sở Y tế và giữ chức Phó Giám đốc Sở Y tế.",
     {"Trần Văn Bình": ["Giám đốc Sở Nội vụ"], "Nguyễn Văn An": ["Phó Giám đốc Sở Y tế"]}),
    # a council's member named after a dash, then an office of their own
    ("Chủ tịch Hội đồng là ông Rơ Châm Hlinh; Ủy viên phản biện 1 – TS Nguyễn Xuân Thảo, Viện trưởng Viện Sốt rét.",
     {"Rơ Châm Hlinh": ["Chủ tịch Hội đồng"], "Nguyễn Xuân Thảo": ["Ủy viên phản biện 1", "Viện trưởng Viện Sốt rét"]}),
    # the last of a plural office's holders has an office of their own too; a workplace in brackets
    ("Hai Ủy viên phản biện là GS.TS Vũ Đình Lộc (Bệnh viện K) và BSCKII Hồ Sỹ Hùng, Giám đốc Bệnh viện Hữu nghị.",
     {"Vũ Đình Lộc": ["Ủy viên phản biện"], "Hồ Sỹ Hùng": ["Ủy viên phản biện", "Giám đốc Bệnh viện Hữu nghị"]}),
    # a list of "R – [ông] X" items apart by commas: each office is its own item's
    ("Tham dự có: Giám đốc Sở Y tế – ông Nguyễn Văn An, Phó Giám đốc Sở – ông Trần Văn Bình.",
     {"Nguyễn Văn An": ["Giám đốc Sở Y tế"], "Trần Văn Bình": ["Phó Giám đốc Sở"]}),
    ("Ông Nguyễn Văn An – Giám đốc Sở Y tế – Trần Văn Bình phát biểu.", {"Nguyễn Văn An": ["Giám đốc Sở Y tế"]}),
    # two people, each with an office of their own, joined by "và" and taking one office together
    ("Đồng chí Sùng Mí Vả – Phó Giám đốc Sở Lao động - Thương binh và Xã hội và đồng chí Lò Thị Kim Oanh – "
     "Phó Giám đốc Bảo hiểm xã hội tỉnh làm Phó Trưởng ban.",
     {"Sùng Mí Vả": ["Phó Giám đốc Sở Lao động - Thương binh và Xã hội", "Phó Trưởng ban"],
      "Lò Thị Kim Oanh": ["Phó Giám đốc Bảo hiểm xã hội tỉnh", "Phó Trưởng ban"]}),
    # "X, R1 là Y": R1 is Y's, named next; a Thái family written "Lô"
    ("Trưởng khoa là BSCKII Đậu Thị Hoài Thu, Điều dưỡng trưởng khoa là Lô Thị Mai (dân tộc Thái).",
     {"Đậu Thị Hoài Thu": ["Trưởng khoa"], "Lô Thị Mai": ["Điều dưỡng trưởng khoa"]}),
    # Raglai family names
    ("Đại biểu HĐND tỉnh Mấu Thị Hoa (Tổ đại biểu huyện Khánh Sơn) phản ánh thiếu bác sĩ.",
     {"Mấu Thị Hoa": ["Đại biểu HĐND tỉnh"]}),
    ("Bà Pi Năng Thị Thủy, Phó Chủ tịch UBND huyện Bác Ái, cho biết.", {"Pi Năng Thị Thủy": ["Phó Chủ tịch UBND huyện Bác Ái"]}),
    ("Ông Nguyễn Văn An, Giám đốc Sở Y tế là Trưởng đoàn.", {"Nguyễn Văn An": ["Giám đốc Sở Y tế", "Trưởng đoàn"]}),
])
def test_cues(body, expected):
    assert summary(body) == expected


# --- names of ethnic minorities and less common family names: (text, {name: [roles]}) ---
@pytest.mark.parametrize("body, expected", [
    # Ê Đê: given name first with "H'", family name last, after a word of address
    ("Tiếp đoàn có bà H'Nga Byă, Phó Trưởng Ban Văn hóa – Xã hội HĐND tỉnh và lãnh đạo Sở Y tế.",
     {"H'Nga Byă": ["Phó Trưởng Ban Văn hóa – Xã hội HĐND tỉnh"]}),
    # the same shape with a curly apostrophe
    ("Theo bà H’Ly Mlô, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, số ca mắc giảm.",
     {"H’Ly Mlô": ["Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh"]}),
    # Ê Đê "Y …" after a title, with no word of address
    ("Phó Giám đốc Sở Y tế Y Ngọc Mlô cho biết toàn tỉnh đã tiêm 95% trẻ.",
     {"Y Ngọc Mlô": ["Phó Giám đốc Sở Y tế"]}),
    # a district with an apostrophe, then an Ê Đê name
    ("Chủ tịch UBND huyện Ea H'Leo Y Khiêm Niê kiểm tra điểm tiêm.",
     {"Y Khiêm Niê": ["Chủ tịch UBND huyện Ea H'Leo"]}),
    # Jrai: family name first, then a "Y"/"H'" given name
    ("Ông Kpă Y Dơr, Giám đốc Trung tâm Y tế huyện Krông Pa báo cáo.",
     {"Kpă Y Dơr": ["Giám đốc Trung tâm Y tế huyện Krông Pa"]}),
    ("Theo bà Siu H'Hiên, Phó Giám đốc Sở Y tế, năm nay có 80 ca mắc.",
     {"Siu H'Hiên": ["Phó Giám đốc Sở Y tế"]}),
    ("Phó Chủ tịch UBND tỉnh Rơ Mah Tuấn kiểm tra công tác phòng dịch.",
     {"Rơ Mah Tuấn": ["Phó Chủ tịch UBND tỉnh"]}),
    # Thái family names, after a title and in a "các đồng chí:" list
    ("Chủ trì có Thứ trưởng Bộ Y tế Quàng Văn Hưng; ông Cầm Bá Tuấn, Vụ trưởng Vụ Pháp chế.",
     {"Quàng Văn Hưng": ["Thứ trưởng Bộ Y tế"], "Cầm Bá Tuấn": ["Vụ trưởng Vụ Pháp chế"]}),
    ("Dự có các đồng chí: Lường Văn Tiến, Giám đốc Sở Y tế; Quàng Thị Hoa, Phó Giám đốc Sở Y tế; "
     "Vì Văn Sơn, Trưởng phòng Tổ chức cán bộ.",
     {"Lường Văn Tiến": ["Giám đốc Sở Y tế"], "Quàng Thị Hoa": ["Phó Giám đốc Sở Y tế"],
      "Vì Văn Sơn": ["Trưởng phòng Tổ chức cán bộ"]}),
    # Khmer names of four syllables and a Khmer family name after "Ông" in one run
    ("Bà Thạch Thị Sa Ry – Giám đốc Trung tâm Y tế huyện Cầu Kè – cho biết.",
     {"Thạch Thị Sa Ry": ["Giám đốc Trung tâm Y tế huyện Cầu Kè"]}),
    ("Ông Sơn Thanh Tùng, Phó Giám đốc Trung tâm Y tế thị xã Duyên Hải dự.",
     {"Sơn Thanh Tùng": ["Phó Giám đốc Trung tâm Y tế thị xã Duyên Hải"]}),
    ("Đồng chí Danh Út, Trưởng phòng Y tế huyện và Chau Sóc Kha, Giám đốc Trung tâm Y tế huyện Tri Tôn cùng dự.",
     {"Danh Út": ["Trưởng phòng Y tế huyện"], "Chau Sóc Kha": ["Giám đốc Trung tâm Y tế huyện Tri Tôn"]}),
    # H'Mông names in capitals, and a minority name with no word of address before its role
    ("ĐỒNG CHÍ SÙNG A PÁO, GIÁM ĐỐC SỞ Y TẾ PHÁT BIỂU", {"Sùng A Páo": ["GIÁM ĐỐC SỞ Y TẾ"]}),
    ("H'Lan Niê (Phó Trưởng Ban Dân tộc HĐND tỉnh) phát biểu.",
     {"H'Lan Niê": ["Phó Trưởng Ban Dân tộc HĐND tỉnh"]}),
    # a degree in capitals right before a one-letter given-name prefix
    ("Phó Giám đốc Sở Y tế – BSCKII Y Sinh Niê cho biết.", {"Y Sinh Niê": ["Phó Giám đốc Sở Y tế"]}),
    # "Văn"/"Thị" mark where a name starts, even after a family-name-looking syllable
    ("Giám đốc Bệnh viện Phổi Nguyễn Thị Mai Hương phát biểu.", {"Nguyễn Thị Mai Hương": ["Giám đốc Bệnh viện Phổi"]}),
    # two-word family names, up to five syllables
    ("Phó Giám đốc Sở Y tế Tôn Nữ Thị Minh Châu phát biểu.", {"Tôn Nữ Thị Minh Châu": ["Phó Giám đốc Sở Y tế"]}),
    ("Giám đốc Sở Y tế Âu Dương Minh Tuấn phát biểu.", {"Âu Dương Minh Tuấn": ["Giám đốc Sở Y tế"]}),
    # "Y" inside an organisation, then a Vietnamese name
    ("Trưởng phòng Nghiệp vụ Y Lê Hùng báo cáo kết quả.", {"Lê Hùng": ["Trưởng phòng Nghiệp vụ Y"]}),
    ("Hiệu trưởng Trường Đại học Y Dược Cần Thơ Trần Trung Kiên dự.",
     {"Trần Trung Kiên": ["Hiệu trưởng Trường Đại học Y Dược Cần Thơ"]}),
])
def test_minority_names(body, expected):
    assert summary(body) == expected


# --- other shapes: a role then a dash then the name, joined offices, captions ------
@pytest.mark.parametrize("body, expected", [
    # "R – X": a role, a dash, the name
    ("Đoàn công tác do Thứ trưởng Bộ Y tế – Đỗ Xuân Hòa dẫn đầu.", {"Đỗ Xuân Hòa": ["Thứ trưởng Bộ Y tế"]}),
    ("Giám đốc Sở Y tế - TS. Lò Văn Cương phát biểu tại hội nghị.", {"Lò Văn Cương": ["Giám đốc Sở Y tế"]}),
    # "A - R - B, R2": the role after A's dash is A's, B has his own
    ("Đồng chí Lê Văn An - Giám đốc Sở Y tế - Trần Văn Bảo, Phó Giám đốc Sở Y tế cùng dự.",
     {"Lê Văn An": ["Giám đốc Sở Y tế"], "Trần Văn Bảo": ["Phó Giám đốc Sở Y tế"]}),
    # a dash before an organisation or a place is no name
    ("Giám đốc Sở Y tế – Bệnh viện Đa khoa tỉnh phối hợp triển khai.", {}),
    # an office that serves two bodies
    ("Đồng chí Hoàng Văn Lợi, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh dự.",
     {"Hoàng Văn Lợi": ["Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"]}),
    ("Chánh Văn phòng HĐND và UBND huyện Mường Tè Lò Văn Phấn báo cáo.",
     {"Lò Văn Phấn": ["Chánh Văn phòng HĐND và UBND huyện Mường Tè"]}),
    # "Đoàn ĐBQH" inside an organisation
    ("Đồng chí Vàng Thị Mai, Tỉnh ủy viên, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh dự.",
     {"Vàng Thị Mai": ["Tỉnh ủy viên", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"]}),
    # a list with dashes, lower-case "các đồng chí", old tone placement "uỷ"
    ("Tiếp đoàn có các đồng chí Lê Văn Dung - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; "
     "Tống Quang Thìn – tỉnh uỷ viên Giám đốc Sở Y tế.",
     {"Lê Văn Dung": ["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"], "Tống Quang Thìn": ["tỉnh ủy viên", "Giám đốc Sở Y tế"]}),
    # a photo caption with the person's place in the photo between name and role
    ("Đồng chí Mùa A Sơn (thứ hai từ trái sang), Bí thư Tỉnh ủy thăm trạm y tế.", {"Mùa A Sơn": ["Bí thư Tỉnh ủy"]}),
    ("Ông Y Biêr Niê (phải), Chủ tịch HĐND tỉnh tặng quà cho bệnh nhân.", {"Y Biêr Niê": ["Chủ tịch HĐND tỉnh"]}),
    # a hard-wrapped page: a line break right after the title or an organisation's head word
    ("Đoàn giám sát do bà Lò Thị Ban, Phó Trưởng ban\nVăn hóa - Xã hội HĐND tỉnh làm trưởng đoàn.",
     {"Lò Thị Ban": ["Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh", "trưởng đoàn"]}),
    ("Cùng dự có bà Lê Thị Hoa, Giám đốc Bệnh viện\nĐa khoa tỉnh.", {"Lê Thị Hoa": ["Giám đốc Bệnh viện Đa khoa tỉnh"]}),
    # a whole role at a line's end, or a new sentence on the next line, stays as it is
    ("Ông Trần Văn Bảo, Giám đốc Sở Y tế\nTrong năm qua, ngành y tế đạt nhiều kết quả.",
     {"Trần Văn Bảo": ["Giám đốc Sở Y tế"]}),
    ("Ông Trần Văn Bảo, Giám đốc\nTrong năm qua, ngành y tế đạt nhiều kết quả.", {"Trần Văn Bảo": ["Giám đốc"]}),
])
def test_other_shapes(body, expected):
    assert summary(body) == expected


# --- a signature block: the title line above the name ---------------------------
@pytest.mark.parametrize("block, expected", [
    ("TL. GIÁM ĐỐC\n\nCHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nHà Văn Quân", {"Hà Văn Quân": ["CHÁNH VĂN PHÒNG"]}),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thị Bích", {"Trần Thị Bích": ["PHÓ GIÁM ĐỐC"]}),
    ("Q. GIÁM ĐỐC\n\nĐinh Văn Hòa", {"Đinh Văn Hòa": ["Q. GIÁM ĐỐC"]}),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n( đã ký )\n\nLê Quốc Toản", {"Lê Quốc Toản": ["CHỦ TỊCH"]}),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTL. GIÁM ĐỐC\n\nVũ Thị Hoa", {}),
    # a table's bar before the title and after the name
    ("| CHỦ TỊCH\nNguyễn Quốc Hưng |", {"Nguyễn Quốc Hưng": ["CHỦ TỊCH"]}),
])
def test_signature_block(block, expected):
    body = "Sở Y tế thông báo kết luận của Giám đốc Sở tại hội nghị giao ban.\n\n" + block
    assert summary(body) == expected


# --- not officials: (text) -------------------------------------------------------
@pytest.mark.parametrize("body", [
    # a byline and a reporter
    "Năm 2023 ngành y tế hoàn thành các chỉ tiêu.\n\nThu Hà",
    "Phóng viên Nguyễn Văn Nam đã trò chuyện với bác sĩ Lê Thị Hoa.",
    # people named without an office
    "Ông Nguyễn Văn An cho biết gia đình ông đã được hỗ trợ.",
    "Trần Văn Bình, một bệnh nhân, chia sẻ niềm vui.",
    # an office without a name
    "Hội nghị do đồng chí Chủ tịch UBND tỉnh chủ trì. Tham dự có Giám đốc các sở, ngành.",
    # a hospital named after a person
    "Tại Bệnh viện Nguyễn Tri Phương, Giám đốc bệnh viện cho biết số ca tăng.",
    # a photo credit
    "Bệnh nhân được thăm khám (Ảnh: Trần Nguyên).",
    # a site footer, even when it names an office
    "Chịu trách nhiệm chính: Trần Văn Bình - Giám đốc Sở Y tế",
    # a place is not a person
    "Chủ tịch Hồ Chí Minh từng dạy: lương y phải như từ mẫu.",
    # minority names without an office; organisation words after "Y"
    "Người dân buôn Ea Kly, bà H'Hen Niê cho biết gia đình đã có thẻ bảo hiểm y tế.",
    "Trường Đại học Y Dược Huế phối hợp với Sở Y tế Đắk Lắk tổ chức lớp tập huấn.",
    "Giám đốc Sở Y tế - Đắk Lắk Y Tế Dự Phòng cho biết.",
    "Bệnh nhân được thăm khám (Ảnh: H'Lan Êban).",
])
def test_not_officials(body):
    assert summary(body) == {}


def test_footer_after_the_article_is_not_an_official():
    body = ("Đồng chí Vũ Văn Long, Giám đốc Sở Y tế phát biểu.\n\nThu Hà\n\nTin khác\n"
            "Chịu trách nhiệm chính: Trần Văn Bình - Giám đốc Sở Y tế\n")
    assert summary(body) == {"Vũ Văn Long": ["Giám đốc Sở Y tế"]}


def test_photo_caption_keeps_the_official_but_not_the_photographer():
    body = "Ảnh: Bộ trưởng Bộ Y tế Đoàn Thị Minh phát biểu tại hội nghị (Ảnh: Trần Minh)"
    assert summary(body) == {"Đoàn Thị Minh": ["Bộ trưởng Bộ Y tế"]}


# --- honorifics: (text, name, honorifics) ----------------------------------------
@pytest.mark.parametrize("body, name, honorifics", [
    ("TS.BSCKII Lê Thị Hoài, Bí thư Đảng bộ, Giám đốc Sở Y tế phát biểu.", "Lê Thị Hoài", ["TS.", "BSCKII"]),
    ("Đoàn do PGS.TS Dương Đình Hưng – Giám đốc Sở Y tế dẫn đầu.", "Dương Đình Hưng", ["PGS.", "TS"]),
    ("Đồng chí BSCKII La Văn Tài - Phó Giám đốc Sở Y tế dự.", "La Văn Tài", ["Đồng chí", "BSCKII"]),
    ("Về phía bệnh viện có Ts Lê Hồng Sơn - Giám đốc Bệnh viện.", "Lê Hồng Sơn", ["Ts"]),
    ("Bác sĩ Tiêu Thị Thu Vân - Phó Chánh Văn phòng Sở Y tế cho biết.", "Tiêu Thị Thu Vân", ["Bác sĩ"]),
    ("Bà Đào Thị Lan, Bộ trưởng Bộ Y tế thăm bệnh viện.", "Đào Thị Lan", ["Bà"]),
    ("Đại tá, bác sĩ Lê Văn Tùng, Giám đốc Bệnh viện Quân y 7A phát biểu.", "Lê Văn Tùng", ["Đại tá", "bác sĩ"]),
])
def test_honorifics_are_stripped_and_kept(body, name, honorifics):
    official = one(body)
    assert (official.name, official.honorifics) == (name, honorifics)


# --- one record per person ------------------------------------------------------
def test_mentions_are_merged_and_a_short_role_adds_nothing():
    body = ("Đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì.\n"
            "Phát biểu kết luận, Chủ tịch UBND tỉnh Nguyễn Văn Sơn đánh giá cao ngành y tế.\n"
            "Bộ trưởng Nguyễn Văn Sơn nói.")
    official = one(body)
    assert [r.text for r in official.roles] == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Bộ trưởng"]
    assert len(official.mentions) == 3
    assert official.evidence == official.mentions[0]
    assert official.person_id == person_id("Nguyễn Văn Sơn")


def test_a_fuller_role_replaces_a_shorter_one():
    body = "Bộ trưởng Đào Thị Lan phát biểu.\nBà Đào Thị Lan, Bộ trưởng Bộ Y tế, cho biết."
    assert summary(body) == {"Đào Thị Lan": ["Bộ trưởng Bộ Y tế"]}


def test_abbreviated_and_spelled_out_roles_are_one_role():
    body = "ĐBQH Trần Văn Hưng phát biểu. Đại biểu Trần Văn Hưng cho biết thêm."
    assert summary(body) == {"Trần Văn Hưng": ["ĐBQH"]}


def test_evidence_quotes_the_source():
    body = "Đồng chí Phạm Văn Hải, Phó Chủ tịch UBND tỉnh dự."
    source = TITLE + body + "\n"
    official = one(body)
    quote = official.evidence.quote
    assert source[official.evidence.start:official.evidence.end] == quote
    assert "Phạm Văn Hải" in quote and "Phó Chủ tịch UBND tỉnh" in quote


def test_old_tone_placement_is_one_person():
    body = "Đồng chí Lê Văn Hoà, Uỷ viên BTV Tỉnh uỷ dự.\nĐồng chí Lê Văn Hòa, Ủy viên BTV Tỉnh ủy phát biểu."
    official = one(body)
    assert len(official.roles) == 1 and len(official.mentions) == 2


# --- role fields: (text, title, organization, expanded, resolved) ----------------
@pytest.mark.parametrize("body, title, organization, expanded, resolved", [
    ("Hội nghị tổng kết ngành y tế thành phố Hải Phòng.\nĐồng chí Lê Văn Nam, Phó Chủ tịch UBND thành phố dự.",
     "Phó Chủ tịch", "UBND thành phố", "Ủy ban nhân dân thành phố", "UBND thành phố Hải Phòng"),
    ("Sở Y tế tỉnh Hà Giang làm việc với đoàn công tác.\nĐ/c Vũ Văn Giao, Quyền Giám đốc Sở Y tế báo cáo.",
     "Quyền Giám đốc", "Sở Y tế", None, "Sở Y tế Hà Giang"),
    ("Đồng chí Lê Văn Hà, Ủy viên BTV Tỉnh ủy dự.", "Ủy viên BTV", "Tỉnh ủy", None, None),
    ("Đồng chí Hà Văn Hải, Phó Chủ nhiệm UBKT Đảng ủy tỉnh Quảng Ninh dự.",
     "Phó Chủ nhiệm", "UBKT Đảng ủy tỉnh Quảng Ninh", "Ủy ban Kiểm tra Đảng ủy tỉnh Quảng Ninh", None),
    ("Bộ trưởng Bộ Y tế Trần Văn Long dự.", "Bộ trưởng", "Bộ Y tế", None, None),
    ("Ngành y tế thành phố Hải  Phòng tổng kết.\nĐồng chí Lê Văn Nam, Phó Chủ tịch UBND thành phố dự.",  # two spaces
     "Phó Chủ tịch", "UBND thành phố", "Ủy ban nhân dân thành phố", "UBND thành phố Hải Phòng"),
    ("Đồng chí Lê Thị Thu, Giám đốc CDC tỉnh dự.", "Giám đốc", "CDC tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh", None),
    ("Bà Lê Thị Kim Loan, Giám đốc Trung tâm Kiểm soát bệnh tật TP. Hồ Chí Minh phát biểu.", "Giám đốc",
     "Trung tâm Kiểm soát bệnh tật TP. Hồ Chí Minh", "Trung tâm Kiểm soát bệnh tật thành phố Hồ Chí Minh", None),
    # a short name in brackets is a gloss: not expanded
    ("Đồng chí Lê Thị Thu, Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh dự.", "Giám đốc",
     "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh", None, None),
    # a code's part inside a document number is no name to spell out
    ("Ông Trần Văn Bình, Phó Trưởng Ban Chỉ đạo thực hiện Nghị quyết số 20-NQ/TW của tỉnh phát biểu.",
     "Phó Trưởng Ban Chỉ đạo", "thực hiện Nghị quyết số 20-NQ/TW của tỉnh", None, None),
])
def test_role_fields(body, title, organization, expanded, resolved):
    role = one(body).roles[0]
    assert (role.title, role.organization, role.organization_expanded, role.organization_resolved) == (
        title, organization, expanded, resolved)
    assert role.text == f"{title} {organization}"


# --- what the quick tests rely on ----------------------------------------------------
def test_title_quick_test_never_misses_a_title():
    """``_TITLE_MAY_START`` on a lower-case view that is case folding matches wherever ``_TITLE``
    does: a character the regex module matches case-blind to a title's letter lower-cases to
    that letter, or the text has no such view (``lower_view``)."""
    import regex

    from extract import officials
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    entries = officials._TITLES["titles"] + officials._TITLES["prefixes"] + officials._TITLES["suffixes"]
    for letter in {c for entry in entries for c in entry + entry.lower() if c != " "}:
        for c in regex.findall("(?i:" + regex.escape(letter) + ")", every):
            lower = c.lower()
            assert lower == letter.lower() or len(lower) != 1 or lower.casefold() != lower, (letter, c)


@pytest.mark.parametrize("after", [" Nguyễn", "  Làm", "\tLà", " Được", " Ông", " Y", " H'Lan", " ĐƯỢC"])
def test_no_role_follows_a_capitalised_word(after):
    """Names are looked for only in stretches of capitalised words that a role may follow
    (``_Runs.runs_followed_by``): a run cut before another capitalised word never is."""
    from extract.officials import _ROLES_MAY_FOLLOW
    assert not _ROLES_MAY_FOLLOW.match(after)


def test_a_signature_title_in_capitals_is_kept_beside_the_office_in_the_text():
    body = ("Ông Võ Thành Trung, Phó Chủ tịch UBND tỉnh ký quyết định.\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVõ Thành Trung")
    assert summary(body) == {"Võ Thành Trung": ["Phó Chủ tịch UBND tỉnh", "PHÓ CHỦ TỊCH"]}
