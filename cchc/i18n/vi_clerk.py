"""Thông điệp tiếng Việt của issue 12 (đơn vị theo tên, báo cáo đầy đủ hơn, kết quả ghi).

Khóa và chỗ điền giống hệt `en_clerk.py`.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- báo cáo và bảng tổng hợp -------------------------------------------------------
    "report.units": "Đơn vị",
    "report.units-group": "{name} ({count} đơn vị: {members})",
    "report.ended": "Kế hoạch đã kết thúc {date}. Các số liệu dưới đây là kết quả cuối cùng; "
                    "số ngày quá hạn tính đến ngày kết thúc kế hoạch.",
    "report.final": "Kết quả cuối cùng",
    "final.done": "hoàn thành đúng hạn",
    "final.done-late": "hoàn thành trễ hạn",
    "final.not-done": "không hoàn thành",
    "final.total": "tổng số lượt nhiệm vụ",
    "report.overdue-by-task": "Nhiệm vụ quá hạn",
    "report.not-done": "Nhiệm vụ không hoàn thành khi kết thúc kế hoạch",
    "report.blocked": "Nhiệm vụ vướng mắc",
    "col.units": "Đơn vị",
    "col.since": "Vướng mắc từ",
    "col.note": "Ghi chú",
    "col.days-overdue-end": "Số ngày quá hạn (đến ngày kết thúc)",
    "col.total-days-overdue": "Tổng số ngày quá hạn",
    "col.total-obligations": "Tổng số lượt",
    "col.against-target": "So với chỉ tiêu",
    "gap.over": "vượt {value}",
    "gap.short": "thiếu {value}",
    "gap.under-ceiling": "dưới mức tối đa {value}",
    "gap.over-ceiling": "vượt mức tối đa {value}",
    "gap.off": "chênh lệch {value}",
    "gap.at-target": "đạt đúng chỉ tiêu",
    "gap.at-bound": "bằng mức chỉ tiêu, chưa đạt",
    "status.ended": "Kế hoạch đã kết thúc {date}: kết quả cuối cùng",
    "status.final-line": "{done} hoàn thành đúng hạn, {late} hoàn thành trễ hạn, "
                         "{not_done} không hoàn thành, trên tổng số {total} lượt nhiệm vụ",
    "status.blocked-title": "Vướng mắc",
    # --- kết quả của một lần ghi ----------------------------------------------------------
    "outcome.record": "{task} — {unit}: {state}",
    "outcome.support": "{task} — {unit}: đơn vị phối hợp; báo cáo đã được ghi nhận",
    "outcome.done": "hoàn thành đúng hạn",
    "outcome.done-late": "hoàn thành trễ hạn {days} ngày",
    "outcome.overdue": "quá hạn {days} ngày (hạn {due})",
    "outcome.overdue-many": "{count} kỳ quá hạn, kỳ sớm nhất hạn {due} ({days} ngày)",
    "outcome.due-soon": "sắp đến hạn ({due})",
    "outcome.progress": "; đã hoàn thành {done}/{total} kỳ",
    "outcome.reading": "{indicator} — {unit}, {period}: {value} ({met}, chỉ tiêu {target})",
    "outcome.met": "đạt",
    "outcome.unmet": "không đạt",
    "outcome.reading-outside": "{indicator} — {unit}, {period}: đã ghi; kỳ này không nằm "
                               "trong thời gian thực hiện kế hoạch nên không được tính",
    "warn.after-as-of": "ngày báo cáo {date} sau ngày tính ({as_of}): báo cáo chỉ được tính "
                        "từ ngày đó trở đi",
    "warn.before-plan": "ngày báo cáo {date} trước khi kế hoạch bắt đầu ({start})",
    "warn.after-plan": "ngày báo cáo {date} sau khi kế hoạch kết thúc ({end})",
    "warn.period-outside": "kỳ báo cáo nằm ngoài thời gian thực hiện kế hoạch (từ {start} "
                           "đến {end})",
    "warn.percent-range": "giá trị {value}% nằm ngoài khoảng từ 0 đến 100",
    "warn.count-fraction": "chỉ tiêu '{target}' là một số đếm mà giá trị {value} có phần lẻ",
    "warn.label": "cảnh báo",
}
