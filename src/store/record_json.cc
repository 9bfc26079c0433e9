#include "store/record_json.h"

#include <cstring>

namespace edgard::store {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

size_t SkipSpace(std::string_view text, size_t at) {
  while (at < text.size() && IsSpace(text[at])) ++at;
  return at;
}

// The position after the string whose opening quote is at `at`; npos when
// it is not closed.
size_t SkipString(std::string_view text, size_t at) {
  size_t from = at + 1;
  for (;;) {
    const void* quote = std::memchr(text.data() + from, '"', text.size() - from);
    if (quote == nullptr) return std::string_view::npos;
    const auto end = static_cast<size_t>(static_cast<const char*>(quote) - text.data());
    size_t backslashes = 0;
    while (end - backslashes > at + 1 && text[end - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return end + 1;
    from = end + 1;
  }
}

// The position after the value that starts at `at`; npos when it does not end.
size_t SkipValue(std::string_view text, size_t at) {
  if (at >= text.size()) return std::string_view::npos;
  if (text[at] == '"') return SkipString(text, at);
  if (text[at] != '{' && text[at] != '[') {
    while (at < text.size() && text[at] != ',' && text[at] != '}' && text[at] != ']' &&
           !IsSpace(text[at])) {
      ++at;
    }
    return at;
  }
  size_t depth = 0;
  while (at < text.size()) {
    const char c = text[at];
    if (c == '"') {
      at = SkipString(text, at);
      if (at == std::string_view::npos) return at;
      continue;
    }
    if (c == '{' || c == '[') ++depth;
    if ((c == '}' || c == ']') && --depth == 0) return at + 1;
    ++at;
  }
  return std::string_view::npos;
}

}  // namespace

bool TopLevelMembers(std::string_view text,
                     std::vector<std::pair<std::string_view, std::string_view>>* members) {
  members->clear();
  size_t at = SkipSpace(text, 0);
  if (at >= text.size() || text[at] != '{') return false;
  at = SkipSpace(text, at + 1);
  if (at < text.size() && text[at] == '}') return SkipSpace(text, at + 1) == text.size();
  for (;;) {
    if (at >= text.size() || text[at] != '"') return false;
    const size_t key_end = SkipString(text, at);
    if (key_end == std::string_view::npos) return false;
    const std::string_view key = text.substr(at + 1, key_end - at - 2);
    at = SkipSpace(text, key_end);
    if (at >= text.size() || text[at] != ':') return false;
    at = SkipSpace(text, at + 1);
    const size_t value_end = SkipValue(text, at);
    if (value_end == std::string_view::npos || value_end == at) return false;
    members->emplace_back(key, text.substr(at, value_end - at));
    at = SkipSpace(text, value_end);
    if (at < text.size() && text[at] == ',') {
      at = SkipSpace(text, at + 1);
      continue;
    }
    return at < text.size() && text[at] == '}' && SkipSpace(text, at + 1) == text.size();
  }
}

nlohmann::json ParseExtractionParts(std::string_view text,
                                    std::initializer_list<std::string_view> keys) {
  using nlohmann::json;
  std::vector<std::pair<std::string_view, std::string_view>> members;
  if (!TopLevelMembers(text, &members)) return json::parse(text, nullptr, false);
  json out = json::object();
  for (const auto& [key, value] : members) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) continue;
    json part = json::parse(value, nullptr, false);
    if (part.is_discarded()) return part;
    out[std::string(key)] = std::move(part);
  }
  return out;
}

}  // namespace edgard::store
