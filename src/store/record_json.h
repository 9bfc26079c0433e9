// Reading the stored extraction JSON: small helpers the query-time views
// (timeline, insiders) share.

#pragma once

#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// The stored extraction JSON with only the top-level members named in
// `keys` (e.g. {"submission"}). The other members are stepped over by a
// scan for their closing bracket, not lexed by nlohmann, whose lexer takes a
// byte at a time: a 10-K's financial facts made that most of the time of the
// views that read one part of many filings. Discarded (see nlohmann's
// is_discarded()) when the text is not JSON.
nlohmann::json ParseExtractionParts(std::string_view text,
                                    std::initializer_list<std::string_view> keys);

// The top-level members of a JSON object, as (key as written, value as
// written) pairs; false when `text` is not one object. Only brackets and
// strings are followed: the values are not checked.
bool TopLevelMembers(std::string_view text,
                     std::vector<std::pair<std::string_view, std::string_view>>* members);

// Whether `s` is a CIK rather than a name.
inline bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return ascii::IsDigit(c); });
}

}  // namespace edgard::store
