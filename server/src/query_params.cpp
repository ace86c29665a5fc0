// Strict parsing: "10x", "-1" or "1e3" is a 400, never silently a default.
#include "query_params.hpp"

#include "http_response.hpp"

#include <charconv>

namespace vanban::serve {

long int_param(const httplib::Request& req, const std::string& name, long fallback, long min,
               long max) {
  if (!req.has_param(name.c_str())) return fallback;
  std::string v = req.get_param_value(name.c_str());
  long n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size() || n < min || n > max)
    throw HttpError(400, name + " phải là số nguyên từ " + std::to_string(min) + " đến " +
                             std::to_string(max));
  return n;
}

std::string choice_param(const httplib::Request& req, const std::string& name,
                         std::initializer_list<const char*> allowed) {
  if (!req.has_param(name.c_str())) return *allowed.begin();
  std::string v = req.get_param_value(name.c_str());
  std::string list;
  for (const char* a : allowed) {
    if (v == a) return v;
    list += (list.empty() ? "" : ", ") + std::string(a);
  }
  throw HttpError(400, name + " phải là một trong: " + list);
}

} // namespace vanban::serve
