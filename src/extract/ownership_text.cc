#include "extract/ownership_text.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "base/ascii.h"
#include "extract/cover_page.h"
#include "extract/tables.h"
#include "extract/words.h"

namespace edgard::extract {
namespace {

// The first non-empty line after the one holding `label`, or empty.
std::string_view LineAfter(const std::vector<std::string_view>& lines, std::string_view label,
                           size_t* at = nullptr) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (ascii::FindIgnoreCase(lines[i], label) == std::string_view::npos) continue;
    for (size_t k = i + 1; k < lines.size() && k < i + 4; ++k) {
      if (lines[k].empty()) continue;
      if (at != nullptr) *at = k;
      return lines[k];
    }
    return {};
  }
  return {};
}

// Whether the box before `label` in `text` is checked: "(X) Director",
// "[X] Director", "X  Director".
std::optional<bool> Checked(std::string_view text, std::string_view label) {
  const size_t at = ascii::FindIgnoreCase(text, label);
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view before = ascii::TrimRight(text.substr(0, at));
  if (before.size() >= 3 && (before.ends_with(')') || before.ends_with(']'))) {
    const std::string_view box = before.substr(before.size() - 3);
    return ascii::EqualsIgnoreCase(box.substr(1, 1), "x");
  }
  return std::nullopt;
}

// "February 29,2000" -> "2000-02-29"; "02/29/2000" too.
std::string DateIn(std::string_view text) {
  std::string spaced;
  for (char c : text) {
    spaced.push_back(c);
    if (c == ',') spaced.push_back(' ');
  }
  std::string date = FindWrittenDate(ascii::CollapseSpace(spaced));
  if (!date.empty()) return date;
  const std::string_view t = ascii::Trim(text);
  if (t.size() == 10 && t[2] == '/' && t[5] == '/') {
    return std::string(t.substr(6, 4)) + "-" + std::string(t.substr(0, 2)) + "-" +
           std::string(t.substr(3, 2));
  }
  return {};
}

// ---------------------------------------------------------------------------
// The pipe-ruled transaction tables of the 1990s' filing software:
//
//   1. Title of Security       |2.    |3.    |4.Securities Acquired (A) ...
//                              | Date |Code|V|    Amount        | D |  ...
//   ____________________________________________________________________|
//   Options to Purchase Co|$1.375  |2/7/0|A   |V|12,000 -   |A,D|2/7/0|...
//   mmon Stock            |        |0    |    | |           |   |5    |...
//   - ------------------------------------------------------------------|
//
// A row is read only when its layout is certain: its cells line up with the
// pipes of the heading's last line (Table II's underlying security may be
// split into title and amount), its count is the form's, and its wrapped
// lines share its pipes. Otherwise the table gets a problem, not a guess.

// Table I: title, date, code, V, amount, (A) or (D), price, amount owned
// after, direct or indirect, nature. Table II: title, conversion or exercise
// price, date, code, V, amount, (A) or (D), date exercisable, expiration
// date, underlying title, underlying amount, price, number owned after,
// direct or indirect, nature.
constexpr size_t kTableOneCells = 10;
constexpr size_t kTableTwoCells = 15;

std::vector<size_t> Pipes(std::string_view line) {
  std::vector<size_t> at;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '|') at.push_back(i);
  }
  return at;
}

// A rule: underscores or dashes (a dash-stuffed "- ---" too), pipes, spaces.
bool IsRule(std::string_view line) {
  size_t marks = 0;
  for (char c : line) {
    if (c == '_' || c == '-') {
      ++marks;
    } else if (c != '|' && c != ' ') {
      return false;
    }
  }
  return marks >= 10;
}

// The cells of `line` between the pipes at `pipes` (the last one ends the
// last cell), untrimmed.
std::vector<std::string_view> Cells(std::string_view line, const std::vector<size_t>& pipes) {
  std::vector<std::string_view> cells;
  size_t begin = 0;
  for (size_t at : pipes) {
    cells.push_back(line.substr(begin, at - begin));
    begin = at + 1;
  }
  return cells;
}

// A cell value with its wrapped continuation: joined directly when the text
// above filled its cell ("2/7/0" + "0"), with a space otherwise. The
// continuation keeps its trailing spaces, so that a third line can tell
// whether the second filled the cell too; readers trim the value.
void Continue(std::string& cell, std::string_view raw) {
  const std::string_view more = ascii::TrimLeft(raw);
  if (ascii::Trim(more).empty()) return;
  const bool filled = !cell.empty() && !ascii::IsSpace(cell.back());
  cell = std::string(ascii::TrimRight(cell));
  if (!cell.empty() && !filled) cell += ' ';
  cell += more;
}

bool Blank(std::string_view cell) {
  cell = ascii::Trim(cell);
  return cell.empty() || cell == "-" || cell == "--" || ascii::EqualsIgnoreCase(cell, "n/a");
}

// "2/7/00" or "02/07/2000" -> "2000-02-07"; two-digit years before 50 are
// in the 2000s. Empty when the cell is no such date.
std::string SlashDate(std::string_view cell) {
  cell = ascii::Trim(cell);
  int part[3] = {0, 0, 0};
  size_t digits[3] = {0, 0, 0};
  size_t k = 0;
  for (char c : cell) {
    if (c == '/' && k < 2) {
      ++k;
    } else if (ascii::IsDigit(c) && digits[k] < 4) {
      part[k] = part[k] * 10 + (c - '0');
      ++digits[k];
    } else {
      return {};
    }
  }
  if (k != 2 || digits[0] == 0 || digits[0] > 2 || digits[1] == 0 || digits[1] > 2 ||
      (digits[2] != 2 && digits[2] != 4) || part[0] < 1 || part[0] > 12 || part[1] < 1 ||
      part[1] > 31) {
    return {};
  }
  int year = part[2];
  if (digits[2] == 2) year += year < 50 ? 2000 : 1900;
  char out[11];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, part[0], part[1]);
  return out;
}

// A number cell; nullopt for a blank one; false when it is neither.
bool Number(std::string_view cell, std::optional<double>* out) {
  if (Blank(cell)) return true;
  const auto value = ParseTableValue(ascii::Trim(cell));
  if (!value) return false;
  *out = value->value;
  return true;
}

bool Date(std::string_view cell, std::string* out) {
  if (Blank(cell)) return true;
  *out = SlashDate(cell);
  return !out->empty();
}

// "12,000 -" under "A,D": the amounts acquired and disposed side by side;
// the one given is the row's. A single amount takes the (A) or (D) as is.
bool Amount(std::string_view amount, std::string_view sides, std::optional<double>* shares,
            std::string* acquired_disposed) {
  sides = ascii::Trim(sides);
  if (sides.size() == 3 && (sides[1] == ',' || sides[1] == '/')) {
    const std::vector<std::string_view> amounts = Words(ascii::Trim(amount));
    if (amounts.size() != 2) return false;
    const bool first = !Blank(amounts[0]), second = !Blank(amounts[1]);
    if (first == second) return !first;  // both blank: nothing; both given: unclear
    *acquired_disposed = std::string(1, sides[first ? 0 : 2]);
    return Number(amounts[first ? 0 : 1], shares);
  }
  if (!Blank(sides)) *acquired_disposed = std::string(sides);
  return Number(amount, shares);
}

// One row of Table I or II from its cells (wrapped lines joined), into
// `record` as a transaction, or as a holding when it has no date and code.
bool ReadRow(const std::vector<std::string>& c, bool derivative, OwnershipRecord& record) {
  OwnershipTransaction row;
  row.derivative = derivative;
  row.security_title = ascii::CollapseSpace(c[0]);
  size_t i = 1;
  bool ok = true;
  if (derivative) ok = Number(c[i++], &row.conversion_or_exercise_price);
  ok = ok && Date(c[i], &row.date);
  row.code = std::string(ascii::Trim(c[i + 1]));
  if (Blank(row.code)) row.code.clear();
  // c[i + 2] is the V column: voluntarily reported.
  ok = ok && Amount(c[i + 3], c[i + 4], &row.shares, &row.acquired_disposed);
  i += 5;
  if (derivative) {
    ok = ok && Date(c[i], &row.exercise_date) && Date(c[i + 1], &row.expiration_date);
    row.underlying_security_title = Blank(c[i + 2]) ? "" : ascii::CollapseSpace(c[i + 2]);
    ok = ok && Number(c[i + 3], &row.underlying_shares);
    i += 4;
  }
  ok = ok && Number(c[i], &row.price) && Number(c[i + 1], &row.shares_owned_following);
  row.direct_indirect = Blank(c[i + 2]) ? "" : std::string(ascii::Trim(c[i + 2]));
  row.nature_of_ownership = Blank(c[i + 3]) ? "" : ascii::CollapseSpace(c[i + 3]);
  if (!ok || row.security_title.empty()) return false;
  if (row.date.empty() && row.code.empty()) {
    OwnershipHolding& holding = record.holdings.emplace_back();
    holding.derivative = derivative;
    holding.security_title = row.security_title;
    holding.conversion_or_exercise_price = row.conversion_or_exercise_price;
    holding.exercise_date = row.exercise_date;
    holding.expiration_date = row.expiration_date;
    holding.underlying_security_title = row.underlying_security_title;
    holding.underlying_shares = row.underlying_shares;
    holding.shares_owned_following = row.shares_owned_following;
    holding.direct_indirect = row.direct_indirect;
    holding.nature_of_ownership = row.nature_of_ownership;
  } else {
    record.transactions.push_back(std::move(row));
  }
  return true;
}

// The table whose heading is at `lines[heading]`, up to `end`: its rows
// into `record`; what cannot be read into `problems`.
void ReadPipeTable(const std::vector<std::string_view>& lines, size_t heading, size_t end,
                   bool derivative, OwnershipRecord& record, std::vector<std::string>& problems) {
  const char* name = derivative ? "Table II" : "Table I";
  const size_t cells = derivative ? kTableTwoCells : kTableOneCells;
  // The heading's last line names the Date and Code columns.
  size_t body = end;
  std::vector<size_t> columns;
  for (size_t k = heading + 1; k < end; ++k) {
    if (IsRule(lines[k]) || lines[k].find('|') == std::string_view::npos) continue;
    bool date = false, code = false;
    for (std::string_view cell : Cells(lines[k], Pipes(lines[k]))) {
      date = date || ascii::EqualsIgnoreCase(ascii::Trim(cell), "Date");
      code = code || ascii::EqualsIgnoreCase(ascii::Trim(cell), "Code");
    }
    if (date && code) {
      body = k + 1;
      columns = Pipes(lines[k]);
      break;
    }
  }
  if (body == end) {
    problems.push_back(std::string(name) + ": no column headings with Date and Code");
    return;
  }
  std::vector<size_t> pipes;        // the row being read
  std::vector<std::string> joined;  // its cells, wrapped lines joined
  size_t row_line = 0;
  auto finish = [&] {
    if (joined.empty()) return;
    const bool empty = std::all_of(joined.begin(), joined.end(),
                                   [](const std::string& cell) { return Blank(cell); });
    if (!empty && !ReadRow(joined, derivative, record)) {
      problems.push_back(std::string(name) + ": the row at line " + std::to_string(row_line + 1) +
                         " has a value that is not a number or date where one belongs");
    }
    joined.clear();
  };
  bool rejected = false;  // the lines up to the next rule belong to a row not read
  for (size_t k = body; k < end; ++k) {
    const std::string_view line = ascii::TrimRight(lines[k]);
    if (line.empty() || IsRule(line)) {
      finish();
      rejected = false;
      continue;
    }
    const std::vector<size_t> at = Pipes(line);
    if (at.empty()) break;  // the table is over
    if (rejected) continue;
    if (!joined.empty() && at == pipes) {
      const std::vector<std::string_view> more = Cells(line, at);
      for (size_t c = 0; c < joined.size(); ++c) Continue(joined[c], more[c]);
      continue;
    }
    finish();
    const bool aligned = std::includes(at.begin(), at.end(), columns.begin(), columns.end());
    if (at.size() != cells || !aligned) {
      problems.push_back(std::string(name) + ": the row at line " + std::to_string(k + 1) +
                         " does not line up with the column headings");
      rejected = true;
      continue;
    }
    pipes = at;
    row_line = k;
    for (std::string_view cell : Cells(line, at)) joined.emplace_back(cell);
  }
  finish();
}

// Tables I and II of the report in `lines`, when they are pipe-ruled.
void ReadPipeTables(const std::vector<std::string_view>& lines, OwnershipRecord& record,
                    std::vector<std::string>& problems) {
  size_t one = lines.size(), two = lines.size();
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string_view t = ascii::TrimLeft(lines[k]);
    if (one == lines.size() && ascii::StartsWithIgnoreCase(t, "Table I ")) one = k;
    if (two == lines.size() && ascii::StartsWithIgnoreCase(t, "Table II ")) two = k;
  }
  if (one == lines.size() && two == lines.size()) {
    problems.push_back("no Table I or Table II found");
    return;
  }
  if (one < lines.size()) {
    ReadPipeTable(lines, one, two > one ? two : lines.size(), false, record, problems);
  }
  if (two < lines.size()) ReadPipeTable(lines, two, lines.size(), true, record, problems);
}

}  // namespace

std::optional<OwnershipRecord> ReadTextOwnershipReport(std::string_view text,
                                                       std::string_view form_type, int document,
                                                       std::vector<std::string>* problems) {
  const std::vector<std::string_view> lines =
      ascii::SplitLines(text.substr(0, kOwnershipTextBytes), true);
  const std::string_view owner = LineAfter(lines, "Name and Address of Reporting Person");
  size_t issuer_line = 0;
  const std::string_view issuer = LineAfter(lines, "Issuer Name and Ticker", &issuer_line);
  if (owner.empty() || issuer.empty()) return std::nullopt;
  OwnershipRecord record;
  record.document_type = std::string(form_type);
  record.document = document;
  record.issuer.name = std::string(issuer);
  if (issuer_line + 1 < lines.size()) {
    const std::string_view symbol = lines[issuer_line + 1];
    bool ticker = !symbol.empty() && symbol.size() <= 6;
    for (char c : symbol) ticker = ticker && (ascii::IsUpper(c) || c == '.');
    if (ticker) record.issuer.trading_symbol = std::string(symbol);
  }
  OwnershipReportingOwner person;
  person.name = std::string(owner);
  // The relationship boxes, on the lines after their heading.
  size_t relationship = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (ascii::FindIgnoreCase(lines[i], "Relationship of Reporting Person") !=
        std::string_view::npos) {
      relationship = i;
      break;
    }
  }
  std::string boxes;
  for (size_t k = relationship + 1; k < lines.size() && k < relationship + 4; ++k) {
    boxes += std::string(lines[k]) + " ";
  }
  person.is_director = Checked(boxes, "Director");
  person.is_ten_percent_owner = Checked(boxes, "10% Owner");
  person.is_officer = Checked(boxes, "Officer");
  person.is_other = Checked(boxes, "Other");
  record.reporting_owners.push_back(std::move(person));
  for (std::string_view label :
       {"Statement for Month/Year", "Statement for Issuer's Fiscal Year Ended",
        "Date of Event Requiring Statement"}) {
    const std::string_view value = LineAfter(lines, label);
    if (!value.empty()) {
      record.period_of_report = DateIn(value);
      break;
    }
  }
  // "SIGNATURE OF REPORTING PERSON / /s/ Alan H. Foster / DATE / March 13, 2000".
  size_t signature_line = 0;
  const std::string_view signed_by =
      LineAfter(lines, "SIGNATURE OF REPORTING PERSON", &signature_line);
  if (!signed_by.empty()) {
    OwnershipSignature& signature = record.signatures.emplace_back();
    std::string_view name = signed_by;
    if (name.starts_with("/s/")) name = ascii::Trim(name.substr(3));
    signature.name = ascii::CollapseSpace(name);
    for (size_t k = signature_line + 1; k < lines.size() && k < signature_line + 4; ++k) {
      const std::string date = DateIn(lines[k]);
      if (!date.empty()) {
        signature.date = date;
        break;
      }
    }
  }
  // The tables need the lines as laid out: their columns are positions.
  ReadPipeTables(ascii::SplitLines(text, false), record, *problems);
  return record;
}

}  // namespace edgard::extract
