// Values of the extraction JSON: an absent value is null, never "" or 0.
// Shared by the writers of the extraction, ownership and 13D/13G records.

#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace edgard::extract {

inline nlohmann::json OrNull(const std::string& value) {
  return value.empty() ? nlohmann::json(nullptr) : nlohmann::json(value);
}

template <class T>
nlohmann::json OrNull(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace edgard::extract
