#include "base/ascii.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace edgard::ascii {

namespace {

// Where `c` next occurs in [at, end) of `text`, or `end`: memchr, which
// scans many bytes at a time.
size_t NextByte(std::string_view text, char c, size_t at, size_t end) {
  if (at >= end) return end;
  const void* hit = std::memchr(text.data() + at, c, end - at);
  return hit == nullptr ? end : static_cast<size_t>(static_cast<const char*>(hit) - text.data());
}

// How common each byte is in English text, for choosing the needle's byte
// to look for: lower is rarer. Letters by their frequency in English (either
// case), white space above them all; digits and punctuation count as rare.
constexpr std::array<unsigned char, 256> kCommonness = [] {
  std::array<unsigned char, 256> table{};
  constexpr std::string_view kByFrequency = "zqxjkvbpygfwmucldrhsnioate";
  for (size_t i = 0; i < kByFrequency.size(); ++i) {
    const auto lower = static_cast<unsigned char>(kByFrequency[i]);
    table[lower] = static_cast<unsigned char>(i + 1);
    table[lower - 'a' + 'A'] = static_cast<unsigned char>(i + 1);
  }
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) {
    table[static_cast<unsigned char>(c)] = static_cast<unsigned char>(kByFrequency.size() + 1);
  }
  return table;
}();

// Haystacks shorter than this are searched for the needle's first byte:
// choosing a rarer one costs more than it saves.
constexpr size_t kAnchorFrom = 256;

}  // namespace

size_t FindIgnoreCase(std::string_view haystack, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (haystack.size() < needle.size() || from > haystack.size() - needle.size()) {
    return std::string_view::npos;
  }
  // Candidates are the places of the needle's rarest byte, in either case:
  // fewer false starts than its first byte ("e" in "revenue" against "v").
  size_t anchor = 0;
  if (haystack.size() - from >= kAnchorFrom) {
    const auto commonness = [](char c) { return kCommonness[static_cast<unsigned char>(c)]; };
    for (size_t i = 1; i < needle.size() && i < 16; ++i) {
      if (commonness(needle[i]) < commonness(needle[anchor])) anchor = i;
    }
  }
  const char lower = ToLower(needle[anchor]);
  const char upper = ToUpper(needle[anchor]);
  // Anchor positions of starts in [from, last start].
  const size_t end = haystack.size() - needle.size() + 1 + anchor;
  size_t next_lower = NextByte(haystack, lower, from + anchor, end);
  size_t next_upper = lower == upper ? end : NextByte(haystack, upper, from + anchor, end);
  while (next_lower < end || next_upper < end) {
    const size_t at = std::min(next_lower, next_upper);
    if (EqualsIgnoreCase(haystack.substr(at - anchor, needle.size()), needle)) return at - anchor;
    if (at == next_lower) next_lower = NextByte(haystack, lower, at + 1, end);
    if (at == next_upper) next_upper = NextByte(haystack, upper, at + 1, end);
  }
  return std::string_view::npos;
}

std::vector<std::string_view> SplitLines(std::string_view text, bool trim) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    lines.push_back(trim ? Trim(line) : line);
    pos = end + 1;
  }
  return lines;
}

std::string_view TrimLeft(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsSpace(s[i])) ++i;
  return s.substr(i);
}

std::string_view TrimRight(std::string_view s) {
  size_t n = s.size();
  while (n > 0 && IsSpace(s[n - 1])) --n;
  return s.substr(0, n);
}

std::string ToLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLower(c);
  return out;
}

std::string ToUpperCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToUpper(c);
  return out;
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    const size_t start = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    if (i == start) break;
    if (!out.empty()) out.push_back(' ');
    out.append(s.data() + start, i - start);  // a word at a time
  }
  return out;
}

}  // namespace edgard::ascii
