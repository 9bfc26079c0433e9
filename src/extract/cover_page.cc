#include "extract/cover_page.h"

#include <algorithm>
#include <array>
#include <vector>

#include "base/ascii.h"
#include "base/dates.h"
#include "extract/words.h"

namespace edgard::extract {
namespace {

struct StateName {
  std::string_view name;
  std::string_view code;
};

constexpr std::array<StateName, 56> kStates = {{
    {"alabama", "AL"},
    {"alaska", "AK"},
    {"arizona", "AZ"},
    {"arkansas", "AR"},
    {"california", "CA"},
    {"colorado", "CO"},
    {"connecticut", "CT"},
    {"delaware", "DE"},
    {"district of columbia", "DC"},
    {"florida", "FL"},
    {"georgia", "GA"},
    {"hawaii", "HI"},
    {"idaho", "ID"},
    {"illinois", "IL"},
    {"indiana", "IN"},
    {"iowa", "IA"},
    {"kansas", "KS"},
    {"kentucky", "KY"},
    {"louisiana", "LA"},
    {"maine", "ME"},
    {"maryland", "MD"},
    {"massachusetts", "MA"},
    {"michigan", "MI"},
    {"minnesota", "MN"},
    {"mississippi", "MS"},
    {"missouri", "MO"},
    {"montana", "MT"},
    {"nebraska", "NE"},
    {"nevada", "NV"},
    {"new hampshire", "NH"},
    {"new jersey", "NJ"},
    {"new mexico", "NM"},
    {"new york", "NY"},
    {"north carolina", "NC"},
    {"north dakota", "ND"},
    {"ohio", "OH"},
    {"oklahoma", "OK"},
    {"oregon", "OR"},
    {"pennsylvania", "PA"},
    {"rhode island", "RI"},
    {"south carolina", "SC"},
    {"south dakota", "SD"},
    {"tennessee", "TN"},
    {"texas", "TX"},
    {"utah", "UT"},
    {"vermont", "VT"},
    {"virginia", "VA"},
    {"washington", "WA"},
    {"west virginia", "WV"},
    {"wisconsin", "WI"},
    {"wyoming", "WY"},
    {"puerto rico", "PR"},
    {"guam", "GU"},
    {"virgin islands", "VI"},
    {"american samoa", "AS"},
    {"northern mariana islands", "MP"},
}};

// The four-digit year at `text[at]`, or -1.
int YearAt(std::string_view text, size_t at) {
  if (at + 4 > text.size()) return -1;
  int year = 0;
  for (size_t k = 0; k < 4; ++k) {
    if (!ascii::IsDigit(text[at + k])) return -1;
    year = year * 10 + (text[at + k] - '0');
  }
  return year;
}

// Index of the first line containing `label` (case-insensitive), or npos.
size_t FindLine(const std::vector<std::string_view>& lines, std::string_view label,
                size_t from = 0) {
  for (size_t i = from; i < lines.size(); ++i) {
    if (ascii::FindIgnoreCase(lines[i], label) != std::string_view::npos) return i;
  }
  return std::string_view::npos;
}

// Whether a line holds a printed cover-page label rather than a value.
bool IsLabel(std::string_view line) {
  // "(Exact name ...)" is a label; "(650) 506-7000" is a value.
  if (line.size() > 1 && line.front() == '(' && !ascii::IsDigit(line[1])) return true;
  for (std::string_view label : {"jurisdiction", "identification", "telephone number",
                                 "exact name of", "file number", "principal executive"}) {
    if (ascii::FindIgnoreCase(line, label) != std::string_view::npos) return true;
  }
  return false;
}

// The nearest non-empty line above `index`, unless it is a label itself.
size_t ValueLineAbove(const std::vector<std::string_view>& lines, size_t index) {
  for (size_t i = index; i-- > 0 && index - i <= 3;) {
    if (lines[i].empty()) continue;
    return IsLabel(lines[i]) ? std::string_view::npos : i;
  }
  return std::string_view::npos;
}

std::string_view ValueAbove(const std::vector<std::string_view>& lines, size_t index) {
  const size_t at = ValueLineAbove(lines, index);
  return at == std::string_view::npos ? std::string_view() : lines[at];
}

// Cells of a value line: split at " | " (HTML table cells) or runs of 3+ spaces.
std::vector<std::string> Cells(std::string_view line) {
  std::vector<std::string> cells;
  std::string current;
  for (size_t i = 0; i < line.size(); ++i) {
    const bool bar = line[i] == '|';
    const bool gap =
        line[i] == ' ' && i + 2 < line.size() && line[i + 1] == ' ' && line[i + 2] == ' ';
    if (bar || gap) {
      if (!ascii::Trim(current).empty()) cells.emplace_back(ascii::Trim(current));
      current.clear();
      while (i + 1 < line.size() && (line[i + 1] == ' ' || line[i + 1] == '|')) ++i;
      continue;
    }
    current.push_back(line[i]);
  }
  if (!ascii::Trim(current).empty()) cells.emplace_back(ascii::Trim(current));
  return cells;
}

bool Matches(std::string_view text, std::string_view shape) {  // '9' = digit
  if (text.size() != shape.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (shape[i] == '9' ? !ascii::IsDigit(text[i]) : text[i] != shape[i]) return false;
  }
  return true;
}

bool IsIrsNumber(std::string_view cell) {
  return Matches(cell, "99-9999999") || Matches(cell, "999999999");
}

// Commission file numbers: 0-10030, 001-35992, 333-80941-08.
bool IsFileNumber(std::string_view cell) {
  const size_t dash = cell.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 3) return false;
  size_t digits = 0;
  for (size_t i = 0; i < cell.size(); ++i) {
    if (ascii::IsDigit(cell[i])) {
      ++digits;
    } else if (cell[i] != '-') {
      return false;
    }
  }
  return digits >= 5 && !IsIrsNumber(cell);
}

bool IsZip(std::string_view token) {
  return Matches(token, "99999") || Matches(token, "99999-9999");
}

std::string PhoneIn(std::string_view line) {
  // (650) 506-7000, 650-506-7000, 650.506.7000: ten digits in a short span.
  std::string digits;
  size_t start = std::string_view::npos;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (ascii::IsDigit(c)) {
      if (digits.empty()) start = i;
      digits.push_back(c);
      if (digits.size() == 10) {
        size_t begin = start > 0 && line[start - 1] == '(' ? start - 1 : start;
        return std::string(line.substr(begin, i + 1 - begin));
      }
    } else if (!digits.empty() && c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
      digits.clear();
    }
  }
  return {};
}

void ReadAddress(std::string_view line, Address* address) {
  std::string joined;
  for (const std::string& cell : Cells(line)) {
    if (!joined.empty()) joined += ", ";
    joined += cell;
  }
  // Zip: the last token that looks like one.
  std::string_view rest = joined;
  size_t last_space = rest.find_last_of(" ,");
  std::string_view last = last_space == std::string_view::npos ? rest : rest.substr(last_space + 1);
  if (IsZip(last)) {
    address->zip = std::string(last);
    rest = ascii::Trim(rest.substr(0, last_space == std::string_view::npos ? 0 : last_space));
    while (!rest.empty() && rest.back() == ',') rest = ascii::Trim(rest.substr(0, rest.size() - 1));
  }
  // State: a state name or code at the end.
  for (const StateName& state : kStates) {
    for (std::string_view spelled : {state.name, state.code}) {
      if (rest.size() > spelled.size() &&
          ascii::EqualsIgnoreCase(rest.substr(rest.size() - spelled.size()), spelled) &&
          (rest[rest.size() - spelled.size() - 1] == ' ' ||
           rest[rest.size() - spelled.size() - 1] == ',')) {
        address->state = std::string(state.code);
        rest = ascii::Trim(rest.substr(0, rest.size() - spelled.size()));
        while (!rest.empty() && rest.back() == ',') {
          rest = ascii::Trim(rest.substr(0, rest.size() - 1));
        }
        break;
      }
    }
    if (!address->state.empty()) break;
  }
  // City: the part after the last comma; street: the rest.
  const size_t comma = rest.rfind(',');
  if (comma != std::string_view::npos) {
    address->city = std::string(ascii::Trim(rest.substr(comma + 1)));
    address->street1 = std::string(ascii::Trim(rest.substr(0, comma)));
  } else if (!address->state.empty()) {
    address->city = std::string(rest);  // "Cupertino, California 95014": the street is above
  } else {
    address->street1 = std::string(rest);
  }
}

}  // namespace

std::string_view StateCode(std::string_view name) {
  name = ascii::Trim(name);
  for (const StateName& state : kStates) {
    if (ascii::EqualsIgnoreCase(name, state.name) || ascii::EqualsIgnoreCase(name, state.code)) {
      return state.code;
    }
  }
  return {};
}

std::string FindWrittenDate(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!ascii::IsAlpha(text[i]) || (i > 0 && ascii::IsAlpha(text[i - 1]))) continue;
    int month = 0;
    const size_t name = MonthNameAt(text.substr(i), &month);
    if (name == 0) continue;
    size_t p = i + name;
    while (p < text.size() && text[p] == ' ') ++p;
    int day = 0, digits = 0;
    while (p < text.size() && ascii::IsDigit(text[p]) && digits < 2) {
      day = day * 10 + (text[p++] - '0');
      ++digits;
    }
    if (digits == 0 || p >= text.size() || text[p] != ',') continue;
    ++p;
    while (p < text.size() && text[p] == ' ') ++p;
    const int year = YearAt(text, p);
    if (year < 0 || !dates::IsValidDate(year, month, day)) continue;
    return dates::FormatIsoDate(year, month, day);
  }
  return {};
}

std::string FindDayOfMonthDate(std::string_view text) {
  auto skip_space = [text](size_t at) {
    while (at < text.size() && ascii::IsSpace(text[at])) ++at;
    return at;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (!ascii::IsDigit(text[i]) || (i > 0 && ascii::IsAlnum(text[i - 1]))) continue;
    size_t p = i;
    int day = 0;
    while (p < text.size() && ascii::IsDigit(text[p]) && p - i < 2)
      day = day * 10 + (text[p++] - '0');
    for (std::string_view ordinal : {"st", "nd", "rd", "th"}) {
      if (ascii::StartsWithIgnoreCase(text.substr(p), ordinal)) {
        p += ordinal.size();
        break;
      }
    }
    // "8th day of May, 2003": white space, not letters or digits, between the words.
    size_t q = skip_space(p);
    if (q == p || !ascii::StartsWithIgnoreCase(text.substr(q), "day")) continue;
    p = q + 3;
    q = skip_space(p);
    if (q == p || !ascii::StartsWithIgnoreCase(text.substr(q), "of")) continue;
    p = q + 2;
    q = skip_space(p);
    int month = 0;
    const size_t name = q == p ? 0 : MonthNameAt(text.substr(q), &month);
    if (name == 0) continue;
    p = skip_space(q + name);
    if (p < text.size() && text[p] == ',') p = skip_space(p + 1);
    const int year = YearAt(text, p);
    if (year < 0 || (p + 4 < text.size() && ascii::IsDigit(text[p + 4]))) continue;
    if (!dates::IsValidDate(year, month, day)) continue;
    return dates::FormatIsoDate(year, month, day);
  }
  return {};
}

namespace {

// The first "MM/DD/YYYY" in `text` as YYYY-MM-DD, or empty.
std::string SlashDate(std::string_view text) {
  for (size_t i = 0; i + 10 <= text.size(); ++i) {
    const std::string_view t = text.substr(i, 10);
    if (t[2] != '/' || t[5] != '/') continue;
    if (i > 0 && ascii::IsDigit(text[i - 1])) continue;
    if (i + 10 < text.size() && ascii::IsDigit(text[i + 10])) continue;
    int month = 0, day = 0, year = 0;
    bool digits = true;
    for (size_t k : {0u, 1u, 3u, 4u, 6u, 7u, 8u, 9u}) digits = digits && ascii::IsDigit(t[k]);
    if (!digits) continue;
    month = (t[0] - '0') * 10 + (t[1] - '0');
    day = (t[3] - '0') * 10 + (t[4] - '0');
    year = (t[6] - '0') * 1000 + (t[7] - '0') * 100 + (t[8] - '0') * 10 + (t[9] - '0');
    if (dates::IsValidDate(year, month, day)) return dates::FormatIsoDate(year, month, day);
  }
  return {};
}

}  // namespace

CoverPage ReadCoverPage(std::string_view text) {
  CoverPage cover;
  const std::vector<std::string_view> lines =
      ascii::SplitLines(text.substr(0, kCoverPageBytes), true);
  cover.filer.role = "filer";
  for (size_t i = 0; i < lines.size() && cover.form_type.empty(); ++i) {
    std::string_view line = lines[i];
    if (!ascii::StartsWithIgnoreCase(line, "form ")) continue;
    std::string_view form = line.substr(5);
    while (!form.empty() && (ascii::IsSpace(form.front()) || form.front() == '|')) {
      form.remove_prefix(1);  // "FORM | 8-K": two table cells
    }
    const size_t end = form.find_first_of(" \t|");
    form = form.substr(0, end);
    for (std::string_view known : {"8-K", "10-K", "10-K405", "10-KSB", "10-Q", "10-QSB", "20-F",
                                   "8-K/A", "10-K/A", "10-Q/A", "20-F/A"}) {
      if (ascii::EqualsIgnoreCase(form, known)) cover.form_type = ascii::ToUpperCopy(form);
    }
  }
  if (size_t at = FindLine(lines, "date of report"); at != std::string_view::npos) {
    std::string window;
    for (size_t i = at; i < lines.size() && i < at + 4; ++i) {
      window += lines[i];
      window += '\n';
    }
    window = ascii::CollapseSpace(window);  // "Date of earliest\n event reported:"
    const size_t earliest = ascii::FindIgnoreCase(window, "earliest event reported");
    std::string date =
        earliest != std::string::npos ? FindWrittenDate(window.substr(earliest)) : std::string();
    if (date.empty()) date = FindWrittenDate(window);
    if (date.empty()) date = SlashDate(window);  // "06/28/2012"
    cover.date_of_report = date;
    // The date printed above its label, as the other cover values are
    // ("November 7, 2019" / "Date of Report (Date of earliest event reported)").
    for (size_t i = at; cover.date_of_report.empty() && i-- > 0 && at - i <= 3;) {
      cover.date_of_report = FindWrittenDate(ascii::CollapseSpace(lines[i]));
    }
  }
  for (std::string_view label : {"fiscal year ended", "quarterly period ended"}) {
    if (size_t at = FindLine(lines, label); at != std::string_view::npos) {
      cover.period_end = FindWrittenDate(lines[at]);
      if (cover.period_end.empty() && at + 1 < lines.size()) {
        cover.period_end = FindWrittenDate(lines[at + 1]);
      }
      if (!cover.period_end.empty()) break;
    }
  }
  if (size_t at = FindLine(lines, "(exact name of registrant"); at != std::string_view::npos) {
    cover.filer.name = std::string(ValueAbove(lines, at));
    // No "Date of Report" label: a line that is only a date, above the name.
    for (size_t i = 0; i < at && cover.date_of_report.empty(); ++i) {
      if (lines[i].size() <= 24) cover.date_of_report = FindWrittenDate(lines[i]);
    }
  }
  // State, file number and IRS number share one row of values, or sit on
  // rows of their own, each above its label.
  std::vector<size_t> label_lines;
  for (std::string_view label :
       {"(state or other jurisdiction", "commission file", "employer identification"}) {
    const size_t at = FindLine(lines, label);
    if (at != std::string_view::npos &&
        std::find(label_lines.begin(), label_lines.end(), at) == label_lines.end()) {
      label_lines.push_back(at);
    }
  }
  for (size_t at : label_lines) {
    for (const std::string& cell : Cells(ValueAbove(lines, at))) {
      if (IsIrsNumber(cell)) {
        cover.filer.irs_number.clear();
        for (char c : cell) {
          if (ascii::IsDigit(c)) cover.filer.irs_number.push_back(c);
        }
      } else if (IsFileNumber(cell)) {
        cover.filer.file_number = cell;
      } else if (std::string_view code = StateCode(cell); !code.empty()) {
        cover.filer.state_of_incorporation = std::string(code);
      }
    }
  }
  if (size_t at = FindLine(lines, "(address of principal executive offices");
      at != std::string_view::npos) {
    const size_t value = ValueLineAbove(lines, at);
    if (value != std::string_view::npos) {
      Address& address = cover.filer.business_address;
      ReadAddress(lines[value], &address);
      // A street on its own line above "City, State Zip".
      const std::string_view above = ValueAbove(lines, value);
      if (address.street1.empty() && !above.empty() && ascii::IsDigit(above.front())) {
        address.street1 = std::string(above);
      }
    }
  }
  if (size_t at = FindLine(lines, "telephone number"); at != std::string_view::npos) {
    std::string phone = PhoneIn(lines[at]);
    if (phone.empty()) phone = PhoneIn(ValueAbove(lines, at));
    cover.filer.business_address.phone = phone;
  }
  cover.found = !cover.filer.name.empty() || !cover.form_type.empty();
  return cover;
}

}  // namespace edgard::extract
