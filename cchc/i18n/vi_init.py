"""Thông báo tiếng Việt của `cchc init` (Vietnamese messages of `cchc init`); keys and
placeholders match `en_init.py` exactly."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "init.not-empty": "{path} không trống ({count} mục, ví dụ '{first}'): cchc init không bao "
                      "giờ ghi vào thư mục đã có tệp; hãy chọn một thư mục mới hoặc thư mục "
                      "trống",
    "init.not-a-folder": "{path} đã có và không phải là thư mục: hãy chọn một thư mục mới hoặc "
                         "thư mục trống",
    "init.exists": "{path} xuất hiện trong lúc đang tạo kho dữ liệu: tệp này không bị ghi đè; "
                   "hãy xóa những gì đã tạo rồi chạy lại cchc init",
    "init.failed": "không ghi được {path}: {reason}",
    "init.bad-handle": "'{plan}' không phải là mã kế hoạch hợp lệ: dùng chữ thường ASCII "
                       "(không dấu), chữ số và dấu gạch nối (kh-cchc-2026)",
    "init.bad-name": "tên địa phương đang để trống: hãy ghi tên bằng --name",
    "init.created": "đã tạo {path}",
    "init.done": "Kho dữ liệu cchc mới của {name} đã sẵn sàng tại {path}.\n"
                 "Tiếp theo: thay các đơn vị ví dụ trong {units}, chép kế hoạch vào {plan}, "
                 "rồi chạy: cchc check --repo {path}",
}
