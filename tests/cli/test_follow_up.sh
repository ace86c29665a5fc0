#!/usr/bin/env bash
# CLI contract of `vanban follow-up` and `vanban tasks` over an index of corpus/ (issue 15): the
# JSON fields, the clerk's table (Vietnamese, and --lang en), CSV, exit codes (0, 1 unknown REF,
# 2 no archive, 3 ambiguous REF, 64 usage), the task filters and the iCalendar file.
source "$(dirname "$0")/lib.sh"

"$bin" index --db "$tmp/db" corpus >/dev/null 2>&1
expect_rc 0 $? "index corpus"

# JSON: the contract's keys, a collective recipient expanded, a report through the unit's plan.
"$bin" follow-up --db "$tmp/db" --as-of 2024-07-01 --format json 37/KH-LĐLĐ@2024-02-23 >"$tmp/f.json"
expect_rc 0 $? "follow-up json"
for key in '"root"' '"as_of": "2024-07-01"' '"units"' '"tasks"' '"others"' '"recipient"' \
  '"status": "reported"' '"status": "implemented"' '"relation": "implements"' '"days": 10' \
  '"state": "late"' '"name": "LĐLĐ huyện Phong Thổ"' '"via": "12/KH-CĐN"'; do
  has "$tmp/f.json" "$key" "follow-up json"
done
grep -q 'ldld-dien-bien' "$tmp/f.json" && bad "Điện Biên has nothing to do with Lai Châu's plan" || ok

# The table a clerk reads: Vietnamese headers and statuses; English with --lang en.
"$bin" follow-up --db "$tmp/db" --as-of 2024-07-01 71/KH-LĐLĐ >"$tmp/table"
expect_rc 0 $? "follow-up table"
has "$tmp/table" '^Đơn vị  *Nơi nhận  *Tình trạng  *Văn bản' "table header"
has "$tmp/table" '^LĐLĐ huyện Tam Đường .*đã báo cáo.*64/BC-LĐLĐ 20/06/2024' "a unit that reported"
has "$tmp/table" '^Công đoàn ngành Y tế tỉnh Lai Châu .*chưa có văn bản' "a unit with nothing"
has "$tmp/table" 'Đơn vị ngoài Nơi nhận' "the others section"
has "$tmp/table" '^CĐCS Công ty Cổ phần Thủy điện Nậm Na .*11/BC-CĐCS.*qua 03/CTr-CĐCS' "a unit not listed"
has "$tmp/table" 'quá hạn' "a late task"
"$bin" follow-up --db "$tmp/db" --as-of 2024-07-01 --lang en 71/KH-LĐLĐ >"$tmp/table.en"
has "$tmp/table.en" '^Unit  *Recipient entry  *Status' "English table header"
has "$tmp/table.en" 'late' "English task state"

# CSV: a header, CRLF rows, quoted cells with commas.
"$bin" follow-up --db "$tmp/db" --as-of 2024-07-01 --format csv 05-CT/TU >"$tmp/f.csv"
expect_rc 0 $? "follow-up csv"
head -1 "$tmp/f.csv" | grep -q '^section,unit,recipient,status,id,number,date,relation,role,days' && ok || bad "csv header"
has "$tmp/f.csv" '^unit,Huyện ủy Tam Đường,"Các huyện ủy, thành ủy, đảng ủy trực thuộc",implemented' "csv unit row"
has "$tmp/f.csv" '^other,UBND tỉnh Lai Châu' "csv other row"
[ "$(grep -c $'\r$' "$tmp/f.csv")" = "$(wc -l <"$tmp/f.csv")" ] && ok || bad "csv rows end with CRLF"

# Exit codes as trace: 1 unknown REF, 3 ambiguous (candidates listed), 2 no archive, 64 usage.
"$bin" follow-up --db "$tmp/db" 999/KH-XYZ >/dev/null 2>&1
expect_rc 1 $? "unknown REF"
"$bin" follow-up --db "$tmp/db" 37/KH-LĐLĐ >/dev/null 2>"$tmp/amb"
expect_rc 3 $? "ambiguous REF"
grep -q '37/KH-LĐLĐ@2024-02-27' "$tmp/amb" && ok || bad "ambiguous REF lists its candidates"
"$bin" follow-up --db "$tmp/nothing" 05-CT/TU >/dev/null 2>&1
expect_rc 2 $? "missing archive"
"$bin" follow-up --db "$tmp/db" --as-of 2024-02-30 05-CT/TU >/dev/null 2>&1
expect_rc 64 $? "impossible --as-of"
"$bin" follow-up --db "$tmp/db" --format xml 05-CT/TU >/dev/null 2>&1
expect_rc 64 $? "unknown format"

# tasks: filters and formats.
"$bin" tasks --db "$tmp/db" --as-of 2024-07-01 --format json >"$tmp/all.json"
expect_rc 0 $? "tasks json"
has "$tmp/all.json" '"as_of": "2024-07-01"' "tasks json as_of"
has "$tmp/all.json" '"state": "no deadline"' "tasks without a deadline"
"$bin" tasks --db "$tmp/db" --as-of 2024-07-01 --late --format json >"$tmp/late.json"
expect_rc 0 $? "tasks --late"
grep -q '"state": "\(due\|reported\|no deadline\)"' "$tmp/late.json" && bad "--late lists only late tasks" || ok
has "$tmp/late.json" '"state": "late"' "--late finds late tasks"
"$bin" tasks --db "$tmp/db" --as-of 2024-07-01 --assignee "ldld cac huyen" --due-before 2024-04-01 --format json >"$tmp/some.json"
expect_rc 0 $? "tasks --assignee --due-before"
has "$tmp/some.json" '"deadline": "2024-03-10"' "assignee without marks, deadline before"
grep -q '"deadline": "2024-0[4-9]' "$tmp/some.json" && bad "--due-before 2024-04-01 keeps only earlier deadlines" || ok
grep -q '"assignee": "Ban' "$tmp/some.json" && bad "--assignee filters by the assignee" || ok
"$bin" tasks --db "$tmp/db" --as-of 2024-07-01 --late >"$tmp/tasks.table"
has "$tmp/tasks.table" '^Văn bản  *Người/đơn vị thực hiện  *Thời hạn  *Tình trạng  *Nội dung' "tasks table header"

# iCalendar: CRLF, folded lines of at most 75 octets, one VTODO per dated task, valid UTF-8.
"$bin" tasks --db "$tmp/db" --as-of 2024-07-01 --format ics >"$tmp/tasks.ics"
expect_rc 0 $? "tasks ics"
head -1 "$tmp/tasks.ics" | grep -q $'^BEGIN:VCALENDAR\r$' && ok || bad "ics starts with BEGIN:VCALENDAR"
[ "$(grep -c $'\r$' "$tmp/tasks.ics")" = "$(wc -l <"$tmp/tasks.ics")" ] && ok || bad "ics lines end with CRLF"
LC_ALL=C awk '{ if (length($0) > 76) exit 1 }' "$tmp/tasks.ics" && ok || bad "ics lines are folded at 75 octets"
iconv -f UTF-8 -t UTF-8 "$tmp/tasks.ics" >/dev/null 2>&1 && ok || bad "ics is valid UTF-8 (folded on character boundaries)"
dated=$(grep -c '"deadline": "20' "$tmp/all.json")
[ "$(grep -c '^BEGIN:VTODO' "$tmp/tasks.ics")" = "$dated" ] && ok || bad "one VTODO per dated task ($dated)"
has "$tmp/tasks.ics" '^SUMMARY:37/KH-LĐLĐ' "the document number in the summary"
"$bin" tasks --db "$tmp/db" --as-of 2024-07-01 --format ics >"$tmp/again.ics"
diff <(grep '^UID' "$tmp/tasks.ics") <(grep '^UID' "$tmp/again.ics") >/dev/null && ok || bad "UIDs stable across runs"
[ "$(grep '^UID' "$tmp/tasks.ics" | sort | uniq -d | wc -l)" = 0 ] && ok || bad "UIDs unique"
if command -v python3 >/dev/null && python3 -c 'import icalendar' 2>/dev/null; then
  python3 -c 'import icalendar,sys; icalendar.Calendar.from_ical(open(sys.argv[1],"rb").read())' "$tmp/tasks.ics" && ok || bad "python3-icalendar reads the file"
fi

finish
