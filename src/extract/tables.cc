#include "extract/tables.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdlib>

#include "base/ascii.h"
#include "base/dates.h"
#include "extract/words.h"

namespace edgard::extract {
namespace {

// How far above a table's first row its caption and headings may start.
constexpr size_t kHeadingLines = 15;
// Non-blank lines without numbers a table may hold in a row ("Assets",
// "Liabilities and Shareholders' Equity") before it is taken to have ended.
constexpr int kMaxLabelRun = 4;
constexpr int kMaxBlankRun = 2;
constexpr size_t kMaxColumns = 24;
// The longest run of text a column heading holds ("Three Months Ended
// December 31, 2002").
constexpr size_t kMaxHeadingRun = 48;
// How far (in characters) a heading may sit beside the column it is over.
constexpr size_t kMaxHeadingDistance = 12;

// A run of a line's text: a word group in a legacy line (columns are byte
// positions) or a cell of an HTML row (columns are cell indexes).
struct Token {
  std::string_view text;
  size_t begin = 0;
  size_t end = 0;
};

enum class Kind { kBlank, kRule, kData, kHeading, kText, kProse };

struct Line {
  std::string_view text;
  size_t offset = 0;
  Kind kind = Kind::kText;
  bool cells = false;  // an HTML row, " | " between cells
  int indent = 0;
  std::string_view label;       // kData, kText: the text left of the numbers
  std::vector<Token> values;    // kData
  std::vector<Token> segments;  // kHeading: runs split at two or more spaces, or cells
};

bool IsYear(std::string_view s) {
  if (s.size() != 4) return false;
  for (char c : s) {
    if (!ascii::IsDigit(c)) return false;
  }
  return s.starts_with("19") || s.starts_with("20");
}

bool IsDash(std::string_view s) {
  if (s.empty()) return false;
  if (s.find_first_not_of('-') == std::string_view::npos) return s.size() <= 3;
  return s == "\xE2\x80\x94" || s == "\xE2\x80\x93" || s == "\xE2\x80\x94\xE2\x80\x94";
}

// Whether the lower-cased `text` has `word` at `at` as a whole word.
bool WordAt(std::string_view text, size_t at, size_t length) {
  const bool left = at == 0 || !ascii::IsAlpha(text[at - 1]);
  const bool right = at + length >= text.size() || !ascii::IsAlpha(text[at + length]);
  return left && right;
}

size_t FindWord(std::string_view text, std::string_view word) {
  for (size_t at = ascii::FindIgnoreCase(text, word); at != std::string_view::npos;
       at = ascii::FindIgnoreCase(text, word, at + 1)) {
    if (WordAt(text, at, word.size())) return at;
  }
  return std::string_view::npos;
}

// Whether a line says something about periods: a month, "months", "weeks",
// "year", "quarter", "ended", or a year.
bool HasPeriodCue(std::string_view text) {
  // One pass over the words, no allocation: most lines are prose.
  static constexpr std::string_view kCues[] = {"months",  "weeks", "year",  "years",
                                               "quarter", "ended", "ending"};
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !ascii::IsAlnum(text[i])) ++i;
    const size_t start = i;
    while (i < text.size() && ascii::IsAlnum(text[i])) ++i;
    const std::string_view word = text.substr(start, i - start);
    if (word.size() < 3 || word.size() > 9) continue;
    if (IsYear(word)) return true;
    if (!ascii::IsAlpha(word.front())) continue;
    for (std::string_view cue : kCues) {
      if (ascii::EqualsIgnoreCase(word, cue)) return true;
    }
    // Months start with one of these letters.
    const char first = ascii::ToLower(word.front());
    if (std::string_view("jfmasond").find(first) == std::string_view::npos) continue;
    int month = 0;
    if (MonthNameAt(word, &month) > 0) return true;
  }
  return false;
}

// Words of the line in the flow of a sentence: many, mostly lower case.
bool IsProse(std::string_view text) {
  const std::string_view t = ascii::Trim(text);
  if (t.starts_with('(') && t.ends_with(')')) return false;  // a caption
  if (t.ends_with(':')) return false;                        // a row label
  size_t words = 0;
  size_t lower = 0;
  for (size_t i = 0; i < t.size();) {
    while (i < t.size() && ascii::IsSpace(t[i])) ++i;
    if (i >= t.size()) break;
    ++words;
    if (ascii::IsLower(t[i])) ++lower;
    while (i < t.size() && !ascii::IsSpace(t[i])) ++i;
  }
  if (t.ends_with('.') && words >= 6) return true;
  if (words < 8) return false;
  return lower * 2 >= words;
}

// The longest run of a legacy line between gaps of two spaces or more, or
// the longest cell of an HTML row.
size_t LongestRun(std::string_view text, bool cells) {
  size_t longest = 0;
  size_t start = 0;
  if (cells) {
    while (true) {
      const size_t bar = text.find(" | ", start);
      const size_t end = bar == std::string_view::npos ? text.size() : bar;
      longest = std::max(longest, end - start);
      if (bar == std::string_view::npos) return longest;
      start = bar + 3;
    }
  }
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && ascii::IsBlank(text[i])) ++i;
    start = i;
    size_t end = i;
    while (i < text.size()) {
      if (!ascii::IsBlank(text[i])) {
        end = ++i;
      } else if (i + 1 < text.size() && !ascii::IsBlank(text[i + 1])) {
        ++i;
      } else {
        break;
      }
    }
    longest = std::max(longest, end - start);
  }
  return longest;
}

// Whether a label may be a caption stating a scale: a cheap test before
// ParseScale's phrases.
bool MayStateScale(std::string_view text) {
  for (std::string_view part : {"ousand", "OUSAND", "illion", "ILLION", "000"}) {
    if (text.find(part) != std::string_view::npos) return true;
  }
  return false;
}

// Whether a line may hold a number: a digit or a dash.
bool MayHoldNumber(std::string_view text) {
  for (char c : text) {
    if (ascii::IsDigit(c) || c == '-' || c == '\xE2') return true;
  }
  return false;
}

bool IsRule(std::string_view text) {
  size_t marks = 0;
  for (char c : text) {
    if (c == '-' || c == '=' || c == '_') {
      ++marks;
    } else if (c != ' ' && c != '|' && c != '\t' && c != '*') {
      return false;
    }
  }
  return marks >= 3;
}

// The whitespace-separated words of a legacy line, with "$" and "(" joined
// to the word after them and ")" and "%" to the word before.
std::vector<Token> LegacyTokens(std::string_view line) {
  std::vector<Token> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && ascii::IsBlank(line[i])) ++i;
    if (i >= line.size()) break;
    const size_t start = i;
    while (i < line.size() && !ascii::IsBlank(line[i])) ++i;
    words.push_back({line.substr(start, i - start), start, i});
  }
  std::vector<Token> out;
  for (size_t k = 0; k < words.size(); ++k) {
    Token t = words[k];
    const std::string_view w = t.text;
    const bool opener = w == "$" || w == "(" || w == "$(" || w == "($";
    if (opener && k + 1 < words.size()) {
      const Token& next = words[++k];
      t = {line.substr(t.begin, next.end - t.begin), t.begin, next.end};
    }
    if (!out.empty() && (w == ")" || w == "%" || w == ")%")) {
      Token& prev = out.back();
      prev = {line.substr(prev.begin, t.end - prev.begin), prev.begin, t.end};
      continue;
    }
    out.push_back(t);
  }
  return out;
}

std::vector<Token> Cells(std::string_view line) {
  std::vector<Token> out;
  size_t start = 0;
  size_t index = 0;
  while (true) {
    const size_t bar = line.find(" | ", start);
    const std::string_view cell =
        ascii::Trim(line.substr(start, bar == std::string_view::npos ? line.npos : bar - start));
    out.push_back({cell, index, index + 1});
    ++index;
    if (bar == std::string_view::npos) break;
    start = bar + 3;
  }
  return out;
}

// Runs of a legacy line split at two or more spaces.
std::vector<Token> Segments(std::string_view line) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && ascii::IsBlank(line[i])) ++i;
    if (i >= line.size()) break;
    const size_t start = i;
    size_t end = i;
    while (i < line.size()) {
      if (!ascii::IsBlank(line[i])) {
        end = ++i;
        continue;
      }
      if (i + 1 < line.size() && !ascii::IsBlank(line[i + 1])) {
        ++i;  // one space inside a run
        continue;
      }
      break;
    }
    out.push_back({line.substr(start, end - start), start, end});
  }
  return out;
}

Line Classify(std::string_view text, size_t offset) {
  Line line;
  line.text = text;
  line.offset = offset;
  const std::string_view trimmed = ascii::Trim(text);
  if (trimmed.empty()) {
    line.kind = Kind::kBlank;
    return line;
  }
  if (IsRule(trimmed)) {
    line.kind = Kind::kRule;
    return line;
  }
  line.indent = static_cast<int>(text.find_first_not_of(" \t"));
  line.cells = text.find(" | ") != std::string_view::npos;
  std::vector<Token> tokens;
  if (MayHoldNumber(trimmed)) tokens = line.cells ? Cells(text) : LegacyTokens(text);
  size_t first = tokens.size();
  while (first > 0 && ParseTableValue(tokens[first - 1].text)) --first;
  // In a legacy line the numbers stand apart from the label by two spaces
  // or more; "Notes due 2005   1,000" keeps 2005 in its label.
  if (!line.cells) {
    while (first > 0 && first < tokens.size() && tokens[first].begin < tokens[first - 1].end + 2) {
      ++first;
    }
  }
  if (first > 0) {
    const Token& a = tokens.front();
    const Token& b = tokens[first - 1];
    if (line.cells) {
      const auto begin = static_cast<size_t>(a.text.data() - text.data());
      const auto end = static_cast<size_t>(b.text.data() - text.data()) + b.text.size();
      line.label = text.substr(begin, end - begin);
    } else {
      line.label = text.substr(a.begin, b.end - a.begin);
    }
  }
  line.values.assign(tokens.begin() + static_cast<std::ptrdiff_t>(first), tokens.end());
  if (!line.values.empty()) {
    bool years = true;
    for (const Token& v : line.values) years = years && IsYear(v.text);
    if (!years) {
      line.kind = Kind::kData;
      if (line.cells) line.indent = 0;
      return line;
    }
  }
  line.values.clear();
  line.label = trimmed;
  // Column headings are short runs; a sentence with a date is not one.
  if (LongestRun(text, line.cells) <= kMaxHeadingRun && HasPeriodCue(trimmed)) {
    line.kind = Kind::kHeading;
    line.segments = line.cells ? Cells(text) : Segments(text);
    return line;
  }
  line.kind = IsProse(trimmed) ? Kind::kProse : Kind::kText;
  if (line.cells) line.indent = -1;
  return line;
}

// Words that leave a label unfinished at the end of its line.
constexpr std::array<std::string_view, 14> kConnectors = {"and", "of", "for",   "before", "from",
                                                          "in",  "to", "on",    "the",    "net",
                                                          "&",   "or", "after", "with"};

// Whether label-only line `first` continues on `next` ("Income before
// income" / "taxes"; "Total Liabilities and" / "Shareholders' equity").
bool Wraps(std::string_view first, std::string_view next) {
  first = ascii::Trim(first);
  next = ascii::Trim(next);
  if (first.empty() || next.empty() || first.ends_with(':')) return false;
  if (ascii::IsLower(next.front())) return true;
  if (first.ends_with(',') || first.ends_with('-')) return true;
  const size_t space = first.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? first : first.substr(space + 1);
  return InSet(last, kConnectors);
}

struct Column {
  size_t begin = 0;
  size_t end = 0;
};

size_t Distance(const Token& a, const Column& c) {
  if (a.end <= c.begin) return c.begin - a.end;
  if (c.end <= a.begin) return a.begin - c.end;
  return 0;
}

size_t Overlap(const Token& a, const Column& c) {
  const size_t begin = std::max(a.begin, c.begin);
  const size_t end = std::min(a.end, c.end);
  return end > begin ? end - begin : 0;
}

std::string Fold(std::string_view s) { return ascii::CollapseSpace(s); }

void Append(std::string* out, std::string_view text) {
  const std::string folded = Fold(text);
  if (folded.empty()) return;
  if (!out->empty()) out->push_back(' ');
  out->append(folded);
}

struct Duration {
  int months = 0;
  int weeks = 0;
};

// The earliest duration phrase in `text`.
Duration DurationOf(std::string_view text, int* kinds) {
  struct Cue {
    std::string_view phrase;
    int months;
    int weeks;
  };
  static constexpr Cue kCues[] = {
      {"three months", 3, 0},
      {"3 months", 3, 0},
      {"quarter", 3, 0},
      {"thirteen weeks", 0, 13},
      {"13 weeks", 0, 13},
      {"twelve weeks", 0, 12},
      {"12 weeks", 0, 12},
      {"sixteen weeks", 0, 16},
      {"16 weeks", 0, 16},
      {"six months", 6, 0},
      {"6 months", 6, 0},
      {"twenty-six weeks", 0, 26},
      {"26 weeks", 0, 26},
      {"twenty-four weeks", 0, 24},
      {"24 weeks", 0, 24},
      {"nine months", 9, 0},
      {"9 months", 9, 0},
      {"thirty-nine weeks", 0, 39},
      {"39 weeks", 0, 39},
      {"thirty-six weeks", 0, 36},
      {"36 weeks", 0, 36},
      {"forty weeks", 0, 40},
      {"40 weeks", 0, 40},
      {"twelve months", 12, 0},
      {"12 months", 12, 0},
      {"fiscal quarter", 3, 0},
      {"fifty-two weeks", 0, 52},
      {"52 weeks", 0, 52},
      {"fifty-three weeks", 0, 53},
      {"53 weeks", 0, 53},
      {"year", 12, 0},
      {"years", 12, 0},
      {"fiscal", 12, 0},
  };
  Duration best;
  size_t best_at = std::string_view::npos;
  *kinds = 0;
  int seen = 0;
  for (const Cue& cue : kCues) {
    const size_t at = FindWord(text, cue.phrase);
    if (at == std::string_view::npos) continue;
    const int key = cue.months != 0 ? cue.months : 100 + cue.weeks;
    if (key != seen) {
      ++*kinds;
      seen = key;
    }
    if (at < best_at) {
      best_at = at;
      best = {cue.months, cue.weeks};
    }
  }
  // "Year-to-date" and "fiscal year" say a year only with the rest.
  return best;
}

// The first "Month D" in `text`.
bool FindMonthDay(std::string_view text, int* month, int* day) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!ascii::IsAlpha(text[i]) || (i > 0 && ascii::IsAlpha(text[i - 1]))) continue;
    int m = 0;
    const size_t length = MonthNameAt(text.substr(i), &m);
    if (length == 0) continue;
    size_t p = i + length;
    while (p < text.size() && text[p] == ' ') ++p;
    int d = 0;
    size_t digits = 0;
    while (p < text.size() && ascii::IsDigit(text[p]) && digits < 3) {
      d = d * 10 + (text[p++] - '0');
      ++digits;
    }
    if (digits == 0 || digits > 2 || d < 1 || d > 31) continue;
    *month = m;
    *day = d;
    return true;
  }
  return false;
}

int LastYear(std::string_view text) {
  int year = 0;
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if ((i > 0 && ascii::IsDigit(text[i - 1])) ||
        (i + 4 < text.size() && ascii::IsDigit(text[i + 4]))) {
      continue;
    }
    if (IsYear(text.substr(i, 4))) year = std::atoi(std::string(text.substr(i, 4)).c_str());
  }
  return year;
}

std::string IsoOf(const std::chrono::year_month_day& d) {
  return dates::FormatIsoDate(static_cast<int>(d.year()), static_cast<int>(unsigned(d.month())),
                              static_cast<int>(unsigned(d.day())));
}

}  // namespace

std::optional<TableValue> ParseTableValue(std::string_view cell) {
  std::string_view s = ascii::Trim(cell);
  TableValue out;
  bool open = false;
  while (!s.empty() && (s.front() == '$' || s.front() == '(' || s.front() == ' ')) {
    if (s.front() == '$') out.dollar = true;
    if (s.front() == '(') {
      if (open) return std::nullopt;
      open = true;
    }
    s.remove_prefix(1);
  }
  // A footnote mark after the number: "3,615(1)", "3,615*".
  if (s.size() > 3 && s.back() == ')' && s[s.size() - 3] == '(' &&
      ascii::IsAlnum(s[s.size() - 2]) &&
      (ascii::IsDigit(s[s.size() - 4]) || s[s.size() - 4] == ')')) {
    s.remove_suffix(3);
  }
  while (!s.empty() && s.back() == '*') s.remove_suffix(1);
  bool close = false;
  while (!s.empty() && (s.back() == ')' || s.back() == '%' || s.back() == ' ')) {
    if (s.back() == ')') {
      if (close) return std::nullopt;
      close = true;
    }
    if (s.back() == '%') out.percent = true;
    s.remove_suffix(1);
  }
  if (open != close) return std::nullopt;
  if (IsDash(s)) {
    if (open) return std::nullopt;
    return out;  // 0
  }
  bool negative = open;
  if (!s.empty() && s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  double whole = 0;
  double fraction = 0;
  double place = 0.1;
  bool dot = false;
  int digits = 0;
  char previous = 0;
  for (char c : s) {
    if (ascii::IsDigit(c)) {
      if (dot) {
        fraction += (c - '0') * place;
        place /= 10;
      } else {
        whole = whole * 10 + (c - '0');
      }
      ++digits;
    } else if (c == ',') {
      if (dot || !ascii::IsDigit(previous)) return std::nullopt;
    } else if (c == '.') {
      if (dot) return std::nullopt;
      dot = true;
    } else {
      return std::nullopt;
    }
    previous = c;
  }
  if (digits == 0 || previous == ',' || previous == '.') return std::nullopt;
  out.value = negative ? -(whole + fraction) : whole + fraction;
  return out;
}

TablePeriod ParsePeriod(std::string_view heading, std::string_view context) {
  TablePeriod period;
  int kinds = 0;
  Duration duration = DurationOf(heading, &kinds);
  if (duration.months == 0 && duration.weeks == 0) {
    const Duration in_context = DurationOf(context, &kinds);
    if (kinds == 1) duration = in_context;
  }
  int month = 0;
  int day = 0;
  if (!FindMonthDay(heading, &month, &day) && !FindMonthDay(context, &month, &day)) return period;
  const int year = LastYear(heading);
  if (year == 0 || !dates::IsValidDate(year, month, day)) return period;
  period.end = dates::FormatIsoDate(year, month, day);
  period.start = PeriodStart(period.end, duration.months, duration.weeks);
  return period;
}

std::string PeriodStart(std::string_view end_iso, int months_back, int weeks_back) {
  using namespace std::chrono;
  const std::optional<std::string> valid = dates::IsoDate(end_iso);
  if (!valid || (months_back <= 0 && weeks_back <= 0)) return "";
  const year_month_day end{year{std::atoi(valid->substr(0, 4).c_str())},
                           month{static_cast<unsigned>(std::atoi(valid->substr(5, 2).c_str()))},
                           day{static_cast<unsigned>(std::atoi(valid->substr(8, 2).c_str()))}};
  if (weeks_back > 0) return IsoOf(year_month_day{sys_days{end} - days{7 * weeks_back - 1}});
  const year_month_day last{end.year() / end.month() / std::chrono::last};
  if (last.day() == end.day()) {
    const year_month first = end.year() / end.month() - months{months_back - 1};
    return IsoOf(year_month_day{first / 1});
  }
  year_month_day back = end - months{months_back};
  if (!back.ok()) back = year_month_day{back.year() / back.month() / std::chrono::last};
  return IsoOf(year_month_day{sys_days{back} + days{1}});
}

bool ParseScale(std::string_view text, double* scale, double* share_scale) {
  struct Cue {
    std::string_view phrase;
    double scale;
  };
  static constexpr Cue kCues[] = {
      {"in thousands", 1e3}, {"(thousands", 1e3},
      {"thousands of", 1e3}, {"000's omitted", 1e3},
      {"000s omitted", 1e3}, {"(000)", 1e3},
      {"(000's)", 1e3},      {"$000", 1e3},
      {"in millions", 1e6},  {"(millions", 1e6},
      {"millions of", 1e6},  {"in billions", 1e9},
      {"(billions", 1e9},    {"dollars in thousands", 1e3},
  };
  size_t at = std::string_view::npos;
  double found = 0;
  for (const Cue& cue : kCues) {
    const size_t p = ascii::FindIgnoreCase(text, cue.phrase);
    if (p < at) {
      at = p;
      found = cue.scale;
    }
  }
  if (found == 0) return false;
  *scale = found;
  *share_scale = found;
  // "except share and per share data": share counts as printed.
  const size_t except = ascii::FindIgnoreCase(text, "except", at);
  if (except == std::string_view::npos) return true;
  size_t close = text.find_first_of(")\n", except);
  const std::string_view clause =
      text.substr(except, close == std::string_view::npos ? text.npos : close - except);
  for (size_t p = ascii::FindIgnoreCase(clause, "share"); p != std::string_view::npos;
       p = ascii::FindIgnoreCase(clause, "share", p + 1)) {
    if (p >= 4 && ascii::EqualsIgnoreCase(clause.substr(p - 4, 4), "per ")) continue;
    *share_scale = 1;
    const std::string_view rest = clause.substr(p);
    if (ascii::FindIgnoreCase(rest, "in thousands") != std::string_view::npos) *share_scale = 1e3;
    if (ascii::FindIgnoreCase(rest, "in millions") != std::string_view::npos) *share_scale = 1e6;
    break;
  }
  return true;
}

namespace {

// Builds one table from its heading lines and its row lines.
class TableBuilder {
 public:
  TableBuilder(const std::vector<Line>& lines, size_t heading_begin, size_t rows_begin,
               size_t rows_end)
      : lines_(lines),
        heading_begin_(heading_begin),
        rows_begin_(rows_begin),
        rows_end_(rows_end) {}

  std::optional<TextTable> Build() {
    size_t data = 0;
    size_t cell_rows = 0;
    for (size_t i = rows_begin_; i < rows_end_; ++i) {
      if (lines_[i].kind != Kind::kData) continue;
      ++data;
      if (lines_[i].cells) ++cell_rows;
    }
    if (data == 0) return std::nullopt;
    cells_ = cell_rows * 2 > data;
    FindColumns();
    if (columns_.empty() || columns_.size() > kMaxColumns) return std::nullopt;
    table_.offset = lines_[rows_begin_].offset;
    table_.html = cells_;
    ReadHeadings();
    ReadRows();
    return std::move(table_);
  }

  bool has_scale() const { return has_scale_; }

 private:
  void FindColumns() {
    if (cells_) {
      size_t widest = 0;
      for (size_t i = rows_begin_; i < rows_end_; ++i) {
        if (lines_[i].kind == Kind::kData && lines_[i].cells) {
          widest = std::max(widest, lines_[i].values.size());
        }
      }
      for (size_t c = 0; c < widest; ++c) {
        columns_.push_back({c, c + 1});
      }
      return;
    }
    std::vector<Column> spans;
    for (size_t i = rows_begin_; i < rows_end_; ++i) {
      if (lines_[i].kind != Kind::kData || lines_[i].cells) continue;
      for (const Token& v : lines_[i].values) spans.push_back({v.begin, v.end});
    }
    std::sort(spans.begin(), spans.end(),
              [](const Column& a, const Column& b) { return a.begin < b.begin; });
    for (const Column& s : spans) {
      if (!columns_.empty() && s.begin < columns_.back().end) {
        columns_.back().end = std::max(columns_.back().end, s.end);
      } else {
        columns_.push_back(s);
      }
    }
  }

  // The column a legacy value or heading run belongs to: the one it
  // overlaps most, else the nearest.
  size_t NearestColumn(const Token& t) const {
    size_t best = 0;
    for (size_t c = 1; c < columns_.size(); ++c) {
      if (Closer(t, columns_[c], columns_[best])) best = c;
    }
    return best;
  }

  // Whether `t` is nearer column `a` than column `b`, or as near and
  // overlapping it more.
  static bool Closer(const Token& t, const Column& a, const Column& b) {
    const size_t da = Distance(t, a);
    const size_t db = Distance(t, b);
    return da < db || (da == db && Overlap(t, a) > Overlap(t, b));
  }

  void ReadHeadings() {
    const size_t n = columns_.size();
    table_.headings.assign(n, std::string());
    std::string context;
    std::vector<std::string_view> captions;
    for (size_t i = heading_begin_; i < rows_begin_; ++i) {
      const Line& line = lines_[i];
      if (line.kind == Kind::kBlank || line.kind == Kind::kRule) continue;
      Append(&context, line.cells ? std::string_view(line.label) : line.text);
      if (line.kind != Kind::kHeading) {
        captions.push_back(line.label);
        continue;
      }
      // Each column takes the heading run nearest to it.
      if (line.cells) {
        const std::vector<Token>& s = line.segments;
        for (size_t c = 0; c < n; ++c) {
          size_t k = 0;
          if (s.size() == n) {
            k = c;
          } else if (s.size() < n && n % s.size() == 0) {
            k = c / (n / s.size());
          } else if (s.size() > n) {
            k = s.size() - n + c;
          } else if (c + s.size() >= n) {
            k = c + s.size() - n;
          } else {
            continue;
          }
          Append(&table_.headings[c], s[k].text);
        }
        continue;
      }
      for (size_t c = 0; c < n; ++c) {
        const Column& column = columns_[c];
        const Token* best = nullptr;
        for (const Token& s : line.segments) {
          if (best == nullptr || Distance(s, column) < Distance(*best, column) ||
              (Distance(s, column) == Distance(*best, column) &&
               Overlap(s, column) > Overlap(*best, column))) {
            best = &s;
          }
        }
        if (best != nullptr && Distance(*best, columns_[c]) <= kMaxHeadingDistance) {
          Append(&table_.headings[c], best->text);
        }
      }
    }
    // The title: the caption lines nearest the headings.
    for (size_t k = captions.size() > 2 ? captions.size() - 2 : 0; k < captions.size(); ++k) {
      Append(&table_.title, captions[k]);
    }
    for (const std::string& heading : table_.headings) {
      table_.periods.push_back(ParsePeriod(heading, context));
    }
    // The scale may stand under the headings too ("(In millions except
    // share data)" below the rule).
    std::string caption = context;
    for (size_t i = rows_begin_; i < rows_end_ && lines_[i].kind != Kind::kData; ++i) {
      Append(&caption, lines_[i].label);
    }
    has_scale_ = ParseScale(caption, &table_.scale, &table_.share_scale);
  }

  void FlushPending() {
    if (!have_pending_) return;
    have_pending_ = false;
    double scale = 0;
    double share_scale = 0;
    if (MayStateScale(pending_) && ParseScale(pending_, &scale, &share_scale)) {
      return;  // a caption, not a row
    }
    const int indent = pending_indent_;
    while (!parents_.empty() && parents_.back().first >= indent) parents_.pop_back();
    TableRow row;
    row.label = Fold(pending_);
    row.offset = pending_offset_;
    parents_.emplace_back(indent, row.label);
    table_.rows.push_back(std::move(row));
  }

  void ReadRows() {
    for (size_t i = rows_begin_; i < rows_end_; ++i) {
      const Line& line = lines_[i];
      switch (line.kind) {
        case Kind::kRule:
          ruled_ = true;
          FlushPending();
          break;
        case Kind::kBlank:
        case Kind::kProse:
          FlushPending();
          break;
        case Kind::kText:
        case Kind::kHeading:
          if (have_pending_ && Wraps(pending_, line.label)) {
            pending_ += ' ';
            pending_ += line.label;
            break;
          }
          FlushPending();
          have_pending_ = true;
          pending_ = std::string(line.label);
          pending_offset_ = line.offset;
          // In an HTML table every row sits under the label-only row above.
          pending_indent_ = cells_ ? -1 : line.indent;
          break;
        case Kind::kData:
          AddRow(line);
          break;
      }
    }
  }

  void AddRow(const Line& line) {
    TableRow row;
    row.offset = line.offset;
    row.ruled = ruled_;
    ruled_ = false;
    std::string label(ascii::Trim(line.label));
    int indent = cells_ ? 0 : line.indent;
    if (have_pending_ && (label.empty() || Wraps(pending_, label))) {
      label = label.empty() ? pending_ : pending_ + " " + label;
      row.offset = pending_offset_;
      indent = cells_ ? 0 : pending_indent_;
      have_pending_ = false;
    }
    FlushPending();
    while (!parents_.empty() && parents_.back().first >= indent) parents_.pop_back();
    row.label = Fold(label);
    if (!parents_.empty()) row.parent = parents_.back().second;
    row.cells.assign(columns_.size(), std::nullopt);
    const size_t n = line.values.size();
    for (size_t k = 0; k < n; ++k) {
      size_t c = 0;
      if (cells_) {
        if (!line.cells || n > columns_.size()) continue;
        c = columns_.size() - n + k;
      } else {
        c = NearestColumn(line.values[k]);
      }
      row.cells[c] = ParseTableValue(line.values[k].text);
    }
    if (ascii::StartsWithIgnoreCase(row.label, "total")) parents_.clear();
    table_.rows.push_back(std::move(row));
  }

  const std::vector<Line>& lines_;
  size_t heading_begin_, rows_begin_, rows_end_;
  bool cells_ = false;
  bool has_scale_ = false;
  bool ruled_ = false;
  std::vector<Column> columns_;
  TextTable table_;
  std::string pending_;
  size_t pending_offset_ = 0;
  int pending_indent_ = 0;
  bool have_pending_ = false;
  std::vector<std::pair<int, std::string>> parents_;
};

}  // namespace

std::vector<TextTable> ReadTables(std::string_view text) {
  std::vector<Line> lines;
  size_t offset = 0;
  while (offset < text.size()) {
    size_t end = text.find('\n', offset);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(offset, end - offset);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    lines.push_back(Classify(raw, offset));
    offset = end + 1;
  }
  std::vector<TextTable> tables;
  size_t boundary = 0;  // no heading reaches above this line
  size_t previous_end = 0;
  bool prose_since_previous = true;
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].kind == Kind::kProse) {
      boundary = i + 1;
      prose_since_previous = true;
    }
    if (lines[i].kind != Kind::kData) {
      ++i;
      continue;
    }
    // Headings and caption: up to kHeadingLines above, not above the last
    // table or sentence. Text lines after the last heading line are rows.
    const size_t heading_begin = i > boundary + kHeadingLines ? i - kHeadingLines : boundary;
    size_t rows_begin = i;
    {
      size_t last_heading = i;
      for (size_t k = heading_begin; k < i; ++k) {
        if (lines[k].kind == Kind::kHeading || lines[k].kind == Kind::kRule) last_heading = k;
      }
      if (last_heading != i) {
        rows_begin = last_heading + 1;
      } else {
        // No headings: the label lines just above belong to the first row.
        while (rows_begin > heading_begin && rows_begin + 2 > i &&
               lines[rows_begin - 1].kind == Kind::kText) {
          --rows_begin;
        }
      }
    }
    // The rows: until a sentence, new headings, or too long a run of blank
    // or label-only lines.
    size_t last_data = i;
    int label_run = 0;
    int blank_run = 0;
    size_t k = i + 1;
    for (; k < lines.size(); ++k) {
      const Kind kind = lines[k].kind;
      if (kind == Kind::kData) {
        last_data = k;
        label_run = 0;
        blank_run = 0;
        continue;
      }
      if (kind == Kind::kProse || kind == Kind::kHeading) break;
      if (kind == Kind::kBlank) {
        if (++blank_run > kMaxBlankRun) break;
        continue;
      }
      if (kind == Kind::kText && ++label_run > kMaxLabelRun) break;
    }
    TableBuilder builder(lines, heading_begin, rows_begin, last_data + 1);
    if (std::optional<TextTable> table = builder.Build()) {
      // A table broken by a page or a sub-heading goes on under the
      // columns of the one just above it.
      const bool adjacent =
          !tables.empty() && !prose_since_previous && heading_begin <= previous_end + kHeadingLines;
      if (adjacent) {
        const TextTable& previous = tables.back();
        bool periods = false;
        for (const TablePeriod& p : table->periods) periods = periods || !p.end.empty();
        if (!periods && previous.periods.size() == table->periods.size()) {
          table->headings = previous.headings;
          table->periods = previous.periods;
          if (table->title.empty()) table->title = previous.title;
        }
        if (!builder.has_scale()) {
          table->scale = previous.scale;
          table->share_scale = previous.share_scale;
        }
      }
      tables.push_back(std::move(*table));
      prose_since_previous = false;
      previous_end = last_data + 1;
    }
    boundary = last_data + 1;
    i = last_data + 1;
  }
  return tables;
}

}  // namespace edgard::extract
