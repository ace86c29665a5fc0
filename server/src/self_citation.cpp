// Self-citations filtered out of models and traces, in one place for every client of the API.
#include "self_citation.hpp"

#include "vanban/resolve.hpp"
#include "vanban/text/number_key.hpp"

#include <deque>
#include <set>
#include <unordered_map>
#include <vector>

namespace vanban::serve {
namespace {

using ojson = nlohmann::ordered_json;

std::optional<std::string> string_at(const ojson& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

} // namespace

bool is_self_citation(const std::string& own_number, const std::optional<std::string>& own_date,
                      const std::string& number, const std::optional<std::string>& date) {
  const std::string own = vanban::number_key(own_number);
  if (own.empty() || own != vanban::number_key(number)) return false;
  return !date || date == own_date;
}

void drop_self_references(ojson& model) {
  auto refs = model.find("references");
  auto number = model.find("number");
  if (refs == model.end() || !refs->is_array() || number == model.end() || !number->is_object())
    return;
  const auto own = string_at(*number, "text");
  if (!own) return;
  const auto own_date = string_at(model, "date");
  ojson kept = ojson::array();
  for (auto& ref : *refs)
    if (!ref.is_object() || !is_self_citation(*own, own_date, string_at(ref, "number").value_or(""),
                                              string_at(ref, "date")))
      kept.push_back(std::move(ref));
  *refs = std::move(kept);
}

void drop_self_citations(ojson& trace, bool up, const CitedDate& cited_date) {
  std::unordered_map<std::string, const ojson*> nodes;
  for (const auto& n : trace["nodes"])
    if (auto id = string_at(n, "id")) nodes.emplace(*id, &n);
  auto self = [&](const ojson& edge) {
    auto from = nodes.find(string_at(edge, "from").value_or(""));
    auto to = nodes.find(string_at(edge, "to").value_or(""));
    if (from == nodes.end() || to == nodes.end()) return false;
    const ojson &citing = *from->second, &cited = *to->second;
    const std::string own = string_at(citing, "number").value_or("");
    const std::string number = string_at(cited, "number").value_or("");
    if (!is_self_citation(own, string_at(citing, "date"), number, std::nullopt)) return false;
    const bool external = cited.value("external", false);
    const auto date = external ? string_at(cited, "date")
                               : cited_date(from->first, edge.value("line", 0), number);
    return is_self_citation(own, string_at(citing, "date"), number, date);
  };
  ojson edges = ojson::array();
  for (auto& e : trace["edges"])
    if (!self(e)) edges.push_back(std::move(e));
  // What the walk still reaches from the root without the dropped edges.
  const std::string root = string_at(trace, "root").value_or("");
  std::unordered_map<std::string, std::vector<std::string>> next_of;
  for (const auto& e : edges)
    next_of[string_at(e, up ? "from" : "to").value_or("")].push_back(
        string_at(e, up ? "to" : "from").value_or(""));
  std::set<std::string> reached{root};
  std::deque<std::string> queue{root};
  while (!queue.empty()) {
    auto it = next_of.find(queue.front());
    queue.pop_front();
    if (it == next_of.end()) continue;
    for (const auto& next : it->second)
      if (reached.insert(next).second) queue.push_back(next);
  }
  ojson kept_edges = ojson::array(), kept_nodes = ojson::array();
  for (auto& e : edges)
    if (reached.count(string_at(e, up ? "from" : "to").value_or("")))
      kept_edges.push_back(std::move(e));
  for (auto& n : trace["nodes"])
    if (reached.count(string_at(n, "id").value_or(""))) kept_nodes.push_back(std::move(n));
  trace["nodes"] = std::move(kept_nodes);
  trace["edges"] = std::move(kept_edges);
}

} // namespace vanban::serve
