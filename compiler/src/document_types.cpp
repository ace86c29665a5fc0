// vanban/document_types.hpp over the loaded tables (tables.cpp keeps them longest first).
#include "vanban/document_types.hpp"

#include "vanban/text/tables.hpp"

namespace vanban {

const std::vector<std::string>& known_type_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& t : tables::get().types) out.push_back(t.name);
    return out;
  }();
  return names;
}

} // namespace vanban
