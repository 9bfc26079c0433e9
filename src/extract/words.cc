#include "extract/words.h"

#include <algorithm>
#include <array>
#include <string>

namespace edgard::extract {
namespace {

constexpr std::array<std::string_view, 8> kHonorifics = {"mr",   "mrs",  "ms",        "dr",
                                                         "miss", "prof", "professor", "messrs"};

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

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

size_t MonthNameAt(std::string_view text, int* month) {
  for (size_t m = 0; m < kMonths.size(); ++m) {
    const std::string_view name = kMonths[m];
    size_t length = 0;
    if (ascii::StartsWithIgnoreCase(text, name)) {
      length = name.size();
    } else if (name == "september" && ascii::StartsWithIgnoreCase(text, "sept")) {
      length = 4;
    } else if (ascii::StartsWithIgnoreCase(text, name.substr(0, 3))) {
      length = 3;
    } else {
      continue;
    }
    if (length < name.size() && length < text.size() && text[length] == '.') ++length;
    if (length < text.size() && ascii::IsAlpha(text[length])) continue;
    *month = static_cast<int>(m) + 1;
    return length;
  }
  return 0;
}

std::vector<std::string> NameKey(std::string_view name, bool initials) {
  std::vector<std::string> out;
  for (std::string_view word : Words(name)) {
    const std::string_view core = Core(word);
    if (core.empty() || (core.size() == 1 && !initials) || IsHonorific(word)) continue;
    out.push_back(ascii::ToLowerCopy(core));
  }
  return out;
}

bool NameWordsWithin(std::string_view a, std::string_view b, bool initials) {
  const std::vector<std::string> x = NameKey(a, initials);
  const std::vector<std::string> y = NameKey(b, initials);
  if (x.empty() || y.empty()) return false;
  const std::vector<std::string>& shorter = x.size() <= y.size() ? x : y;
  const std::vector<std::string>& longer = x.size() <= y.size() ? y : x;
  return std::all_of(shorter.begin(), shorter.end(), [&longer](const std::string& w) {
    return std::find(longer.begin(), longer.end(), w) != longer.end();
  });
}

}  // namespace edgard::extract
