"""Meetings: the event's day, its year, its kind, one record per event, and who chaired
or attended.  Sentences are written for these tests in the shapes news pages use.
"""
from __future__ import annotations

import pytest

from extract.pipeline import extract_text
from extract.text import Text


def meetings(text: str) -> list[dict]:
    """The meetings of ``text`` with chair/attendee person ids replaced by names."""
    _, found = extract_text("test", Text.of(text))
    names = {o.person_id: o.name for o in found.get("officials", [])}
    out = []
    for m in found["meetings"]:
        record = m.model_dump()
        record["chair"] = [names.get(p, p) for p in m.chair]
        record["attendees"] = [names.get(p, p) for p in m.attendees]
        out.append(record)
    return out


def subset(record: dict, expected: dict) -> dict:
    return {k: record.get(k) for k in expected}


DATELINE = "Tin tức\n\n08:15 31/01/2024\n\n"

# (text, [expected fields of each meeting, in order])
CASES = [
    # a day without a year takes the year nearest the publication date
    (DATELINE + "Chiều 30/1, Sở Y tế tổ chức Hội nghị tổng kết công tác y tế năm 2023.",
     [{"date": "2024-01-30", "year_inferred": True, "part_of_day": "chiều", "kind": "hội nghị",
       "name": "Hội nghị tổng kết công tác y tế năm 2023", "organizer": "Sở Y tế"}]),
    # the year boundary: "chiều 30/12" in an article of 3 January is the year before
    ("Tin tức\n\n08:15 03/01/2024\n\nChiều 30/12, Sở Y tế tổ chức hội nghị giao ban.",
     [{"date": "2023-12-30", "year_inferred": True, "kind": "giao ban"}]),
    # "tới", "sẽ": forward from the publication date
    ("Tin tức\n\n09:00 28/12/2023\n\nSáng 2/1 tới, Sở Y tế sẽ tổ chức Hội thảo khoa học.",
     [{"date": "2024-01-02", "kind": "hội thảo"}]),
    # a written year is not inferred
    ("Ngày 25/01/2021, Đoàn kiểm tra của Sở Y tế đã tổ chức kiểm tra tại Bệnh viện Đa khoa tỉnh.",
     [{"date": "2021-01-25", "year_inferred": False, "kind": "đoàn kiểm tra", "place": "Bệnh viện Đa khoa tỉnh"}]),
    ("Sở Y tế tổ chức Hội nghị giao ban quý I năm 2013 vào ngày 16 tháng 4 năm 2013.",
     [{"date": "2013-04-16", "kind": "giao ban", "organizer": "Sở Y tế"}]),
    # without a publication date and without a year nearby: "--MM-DD"
    ("Sáng 14/2, Công đoàn cơ quan tổ chức Hội nghị cán bộ công chức.",
     [{"date": "--02-14", "year_inferred": False}]),
    # "năm 2021" in the sentence, with no word of review or plan: the event's own year
    ("Sáng 14/2, Công đoàn cơ quan tổ chức Hội nghị cán bộ công chức năm 2021.",
     [{"date": "2021-02-14", "year_inferred": True}]),
    ("Ngày 10/4, UBND thị xã tổ chức lễ ra quân chiến dịch tiêm vắc xin phòng, chống bệnh sởi năm 2025 tại phường.",
     [{"date": "2025-04-10", "year_inferred": True}]),
    # … also in December, a few weeks from the next year
    ("Sáng 5/12, Hội đồng Thi đua - Khen thưởng ngành Y tế tỉnh họp xét khen thưởng năm 2024.",
     [{"date": "2024-12-05", "year_inferred": True}]),
    ("Trước đó, ngày 3/12, Ban Văn hóa - Xã hội HĐND tỉnh đã tổ chức phiên thẩm tra dự thảo nghị quyết.",
     [{"date": "--12-03", "kind": "phiên họp"}]),
    # the team named first, its verb, then "vào ngày"
    ("Đoàn kiểm tra công tác phòng, chống sốt xuất huyết sẽ làm việc tại các huyện Vũ Thư, Kiến Xương vào ngày 24/8/2023.",
     [{"date": "2023-08-24", "kind": "đoàn kiểm tra"}]),
    # "Sáng nay" in an article whose dateline gives the day
    ("Tin tức\n\n08:15 08/07/2024\n\nSáng nay, Sở Y tế tổ chức lễ phát động chiến dịch tiêm vắc xin phòng bạch hầu.",
     [{"date": "2024-07-08", "year_inferred": True, "part_of_day": "sáng", "kind": "lễ"}]),
    # a province's leading body working with a department
    ("Chiều 18/9, Ban Cán sự đảng UBND tỉnh làm việc với Sở Y tế về kết quả thực hiện nhiệm vụ.",
     [{"date": "--09-18", "kind": "buổi làm việc"}]),
    # … and a department working with another body, told ahead
    ("Ngày 20/4 tới, Sở Y tế sẽ làm việc với Trường Đại học Y Dược Huế về đào tạo theo địa chỉ sử dụng.",
     [{"date": "--04-20", "kind": "buổi làm việc"}]),
    ("Ngày 20/4, Sở Y tế có văn bản đề nghị các đơn vị tăng cường kiểm tra an toàn thực phẩm.", []),
    # a funeral's ceremonies, with clock times between the verb and the day
    ("Lễ viếng được tổ chức từ 8 giờ đến 10 giờ ngày 11/4/2025 tại Nhà tang lễ Quốc gia. "
     "Lễ truy điệu và đưa tang hồi 10 giờ cùng ngày.",
     [{"date": "2025-04-11", "name": "Lễ viếng"}, {"date": "2025-04-11", "name": "Lễ truy điệu và đưa tang"}]),
    ("Sáng 5-4, Trung tâm Y tế huyện tổ chức lễ đưa vào hoạt động Đơn vị Thận nhân tạo.",
     [{"date": "--04-05", "kind": "lễ", "name": "lễ đưa vào hoạt động Đơn vị Thận nhân tạo"}]),
    # a programme organised on the day
    ("Sáng 20/1, Hội Chữ thập đỏ tỉnh tổ chức chương trình “Tết nhân ái” năm 2025 cho bệnh nhân nghèo.",
     [{"date": "2025-01-20", "kind": "chương trình"}]),
    # a line broken right after the verb, as pages copied line by line are
    ("Tối 10/11/2023, tại Công viên sông Hậu, Sở Y tế tổ chức\nLễ phát động Tháng hành động quốc gia phòng, chống HIV/AIDS.",
     [{"date": "2023-11-10", "kind": "lễ"}]),
    # a year stated in the same sentence (an anniversary in brackets) dates the day
    ("Ngày 22/2, Sở Y tế tổ chức hội nghị khoa học kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/2/1955 - 27/2/2025).",
     [{"date": "2025-02-22", "year_inferred": True}]),
    # a review of "năm 2023" held in January is in 2024
    ("Sáng 15/1, Sở Y tế tổ chức Hội nghị tổng kết công tác y tế năm 2023.",
     [{"date": "2024-01-15", "year_inferred": True}]),
    # the event named before its date
    ("Tại cuộc họp báo chiều 18/11, Sở Y tế cho biết hội nghị tổng kết “20 năm phòng, chống HIV/AIDS” "
     "sẽ được khai mạc vào 27/11 tại hội trường thành phố.",
     [{"date": "--11-18", "kind": "họp báo"}, {"date": "--11-27", "kind": "hội nghị", "place": "hội trường thành phố"}]),
    ("Nghị quyết này được Hội đồng nhân dân tỉnh khóa XV, kỳ họp thứ 8 thông qua ngày 15 tháng 12 năm 2006.",
     [{"date": "2006-12-15", "kind": "kỳ họp", "name": "kỳ họp thứ 8"}]),
    ("Theo Thông báo kết luận tại cuộc họp Thường trực Chính phủ ngày 15/4/2020, Thủ tướng chỉ đạo.",
     [{"date": "2020-04-15", "kind": "cuộc họp", "name": "cuộc họp Thường trực Chính phủ"}]),
    # visits
    ("Tối 22/1, các đồng chí lãnh đạo tỉnh đã đến thăm, tặng quà, chúc Tết bệnh nhân tại Bệnh viện Sản Nhi.",
     [{"date": "--01-22", "kind": "thăm"}]),
    ("Trong ngày 2/11, Sở Y tế tổ chức 2 đoàn công tác kiểm tra, hỗ trợ các địa phương phòng, chống dịch bệnh.",
     [{"date": "--11-02", "kind": "đoàn công tác", "organizer": "Sở Y tế"}]),
    ("Chiều 28-8, sau hai ngày làm việc, Đại hội Đảng bộ Sở Y tế lần thứ I đã bế mạc.",
     [{"date": "--08-28", "kind": "đại hội", "name": "Đại hội Đảng bộ Sở Y tế lần thứ I"}]),
    # a bracketed day after "nay", "qua" or a weekday is the event's day
    ("Sáng nay (15/3), tại Hà Nội, Bộ Y tế tổ chức Hội nghị trực tuyến toàn quốc.",
     [{"date": "--03-15", "kind": "hội nghị", "place": "Hà Nội", "organizer": "Bộ Y tế"}]),
    ("Chiều thứ Sáu (15/3), UBND tỉnh họp trực tuyến với Bộ Y tế về công tác phòng, chống dịch.",
     [{"date": "--03-15", "kind": "cuộc họp"}]),
    # a stated weekday that disagrees with the date is a warning
    ("Sáng thứ Ba, ngày 15/1/2024, Sở Y tế tổ chức hội nghị giao ban.",
     [{"date": "2024-01-15", "weekday": "thứ Ba"}]),
    ("Sáng thứ Hai, ngày 15/1/2024, Sở Y tế tổ chức hội nghị giao ban.",
     [{"date": "2024-01-15", "weekday": "thứ Hai", "warnings": []}]),
]

# Other shapes of real articles: more kinds of event, visits by officials, years from
# periods and weekdays, "cùng ngày", ranges of days.
MORE_CASES = [
    # a team named first holds a session: the session is the event; what it inspects is not
    ("Chiều 13/7, Đoàn công tác của Bộ Y tế do Thứ trưởng Trần Văn Thuấn làm trưởng đoàn đã có buổi làm việc "
     "với UBND tỉnh.", [{"date": "--07-13", "kind": "buổi làm việc"}]),
    ("Sáng 26/3, Đoàn giám sát của Sở Y tế đã giám sát chiến dịch tiêm chủng vắc xin sởi tại huyện.",
     [{"date": "--03-26", "kind": "đoàn giám sát"}]),
    ("Hôm qua (12/5), Trung tâm Kiểm soát bệnh tật tỉnh khai giảng lớp bồi dưỡng kỹ năng truyền thông.",
     [{"date": "--05-12", "kind": "bồi dưỡng", "name": "lớp bồi dưỡng kỹ năng truyền thông"}]),
    ("Từ ngày 12-14/3, Sở Y tế tổ chức khóa đào tạo về kiểm soát nhiễm khuẩn cho điều dưỡng.",
     [{"date": "--03-12", "kind": "đào tạo"}]),
    ("Từ ngày 5/6 đến ngày 7/6/2024, Bệnh viện tỉnh tổ chức lớp tập huấn cấp cứu ban đầu.",
     [{"date": "2024-06-05", "kind": "tập huấn"}]),
    ("Trong hai ngày 23 và 24/10, Sở Y tế tổ chức hội nghị tập huấn công tác dược.",
     [{"date": "--10-23", "kind": "hội nghị"}]),
    ("Sáng 9/5, Sở Y tế tổ chức hội nghị giao ban. Chiều cùng ngày, đoàn công tác của Sở đã kiểm tra "
     "công tác phòng, chống dịch tại huyện Đông Hải.",
     [{"date": "--05-09", "kind": "giao ban"}, {"date": "--05-09", "kind": "đoàn công tác", "part_of_day": "chiều"}]),
    ("Sáng 9/5/2024, Sở Y tế tổ chức hội nghị sơ kết. Chiều cùng ngày, Sở Y tế tổ chức hội nghị chuyên đề về dược.",
     [{"date": "2024-05-09", "kind": "hội nghị"}, {"date": "2024-05-09", "kind": "hội nghị", "year_inferred": False}]),
    ("Tối 30/4, ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh cùng lãnh đạo Sở Y tế kiểm tra công tác trực "
     "cấp cứu tại Bệnh viện Đa khoa tỉnh.",
     [{"date": "--04-30", "kind": "kiểm tra", "place": "Bệnh viện Đa khoa tỉnh"}]),
    ("Ngày 12/6, lãnh đạo Sở Y tế đã đi khảo sát thực tế tại Trạm Y tế xã Tân Lập.",
     [{"date": "--06-12", "kind": "khảo sát"}]),
    ("Sáng thứ Năm (18/7), Sở Y tế có buổi làm việc với Bảo hiểm xã hội tỉnh về kết quả thanh toán chi phí "
     "khám, chữa bệnh 6 tháng đầu năm 2024.",
     [{"date": "2024-07-18", "weekday": "thứ Năm", "warnings": []}]),
    ("Chiều thứ Sáu (14/6), Sở Y tế tổ chức hội nghị giao ban công tác quý II/2024.",
     [{"date": "2024-06-14", "year_inferred": True}]),
    # a weekday alone does not pick a year
    ("Sáng thứ Hai (15/1), Sở Y tế tổ chức hội nghị giao ban.", [{"date": "--01-15"}]),
    ("Ngày 20/12, Sở Y tế tổ chức hội nghị triển khai kế hoạch năm 2025.", [{"date": "2024-12-20"}]),
    # a decision announced days after it was signed dates the ceremony; an old resolution does not
    ("Chiều 28/3, Sở Y tế tổ chức lễ công bố Quyết định số 612/QĐ-UBND ngày 25/3/2025 của UBND tỉnh.",
     [{"date": "2025-03-28", "year_inferred": True}]),
    ("Sáng 14/3, Sở Y tế tổ chức hội nghị quán triệt Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Trung ương.",
     [{"date": "--03-14"}]),
    # … but a plan is not made months ahead: in September it is the year's own
    ("Ngày 12/9, Sở Y tế tổ chức Hội nghị triển khai chiến dịch tiêm bổ sung vắc xin sởi năm 2024.",
     [{"date": "2024-09-12"}]),
    ("Ngày 10/1, Trung tâm Y tế huyện tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.",
     [{"date": "2025-01-10"}]),
    ("Sáng 8.2, Ban cán sự đảng có buổi làm việc với Sở Y tế về tình hình thực hiện nhiệm vụ năm 2023.",
     [{"date": "2024-02-08"}]),
    ("Ngày 12/1, Sở Y tế tổ chức hội nghị đánh giá kết quả thực hiện kế hoạch năm 2024.", [{"date": "2025-01-12"}]),
    ("Ngày 18/12, Sở Y tế tổ chức hội nghị triển khai kế hoạch phòng, chống dịch năm 2025.", [{"date": "2024-12-18"}]),
    # a target year ("đến năm 2030") does not date the event
    ("Ngày 8/4, Sở Y tế tổ chức hội thảo về chiến lược chăm sóc sức khỏe nhân dân đến năm 2030.",
     [{"date": "--04-08", "kind": "hội thảo"}]),
    ("Ngày 26/3, Đoàn Thanh niên Sở Y tế tổ chức lễ ra mắt đội thầy thuốc trẻ tình nguyện.",
     [{"date": "--03-26", "kind": "lễ"}]),
    ("Ngày 15/8, Bệnh viện Đa khoa tỉnh tổ chức diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ.",
     [{"date": "--08-15", "kind": "diễn tập"}]),
    ("Chiều 22/11, Thường trực HĐND tỉnh tổ chức phiên giải trình về quản lý trang thiết bị y tế.",
     [{"date": "--11-22", "kind": "phiên giải trình"}]),
    ("Ngày 3/3, Hội Chữ thập đỏ tỉnh phối hợp tổ chức chương trình khám bệnh miễn phí cho 500 người cao tuổi.",
     [{"date": "--03-03", "kind": "khám bệnh"}]),
    ("Sáng 5/3, tại Trạm Y tế xã, Trung tâm Y tế huyện tổ chức lễ phát động chiến dịch tiêm vắc xin sởi.",
     [{"date": "--03-05", "kind": "lễ"}]),
    ("Ngày 19/5, Công đoàn ngành Y tế tổ chức hội thi Điều dưỡng giỏi năm 2024.",
     [{"date": "2024-05-19", "kind": "hội thi"}]),
    ("Sáng 17/9, Ủy ban MTTQ tỉnh tổ chức hội nghị trực tuyến về bảo hiểm y tế học sinh.",
     [{"date": "--09-17", "kind": "hội nghị"}]),
    ("Sáng 5/3, Sở Y tế tổ chức hội nghị giao ban. Trong cùng ngày 6/3, đoàn công tác đã kiểm tra tại huyện.",
     [{"date": "--03-05"}, {"date": "--03-06", "kind": "đoàn công tác"}]),
    ("Từ ngày 30/3 đến ngày 1/4, Sở Y tế tổ chức lớp tập huấn về quản lý chất thải y tế.",
     [{"date": "--03-30", "kind": "tập huấn"}]),
    # two events on the same day at different parts of the day
    ("Sáng 5/3, Sở Y tế tổ chức hội nghị giao ban.\nChiều 5/3, Sở Y tế tổ chức hội nghị tập huấn.",
     [{"date": "--03-05"}, {"date": "--03-05"}]),
    # the full stop of "TP." or "TS." ends no sentence: the day and its event stay together
    ("Sáng 26/4, tại TP. Thanh Hóa, Ban Chỉ đạo tỉnh tổ chức Lễ phát động Tháng hành động vì an toàn thực phẩm.",
     [{"date": "--04-26", "kind": "lễ"}]),
    ("Sáng 8/11, TS. Âu Thanh Bình và PGS.TS. Hồ Đăng Khoa dự Hội thảo khoa học ghép tạng.",
     [{"date": "--11-08", "kind": "hội thảo"}]),
    # "tổ chức <event> … vào ngày D": the verb before the event, "vào" before its day
    ("Bộ Y tế sẽ tổ chức Lễ phát động chiến dịch diệt lăng quăng, bọ gậy phòng, chống sốt xuất huyết vào ngày 25/3.",
     [{"date": "--03-25", "kind": "lễ",
       "name": "Lễ phát động chiến dịch diệt lăng quăng, bọ gậy phòng, chống sốt xuất huyết"}]),
    ("Bộ Y tế sẽ tổ chức hội nghị sơ kết chiến dịch vào ngày 30/9.",
     [{"date": "--09-30", "kind": "hội nghị", "name": "hội nghị sơ kết chiến dịch"}]),
    # a clock time between the verb and the day
    ("Lễ tri ân người hiến mô, tạng sẽ được tổ chức vào lúc 8 giờ ngày 20/5 tại hội trường.",
     [{"date": "--05-20", "kind": "lễ"}]),
    # "kế hoạch" in the event's name, "vào ngày": an event's day, not the plan's date
    ("Sở Y tế tổ chức hội nghị triển khai kế hoạch tới các địa phương vào ngày 29/8/2024.",
     [{"date": "2024-08-29", "kind": "hội nghị"}]),
    # an inspection or a review held as one sitting or one round
    ("Trước kỳ họp, ngày 28/11, Ban Văn hóa - Xã hội HĐND tỉnh đã có buổi thẩm tra dự thảo nghị quyết.",
     [{"date": "--11-28", "name": "buổi thẩm tra dự thảo nghị quyết"}]),
    ("Ngày 12/9, Trung tâm Y tế thành phố tổ chức đợt kiểm tra an toàn thực phẩm tại bếp ăn bán trú.",
     [{"date": "--09-12", "kind": "kiểm tra"}]),
    ("Sáng 19/4, Hội Đông y tỉnh tổ chức buổi khám bệnh, bốc thuốc nam miễn phí cho 600 người dân.",
     [{"date": "--04-19", "kind": "khám bệnh"}]),
    # "từ" before a part of the day: the hour an event starts, not a period's start
    ("Đoàn kiểm tra liên ngành số 1 do bà Thạch Thị Sa Ri làm Trưởng đoàn sẽ bắt đầu kiểm tra từ sáng 22/1 tại TP. Trà Vinh.",
     [{"date": "--01-22", "kind": "đoàn kiểm tra"}]),
    # "lễ" alone is a ceremony when it is organised on the day
    ("Sáng 14/6, Bệnh viện Đa khoa thành phố tổ chức lễ vận hành hệ thống robot phẫu thuật, lần đầu tiên ở vùng này.",
     [{"date": "--06-14", "kind": "lễ", "name": "lễ vận hành hệ thống robot phẫu thuật"}]),
    # a comma inside a term between the event and its day
    ("Văn phòng Chính phủ ban hành Thông báo số 120/TB-VPCP ngày 13/3/2025 kết luận của Phó Thủ tướng tại cuộc họp "
     "về công tác phòng, chống dịch sởi ngày 11/3/2025.", [{"date": "2025-03-11", "kind": "cuộc họp"}]),
    ("Ngày 20/3, Hội đồng Khoa học bệnh viện đã tổ chức buổi nghiệm thu kỹ thuật thay khớp háng.",
     [{"date": "--03-20", "kind": "nghiệm thu"}]),
    ("Đợt hiến máu tiếp theo sẽ được tổ chức vào ngày 14/6, nhân Ngày Quốc tế người hiến máu.",
     [{"date": "--06-14", "kind": "hiến máu"}]),
    # "Ký sinh trùng" in an organiser's name is no signing
    ("Ngày 21-3-2024, tại TP Buôn Ma Thuột, Viện Sốt rét - Ký sinh trùng - Côn trùng Quy Nhơn tổ chức Hội nghị "
     "tổng kết công tác phòng chống sốt rét.", [{"date": "2024-03-21", "kind": "hội nghị"}]),
    # talks between delegations; a signing ceremony
    ("Sáng 17/11, tại Hà Nội, Bộ trưởng Bộ Y tế đã có buổi hội đàm với Bộ trưởng Bộ Y tế Lào.",
     [{"date": "--11-17", "kind": "hội đàm"}]),
    ("Chiều 18/11, hai Bộ trưởng đã chứng kiến Lễ ký Biên bản ghi nhớ hợp tác y tế giai đoạn 2024–2028.",
     [{"date": "--11-18", "kind": "lễ"}]),
    # a team inspecting on the day; "Cần Thơ" in its name is no "cần" (must)
    ("Ngày 1/2, Đội Quản lý thị trường số 3 (Cục Quản lý thị trường TP Cần Thơ) phối hợp Phòng Cảnh sát kinh tế "
     "kiểm tra một cơ sở kinh doanh.", [{"date": "--02-01", "kind": "kiểm tra"}]),
    # "cùng ngày" after a report's opening day, with no event told before
    ("TTXVN - Ngày 5/6, Bệnh viện Trung ương Huế cho biết đã ghép gan thành công.\n\nChiều cùng ngày, Sở Y tế "
     "tổ chức buổi gặp mặt, tri ân gia đình người hiến tạng.", [{"date": "--06-05", "kind": "buổi gặp mặt"}]),
    # "cùng ngày" where the sentence writes the event's own day
    ("Sáng 7/10, Bộ Y tế tổ chức Hội nghị trực tuyến. Cùng ngày, bà Trịnh Thị Hải Yến cho biết Sở Y tế sẽ thành lập "
     "đoàn kiểm tra công tác phòng, chống sốt xuất huyết, bắt đầu từ ngày 15-10.",
     [{"date": "--10-07", "kind": "hội nghị"}, {"date": "--10-15", "kind": "đoàn kiểm tra"}]),
    # a list's comma between an event's name and its day
    ("Văn phòng Chính phủ thông báo kết luận của Phó Thủ tướng tại cuộc họp về tình hình cung ứng thuốc, trang "
     "thiết bị y tế ngày 12/3/2024.", [{"date": "2024-03-12", "kind": "cuộc họp"}]),
    # a report without a dateline: its opening day gives the year of the others
    ("(BĐ) - Ngày 11/7/2024, Kỳ họp thứ 17 HĐND tỉnh bế mạc.\n\nTại phiên chất vấn chiều 10/7, ông Lê Quang Hùng "
     "trả lời đại biểu.", [{"date": "2024-07-11", "kind": "kỳ họp"}, {"date": "2024-07-10", "kind": "phiên họp"}]),
    # a steering committee named for a document meets: the document's number is no issuing
    ("Ngày 7/5, Ban Chỉ đạo Chương trình hành động số 25-CTr/TU của Tỉnh ủy về công tác dân số đã họp phiên "
     "thường kỳ quý II.", [{"date": "--05-07", "kind": "cuộc họp"}]),
    # a document's number inside the event's name, a verb leading into its day
    ("Đồng chí yêu cầu chuẩn bị tốt hội nghị sơ kết thực hiện Chỉ thị số 25-CT/TU dự kiến tổ chức ngày 20/10 tới.",
     [{"date": "--10-20", "kind": "hội nghị", "name": "hội nghị sơ kết thực hiện Chỉ thị số 25-CT/TU"}]),
    ("Chiều 6/2, Bệnh viện tổ chức buổi sinh hoạt khoa học định kỳ tháng 2. Ngày 10/10, bệnh viện tổ chức buổi "
     "tư vấn, sàng lọc miễn phí cho 350 học sinh.", [{"date": "--02-06", "kind": "sinh hoạt"}, {"date": "--10-10", "kind": "tư vấn"}]),
    # "cùng ngày" after a day inside a period: the report's opening day
    ("Ngày 4/7, Sở Y tế cho biết từ ngày 25/6 đến nay huyện ghi nhận 3 ca mắc.\nChiều cùng ngày, Sở Y tế tổ chức "
     "cuộc họp khẩn với các đơn vị liên quan.", [{"date": "--07-04", "kind": "cuộc họp"}]),
    ("Bà Lệ giao Sở Y tế thành lập đoàn kiểm tra liên ngành, bắt đầu kiểm tra từ ngày 22/7 tại 5 khu công nghiệp.",
     [{"date": "--07-22", "kind": "đoàn kiểm tra"}]),
    ("Kết quả này được công bố tại buổi sơ kết công tác đấu thầu thuốc năm 2023 do Sở Y tế tổ chức chiều 6/2.",
     [{"date": "2024-02-06", "kind": "sơ kết"}]),  # a review of 2023 held early the next year
    # a ceremony named before a verb that leads into its day; a document cited before, ended by a mark
    ("Bộ Y tế hướng dẫn thực hiện Thông tư số 32/2023/TT-BYT.\n\nLễ phong tặng khu vực phía Nam sẽ được tổ chức "
     "vào ngày 28/2 tại TP. Hồ Chí Minh.", [{"date": "--02-28", "kind": "lễ"}]),
    ("Theo Kế hoạch số 18/KH-SYT, Lễ mít tinh kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam của ngành sẽ được tổ chức "
     "vào sáng 27/2 tại Trung tâm Hội nghị tỉnh.", [{"date": "--02-27", "kind": "lễ"}]),
    ("Theo Kế hoạch số 3187/KH-UBND, buổi lễ sẽ được tổ chức vào 8 giờ ngày 19/10/2024 tại Hội trường.",
     [{"date": "2024-10-19", "kind": "lễ"}]),
    ("Sáng 24/2, Sở Y tế tổ chức gặp mặt, biểu dương các thầy thuốc tiêu biểu.", [{"date": "--02-24", "kind": "buổi gặp mặt"}]),
    # an anniversary's years give the year of its ceremony
    ("Tối 8/11, Bệnh viện Y dược cổ truyền tỉnh long trọng tổ chức Lễ kỷ niệm 40 năm Ngày thành lập Bệnh viện "
     "(1984 - 2024).", [{"date": "2024-11-08", "kind": "lễ"}]),
    # a notice's time line: the day of the event named above it
    ("GIẤY MỜI\nSở Y tế tổ chức cuộc họp đánh giá tình hình phòng, chống dịch bệnh quý I năm 2024.\n"
     "1. Thành phần: đại diện lãnh đạo 15 Trung tâm Y tế.\n2. Thời gian: 14 giờ 00, thứ Sáu, ngày 26/4/2024.\n"
     "3. Địa điểm: Phòng họp tầng 3, Sở Y tế.", [{"date": "2024-04-26", "kind": "cuộc họp"}]),
    # a work schedule: a day alone on its line, then its items; its weekdays agree with the
    # week's year in its heading
    ("Lịch công tác tuần 16 của Ban Giám đốc Sở Y tế (từ ngày 15/4 đến ngày 19/4/2024)\n\nThứ Hai (15/4)\n"
     "- 08 giờ 00: Giám đốc Sở chủ trì họp giao ban Ban Giám đốc Sở.\n- 14 giờ 00: Phó Giám đốc dự Hội thảo khoa "
     "học Điều dưỡng.\nThứ Tư (17/4)\n- 09 giờ 00: Giám đốc Sở có buổi làm việc với Bệnh viện Quân y 175.\n\n"
     "Đầu mối liên hệ: Văn phòng Sở.",
     [{"date": "2024-04-15", "kind": "giao ban"}, {"date": "2024-04-15", "kind": "hội thảo"},
      {"date": "2024-04-17", "kind": "buổi làm việc"}]),
    # … a weekday that does not agree gives no year
    ("Lịch công tác (từ ngày 15/4 đến ngày 19/4/2024)\n\nThứ Ba (15/4)\n- 08 giờ 00: Giám đốc Sở chủ trì họp giao ban.",
     [{"date": "--04-15", "kind": "giao ban"}]),
    # a day after a dash, items that are what the leader does, a document's date inside an item,
    # a day in full words over its items (no dateline)
    ("LỊCH LÀM VIỆC CỦA BAN GIÁM ĐỐC\nTHỨ HAI – 21/10\n* 7g30 – Họp giao ban Ban Giám đốc.\n"
     "* 14g00 – Phó Giám đốc Sở làm việc với Bệnh viện Đa khoa thành phố về phương án sáp nhập, theo Chỉ thị "
     "số 35/CT-UBND ngày 5/1/2024.\n* 16g00 – Phó Giám đốc Sở kiểm tra công tác trực cấp cứu.\n"
     "Thứ Ba, ngày 22 tháng 10 năm 2024\n- 08:30: Lãnh đạo Sở tiếp công dân định kỳ.",
     [{"date": "--10-21", "kind": "giao ban"}, {"date": "--10-21", "kind": "buổi làm việc"},
      {"date": "--10-21", "kind": "kiểm tra"}, {"date": "2024-10-22", "kind": "tiếp công dân"}]),
    # two items of a schedule on one day are two events, even of one kind
    ("THỨ HAI – 21/10\n* 7g30 – Họp giao ban Ban Giám đốc.\n* 14g00 – Phó Giám đốc Sở dự Hội nghị giao ban "
     "công tác dân số quý III.\n* 16g00 – Phó Chủ tịch dự buổi bàn giao 02 xe cứu thương.",
     [{"date": "--10-21", "kind": "giao ban"}, {"date": "--10-21", "kind": "giao ban"},
      {"date": "--10-21", "kind": "bàn giao"}]),
    # a morning is never a document's date, even after the verb "thông báo"
    ("Sở Y tế cũng thông báo sáng ngày 5/1/2024 sẽ tổ chức Lễ phát động chiến dịch tiêm bổ sung vắc xin.",
     [{"date": "2024-01-05", "kind": "lễ"}]),
    ("Theo kế hoạch, từ ngày 15/1, đoàn kiểm tra của Sở Y tế sẽ kiểm tra việc chi trả chế độ tại 15 huyện.",
     [{"date": "--01-15", "kind": "đoàn kiểm tra"}]),
    # a table's rows, each starting with its day
    ("Tuần 46 (từ 11/11/2024 đến 15/11/2024)\nThứ/Ngày | Giờ | Nội dung | Chủ trì\n"
     "Thứ 4 (13/11) | 9h00 | Hội chẩn liên viện trực tuyến với Bệnh viện Chợ Rẫy | PGĐ Trần Quốc Khánh\n"
     "Thứ 6 (15/11) | 15h00 | Kiểm tra công tác phòng cháy, chữa cháy tại 14 khoa lâm sàng | PGĐ Trần Quốc Khánh",
     [{"date": "2024-11-13", "kind": "hội chẩn", "name": "Hội chẩn liên viện trực tuyến với Bệnh viện Chợ Rẫy"},
      {"date": "2024-11-15", "kind": "kiểm tra"}]),
    # what an inspection team does on its day
    ("Đoàn kiểm tra của Sở Y tế do ông Lù Văn Sính, Phó Giám đốc Sở làm Trưởng đoàn sẽ kiểm tra công tác phòng, "
     "chống dịch tại huyện Bát Xát vào ngày 27/6.", [{"date": "--06-27", "kind": "đoàn kiểm tra"}]),
    # a check-up organised on the day
    ("Sáng 1/10, Hội Người cao tuổi tỉnh phối hợp với Bệnh viện tổ chức khám bệnh, cấp thuốc miễn phí cho 300 người.",
     [{"date": "--10-01", "kind": "khám bệnh"}]),
    # a range whose first day is written bare
    ("Từ ngày 5 đến ngày 9/12, Đoàn kiểm tra của Sở Y tế đã kiểm tra tại 5 trung tâm y tế.",
     [{"date": "--12-05", "kind": "đoàn kiểm tra"}]),
    # an event named for a document without its number, its day ending the phrase
    ("Tại hội nghị triển khai Chỉ thị ngày 12/6/2024, Phó Chủ tịch UBND tỉnh yêu cầu Sở Y tế chủ trì.",
     [{"date": "2024-06-12", "kind": "hội nghị", "name": "hội nghị triển khai Chỉ thị"}]),
    # seized goods destroyed on the day; "gồm" ends the name
    ("Sáng ngày 7/11, Sở Y tế tổ chức buổi tiêu hủy tang vật vi phạm gồm 2.860 hộp thuốc giả.",
     [{"date": "--11-07", "kind": "tiêu hủy", "name": "buổi tiêu hủy tang vật vi phạm"}]),
    # a later round of a campaign falls inside the year it names; an annual plan is made before it
    ("Chiều ngày 29-11, Sở Y tế tổ chức cuộc họp triển khai chiến dịch bổ sung vitamin A đợt 2 năm 2024.",
     [{"date": "2024-11-29", "kind": "cuộc họp"}]),
    ("Chiều ngày 29-11, Sở Y tế tổ chức hội nghị triển khai kế hoạch năm 2024.",
     [{"date": "2023-11-29", "kind": "hội nghị"}]),
    # the lunar new year and its spring name a year: January and February
    ("Chiều 15-1, UBND tỉnh tổ chức hội nghị về an toàn thực phẩm dịp Tết Nguyên đán Ất Tỵ và mùa lễ hội xuân 2025.",
     [{"date": "2025-01-15", "kind": "hội nghị"}]),
    ("Chiều 20-12, UBND tỉnh tổ chức hội nghị về an toàn thực phẩm Tết 2025.",
     [{"date": "2024-12-20", "kind": "hội nghị"}]),
    # a weekday with the day in brackets after "vào"; the days of a session told in brackets
    ("Trung tâm Y tế tổ chức ngày hội tiêm chủng cho đồng bào Cơ Ho, Chu Ru vào sáng thứ Bảy (ngày 12/10) tại thị trấn.",
     [{"date": "--10-12", "kind": "ngày hội"}]),
    ("Kết thúc Kỳ họp thứ 29 HĐND tỉnh khóa VIII (diễn ra từ ngày 11 đến 13/12), HĐND tỉnh đã thông qua 33 nghị quyết.",
     [{"date": "--12-11", "kind": "kỳ họp"}]),
    # findings announced at a sitting
    ("Sáng 2/8, ông Lương Văn Toàn - Chánh Thanh tra Bộ Y tế chủ trì buổi công bố kết luận thanh tra tại 12 bệnh viện.",
     [{"date": "--08-02", "kind": "công bố"}]),
    # a visit or a sitting told as a plan before its day; not an instruction to inspect
    ("Theo kế hoạch, đoàn sẽ giám sát tại Trung tâm Y tế huyện Đông Hưng vào sáng Thứ Ba, ngày 17/9.",
     [{"date": "--09-17", "kind": "giám sát"}]),
    ("Hội đồng sẽ họp vào ngày 25/4 để xét duyệt hồ sơ.", [{"date": "--04-25", "kind": "cuộc họp"}]),
    ("Giám đốc Sở đề nghị đoàn sẽ kiểm tra vào ngày 25/4.", []),
    # an inspection team starting its visits on a day: after "bắt đầu", or a day opening the sentence;
    # a rule starting on a day is no event
    ("Bộ Y tế sẽ thành lập đoàn kiểm tra công tác y dược cổ truyền tại 6 tỉnh, bắt đầu từ ngày 15 tháng 4 năm 2024.",
     [{"date": "2024-04-15", "kind": "đoàn kiểm tra"}]),
    ("Từ ngày 21 tháng 5 năm 2024, Đoàn kiểm tra liên ngành tỉnh sẽ làm việc trực tiếp tại 27 doanh nghiệp.",
     [{"date": "2024-05-21", "kind": "đoàn kiểm tra"}]),
    ("Từ ngày 1/7, các bệnh viện áp dụng giá mới; Sở Y tế sẽ tổ chức hội nghị tập huấn.", []),
    ("Từ ngày 24/10, Sở Y tế sẽ tổ chức đợt kiểm tra công tác tiêm chủng tại huyện Tu Mơ Rông.",
     [{"date": "--10-24", "kind": "kiểm tra"}]),
    ("Từ ngày 1/11, các cơ sở phải kiểm tra nguồn nước hằng ngày.", []),
    ("Theo kế hoạch, đoàn sẽ tiếp tục giám sát tại huyện Krông Pa vào ngày 16 tháng 4 năm 2024.",
     [{"date": "2024-04-16", "kind": "giám sát"}]),
    # a team named before the day it works from; not a period up to now, nor a team reporting on one
    ("Đoàn thanh tra liên ngành do ông Lê Đình Khoa, Phó Giám đốc BHXH tỉnh làm Trưởng đoàn, đã làm việc "
     "trực tiếp tại các cơ sở từ ngày 15/5.", [{"date": "--05-15", "kind": "đoàn kiểm tra"}]),
    ("Cục trưởng cho biết Cục sẽ tổ chức đoàn kiểm tra tại Hà Nội, Đà Nẵng và Khánh Hòa từ ngày 10/6.",
     [{"date": "--06-10", "kind": "đoàn kiểm tra"}]),
    ("Đoàn kiểm tra đã kiểm tra 12 cơ sở từ ngày 1/3 đến nay.", []),
    ("Đoàn kiểm tra ghi nhận, từ ngày 1/3, số ca mắc tăng.", []),
    # a work trip starting on a day
    ("Theo Kế hoạch số 2563/KH-SYT, từ ngày 4/11, 6 đoàn công tác của Sở sẽ xuống hỗ trợ các xã vùng trũng.",
     [{"date": "--11-04", "kind": "đoàn công tác"}]),
    # … the day opening a later clause, the team sent by its organiser
    ("Thứ trưởng đề nghị các tỉnh thực hiện nghiêm Công điện số 115/CĐ-BYT; từ ngày 17/3, Bộ Y tế sẽ cử 4 đoàn "
     "công tác kiểm tra tại các tỉnh Tây Nguyên.", [{"date": "--03-17", "kind": "đoàn công tác"}]),
    ("Ông Phan Thành Đạt cho biết, theo Kế hoạch số 516/KH-BCĐLN, từ ngày 7/10, đoàn kiểm tra của tỉnh sẽ tiếp "
     "tục kiểm tra các cơ sở.", [{"date": "--10-07", "kind": "đoàn kiểm tra"}]),
    # a course opening on its day
    ("Khóa đào tạo nội soi tiêu hóa khai giảng vào sáng 6/1 tại bệnh viện.",
     [{"date": "--01-06", "kind": "đào tạo", "name": "Khóa đào tạo nội soi tiêu hóa"}]),
    ("Từ 5/6 đến 7/6, Đoàn kiểm tra liên ngành làm việc tại 12 xã.",
     [{"date": "--06-05", "kind": "đoàn kiểm tra", "name": "Đoàn kiểm tra liên ngành"}]),
    # a second round of checks, told as a plan
    ("Thực hiện Công văn số 1725/UBND-VX ngày 5/9 của UBND thành phố, đoàn sẽ tái kiểm tra vào ngày 10/10.",
     [{"date": "--10-10", "kind": "kiểm tra"}]),
    # "Ký" with a capital is a name's syllable, not the verb that makes the day a document's
    ("Chiều 18/11, Tổ đại biểu HĐND tỉnh gồm ông Hà Văn Ký – Trưởng Ban Dân vận Tỉnh ủy đã có buổi tiếp xúc cử tri "
     "tại xã Chiềng Hắc.", [{"date": "--11-18", "kind": "tiếp xúc cử tri"}]),
    # "cùng ngày" after a happening told with its clock time: the report's day
    ("Khoảng 2 giờ sáng 21/3, xe khách bị lật trên Quốc lộ 19.\nTrưa cùng ngày, ông Trần Quốc Khánh - Phó Chủ tịch "
     "UBND tỉnh đã có mặt tại bệnh viện thăm hỏi, động viên các nạn nhân.", [{"date": "--03-21", "kind": "thăm"}]),
    # a campaign's first day is no event; a team's round of visits starts on its own
    ("Theo kế hoạch, chiến dịch bắt đầu từ ngày 15/3 và hoàn thành trước 31/3.", []),
    # two weekdays with their days in brackets are one range: the event is the first day's
    ("- Thứ Tư (13/3) – Thứ Năm (14/3): Đoàn kiểm tra liên ngành do Phó Giám đốc Sở làm trưởng đoàn, kiểm tra tại "
     "thị xã Vĩnh Châu.", [{"date": "--03-13", "kind": "đoàn kiểm tra"}]),
    # "tiếp tục" is what the event goes on doing, not part of its name
    ("Ngày 10/12, Kỳ họp thứ 22 HĐND tỉnh khóa XVIII tiếp tục phiên chất vấn.",
     [{"date": "--12-10", "kind": "kỳ họp", "name": "Kỳ họp thứ 22 HĐND tỉnh khóa XVIII"}]),
    # a sports meet
    ("Ngày 30/3, Sở Y tế sẽ tổ chức Hội thao Y tế cơ sở toàn tỉnh.", [{"date": "--03-30", "kind": "hội thi"}]),
    # a team coming back to check what it asked to fix; "quay lại" ends its name
    ("Trưởng đoàn đề nghị khắc phục 7 tiêu chí trước khi Đoàn phúc tra quay lại vào ngày 20/12.",
     [{"date": "--12-20", "kind": "đoàn kiểm tra", "name": "Đoàn phúc tra"}]),
    # a team going on with its inspections on a later day
    ("Ngày 9/1 tới, đoàn sẽ tiếp tục kiểm tra tại thị xã Đức Phổ và huyện Bình Sơn.", [{"date": "--01-09", "kind": "kiểm tra"}]),
    # a day in brackets that explains a name does not end the search for the event
    ("Sáng ngày 12/7/2024, nhân Ngày Dân số Thế giới (11/7), Sở Y tế tổ chức lễ mít tinh hưởng ứng.",
     [{"date": "2024-07-12", "kind": "lễ"}]),
    # a session of propaganda
    ("Sáng 22/8, Trung tâm Y tế quận phối hợp với BHXH quận tổ chức buổi tuyên truyền, vận động người dân tham gia BHYT.",
     [{"date": "--08-22", "kind": "truyền thông"}]),
    # a campaign's day of action
    ("Sáng thứ Bảy 12/10, UBND xã tổ chức buổi ra quân tổng vệ sinh môi trường, diệt bọ gậy tại 6 thôn.",
     [{"date": "--10-12", "kind": "ra quân"}]),
    # a round of tests held on its day
    ("Sáng ngày 05/7/2024, Trung tâm Y tế huyện phối hợp với Công an huyện tổ chức đợt xét nghiệm tìm chất ma túy.",
     [{"date": "2024-07-05", "kind": "xét nghiệm"}]),
    # a vaccination session
    ("Sáng 11/3, Trạm Y tế xã tổ chức buổi tiêm vắc xin sởi – rubella tại nhà văn hóa bản.",
     [{"date": "--03-11", "kind": "tiêm chủng"}]),
    # a review of the first half of a year, held in July
    ("Chiều 2/7, Trung tâm Y tế thị xã tổ chức hội nghị sơ kết công tác phòng, chống lao nửa đầu năm 2024.",
     [{"date": "2024-07-02", "kind": "hội nghị"}]),
    # attending an event "vào" its day
    ("Dịp này, Bộ trưởng dự Lễ gắn biển công trình Trung tâm Ung bướu, Bệnh viện Đa khoa tỉnh vào sáng 19/11.",
     [{"date": "--11-19", "kind": "lễ"}]),
    # a medical consultation held on its day
    ("Sáng 5/3, Bệnh viện tổ chức hội chẩn liên khoa và quyết định phẫu thuật.",
     [{"date": "--03-05", "kind": "hội chẩn"}]),
    ("Cuộc hội chẩn toàn viện cuối cùng diễn ra chiều 2/12 với hơn 100 y bác sĩ.",
     [{"date": "--12-02", "kind": "hội chẩn"}]),
    # an exam held on its day; a plan cited after the name is no part of it
    ("Kỳ thi thăng hạng chức danh nghề nghiệp bác sĩ năm 2024 sẽ được tổ chức vào ngày 16/11/2024 tại Hà Nội.",
     [{"date": "2024-11-16", "kind": "kỳ thi", "name": "Kỳ thi thăng hạng chức danh nghề nghiệp bác sĩ năm 2024"}]),
    ("Ngày 22/5/2024, UBND tỉnh tổ chức thi tuyển chức danh Giám đốc Bệnh viện theo Kế hoạch số 4127/KH-UBND.",
     [{"date": "2024-05-22", "kind": "kỳ thi", "name": "thi tuyển chức danh Giám đốc Bệnh viện"}]),
]

# Dates that are not the day of an event.
NO_MEETING = [
    "Căn cứ Quyết định số 1961/QĐ-UBND ngày 25/10/2016 của Chủ tịch UBND tỉnh về tổ chức hội nghị.",
    "Tại Hội nghị, Phó Thủ tướng trình bày Nghị quyết số 72-NQ/TW, ngày 9/9/2025 của Bộ Chính trị.",
    "Căn cứ Nghị quyết số 20-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương.",
    "Căn cứ Luật Khám bệnh, chữa bệnh ngày 9 tháng 01 năm 2023;",
    "Ngày 5/3, Sở Y tế ban hành Kế hoạch số 45/KH-SYT về tổ chức Hội nghị tổng kết.",
    "Mức hỗ trợ được thực hiện từ ngày 01/01/2007 theo kết luận của hội nghị.",
    "Hội nghị kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/2/1955 - 27/2/2025).",
    "Chiều 27/4, UBND tỉnh có văn bản số 1442/UBND-KGVX yêu cầu các sở tiếp tục thực hiện.",
    "Ngày 15/3, các bác sĩ đã thăm khám cho 200 người dân.",
    "Trong năm 2023, Sở Y tế tổ chức 12 hội nghị chuyên đề.",
    "Sáng 14/3, tại phòng họp số 2 Sở Y tế, các chuyên gia góp ý dự thảo.",
    "Ngày 10/3, UBND tỉnh ban hành Quyết định số 15/QĐ-UBND thành lập Đoàn kiểm tra liên ngành.",
    "Ngày 20/11 hằng năm là Ngày Nhà giáo Việt Nam.",
    "Ngày 5/3, lãnh đạo Sở Y tế cho biết sẽ tăng cường kiểm tra các cơ sở hành nghề tư nhân.",
    "Ngày 10/4, Giám đốc Sở Y tế yêu cầu các bệnh viện kiểm tra hệ thống oxy y tế.",
    "Từ ngày 1/3 đến ngày 31/3, người dân được khám sàng lọc tại các trạm y tế.",
    "Chiều cùng ngày, đoàn công tác đã kiểm tra tại huyện.",
    "Ngày 2/4, Sở Y tế ban hành Kế hoạch số 12/KH-SYT về chiến dịch tiêm chủng.",
    # "hội chẩn" alone is the doctors' work, an event only when organised
    "Ngày 5/3, bệnh viện đã hội chẩn cho 20 ca bệnh khó.",
    # "thi tuyển" names an event only when organised
    "Ngày 22/5/2024, ông A cho biết thí sinh thi tuyển phải đạt 50 điểm.",
    # the day of a document named without its number, its issuer after it
    "Tại hội nghị, Sở Y tế quán triệt Chỉ thị ngày 3/6/2024 của Chủ tịch UBND tỉnh.",
    "Hội nghị quán triệt Chỉ thị ngày 3/6/2024 của Chủ tịch UBND tỉnh về quản lý dược.",
    "Ngày 1/6, ông Nguyễn Văn An được bổ nhiệm giữ chức Giám đốc Sở Y tế, làm việc tại trụ sở mới.",
    # "vào ngày" after an event named with no verb that makes it happen then: a deadline
    "Tại Hội nghị, Bộ trưởng yêu cầu các đơn vị tổ chức kiểm tra, báo cáo vào ngày 30/6.",
    "Tại Hội nghị, Bộ trưởng cho biết Bộ sẽ hoàn thành đề án, báo cáo Chính phủ vào ngày 30/6.",
    # a programme that is a plan or a document
    "Ngày 5/3, UBND tỉnh ban hành Chương trình hành động về phát triển y tế cơ sở.",
    "Ngày 30/4, người dân được nghỉ lễ và đi khám tại các bệnh viện.",
    # a clause after the comma: the day is not the event's
    "Tại hội nghị, các đại biểu đã thảo luận về thuốc, các đơn vị phải báo cáo trước ngày 12/3/2024.",
    # a check-up not organised on the day: a count of patients
    "Ngày 5/3, bệnh viện cho biết đã khám bệnh cho 300 người.",
    # a measure's start, a clock time before the day
    "Cuộc họp thống nhất thực hiện giãn cách xã hội toàn thành phố trong 15 ngày kể từ 12 giờ ngày 1/2.",
    # a range written in one date longer than a week is a campaign's period too
    "Từ ngày 3 đến 14/6, Trung tâm Kiểm soát bệnh tật tỉnh triển khai chiến dịch tiêm bổ sung vắc xin.",
    "Trong đợt cao điểm từ ngày 1 đến 20/9, các đoàn kiểm tra liên ngành đã kiểm tra 1.126 cơ sở.",
    # a month-long range is a campaign's period, not an event's days
    "Theo kế hoạch, từ ngày 15/7 đến 15/8, các đoàn kiểm tra liên ngành sẽ kiểm tra an toàn thực phẩm.",
]


@pytest.mark.parametrize("text, expected", CASES + MORE_CASES)
def test_meetings(text, expected):
    found = meetings(text)
    assert [subset(m, e) for m, e in zip(found, expected)] == expected
    assert len(found) == len(expected)


@pytest.mark.parametrize("text", NO_MEETING)
def test_no_meeting(text):
    assert meetings(text) == []


def test_weekday_warning():
    (meeting,) = meetings("Sáng thứ Ba, ngày 15/1/2024, Sở Y tế tổ chức hội nghị giao ban.")
    assert len(meeting["warnings"]) == 1 and "thứ Ba" in meeting["warnings"][0]


# (text, chair, attendees): officials in the meeting's paragraph with a cue
LINKS = [
    ("Chiều 30/1, Sở Y tế tổ chức Hội nghị tổng kết. Đồng chí Lê Văn Nam, Phó Chủ tịch UBND tỉnh dự và chỉ đạo Hội nghị.",
     [], ["Lê Văn Nam"]),
    ("Sáng 8/2, Ban cán sự đảng UBND tỉnh có buổi làm việc với Sở Y tế. Đồng chí Nguyễn Văn Sơn, Chủ tịch UBND tỉnh "
     "chủ trì buổi làm việc. Cùng dự có các đồng chí: Hoàng Gia Minh, Phó Chủ tịch UBND tỉnh; Trần Đức Quang, "
     "Phó Chủ tịch UBND tỉnh.",
     ["Nguyễn Văn Sơn"], ["Hoàng Gia Minh", "Trần Đức Quang"]),
    ("Sáng 5/3, Sở Y tế tổ chức hội nghị giao ban. Chủ trì hội nghị có đồng chí Phạm Thị Lan, Giám đốc Sở Y tế.",
     ["Phạm Thị Lan"], []),
    # a cue after the last item of a list governs every item
    ("Tối 26/2, Sở Y tế tổ chức Lễ kỷ niệm. Các đồng chí: Trần Văn Dũng, Phó Chủ tịch UBND tỉnh; Phạm Thị Én, "
     "Giám đốc Sở Y tế đồng chủ trì buổi lễ.", ["Trần Văn Dũng", "Phạm Thị Én"], []),
    # the hosts of a visiting team ("Tiếp và làm việc với đoàn có …") take part in the session
    ("Chiều 13/7, Đoàn công tác của Bộ Y tế do ông Trần Văn Thuấn, Thứ trưởng Bộ Y tế làm trưởng đoàn đã có buổi "
     "làm việc với UBND tỉnh. Tiếp và làm việc với đoàn có bà Nguyễn Thị Lịch, Phó Chủ tịch UBND tỉnh.",
     ["Trần Văn Thuấn"], ["Nguyễn Thị Lịch"]),
    ("Ngày 18/9, Bệnh viện tỉnh tiếp đoàn công tác Bệnh viện Đại học Quốc gia Seoul do GS. Kim Jong-ho, Giám đốc "
     "Trung tâm Tim mạch dẫn đầu. Đón tiếp đoàn có BSCKII Phạm Văn Sáu, Giám đốc Bệnh viện.",
     ["Kim Jong-ho"], ["Phạm Văn Sáu"]),
    # a list whose items open with a word of address, the cue after its last item
    ("Ngày 5/11, Sở Y tế tổ chức Hội thảo khoa học. Bà Sarah Johnson, Giám đốc Tổ chức PATH tại Việt Nam; "
     "ông Lê Văn Tư, Phó Giám đốc Sở Y tế cùng dự.", [], ["Sarah Johnson", "Lê Văn Tư"]),
    # a person named in another paragraph with no cue is not linked
    ("Sáng 5/3, Sở Y tế tổ chức hội nghị giao ban.\n\nĐồng chí Phạm Thị Lan, Giám đốc Sở Y tế cho biết năm nay ngành đạt nhiều kết quả.",
     [], []),
]


@pytest.mark.parametrize("text, chair, attendees", LINKS)
def test_chair_and_attendees(text, chair, attendees):
    (meeting,) = meetings(text)
    assert meeting["chair"] == chair
    assert meeting["attendees"] == attendees


# The same event named twice is one record.
ONE_EVENT = [
    "Hội nghị tổng kết công tác y tế năm 2023 (30/1)\n\nChiều 30/1, Sở Y tế tổ chức Hội nghị tổng kết công tác y tế "
    "năm 2023.\n\nNgày 30/1, tại Hội nghị, Sở Y tế đã khen thưởng 20 tập thể.",
    "Sáng 9/1, Bộ Y tế tổ chức Hội nghị trực tuyến tổng kết công tác y tế năm 2023. Hội nghị diễn ra ngày 9/1 "
    "tại Hà Nội.",
    # the event named again by its noun alone, "cùng ngày": its end, not a second event
    "Sáng nay (20/9), Sở Y tế tổ chức Hội thảo khoa học về y tế chuyên sâu. Hội thảo kết thúc lúc 11 giờ 30 cùng ngày.",
]


@pytest.mark.parametrize("text", ONE_EVENT)
def test_one_record_per_event(text):
    assert len(meetings(text)) == 1


def test_two_events_two_records():
    text = ("Ngày 22/2, Sở Y tế tổ chức hội nghị khoa học.\nNgày 19/2, Công đoàn ngành y tế tổ chức hội nghị "
            "tôn vinh thầy thuốc tiêu biểu.")
    assert [m["date"] for m in meetings(text)] == ["--02-22", "--02-19"]


def test_two_bodies_each_holding_a_ceremony_on_one_day_are_two_events():
    text = ("- Bình Định: Ngày 5/2, Bệnh viện Đa khoa tỉnh tổ chức lễ đón nhận Chứng chỉ ISO 15189:2012.\n"
            "- Phú Yên: Chiều 5/2, Sở Y tế và Bảo hiểm xã hội tỉnh tổ chức lễ ký kết quy chế phối hợp.")
    assert [(m["date"], m["kind"]) for m in meetings(text)] == [("--02-05", "lễ"), ("--02-05", "lễ")]
    # the same ceremony named in a heading and in the body stays one record
    text = "Lễ ký kết quy chế phối hợp\n\nChiều 5/2, Sở Y tế tổ chức lễ ký kết quy chế phối hợp giai đoạn 2024 - 2026."
    assert len(meetings(text)) == 1


def test_facts_not_from_boilerplate():
    text = ("Tin tức\n\nSáng 5/3, Sở Y tế tổ chức hội nghị giao ban.\n\nCác tin khác\n"
            "Sáng 1/3, Bệnh viện tổ chức hội nghị khoa học (01/03/2024)\n")
    assert [m["date"] for m in meetings(text)] == ["--03-05"]


def test_evidence_quotes_the_date_and_event():
    (meeting,) = meetings("Chiều 30/1, Sở Y tế tổ chức Hội nghị tổng kết.")
    assert meeting["evidence"]["quote"].startswith("Chiều 30/1")
    assert meeting["evidence"]["quote"].endswith("Hội nghị tổng kết")


def test_sentences_found_around_a_date_as_a_scan_finds_them():
    import bisect
    import random

    from extract import meetings as m

    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice(["a", "b", " ", ".", "!", "?", "…", "\n", "1.000", "TP.HCM", ". "])
                       for _ in range(rng.randint(0, 30)))
        start, end = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        stops = [x.end() for x in m._SENTENCE_END.finditer(text, start, end)]
        sentences = m._Sentences(text, start, end)
        for index in range(start, end + 1):
            i = bisect.bisect_right(stops, index)
            assert sentences.around(index) == (stops[i - 1] if i else start, stops[i] if i < len(stops) else end)


def test_same_day_phrases_are_looked_for_before_the_scan():
    from extract import meetings as m

    for text in ("chiều cùng  ngày, đoàn đến thăm", "sáng ngày hôm   đó", "cũng trong ngày", "trong cùng ngày"):
        assert list(m._SAME_DAY_LOWER.finditer(text)) and m._SAME_DAY_WRITTEN.search(text)
    assert m._phrase_search(["a b", "c d"]).search("x c  d")  # no shared word: a plain alternation
