#include "extract/financial_facts.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "testdata_path.h"

namespace edgard::extract {
namespace {

// Plain text of public EDGAR filings, as edgard makes it (testdata/tables/).

// Seed 001: HemaCare's fourth-quarter 2002 earnings release (legacy text).
const std::string kHemaCare = testing::ReadTestdata("tables/hemacare-2002-q4-release.txt");

// Apple's 10-Q for the quarter ended July 1, 2023 (HTML).
const std::string kApple = testing::ReadTestdata("tables/apple-10q-2023-q3-operations.txt");

// The EX-27 of Apple's 10-Q for the quarter ended June 26, 1998.
const std::string kSchedule = testing::ReadTestdata("tables/apple-10q-1998-q3-ex27.txt");

// The seed with one part of total assets changed by ten thousand.
std::string Doctored() {
  std::string text = kHemaCare;
  const std::string_view printed = " Other current assets                  6,424";
  const size_t at = text.find(printed);
  if (at != std::string::npos)
    text.replace(at, printed.size(), " Other current assets                  6,434");
  return text;
}

const FinancialFactRecord* Find(const std::vector<FinancialFactRecord>& facts,
                                std::string_view concept_name, std::string_view start,
                                std::string_view end) {
  for (const FinancialFactRecord& f : facts) {
    if (f.gaap_concept == concept_name && f.period_start == start && f.period_end == end) {
      return &f;
    }
  }
  return nullptr;
}

TEST(ReadFinancialFacts, EarningsReleaseTables) {
  std::vector<FinancialFactRecord> facts;
  std::vector<Warning> warnings;
  const FactCounts counts = ReadFinancialFacts(kHemaCare, 1, 1, &facts, &warnings);
  EXPECT_EQ(counts.tables, 2);
  EXPECT_EQ(counts.totals_checked, 2);
  EXPECT_TRUE(warnings.empty());
  const FinancialFactRecord* revenues = Find(facts, "Revenues", "2002-10-01", "2002-12-31");
  ASSERT_NE(revenues, nullptr);
  EXPECT_EQ(revenues->value, 7375000);
  EXPECT_EQ(revenues->unit, "USD");
  EXPECT_EQ(revenues->table, 1);
  const FinancialFactRecord* net = Find(facts, "NetIncomeLoss", "2002-01-01", "2002-12-31");
  ASSERT_NE(net, nullptr);
  EXPECT_EQ(net->value, -591000);
  EXPECT_EQ(net->label, "Net (loss) income");
  const FinancialFactRecord* eps = Find(facts, "EarningsPerShareBasic", "2001-10-01", "2001-12-31");
  ASSERT_NE(eps, nullptr);
  EXPECT_EQ(eps->value, -0.01);  // per share: not scaled
  EXPECT_EQ(eps->unit, "USD/shares");
  const FinancialFactRecord* shares =
      Find(facts, "WeightedAverageNumberOfDilutedSharesOutstanding", "2001-01-01", "2001-12-31");
  ASSERT_NE(shares, nullptr);
  EXPECT_EQ(shares->value, 8298000);
  EXPECT_EQ(shares->unit, "shares");
  const FinancialFactRecord* assets = Find(facts, "Assets", "", "2002-12-31");
  ASSERT_NE(assets, nullptr);
  EXPECT_EQ(assets->value, 13455000);
  EXPECT_TRUE(assets->checked);
  EXPECT_EQ(assets->table, 2);
  const FinancialFactRecord* equity = Find(facts, "StockholdersEquity", "", "2001-12-31");
  ASSERT_NE(equity, nullptr);
  EXPECT_TRUE(equity->checked);  // a part of the total that adds up
  EXPECT_EQ(Find(facts, "LiabilitiesAndStockholdersEquity", "", "2001-12-31")->value, 13082000);
}

TEST(ReadFinancialFacts, TotalThatDoesNotAddUpIsFlagged) {
  std::vector<FinancialFactRecord> facts;
  std::vector<Warning> warnings;
  const FactCounts counts = ReadFinancialFacts(Doctored(), 1, 1, &facts, &warnings);
  EXPECT_EQ(counts.totals_unchecked, 1);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].message.find("\"Total assets\" does not add up"), std::string::npos);
  EXPECT_FALSE(Find(facts, "Assets", "", "2002-12-31")->checked);
  EXPECT_TRUE(Find(facts, "LiabilitiesAndStockholdersEquity", "", "2002-12-31")->checked);
}

TEST(ReadFinancialFacts, QuarterlyReportInHtml) {
  std::vector<FinancialFactRecord> facts;
  std::vector<Warning> warnings;
  ReadFinancialFacts(kApple, 1, 1, &facts, &warnings);
  EXPECT_TRUE(warnings.empty());
  const FinancialFactRecord* sales = Find(facts, "Revenues", "2023-04-02", "2023-07-01");
  ASSERT_NE(sales, nullptr);
  EXPECT_EQ(sales->value, 81797e6);
  EXPECT_EQ(sales->label, "Total net sales");
  EXPECT_TRUE(sales->checked);
  EXPECT_EQ(Find(facts, "EarningsPerShareDiluted", "2022-10-02", "2023-07-01")->value, 4.67);
  const FinancialFactRecord* shares =
      Find(facts, "WeightedAverageNumberOfSharesOutstandingBasic", "2023-04-02", "2023-07-01");
  ASSERT_NE(shares, nullptr);
  EXPECT_EQ(shares->value, 15697614e3);  // shares in thousands, money in millions
  EXPECT_EQ(Find(facts, "OperatingIncomeLoss", "2021-09-26", "2022-06-25")->value, 94543e6);
}

TEST(ReadFinancialDataSchedule, ArticleFiveTags) {
  const std::vector<FinancialFactRecord> facts = ReadFinancialDataSchedule(kSchedule, 2);
  const FinancialFactRecord* assets = Find(facts, "Assets", "", "1998-06-26");
  ASSERT_NE(assets, nullptr);
  EXPECT_EQ(assets->value, 4041e6);
  EXPECT_EQ(assets->label, "TOTAL-ASSETS");
  const FinancialFactRecord* net = Find(facts, "NetIncomeLoss", "1997-09-27", "1998-06-26");
  ASSERT_NE(net, nullptr);
  EXPECT_EQ(net->value, 203e6);
  const FinancialFactRecord* eps = Find(facts, "EarningsPerShareBasic", "1997-09-27", "1998-06-26");
  ASSERT_NE(eps, nullptr);
  EXPECT_EQ(eps->value, 1.55);
  EXPECT_TRUE(ReadFinancialDataSchedule(kHemaCare, 1).empty());
}

// Thousands of totals that never add up: linear work, one warning each.
TEST(ReadFinancialFacts, ManyTotalsStayLinear) {
  std::string text = "                     December 31,\n                    2002      2001\n";
  for (int i = 0; i < 20000; ++i) {
    text += "Part                 1,000     2,000\nOther                1,000     2,000\n";
    text += "                    -----     -----\nTotal                9,999     9,999\n";
  }
  std::vector<FinancialFactRecord> facts;
  std::vector<Warning> warnings;
  const FactCounts counts = ReadFinancialFacts(text, 1, 1, &facts, &warnings);
  EXPECT_EQ(counts.tables, 1);
  EXPECT_EQ(counts.totals_unchecked, 20000);
  EXPECT_EQ(facts.size(), 20000u * 3 * 2);
}

TEST(ConceptOf, OnlyUnambiguousLabels) {
  EXPECT_EQ(ConceptOf("Net (loss) income", ""), "NetIncomeLoss");
  EXPECT_EQ(ConceptOf("Total Liabilities and Shareholders' equity", ""),
            "LiabilitiesAndStockholdersEquity");
  EXPECT_EQ(ConceptOf("Basic", "(Loss) income per share"), "EarningsPerShareBasic");
  EXPECT_EQ(ConceptOf("Diluted", "Shares used in computing earnings per share:"),
            "WeightedAverageNumberOfDilutedSharesOutstanding");
  EXPECT_EQ(ConceptOf("Basic", "Income from continuing operations per share:"), "");
  EXPECT_EQ(ConceptOf("Income before income taxes", ""), "");
  EXPECT_EQ(ConceptOf("Basic", ""), "");
}

}  // namespace
}  // namespace edgard::extract
