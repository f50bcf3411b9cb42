"""Trợ giúp tiếng Việt của dòng lệnh (`cchc --help`, `cchc LỆNH --help`).

Khóa và cách viết giống hệt `en_help.py`: đoạn đầu của `help.<lệnh>` là dòng tóm tắt trong
danh sách lệnh; các đoạn cách nhau một dòng trống. Không dùng dấu ngoặc vuông, ngoặc nhọn.
Tên tùy chọn, giá trị cần gõ (table, json, done...) và tên tệp giữ nguyên như khi gõ lệnh.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- chương trình và các tùy chọn dùng chung --------------------------------------------
    "help.app": "Theo dõi việc thực hiện các kế hoạch cải cách hành chính (CCHC) lưu dưới dạng "
                "YAML trong git: đơn vị nào chậm, chậm việc gì.",
    "help.opt.version": "In số phiên bản rồi thoát.",
    "help.opt.repo": "Thư mục gốc của kho dữ liệu (mặc định: CCHC_REPO, nếu không có thì thư "
                     "mục gần nhất chứa cchc.yaml, tìm từ thư mục hiện tại trở lên).",
    "help.opt.as-of": "Tính đến ngày này (31/3/2023 hoặc 2023-03-31; mặc định: hôm nay "
                      "theo giờ Việt Nam)",
    "help.opt.lang": "Ngôn ngữ của kết quả (mặc định: ngôn ngữ khai báo trong cchc.yaml, nếu "
                     "không có thì en).",
    "help.opt.plan": "Mã kế hoạch (có thể bỏ qua khi kho dữ liệu chỉ có một kế hoạch).",
    "help.opt.unit": "Mã, tên hoặc tên gọi khác của một đơn vị hay nhóm (\"UBND Phường 1\", "
                     "ubnd-phuong-1; không cần dấu nếu chỉ một đơn vị khớp); chọn nhóm là chọn "
                     "mọi đơn vị thuộc nhóm. Lệnh cchc units liệt kê các mã và tên.",
    "help.opt.no-cache": "Đọc lại mọi tệp từ đầu, không dùng bộ nhớ đệm các tệp đã kiểm tra "
                         "(CCHC_CACHE_DIR).",
    "help.opt.allow-errors": "Vẫn tính trên phần hợp lệ khi kho dữ liệu có lỗi; kết quả ghi "
                             "rõ là chưa đầy đủ.",
    "help.opt.list-format": "table (bảng), json, csv (UTF-8 có BOM) hoặc xlsx (bảng Excel: số "
                            "là số, ngày là ngày, dòng tiêu đề cố định có bộ lọc; dùng -o TỆP).",
    "help.opt.table-output": "Ghi kết quả (xlsx, csv, json) vào tệp này thay vì in ra.",
    # --- check ------------------------------------------------------------------------------
    "help.check": "Kiểm tra toàn bộ dữ liệu: cú pháp, lược đồ, tham chiếu, các quy tắc của "
                  "định dạng.",
    "help.check.format": "text (văn bản), json hoặc github (lệnh của GitHub Actions ghi chú "
                         "lỗi ngay trên pull request).",
    "help.check.strict": "Có cảnh báo cũng tính là không đạt.",
    # --- tasks, overdue, gaps, status, report ---------------------------------------------
    "help.tasks": "Liệt kê nhiệm vụ của các kế hoạch: mã, tên, đơn vị chủ trì, thời hạn.",
    "help.tasks.due-before": "Chỉ lấy nhiệm vụ có hạn đầu tiên vào hoặc trước ngày này (31/3/2023 "
                             "hoặc 2023-03-31).",
    "help.overdue": "Liệt kê mọi lượt nhiệm vụ (nhiệm vụ, đơn vị) đã quá hạn mà chưa hoàn thành.",
    "help.overdue.fail-on-overdue": "Trả mã thoát 1 khi có nhiệm vụ quá hạn.",
    "help.gaps": "Đối chiếu số liệu các chỉ số với chỉ tiêu, kể cả số liệu chưa báo cáo.",
    "help.gaps.period": "Kỳ cần xem (2023-03, 2023-Q1, 2023; mặc định: kỳ gần nhất đã kết thúc "
                        "tính đến ngày --as-of).",
    "help.status": "Bảng theo dõi hằng ngày của cán bộ: số lượt theo trạng thái, quá hạn, sắp "
                   "đến hạn, chậm cập nhật, đơn vị nợ nhiều nhất, chỉ số chưa đạt.",
    "help.status.format": "table (bảng theo dõi), json (cùng nội dung, dưới dạng dữ liệu) hoặc "
                          "xlsx (bảng Excel, mỗi bảng một trang tính; dùng -o TỆP).",
    "help.report": "Lập báo cáo tình hình thực hiện dạng Markdown, để gửi Ủy ban nhân dân và xem "
                   "trên trang web của kho git.",
    "help.report.output": "Ghi báo cáo vào tệp này (ví dụ "
                          "reports/188-kh-ubnd-2022/2023-Q1.md) thay vì in ra màn hình.",
    "help.report.format": "markdown (báo cáo để xem trên trang web của kho git) hoặc docx (văn "
                          "bản Word theo thể thức Nghị định 30/2020/NĐ-CP; dùng -o TỆP.docx).",
    "help.remind.format": "markdown (mỗi đơn vị một công văn, kèm danh sách) hoặc docx (công "
                          "văn Word theo thể thức Nghị định 30/2020/NĐ-CP).",
    # --- update, measure --------------------------------------------------------------------
    "help.update": "Ghi nhận tiến độ thực hiện một nhiệm vụ, thành một tệp mới trong updates/.",
    "help.update.task": "Mã nhiệm vụ, ví dụ 1.2.4.",
    "help.update.unit": "Đơn vị báo cáo: mã, tên hoặc tên gọi khác (cchc units liệt kê).",
    "help.update.status": "đang thực hiện, hoàn thành hoặc vướng mắc (hoặc in-progress, done, "
                          "blocked); không phân biệt hoa thường, dấu có thể bỏ.",
    "help.update.date": "Ngày báo cáo, 31/3/2023 hoặc 2023-03-31 (mặc định: ngày tính đến, "
                        "theo --as-of).",
    "help.update.period": "Với nhiệm vụ định kỳ: kỳ được báo cáo (2023-03 hay \"tháng 3/2023\", "
                          "2023-Q1, 2023-H1, 2023). Với nhiệm vụ hằng ngày, một tháng "
                          "(2023-03) là cả các ngày của tháng đó.",
    "help.update.note": "Ghi chú ngắn về tiến độ, ví dụ việc đang vướng mắc.",
    "help.update.evidence": "Văn bản chứng minh kết quả thực hiện; có nhiều văn bản thì lặp "
                            "lại tùy chọn này.",
    "help.measure": "Ghi nhận số liệu của một chỉ số, thành một tệp mới trong measurements/.",
    "help.measure.indicator": "Mã hoặc tên chỉ số (không cần dấu nếu chỉ một chỉ số khớp).",
    "help.measure.value": "Giá trị: 96,2 hoặc 96,2% hoặc 96.2 (điểm phần trăm với chỉ tiêu %); "
                          "số âm viết thẳng, ví dụ -3.",
    "help.measure.period": "Tháng, quý hoặc năm của số liệu (2023-03, 2023-Q1, 2023).",
    "help.measure.unit": "Đơn vị được đo (với chỉ số đo theo từng đơn vị): mã, tên hoặc tên "
                         "gọi khác (cchc units liệt kê); không nhận nhóm.",
    "help.measure.source": "Nguồn của số liệu.",
    # --- calendar ---------------------------------------------------------------------------
    "help.calendar": "Xuất tệp lịch iCalendar (.ics) gồm các thời hạn chưa hoàn thành, để nhập vào "
                     "ứng dụng lịch.\n\n"
                     "Mỗi thời hạn còn mở, và mỗi kỳ còn mở của nhiệm vụ định kỳ, là một sự "
                     "kiện cả ngày cho từng đơn vị chịu trách nhiệm. Mã UID không đổi giữa các "
                     "lần xuất: nhập tệp mới hơn sẽ cập nhật sự kiện đã có chứ không tạo bản "
                     "trùng.",
    "help.calendar.output": "Ghi lịch vào tệp này (ví dụ cchc.ics) thay vì in ra màn hình.",
    # --- diff -------------------------------------------------------------------------------
    "help.diff": "So sánh kế hoạch giữa hai phiên bản git: nhiệm vụ, thời hạn, đơn vị chủ "
                 "trì, chỉ tiêu, báo cáo tiến độ và số liệu.\n\n"
                 "Dùng để rà soát thay đổi; với --fail-on-loosening, dùng để chặn pull request "
                 "làm lỏng kế hoạch.",
    "help.diff.rev1": "Phiên bản gốc để so sánh (origin/main, HEAD~1, một thẻ, một mã commit).",
    "help.diff.rev2": "Phiên bản so sánh với phiên bản gốc (mặc định: thư mục làm việc, tức "
                      "các tệp hiện có trên máy).",
    "help.diff.plan": "Chỉ xem kế hoạch này (mặc định: mọi kế hoạch).",
    "help.diff.format": "table (bảng) hoặc json.",
    "help.diff.fail-on-loosening": "Trả mã thoát 1 khi có thời hạn bị lùi, chỉ tiêu bị hạ, "
                                   "nhiệm vụ bị xóa, hoặc báo cáo tiến độ, số liệu đã có bị sửa "
                                   "hay xóa: dùng để kiểm soát pull request.",
    # --- import -----------------------------------------------------------------------------
    "help.import": "Chuyển văn bản kế hoạch (.txt, .md, .docx) thành bản nháp plan.yaml để cán "
                   "bộ rà soát.\n\n"
                   "Đọc phần đầu văn bản, các mục và nhiệm vụ, thời hạn, cơ quan thực hiện và "
                   "chỉ tiêu.\n\n"
                   "Tên cơ quan, đơn vị được đối chiếu với danh sách đơn vị của kho dữ liệu; "
                   "bản nháp được kiểm tra như lệnh cchc check.\n\n"
                   "Mã thoát 0: bản nháp đạt yêu cầu; 1: liệt kê những chỗ cần sửa, kèm số "
                   "dòng; 2: không đọc được văn bản.",
    "help.import.file": "Văn bản kế hoạch: .txt, .md hoặc .docx.",
    "help.import.output": "Ghi bản nháp vào tệp mới này (ví dụ "
                          "plans/188-kh-ubnd-2022/plan.yaml) thay vì in ra màn hình; không bao "
                          "giờ ghi đè tệp đã có.",
    # --- init -------------------------------------------------------------------------------
    "help.init": "Tạo kho dữ liệu mới, hợp lệ cho một địa phương khác, trong một thư mục mới "
                 "hoặc thư mục trống.\n\n"
                 "Kho gồm cấu hình, danh sách đơn vị, khung kế hoạch, README hướng dẫn cán bộ, "
                 ".gitignore và các JSON Schema.\n\n"
                 "Không bao giờ ghi đè: thư mục đã có tệp sẽ bị từ chối.",
    "help.init.dir": "Thư mục của kho dữ liệu mới: chưa có, hoặc đang trống.",
    "help.init.name": "Tên địa phương, như ghi ở đầu báo cáo (mặc định: tên thư mục).",
    "help.init.lang": "Ngôn ngữ của kho dữ liệu: cấu hình, chú thích, README và thông báo "
                      "(mặc định: vi, tiếng Việt; --lang en cho tiếng Anh).",
    "help.init.plan": "Mã của khung kế hoạch (mặc định: kh-cchc-NĂM).",
    "help.init.period": "Năm thực hiện của khung kế hoạch, ví dụ 2024 (mặc định: năm hiện tại).",
    # --- remind -----------------------------------------------------------------------------
    "help.remind": "Lập công văn đôn đốc các đơn vị còn nợ việc, mỗi đơn vị một tệp "
                   "Markdown hoặc Word.\n\n"
                   "Đơn vị nhận công văn khi có nhiệm vụ quá hạn, nhiệm vụ sắp đến hạn, hoặc "
                   "chưa báo cáo số liệu chỉ số của kỳ gần nhất. Thư mục còn có README.md, "
                   "danh sách các công văn. In ra từng tệp đã ghi, mỗi tệp một dòng.",
    "help.remind.out": "Thư mục ghi công văn (tự tạo nếu chưa có), ví dụ "
                       "reports/nhac-nho/2023-03.",
    # --- form, collect ----------------------------------------------------------------------
    "help.form": "Lập biểu mẫu Excel để đơn vị điền: các nhiệm vụ còn mở, hoặc bảng số liệu "
                 "chỉ số.\n\n"
                 "cchc form --unit ĐƠN_VỊ -o TỆP.xlsx: mỗi nhiệm vụ còn mở của đơn vị một dòng, "
                 "để điền tình trạng (chọn trong danh sách), ngày, minh chứng, ghi chú.\n\n"
                 "cchc form --readings --period KỲ -o TỆP.xlsx: bảng đơn vị theo chỉ số của "
                 "kỳ đó.\n\n"
                 "cchc collect đọc lại biểu mẫu đã điền (docs/documents.md).",
    "help.form.unit": "Đơn vị của biểu mẫu tiến độ (với --readings: chỉ lấy các chỉ số do đơn "
                      "vị này theo dõi).",
    "help.form.readings": "Lập bảng số liệu (đơn vị theo chỉ số) thay cho biểu mẫu tiến độ.",
    "help.form.period": "Với --readings: kỳ số liệu (2023-03, 2023-Q1, 2023).",
    "help.form.output": "Tệp .xlsx cần ghi.",
    "help.collect": "Đọc lại các biểu mẫu Excel đã điền của cchc form, ghi thành tệp báo cáo "
                    "mới.\n\n"
                    "Mỗi dòng được kiểm tra theo đúng quy tắc của update và measure; mỗi lỗi "
                    "nêu rõ trang tính, dòng và cột. Mỗi biểu mẫu một tệp mới; biểu mẫu có dòng "
                    "sai thì không ghi gì (trừ khi --skip-bad). Dòng không đổi và nội dung đã "
                    "có trong kho dữ liệu được bỏ qua.",
    "help.collect.files": "Các biểu mẫu đã điền (.xlsx).",
    "help.collect.unit": "Từ chối biểu mẫu lập cho đơn vị khác (hoặc ngoài nhóm).",
    "help.collect.skip-bad": "Ghi các dòng đúng của biểu mẫu và liệt kê các dòng bỏ qua.",
    "help.collect.dry-run": "Chỉ cho xem những gì sẽ ghi; không ghi gì.",
    # --- schema -----------------------------------------------------------------------------
    "help.schema": "In lược đồ JSON Schema (draft 2020-12) của một loại tệp, dùng cho trình "
                   "soạn thảo và CI.\n\n"
                   "Không đọc kho dữ liệu nào: lược đồ như nhau cho mọi kho.\n\n"
                   "Các bản trong schema/ chính là kết quả của lệnh này: cchc schema plan > "
                   "schema/plan.schema.json",
    "help.schema.kind": "Loại tệp: plan (kế hoạch), units (đơn vị), updates (báo cáo tiến độ), "
                        "measurements (số liệu) hoặc config (cấu hình).",
    "help.schema.lang": "Ngôn ngữ của tiêu đề và phần mô tả (mặc định: en; không đọc kho dữ "
                        "liệu).",
    "help.site": "Lập trang web tĩnh về tình hình thực hiện trong một thư mục: tổng quan, trang "
                 "cho từng đơn vị, nhiệm vụ và chỉ số, biểu đồ theo tháng; mở trực tiếp từ "
                 "file:// không cần máy chủ.",
    "help.site.output": "Thư mục ghi trang web (mới, trống, hoặc trang đã lập trước đó), ví dụ "
                        "site/.",
    "help.site.format": "html (các trang HTML, CSS và một đoạn mã nhỏ, mọi tệp đều ở máy).",
    # --- Typer's and Click's own words on a help page (cchc/cli/help.py) ------------------
    "cli.arguments": "Đối số",
    "cli.options": "Tùy chọn",
    "cli.commands": "Lệnh",
    "cli.required": "[bắt buộc]",
    "cli.default": "[mặc định: {value}]",
    "cli.envvar": "[biến môi trường: {name}]",
    "cli.deprecated": "(không còn dùng)",
    "cli.help-option": "In hướng dẫn này rồi thoát.",
    "cli.install-completion": "Cài đặt tính năng gợi ý tự hoàn thành lệnh cho shell đang dùng.",
    "cli.show-completion": "In đoạn mã gợi ý tự hoàn thành lệnh của shell đang dùng, để chép "
                           "hoặc tự cài đặt.",
    "cli.subcommand": "LỆNH [ĐỐI_SỐ]...",
    # what to type after an option (`--date NGÀY`), an argument's name
    "cli.metavar.DATE": "NGÀY",
    "cli.metavar.DIR": "THƯ_MỤC",
    "cli.metavar.FILE": "TỆP",
    "cli.metavar.FILE.xlsx": "TỆP.xlsx",
    "cli.metavar.INDICATOR": "CHỈ_SỐ",
    "cli.metavar.KIND": "LOẠI",
    "cli.metavar.NAME": "TÊN",
    "cli.metavar.PATH": "ĐƯỜNG_DẪN",
    "cli.metavar.PERIOD": "KỲ",
    "cli.metavar.PLAN": "KẾ_HOẠCH",
    "cli.metavar.REV1": "PHIÊN_BẢN_1",
    "cli.metavar.REV2": "PHIÊN_BẢN_2",
    "cli.metavar.SEARCH": "TỪ_KHÓA",
    "cli.metavar.STATUS": "TRẠNG_THÁI",
    "cli.metavar.TASK": "NHIỆM_VỤ",
    "cli.metavar.TEXT": "NỘI_DUNG",
    "cli.metavar.UNIT": "ĐƠN_VỊ",
    "cli.metavar.VALUE": "GIÁ_TRỊ",
    "cli.metavar.YEAR": "NĂM",
}
