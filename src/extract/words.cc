#include "extract/words.h"

#include <algorithm>
#include <string>

namespace edgard::extract {
namespace {

constexpr std::array<std::string_view, 8> kHonorifics = {"mr",   "mrs",  "ms",        "dr",
                                                         "miss", "prof", "professor", "messrs"};

}  // namespace

std::string_view TrimSet(std::string_view s, std::string_view set) {
  while (!s.empty() && set.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  while (!s.empty() && set.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

std::string_view Core(std::string_view word) { return TrimSet(word, "()[]\"',.;:*_"); }

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return ascii::IsDigit(c); });
}

bool HasUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return ascii::IsUpper(c); });
}

bool HasLower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return ascii::IsLower(c); });
}

bool HasAlpha(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return ascii::IsAlpha(c); });
}

bool InWordList(std::string_view word, std::string_view list) {
  const std::string_view core = Core(word);
  if (core.empty() || core.size() > 20) return false;
  std::string key = " ";
  key += ascii::ToLowerCopy(core);
  key += ' ';
  return list.find(key) != std::string_view::npos;
}

bool IsHonorific(std::string_view word) { return InSet(Core(word), kHonorifics); }

}  // namespace edgard::extract
