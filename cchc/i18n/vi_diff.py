"""Vietnamese messages of `cchc diff`. Keys and placeholders match `en_diff.py` exactly."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "diff.title": "Thay đổi trong kế hoạch từ {before} đến {after}",
    "diff.working-tree": "thư mục làm việc",
    "diff.col.plan": "Kế hoạch", "diff.col.kind": "Loại", "diff.col.id": "Mã",
    "diff.col.change": "Thay đổi", "diff.col.before": "Trước", "diff.col.after": "Sau",
    "diff.kind.task": "nhiệm vụ", "diff.kind.indicator": "chỉ số",
    "diff.kind.record": "báo cáo tiến độ", "diff.kind.reading": "số liệu",
    "diff.change.added": "thêm mới", "diff.change.removed": "xoá",
    "diff.change.due-earlier": "hạn sớm hơn", "diff.change.due-later": "lùi hạn",
    "diff.change.lead-changed": "đổi đơn vị chủ trì",
    "diff.change.target-tightened": "nâng chỉ tiêu",
    "diff.change.target-loosened": "hạ chỉ tiêu",
    "diff.change.changed": "sửa đổi",
    "diff.none": "Không có thay đổi.",
    "diff.count": "{count} thay đổi.",
    "diff.loosening": "{count} thay đổi trong số đó làm lỏng kế hoạch (đánh dấu !): "
                      "--fail-on-loosening sẽ chặn thay đổi này.",
    "diff.skipped": "cảnh báo: không đọc được {path} tại {rev} (dòng {line}: {problem}); "
                    "tệp kế hoạch không được đưa vào so sánh, tệp báo cáo tiến độ hay số liệu "
                    "được tính là đã thay đổi",
    "diff.not-git": "{path} không nằm trong một thư mục làm việc git ({reason}): cchc diff so "
                    "sánh các phiên bản git của kho dữ liệu",
    "diff.bad-revision": "'{rev}' không phải là một phiên bản của kho git này: hãy ghi một "
                         "nhánh, thẻ hoặc mã commit (origin/main, HEAD~1)",
    "diff.no-git": "chưa cài git hoặc git không có trong PATH, mà cchc diff cần git",
}
