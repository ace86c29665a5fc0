// The body of each type: the opening with its citations (Thực hiện … / Căn cứ …), numbered
// sections, tasks with deadlines, report figures, decision articles.
#include "unicode.hpp"
#include "writer_context.hpp"

#include <algorithm>

namespace vanban::gen {
namespace {

const char* const kRoman[] = {"I", "II", "III", "IV", "V", "VI"};

std::vector<const Citation*> with_relation(const Context& c, const std::string& relation) {
  std::vector<const Citation*> out;
  for (const auto& cite : c.doc.citations)
    if (cite.relation == relation) out.push_back(&cite);
  return out;
}

/// How the office names itself in its own text: "Ban Thường vụ LĐLĐ tỉnh".
std::string self_name(const Context& c) {
  return c.office.organ.empty() ? c.office.self_short : c.office.organ + " " + c.office.self_short;
}

std::string deadline(Context& c, int min_days) {
  const Date d = c.doc.date.plus(c.r.between(min_days, min_days + 120));
  switch (c.r.between(0, 5)) {
  case 0:
    return "trước ngày " + d.slashed(c.r.percent(50));
  case 1:
    return "trong tháng " + std::to_string(d.m) + "/" + std::to_string(d.y);
  case 2:
    return std::string("Quý ") + kRoman[(d.m - 1) / 3] + "/" + std::to_string(d.y);
  case 3:
    return "Thường xuyên";
  case 4:
    return "Trong năm " + std::to_string(d.y);
  default:
    return "hoàn thành trước ngày " + d.slashed(true);
  }
}

std::string sentence(Context& c, const std::string& core) {
  std::string s = core;
  if (c.r.percent(70)) s += "; " + c.r.pick(phrases().extensions);
  return s + ".";
}

const std::vector<std::string>& task_units(const Context& c) {
  switch (c.office.kind) {
  case OfficeKind::UbndTinh:
  case OfficeKind::UbndHuyen:
    return phrases().gov_units;
  case OfficeKind::TinhUy:
  case OfficeKind::HuyenUy:
    return phrases().party_units;
  default:
    return phrases().union_units;
  }
}

/// "Thực hiện A; B; căn cứ C, Ban Thường vụ LĐLĐ tỉnh xây dựng kế hoạch … như sau:"
void opening(Context& c, const std::string& purpose) {
  const auto implements = with_relation(c, "implements");
  const auto basis = with_relation(c, "based_on");
  std::string s;
  if (!implements.empty()) {
    static const std::vector<std::string> leads = {"Thực hiện", "Thực hiện", "Triển khai",
                                                   "Nhằm triển khai", "Để thực hiện"};
    s = c.r.pick(leads) + " ";
    for (std::size_t i = 0; i < implements.size(); ++i) {
      if (i) s += "; ";
      s += citation_text(c, *implements[i], i == 0 && c.r.percent(70));
    }
  }
  if (!basis.empty()) {
    if (!s.empty()) {
      s += "; căn cứ ";
    } else {
      s = "Căn cứ ";
    }
    for (std::size_t i = 0; i < basis.size(); ++i) {
      if (i) s += "; ";
      s += citation_text(c, *basis[i], false);
    }
  }
  if (s.empty()) s = "Nhằm nâng cao hiệu quả " + c.theme.topic + " năm " + std::to_string(c.year());
  c.para(s + ", " + self_name(c) + " " + purpose + " như sau:");
}

/// Mentions that only cite (reports of the levels below, proposals): their own paragraph,
/// never under a lead phrase.
void mentions(Context& c, const std::string& intro) {
  const auto cites = with_relation(c, "cites");
  if (cites.empty()) return;
  std::string s = intro + " ";
  for (std::size_t i = 0; i < cites.size(); ++i) {
    if (i) s += i + 1 == cites.size() ? " và " : ", ";
    s += citation_text(c, *cites[i], false);
  }
  c.para(s + ".");
}

void aims_section(Context& c, int number) {
  c.heading(1, std::string(kRoman[number]) + ". MỤC ĐÍCH, YÊU CẦU");
  const bool split = c.r.percent(60);
  if (split) c.heading(2, "1. Mục đích");
  for (const auto& aim : c.r.sample(c.theme.aims, c.r.between(2, 3 + c.scale)))
    c.bullet(sentence(c, aim) + (c.r.percent(50) ? " " + c.detail() : ""));
  c.end_list();
  if (split) c.heading(2, "2. Yêu cầu");
  for (const auto& req : c.r.sample(phrases().requirements, c.r.between(2, 3 + c.scale)))
    c.bullet(req + ".");
  c.end_list();
}

void content_section(Context& c, int number, const std::string& title) {
  c.heading(1, std::string(kRoman[number]) + ". " + title);
  std::vector<std::string> pool = c.theme.activities;
  pool.insert(pool.end(), c.theme.tasks.begin(), c.theme.tasks.end());
  const auto acts = c.r.sample(pool, c.r.between(2, 3 + 2 * c.scale));
  for (std::size_t i = 0; i < acts.size(); ++i) {
    c.heading(2, std::to_string(i + 1) + ". " + acts[i]);
    if (c.r.percent(35)) {
      const auto items = c.r.sample(phrases().details, c.r.between(2, 3));
      for (std::size_t k = 0; k < items.size(); ++k)
        c.para(std::string(1, static_cast<char>('a' + k)) + ") " + c.fill(items[k]) + ".");
    } else {
      std::string p = sentence(c, acts[i]);
      for (int k = 0; k < c.r.between(2, 2 + c.scale); ++k) p += " " + c.detail();
      c.para(p);
    }
    if (c.r.percent(40)) c.para("Thời gian thực hiện: " + deadline(c, 10) + ".");
  }
}

void task_table(Context& c) {
  c.out += "| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n";
  const auto tasks = c.r.sample(c.theme.tasks, c.theme.tasks.size());
  const auto units = c.r.sample(task_units(c), task_units(c).size());
  const std::size_t n = static_cast<std::size_t>(c.r.between(3, 5 + 2 * c.scale));
  for (std::size_t i = 0; i < n; ++i)
    c.out += "| " + std::to_string(i + 1) + " | " + (i < tasks.size() ? tasks[i] : c.detail()) +
             " | " + units[i % units.size()] + " | " + deadline(c, 5) + " |\n";
  c.out += "\n";
}

void tasks_section(Context& c, int number) {
  c.heading(1, std::string(kRoman[number]) + ". TỔ CHỨC THỰC HIỆN");
  if (c.r.percent(25)) {
    task_table(c);
    return;
  }
  const auto units = c.r.sample(task_units(c), c.r.between(2, 4 + c.scale));
  for (std::size_t i = 0; i < units.size(); ++i) {
    const std::string& task = c.r.pick(c.theme.tasks);
    if (c.r.percent(50)) {
      c.heading(2, std::to_string(i + 1) + ". " + units[i]);
      c.para(sentence(c, task) + " " + c.detail() + " Thời gian: " + deadline(c, 5) + ".");
    } else {
      c.bullet(units[i] + ": " + task + ". Thời gian: " + deadline(c, 5) + ".");
    }
  }
  c.end_list();
}

std::string lower_first_word(const std::string& s) {
  const auto sp = s.find(' ');
  return unicode::to_lower(s.substr(0, sp)) + (sp == std::string::npos ? "" : s.substr(sp));
}

void plan_body(Context& c) {
  const std::string kind = unicode::to_lower(type_name(c.doc.type));
  opening(c, c.doc.type == "HD" ? "hướng dẫn thực hiện"
                                : "xây dựng " + kind + " " + lower_first_word(c.theme.plan));
  mentions(c, "Kết quả các năm trước được nêu tại");
  aims_section(c, 0);
  content_section(c, 1, c.doc.type == "CTr" ? "NHIỆM VỤ TRỌNG TÂM" : "NỘI DUNG");
  tasks_section(c, 2);
  c.para(c.r.pick(phrases().closings));
}

void report_body(Context& c) {
  opening(c, "báo cáo kết quả thực hiện");
  c.heading(1, "I. KẾT QUẢ THỰC HIỆN");
  c.heading(2, "1. Công tác lãnh đạo, chỉ đạo");
  std::string lead = sentence(c, c.r.pick(phrases().assessments));
  for (int k = 0; k < c.scale; ++k) lead += " " + c.detail();
  c.para(lead);
  mentions(c, "Kết quả của các đơn vị được tổng hợp từ");
  c.heading(2, "2. Kết quả cụ thể");
  for (const auto& res : c.r.sample(c.theme.results, c.theme.results.size()))
    c.bullet(c.fill(res) + ".");
  for (const auto& act : c.r.sample(c.theme.activities, c.r.between(1, 2 + c.scale)))
    c.bullet("Đã triển khai: " + act + ".");
  c.end_list();
  c.heading(2, "3. Công tác phối hợp, kiểm tra, giám sát");
  std::string joint = c.detail();
  for (int k = 0; k < 1 + c.scale; ++k) joint += " " + c.detail();
  c.para(joint);
  c.heading(1, "II. ĐÁNH GIÁ CHUNG");
  std::string good = "Ưu điểm:";
  for (const auto& a : c.r.sample(phrases().assessments, c.r.between(2, 3))) good += " " + a + ".";
  c.para(good);
  c.para("Tồn tại, hạn chế: " + c.r.pick(phrases().shortcomings) + ". " + c.detail());
  c.heading(1, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
  const auto next = c.r.sample(phrases().directions, c.r.between(2, 4));
  for (std::size_t i = 0; i < next.size(); ++i)
    c.para(std::to_string(i + 1) + ". " + next[i] + ". Thời gian: " + deadline(c, 20) + ".");
  if (c.scale > 0) {
    c.heading(1, "IV. KIẾN NGHỊ, ĐỀ XUẤT");
    c.para(c.detail() + " " + c.detail());
  }
  c.para(c.r.pick(phrases().closings));
}

void recipients_to(Context& c) {
  const Office* up = c.office.up >= 0 ? &offices()[c.office.up] : nullptr;
  if (c.doc.type == "TTr" && up) {
    c.para("Kính gửi: " + (up->organ.empty() ? up->name : up->organ + " " + up->name));
    return;
  }
  c.para("Kính gửi:");
  static const std::vector<std::string> province = {
      "Liên đoàn Lao động các huyện", "Các công đoàn ngành, công đoàn viên chức tỉnh",
      "Các công đoàn cơ sở trực thuộc", "Các ban, văn phòng cơ quan"};
  static const std::vector<std::string> district = {
      "Các công đoàn cơ sở trực thuộc", "Công đoàn cơ sở các trường học",
      "Công đoàn cơ sở khối doanh nghiệp", "Công đoàn cơ sở khối hành chính, sự nghiệp"};
  static const std::vector<std::string> government = {
      "Các sở, ban, ngành", "Ủy ban nhân dân các xã, thị trấn", "Các doanh nghiệp trên địa bàn",
      "Ban Quản lý các khu công nghiệp"};
  static const std::vector<std::string> central = {"Liên đoàn Lao động các tỉnh, thành phố",
                                                   "Các công đoàn ngành trung ương"};
  static const std::vector<std::string> grassroots = {"Các tổ công đoàn",
                                                      "Toàn thể đoàn viên công đoàn"};
  const std::vector<std::string>* pool = &district;
  switch (c.office.kind) {
  case OfficeKind::Tld:
    pool = &central;
    break;
  case OfficeKind::LdldTinh:
  case OfficeKind::Cdn:
    pool = &province;
    break;
  case OfficeKind::UbndTinh:
  case OfficeKind::UbndHuyen:
    pool = &government;
    break;
  case OfficeKind::Cdcs:
    pool = &grassroots;
    break;
  default:
    break;
  }
  const auto to = c.r.sample(*pool, c.r.between(1, 3));
  for (std::size_t i = 0; i < to.size(); ++i) c.bullet(to[i] + (i + 1 < to.size() ? ";" : "."));
  c.end_list();
}

void letter_body(Context& c) {
  recipients_to(c);
  opening(c, "đề nghị các đơn vị thực hiện một số nội dung");
  c.para(c.detail() + " " + c.detail());
  mentions(c, "Tình hình thực hiện thời gian qua đã được nêu tại");
  const auto tasks = c.r.sample(c.theme.tasks, c.theme.tasks.size());
  for (std::size_t i = 0; i < tasks.size(); ++i)
    c.para(std::to_string(i + 1) + ". " + sentence(c, tasks[i]) + " " + c.detail() +
           " Thời gian: " + deadline(c, 7) + ".");
  c.para("Đề nghị các đơn vị quan tâm, triển khai thực hiện./.");
}

void decision_body(Context& c) {
  const bool government =
      c.office.kind == OfficeKind::UbndTinh || c.office.kind == OfficeKind::UbndHuyen;
  c.para("**" +
         (government ? "CHỦ TỊCH " + unicode::to_upper(c.office.name)
                     : unicode::to_upper(c.office.organ + " " + c.office.name)) +
         "**");
  if (government) {
    c.para("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, "
           "bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
           "phương ngày 22 tháng 11 năm 2019;");
  } else {
    c.para("Căn cứ Điều lệ Công đoàn Việt Nam;");
    c.para("Căn cứ Quy chế làm việc của " + c.office.organ + " " + c.office.name + ";");
  }
  for (const auto* b : with_relation(c, "based_on")) {
    const std::string s = "Căn cứ " + citation_text(c, *b, false) + ";";
    c.para(c.r.percent(40) ? "*" + s + "*" : s);
  }
  for (const auto* m : with_relation(c, "cites"))
    c.para("Xét đề nghị tại " + citation_text(c, *m, false) + ",");
  if (with_relation(c, "cites").empty()) c.para("Xét đề nghị của Chánh Văn phòng,");
  c.para("**QUYẾT ĐỊNH:**");
  const auto amends = with_relation(c, "amends");
  const auto repeals = with_relation(c, "repeals");
  const auto replaces = with_relation(c, "replaces");
  if (!amends.empty()) {
    c.para("**Điều 1.** Sửa đổi, bổ sung " + citation_text(c, *amends[0], false) +
           " như sau: " + sentence(c, c.r.pick(c.theme.activities)));
  } else if (!repeals.empty()) {
    c.para("**Điều 1.** Bãi bỏ " + citation_text(c, *repeals[0], false) + ".");
  } else {
    c.para("**Điều 1.** Ban hành kèm theo Quyết định này Quy chế " + c.theme.topic + ". " +
           sentence(c, c.r.pick(c.theme.aims)));
  }
  for (const auto* x : replaces)
    c.para("**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký và thay thế " +
           citation_text(c, *x, false) + ".");
  if (replaces.empty())
    c.para("**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký. Giao " + c.r.pick(task_units(c)) +
           " chủ trì, phối hợp với các đơn vị liên quan hướng dẫn, "
           "kiểm tra việc thực hiện. " +
           c.detail());
  c.para("**Điều 3.** Chánh Văn phòng, " + c.r.pick(task_units(c)) +
         " và các đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");
}

/// The regulation a decision issues, attached after its signature: chapters and a second
/// sequence of articles.
void regulation_annex(Context& c) {
  c.para("**QUY CHẾ**");
  c.para("**Quy chế " + c.theme.topic + "**");
  c.para("*(Ban hành kèm theo Quyết định số " + c.doc.number + " ngày " + c.doc.date.slashed(true) +
         ")*");
  int article = 1;
  const char* const chapters[] = {"QUY ĐỊNH CHUNG", "NỘI DUNG CỤ THỂ", "TỔ CHỨC THỰC HIỆN"};
  for (int ch = 0; ch < 3; ++ch) {
    c.heading(1, std::string("Chương ") + kRoman[ch] + ". " + chapters[ch]);
    for (int k = 0; k < c.r.between(1, 2 + c.scale / 2); ++k) {
      c.para("**Điều " + std::to_string(article++) + ".** " + sentence(c, c.r.pick(c.theme.aims)) +
             " " + c.detail());
    }
  }
}

void notice_body(Context& c) {
  if (!with_relation(c, "implements").empty())
    opening(c, "thông báo phân công nhiệm vụ");
  else
    c.para("Ngày " + c.doc.date.plus(-c.r.between(2, 6)).slashed(true) + ", Thường trực " +
           c.office.self_short + " đã họp bàn về " + c.theme.topic + ".");
  mentions(c, "Sau khi xem xét nội dung tại");
  c.para(c.detail() + " " + c.detail());
  c.para("Thường trực kết luận như sau:");
  const auto units = c.r.sample(task_units(c), c.r.between(2, 4 + c.scale));
  for (std::size_t i = 0; i < units.size(); ++i)
    c.para(std::to_string(i + 1) + ". " + units[i] + ": " + sentence(c, c.r.pick(c.theme.tasks)) +
           " " + c.detail() + " Thời gian: " + deadline(c, 5) + ".");
  c.para("Trên đây là thông báo kết luận, đề nghị các đơn vị biết, thực hiện./.");
}

void directive_body(Context& c) {
  c.para("Thời gian qua, " + c.theme.topic + " đã đạt được những kết quả quan trọng. " +
         c.r.pick(phrases().assessments) + ". Tuy nhiên, " +
         lower_first_word(c.r.pick(phrases().shortcomings)) + ".");
  c.para(c.detail() + " " + c.detail() + " " + c.detail());
  opening(c, "yêu cầu các cấp, các ngành thực hiện tốt các nhiệm vụ");
  const auto acts = c.r.sample(c.theme.activities, c.r.between(3, 4 + c.scale));
  for (std::size_t i = 0; i < acts.size(); ++i)
    c.para(std::to_string(i + 1) + ". " + sentence(c, acts[i]) + " " + c.detail() + " " +
           c.detail());
  c.para(c.doc.type == "CT" ? "Chỉ thị này được phổ biến đến chi bộ, đảng viên./."
                            : "Nghị quyết này được quán triệt đến cán bộ, đảng viên./.");
}

void resolution_body(Context& c) {
  opening(c, "ban hành nghị quyết");
  c.heading(1, "I. TÌNH HÌNH");
  c.para(sentence(c, c.r.pick(phrases().assessments)) + " " + c.r.pick(phrases().shortcomings) +
         ".");
  c.heading(1, "II. MỤC TIÊU");
  for (const auto& aim : c.r.sample(c.theme.aims, c.theme.aims.size())) c.bullet(aim + ".");
  c.end_list();
  c.heading(1, "III. NHIỆM VỤ, GIẢI PHÁP");
  const auto acts = c.r.sample(c.theme.activities, c.r.between(3, 4 + c.scale));
  for (std::size_t i = 0; i < acts.size(); ++i)
    c.para(std::to_string(i + 1) + ". " + sentence(c, acts[i]) + " " + c.detail());
  tasks_section(c, 3);
}

void proposal_body(Context& c) {
  recipients_to(c);
  opening(c, "kính trình");
  mentions(c, "Nội dung liên quan đã được quy định tại");
  c.heading(1, "I. SỰ CẦN THIẾT");
  c.para(sentence(c, c.r.pick(c.theme.aims)) + " " + c.r.pick(phrases().shortcomings) + ".");
  c.para(c.detail() + " " + c.detail());
  c.heading(1, "II. NỘI DUNG ĐỀ NGHỊ");
  const auto items = c.r.sample(c.theme.results, c.theme.results.size());
  for (std::size_t i = 0; i < items.size(); ++i)
    c.para(std::to_string(i + 1) + ". " + c.fill(items[i]) + "; " +
           lower_first_word(c.r.pick(c.theme.tasks)) + ".");
  c.para("Kính trình xem xét, quyết định./.");
}

} // namespace

void write_annex(Context& c) {
  if (c.doc.type != "QĐ") return;
  for (const auto& cite : c.doc.citations)
    if (cite.relation == "amends" || cite.relation == "repeals" || cite.relation == "replaces")
      return;
  if (c.r.percent(50)) regulation_annex(c);
}

std::string subject_of(Context& c) {
  const std::string y = std::to_string(c.year());
  const std::string& t = c.doc.type;
  const Theme& th = c.theme;
  if (t == "KH") return th.plan + " năm " + y;
  if (t == "CTr") return "Chương trình hành động về " + th.topic + " năm " + y;
  if (t == "HD") return "Thực hiện " + th.topic + " năm " + y;
  if (t == "BC") return "Kết quả " + th.topic + " năm " + y;
  if (t == "TB") {
    for (const auto& cite : c.doc.citations)
      if (cite.relation == "implements") return "Phân công nhiệm vụ thực hiện " + th.topic;
    return "Kết luận của Thường trực về " + th.topic;
  }
  if (t == "CT") return "Về tăng cường sự lãnh đạo đối với " + th.topic;
  if (t == "NQ") return "Về nâng cao hiệu quả " + th.topic + " giai đoạn " + y + " - 2030";
  if (t == "TTr") return "Về việc đề nghị hỗ trợ " + th.topic;
  if (t == "QĐ") {
    for (const auto& cite : c.doc.citations) {
      if (cite.relation == "amends") return "Về việc sửa đổi, bổ sung Quy chế " + th.topic;
      if (cite.relation == "repeals") return "Về việc bãi bỏ quyết định " + th.topic;
    }
    return "Về việc ban hành Quy chế " + th.topic;
  }
  return "triển khai thực hiện " + th.topic; // công văn: the V/v line
}

void write_body(Context& c) {
  const std::string& t = c.doc.type;
  if (t == "KH" || t == "CTr" || t == "HD")
    plan_body(c);
  else if (t == "BC")
    report_body(c);
  else if (t == "QĐ")
    decision_body(c);
  else if (t == "TB")
    notice_body(c);
  else if (t == "CT")
    directive_body(c);
  else if (t == "NQ")
    resolution_body(c);
  else if (t == "TTr")
    proposal_body(c);
  else
    letter_body(c);
}

} // namespace vanban::gen
