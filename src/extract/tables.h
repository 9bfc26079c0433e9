// Tables of numbers in a document's plain text: the legacy ASCII tables of
// text filings (aligned by spaces, with or without <TABLE> markup, which the
// text renderer has already removed) and HTML tables (one row per line,
// cells separated by " | ", see parse/html/html_text.h).
//
// The reader knows layout, not accounting: it finds runs of rows whose
// right-hand cells are numbers, reads the column headings above them into
// periods, joins row labels wrapped over two lines, remembers the label-only
// row each row sits under ("Basic" under "Earnings per share:"), and reads
// the scale from the caption ("In Thousands Except Per Share Data").
// financial_facts.h gives the rows their meaning.

#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace edgard::extract {

// The period a column reports on: a duration (start and end) or an instant
// (end only). `end` is empty when the headings do not say.
struct TablePeriod {
  std::string start;  // YYYY-MM-DD; empty for an instant
  std::string end;    // YYYY-MM-DD
};

// One number as printed: "$(0.01)" is -0.01 with `dollar`; "12.5%" is 12.5
// with `percent`; a dash alone is 0.
struct TableValue {
  double value = 0;
  bool dollar = false;
  bool percent = false;
};

struct TableRow {
  std::string label;   // as written, white space folded, wrapped lines joined
  std::string parent;  // the label-only row it sits under, or empty
  size_t offset = 0;   // byte offset of the row's first line in the text
  bool ruled = false;  // a rule line ("-----") separates it from the row above
  // One per column of the table; nullopt where the row leaves a cell empty.
  // A row with no cells at all is a label-only row ("Assets", "Net sales:"):
  // it opens a section of the table.
  std::vector<std::optional<TableValue>> cells;
};

struct TextTable {
  std::string title;                  // caption and heading lines above the columns, folded
  size_t offset = 0;                  // byte offset of the first row
  bool html = false;                  // cells of an HTML table, not columns of text
  double scale = 1;                   // of money: "in thousands" -> 1000
  double share_scale = 1;             // of share counts ("except share data" -> 1)
  std::vector<std::string> headings;  // one per column, folded
  std::vector<TablePeriod> periods;   // one per column
  std::vector<TableRow> rows;
};

// Every table of numbers in `text`, in order. Never fails; linear in the
// size of the text.
std::vector<TextTable> ReadTables(std::string_view text);

// A cell's text as a number ("$7,375", "$  (85)", "(0.01)", "12.5%", "-",
// "3,615(1)" with a footnote mark), or nullopt.
std::optional<TableValue> ParseTableValue(std::string_view cell);

// The period of a column from its heading ("Three Months Ended December 31,
// 2002"), with `context` (the table's caption and headings) supplying what
// the column's heading leaves out ("Years Ended December 31," over "2002").
TablePeriod ParsePeriod(std::string_view heading, std::string_view context);

// The first day of the period of `months` months (or `weeks` weeks) that
// ends on `end` (YYYY-MM-DD): a period ending on the last day of a month
// starts on the first of one ("2002-10-01" for three months to 2002-12-31);
// one ending mid-month the day after the same date `months` earlier (52-53
// week years). Empty when `end` is not a date.
std::string PeriodStart(std::string_view end, int months, int weeks);

// The scale a caption states: "(In Thousands Except Per Share Data)" ->
// 1000 for money and for shares; "in millions, except share data" -> 1e6
// and 1. Returns false when `text` states none.
bool ParseScale(std::string_view text, double* scale, double* share_scale);

}  // namespace edgard::extract
