"""Vietnamese messages of the writers (`update`, `measure`, `-o`, `remind --out`, the lock).
Same keys and placeholders as `en_write.py`."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "write.outside": "không ghi: {path} dẫn ra ngoài kho dữ liệu (tới {target}) qua một liên "
                     "kết tượng trưng; cchc chỉ ghi bên trong kho dữ liệu",
    "write.link-loop": "không ghi: {path} là liên kết tượng trưng trỏ vòng",
    "write.bad-path": "không ghi: '{path}' không phải đường dẫn bên trong kho dữ liệu",
    "write.not-a-folder": "không ghi: {path} đang chắn đường: đó không phải thư mục",
    "write.not-a-file": "không ghi: {path} là thư mục, socket hoặc ổ đĩa, không phải tệp: "
                        "hãy ghi tên một tệp",
    "write.readback": "không ghi: đọc lại {path} không đúng như dự định; chưa lưu gì",
    "write.already": "đã ghi nhận trong {place}: không ghi thêm",
    "write.lock-wait": "đang chờ một lệnh ghi khác kết thúc (khóa {path})...",
    "write.lock-timeout": "dừng sau {seconds} giây: một lệnh ghi khác vẫn giữ khóa {path}. "
                          "Hãy thử lại sau; một lệnh cchc bị tạm dừng bằng Ctrl-Z giữ khóa "
                          "cho đến khi được chạy tiếp (fg) hoặc kết thúc",
    "write.lock-unusable": "không dùng được tệp khóa {path} ({reason}): hãy xóa tệp đó rồi "
                           "chạy lại lệnh",
    "write.kept": "giữ nguyên: {path} không do cchc tạo ra hoặc đã bị sửa sau đó; dùng "
                  "--force để thay thế",
    "write.empty-out": "--out đang để trống: hãy ghi thư mục chứa các văn bản nhắc việc "
                       "(--out nhac-viec)",
    "update.period-required": "nhiệm vụ {task} là định kỳ ({due}): hãy ghi kỳ mà bản ghi "
                              "này báo cáo bằng --period. Các kỳ còn mở của {unit}: "
                              "{periods}. Ví dụ: {command}",
    "update.period-none-open": "nhiệm vụ {task} là định kỳ ({due}): hãy ghi kỳ mà bản ghi "
                               "này báo cáo bằng --period (ví dụ {example}); {unit} không còn "
                               "kỳ nào mở. Ví dụ: {command}",
    "update.overdue-days": "{period} (quá hạn {days} ngày)",
    "update.overdue-day": "{period} (quá hạn 1 ngày)",
    "init.name-line-break": "--name có dấu xuống dòng hoặc ký tự điều khiển: hãy ghi tên "
                            "địa phương trên một dòng",
    "diag.not-unicode": "{field}: văn bản có byte không phải UTF-8 ({byte}): hãy gõ lại bằng "
                        "UTF-8 (cửa sổ lệnh có thể đang dùng bảng mã cũ)",
    "diag.write-roundtrip": "tệp mới sẽ không đọc lại đúng như đã gõ: hãy sửa văn bản (có ký "
                            "tự mà YAML không giữ được như đã viết)",
    "diag.folder-unreadable": "không đọc được thư mục ({reason}): hãy kiểm tra quyền truy "
                              "cập; không tệp nào trong đó được tính",
    "help.remind.force": "Thay cả những tệp không do cchc tạo ra hoặc đã bị sửa sau đó "
                         "(mất các chỉnh sửa của cán bộ)",
    "measure.bad-number": "GIÁ TRỊ '{value}' không phải là số: hãy ghi 96.2 hoặc 96,2 (có "
                          "thể thêm % ở cuối)",
    "diag.unit-is-group": "{field}: '{id}' là một nhóm: mỗi số liệu thuộc về một đơn vị, hãy "
                          "ghi tên đơn vị đó",
}
