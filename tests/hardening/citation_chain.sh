# Invented documents that cite each other (sourced by graph_save.sh and verify.sh): a chain of
# plans, each implementing the one before, so the stored graph has one edge per document and a
# trace down from the first plan must reach every one of them.

# write_chain DIR COUNT: DIR/plan_<n>.md for n = 1..COUNT; plan n implements plan n-1.
write_chain() {
  mkdir -p "$1"
  local n cites
  for ((n = 1; n <= $2; n++)); do
    cites=""
    [ "$n" -gt 1 ] && cites="Thực hiện Kế hoạch số $((n - 1))/KH-CĐTN ngày 05/3/2024 của Ban Chấp hành Công đoàn Thử Nghiệm, Ban Chấp hành ban hành kế hoạch đợt $n như sau:"
    cat >"$1/plan_$n.md" <<DOC
**CÔNG ĐOÀN THỬ NGHIỆM**

Số: $n/KH-CĐTN

Hà Nội, ngày 5 tháng 3 năm 2024

**KẾ HOẠCH**

**Kiểm thử đồ thị trích dẫn, đợt $n**

$cites

**I. MỤC ĐÍCH, YÊU CẦU**

Bảo đảm mỗi đợt nối tiếp đợt trước, đợt $n.

**II. TỔ CHỨC THỰC HIỆN**

1. Văn phòng: Theo dõi và tổng hợp kết quả.

*Nơi nhận:*
- Các tổ công đoàn;
- Lưu: VP.

**TM. BAN CHẤP HÀNH**
**CHỦ TỊCH**

Trần Văn Kiểm
DOC
  done
}

# The answer the graph gives, as a test compares it: the trace down from plan 1 (every plan of the
# chain) and the references of the last plan.
graph_answers() { # bin db count
  "$1" trace --db "$2" --format json 1/KH-CĐTN && "$1" refs --db "$2" --json "$3/KH-CĐTN"
}
