// RecipientRole: the one mapping to and from the contract's strings, the model's JSON both ways,
// and what an unknown or missing role does in a stored model.
#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "helpers.hpp"
#include "vanban/model_json.hpp"
#include "vanban/recipient_role.hpp"
#include "vanban/stored_model.hpp"

using namespace vanban;

TEST_CASE("recipient role strings are the contract's, both ways") {
  CHECK(to_string(RecipientRole::To) == "to");
  CHECK(to_string(RecipientRole::Cc) == "cc");
  for (RecipientRole r : kRecipientRoles) CHECK(parse_recipient_role(to_string(r)) == r);
  CHECK_FALSE(parse_recipient_role("To"));
  CHECK_FALSE(parse_recipient_role("bcc"));
  CHECK_FALSE(parse_recipient_role(""));
}

TEST_CASE("recipient role: Kính gửi is to, Nơi nhận is cc, written as today's strings") {
  const Document d = test::compile_text(
      "Số: 15/UBND-VX\n\nV/v trồng cây dịp Tết\n\nKính gửi: Ủy ban nhân dân các xã.\n\n"
      "Đề nghị các xã triển khai.\n\nNơi nhận:\n- Như trên;\n- Phòng Nông nghiệp (p/h);\n"
      "- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Văn Bình\n");
  REQUIRE(d.recipients.size() == 2);
  CHECK(d.recipients[0].role == RecipientRole::To);
  CHECK(d.recipients[1].role == RecipientRole::Cc);
  const std::string text = dump_json(d);
  CHECK(text.find(R"("name":"Ủy ban nhân dân các xã","role":"to")") != std::string::npos);
  CHECK(text.find(R"("name":"Phòng Nông nghiệp","role":"cc")") != std::string::npos);
}

TEST_CASE("recipient role: a stored model keeps its roles; an unknown one is damage") {
  Document d;
  d.recipients.push_back({"Sở Nội vụ", RecipientRole::To, {}, 4});
  d.recipients.push_back({"Sở Tài chính", RecipientRole::Cc, "b/c", 20});
  const std::string text = dump_json(d);
  auto back = read_stored_model(text);
  REQUIRE(std::holds_alternative<Document>(back));
  const auto& recipients = std::get<Document>(back).recipients;
  REQUIRE(recipients.size() == 2);
  CHECK(recipients[0].role == RecipientRole::To);
  CHECK(recipients[1].role == RecipientRole::Cc);
  CHECK(dump_json(std::get<Document>(back)) == text);

  std::string damaged = text;
  damaged.replace(damaged.find(R"("role":"to")"), 11, R"("role":"bcc")");
  auto read = read_stored_model(damaged);
  REQUIRE(std::holds_alternative<ModelDamage>(read));
  CHECK(std::get<ModelDamage>(read) == ModelDamage::NotModel);
}

TEST_CASE("recipient role: a stored recipient without a role is cc, as read before") {
  std::string text = dump_json(Document{});
  const std::string empty = R"("recipients":[])";
  text.replace(text.find(empty), empty.size(), R"("recipients":[{"name":"Sở Y tế","line":3}])");
  auto back = read_stored_model(text);
  REQUIRE(std::holds_alternative<Document>(back));
  REQUIRE(std::get<Document>(back).recipients.size() == 1);
  CHECK(std::get<Document>(back).recipients[0].role == RecipientRole::Cc);
}
