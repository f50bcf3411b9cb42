"""Thông điệp tiếng Việt của văn bản Word, bảng Excel và biểu mẫu (`--format docx|xlsx`,
`cchc form`, `cchc collect`). Khóa và chỗ điền giống hệt `en_documents.py`.

Thể thức theo Phụ lục I Nghị định 30/2020/NĐ-CP: Quốc hiệu, Tiêu ngữ, "Số: …/BC-…",
địa danh và ngày tháng có số 0 ở trước ngày nhỏ hơn 10 và tháng 1, 2, "Nơi nhận:".
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- thể thức (Phụ lục I) ----------------------------------------------------------------
    "doc.national": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "doc.motto": "Độc lập - Tự do - Hạnh phúc",
    "doc.blank": "      ",
    "doc.number-report": "Số: {blank}/BC-{abbr}",
    "doc.number-letter": "Số: {blank}/{abbr}",
    "doc.abbr-blank": "……",
    "doc.recipients": "Nơi nhận:",
    "doc.as-above": "- Như trên;",
    "doc.copy": "- {name};",
    "doc.report-to": "- {issuer} (b/c);",
    "doc.archive": "- Lưu: VT, {abbr}.",
    "doc.archive-plain": "- Lưu: VT.",
    "doc.to": "Kính gửi: {unit}.",
    "doc.signer-blank": "…………………………",
    # --- báo cáo -------------------------------------------------------------------------------
    "doc.report-kind": "Báo cáo",
    "doc.report-subject": "Tình hình thực hiện Kế hoạch số {number}",
    "doc.report-intro": "Thực hiện Kế hoạch số {number}{issued} của {issuer}{about}, {office} "
                        "báo cáo tình hình thực hiện tính đến {date} như sau:",
    "doc.report-counts": "Kế hoạch có {total} lượt nhiệm vụ (mỗi lượt là một nhiệm vụ của một "
                         "đơn vị chịu trách nhiệm); trong đó {done} lượt đã hoàn thành, "
                         "{overdue} lượt quá hạn.",
    "doc.report-closing": "Trên đây là báo cáo tình hình thực hiện Kế hoạch số {number} tính "
                          "đến {date} của {office}./.",
    "doc.section": "{n}. {title}",
    "doc.unit-heading": "{unit} ({count})",
    "doc.incomplete": "CHƯA ĐẦY ĐỦ: kho dữ liệu có lỗi; văn bản này chỉ tính trên phần hợp lệ.",
    # --- bảng Excel ------------------------------------------------------------------------------
    "xlsx.sheet-tasks": "Nhiệm vụ",
    "xlsx.sheet-overdue": "Quá hạn",
    "xlsx.sheet-gaps": "Chỉ số",
    "xlsx.sheet-units": "Đơn vị",
    "xlsx.sheet-counts": "Theo trạng thái",
    "xlsx.sheet-due-soon": "Sắp đến hạn",
    "xlsx.sheet-stale": "Chậm cập nhật",
    "xlsx.sheet-worst": "Đơn vị nợ nhiều nhất",
    "xlsx.sheet-scorecard": "Theo đơn vị",
    "xlsx.date-format": "dd/mm/yyyy",
    "col.unit-kind": "Loại đơn vị",
    "col.members": "Thành viên",
    "col.aliases": "Tên khác",
    "col.until": "Đến ngày",
    "col.successor": "Đơn vị kế thừa",
    "col.group": "Nhóm",
    "col.state-key": "Mã trạng thái",
    "col.status-key": "Mã tình trạng",
    "col.state-overdue": "Quá hạn",
    "col.state-due-soon": "Sắp đến hạn",
    "col.state-stale": "Chậm cập nhật",
    "col.state-blocked": "Vướng mắc",
    "col.state-in-progress": "Đang thực hiện",
    "col.state-not-started": "Chưa thực hiện",
    "col.state-done-late": "Hoàn thành trễ hạn",
    "col.state-done": "Hoàn thành",
}
