"""Thông điệp tiếng Việt của `cchc calendar`. Khóa và chỗ điền giống hệt `en_calendar.py`."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # Tên đơn vị, tên nhiệm vụ và số kế hoạch là dữ liệu, giữ nguyên như đã ghi.
    "calendar.summary": "[{number}] {task} — {unit}: {title}",
    "calendar.summary-untitled": "[{number}] {task} — {unit}",
    "calendar.summary-period": "{summary} ({period})",
    "calendar.week": "tuần {week}/{year}",
    "calendar.desc-plan": "Kế hoạch {number}: {title}",
    "calendar.desc-task": "Nhiệm vụ {task}: {title}",
    "calendar.desc-unit": "Đơn vị chủ trì: {unit}",
    "calendar.desc-deadline": "Thời hạn theo kế hoạch: {written}",
    "calendar.desc-occurrence": "Kỳ này từ {start} đến {end}",
    "calendar.desc-overdue": "Tính đến {date}: quá hạn {days} ngày",
    "calendar.desc-due-today": "Tính đến {date}: đến hạn hôm nay",
    "calendar.desc-due-in": "Tính đến {date}: còn {days} ngày đến hạn",
    "calendar.name": "{locality}: kế hoạch {plans}",
    "calendar.name-unit": "{name} — {unit}",
    "calendar.caldesc": "{count} thời hạn chưa hoàn thành tính đến {date}, lập từ các tệp kế "
                        "hoạch của cchc.",
    "calendar.category": "Cải cách hành chính",
}
