#include "extract/ownership_text.h"

#include <gtest/gtest.h>

#include <string>

#include "edgard/extraction.h"
#include "testdata_path.h"

namespace edgard::extract {
namespace {

// Alan H. Foster's Form 4 of March 2000 for Productivity Technologies, in
// text: the boxes are read, the CIKs come from the header, and a warning
// says the transaction tables are not.
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
  EXPECT_TRUE(r.transactions.empty());  // not guessed
  bool warned = false;
  for (const Warning& w : e->warnings) {
    warned = warned || w.message.find("transaction tables are not read") != std::string::npos;
  }
  EXPECT_TRUE(warned);
}

TEST(ReadTextOwnershipReport, NotACover) {
  EXPECT_FALSE(ReadTextOwnershipReport("", "4", 1));
  EXPECT_FALSE(ReadTextOwnershipReport("Name and Address of Reporting Person\n", "4", 1));
}

}  // namespace
}  // namespace edgard::extract
