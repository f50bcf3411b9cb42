"""Tiêu đề và mô tả tiếng Việt của các JSON Schema (`cchc schema KIND --lang vi`).

Vietnamese titles and descriptions of the JSON Schemas; keys and placeholders match
`en_schema.py` exactly.
"""

from __future__ import annotations

_UNIT_ID = "chữ thường ASCII (không dấu), chữ số và dấu gạch nối đơn (phong-noi-vu)"
_TASK_ID = ("số thứ tự theo văn bản: 1.2.7, III.2; đặt trong dấu ngoặc kép (\"1.10\") để YAML "
            "giữ nguyên dạng chữ")
_PERIOD = ("một ngày (2023-03-15), một tháng (2023-03), một quý (2023-Q1), 6 tháng (2023-H1) "
           "hoặc một năm (2023), hoặc cách viết tiếng Việt như 'tháng 3/2023', 'quý I/2023'")

MESSAGES: dict[str, str] = {
    "schema.title.plan": "Kế hoạch cchc (plans/<plan>/plan.yaml)",
    "schema.description.plan": "Một kế hoạch: thông tin văn bản, các mục, nhiệm vụ và chỉ số.",
    "schema.title.units": "Đơn vị và nhóm đơn vị của cchc (units/*.yaml)",
    "schema.description.units": "Các đơn vị và nhóm đơn vị; mọi tệp units/*.yaml được gộp "
                                "lại. Mỗi mã (id) là duy nhất trong toàn bộ kho dữ liệu.",
    "schema.title.updates": "Báo cáo tiến độ của cchc (plans/<plan>/updates/**/*.yaml)",
    "schema.description.updates": "Một báo cáo tiến độ, hoặc một danh sách báo cáo. Mỗi lần "
                                  "báo cáo ghi một tệp mới (lệnh cchc update làm việc này); "
                                  "không sửa tệp của đơn vị khác.",
    "schema.title.measurements": "Số liệu chỉ số của cchc "
                                 "(plans/<plan>/measurements/**/*.yaml)",
    "schema.description.measurements": "Số liệu của một kỳ, từ một nguồn.",
    "schema.title.config": "Cấu hình cchc (cchc.yaml)",
    "schema.description.config": "Cấu hình của kho dữ liệu; mọi khóa đều không bắt buộc.",
    # --- models (items of lists) ----------------------------------------------------------
    "schema.model.Unit": "Một đơn vị: phòng, ban, cơ quan, đơn vị sự nghiệp, phường hoặc xã.",
    "schema.model.Group": "Một nhóm đơn vị có tên gọi chung (UBND các phường, xã).",
    "schema.model.Section": "Một mục nội dung của kế hoạch (1.1, 1.2, III).",
    "schema.model.Task": "Một nhiệm vụ: đơn vị chủ trì, đơn vị phối hợp và thời hạn.",
    "schema.model.Indicator": "Một chỉ số có chỉ tiêu, đo theo từng đơn vị hoặc chung cho cả "
                              "địa phương.",
    "schema.model.Record": "Báo cáo tiến độ của một đơn vị về một nhiệm vụ.",
    "schema.model.Reading": "Một giá trị của một chỉ số.",
    "schema.model.Letterhead": "Cơ quan gửi in trên văn bản Word (tiêu đề và chữ ký theo Nghị "
                               "định 30/2020/NĐ-CP); mọi khóa đều không bắt buộc.",
    # --- cchc.yaml --------------------------------------------------------------------------
    "schema.field.Config.name": "Tên địa phương, ghi ở đầu báo cáo (UBND thành phố Tây Ninh). "
                                "Mặc định: tên thư mục của kho dữ liệu.",
    "schema.field.Config.language": "vi hoặc en: ngôn ngữ của mọi nội dung cchc in ra và ghi "
                                    "ra (--lang ghi đè). Mặc định: en.",
    "schema.field.Config.due_soon_days": "Số ngày tính là 'sắp đến hạn'. Mặc định: 14.",
    "schema.field.Config.stale_after_days": "Nhiệm vụ thường xuyên bị coi là 'chậm cập nhật' "
                                            "với đơn vị không có báo cáo nào trong số ngày "
                                            "này. Mặc định: 90.",
    "schema.field.Config.require_evidence": "true: báo cáo 'done' không có minh chứng là lỗi, "
                                            "không chỉ là cảnh báo. Mặc định: false.",
    "schema.field.Config.letterhead": "Tiêu đề và chữ ký của văn bản Word (báo cáo, công văn "
                                      "đôn đốc). Mặc định: cơ quan ban hành và đơn vị theo dõi "
                                      "của kế hoạch, để trống số văn bản và người ký.",
    "schema.field.Letterhead.parent": "Tên cơ quan chủ quản, in hoa, trên tên cơ quan ban hành "
                                      "(UBND thành phố Tây Ninh).",
    "schema.field.Letterhead.office": "Tên cơ quan ban hành văn bản, in hoa đậm (Phòng Nội "
                                      "vụ). Mặc định: đơn vị theo dõi của kế hoạch.",
    "schema.field.Letterhead.abbreviation": "Chữ viết tắt tên cơ quan trong ký hiệu văn bản "
                                            "(PNV cho Số: …/BC-PNV).",
    "schema.field.Letterhead.place": "Địa danh ở dòng ngày tháng (Tây Ninh). Mặc định: lấy từ "
                                     "tên địa phương.",
    "schema.field.Letterhead.signer_title": "Chức vụ người ký (Trưởng phòng), in hoa đậm.",
    "schema.field.Letterhead.signer_name": "Họ và tên người ký. Mặc định: để trống.",
    "schema.field.Letterhead.copy_to": "Các nơi nhận khác trong mục 'Nơi nhận', trước "
                                       "'Lưu: VT'.",
    # --- units/*.yaml -----------------------------------------------------------------------
    "schema.field.UnitsFile.units": "Các đơn vị.",
    "schema.field.UnitsFile.groups": "Các nhóm: một tên gọi cho nhiều đơn vị.",
    "schema.field.Unit.id": "Mã đơn vị: " + _UNIT_ID + ".",
    "schema.field.Unit.name": "Tên đơn vị như văn bản ghi (Phòng Nội vụ).",
    "schema.field.Unit.kind": "Loại đơn vị: department (phòng, ban), agency (cơ quan), "
                              "service-unit (đơn vị sự nghiệp), ward (phường), commune (xã), "
                              "township (thị trấn) hoặc other (khác).",
    "schema.field.Unit.aliases": "Các tên gọi khác dùng trong văn bản (PNV, Phòng Nội vụ "
                                 "thành phố).",
    "schema.field.Unit.until": "Ngày cuối cùng đơn vị còn tồn tại (YYYY-MM-DD): đơn vị không "
                               "còn nghĩa vụ nào đến hạn sau ngày đó.",
    "schema.field.Unit.successor": "Đi cùng until: đơn vị tiếp nhận nhiệm vụ.",
    "schema.field.Group.id": "Mã nhóm: " + _UNIT_ID + ".",
    "schema.field.Group.name": "Tên nhóm (UBND các phường, xã).",
    "schema.field.Group.members": "Mã các đơn vị hoặc nhóm thành viên; ít nhất một.",
    # --- plans/<plan>/plan.yaml -------------------------------------------------------------
    "schema.field.Plan.number": "Số hiệu văn bản, ghi như trên văn bản (188/KH-UBND).",
    "schema.field.Plan.title": "Trích yếu của văn bản.",
    "schema.field.Plan.issuer": "Cơ quan ban hành (UBND thành phố Tây Ninh).",
    "schema.field.Plan.issued": "Ngày ban hành (YYYY-MM-DD).",
    "schema.field.Plan.period": "Bắt buộc. Thời gian thực hiện kế hoạch: một năm (2023), "
                                "{{start: 2023-01-01, end: 2023-12-31}}, hoặc cách viết kỳ "
                                "khác như 'năm 2023', 2023-H1.",
    "schema.field.PeriodRange.start": "Ngày bắt đầu (YYYY-MM-DD).",
    "schema.field.PeriodRange.end": "Ngày kết thúc (YYYY-MM-DD).",
    "schema.field.Plan.coordinator": "Cơ quan đầu mối theo dõi, đôn đốc kế hoạch.",
    "schema.field.Plan.bases": "Các văn bản làm căn cứ (Căn cứ).",
    "schema.field.Plan.sections": "Các mục nội dung của kế hoạch.",
    "schema.field.Plan.tasks": "Các nhiệm vụ.",
    "schema.field.Plan.indicators": "Các chỉ số và chỉ tiêu.",
    "schema.field.Section.id": "Số mục: " + _TASK_ID + ".",
    "schema.field.Section.title": "Tên mục.",
    "schema.field.Section.frameworks": "Bộ chỉ số liên quan (PAR INDEX, SIPAS).",
    "schema.field.Task.id": "Số nhiệm vụ: " + _TASK_ID + ".",
    "schema.field.Task.section": "Mã mục chứa nhiệm vụ.",
    "schema.field.Task.title": "Tên ngắn gọn của nhiệm vụ.",
    "schema.field.Task.text": "Nguyên văn nội dung trong văn bản.",
    "schema.field.Task.lead": "Bắt buộc. Đơn vị chủ trì: mã một đơn vị hoặc nhóm, hoặc danh "
                              "sách (đồng chủ trì). Mỗi đơn vị trong nhóm đều chịu trách nhiệm.",
    "schema.field.Task.support": "Các đơn vị hoặc nhóm phối hợp.",
    "schema.field.Task.due": "Bắt buộc. Thời hạn: 2023-03-15, 2023-02, 2023-Q1, 2023-H1, "
                             "2023, ongoing, daily, weekly, monthly, quarterly, half-yearly, "
                             "yearly, "
                             "RRULE:FREQ=MONTHLY;BYMONTHDAY=25, hoặc cách viết tiếng Việt như "
                             "'trước ngày 15/3/2023', 'trong tháng 2/2023', 'quý I năm 2023', "
                             "'6 tháng cuối năm 2023', 'cuối năm 2023', 'thường xuyên', "
                             "'hàng tháng', "
                             "'định kỳ 6 tháng', 'trước ngày 20 hằng tháng'.",
    "schema.field.Task.indicators": "Mã các chỉ số mà nhiệm vụ góp phần nâng cao.",
    "schema.field.Task.note": "Ghi chú.",
    "schema.field.Indicator.id": "Mã chỉ số: " + _UNIT_ID + ".",
    "schema.field.Indicator.name": "Tên chỉ số.",
    "schema.field.Indicator.framework": "Văn bản hoặc bộ chỉ số gốc (766/QĐ-TTg).",
    "schema.field.Indicator.target": "Bắt buộc. Một trong > >= < <= = ≥ ≤ (hoặc các từ trên, "
                                     "từ, dưới, không quá, tối đa, tối thiểu, đạt) rồi một số "
                                     "(dấu chấm hoặc dấu phẩy thập phân), có thể kèm %: "
                                     "'> 95%', 'trên 80%', 'không quá 10'. Đặt trong dấu "
                                     "ngoặc kép.",
    "schema.field.Indicator.per": "unit: mỗi đơn vị được đo một số liệu (mặc định); locality: "
                                  "một số liệu chung cho cả địa phương.",
    "schema.field.Indicator.units": "Với per: unit, các đơn vị hoặc nhóm được đo (mặc định: "
                                    "mọi đơn vị).",
    "schema.field.Indicator.frequency": "Tần suất có số liệu: monthly (hàng tháng), quarterly "
                                        "(hàng quý) hoặc yearly (hàng năm, mặc định).",
    "schema.field.Indicator.owner": "Bắt buộc. Đơn vị chịu trách nhiệm về chỉ số.",
    # --- updates ------------------------------------------------------------------------------
    "schema.field.Record.task": "Bắt buộc. Mã nhiệm vụ (đặt trong ngoặc kép: \"1.2.4\").",
    "schema.field.Record.unit": "Bắt buộc. Đơn vị báo cáo: đơn vị chủ trì hoặc phối hợp của "
                                "nhiệm vụ.",
    "schema.field.Record.date": "Bắt buộc. Ngày báo cáo (YYYY-MM-DD).",
    "schema.field.Record.status": "Bắt buộc. in-progress (đang thực hiện), done (hoàn thành) "
                                  "hoặc blocked (vướng mắc).",
    "schema.field.Record.period": "Với nhiệm vụ định kỳ, kỳ được báo cáo: " + _PERIOD + ".",
    "schema.field.Record.note": "Ghi chú.",
    "schema.field.Record.evidence": "Các văn bản minh chứng (Kế hoạch số 45/KH-UBND ngày "
                                    "10/3/2023).",
    # --- measurements -----------------------------------------------------------------------
    "schema.field.MeasurementsFile.period": "Bắt buộc. Tháng (2023-03), quý (2023-Q1) hoặc năm "
                                            "(2023) được đo.",
    "schema.field.MeasurementsFile.source": "Nguồn số liệu (Cổng Dịch vụ công quốc gia).",
    "schema.field.MeasurementsFile.values": "Các số liệu.",
    "schema.field.Reading.indicator": "Bắt buộc. Mã chỉ số.",
    "schema.field.Reading.unit": "Đơn vị được đo: bắt buộc với per: unit, bỏ trống với "
                                 "per: locality.",
    "schema.field.Reading.value": "Bắt buộc. Một số; với chỉ tiêu %, ghi số phần trăm (96.2 là "
                                  "96,2%).",
}
