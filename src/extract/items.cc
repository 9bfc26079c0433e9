#include "extract/items.h"

#include <algorithm>
#include <optional>
#include <string>

#include "base/ascii.h"

namespace edgard::extract {
namespace {

// Headings beyond this many are not considered (the chain search is
// quadratic in their number; real filings have a few hundred at most).
constexpr size_t kMaxHeadings = 3000;

// A line that starts an item.
struct Heading {
  size_t line_begin = 0;  // where the heading line starts
  size_t body_begin = 0;  // where the item's text starts
  std::string number;     // "7", "7A", "2.02"
  std::string number2;    // second number of a combined heading ("Items 7 and 7A")
  std::string title;
  int key = 0;                // position in the form's item order
  int key2 = 0;               // key of number2, else key
  int part = 0;               // 10-Q part (1 or 2), 0 when not known
  size_t line = 0;            // line index
  bool inline_title = false;  // the title is on the heading's own line
};

// A line that ends the text of the item before it: "PART II", "SIGNATURES".
struct Boundary {
  size_t line_begin = 0;
  int part = 0;          // 1..4 for a PART heading, 0 for SIGNATURES
  size_t next_line = 0;  // index of the next non-empty line
};

struct Line {
  size_t begin = 0;  // of the whole line
  size_t end = 0;    // of the line, before '\n'
  std::string_view trimmed;
};

bool IsCellSpace(char c) { return c == ' ' || c == '\t' || c == '|' || c == '\r'; }

std::string_view TrimCells(std::string_view s) {
  while (!s.empty() && IsCellSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsCellSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Skips separators between an item number and its title: spaces, cell bars,
// '.', ':', '-', and the UTF-8 en and em dashes. Returns whether any
// punctuation was among them.
bool SkipSeparators(std::string_view s, size_t* i) {
  bool punctuation = false;
  while (*i < s.size()) {
    const char c = s[*i];
    if (IsCellSpace(c)) {
      ++*i;
    } else if (c == '.' || c == ':' || c == '-') {
      punctuation = true;
      ++*i;
    } else if (s.substr(*i, 3) == "\xE2\x80\x93" || s.substr(*i, 3) == "\xE2\x80\x94") {
      punctuation = true;
      *i += 3;
    } else {
      break;
    }
  }
  return punctuation;
}

// Reads an item number at s[*i] for `scheme`; sets its text and key.
bool ReadItemNumber(std::string_view s, size_t* i, ItemScheme scheme, std::string* number,
                    int* key) {
  size_t j = *i;
  int major = 0;
  while (j < s.size() && ascii::IsDigit(s[j]) && j - *i < 2) major = major * 10 + (s[j++] - '0');
  if (j == *i || major == 0) return false;
  if (j < s.size() && ascii::IsDigit(s[j])) return false;  // "Item 401"
  if (scheme == ItemScheme::kEightK) {
    if (j + 2 < s.size() && s[j] == '.' && ascii::IsDigit(s[j + 1]) && ascii::IsDigit(s[j + 2]) &&
        (j + 3 >= s.size() || !ascii::IsDigit(s[j + 3]))) {
      const int minor = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
      if (major > 9 || minor == 0) return false;
      *number = std::string(s.substr(*i, j + 3 - *i));
      *key = major * 100 + minor;
      *i = j + 3;
      return true;
    }
    if (major > 12) return false;  // legacy items 1-12
    if (j < s.size() && ascii::IsAlnum(s[j])) return false;
    *number = std::string(s.substr(*i, j - *i));
    *key = major * 100;
    *i = j;
    return true;
  }
  if (major > (scheme == ItemScheme::kTenK ? 16 : 6)) return false;
  int letter = 0;
  if (j < s.size() && ascii::IsAlpha(s[j]) && (j + 1 >= s.size() || !ascii::IsAlpha(s[j + 1]))) {
    const char upper = ascii::ToUpper(s[j]);
    if (upper < 'A' || upper > 'D') return false;
    letter = upper - 'A' + 1;
    ++j;
  }
  if (j < s.size() && ascii::IsAlnum(s[j])) return false;
  // "Item 9A(T)", "Item 9A(I)": a temporary or renumbered item.
  if (j + 2 < s.size() && s[j] == '(' && ascii::IsUpper(s[j + 1]) && s[j + 2] == ')') j += 3;
  *number = std::to_string(major);
  if (letter > 0) number->push_back(static_cast<char>('A' + letter - 1));
  *key = major * 10 + letter;
  *i = j;
  return true;
}

// "Business | 3", "Business.......... 3", "Other Events." -> the title.
std::string CleanTitle(std::string_view raw) {
  std::string title;
  title.reserve(raw.size());
  for (char c : raw) {
    if (c == '|' || c == '\t') c = ' ';
    if (c == ' ' && (title.empty() || title.back() == ' ')) continue;
    title.push_back(c);
  }
  // Trailing page numbers ("3", "F-1", "ii"), dot leaders and punctuation.
  for (;;) {
    while (!title.empty() && (title.back() == ' ' || title.back() == '.' || title.back() == ':' ||
                              title.back() == '_')) {
      title.pop_back();
    }
    const size_t space = title.rfind(' ');
    if (space == std::string::npos) break;
    const std::string_view last = std::string_view(title).substr(space + 1);
    const bool page =
        std::all_of(last.begin(), last.end(),
                    [](char c) { return ascii::IsDigit(c) || c == '-' || c == 'F' || c == '.'; }) &&
        std::any_of(last.begin(), last.end(), [](char c) { return ascii::IsDigit(c); });
    if (!page) break;
    title.resize(space);
  }
  return title;
}

// A title that runs on into the item's text: cut at the first sentence end.
size_t TitleLength(std::string_view rest) {
  constexpr size_t kLongTitle = 160;
  if (rest.size() <= kLongTitle) return rest.size();
  for (size_t k = 8; k + 1 < rest.size() && k < 400; ++k) {
    if (rest[k] == '.' && rest[k + 1] == ' ' && !ascii::IsUpper(rest[k - 1])) return k + 1;
  }
  return kLongTitle;
}

// The 10-Q part an item title belongs to, when no PART heading says.
int PartOfTenQTitle(std::string_view title) {
  for (std::string_view part_one :
       {"financial statements", "management's discussion", "management\xE2\x80\x99s discussion",
        "quantitative and qualitative", "controls and procedures"}) {
    if (ascii::FindIgnoreCase(title, part_one) != std::string_view::npos) return 1;
  }
  for (std::string_view part_two :
       {"legal proceedings", "risk factors", "unregistered sales", "changes in securities",
        "defaults upon", "submission of matters", "mine safety", "other information", "exhibits"}) {
    if (ascii::FindIgnoreCase(title, part_two) != std::string_view::npos) return 2;
  }
  return 0;
}

// Reads "PART I", "Part II - Other Information" as a part number (1..4).
int ReadPartHeading(std::string_view line) {
  if (!ascii::StartsWithIgnoreCase(line, "part") || line.size() < 6 || !ascii::IsBlank(line[4])) {
    return 0;
  }
  size_t i = 4;
  while (i < line.size() && ascii::IsBlank(line[i])) ++i;
  size_t j = i;
  while (j < line.size() && (line[j] == 'I' || line[j] == 'V' || line[j] == 'i' || line[j] == 'v'))
    ++j;
  const std::string roman = ascii::ToUpperCopy(line.substr(i, j - i));
  int part = 0;
  if (roman == "I") part = 1;
  if (roman == "II") part = 2;
  if (roman == "III") part = 3;
  if (roman == "IV") part = 4;
  if (part == 0) return 0;
  if (j == line.size()) return part;
  if (ascii::IsAlnum(line[j]) || line[j] == ',' || line[j] == ';' || line[j] == '(') return 0;
  size_t k = j;
  SkipSeparators(line, &k);
  return k == line.size() || !ascii::IsLower(line[k]) ? part : 0;
}

// A heading in capitals: letters present, none of them lower case.
bool IsUpperCaseTitle(std::string_view s) {
  bool letters = false;
  for (char c : s) {
    if (ascii::IsLower(c)) return false;
    letters = letters || ascii::IsUpper(c);
  }
  return letters;
}

bool IsSignaturesLine(std::string_view trimmed) {
  return ascii::EqualsIgnoreCase(trimmed, "signatures") ||
         ascii::EqualsIgnoreCase(trimmed, "signature");
}

class Splitter {
 public:
  Splitter(std::string_view text, ItemScheme scheme) : text_(text), scheme_(scheme) {}

  std::vector<ItemRecord> Run(int document) {
    Scan();
    const std::vector<size_t> chain = BestChain();
    std::vector<ItemRecord> items;
    for (size_t k = 0; k < chain.size(); ++k) {
      const Heading& h = headings_[chain[k]];
      const size_t next = k + 1 < chain.size() ? headings_[chain[k + 1]].line_begin : text_.size();
      size_t end = std::max(next, h.body_begin);
      // A PART heading or the signatures between two items end the first.
      for (const Boundary& b : boundaries_) {
        if (b.line_begin >= h.body_begin && b.line_begin < end) {
          end = b.line_begin;
          break;
        }
      }
      size_t begin = std::min(h.body_begin, end);
      while (begin < end && ascii::IsSpace(text_[begin])) ++begin;
      while (end > begin && ascii::IsSpace(text_[end - 1])) --end;
      ItemRecord item;
      item.document = document;
      if (scheme_ == ItemScheme::kTenQ && h.part > 0) item.part = h.part == 1 ? "I" : "II";
      item.number = h.number;
      item.title = h.title;
      item.status = Status(text_.substr(begin, end - begin),
                           ascii::FindIgnoreCase(h.title, "exhibit") != std::string_view::npos);
      item.text_begin = begin;
      item.text_end = end;
      if (!h.number2.empty()) {
        ItemRecord second = item;
        second.number = h.number2;
        items.push_back(std::move(item));
        items.push_back(std::move(second));
      } else {
        items.push_back(std::move(item));
      }
    }
    ShareGroupStatus(&items);
    return items;
  }

 private:
  // Headings in a row without text of their own ("Item 10.", "Item 11." ...
  // then one note for all) share the status of the text that follows them;
  // with no such note they are omitted.
  static void ShareGroupStatus(std::vector<ItemRecord>* items) {
    for (size_t i = 0; i < items->size(); ++i) {
      ItemRecord& item = (*items)[i];
      if (item.text_end > item.text_begin) continue;
      std::string status = "omitted";
      for (size_t k = i + 1; k < items->size(); ++k) {
        const ItemRecord& later = (*items)[k];
        if (later.text_end > later.text_begin) {
          if (later.status != "extracted") status = later.status;
          break;
        }
      }
      item.status = status;
    }
  }

  void Scan() {
    std::vector<Line>& lines = lines_;
    size_t pos = 0;
    while (pos < text_.size()) {
      size_t end = text_.find('\n', pos);
      if (end == std::string_view::npos) end = text_.size();
      lines.push_back({pos, end, TrimCells(text_.substr(pos, end - pos))});
      pos = end + 1;
    }
    int part = 0;
    for (size_t n = 0; n < lines.size() && headings_.size() < kMaxHeadings; ++n) {
      const Line& line = lines[n];
      if (line.trimmed.empty()) continue;
      if (const int p = ReadPartHeading(line.trimmed); p > 0) {
        part = p;
        size_t next = n + 1;
        while (next < lines.size() && lines[next].trimmed.empty()) ++next;
        boundaries_.push_back({line.begin, p, next});
        continue;
      }
      if (IsSignaturesLine(line.trimmed)) {
        boundaries_.push_back({line.begin, 0, n});
        continue;
      }
      std::optional<Heading> heading = ReadHeading(lines, n);
      if (!heading) continue;
      if (scheme_ == ItemScheme::kTenQ) {
        heading->part = part == 1 || part == 2 ? part : PartOfTenQTitle(heading->title);
        if (heading->part == 0) heading->part = 1;
        heading->key += heading->part * 1000;
        heading->key2 += heading->part * 1000;
      }
      headings_.push_back(std::move(*heading));
    }
    DropRunningHeaders();
  }

  // Page headers that repeat an item number on every page ("PART I" then
  // "Item 1", without a title) are neither headings nor part boundaries.
  void DropRunningHeaders() {
    constexpr int kRepeats = 3;
    std::vector<std::pair<std::string, int>> counts;
    for (const Heading& h : headings_) {
      if (h.inline_title) continue;
      auto it = std::find_if(counts.begin(), counts.end(),
                             [&h](const auto& c) { return c.first == h.number; });
      if (it == counts.end()) {
        counts.push_back({h.number, 1});
      } else {
        ++it->second;
      }
    }
    // Also dropped: an untitled "Item 9A" inside Item 9A's own text.
    std::string current;
    std::vector<Heading> kept;
    for (Heading& h : headings_) {
      bool running = false;
      if (h.inline_title) {
        current = h.number;
      } else {
        running = h.number == current;
        for (const auto& [number, count] : counts) {
          running = running || (number == h.number && count >= kRepeats);
        }
      }
      if (!running) kept.push_back(std::move(h));
    }
    headings_ = std::move(kept);
    // A PART line followed by an "Item" line that is not a heading ("Item 7",
    // "Item 1A, 1B") is a page header too.
    std::erase_if(boundaries_, [&](const Boundary& b) {
      if (b.part == 0 || b.next_line >= lines_.size()) return false;
      if (!ascii::StartsWithIgnoreCase(lines_[b.next_line].trimmed, "item")) return false;
      return std::none_of(headings_.begin(), headings_.end(),
                          [&b](const Heading& h) { return h.line == b.next_line; });
    });
  }

  std::optional<Heading> ReadHeading(const std::vector<Line>& lines, size_t n) const {
    const std::string_view s = lines[n].trimmed;
    if (s.size() < 6 || !ascii::StartsWithIgnoreCase(s, "item")) return std::nullopt;
    size_t i = 4;
    const bool plural = i < s.size() && (s[i] == 's' || s[i] == 'S');
    if (plural) ++i;
    if (i >= s.size() || !ascii::IsBlank(s[i])) return std::nullopt;
    while (i < s.size() && ascii::IsBlank(s[i])) ++i;
    Heading h;
    if (!ReadItemNumber(s, &i, scheme_, &h.number, &h.key)) return std::nullopt;
    h.key2 = h.key;
    // "Items 7 and 7A", "Items 7 & 7A", "Items 7, 7A".
    for (std::string_view joint : {" and ", " & ", ", ", " AND "}) {
      if (plural && s.substr(i).starts_with(joint)) {
        size_t k = i + joint.size();
        std::string second;
        int key2 = 0;
        if (ReadItemNumber(s, &k, scheme_, &second, &key2) && key2 > h.key) {
          h.number2 = std::move(second);
          h.key2 = key2;
          i = k;
        }
        break;
      }
    }
    const bool punctuation = SkipSeparators(s, &i);
    std::string_view rest = s.substr(i);
    // "Item 7 of this report", "Item 7, Management's ..." are mentions.
    if (!rest.empty()) {
      const char c = rest.front();
      if (ascii::IsLower(c) || c == ',' || c == ';' || c == '(' || c == ')') return std::nullopt;
      if (!punctuation && ascii::IsDigit(c)) return std::nullopt;
    }
    const size_t title_length = TitleLength(rest);
    h.title = CleanTitle(rest.substr(0, title_length));
    h.inline_title = !h.title.empty();
    h.line = n;
    h.line_begin = lines[n].begin;
    const size_t rest_offset = static_cast<size_t>(rest.data() - text_.data());
    h.body_begin = title_length < rest.size() ? rest_offset + title_length : lines[n].end;
    if (h.inline_title && title_length == rest.size() && n + 1 < lines.size() &&
        IsUpperCaseTitle(h.title) && IsUpperCaseTitle(lines[n + 1].trimmed) &&
        lines[n + 1].trimmed.size() < 80 && ReadPartHeading(lines[n + 1].trimmed) == 0 &&
        !ascii::StartsWithIgnoreCase(lines[n + 1].trimmed, "item") &&
        !IsSignaturesLine(lines[n + 1].trimmed)) {
      // "ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET" / "RISK".
      h.title += ' ';
      h.title += CleanTitle(lines[n + 1].trimmed);
      h.body_begin = lines[n + 1].end;
    }
    if (h.title.empty()) {
      // "ITEM 1." on its own line, the title on the next.
      for (size_t m = n + 1; m < lines.size() && m <= n + 3; ++m) {
        const std::string_view next = lines[m].trimmed;
        if (next.empty()) continue;
        if (next.size() <= 120 && !ascii::IsLower(next.front()) &&
            !ascii::StartsWithIgnoreCase(next, "item ") && ReadPartHeading(next) == 0) {
          h.title = CleanTitle(next);
          h.body_begin = lines[m].end;
        }
        break;
      }
    }
    return h;
  }

  // The chain of headings, increasing in item order, that best explains the
  // document: one point per item; a little for a title on the heading's own
  // line (page headers have none) and for text under the heading (contents
  // entries have none); a penalty for every heading the chain passes over
  // between two items (a contents entry followed by the body is not one
  // item), small for headings without a title. Headings after the last item
  // (a cross-reference sheet) cost nothing.
  std::vector<size_t> BestChain() const {
    const size_t n = headings_.size();
    if (n == 0) return {};
    std::vector<size_t> titled_before(n + 1, 0);
    for (size_t k = 0; k < n; ++k) {
      titled_before[k + 1] = titled_before[k] + (headings_[k].inline_title ? 1 : 0);
    }
    std::vector<double> best(n, 0);
    std::vector<size_t> next(n, n);
    auto weight = [&](size_t i, size_t j) {
      const Heading& h = headings_[i];
      const size_t end = j < n ? headings_[j].line_begin : text_.size();
      const double body = end > h.body_begin ? static_cast<double>(end - h.body_begin) : 0.0;
      double skipped_titled = 0, skipped_untitled = 0;
      if (j < n) {
        skipped_titled = static_cast<double>(titled_before[j] - titled_before[i + 1]);
        skipped_untitled = static_cast<double>(j - i - 1) - skipped_titled;
      }
      return 1.0 + (h.inline_title ? 0.1 : 0.0) + 0.2 * std::min(body, 100.0) / 100.0 -
             0.3 * skipped_titled - 0.05 * skipped_untitled;
    };
    for (size_t i = n; i-- > 0;) {
      best[i] = weight(i, n);
      for (size_t j = i + 1; j < n; ++j) {
        if (headings_[j].key <= headings_[i].key2) continue;
        const double score = weight(i, j) + best[j];
        if (score > best[i]) {
          best[i] = score;
          next[i] = j;
        }
      }
    }
    // The best start; among equals the later one (past the contents page).
    size_t start = 0;
    for (size_t i = 1; i < n; ++i) {
      if (best[i] >= best[start] - 1e-9) start = i;
    }
    std::vector<size_t> chain;
    for (size_t i = start; i < n; i = next[i]) chain.push_back(i);
    return chain;
  }

  std::string Status(std::string_view body, bool exhibits) const {
    const std::string_view head = body.substr(0, 1200);
    auto has = [head](std::string_view phrase) {
      return ascii::FindIgnoreCase(head, phrase) != std::string_view::npos;
    };
    if (body.size() < 600) {
      const std::string_view folded = TrimCells(body);
      if (has("not applicable") || ascii::EqualsIgnoreCase(folded, "none") ||
          ascii::EqualsIgnoreCase(folded, "none.") || ascii::StartsWithIgnoreCase(folded, "n/a")) {
        return "not_applicable";
      }
      if (scheme_ != ItemScheme::kEightK && has("omitted")) return "omitted";
    }
    // An exhibit list says "incorporated by reference" of its exhibits, not
    // of itself.
    if (scheme_ != ItemScheme::kEightK && body.size() < 4000 && !exhibits &&
        (has("incorporated by reference") || has("incorporated herein by reference"))) {
      return "incorporated_by_reference";
    }
    return "extracted";
  }

  std::string_view text_;
  ItemScheme scheme_;
  std::vector<Line> lines_;
  std::vector<Heading> headings_;
  std::vector<Boundary> boundaries_;
};

}  // namespace

ItemScheme ItemSchemeOf(std::string_view form_type) {
  const std::string form = ascii::ToUpperCopy(ascii::Trim(form_type));
  if (form.starts_with("8-K")) return ItemScheme::kEightK;
  if (form.starts_with("10-K")) return ItemScheme::kTenK;
  if (form.starts_with("10-Q")) return ItemScheme::kTenQ;
  return ItemScheme::kNone;
}

std::vector<ItemRecord> SplitItems(std::string_view text, ItemScheme scheme, int document) {
  if (scheme == ItemScheme::kNone || text.empty()) return {};
  return Splitter(text, scheme).Run(document);
}

}  // namespace edgard::extract
