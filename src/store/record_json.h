// Reading the stored extraction JSON: small helpers the query-time views
// (timeline, insiders) share.

#pragma once

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/ascii.h"

namespace edgard::store {

// `object[key]` when it is a string, else empty.
inline std::string StringField(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return {};
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Whether `object[key]` is true; a flag the filing left open is null.
inline bool IsTrue(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return false;
  auto it = object.find(key);
  return it != object.end() && it->is_boolean() && it->get<bool>();
}

// Whether `s` is a CIK rather than a name.
inline bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return ascii::IsDigit(c); });
}

}  // namespace edgard::store
