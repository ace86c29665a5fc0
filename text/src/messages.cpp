// The message catalogue: data/messages.json read into the tables, looked up by key and language,
// placeholders filled in.
#include "vanban/text/messages.hpp"

#include "messages_parse.hpp"

#include <bitset>
#include <stdexcept>

namespace vanban {
namespace {

/// The placeholders {0} … {9} that `text` holds, as a set of digits.
std::bitset<10> placeholders(std::string_view text) {
  std::bitset<10> found;
  for (std::size_t i = 0; i + 2 < text.size(); ++i)
    if (text[i] == '{' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}')
      found.set(static_cast<std::size_t>(text[i + 1] - '0'));
  return found;
}

/// The string `field` of catalogue entry `entry`; refuses a missing or empty one.
std::string required_text(const nlohmann::json& entry, const char* field, std::string_view key) {
  auto it = entry.find(field);
  if (it == entry.end() || !it->is_string() || it->get<std::string>().empty())
    throw std::runtime_error("data/messages.json: the entry \"" + std::string(key) + "\" has no " +
                             field + " text");
  return it->get<std::string>();
}

} // namespace

namespace tables {

std::unordered_map<std::string, Message> parse_messages(const nlohmann::json& file) {
  std::unordered_map<std::string, Message> out;
  for (const auto& entry : file.at("messages")) {
    auto key = entry.find("key");
    if (key == entry.end() || !key->is_string() || key->get<std::string>().empty())
      throw std::runtime_error("data/messages.json: an entry has no key: " + entry.dump());
    const std::string name = key->get<std::string>();
    Message m{required_text(entry, "vi", name), required_text(entry, "en", name)};
    if (placeholders(m.vi) != placeholders(m.en))
      throw std::runtime_error("data/messages.json: the entry \"" + name +
                               "\" has other placeholders in vi than in en");
    if (!out.emplace(name, std::move(m)).second)
      throw std::runtime_error("data/messages.json: the key \"" + name + "\" is given twice");
  }
  return out;
}

} // namespace tables

namespace text {

const std::string& message(std::string_view key, Lang lang) {
  const auto& catalogue = tables::get().messages;
  auto it = catalogue.find(std::string(key));
  if (it == catalogue.end())
    throw std::out_of_range("no message " + std::string(key) + " in data/messages.json");
  return lang == Lang::En ? it->second.en : it->second.vi;
}

std::string message(std::string_view key, Lang lang, std::initializer_list<std::string_view> args) {
  return fill_placeholders(message(key, lang), args);
}

std::string fill_placeholders(std::string_view pattern,
                              std::initializer_list<std::string_view> args) {
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' &&
                             pattern[i + 1] <= '9' && pattern[i + 2] == '}';
    if (!placeholder) {
      out += pattern[i];
      continue;
    }
    const auto n = static_cast<std::size_t>(pattern[i + 1] - '0');
    if (n >= args.size())
      throw std::out_of_range("the message \"" + std::string(pattern) + "\" wants argument {" +
                              std::to_string(n) + "}, given " + std::to_string(args.size()));
    out += *(args.begin() + n);
    i += 2;
  }
  return out;
}

} // namespace text
} // namespace vanban
