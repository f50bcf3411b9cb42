"""Thông báo tiếng Việt của `cchc import` (Vietnamese messages of `cchc import` and of the
comments it writes into the draft); keys and placeholders match `en_import.py` exactly."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- lệnh ---
    "import.bad-suffix": "{path}: không nhập được tệp '{suffix}': hãy dùng một trong các loại "
                         "{known}",
    "import.no-file": "{path}: không có tệp này",
    "import.unreadable": "{path}: không đọc được: {reason}",
    "import.not-text": "{path}: không phải văn bản (UTF-8, UTF-16 hay Windows-1258): hãy lưu "
                       "văn bản thành .txt (UTF-8) hoặc .docx rồi nhập tệp đó",
    "import.bad-docx": "{path}: không mở được như tệp Word ({reason}): hãy mở bằng Word hoặc "
                       "LibreOffice rồi lưu lại thành .docx",
    "import.note.cp1258": "tệp không phải UTF-8: đã đọc theo bảng mã Windows-1258 (tiếng "
                          "Việt); hãy kiểm tra dấu tiếng Việt trong bản nháp",
    "import.exists": "{path} đã có: cchc import không bao giờ ghi đè tệp; hãy chọn tên khác "
                     "hoặc xóa bản nháp cũ trước",
    "import.write-failed": "không ghi được {path}: {reason}",
    "import.no-repo": "không tìm thấy kho dữ liệu ({reason}): tên cơ quan, đơn vị chưa được "
                      "đối chiếu; hãy dùng --repo để đối chiếu với units/",
    "import.written": "đã ghi bản nháp vào {path}",
    "import.summary": "{source}: {tasks} nhiệm vụ trong {sections} mục, {indicators} chỉ số",
    "import.problems": "{count} điểm cán bộ cần sửa trong {path} trước khi bản nháp qua được "
                       "cchc check:",
    "import.passes": "bản nháp đã qua cchc check; hãy đối chiếu lại với văn bản, trước hết ở "
                     "các ghi chú bắt đầu bằng 'cchc import:'",
    "import.stdout": "<đầu ra chuẩn>",
    # --- phần đầu văn bản ---
    "import.missing.field": "{field}: không tìm thấy trong văn bản: hãy ghi theo bản gốc",
    "import.missing.number-blank": "{field}: số văn bản đang để trống ('{written}'): hãy ghi "
                                   "khi văn bản đã được cấp số",
    "import.missing.date-incomplete": "{field}: ngày ban hành chưa đầy đủ ('{written}'): hãy "
                                      "ghi khi văn bản đã có ngày",
    "import.note.number-differs": "cchc import: phần đầu văn bản ghi {number}, thông tin trang "
                                  "web ghi {other}: đã lấy theo phần đầu văn bản",
    "import.note.date-differs": "cchc import: phần đầu văn bản ghi {date}, thông tin trang web "
                                "ghi {other}: đã lấy theo phần đầu văn bản",
    "import.note.from-metadata": "cchc import: {field} lấy từ thông tin trang web ('{label}'): "
                                 "phần đầu văn bản không ghi",
    "import.note.issuer-from-body": "cchc import: cơ quan ban hành lấy từ nội dung ('{text} "
                                    "ban hành ...'): văn bản không có phần tên cơ quan",
    # --- ghi chú trong bản nháp ---
    "import.comment.header": "Bản nháp do cchc import tạo từ {source}. Hãy đối chiếu từng dòng "
                             "với văn bản, rồi lưu thành plans/{handle}/plan.yaml và chạy "
                             "cchc check.",
    "import.comment.conventions": "Quy ước: mã nhiệm vụ theo số thứ tự của văn bản (gạch đầu "
                                  "dòng thứ n của mục 1.2 là 1.2.n; mục viết thành đoạn văn là "
                                  "x.y.1; phần III là III.n); dòng 'Thời gian thực hiện' hay "
                                  "'Cơ quan thực hiện' áp dụng cho các nhiệm vụ phía trên, đến "
                                  "dòng cùng loại trước đó; chủ trì là lead, phối hợp là "
                                  "support, các cơ quan không phân chủ trì/phối hợp cùng là "
                                  "lead; title là tên tạm (vế đầu của nội dung); text giữ "
                                  "nguyên câu chữ văn bản. Ghi chú bắt đầu bằng 'cchc import:' "
                                  "là lựa chọn của chương trình.",
    "import.comment.stray-footnote": "Chú thích {n}, không gắn với nhiệm vụ nào: {text}",
    "import.comment.excluded": "cchc import: không lấy thành nhiệm vụ (dòng {line} của văn "
                               "bản: nêu điều kiện, không có thời hạn): {text}",
    "import.comment.place": "Nơi ban hành: {place}.",
    "import.comment.field-missing": "{field}: không tìm thấy trong văn bản: hãy ghi vào đây.",
    "import.comment.item": "---- {id}: {heading}",
    "import.comment.generic-heading": "cchc import: văn bản chỉ đặt tên mục này là "
                                      "'{heading}': hãy ghi rõ nội dung.",
    "import.comment.assignment": "Văn bản ghi: {written}",
    "import.comment.co-leads": "cchc import: văn bản không phân chủ trì / phối hợp: các cơ "
                               "quan cùng là lead.",
    "import.comment.related": "cchc import: '{written}' không chỉ rõ đơn vị: dùng nhóm gần "
                              "nhất là {id}.",
    "import.comment.generic": "cchc import: '{written}' là cách gọi chung: hiểu là nhóm {id}.",
    "import.comment.variant": "cchc import: '{written}' hiểu là {id} (cách viết khác của "
                              "tên).",
    "import.comment.unresolved": "cchc import: '{written}' không có trong units/: hãy thêm "
                                 "(hoặc thêm tên gọi khác) vào đó, hoặc ghi mã vào đây.",
    "import.comment.lead-from-text": "cchc import: không có dòng 'Cơ quan thực hiện' cho nhiệm "
                                     "vụ này: lead lấy theo cơ quan đứng đầu câu.",
    "import.comment.lead-from-heading": "cchc import: lead lấy theo tiêu đề mục '{heading}'.",
    "import.comment.due-partial": "cchc import: văn bản ghi '{written}': chỉ phần này là thời "
                                  "hạn.",
    "import.comment.due-from-text": "cchc import: không có dòng 'Thời gian thực hiện' cho "
                                    "nhiệm vụ này: thời hạn lấy từ nội dung.",
    "import.comment.duty": "cchc import: chú thích {n} của nhiệm vụ {task} đặt ra việc định "
                           "kỳ: tách thành nhiệm vụ riêng.",
    "import.comment.indicator": "cchc import: chỉ tiêu của nhiệm vụ {task}: '{name}'.",
    "import.comment.frequency-task": "cchc import: tần suất {frequency}, theo thời hạn của "
                                     "nhiệm vụ.",
    "import.comment.frequency-duty": "cchc import: tần suất {frequency}, theo việc định kỳ ở "
                                     "chú thích.",
    "import.comment.frequency-default": "cchc import: văn bản không nêu tần suất: tạm ghi "
                                        "{frequency} (cần kiểm tra).",
    "import.comment.coordinator": "cchc import: cơ quan theo dõi, kiểm tra, đôn đốc thực hiện "
                                  "kế hoạch (nhiệm vụ {task}).",
    "import.comment.no-coordinator": "cchc import: văn bản không nêu cơ quan theo dõi, kiểm "
                                     "tra, đôn đốc: nếu có, hãy ghi coordinator: <mã đơn vị>.",
    "import.comment.period-span": "cchc import: thời kỳ theo 'giai đoạn' trong tên văn bản.",
    "import.comment.period-title": "cchc import: thời kỳ theo tên văn bản (năm {years}).",
    "import.comment.period-title-latest": "cchc import: tên văn bản nêu các năm {years}: lấy "
                                          "năm sau cùng.",
    "import.comment.period-deadlines": "cchc import: tên văn bản không nêu năm: lấy năm có "
                                       "nhiều thời hạn nhất.",
    "import.comment.period-issued": "cchc import: tên văn bản và thời hạn không nêu năm: lấy "
                                    "năm ban hành (năm sau, nếu ban hành vào tháng 12).",
    "import.footnote": "Chú thích {n}: {text}",
    # --- điểm cán bộ cần sửa ---
    "import.problem.unresolved": "nhiệm vụ {task}: '{written}' ({field}) không phải đơn vị "
                                 "hay nhóm nào của kho dữ liệu",
    "import.problem.no-lead": "nhiệm vụ {task}: không tìm thấy cơ quan chủ trì: hãy ghi lead",
    "import.problem.bad-due": "nhiệm vụ {task}: thời gian thực hiện '{written}' không phải "
                              "thời hạn cchc đọc được: hãy ghi due",
    "import.problem.no-due": "nhiệm vụ {task}: văn bản không nêu thời hạn: hãy ghi due",
    "import.problem.no-owner": "chỉ số {id}: nhiệm vụ của nó chưa có lead: hãy ghi owner",
    "import.problem.no-period": "period: không tìm thấy năm trong tên văn bản, các thời hạn "
                                "hay ngày ban hành: hãy ghi period",
}
