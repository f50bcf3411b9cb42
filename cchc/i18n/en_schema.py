"""English titles and descriptions of the JSON Schemas (`cchc schema KIND`).

Editors show these when the clerk hovers over a key or completes one. Keys and placeholders
match `vi_schema.py` exactly. `schema.field.<Model>.<field>` describes one key of a model;
a test holds the catalogue to the models, so a new field needs its description here.
"""

from __future__ import annotations

_UNIT_ID = "lowercase ASCII letters, digits and single hyphens (phong-noi-vu)"
_TASK_ID = "the document's own numbering: 1.2.7, III.2; quote it (\"1.10\") so YAML keeps it text"
_PERIOD = ("a day (2023-03-15), a month (2023-03), a quarter (2023-Q1), a half-year (2023-H1) "
           "or a year (2023), or a Vietnamese form such as 'tháng 3/2023', 'quý I/2023'")

MESSAGES: dict[str, str] = {
    "schema.title.plan": "cchc plan (plans/<plan>/plan.yaml)",
    "schema.description.plan": "One plan: its metadata, sections, tasks and indicators.",
    "schema.title.units": "cchc units and groups (units/*.yaml)",
    "schema.description.units": "Units and groups; all units/*.yaml files are merged. An id is "
                                "unique across every unit and group of the repository.",
    "schema.title.updates": "cchc progress records (plans/<plan>/updates/**/*.yaml)",
    "schema.description.updates": "One progress record, or a list of records. Write a new "
                                  "file for each submission (cchc update does) and never edit "
                                  "another unit's file.",
    "schema.title.measurements": "cchc indicator readings (plans/<plan>/measurements/**/*.yaml)",
    "schema.description.measurements": "The readings of one period, from one source.",
    "schema.title.config": "cchc settings (cchc.yaml)",
    "schema.description.config": "The repository's settings; every key is optional.",
    # --- models (items of lists) ----------------------------------------------------------
    "schema.model.Unit": "A unit: a department, agency, service unit, ward, commune or township.",
    "schema.model.Group": "A named group of units or of other groups (UBND các phường, xã).",
    "schema.model.Section": "A section of the plan's content (1.1, 1.2, III).",
    "schema.model.Task": "A task: who leads it, who supports it, and by when.",
    "schema.model.Indicator": "An indicator with a target, measured per unit or for the "
                              "whole locality.",
    "schema.model.Record": "A unit's report of progress on one task.",
    "schema.model.Reading": "One value of one indicator.",
    "schema.model.Letterhead": "The sender printed on the Word documents (Decree 30/2020/NĐ-CP "
                               "letterhead and signature); every key is optional.",
    # --- cchc.yaml --------------------------------------------------------------------------
    "schema.field.Config.name": "The locality, shown in report headers (UBND thành phố Tây "
                                "Ninh). Default: the repository folder's name.",
    "schema.field.Config.language": "vi or en: the language of everything cchc prints and "
                                    "writes (--lang overrides). Default: en.",
    "schema.field.Config.due_soon_days": "How many days ahead counts as 'due soon'. "
                                         "Default: 14.",
    "schema.field.Config.stale_after_days": "An ongoing task is stale for a unit with no "
                                            "record for this many days. Default: 90.",
    "schema.field.Config.require_evidence": "true: a done record without evidence is an "
                                            "error, not a warning. Default: false.",
    "schema.field.Config.letterhead": "The letterhead and signature of the Word documents "
                                      "(report, reminder letters). Default: the plan's issuer "
                                      "and coordinator, number and signer left blank.",
    "schema.field.Letterhead.parent": "The parent body, printed in capitals above the issuing "
                                      "office (UBND thành phố Tây Ninh).",
    "schema.field.Letterhead.office": "The issuing office, printed in bold capitals "
                                      "(Phòng Nội vụ). Default: the plan's coordinator.",
    "schema.field.Letterhead.abbreviation": "The office's abbreviation in document numbers "
                                            "(PNV gives Số: …/BC-PNV).",
    "schema.field.Letterhead.place": "The place of the date line (Tây Ninh). Default: read "
                                     "from the locality's name.",
    "schema.field.Letterhead.signer_title": "The signer's title (Trưởng phòng), printed in "
                                            "bold capitals.",
    "schema.field.Letterhead.signer_name": "The signer's full name. Default: a blank line.",
    "schema.field.Letterhead.copy_to": "Other recipients listed under 'Nơi nhận', before "
                                       "'Lưu: VT'.",
    # --- units/*.yaml -----------------------------------------------------------------------
    "schema.field.UnitsFile.units": "The units.",
    "schema.field.UnitsFile.groups": "The groups: names for several units at once.",
    "schema.field.Unit.id": "The unit's id: " + _UNIT_ID + ".",
    "schema.field.Unit.name": "The unit's name as documents write it (Phòng Nội vụ).",
    "schema.field.Unit.kind": "department, agency, service-unit, ward, commune, "
                              "township (thị trấn) or other.",
    "schema.field.Unit.aliases": "Other names used in documents (PNV, Phòng Nội vụ thành phố).",
    "schema.field.Unit.until": "The last day the unit existed (YYYY-MM-DD): it owes nothing "
                               "that falls due after it.",
    "schema.field.Unit.successor": "With until: the unit that took over.",
    "schema.field.Group.id": "The group's id: " + _UNIT_ID + ".",
    "schema.field.Group.name": "The group's name (UBND các phường, xã).",
    "schema.field.Group.members": "Unit or group ids; at least one.",
    # --- plans/<plan>/plan.yaml -------------------------------------------------------------
    "schema.field.Plan.number": "The document's own number, as written (188/KH-UBND).",
    "schema.field.Plan.title": "The document's title.",
    "schema.field.Plan.issuer": "Who issued it (UBND thành phố Tây Ninh).",
    "schema.field.Plan.issued": "The date of issue (YYYY-MM-DD).",
    "schema.field.Plan.period": "Required. The period the plan covers: a year (2023), "
                                "{{start: 2023-01-01, end: 2023-12-31}}, or another period "
                                "form such as 'năm 2023' or 2023-H1.",
    "schema.field.PeriodRange.start": "The first day of the plan (YYYY-MM-DD).",
    "schema.field.PeriodRange.end": "The last day of the plan (YYYY-MM-DD).",
    "schema.field.Plan.coordinator": "The unit that monitors the plan (cơ quan đầu mối).",
    "schema.field.Plan.bases": "The documents the plan rests on (Căn cứ).",
    "schema.field.Plan.sections": "The sections of the plan's content.",
    "schema.field.Plan.tasks": "The tasks.",
    "schema.field.Plan.indicators": "The indicators and their targets.",
    "schema.field.Section.id": "The section's number: " + _TASK_ID + ".",
    "schema.field.Section.title": "The section's heading.",
    "schema.field.Section.frameworks": "Frameworks it serves (PAR INDEX, SIPAS).",
    "schema.field.Task.id": "The task's number: " + _TASK_ID + ".",
    "schema.field.Task.section": "The id of the section it belongs to.",
    "schema.field.Task.title": "A short title.",
    "schema.field.Task.text": "The full wording of the document.",
    "schema.field.Task.lead": "Required. The lead (chủ trì): a unit or group id, or a list of "
                              "them (co-leads). A group's units each answer for the task.",
    "schema.field.Task.support": "Units or groups that support (phối hợp).",
    "schema.field.Task.due": "Required. The deadline: 2023-03-15, 2023-02, 2023-Q1, 2023-H1, "
                             "2023, ongoing, daily, weekly, monthly, quarterly, half-yearly, "
                             "yearly, "
                             "RRULE:FREQ=MONTHLY;BYMONTHDAY=25, or a Vietnamese form such as "
                             "'trước ngày 15/3/2023', 'trong tháng 2/2023', 'quý I năm 2023', "
                             "'6 tháng cuối năm 2023', 'cuối năm 2023', 'thường xuyên', "
                             "'hàng tháng', "
                             "'định kỳ 6 tháng', 'trước ngày 20 hằng tháng'.",
    "schema.field.Task.indicators": "Ids of the indicators this task drives.",
    "schema.field.Task.note": "A note.",
    "schema.field.Indicator.id": "The indicator's id: " + _UNIT_ID + ".",
    "schema.field.Indicator.name": "The indicator's name.",
    "schema.field.Indicator.framework": "The framework it comes from (766/QĐ-TTg).",
    "schema.field.Indicator.target": "Required. One of > >= < <= = ≥ ≤ (or the words trên, "
                                     "từ, dưới, không quá, tối đa, tối thiểu, đạt) then a "
                                     "number (decimal point or comma), optionally %: '> 95%', "
                                     "'trên 80%', 'không quá 10'. Quote it.",
    "schema.field.Indicator.per": "unit: one reading per measured unit (default); locality: "
                                  "one reading in all.",
    "schema.field.Indicator.units": "With per: unit, the units or groups measured (default: "
                                    "every unit).",
    "schema.field.Indicator.frequency": "How often a reading is due: monthly, quarterly or "
                                        "yearly (default).",
    "schema.field.Indicator.owner": "Required. The unit that answers for the indicator.",
    # --- updates ------------------------------------------------------------------------------
    "schema.field.Record.task": "Required. The task's id (quote it: \"1.2.4\").",
    "schema.field.Record.unit": "Required. The unit reporting: one of the task's leads or "
                                "supporting units.",
    "schema.field.Record.date": "Required. When the work was reported (YYYY-MM-DD).",
    "schema.field.Record.status": "Required. in-progress, done or blocked.",
    "schema.field.Record.period": "For recurring tasks, the period covered: " + _PERIOD + ".",
    "schema.field.Record.note": "A note.",
    "schema.field.Record.evidence": "The documents that prove the work (Kế hoạch số "
                                    "45/KH-UBND ngày 10/3/2023).",
    # --- measurements -----------------------------------------------------------------------
    "schema.field.MeasurementsFile.period": "Required. The month (2023-03), quarter (2023-Q1) "
                                            "or year (2023) measured.",
    "schema.field.MeasurementsFile.source": "Where the values come from (Cổng Dịch vụ công "
                                            "quốc gia).",
    "schema.field.MeasurementsFile.values": "The readings.",
    "schema.field.Reading.indicator": "Required. The indicator's id.",
    "schema.field.Reading.unit": "The unit measured: required for per: unit, absent for "
                                 "per: locality.",
    "schema.field.Reading.value": "Required. A number; for % targets, percent points (96.2 "
                                  "means 96.2%).",
}
