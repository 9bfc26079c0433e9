#include "extract/beneficial_ownership.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "base/accession.h"
#include "base/ascii.h"
#include "base/dates.h"
#include "edgard/beneficial_ownership.h"
#include "edgard/result.h"
#include "edgard/status.h"
#include "extract/cover_page.h"
#include "extract/words.h"
#include "extract/xml_body.h"

namespace edgard::extract {
namespace {

constexpr size_t kNone = std::string_view::npos;

// Lines after a row's title that may hold its value (legacy text puts blank
// lines and the interleaved side label between them).
constexpr size_t kMaxValueLines = 6;
// Lines above a header label that may hold its value (blank lines and rules
// of underscores come between).
constexpr size_t kMaxLinesAbove = 4;
// A reporting person's name runs over at most this many lines.
constexpr size_t kMaxNameLines = 3;
constexpr size_t kMaxNameBytes = 200;
constexpr size_t kMaxCitizenshipBytes = 120;
constexpr size_t kMaxHeaderValueBytes = 300;
// How many "CUSIP" mentions are tried for a valid CUSIP.
constexpr size_t kMaxCusipMentions = 64;
constexpr size_t kCusipLength = 9;
// Type codes read per person from XML; the 13G schema allows 14.
constexpr size_t kMaxTypeCodes = 16;

unsigned char Byte(char c) { return static_cast<unsigned char>(c); }

// ---------------------------------------------------------------------------
// The text

// The first kScheduleCoverBytes of a document's text as lines, each with its
// white space (tabs, no-break spaces, runs of blanks) folded into single
// spaces and trimmed: legacy text's columns then read like HTML's rows. The
// lines view `text_`, so a Page is neither copied nor moved.
class Page {
 public:
  explicit Page(std::string_view input) {
    input = input.substr(0, kScheduleCoverBytes);
    text_.reserve(input.size());
    std::vector<std::pair<size_t, size_t>> spans;
    size_t start = 0;
    bool pending = false;
    for (size_t i = 0; i < input.size(); ++i) {
      const unsigned char c = Byte(input[i]);
      if (c == '\n') {
        spans.emplace_back(start, text_.size());
        text_.push_back('\n');
        start = text_.size();
        pending = false;
        continue;
      }
      bool blank = c <= ' ' || c == 0x7F;
      if (c == 0xC2 && i + 1 < input.size() && Byte(input[i + 1]) == 0xA0) {
        blank = true;
        ++i;
      }
      if (blank) {
        pending = text_.size() > start;
        continue;
      }
      if (pending) text_.push_back(' ');
      pending = false;
      text_.push_back(input[i]);
    }
    spans.emplace_back(start, text_.size());
    lines_.reserve(spans.size());
    const std::string_view text = text_;
    for (const auto& [begin, end] : spans) lines_.push_back(text.substr(begin, end - begin));
  }
  Page(const Page&) = delete;
  Page& operator=(const Page&) = delete;

  size_t size() const { return lines_.size(); }
  std::string_view operator[](size_t i) const { return i < lines_.size() ? lines_[i] : ""; }

 private:
  std::string text_;
  std::vector<std::string_view> lines_;
};

// A line of rule characters only ("______", "-----", "|"), which filers
// print between a value and its label.
bool IsRule(std::string_view line) {
  return !line.empty() && line.find_first_not_of("_-=*|~. ") == kNone;
}

// "Item 1.", "ITEM 1(A). | NAME OF ISSUER", "Item 4. Purpose of Transaction":
// the items that follow the cover pages.
bool IsItemHeading(std::string_view line) {
  if (!ascii::StartsWithIgnoreCase(line, "item")) return false;
  size_t at = 4;
  while (at < line.size() && line[at] == ' ') ++at;
  return at > 4 && at < line.size() && ascii::IsDigit(line[at]);
}

// Whether a word may start at `at`: no letter just before it.
bool StartsWord(std::string_view s, size_t at) { return at == 0 || !ascii::IsAlpha(s[at - 1]); }

// `s` without the punctuation, pipes and rule characters around its words; a
// final point stays ("NIKE, Inc.", "U.S.").
std::string_view TrimPunctuation(std::string_view s) {
  s = ascii::Trim(s);
  while (!s.empty() && std::string_view("|:;_=*.,-~ ").find(s.front()) != kNone) s.remove_prefix(1);
  while (!s.empty() && std::string_view("|:;_=*,-~ ").find(s.back()) != kNone) s.remove_suffix(1);
  return s;
}

// ---------------------------------------------------------------------------
// Numbers and dates

// "1,234,567" or "5.6" at the start of `word` (commas allowed between
// digits), followed by nothing or by a non-alphanumeric byte ("5.6%",
// "6,527,090*", "24.2%(2)"); nullopt otherwise.
std::optional<double> NumberAt(std::string_view word) {
  std::string digits;
  size_t i = 0;
  bool point = false;
  for (; i < word.size(); ++i) {
    const char c = word[i];
    if (ascii::IsDigit(c)) {
      digits.push_back(c);
    } else if (c == ',' && !digits.empty() && i + 1 < word.size() && ascii::IsDigit(word[i + 1])) {
      continue;
    } else if (c == '.' && !point && i + 1 < word.size() && ascii::IsDigit(word[i + 1])) {
      point = true;
      digits.push_back(c);
    } else {
      break;
    }
  }
  if (digits.empty() || digits == "." || digits.size() > 24) return std::nullopt;
  if (i < word.size() && ascii::IsAlnum(word[i])) return std::nullopt;
  double value = 0;
  const char* end = digits.data() + digits.size();
  const auto [ptr, error] = std::from_chars(digits.data(), end, value);
  if (error != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

// The decimal of an XML value ("233990.00", "2,100,000"), or nullopt.
std::optional<double> ParseDecimal(std::string_view text) {
  text = ascii::Trim(text);
  if (text.starts_with('+')) text.remove_prefix(1);
  const std::optional<double> value = NumberAt(text);
  if (!value) return std::nullopt;
  // The whole text must be the number: "12 shares" is not one.
  std::string_view rest = text;
  while (!rest.empty() &&
         (ascii::IsDigit(rest.front()) || rest.front() == ',' || rest.front() == '.')) {
    rest.remove_prefix(1);
  }
  return rest.empty() ? value : std::nullopt;
}

// The first "12/31/2013" (or "2/9/15") date in `text` as YYYY-MM-DD, or empty.
std::string FindSlashDate(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!ascii::IsDigit(text[i]) || (i > 0 && ascii::IsAlnum(text[i - 1]))) continue;
    int parts[3] = {0, 0, 0};
    size_t widths[3] = {0, 0, 0};
    size_t p = i;
    for (int k = 0; k < 3; ++k) {
      while (p < text.size() && ascii::IsDigit(text[p]) && widths[k] < 4) {
        parts[k] = parts[k] * 10 + (text[p++] - '0');
        ++widths[k];
      }
      if (k < 2 && (p >= text.size() || text[p] != '/')) break;
      if (k < 2) ++p;
    }
    const bool shape = widths[0] >= 1 && widths[0] <= 2 && widths[1] >= 1 && widths[1] <= 2 &&
                       (widths[2] == 4 || widths[2] == 2) &&
                       (p >= text.size() || !ascii::IsDigit(text[p]));
    if (!shape) continue;
    int year = parts[2];
    if (widths[2] == 2) year += year < 50 ? 2000 : 1900;
    if (dates::IsValidDate(year, parts[0], parts[1])) {
      return dates::FormatIsoDate(year, parts[0], parts[1]);
    }
  }
  return {};
}

// The first "2015-06-30" date in `text`, or empty.
std::string FindIsoDate(std::string_view text) {
  for (size_t i = 0; i + 10 <= text.size(); ++i) {
    if (i > 0 && ascii::IsDigit(text[i - 1])) continue;
    if (i + 10 < text.size() && ascii::IsDigit(text[i + 10])) continue;
    if (std::optional<std::string> date = dates::IsoDate(text.substr(i, 10))) return *date;
  }
  return {};
}

// A date as cover pages print it: "December 31, 2013", "12/31/2013",
// "2013-12-31"; empty when there is none.
std::string ParseDate(std::string_view text) {
  const std::string folded = ascii::CollapseSpace(text);
  std::string date = FindWrittenDate(folded);
  if (date.empty()) date = FindSlashDate(folded);
  if (date.empty()) date = FindIsoDate(folded);
  return date;
}

// ---------------------------------------------------------------------------
// CUSIP

int CusipValue(char c) {
  if (ascii::IsDigit(c)) return c - '0';
  if (ascii::IsUpper(c)) return c - 'A' + 10;
  if (c == '*') return 36;
  if (c == '@') return 37;
  if (c == '#') return 38;
  return -1;
}

// The CUSIP at the start of `s` (after rule characters), written whole or in
// groups separated by spaces or dashes ("654106 10 3", "00130H-10-5"), as 9
// upper-case characters; empty when `s` does not start with one. The first
// group has at least 6 characters (the issuer number), so that "No. 1" and
// page numbers are not taken for one.
std::string NormalizeCusip(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && std::string_view(" _-:#.|").find(s[i]) != kNone) ++i;
  std::string cusip;
  size_t first_group = 0;
  bool in_first_group = true;
  for (; i < s.size() && cusip.size() < kCusipLength; ++i) {
    const char c = s[i];
    if (ascii::IsAlnum(c)) {
      cusip.push_back(ascii::ToUpper(c));
      if (in_first_group) ++first_group;
    } else if ((c == ' ' || c == '-') && !cusip.empty() && i + 1 < s.size() &&
               ascii::IsAlnum(s[i + 1])) {
      in_first_group = false;
    } else {
      break;
    }
  }
  const bool whole = cusip.size() == kCusipLength && (i >= s.size() || !ascii::IsAlnum(s[i]));
  if (!whole || first_group < 6 || !HasDigit(cusip)) return {};
  return cusip;
}

// ---------------------------------------------------------------------------
// Cover blocks: the rows of each reporting person

enum class Row : uint8_t {
  kName,
  kCitizenship,
  kSoleVoting,
  kSharedVoting,
  kSoleDispositive,
  kSharedDispositive,
  kAggregate,
  kPercent,
  kType,
  kOther,  // a row whose value is not read; it ends the value of the row above
};

struct RowTitle {
  std::string_view text;
  Row row;
};

constexpr std::array<RowTitle, 18> kRowTitles = {{
    {"names of reporting person", Row::kName},
    {"name of reporting person", Row::kName},
    {"citizenship or place of organization", Row::kCitizenship},
    {"citizenship of place of organization", Row::kCitizenship},  // a misprint filers copy
    {"sole voting power", Row::kSoleVoting},
    {"shared voting power", Row::kSharedVoting},
    {"sole dispositive power", Row::kSoleDispositive},
    {"shared dispositive power", Row::kSharedDispositive},
    {"aggregate amount beneficially owned", Row::kAggregate},
    {"percent of class represented", Row::kPercent},
    {"type of reporting person", Row::kType},
    {"check the appropriate box", Row::kOther},
    {"sec use only", Row::kOther},
    {"source of funds", Row::kOther},
    {"legal proceedings", Row::kOther},
    {"number of shares beneficially", Row::kOther},
    {"aggregate amount in row", Row::kOther},
    {"excludes certain shares", Row::kOther},
}};

// One row title found on a line: [begin, end) within the line.
struct Hit {
  size_t begin = 0;
  size_t end = 0;
  Row row = Row::kOther;
};

// The row titles on `line`, in order, none overlapping.
std::vector<Hit> FindHits(std::string_view line) {
  std::vector<Hit> hits;
  for (const RowTitle& title : kRowTitles) {
    for (size_t at = ascii::FindIgnoreCase(line, title.text); at != kNone;
         at = ascii::FindIgnoreCase(line, title.text, at + title.text.size())) {
      if (!StartsWord(line, at)) continue;
      size_t end = at + title.text.size();
      // "Names of Reporting Persons", "Name of Reporting Person(s)".
      if (ascii::StartsWithIgnoreCase(line.substr(end), "(s)")) {
        end += 3;
      } else if (end < line.size() && ascii::ToLower(line[end]) == 's') {
        ++end;
      }
      hits.push_back({at, end, title.row});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
  std::vector<Hit> kept;
  for (const Hit& hit : hits) {
    if (kept.empty() || hit.begin >= kept.back().end) kept.push_back(hit);
  }
  return kept;
}

// Where a row's value may be: the rest of the title's line (up to the next
// title on it), then the lines below up to the next line with a title.
using Region = std::vector<std::string_view>;

// The side label of the share rows, which legacy text prints in a column of
// its own beside them ("NUMBER OF / SHARES / BENEFICIALL / Y OWNED BY ..."),
// and the words that end a wrapped row title ("... BY EACH / REPORTING
// PERSON"). Skipped before a value.
constexpr std::array<std::string_view, 14> kSideWords = {
    "number", "of",   "shares",    "beneficially", "beneficiall", "y",    "owned",
    "by",     "each", "reporting", "person",       "persons",     "with", "beneficial"};

// Words between the percent row's title and its value.
constexpr std::array<std::string_view, 8> kPercentWords = {
    "by", "amount", "in", "is", "approximately", "approx", "about", "represented"};

// The codes of "Type of Reporting Person" in the forms' instructions.
constexpr std::array<std::string_view, 14> kPersonTypes = {
    "BD", "BK", "IC", "IV", "IA", "EP", "HC", "SA", "CP", "CO", "PN", "IN", "OO", "FI"};

// The words of a region in order, without the punctuation-only words and the
// parentheticals of row titles ("(See Instructions)", "(entities only)").
class RegionWords {
 public:
  explicit RegionWords(const Region& region) : region_(region) {}

  // The next word, or empty at the end; `*part` says which part it is in.
  std::string_view Next(size_t* part = nullptr) {
    while (part_ < region_.size()) {
      const std::string_view line = region_[part_];
      while (at_ < line.size() && line[at_] == ' ') ++at_;
      if (at_ >= line.size()) {
        ++part_;
        at_ = 0;
        continue;
      }
      const size_t start = at_;
      while (at_ < line.size() && line[at_] != ' ') ++at_;
      std::string_view word = line.substr(start, at_ - start);
      if (word.front() == '(' && IsTitleParenthetical(line.substr(start))) {
        const size_t close = line.find(')', start);
        at_ = close == kNone ? line.size() : close + 1;
        continue;
      }
      if (TrimSet(word, "|:;_=*.,-~").empty()) continue;
      if (part != nullptr) *part = part_;
      return word;
    }
    return {};
  }

 private:
  static bool IsTitleParenthetical(std::string_view s) {
    return ascii::StartsWithIgnoreCase(s, "(see instruction") ||
           ascii::StartsWithIgnoreCase(s, "(entities only") ||
           ascii::StartsWithIgnoreCase(s, "(s)");
  }

  const Region& region_;
  size_t part_ = 0;
  size_t at_ = 0;
};

// Whether `word` says "nothing": "-0-", "None", "Nil", "N/A"; "Not" when
// followed by "applicable" (checked by the caller).
bool IsZeroWord(std::string_view word) {
  const std::string_view core = TrimSet(word, "|:;_=*.,-~()");
  return core == "0" || ascii::EqualsIgnoreCase(core, "none") ||
         ascii::EqualsIgnoreCase(core, "nil") || ascii::EqualsIgnoreCase(core, "n/a");
}

// "133,300,528 shares of Class A Common Stock ... and 15,480 shares of Class
// B Common Stock": an aggregate given per class, whose total is the sum.
// `rest` is the text after the first number on its line.
double AddOtherClass(std::string_view rest, double first) {
  if (!ascii::StartsWithIgnoreCase(rest, " shares of ")) return first;
  const std::string_view window = rest.substr(0, 400);
  const size_t and_at = ascii::FindIgnoreCase(window, " and ");
  if (and_at == kNone) return first;
  const std::string_view after = window.substr(and_at + 5);
  const std::optional<double> second = NumberAt(after);
  const size_t space = after.find(' ');
  if (!second || space == kNone ||
      !ascii::StartsWithIgnoreCase(after.substr(space), " shares of ")) {
    return first;
  }
  return first + *second;
}

// A number of shares: the first word of the region after the side label, a
// number or a word for none; nullopt when the first word is anything else
// ("See response to row 5") or the region is empty.
std::optional<double> ReadShares(const Region& region, bool aggregate) {
  RegionWords words(region);
  size_t part = 0;
  for (std::string_view word = words.Next(&part); !word.empty(); word = words.Next(&part)) {
    const std::string_view core = Core(TrimSet(word, "|-"));
    if (InSet(core, kSideWords)) continue;
    if (IsZeroWord(word)) return 0.0;
    if (ascii::EqualsIgnoreCase(core, "not")) {
      const std::string_view next = Core(words.Next());
      return ascii::EqualsIgnoreCase(next, "applicable") ? std::optional<double>(0.0)
                                                         : std::nullopt;
    }
    const std::optional<double> value = NumberAt(TrimSet(word, "|"));
    if (value && aggregate) {
      const std::string_view line = region[part];
      const size_t at = static_cast<size_t>(word.data() + word.size() - line.data());
      return AddOtherClass(line.substr(at), *value);
    }
    return value;
  }
  return std::nullopt;
}

// A percent of class: "5.6%", "5.6 %", "0%", "10.2"; the row title's tail
// ("by Amount in Row (11)") and fillers ("is") are skipped. Nullopt for a
// bound ("<0.1%") or a value above 100.
std::optional<double> ReadPercent(const Region& region) {
  RegionWords words(region);
  for (std::string_view word = words.Next(); !word.empty(); word = words.Next()) {
    const std::string_view core = Core(TrimSet(word, "|"));
    if (InSet(core, kPercentWords)) continue;
    if (ascii::EqualsIgnoreCase(core, "row")) {
      // The row number after "Row": "(9)", "9", "(11):".
      const std::string_view number = Core(words.Next());
      if (!number.empty() && std::all_of(number.begin(), number.end(), ascii::IsDigit)) continue;
      return std::nullopt;
    }
    if (IsZeroWord(word)) return 0.0;
    const std::optional<double> value = NumberAt(TrimSet(word, "|"));
    if (value && *value > 100) return std::nullopt;
    return value;
  }
  return std::nullopt;
}

// The codes of "Type of Reporting Person": "IN", "HC, CO", "PN; HC".
std::string ReadType(const Region& region) {
  RegionWords words(region);
  std::string type;
  for (std::string_view word = words.Next(); !word.empty(); word = words.Next()) {
    const std::string_view core = Core(word);
    if (core.size() == 2 && HasUpper(core) && !HasLower(core) && InSet(core, kPersonTypes)) {
      if (type.find(core) != kNone) continue;
      if (!type.empty()) type += ", ";
      type += core;
      continue;
    }
    if (!type.empty() &&
        (core.empty() || ascii::EqualsIgnoreCase(core, "and") || core == "&" || core == "/")) {
      continue;
    }
    break;
  }
  return type;
}

// The first line of the region with words, trimmed; empty when it starts
// with a parenthesis (an instruction, not a value).
std::string_view FirstValueLine(const Region& region) {
  for (size_t k = 0; k < region.size(); ++k) {
    std::string_view line = region[k];
    // The title's own tail: "(See Instructions)" and the like.
    while (k == 0 && ascii::StartsWithIgnoreCase(TrimPunctuation(line), "(see instruction")) {
      line = TrimPunctuation(line);
      const size_t close = line.find(')');
      line = close == kNone ? std::string_view() : line.substr(close + 1);
    }
    line = TrimPunctuation(line);
    if (line.empty()) continue;
    if (line.front() == '(') return {};
    const size_t cell = line.find(" | ");
    return cell == kNone ? line : TrimPunctuation(line.substr(0, cell));
  }
  return {};
}

std::string ReadCitizenship(const Region& region) {
  std::string_view value = FirstValueLine(region);
  // "U.S." keeps its point; "Delaware." loses it.
  if (value.size() >= 2 && value.back() == '.' && ascii::IsLower(value[value.size() - 2])) {
    value.remove_suffix(1);
  }
  // A row left blank: the next row's number is no citizenship.
  if (value.size() > kMaxCitizenshipBytes || !HasAlpha(value)) return {};
  return std::string(value);
}

// `line` without the prompt for an I.R.S. number that shares row 1 ("I.R.S.
// Identification Nos. of above persons (entities only)", "S.S. OR I.R.S.
// IDENTIFICATION NO. OF ABOVE PERSON") and without an I.R.S. number ("I.R.S.
// # 36-3145972").
std::string_view DropIrs(std::string_view line) {
  const size_t above = ascii::FindIgnoreCase(line, "above person");
  if (above != kNone) {
    line = line.substr(above + 12);
    if (ascii::StartsWithIgnoreCase(line, "(s)")) line.remove_prefix(3);
    if (!line.empty() && ascii::ToLower(line.front()) == 's') line.remove_prefix(1);
    line = TrimPunctuation(line);
    if (ascii::StartsWithIgnoreCase(line, "(entities only)")) line.remove_prefix(15);
  }
  line = TrimPunctuation(line);
  if (ascii::StartsWithIgnoreCase(line, "and ")) {
    const std::string_view rest = ascii::TrimLeft(line.substr(4));
    if (ascii::StartsWithIgnoreCase(rest, "I.R.S") || ascii::StartsWithIgnoreCase(rest, "IRS")) {
      line = rest;
    }
  }
  for (std::string_view irs : {"I.R.S.", "IRS No", "IRS #", "I.R.S #", "S.S. or I.R.S"}) {
    const size_t at = ascii::FindIgnoreCase(line, irs);
    if (at != kNone && StartsWord(line, at)) line = line.substr(0, at);
  }
  return TrimPunctuation(line);
}

// Whether `s` ends with an I.R.S. employer identification number
// ("37-0533100"); sets `*start` to where it begins.
bool EndsWithEin(std::string_view s, size_t* start) {
  if (s.size() < 10) return false;
  const std::string_view ein = s.substr(s.size() - 10);
  for (size_t i = 0; i < ein.size(); ++i) {
    if (i == 2 ? ein[i] != '-' : !ascii::IsDigit(ein[i])) return false;
  }
  if (s.size() > 10 && ascii::IsAlnum(s[s.size() - 11])) return false;
  *start = s.size() - 10;
  return true;
}

// A name as printed, cleaned: "State Farm Mutual Automobile Insurance Company
// 37-0533100" and "The Vanguard Group - 23-1945930" lose their I.R.S.
// number, "Benchmark Capital Partners VI, L.P. (“BCP VI”)" its defined term,
// "Capital Research Global Investors **" its footnote mark.
std::string CleanName(std::string name) {
  for (int pass = 0; pass < 3; ++pass) {
    std::string_view s = ascii::Trim(name);
    s = ascii::TrimRight(TrimSet(s, "*|:;"));
    size_t start = 0;
    if (EndsWithEin(s, &start)) s = ascii::TrimRight(TrimSet(s.substr(0, start), " -–"));
    // A defined term in parentheses at the end: ("BCP VI"), (“BCP VI”), (the "Fund").
    if (!s.empty() && s.back() == ')') {
      const size_t open = s.rfind('(');
      if (open != kNone && open > 0) {
        const std::string_view inside = s.substr(open);
        if (inside.find('"') != kNone || inside.find("\xE2\x80\x9C") != kNone ||
            inside.find('\'') != kNone || inside.find("\xE2\x80\x98") != kNone) {
          s = ascii::TrimRight(s.substr(0, open));
        }
      }
    }
    name = std::string(s);
  }
  return name;
}

// Whether `line` starts with a row number ("2.", "(2)", "2 |", "2"): the next
// row, even when its title is not one the reader knows ("2. N/A").
bool StartsWithRowNumber(std::string_view line) {
  size_t at = line.starts_with('(') ? 1 : 0;
  const size_t digits = at;
  while (at < line.size() && at - digits < 3 && ascii::IsDigit(line[at])) ++at;
  if (at == digits || at - digits > 2) return false;
  return at == line.size() || line[at] == '.' || line[at] == ')' ||
         line.substr(at).starts_with(" |");
}

std::string ReadName(const Region& region) {
  std::string name;
  size_t lines = 0;
  for (size_t k = 0; k < region.size() && lines < kMaxNameLines; ++k) {
    std::string_view line = region[k];
    if (k > 0 && StartsWithRowNumber(line)) break;
    const bool blank = line.empty() || IsRule(line);
    line = DropIrs(line);
    if (line.empty() || line.front() == '(') {
      if (blank && lines > 0) break;  // the name ended
      continue;
    }
    if (!name.empty()) name += ' ';
    name += line;
    ++lines;
  }
  name = CleanName(std::move(name));
  return name.size() <= kMaxNameBytes && HasAlpha(name) ? name : std::string();
}

// Fills `person`'s field for `row` from `region`, unless it is filled already.
void ReadRow(Row row, const Region& region, BeneficialOwner& person) {
  auto fill = [&region](std::optional<double>& field, bool aggregate = false) {
    if (!field) field = ReadShares(region, aggregate);
  };
  switch (row) {
    case Row::kName:
      if (person.name.empty()) person.name = ReadName(region);
      break;
    case Row::kCitizenship:
      if (person.citizenship.empty()) person.citizenship = ReadCitizenship(region);
      break;
    case Row::kSoleVoting:
      fill(person.sole_voting);
      break;
    case Row::kSharedVoting:
      fill(person.shared_voting);
      break;
    case Row::kSoleDispositive:
      fill(person.sole_dispositive);
      break;
    case Row::kSharedDispositive:
      fill(person.shared_dispositive);
      break;
    case Row::kAggregate:
      fill(person.aggregate, true);
      break;
    case Row::kPercent:
      if (!person.percent_of_class) person.percent_of_class = ReadPercent(region);
      break;
    case Row::kType:
      if (person.type.empty()) person.type = ReadType(region);
      break;
    case Row::kOther:
      break;
  }
}

// The row titles of every line, found once: hits_[first_[i] .. first_[i+1]).
class RowHits {
 public:
  explicit RowHits(const Page& page) {
    first_.reserve(page.size() + 1);
    for (size_t i = 0; i < page.size(); ++i) {
      first_.push_back(hits_.size());
      for (const Hit& hit : FindHits(page[i])) hits_.push_back(hit);
    }
    first_.push_back(hits_.size());
  }

  size_t Count(size_t line) const { return first_[line + 1] - first_[line]; }
  const Hit& At(size_t line, size_t k) const { return hits_[first_[line] + k]; }

  // The first line holding a name row, or npos.
  size_t FirstBlock() const {
    for (size_t i = 0; i + 1 < first_.size(); ++i) {
      for (size_t k = 0; k < Count(i); ++k) {
        if (At(i, k).row == Row::kName) return i;
      }
    }
    return kNone;
  }

 private:
  std::vector<Hit> hits_;
  std::vector<size_t> first_;
};

// The value region of hit `k` on line `i`.
Region ValueRegion(const Page& page, const RowHits& hits, size_t i, size_t k) {
  const std::string_view line = page[i];
  const Hit& hit = hits.At(i, k);
  Region region;
  const bool last = k + 1 == hits.Count(i);
  const size_t end = last ? line.size() : hits.At(i, k + 1).begin;
  region.push_back(line.substr(hit.end, end - hit.end));
  if (!last) return region;
  for (size_t j = i + 1; j < page.size() && j <= i + kMaxValueLines; ++j) {
    if (hits.Count(j) > 0 || IsItemHeading(page[j])) break;
    region.push_back(page[j]);
  }
  return region;
}

// Reads every cover block from line `from` on, up to the items ("Item 1.").
std::vector<BeneficialOwner> ReadBlocks(const Page& page, const RowHits& hits, size_t from,
                                        bool* saw_source_of_funds) {
  std::vector<BeneficialOwner> persons;
  for (size_t i = from; i < page.size(); ++i) {
    if (!persons.empty() && IsItemHeading(page[i])) break;
    for (size_t k = 0; k < hits.Count(i); ++k) {
      const Hit& hit = hits.At(i, k);
      if (hit.row == Row::kOther) {
        const std::string_view title = page[i].substr(hit.begin, hit.end - hit.begin);
        if (ascii::EqualsIgnoreCase(title, "source of funds")) *saw_source_of_funds = true;
        continue;
      }
      if (hit.row == Row::kName) {
        if (persons.size() >= kMaxReportingPersons) return persons;
        persons.emplace_back();
      }
      if (persons.empty()) continue;
      ReadRow(hit.row, ValueRegion(page, hits, i, k), persons.back());
    }
  }
  return persons;
}

// ---------------------------------------------------------------------------
// The header: issuer, class, CUSIP, date of event, form and amendment

// The value printed above the label at `at` on line `i` ("NIKE, Inc." above
// "(Name of Issuer)"), skipping blank lines and rules; or the text before the
// label on its own line ("Twitter, Inc. | (Name of Issuer)").
std::string_view ValueAbove(const Page& page, size_t i, size_t at) {
  const std::string_view before = TrimPunctuation(page[i].substr(0, at));
  if (!before.empty()) return before;
  for (size_t j = i; j-- > 0 && i - j <= kMaxLinesAbove;) {
    const std::string_view line = page[j];
    if (line.empty() || IsRule(line)) continue;
    if (line.front() == '(' || line.size() > kMaxHeaderValueBytes) return {};
    return TrimPunctuation(line);
  }
  return {};
}

// The value after an inline label ("Name of issuer: NIKE Inc"), or on the
// next line with words when nothing follows it on its line.
std::string_view ValueAfter(const Page& page, size_t i, size_t end) {
  std::string_view rest = TrimPunctuation(page[i].substr(end));
  if (!rest.empty()) return rest;
  for (size_t j = i + 1; j < page.size() && j <= i + kMaxLinesAbove; ++j) {
    const std::string_view line = page[j];
    if (line.empty() || IsRule(line)) continue;
    if (line.front() == '(' || line.size() > kMaxHeaderValueBytes) return {};
    return TrimPunctuation(line);
  }
  return {};
}

// The value of a header label: above "(Name of Issuer)" in the lines
// [0, end), else after "Name of Issuer:" anywhere (the alternative cover
// some filers print, and Item 1(a)). `label` is lower-case without the
// parenthesis.
std::string HeaderValue(const Page& page, size_t end, std::string_view label) {
  const std::string parenthesized = "(" + std::string(label);
  for (size_t i = 0; i < end && i < page.size(); ++i) {
    const size_t at = ascii::FindIgnoreCase(page[i], parenthesized);
    if (at == kNone) continue;
    const std::string_view value = ValueAbove(page, i, at);
    if (!value.empty()) return std::string(value);
  }
  for (size_t i = 0; i < page.size(); ++i) {
    const std::string_view line = page[i];
    const size_t at = ascii::FindIgnoreCase(line, label);
    if (at == kNone || (at > 0 && line[at - 1] == '(')) continue;
    size_t after = at + label.size();
    // The rest of a long label: "Date of Event Which Requires Filing of this Statement".
    const size_t close = line.find(':', after);
    if (close != kNone && close - after < 60) after = close + 1;
    const std::string_view value = ValueAfter(page, i, after);
    if (!value.empty()) return std::string(value);
  }
  return {};
}

// The CUSIP printed above "(CUSIP Number)", after "CUSIP No." in the page
// headers of the cover blocks, or after "CUSIP Number:" in Item 2(e),
// whichever comes first and passes its check digit; failing that, the first
// one read, with `*check_digit_ok` false.
std::string FindCusip(const Page& page, bool* check_digit_ok) {
  std::string first;
  size_t mentions = 0;
  for (size_t i = 0; i < page.size() && mentions < kMaxCusipMentions; ++i) {
    const std::string_view line = page[i];
    for (size_t at = ascii::FindIgnoreCase(line, "cusip");
         at != kNone && mentions < kMaxCusipMentions;
         at = ascii::FindIgnoreCase(line, "cusip", at + 5)) {
      ++mentions;
      std::string cusip;
      if (at > 0 && line[at - 1] == '(') {
        cusip = NormalizeCusip(ValueAbove(page, i, at - 1));
      } else {
        std::string_view rest = line.substr(at + 5);
        for (std::string_view word : {" number", " no.", " no", " #", ":"}) {
          if (ascii::StartsWithIgnoreCase(rest, word)) rest.remove_prefix(word.size());
        }
        cusip = NormalizeCusip(rest);
        if (cusip.empty() && TrimPunctuation(rest).empty()) {
          cusip = NormalizeCusip(ValueAfter(page, i, line.size()));
        }
      }
      if (cusip.empty()) continue;
      if (IsValidCusip(cusip)) {
        *check_digit_ok = true;
        return cusip;
      }
      if (first.empty()) first = cusip;
    }
  }
  *check_digit_ok = first.empty();
  return first;
}

// "(Amendment No. 2)*", "(Amendment No.: 2 )", "Amendment No.1"; absent when
// the number is left blank ("(Amendment No. __)").
std::optional<int> FindAmendment(const Page& page, size_t end) {
  for (size_t i = 0; i < end && i < page.size(); ++i) {
    const size_t at = ascii::FindIgnoreCase(page[i], "amendment no");
    if (at == kNone) continue;
    std::string_view rest = page[i].substr(at + 12);
    while (!rest.empty() && std::string_view(".:# _").find(rest.front()) != kNone) {
      rest.remove_prefix(1);
    }
    int number = 0;
    size_t digits = 0;
    while (digits < rest.size() && digits < 3 && ascii::IsDigit(rest[digits])) {
      number = number * 10 + (rest[digits++] - '0');
    }
    if (digits > 0 && (digits == rest.size() || !ascii::IsDigit(rest[digits]))) return number;
  }
  return std::nullopt;
}

struct FormTitle {
  char schedule = 0;  // 'D' or 'G'
  bool amendment = false;
};

// The first "Schedule 13D" or "SCHEDULE 13G/A" title in the lines [0, end).
FormTitle FindTitle(const Page& page, size_t end) {
  for (size_t i = 0; i < end && i < page.size(); ++i) {
    const std::string_view line = page[i];
    for (size_t at = ascii::FindIgnoreCase(line, "schedule 13"); at != kNone;
         at = ascii::FindIgnoreCase(line, "schedule 13", at + 11)) {
      const size_t letter = at + 11;
      if (!StartsWord(line, at) || letter >= line.size()) continue;
      const char c = ascii::ToUpper(line[letter]);
      if (c != 'D' && c != 'G') continue;
      if (letter + 1 < line.size() && ascii::IsAlnum(line[letter + 1])) continue;
      return {c, ascii::StartsWithIgnoreCase(line.substr(letter + 1), "/a")};
    }
  }
  return {};
}

// What a record lacks, by JSON name, into `missing`.
void ListMissing(BeneficialOwnershipRecord& record) {
  auto need = [&record](bool absent, std::string name) {
    if (absent) record.missing.push_back(std::move(name));
  };
  need(record.issuer.empty(), "issuer");
  need(record.cusip.empty(), "cusip");
  need(record.class_title.empty(), "class");
  need(record.event_date.empty(), "event_date");
  need(record.reporting_persons.empty(), "reporting_persons");
  for (size_t i = 0; i < record.reporting_persons.size(); ++i) {
    const BeneficialOwner& person = record.reporting_persons[i];
    const std::string prefix = "reporting_persons[" + std::to_string(i) + "].";
    need(person.name.empty(), prefix + "name");
    need(person.citizenship.empty(), prefix + "citizenship");
    need(!person.sole_voting, prefix + "sole_voting");
    need(!person.shared_voting, prefix + "shared_voting");
    need(!person.sole_dispositive, prefix + "sole_dispositive");
    need(!person.shared_dispositive, prefix + "shared_dispositive");
    need(!person.aggregate, prefix + "aggregate");
    need(!person.percent_of_class, prefix + "percent_of_class");
    need(person.type.empty(), prefix + "type");
  }
}

// ---------------------------------------------------------------------------
// XML

using pugi::xml_node;

// The element name without its namespace prefix ("com:street1" -> "street1").
std::string_view LocalName(xml_node node) {
  const std::string_view name = node.name();
  const size_t colon = name.find(':');
  return colon == kNone ? name : name.substr(colon + 1);
}

// The first child named `name`, ignoring prefix and case: the 13D schema
// spells "issuerCIK" and "issuerCUSIP" where the 13G schema has "issuerCik".
xml_node Child(xml_node node, std::string_view name) {
  for (xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && ascii::EqualsIgnoreCase(LocalName(child), name)) {
      return child;
    }
  }
  return {};
}

// The first of `names` found under `node`.
xml_node AnyChild(xml_node node, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    if (xml_node child = Child(node, name)) return child;
  }
  return {};
}

std::string Text(xml_node node) {
  std::string text;
  for (xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      text += child.value();
    }
  }
  return ascii::CollapseSpace(text);
}

// A share count of the 13G schema sits in <reportingPersonBeneficially
// OwnedNumberOfShares>; the 13D schema puts it on the person.
std::optional<double> Shares(xml_node person, std::string_view name) {
  xml_node node = Child(person, name);
  if (!node) node = Child(Child(person, "reportingPersonBeneficiallyOwnedNumberOfShares"), name);
  return ParseDecimal(Text(node));
}

BeneficialOwner ReadXmlPerson(xml_node person) {
  BeneficialOwner owner;
  owner.name = Text(Child(person, "reportingPersonName"));
  owner.citizenship = Text(Child(person, "citizenshipOrOrganization"));
  owner.sole_voting = Shares(person, "soleVotingPower");
  owner.shared_voting = Shares(person, "sharedVotingPower");
  owner.sole_dispositive = Shares(person, "soleDispositivePower");
  owner.shared_dispositive = Shares(person, "sharedDispositivePower");
  owner.aggregate = ParseDecimal(
      Text(AnyChild(person, {"aggregateAmountOwned",
                             "reportingPersonBeneficiallyOwnedAggregateNumberOfShares"})));
  owner.percent_of_class = ParseDecimal(Text(AnyChild(person, {"percentOfClass", "classPercent"})));
  size_t codes = 0;
  for (xml_node child = person.first_child(); child; child = child.next_sibling()) {
    if (!ascii::EqualsIgnoreCase(LocalName(child), "typeOfReportingPerson")) continue;
    const std::string code = Text(child);
    if (++codes > kMaxTypeCodes) break;
    if (code.empty() || owner.type.find(code) != std::string::npos) continue;
    if (!owner.type.empty()) owner.type += ", ";
    owner.type += code;
  }
  return owner;
}

BeneficialOwnershipRecord ReadXmlRecord(xml_node root, int document) {
  BeneficialOwnershipRecord record;
  record.document = document;
  record.form = Text(Child(Child(root, "headerData"), "submissionType"));
  const xml_node form = Child(root, "formData");
  const xml_node cover = Child(form, "coverPageHeader");
  if (std::optional<double> number = ParseDecimal(Text(Child(cover, "amendmentNo")))) {
    if (*number >= 0 && *number < 1000) record.amendment_number = static_cast<int>(*number);
  }
  record.class_title = Text(Child(cover, "securitiesClassTitle"));
  record.event_date =
      ParseDate(Text(AnyChild(cover, {"dateOfEvent", "eventDateRequiresFilingThisStatement"})));
  const xml_node issuer = Child(cover, "issuerInfo");
  record.issuer = Text(Child(issuer, "issuerName"));
  record.issuer_cik = PadCik(Text(Child(issuer, "issuerCik")));
  const std::string cusip = Text(Child(issuer, "issuerCusip"));
  record.cusip = NormalizeCusip(cusip);
  // Not every CUSIP the XML holds has nine characters ("N/A", six-character
  // issuer numbers); those are kept as filed.
  if (record.cusip.empty()) record.cusip = cusip;
  auto add = [&record](xml_node person) {
    if (record.reporting_persons.size() < kMaxReportingPersons) {
      record.reporting_persons.push_back(ReadXmlPerson(person));
    }
  };
  for (xml_node child = form.first_child(); child; child = child.next_sibling()) {
    if (ascii::EqualsIgnoreCase(LocalName(child), "coverPageHeaderReportingPersonDetails")) {
      add(child);
    } else if (ascii::EqualsIgnoreCase(LocalName(child), "reportingPersons")) {
      for (xml_node person = child.first_child(); person; person = person.next_sibling()) {
        if (ascii::EqualsIgnoreCase(LocalName(person), "reportingPersonInfo")) add(person);
      }
    }
  }
  ListMissing(record);
  if (record.cusip.size() == kCusipLength && !IsValidCusip(record.cusip)) {
    record.missing.push_back("cusip_check_digit");
  }
  return record;
}

}  // namespace

bool IsValidCusip(std::string_view cusip) {
  if (cusip.size() != kCusipLength || !ascii::IsDigit(cusip.back())) return false;
  int sum = 0;
  for (size_t i = 0; i + 1 < cusip.size(); ++i) {
    int value = CusipValue(cusip[i]);
    if (value < 0) return false;
    if (i % 2 == 1) value *= 2;
    sum += value / 10 + value % 10;
  }
  return (10 - sum % 10) % 10 == cusip.back() - '0';
}

std::optional<BeneficialOwnershipRecord> ReadScheduleCoverPage(std::string_view text,
                                                               int document) {
  const Page page(text);
  const RowHits hits(page);
  const size_t first_block = hits.FirstBlock();
  const size_t header_end = first_block == kNone ? page.size() : first_block;
  const FormTitle title = FindTitle(page, header_end);

  BeneficialOwnershipRecord record;
  record.document = document;
  bool source_of_funds = false;
  if (first_block != kNone) {
    record.reporting_persons = ReadBlocks(page, hits, first_block, &source_of_funds);
  }
  bool check_digit_ok = true;
  record.cusip = FindCusip(page, &check_digit_ok);
  record.issuer = HeaderValue(page, header_end, "name of issuer");
  // A Schedule TO that amends a 13D too prints the 13D's cover blocks under
  // its own header: "(Name of Subject Company (Issuer))".
  if (record.issuer.empty()) {
    record.issuer = HeaderValue(page, header_end, "name of subject company");
  }
  record.class_title = HeaderValue(page, header_end, "title of class of securities");
  record.event_date =
      ParseDate(HeaderValue(page, header_end, "date of event which requires filing"));
  record.amendment_number = FindAmendment(page, header_end);

  const bool has_label =
      ascii::FindIgnoreCase(text.substr(0, kScheduleCoverBytes), "(cusip number)") != kNone ||
      ascii::FindIgnoreCase(text.substr(0, kScheduleCoverBytes), "(name of issuer)") != kNone;
  const bool has_blocks = !record.reporting_persons.empty();
  const bool is_cover =
      title.schedule != 0 ? has_label || has_blocks : has_blocks && !record.cusip.empty();
  if (!is_cover) return std::nullopt;

  // Without a title, only a 13D has a "Source of Funds" row.
  const char schedule = title.schedule != 0 ? title.schedule : source_of_funds ? 'D' : 'G';
  const bool amended = title.amendment || (record.amendment_number && *record.amendment_number > 0);
  record.form = std::string("SC 13") + schedule + (amended ? "/A" : "");
  ListMissing(record);
  if (!check_digit_ok) record.missing.push_back("cusip_check_digit");
  return record;
}

Result<BeneficialOwnershipRecord> ReadScheduleXml(std::string_view xml, int document) {
  const auto [span, offset] = UnwrapXml(xml);
  pugi::xml_document parsed;
  const pugi::xml_parse_result result =
      parsed.load_buffer(span.data(), span.size(), pugi::parse_default);
  if (!result) {
    const size_t at = offset + static_cast<size_t>(std::max<ptrdiff_t>(result.offset, 0));
    return InvalidInput("schedule XML at byte " + std::to_string(at) + ": " + result.description());
  }
  const xml_node root = parsed.document_element();
  const bool schedule =
      ascii::EqualsIgnoreCase(LocalName(root), "edgarSubmission") &&
      Child(Child(root, "formData"), "coverPageHeader") &&
      ascii::FindIgnoreCase(Text(Child(Child(root, "headerData"), "submissionType")), "13") !=
          kNone;
  if (!schedule) {
    const ptrdiff_t at = std::max<ptrdiff_t>(root.offset_debug() - 1, 0);
    return InvalidInput("schedule XML at byte " + std::to_string(offset + static_cast<size_t>(at)) +
                        ": expected a Schedule 13D or 13G <edgarSubmission>, found <" +
                        root.name() + ">");
  }
  return ReadXmlRecord(root, document);
}

bool LooksLikeScheduleXml(std::string_view body) {
  const std::string_view head = body.substr(0, kScheduleSniffBytes);
  return ascii::FindIgnoreCase(head, "<edgarSubmission") != kNone &&
         (ascii::FindIgnoreCase(head, "edgar/schedule13d") != kNone ||
          ascii::FindIgnoreCase(head, "edgar/schedule13g") != kNone);
}

}  // namespace edgard::extract
