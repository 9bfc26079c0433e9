#include "extract/exhibits.h"

#include <algorithm>
#include <string>

#include "base/ascii.h"

namespace edgard::extract {
namespace {

// How far past an "EXHIBIT INDEX" heading entries are looked for.
constexpr size_t kIndexBytes = 256 * 1024;

struct Entry {
  std::string number;
  std::string description;
  size_t description_column = 0;  // where the description starts in its line
};

bool IsMarker(char c) { return c == '*' || c == '+' || c == '#'; }

// "99.1  Press Release ...", "Exhibit 99.1 - Press Release", "10.8.2 | Amendment",
// "3(i) | Articles of Incorporation".
bool ReadEntry(std::string_view line, Entry* entry) {
  size_t i = 0;
  while (i < line.size() && (ascii::IsBlank(line[i]) || line[i] == '|')) ++i;
  bool prefixed = false;
  for (std::string_view prefix : {"exhibit no.", "exhibit", "ex."}) {
    if (ascii::StartsWithIgnoreCase(line.substr(i), prefix) && i + prefix.size() < line.size() &&
        ascii::IsBlank(line[i + prefix.size()])) {
      i += prefix.size();
      prefixed = true;
      while (i < line.size() && ascii::IsBlank(line[i])) ++i;
      break;
    }
  }
  const size_t start = i;
  bool dotted = false;
  for (;;) {
    const size_t digits = i;
    while (i < line.size() && ascii::IsDigit(line[i]) && i - digits < 3) ++i;
    if (i == digits) return false;
    if (i < line.size() && ascii::IsDigit(line[i])) return false;  // a year, an amount
    if (i + 1 < line.size() && line[i] == '.' && ascii::IsDigit(line[i + 1])) {
      dotted = true;
      ++i;
      continue;
    }
    break;
  }
  // "3(i)", "10(a)", "4a".
  if (i + 2 < line.size() && line[i] == '(' && ascii::IsAlnum(line[i + 1])) {
    const size_t close = line.find(')', i);
    if (close == std::string_view::npos || close - i > 5) return false;
    i = close + 1;
  } else if (i < line.size() && ascii::IsLower(line[i]) &&
             (i + 1 == line.size() || !ascii::IsAlpha(line[i + 1]))) {
    ++i;
  }
  std::string number(line.substr(start, i - start));
  while (i < line.size() && IsMarker(line[i])) ++i;
  // Separator: a cell, a tab, two spaces, a dash, or ". " after a dotted number.
  const size_t separator = i;
  bool strong = false;
  while (i < line.size()) {
    const char c = line[i];
    if (c == '|' || c == '\t' || c == '-' || c == ':') {
      strong = true;
      ++i;
    } else if (c == ' ') {
      if (i + 1 < line.size() && line[i + 1] == ' ') strong = true;
      ++i;
    } else if (line.substr(i, 3) == "\xE2\x80\x93" || line.substr(i, 3) == "\xE2\x80\x94") {
      strong = true;
      i += 3;
    } else if (c == '.' && dotted) {
      ++i;
    } else {
      break;
    }
  }
  if (i == separator || i >= line.size()) return false;
  const char first = line[i];
  const bool opens = ascii::IsUpper(first) || first == '"' || first == '(' ||
                     static_cast<unsigned char>(first) >= 0x80;
  if (!(opens || (ascii::IsLower(first) && strong))) return false;
  if (!strong && !prefixed && !(dotted && opens)) return false;
  entry->number = std::move(number);
  entry->description = ascii::CollapseSpace(line.substr(i));
  std::replace(entry->description.begin(), entry->description.end(), '|', ' ');
  entry->description = ascii::CollapseSpace(entry->description);
  entry->description_column = i;
  return true;
}

size_t Indent(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && ascii::IsBlank(line[i])) ++i;
  return i;
}

void ReadRegion(std::string_view region, std::vector<ExhibitRecord>* out) {
  Entry open;
  bool have_open = false;
  auto flush = [&] {
    if (!have_open) return;
    have_open = false;
    for (ExhibitRecord& e : *out) {
      if (e.number == open.number) {
        if (e.description.empty()) e.description = open.description;
        return;
      }
    }
    out->push_back({open.number, open.description, 0});
  };
  size_t pos = 0;
  int continuations = 0;
  while (pos < region.size()) {
    size_t end = region.find('\n', pos);
    if (end == std::string_view::npos) end = region.size();
    const std::string_view line = region.substr(pos, end - pos);
    pos = end + 1;
    Entry entry;
    if (ReadEntry(line, &entry)) {
      flush();
      open = std::move(entry);
      have_open = true;
      continuations = 0;
      continue;
    }
    const std::string_view trimmed = ascii::Trim(line);
    // A description wrapped onto the next line, indented under the first.
    if (have_open && !trimmed.empty() && continuations < 3 &&
        Indent(line) + 2 >= open.description_column && open.description_column > 0 &&
        line.find('|') == std::string_view::npos) {
      open.description += ' ';
      open.description += ascii::CollapseSpace(trimmed);
      ++continuations;
      continue;
    }
    flush();
  }
  flush();
}

bool IsIndexHeading(std::string_view trimmed) {
  if (trimmed.size() > 60) return false;
  for (std::string_view heading : {"exhibit index", "index to exhibits", "index of exhibits",
                                   "exhibits index", "list of exhibits"}) {
    if (ascii::FindIgnoreCase(trimmed, heading) != std::string_view::npos) return true;
  }
  return false;
}

// "EX-99.1" -> "99.1".
std::string AttachedNumber(std::string_view type) {
  type = ascii::Trim(type);
  if (!ascii::StartsWithIgnoreCase(type, "ex-")) return {};
  return ascii::ToUpperCopy(type.substr(3));
}

}  // namespace

std::vector<ExhibitRecord> ReadExhibitList(std::string_view text,
                                           const std::vector<ItemRecord>& items) {
  std::vector<ExhibitRecord> out;
  for (const ItemRecord& item : items) {
    if (ascii::FindIgnoreCase(item.title, "exhibit") == std::string_view::npos) continue;
    if (item.text_end > text.size() || item.text_begin > item.text_end) continue;
    ReadRegion(text.substr(item.text_begin, item.text_end - item.text_begin), &out);
  }
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view trimmed = ascii::Trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (!IsIndexHeading(trimmed)) continue;
    const std::string_view region = text.substr(std::min(pos, text.size()), kIndexBytes);
    ReadRegion(region, &out);
    pos += region.size();
  }
  return out;
}

void LinkExhibits(const std::vector<DocumentRecord>& documents,
                  std::vector<ExhibitRecord>* exhibits) {
  std::vector<bool> used(documents.size(), false);
  auto same = [](std::string_view a, std::string_view b) { return ascii::EqualsIgnoreCase(a, b); };
  for (ExhibitRecord& e : *exhibits) {
    for (size_t d = 0; d < documents.size(); ++d) {
      if (!used[d] && same(AttachedNumber(documents[d].type), e.number)) {
        e.document = documents[d].sequence;
        used[d] = true;
        break;
      }
    }
  }
  // "99.1" listed, attached as plain "EX-99": linked when that is the only one.
  for (ExhibitRecord& e : *exhibits) {
    if (e.document != 0) continue;
    const std::string major = e.number.substr(0, e.number.find_first_of(".("));
    size_t match = documents.size();
    int count = 0;
    for (size_t d = 0; d < documents.size(); ++d) {
      if (!used[d] && same(AttachedNumber(documents[d].type), major)) {
        match = d;
        ++count;
      }
    }
    if (count == 1) {
      e.document = documents[match].sequence;
      used[match] = true;
    }
  }
  for (size_t d = 0; d < documents.size(); ++d) {
    if (used[d]) continue;
    const std::string number = AttachedNumber(documents[d].type);
    if (number.empty() || !ascii::IsDigit(number.front())) continue;
    exhibits->push_back(
        {number, ascii::CollapseSpace(documents[d].description), documents[d].sequence});
  }
}

}  // namespace edgard::extract
