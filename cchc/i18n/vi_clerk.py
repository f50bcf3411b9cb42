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
    "final.indicators": "Chỉ số ở kỳ cuối cùng của kế hoạch: {met} đạt chỉ tiêu, {unmet} chưa "
                        "đạt, {missing} chưa có số liệu.",
    "doc.report-final": "Kế hoạch đã kết thúc {date}. Kết quả cuối cùng: trong tổng số {total} "
                        "lượt nhiệm vụ, {done} lượt hoàn thành đúng hạn, {late} lượt hoàn thành "
                        "trễ hạn, {not_done} lượt không hoàn thành; số ngày quá hạn dưới đây "
                        "tính đến ngày kết thúc kế hoạch.",
    "report.overdue-by-task": "Nhiệm vụ quá hạn",
    "report.not-done": "Nhiệm vụ không hoàn thành khi kết thúc kế hoạch",
    "report.blocked": "Nhiệm vụ vướng mắc",
    "col.units": "Đơn vị",
    "col.since": "Vướng mắc từ",
    "col.note": "Ghi chú",
    "col.days-overdue-end": "Số ngày quá hạn khi kế hoạch kết thúc",
    "col.total-days-overdue-end": "Tổng số ngày quá hạn khi kế hoạch kết thúc",
    "col.counted-to": "Tính đến ngày",
    "word.open-day": "{count} ngày",
    "word.open-days": "{count} ngày",
    "overdue.ended-note": "Kế hoạch {plan} đã kết thúc {date}: số ngày quá hạn của kế hoạch "
                          "này tính đến ngày kết thúc",
    "overdue.days-at-end": "{days} (khi kết thúc)",
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
    "item.task": "nhiệm vụ {id}", "item.indicator": "chỉ số {id}", "item.section": "mục {id}",
    "item.unit": "đơn vị {id}", "item.group": "nhóm {id}", "item.record": "báo cáo {id}",
    "item.reading": "số liệu {id}",
    "diag.unknown-unit.close": "{field}: không có đơn vị hay nhóm nào mang mã '{id}'; có phải "
                               "ý bạn là {close}? (lệnh 'cchc units' liệt kê các mã)",
    "diag.unknown-task.close": "nhiệm vụ '{id}' không có trong kế hoạch {plan}; có phải ý bạn "
                               "là {close}? (lệnh 'cchc tasks --plan {plan}' liệt kê các nhiệm "
                               "vụ)",
    "diag.unknown-indicator.close": "chỉ số '{id}' không có trong kế hoạch này; có phải ý bạn "
                                    "là {close}?",
    "diag.unknown-field.close": "trường '{field}' không được biết; có phải ý bạn là {close}? "
                                "(các trường ở đây là {allowed})",
    "diag.unknown-section.close": "mục '{id}' không có trong kế hoạch này; có phải ý bạn là "
                                  "{close}? (các mục: {known})",
    "diag.yaml-syntax.why": "lỗi cú pháp YAML: {why} (trình đọc YAML báo: {problem})",
    "yaml.hint.quote": "một dấu ngoặc kép (\" hoặc ') được mở mà không đóng: thêm dấu đóng ở "
                       "cuối giá trị",
    "yaml.hint.colon": "thiếu dấu hai chấm sau tên trường (viết `tên: giá trị`), hoặc một "
                       "dòng bị ngắt giữa chừng",
    "yaml.hint.colon-in-text": "có dấu hai chấm giữa một giá trị chưa đặt trong ngoặc kép, "
                               "hoặc dòng này thụt lề sai: đặt giá trị trong dấu ngoặc kép "
                               "(\"...\") hoặc sửa thụt lề",
    "yaml.hint.bracket": "một dấu [ hoặc {{ chưa được đóng, hoặc thiếu dấu phẩy giữa các phần tử",
    "yaml.hint.start-char": "giá trị bắt đầu bằng một ký tự YAML dành riêng (@, `, %): đặt "
                            "giá trị trong dấu ngoặc kép",
    "yaml.hint.indent": "thụt lề không đều: các trường cùng cấp phải thẳng cột, thụt bằng dấu "
                        "cách, và mỗi phần tử danh sách bắt đầu bằng \"- \"",
    "init.bad-period": "--period {period}: hãy ghi một năm, ví dụ 2024",
    "severity.error": "lỗi",
    "severity.warning": "cảnh báo",
    "warn.label": "cảnh báo",
    # --- cchc units ---------------------------------------------------------------------
    "help.units": "Liệt kê các đơn vị và nhóm: mã (để gõ sau --unit), tên, loại, tên gọi "
                  "khác, thành viên của nhóm. Có thể lọc theo một phần tên hoặc mã, không "
                  "cần dấu.",
    "help.units.search": "Chỉ lấy đơn vị có mã, tên hoặc tên gọi khác chứa chuỗi này "
                         "(không phân biệt hoa thường, dấu có thể bỏ): phuong, noi vu.",
    "units.title": "Các đơn vị và nhóm",
    "units.col.id": "Mã", "units.col.name": "Tên", "units.col.kind": "Loại",
    "units.col.more": "Ghi chú", "units.col.aliases": "Tên gọi khác",
    "units.col.members": "Thành viên", "units.col.until": "Đến ngày",
    "units.col.successor": "Đơn vị tiếp nhận",
    "units.aliases": "còn gọi là {names}",
    "units.members": "{count} thành viên: {names}",
    "units.until": "không còn từ sau {date}",
    "units.successor": ", đơn vị tiếp nhận: {unit}",
    "units.count": "{units} đơn vị, {groups} nhóm",
    "units.hint": "Sau --unit gõ mã, tên hoặc tên gọi khác (không cần dấu nếu chỉ một đơn vị "
                  "khớp); một nhóm chọn tất cả thành viên.",
    "unit-kind.department": "phòng, ban", "unit-kind.agency": "cơ quan",
    "unit-kind.service-unit": "đơn vị sự nghiệp", "unit-kind.ward": "phường",
    "unit-kind.commune": "xã", "unit-kind.township": "thị trấn", "unit-kind.other": "khác",
    "unit-kind.group": "nhóm",
    # --- tên không khớp, gợi ý ----------------------------------------------------------
    "clerk.text": "{text}",
    "error.unit-not-found": "không có đơn vị hoặc nhóm '{unit}'",
    "error.unit-ambiguous": "'{unit}' khớp với nhiều đơn vị: {matches}. Hãy gõ mã của một "
                            "đơn vị; không có gì được ghi",
    "error.did-you-mean": "; có phải ý bạn là {ids}?",
    "error.unit-list-hint": " Lệnh 'cchc units' liệt kê mọi đơn vị và mã của chúng.",
    "error.task-not-found": "kế hoạch {plan} không có nhiệm vụ '{task}'",
    "error.task-list-hint": " Lệnh 'cchc tasks --plan {plan}' liệt kê các nhiệm vụ.",
    "error.indicator-not-found": "kế hoạch {plan} không có chỉ số '{indicator}'",
    "error.indicator-ambiguous": "'{indicator}' khớp với nhiều chỉ số: {matches}. Hãy gõ mã "
                                 "của một chỉ số; không có gì được ghi",
    "error.indicator-list-hint": " Các chỉ số của kế hoạch: {known}.",
    "error.plan-not-found": "không có kế hoạch '{plan}' (các kế hoạch: {known})",
    "error.measure-group": "'{unit}' là một nhóm ({name}), không phải một đơn vị: số liệu "
                           "được ghi cho từng đơn vị. Thành viên: {members}",
    "error.bad-number": "giá trị '{value}' không phải một số: viết ví dụ 96,5 hoặc 96,5% "
                        "(dấu phẩy hoặc dấu chấm thập phân)",
    "error.bad-status-word": "tình trạng '{value}' không hợp lệ: viết đang thực hiện, hoàn "
                             "thành hoặc vướng mắc (hoặc in-progress, done, blocked)",
    # --- lỗi cách dùng (thay lời của Click) --------------------------------------------
    "usage.prefix": "Cách dùng: ",
    "usage.options": "[TÙY CHỌN]",
    "usage.try": "Xem '{command} {option}' để biết cách dùng.",
    "usage.error": "Lỗi: {message}",
    "usage.missing-option": "thiếu tùy chọn {name}",
    "usage.missing-argument": "thiếu {name}",
    "usage.missing-parameter": "thiếu {name}",
    "usage.bad-value": "giá trị không hợp lệ cho {name}: {reason}",
    "usage.no-such-option": "không có tùy chọn {name}",
    "usage.no-such-command": "không có lệnh '{name}'",
    "usage.did-you-mean": "; có phải ý bạn là {names}?",
    "usage.needs-value": "tùy chọn {name} cần một giá trị đi sau",
    "usage.takes-no-value": "tùy chọn {name} không nhận giá trị",
    "usage.extra": "thừa đối số: {args}",
}
