"""Thông điệp tiếng Việt của ngữ pháp thời hạn (`cchc.model.deadlines`). Khóa và chỗ điền
giống hệt `en_deadlines.py`."""

from __future__ import annotations

_DEADLINES = (
    "một ngày (2023-03-15), một tháng (2023-02), một quý (2023-Q1), nửa năm (2023-H1), "
    "một năm (2023), ongoing, daily, weekly, monthly, quarterly, half-yearly, yearly, "
    "một RRULE (RRULE:FREQ=MONTHLY;BYMONTHDAY=25), hoặc cách viết tiếng Việt như "
    "'ngày 15/3/2023', 'trong tháng 2/2023', 'hết quý II năm 2023', '6 tháng cuối năm 2023', "
    "'cuối năm 2023', 'thường xuyên', 'hàng tháng', 'định kỳ 6 tháng' hoặc "
    "'trước ngày 20 hằng tháng'"
)
_PERIODS = (
    "một ngày (2023-03-15), một tuần ISO (2023-W05), một tháng (2023-03), một quý (2023-Q1), "
    "nửa năm (2023-H1) hoặc một năm (2023), hoặc cách viết tiếng Việt như "
    "'ngày 15/3/2023', 'tháng 3/2023', 'quý I/2023', '6 tháng đầu năm 2023' hoặc 'năm 2023'"
)
_RRULE = "hãy viết một quy tắc RFC 5545, ví dụ RRULE:FREQ=MONTHLY;BYMONTHDAY=25"

MESSAGES: dict[str, str] = {
    "deadline.missing": "thiếu thời hạn: hãy viết " + _DEADLINES,
    "deadline.unrecognised": "không hiểu thời hạn {value}: hãy viết " + _DEADLINES,
    "deadline.unrecognised-because": "không hiểu thời hạn {value} ({hint}): hãy viết "
                                     + _DEADLINES,
    "deadline.impossible": "thời hạn {value} không tồn tại: {reason}",
    "deadline.bad-rrule": "RRULE {value} không hợp lệ: {reason}; " + _RRULE,
    "period.missing": "thiếu kỳ: hãy viết " + _PERIODS,
    "period.unrecognised": "không hiểu kỳ {value}: hãy viết " + _PERIODS,
    "period.unrecognised-because": "không hiểu kỳ {value} ({hint}): hãy viết " + _PERIODS,
    "period.impossible": "kỳ {value} không tồn tại: {reason}; hãy viết " + _PERIODS,
    "deadline.hint.yes-no": "một giá trị có/không",
    "deadline.hint.moment": "một thời điểm; cần một ngày",
    "deadline.hint.type": "kiểu {type}",
    "deadline.hint.too-long": "dài hơn {limit} ký tự",
    "deadline.reason.year-range": "năm {year} nằm ngoài khoảng năm được chấp nhận, từ "
                                  "{min_year} đến {max_year}",
    "deadline.reason.month-range": "không có tháng {month} (tháng từ 1 đến 12)",
    "deadline.reason.days-in-month": "{in_month:period} chỉ có {days} ngày",
    "deadline.reason.week-range": "năm {year} có các tuần ISO từ 1 đến {weeks}, không có tuần "
                                  "{week}",
    "deadline.reason.quarter-range": "không có quý {quarter} (quý từ I đến IV)",
    "deadline.reason.quarter-word": "không có quý '{text}' (quý từ I đến IV)",
    "deadline.reason.month-day": "không có ngày {day} trong tháng",
    "deadline.reason.half-range": "không có nửa năm thứ {half} (chỉ có 6 tháng đầu năm và 6 "
                                  "tháng cuối năm)",
    "deadline.rrule.too-long": "quy tắc dài hơn {limit} ký tự",
    "deadline.rrule.not-a-pair": "'{part}' không có dạng KHÓA=GIÁ_TRỊ",
    "deadline.rrule.twice": "{key} được ghi hai lần",
    "deadline.rrule.no-freq": "quy tắc không có FREQ",
    "deadline.rrule.whole-days": "thời hạn tính theo ngày, nên FREQ phải là YEARLY, MONTHLY, "
                                 "WEEKLY hoặc DAILY và không dùng BYHOUR, BYMINUTE, BYSECOND",
    "deadline.rrule.count-and-until": "RFC 5545 cho dùng COUNT hoặc UNTIL, không dùng cả hai",
    "deadline.rrule.not-positive": "{key} phải là số nguyên dương",
    "deadline.rrule.out-of-range": "{key} nhận các số từ 1 đến {limit}, không nhận '{item}'",
    "deadline.rrule.not-single": "đây không phải một quy tắc duy nhất",
    "deadline.rrule.never": "quy tắc không cho ra ngày nào",
    "deadline.rrule.library": "{detail}",
}
