"""Thông điệp tiếng Việt về các giới hạn của dữ liệu và tham số (`cchc/model/limits.py`).

Khóa và chỗ điền giống hệt `en_limits.py`.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "diag.text-too-long": "{field}: đoạn chữ này dài {length} ký tự, quá {limit} ký tự được "
                          "nhận ở đây: hãy rút gọn (tên hay tiêu đề chỉ một dòng; toàn văn "
                          "nhiệm vụ ghi ở 'text', tối đa 10.000 ký tự)",
    "diag.number-too-large": "{field}: số {value} quá lớn: giá trị tuyệt đối của số phải "
                             "nhỏ hơn 1.000.000.000.000.000 (10^15) (số liệu hay chỉ tiêu là "
                             "tỷ lệ phần trăm hoặc số lượng)",
    "diag.date-out-of-range": "{field}: ngày {value} nằm ngoài các năm cchc hỗ trợ: hãy ghi "
                              "một ngày từ {first} đến {last}",
    "error.as-of-out-of-range": "--as-of {value} nằm ngoài các năm cchc hỗ trợ: hãy cho một "
                                "ngày từ {first} đến {last}",
}
