#include "extract/tables.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "testdata_path.h"

namespace edgard::extract {
namespace {

// Every snippet (testdata/tables/) is the plain text edgard makes of a
// public EDGAR filing (legacy text keeps its columns; HTML cells are
// separated by " | ").

// Seed 001: HemaCare's fourth-quarter 2002 earnings release (legacy text,
// tab-aligned in the source, with <TABLE>/<CAPTION>/<S>/<C> markup).
const std::string kHemaCare = testing::ReadTestdata("tables/hemacare-2002-q4-release.txt");

// Apple's 10-Q for the quarter ended July 1, 2023 (HTML, 52-53 week year).
const std::string kApple = testing::ReadTestdata("tables/apple-10q-2023-q3-operations.txt");

// Coca-Cola's 10-K for 1997 (legacy text, a subtotal without a label).
const std::string kCocaCola = testing::ReadTestdata("tables/cocacola-10k-1997-balance-sheet.txt");

TEST(ReadTables, LegacyColumnsHeadingsAndWrappedLabels) {
  const std::vector<TextTable> tables = ReadTables(kHemaCare);
  ASSERT_EQ(tables.size(), 2u);
  const TextTable& operations = tables[0];
  EXPECT_EQ(operations.scale, 1000);
  EXPECT_EQ(operations.share_scale, 1000);
  ASSERT_EQ(operations.periods.size(), 4u);
  EXPECT_EQ(operations.periods[0].start, "2002-10-01");
  EXPECT_EQ(operations.periods[0].end, "2002-12-31");
  EXPECT_EQ(operations.periods[1].start, "2001-10-01");
  EXPECT_EQ(operations.periods[2].start, "2002-01-01");
  EXPECT_EQ(operations.periods[3].end, "2001-12-31");
  ASSERT_GE(operations.rows.size(), 3u);
  EXPECT_EQ(operations.rows[1].label, "Income before income taxes");
  ASSERT_TRUE(operations.rows[1].cells[1].has_value());
  EXPECT_EQ(operations.rows[1].cells[1]->value, -85);
  bool basic = false;
  for (const TableRow& row : operations.rows) {
    if (row.label == "Basic" && row.parent == "Weighted average shares outstanding:") {
      basic = true;
      EXPECT_EQ(row.cells[3]->value, 7534);
    }
  }
  EXPECT_TRUE(basic);
  const TextTable& balance = tables[1];
  ASSERT_EQ(balance.periods.size(), 2u);
  EXPECT_EQ(balance.periods[0].start, "");
  EXPECT_EQ(balance.periods[0].end, "2002-12-31");
  EXPECT_EQ(balance.scale, 1000);  // the caption above the first table
  EXPECT_EQ(balance.rows.back().label, "Total Liabilities and Shareholders' equity");
  EXPECT_TRUE(balance.rows.back().ruled);
}

TEST(ReadTables, HtmlCellsSpannedHeadingsAndSections) {
  const std::vector<TextTable> tables = ReadTables(kApple);
  ASSERT_EQ(tables.size(), 1u);
  const TextTable& t = tables[0];
  EXPECT_TRUE(t.html);
  EXPECT_EQ(t.scale, 1e6);
  EXPECT_EQ(t.share_scale, 1e3);  // "number of shares ... reflected in thousands"
  ASSERT_EQ(t.periods.size(), 4u);
  EXPECT_EQ(t.periods[0].start, "2023-04-02");
  EXPECT_EQ(t.periods[0].end, "2023-07-01");
  EXPECT_EQ(t.periods[2].start, "2022-10-02");  // nine months
  EXPECT_EQ(t.periods[3].end, "2022-06-25");
  bool products = false;
  for (const TableRow& row : t.rows) {
    if (row.label == "Products" && row.parent == "Net sales:") {
      products = true;
      EXPECT_EQ(row.cells[0]->value, 60584);
      EXPECT_TRUE(row.cells[0]->dollar);
    }
  }
  EXPECT_TRUE(products);
}

TEST(ReadTables, LegacyYearColumnsUnderADateCaption) {
  const std::vector<TextTable> tables = ReadTables(kCocaCola);
  ASSERT_EQ(tables.size(), 1u);
  const TextTable& t = tables[0];
  EXPECT_EQ(t.scale, 1e6);
  EXPECT_EQ(t.share_scale, 1);  // "except share data"
  ASSERT_EQ(t.periods.size(), 2u);
  EXPECT_EQ(t.periods[0].end, "1997-12-31");
  EXPECT_EQ(t.periods[1].end, "1996-12-31");
  bool receivables = false;
  for (const TableRow& row : t.rows) {
    if (row.label.starts_with("Trade accounts receivable, less allowances of $23")) {
      receivables = true;
      EXPECT_EQ(row.cells[0]->value, 1639);
    }
  }
  EXPECT_TRUE(receivables);
}

TEST(ParseTableValue, PrintedNumbers) {
  EXPECT_EQ(ParseTableValue("$7,375")->value, 7375);
  EXPECT_EQ(ParseTableValue("$  (85)")->value, -85);
  EXPECT_EQ(ParseTableValue("$(0.01)")->value, -0.01);
  EXPECT_EQ(ParseTableValue("(1,102)")->value, -1102);
  EXPECT_EQ(ParseTableValue("3,615(1)")->value, 3615);
  EXPECT_EQ(ParseTableValue("-")->value, 0);
  EXPECT_EQ(ParseTableValue("\xE2\x80\x94")->value, 0);
  EXPECT_TRUE(ParseTableValue("12.5%")->percent);
  EXPECT_EQ(ParseTableValue(".99")->value, 0.99);
  EXPECT_FALSE(ParseTableValue("(Unaudited)"));
  EXPECT_FALSE(ParseTableValue("2002."));
  EXPECT_FALSE(ParseTableValue("(85"));
  EXPECT_FALSE(ParseTableValue("1998-1"));
  EXPECT_FALSE(ParseTableValue(""));
}

TEST(ParsePeriod, DurationsAndInstants) {
  EXPECT_EQ(ParsePeriod("Three Months Ended December 31, 2002", "").start, "2002-10-01");
  EXPECT_EQ(ParsePeriod("2002", "Years Ended December 31,").start, "2002-01-01");
  EXPECT_EQ(ParsePeriod("2002", "Years Ended December 31,").end, "2002-12-31");
  EXPECT_EQ(ParsePeriod("Thirteen Weeks Ended May 3, 1997", "").start, "1997-02-02");
  EXPECT_EQ(ParsePeriod("September 24, 2022", "").start, "");
  EXPECT_EQ(ParsePeriod("September 24, 2022", "").end, "2022-09-24");
  EXPECT_EQ(ParsePeriod("Change", "Three Months Ended July 1, 2023").end, "");
  EXPECT_EQ(ParsePeriod("February 30, 2002", "").end, "");
  EXPECT_EQ(PeriodStart("1998-06-26", 9, 0), "1997-09-27");
}

TEST(ParseScale, CaptionsAndTheirExceptions) {
  double money = 0;
  double shares = 0;
  ASSERT_TRUE(ParseScale("(In Thousands Except Per Share Data)", &money, &shares));
  EXPECT_EQ(money, 1e3);
  EXPECT_EQ(shares, 1e3);
  ASSERT_TRUE(ParseScale("(in millions, except share and per share amounts)", &money, &shares));
  EXPECT_EQ(money, 1e6);
  EXPECT_EQ(shares, 1);
  EXPECT_FALSE(ParseScale("Statements of Operations", &money, &shares));
}

TEST(ReadTables, SurvivesHostileInput) {
  EXPECT_TRUE(ReadTables("").empty());
  EXPECT_LE(ReadTables(" | | | \n1 | 2\n$ ( )\n").size(), 1u);
  std::string wide(5000, ' ');
  for (size_t i = 0; i < wide.size(); i += 3) wide[i] = '7';
  EXPECT_TRUE(ReadTables(wide + "\n" + wide + "\n").empty());  // too many columns
}

}  // namespace
}  // namespace edgard::extract
