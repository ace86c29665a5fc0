// One table per closed set of contract strings (relations, recipient roles, severities …): each
// value of an enum beside the string the JSON contract writes for it, read both ways, so that a
// mapping is written once as data instead of a switch and a parser that can drift apart.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace vanban::enum_names {

template <typename E> struct Entry {
  E value;
  std::string_view name;
};

/// The name of `value`; empty when the table lacks it (each table has a static_assert that it
/// names every value of its enum's public list).
template <typename E, std::size_t N>
constexpr std::string_view name_of(const Entry<E> (&table)[N], E value) {
  for (const auto& e : table)
    if (e.value == value) return e.name;
  return {};
}

/// The value named `name` (exact, case-sensitive), or nullopt.
template <typename E, std::size_t N>
constexpr std::optional<E> value_of(const Entry<E> (&table)[N], std::string_view name) {
  for (const auto& e : table)
    if (e.name == name) return e.value;
  return std::nullopt;
}

} // namespace vanban::enum_names
