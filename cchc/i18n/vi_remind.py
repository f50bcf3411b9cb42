"""Thông điệp tiếng Việt của `cchc remind`. Khóa và chỗ điền giống hệt `en_remind.py`.

Công văn theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP): ngày nhỏ hơn 10 và
tháng 1, 2 ghi thêm số 0 ở trước ("ngày 05 tháng 02 năm 2023"); phần nội dung kết thúc
bằng dấu "./.".
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- công văn ----------------------------------------------------------------------------
    "remind.motto": "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**",
    "remind.number": "Số: ...",
    "remind.number-abbr": "Số: .../{abbr}",
    "remind.subject": "V/v đôn đốc thực hiện Kế hoạch số {number}",
    "remind.place-date": "{place}, {date}",
    "remind.date-alone": "{date}",
    "remind.date": "ngày {day:02d} tháng {month} năm {year}",
    "remind.month.1": "01", "remind.month.2": "02", "remind.month.3": "3",
    "remind.month.4": "4", "remind.month.5": "5", "remind.month.6": "6",
    "remind.month.7": "7", "remind.month.8": "8", "remind.month.9": "9",
    "remind.month.10": "10", "remind.month.11": "11", "remind.month.12": "12",
    "remind.to": "**Kính gửi:** {unit}.",
    "remind.issued": " {date}",
    "remind.about": " về {title}",
    "remind.body": "Thực hiện Kế hoạch số {number}{issued} của {issuer}{about}, {sender} "
                   "theo dõi tình hình thực hiện. Tính đến {date}, {unit} còn các nội dung "
                   "sau chưa hoàn thành:",
    "remind.overdue-heading": "**{n}. Nhiệm vụ đã quá hạn** ({count})",
    "remind.due-soon-heading": "**{n}. Nhiệm vụ sắp đến hạn trong {days} ngày tới** ({count})",
    "remind.missing-heading": "**{n}. Số liệu chỉ số chưa báo cáo** ({count})",
    "remind.col-task": "Nhiệm vụ",
    "remind.col-title": "Nội dung",
    "remind.col-due": "Thời hạn",
    "remind.col-days-late": "Số ngày quá hạn",
    "remind.col-occurrences": "Số kỳ quá hạn",
    "remind.col-days-left": "Còn lại (ngày)",
    "remind.col-indicator": "Chỉ số",
    "remind.col-period": "Kỳ",
    "remind.col-target": "Chỉ tiêu",
    "remind.closing": "Đề nghị {unit} khẩn trương hoàn thành các nội dung nêu trên; báo cáo "
                      "kết quả, kèm tài liệu kiểm chứng, về {sender} và cập nhật tiến độ thực "
                      "hiện để theo dõi, tổng hợp, báo cáo {issuer} theo quy định./.",
    "remind.recipients": "**Nơi nhận:**",
    "remind.archive": "Lưu: VT.",
    "remind.signer-department": "TRƯỞNG PHÒNG",
    "remind.signer-office": "CHÁNH VĂN PHÒNG",
    "remind.signer-other": "THỦ TRƯỞNG CƠ QUAN",
    "remind.name-line": "……………………………",
    "remind.incomplete": "**CHƯA ĐẦY ĐỦ**: kho dữ liệu có lỗi; công văn này chỉ tính trên phần "
                         "hợp lệ. Hãy kiểm tra lại trước khi gửi.",
    # --- danh sách (DIR/README.md) -----------------------------------------------------------
    "remind.index-title": "Công văn đôn đốc thực hiện Kế hoạch số {number}",
    "remind.index-as-of": "Tính đến {date}.",
    "remind.col-unit": "Đơn vị",
    "remind.col-letter": "Công văn",
    "remind.col-overdue": "Quá hạn",
    "remind.col-due-soon": "Sắp đến hạn",
    "remind.col-missing": "Thiếu số liệu",
    "remind.index-own": "{unit} (đơn vị theo dõi: không gửi công văn cho chính mình)",
    "remind.index-count": "{count} công văn.",
    "remind.index-none": "Không đơn vị nào còn nội dung cần đôn đốc.",
    "remind.index-generated": "Do cchc lập từ các tệp kế hoạch của kho dữ liệu này. Số công "
                              "văn để trống để văn thư ghi.",
    # --- dòng lệnh ---------------------------------------------------------------------------
    "remind.stale-file": "cảnh báo: {path} là công văn của lần chạy trước, nay đơn vị không "
                         "còn nội dung cần đôn đốc: hãy xóa nếu không dùng nữa",
}
