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
    # --- biểu mẫu (cchc form, cchc collect) -----------------------------------------------
    "form.sheet-tasks": "Tiến độ",
    "form.sheet-readings": "Số liệu",
    "form.title-tasks": "Biểu mẫu báo cáo tiến độ: {unit}",
    "form.title-readings": "Biểu mẫu số liệu chỉ số, kỳ {period}",
    "form.subtitle": "Kế hoạch số {number}; tính đến {date}.",
    "form.help-tasks": "Điền các ô màu vàng: Tình trạng (chọn trong danh sách), Ngày, Minh "
                       "chứng (cách nhau bởi dấu ;), Ghi chú. Để trống dòng không có gì mới. "
                       "Không sửa các ô khác.",
    "form.source": "Nguồn số liệu:",
    "form.col-task": "Nhiệm vụ",
    "form.col-title": "Nội dung",
    "form.col-due": "Thời hạn",
    "form.col-period": "Kỳ",
    "form.col-state": "Trạng thái hiện tại",
    "form.col-status": "Tình trạng",
    "form.col-date": "Ngày",
    "form.col-evidence": "Minh chứng",
    "form.col-note": "Ghi chú",
    "form.col-unit": "Mã đơn vị",
    "form.col-unit-name": "Đơn vị",
    "form.col-value": "Giá trị",
    "form.bad-choice": "Hãy chọn một tình trạng trong danh sách.",
    "form.bad-date": "Hãy nhập một ngày (31/3/2023).",
    "form.bad-number": "Hãy nhập một số.",
    "diag.form-unreadable": "không đọc được tệp Excel ({reason}): hãy lưu lại dưới dạng .xlsx",
    "diag.form-unknown": "không phải biểu mẫu của cchc: hãy dùng tệp do lệnh cchc form tạo ra",
    "diag.form-tampered": "phần dữ liệu ẩn của biểu mẫu (trang {sheet}) đã bị sửa: hãy lập "
                          "lại biểu mẫu bằng lệnh cchc form",
    "diag.form-protected-changed": "ô được bảo vệ đã bị sửa (ban đầu "
                                   "'{was}', nay '{now}'): hãy trả lại như cũ; chỉ điền các ô "
                                   "màu vàng",
    "diag.form-closed-cell": "ô này không thuộc chỉ số nào của đơn vị: "
                             "hãy để trống",
    "diag.form-extra-row": "dòng thêm vào dưới biểu mẫu không được "
                           "đọc: hãy xóa, hoặc lập biểu mẫu mới",
    "diag.form-other-repository": "biểu mẫu lập cho kho dữ liệu '{made}', không phải '{here}'",
    "diag.form-other-plan": "biểu mẫu lập cho kế hoạch '{plan}', không có trong kho dữ liệu "
                            "này (có: {known})",
    "diag.form-other-unit": "biểu mẫu lập cho đơn vị '{unit}', không phải đơn vị cần thu "
                            "({wanted})",
    "collect.where": "trang {sheet}, ô {cell}",
    "diag.form-status-required": "dòng có điền nội dung nhưng chưa "
                                 "chọn Tình trạng",
    "diag.form-bad-status": "tình trạng '{value}' không hợp lệ: hãy "
                            "chọn {choices}",
    "diag.form-bad-date": "'{value}' không phải một ngày: hãy nhập "
                          "31/3/2023 hoặc 2023-03-31",
    "diag.form-bad-number": "'{value}' không phải một số: hãy nhập "
                            "96,5 hoặc 96.5",
    "collect.plan": "{path}: {count} nội dung mới sẽ ghi; {skipped} dòng hoặc ô không đổi, "
                    "hoặc đã có trong kho dữ liệu",
    "collect.record": "  nhiệm vụ {task}{period}: {status}, ngày {date}",
    "collect.reading": "  chỉ số {indicator}, {unit}: {value}",
    "collect.refused": "{path}: không ghi gì vì biểu mẫu có {errors} lỗi (--skip-bad: ghi các "
                       "dòng đúng, bỏ qua dòng sai)",
    "collect.skipped-bad": "{path}: bỏ qua các dòng có lỗi: {rows}",
    "collect.nothing": "{path}: không có gì mới để ghi",
    "collect.dry-run": "{path}: --dry-run: không ghi gì",
    "collect.read-failed": "{path}: không đọc được tệp ({reason})",
    "collect.period-of": " (kỳ {period})",
    "form.unit-required": "cchc form cần --unit ĐƠN_VỊ (biểu mẫu tiến độ), hoặc --readings "
                          "--period KỲ (biểu mẫu số liệu)",
    "form.period-required": "cchc form --readings cần --period KỲ (2023-03, 2023-Q1, 2023)",
    "form.group-not-unit": "'{unit}' là một nhóm: biểu mẫu tiến độ lập cho từng đơn vị; hãy "
                           "chọn một đơn vị trong nhóm ({members})",
}
