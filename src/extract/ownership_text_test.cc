#include "extract/ownership_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "edgard/extraction.h"
#include "testdata_path.h"

namespace edgard::extract {
namespace {

// Alan H. Foster's Form 4 of March 2000 for Productivity Technologies, in
// text: the boxes are read, the CIKs come from the header, and Table II's
// one row is read with its wrapped cells joined ("Options to Purchase Co" /
// "mmon Stock", "2/7/0" / "0") and its "12,000 -" under "A,D" read as 12,000
// acquired. Table I has no rows.
TEST(ReadTextOwnershipReport, FormFourOfTwoThousand) {
  const std::string path = (testing::TestdataDir() / "corpus/4/0001094891-00-000193.txt").string();
  const std::string bytes = testing::ReadTestdata("corpus/4/0001094891-00-000193.txt");
  ASSERT_FALSE(bytes.empty());
  auto e = ExtractFiling(bytes, path);
  ASSERT_TRUE(e) << e.error().ToString();
  ASSERT_TRUE(e->ownership);
  const OwnershipRecord& r = *e->ownership;
  EXPECT_EQ(r.document_type, "4");
  EXPECT_EQ(r.issuer.name, "Productivity Technologies Corp.");
  EXPECT_EQ(r.issuer.trading_symbol, "PRAC");
  EXPECT_EQ(r.issuer.cik, "0000911787");
  ASSERT_EQ(r.reporting_owners.size(), 1u);
  EXPECT_EQ(r.reporting_owners[0].name, "Foster, Alan H.");
  EXPECT_EQ(r.reporting_owners[0].cik, "0001050609");
  EXPECT_EQ(r.reporting_owners[0].is_director, true);
  EXPECT_EQ(r.reporting_owners[0].is_officer, false);
  EXPECT_EQ(r.reporting_owners[0].is_ten_percent_owner, false);
  EXPECT_EQ(r.period_of_report, "2000-02-29");
  ASSERT_EQ(r.signatures.size(), 1u);
  EXPECT_EQ(r.signatures[0].name, "Alan H. Foster");
  EXPECT_EQ(r.signatures[0].date, "2000-03-13");
  EXPECT_TRUE(r.holdings.empty());
  ASSERT_EQ(r.transactions.size(), 1u);
  const OwnershipTransaction& t = r.transactions[0];
  EXPECT_TRUE(t.derivative);
  EXPECT_EQ(t.security_title, "Options to Purchase Common Stock");
  EXPECT_EQ(t.conversion_or_exercise_price, 1.375);
  EXPECT_EQ(t.date, "2000-02-07");
  EXPECT_EQ(t.code, "A");
  EXPECT_EQ(t.shares, 12000);
  EXPECT_EQ(t.acquired_disposed, "A");
  EXPECT_EQ(t.exercise_date, "2000-02-07");
  EXPECT_EQ(t.expiration_date, "2005-02-07");
  EXPECT_EQ(t.underlying_security_title, "Common Stock");
  EXPECT_EQ(t.underlying_shares, 12000);
  EXPECT_FALSE(t.price);
  EXPECT_EQ(t.shares_owned_following, 12000);
  EXPECT_EQ(t.direct_indirect, "D");
  EXPECT_EQ(t.nature_of_ownership, "");
  for (const Warning& w : e->warnings) {
    EXPECT_EQ(w.message.find("Table"), std::string::npos) << w.message;
  }
}

// The same report's Table II with its row moved one column to the right: the
// row no longer lines up with the headings, so it is reported, not guessed.
TEST(ReadTextOwnershipReport, RowOutOfLineIsReportedNotGuessed) {
  std::string text = testing::ReadTestdata("corpus/4/0001094891-00-000193.txt");
  ASSERT_FALSE(text.empty());
  const size_t row = text.find("Options to Purchase Co|");
  ASSERT_NE(row, std::string::npos);
  text.insert(row, " ");
  auto e = ExtractFiling(text, "shifted.txt");
  ASSERT_TRUE(e) << e.error().ToString();
  ASSERT_TRUE(e->ownership);
  EXPECT_TRUE(e->ownership->transactions.empty());
  std::string warned;
  for (const Warning& w : e->warnings) {
    if (w.message.find("Table II") != std::string::npos) warned = w.message;
  }
  EXPECT_NE(warned.find("a text Form 4: Table II: the row at line"), std::string::npos) << warned;
  EXPECT_NE(warned.find("does not line up with the column headings"), std::string::npos) << warned;
}

// The same row wrapped over a third line: each continuation is joined by
// whether the line above filled the cell ("...Co" + "mmon Stock" directly,
// then " (Class A)" after a space, since "mmon Stock" did not fill it).
TEST(ReadTextOwnershipReport, CellsWrappedOverThreeLines) {
  std::string text = testing::ReadTestdata("corpus/4/0001094891-00-000193.txt");
  ASSERT_FALSE(text.empty());
  const std::string second =
      "mmon Stock            |        |0    |    | |           |   |0    |5    |            |"
      "       |       |            |   |            |\n";
  const size_t at = text.find(second);
  ASSERT_NE(at, std::string::npos);
  text.insert(
      at + second.size(),
      "(Class A)             |        |     |    | |           |   |     |     |            |"
      "       |       |            |   |            |\n");
  auto e = ExtractFiling(text, "three-lines.txt");
  ASSERT_TRUE(e) << e.error().ToString();
  ASSERT_TRUE(e->ownership);
  ASSERT_EQ(e->ownership->transactions.size(), 1u);
  EXPECT_EQ(e->ownership->transactions[0].security_title,
            "Options to Purchase Common Stock (Class A)");
  EXPECT_EQ(e->ownership->transactions[0].expiration_date, "2005-02-07");
}

TEST(ReadTextOwnershipReport, NotACover) {
  std::vector<std::string> problems;
  EXPECT_FALSE(ReadTextOwnershipReport("", "4", 1, &problems));
  EXPECT_FALSE(
      ReadTextOwnershipReport("Name and Address of Reporting Person\n", "4", 1, &problems));
}

}  // namespace
}  // namespace edgard::extract
