"""Thông điệp tiếng Việt. Khóa và chỗ điền giống hệt `en.py`."""

from __future__ import annotations

_FORMS = ("một ngày (2023-03-15), một tháng (2023-02), một quý (2023-Q1), nửa năm (2023-H1), "
          "một năm (2023), ongoing, daily, weekly, monthly, quarterly, half-yearly, yearly, "
          "một RRULE (RRULE:FREQ=MONTHLY;BYMONTHDAY=25), hoặc cách viết tiếng Việt như "
          "'trong tháng 2/2023', 'hết quý II năm 2023', 'cuối năm 2023', 'thường xuyên', "
          "'hàng tháng', 'định kỳ 6 tháng', 'trước ngày 20 hằng tháng'")

MESSAGES: dict[str, str] = {
    # --- chẩn đoán: sai ở đâu, và viết thế nào cho đúng --------------------------------------
    "diag.merge-conflict": "git để lại dấu xung đột khi gộp (merge) ở đây: giữ các dòng đúng "
                           "và xóa các dòng <<<<<<<, ======= và >>>>>>>",
    "diag.not-utf8": "tệp không ở mã UTF-8 (byte {byte} ở đây): hãy lưu lại với mã UTF-8",
    "diag.yaml-syntax": "lỗi cú pháp YAML: {problem}",
    "diag.yaml-tab": "có ký tự tab ở đây: YAML phải thụt lề bằng dấu cách, không dùng tab",
    "diag.yaml-number-form": "`{form}` là cách viết số mà mỗi phiên bản YAML hiểu khác nhau "
                             "(YAML 1.1 đọc `010` là 8, `1:30` là 90): hãy viết {write} nếu là "
                             "số, hoặc đặt trong ngoặc kép (\"{form}\") nếu là chữ",
    "diag.yaml-too-deep": "YAML lồng nhau quá sâu, không đọc được: hãy làm phẳng cấu trúc",
    "diag.yaml-tag": "không được dùng thẻ '{tag}': thẻ tạo đối tượng bị từ chối; hãy viết giá "
                     "trị thuần (chữ, số, ngày, danh sách, ánh xạ)",
    "diag.yaml-alias-cycle": "bí danh (alias) này trỏ tới nút chứa chính nó: hãy viết giá trị ra",
    "diag.yaml-alias-bomb": "các bí danh ở đây bung ra {expanded} giá trị từ {written} giá trị "
                            "đã viết: hãy viết giá trị ra thay vì lồng bí danh",
    "diag.duplicate-key": "khóa '{key}' xuất hiện hai lần trong cùng ánh xạ (lần đầu ở dòng "
                          "{first}): giữ một; YAML sẽ lặng lẽ chỉ dùng lần cuối",
    "diag.unreadable": "không đọc được tệp ({reason}): hãy kiểm tra quyền truy cập",
    "diag.empty-file": "tệp rỗng: hãy ghi {expected} mà tệp cần chứa, hoặc xóa tệp",
    "diag.not-a-record": "tệp báo cáo tiến độ chứa một báo cáo (một ánh xạ) hoặc một danh sách "
                         "báo cáo, không phải {got}",
    "diag.not-a-mapping": "tệp {expected} chứa một ánh xạ (các dòng khóa: giá trị), không "
                          "phải {got}",
    "diag.missing-plan-file": "thư mục kế hoạch '{plan}' không có plan.yaml: hãy thêm tệp "
                              "hoặc xóa thư mục",
    "diag.bad-plan-handle": "tên thư mục kế hoạch '{plan}' không hợp lệ: dùng chữ thường không "
                            "dấu, chữ số và dấu gạch nối (188-kh-ubnd-2022)",
    "diag.stray-file": "tệp YAML này không được đọc: báo cáo tiến độ đặt trong updates/, số "
                       "liệu chỉ số đặt trong measurements/",
    "diag.symlink-outside": "liên kết này trỏ ra ngoài kho dữ liệu nên không được theo",
    "diag.missing-field": "thiếu trường bắt buộc '{field}' trong {where}",
    "diag.unknown-field": "trường '{field}' không được biết: các trường ở đây là {allowed}",
    "diag.bad-choice": "{field}: không chấp nhận '{value}': dùng một trong {expected}",
    "diag.bad-date": "{field}: '{value}' không phải ngày hợp lệ: viết theo dạng YYYY-MM-DD "
                     "(2023-03-15)",
    "diag.bad-choice.meant": "{field}: không chấp nhận '{value}': dùng một trong {expected}; "
                             "trong tệp, '{value}' viết là {meant}",
    "diag.bad-date.meant": "{field}: '{value}' không phải ngày hợp lệ: trong tệp viết theo dạng "
                           "YYYY-MM-DD, ở đây là {meant}",
    "diag.wrong-type": "{field}: cần {expected}, nhưng gặp '{value}'",
    "diag.empty-list": "{field}: danh sách rỗng: hãy ghi ít nhất một giá trị",
    "diag.out-of-range": "{field}: {value} nằm ngoài phạm vi: phải {op} {limit}",
    "diag.invalid": "{field}: giá trị không hợp lệ ({detail})",
    "diag.bad-id": "{field}: '{value}' không phải mã hợp lệ: dùng chữ thường không dấu, chữ số "
                   "và dấu gạch nối đơn (phong-noi-vu)",
    "diag.bad-id.meant": "{field}: '{value}' không phải mã hợp lệ: trong tệp, đơn vị ghi bằng "
                         "mã, ở đây là {meant}",
    "diag.unquoted-id": "{field}: {value} bị đọc thành số: hãy đặt mã trong dấu nháy "
                        "(\"{value}\") để 1.10 vẫn là 1.10",
    "diag.bad-task-id": "{field}: '{value}' không phải mã nhiệm vụ hợp lệ: dùng chữ và số nối "
                        "bằng dấu chấm hoặc gạch nối (1.2.7, III.2)",
    "diag.empty-text": "{field}: nội dung rỗng: hãy ghi giá trị hoặc bỏ trường này",
    "diag.bad-deadline": "{field}: không hiểu thời hạn '{value}': hãy viết " + _FORMS,
    "diag.impossible-date": "{field}: '{value}' là ngày hoặc kỳ không tồn tại (ngày vượt quá "
                            "cuối tháng, tháng 13, quý V): hãy kiểm tra lại các con số",
    "diag.impossible-date.why": "{field}: '{value}' là ngày hoặc kỳ không tồn tại: {why}",
    "diag.bad-deadline.why": "{field}: RRULE '{value}' không hợp lệ: {why}; hãy viết một quy "
                             "tắc RFC 5545, ví dụ RRULE:FREQ=MONTHLY;BYMONTHDAY=25",
    "diag.bad-target": "{field}: không hiểu chỉ tiêu '{value}': viết một trong > >= < <= = rồi "
                       "một số (hoặc trên, từ, dưới, không quá, tối đa, tối thiểu, đạt rồi "
                       "một số), có thể kèm %, ví dụ '> 95%', 'trên 80%', 'không quá 10'",
    "diag.bad-period": "{field}: '{value}' không phải một kỳ: viết một ngày (2023-03-15), một "
                       "tháng (2023-03), một quý (2023-Q1), nửa năm (2023-H1) hoặc một năm (2023)",
    "diag.bad-period.why": "{field}: '{value}' không phải một kỳ: {why}",
    "diag.bad-value": "{field}: '{value}' không phải là số hữu hạn: hãy ghi một số, ví dụ "
                      "96.2",
    "diag.bad-plan-period": "{field}: '{value}' không phải thời gian của kế hoạch: hãy ghi một "
                            "năm (2023) hoặc ngày bắt đầu và kết thúc (start: 2023-01-01, end: "
                            "2023-12-31), ngày kết thúc không trước ngày bắt đầu",
    "diag.bad-reading-period": "kỳ '{value}' không phải một tháng, quý hoặc năm: số liệu chỉ "
                               "số ghi cho 2023-03, 2023-Q1 hoặc 2023",
    "diag.duplicate-id": "mã '{id}' được định nghĩa hai lần (lần đầu ở {first}): mã của đơn vị "
                         "và nhóm phải là duy nhất",
    "diag.unknown-unit": "{field}: không có đơn vị hay nhóm nào mang mã '{id}': hãy khai báo "
                         "trong units/ hoặc sửa lại mã",
    "diag.group-cycle": "các nhóm chứa lẫn nhau thành vòng ({cycle}): hãy bỏ một quan hệ thành "
                        "viên",
    "diag.successor-without-until": "đơn vị '{id}' có đơn vị kế thừa nhưng không có ngày "
                                    "'until': hãy ghi ngày đơn vị chấm dứt hoạt động",
    "diag.duplicate-name": "tên '{name}' cũng được đơn vị '{other}' sử dụng: tên phải phân biệt "
                           "được các đơn vị",
    "diag.duplicate-section": "mục '{id}' được định nghĩa hai lần (lần đầu ở {first})",
    "diag.duplicate-task": "nhiệm vụ '{id}' được định nghĩa hai lần (lần đầu ở {first}): mã "
                           "nhiệm vụ là duy nhất trong một kế hoạch",
    "diag.duplicate-indicator": "chỉ số '{id}' được định nghĩa hai lần (lần đầu ở {first})",
    "diag.unknown-section": "mục '{id}' không có trong kế hoạch này (các mục: {known})",
    "diag.unknown-indicator": "chỉ số '{id}' không có trong kế hoạch này: hãy khai báo trong "
                              "indicators hoặc sửa lại mã",
    "diag.empty-lead": "nhiệm vụ {task} không có đơn vị chịu trách nhiệm: lead chỉ gồm nhóm rỗng",
    "diag.units-ignored": "chỉ số '{id}' đo cho toàn địa phương: trường 'units' bị bỏ qua",
    "diag.unknown-task": "nhiệm vụ '{id}' không có trong kế hoạch {plan}: hãy kiểm tra mã "
                         "nhiệm vụ",
    "diag.group-not-unit": "{field}: '{id}' là một nhóm: mỗi báo cáo do một đơn vị lập, hãy ghi "
                           "đơn vị đó",
    "diag.unit-not-in-task": "đơn vị '{id}' không tham gia nhiệm vụ {task}: không chủ trì "
                             "cũng không phối hợp",
    "diag.missing-evidence": "báo cáo hoàn thành nhiệm vụ {task} không có minh chứng: hãy ghi "
                             "văn bản chứng minh (evidence: [...])",
    "diag.reading-period-mismatch": "chỉ số '{id}' đo theo kỳ {frequency}, nhưng số liệu này "
                                    "ghi cho kỳ {period}",
    "diag.reading-needs-unit": "chỉ số '{id}' đo theo từng đơn vị: hãy ghi đơn vị của số liệu "
                               "này",
    "diag.reading-unexpected-unit": "chỉ số '{id}' đo cho toàn địa phương: số liệu không ghi "
                                    "đơn vị",
    "diag.unit-not-measured": "đơn vị '{id}' không thuộc các đơn vị được đo của chỉ số "
                              "'{indicator}'",
    "diag.duplicate-reading": "số liệu {indicator} của {unit}, kỳ {period} được ghi hai lần "
                              "với cùng giá trị (lần đầu ở {first})",
    "diag.conflicting-reading": "số liệu {indicator} của {unit}, kỳ {period} được ghi hai lần "
                                "với giá trị khác nhau (lần đầu ở {first}): hãy giữ giá trị đúng",
    "diag.leftover-temp": "một lần ghi dở dang để lại tệp tạm này: đây không phải báo cáo; "
                          "hãy xóa tệp",
    "diag.bad-key": "khóa '{key}' không phải tên trường: khóa là các từ như task, unit, date",
    # từ dùng trong thông điệp
    "word.text": "chữ", "word.integer": "một số nguyên", "word.number": "một số",
    "word.bool": "true hoặc false", "word.mapping": "một ánh xạ", "word.list": "một danh sách",
    "word.date": "một ngày", "word.config": "cấu hình", "word.units": "đơn vị và nhóm",
    "word.plan": "kế hoạch", "word.updates": "báo cáo tiến độ",
    "word.measurements": "số liệu",
    "word.str": "chữ", "word.int": "một số", "word.float": "một số",
    "word.dict": "một ánh xạ", "word.NoneType": "giá trị rỗng",
    # --- dòng lệnh -----------------------------------------------------------------------
    "error.no-repo": "không tìm thấy kho dữ liệu cchc từ {path} trở lên: hãy chạy trong một "
                     "kho, dùng --repo ĐƯỜNG_DẪN, hoặc đặt CCHC_REPO (kho chứa cchc.yaml, hoặc "
                     "cả plans/ và units/)",
    "error.repo-not-dir": "--repo {path}: không có thư mục này",
    "error.unknown-plan": "không có kế hoạch '{plan}' trong kho này (các kế hoạch: {known})",
    "error.plan-required": "kho này có nhiều kế hoạch: hãy chọn một bằng --plan ({known})",
    "error.unknown-unit": "không có đơn vị hay nhóm '{unit}' trong kho này",
    "cli.blocked": "kho dữ liệu có {errors} lỗi: không tính toán gì, vì báo cáo sai còn tệ hơn "
                   "không có báo cáo. Chạy 'cchc check' để xem tất cả, hoặc dùng "
                   "--allow-errors để tính trên phần hợp lệ.",
    "cli.more-errors": "... và {count} lỗi khác",
    "cli.incomplete": "cảnh báo: kho dữ liệu có {errors} lỗi; kết quả chỉ tính trên phần hợp "
                      "lệ nên chưa đầy đủ",
    "cli.incomplete-note": "CHƯA ĐẦY ĐỦ: tính trên phần hợp lệ của một kho dữ liệu có lỗi",
    "check.summary": "{errors} lỗi, {warnings} cảnh báo trong {files} tệp",
    "tasks.title": "Nhiệm vụ",
    "tasks.count": "{count} nhiệm vụ",
    "col.task": "Nhiệm vụ", "col.title": "Tên", "col.lead": "Chủ trì", "col.due": "Thời hạn",
    "col.first-due": "Hạn đầu tiên",
    "write.done": "đã ghi: {path}",
    "write.refused": "chưa ghi gì: hãy sửa các giá trị nêu trên rồi chạy lại lệnh",
    "write.failed": "không ghi được {path}: {reason}",
    # --- trạng thái -------------------------------------------------------------------------
    "state.overdue": "quá hạn", "state.due-soon": "sắp đến hạn",
    "state.stale": "chậm cập nhật", "state.blocked": "vướng mắc",
    "state.in-progress": "đang thực hiện", "state.not-started": "chưa thực hiện",
    "state.done-late": "hoàn thành trễ hạn", "state.done": "hoàn thành",
    "status.not-started": "chưa thực hiện", "status.in-progress": "đang thực hiện",
    "status.blocked": "vướng mắc", "status.done": "hoàn thành",
    "kind.one-off": "một lần", "kind.ongoing": "thường xuyên", "kind.recurring": "định kỳ",
    # --- cột ---------------------------------------------------------------------------------
    "col.plan": "Kế hoạch", "col.unit": "Đơn vị", "col.days-overdue": "Số ngày quá hạn",
    "col.occurrences": "Số kỳ", "col.status": "Tình trạng", "col.state": "Trạng thái",
    "col.count": "Số lượng", "col.indicator": "Chỉ số", "col.period": "Kỳ",
    "col.target": "Chỉ tiêu", "col.value": "Giá trị", "col.gap": "Còn thiếu",
    "col.met": "Đạt", "col.previous": "Kỳ trước", "col.trend": "Xu hướng",
    "col.last-record": "Cập nhật gần nhất", "col.days-left": "Còn lại",
    "col.total": "Tổng", "col.done-share": "Tỷ lệ hoàn thành", "col.days-since": "Số ngày",
    "word.yes": "đạt", "word.no": "không đạt", "word.no-reading": "chưa có số liệu",
    "word.locality": "toàn địa phương", "word.never": "chưa có", "word.none": "Không có.",
    "word.days": "{days} ngày", "word.percent": "{value}%",
    # --- quá hạn, chỉ số, tình hình ----------------------------------------------------------
    "overdue.title": "Nhiệm vụ quá hạn tính đến {date}",
    "overdue.count": "{count} lượt nhiệm vụ quá hạn",
    "gaps.title": "Các chỉ số so với chỉ tiêu tính đến {date}",
    "gaps.count": "{count} dòng, {missing} chưa có số liệu, {unmet} chưa đạt chỉ tiêu",
    "status.title": "{locality}: tình hình thực hiện tính đến {date}",
    "status.plan": "{number}: {title}",
    "status.counts": "Số lượt nhiệm vụ theo trạng thái",
    "status.overdue": "Quá hạn",
    "status.due-soon": "Sắp đến hạn trong {days} ngày",
    "status.stale": "Nhiệm vụ thường xuyên không cập nhật trong {days} ngày",
    "status.worst": "Đơn vị nợ nhiều nhất",
    "status.gaps": "Chỉ số chưa đạt chỉ tiêu hoặc chưa có số liệu",
    "status.unit-filter": "Chỉ đơn vị {unit}",
    "status.none": "không có",
    # --- báo cáo ------------------------------------------------------------------------------
    "report.title": "Báo cáo tình hình thực hiện Kế hoạch {number}",
    "report.locality": "Địa phương",
    "report.plan": "Kế hoạch",
    "report.period": "Thời gian thực hiện",
    "report.as-of": "Tính đến",
    "report.period-range": "từ {start} đến {end}",
    "report.summary": "Tổng hợp theo trạng thái",
    "report.chart-title": "Số lượt nhiệm vụ theo trạng thái",
    "report.overdue": "Nhiệm vụ quá hạn, theo đơn vị",
    "report.due-soon": "Sắp đến hạn trong {days} ngày",
    "report.stale": "Nhiệm vụ thường xuyên không cập nhật trong {days} ngày",
    "report.indicators": "Các chỉ số",
    "report.scorecard": "Bảng theo dõi theo đơn vị",
    "report.obligation-note": "Mỗi lượt nhiệm vụ là một nhiệm vụ của một đơn vị chịu trách "
                              "nhiệm: nhiệm vụ giao cho nhóm mười đơn vị là mười lượt.",
    "report.incomplete": "**Chưa đầy đủ**: kho dữ liệu có lỗi; báo cáo này chỉ tính trên phần "
                         "hợp lệ.",
    "report.generated": "Báo cáo do cchc lập từ các tệp kế hoạch của kho dữ liệu này.",
    "error.bad-period": "--period {period}: hãy viết một tháng (2023-03), một quý (2023-Q1) "
                        "hoặc một năm (2023)",
    "word.file": "tệp",
    "trend.better": "tốt hơn", "trend.worse": "kém đi", "trend.same": "không đổi",
    "col.lead-names": "Chủ trì (tên)", "col.support": "Phối hợp", "col.kind": "Loại",
    "col.unit-name": "Tên đơn vị", "col.indicator-name": "Tên chỉ số",
    "status.units-more": "{total} đơn vị: {names} và {count} đơn vị khác",
    "status.more-rows": "... và {count} dòng nữa: lệnh {command} liệt kê đầy đủ",
    "error.plan-invalid": "tệp kế hoạch '{plan}' có lỗi nên không thể đối chiếu gì với nó: "
                          "hãy chạy 'cchc check' và sửa trước",
    "error.bad-date": "'{value}' không phải là ngày: hãy viết ngày/tháng/năm (31/3/2023) "
                      "hoặc YYYY-MM-DD (2023-03-31)",
    "error.bad-choice": "{option} {value}: hãy chọn một trong {known}",
    "error.bad-status": "--status {status}: hãy ghi một trong {known}",
    "error.no-cwd": "thư mục hiện tại không còn tồn tại: hãy chuyển sang một thư mục có thật, hoặc "
                    "dùng --repo",
    "error.repo-unreadable": "không đọc được thư mục kho dữ liệu {path}: {reason}",
    "error.os-path": "không đọc hoặc ghi được {path}: {reason}",
    "error.os-output": "không ghi được kết quả ra: {reason}",
    "error.encoding": "cửa sổ lệnh không hiển thị được chữ này ({encoding}): hãy đặt "
                      "PYTHONIOENCODING=utf-8, hoặc ghi ra tệp bằng -o",
    "error.interrupted": "đã dừng theo yêu cầu",
    "error.missing-library": "chưa cài thư viện '{name}' mà cchc cần (bản cài đặt cũ hơn "
                             "chương trình): hãy chạy make run, hoặc pip install -e . trong "
                             "thư mục cchc",
    "error.bug": "đây là lỗi của chương trình cchc ({kind}), không phải lỗi của bạn: vui lòng báo "
                 "lỗi kèm tệp {log}",
    "error.bug-no-log": "đây là lỗi của chương trình cchc ({kind}), không phải lỗi của bạn: vui "
                        "lòng báo lỗi kèm câu lệnh đã chạy",
}
