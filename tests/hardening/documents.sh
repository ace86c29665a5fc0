# Invented documents for the hardening tests (sourced): small plans that compile cleanly.

# write_doc FILE N: a plan numbered N.
write_doc() {
  cat >"$1" <<DOC
**CÔNG ĐOÀN CƠ SỞ TRƯỜNG THỬ NGHIỆM**

Số: $2/KH-CĐCS

Hà Nội, ngày 3 tháng 4 năm 2024

**KẾ HOẠCH**

**Tổ chức hội thao công nhân lần thứ $2**

Căn cứ Kế hoạch số 12/KH-LĐLĐ ngày 01/02/2024 của Ban Thường vụ Liên đoàn Lao động thành phố;

**I. MỤC ĐÍCH, YÊU CẦU**

Động viên đoàn viên tham gia rèn luyện thân thể, đợt $2.

**II. TỔ CHỨC THỰC HIỆN**

1. Văn phòng: Chuẩn bị sân bãi và kinh phí.

*Nơi nhận:*
- Các tổ công đoàn;
- Lưu: VP.

**TM. BAN CHẤP HÀNH**
**CHỦ TỊCH**

Nguyễn Văn Thử
DOC
}

# write_docs DIR FIRST COUNT: COUNT plans numbered from FIRST, DIR/doc_<n>.md.
write_docs() {
  mkdir -p "$1"
  local n
  for ((n = $2; n < $2 + $3; n++)); do write_doc "$1/doc_$n.md" "$n"; done
}
