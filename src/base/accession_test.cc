#include "base/accession.h"

#include <gtest/gtest.h>

namespace edgard {
namespace {

TEST(Accession, RecognisesAccessionNumbers) {
  EXPECT_TRUE(IsAccessionNumber("0001094891-00-000193"));
  EXPECT_FALSE(IsAccessionNumber("000109489100000193"));
  EXPECT_FALSE(IsAccessionNumber("0001094891-00-00019x"));
}

// CIKs as filers write them: with or without leading zeros; anything else is
// kept as written.
TEST(Accession, PadsCiks) {
  EXPECT_EQ(PadCik("320193"), "0000320193");
  EXPECT_EQ(PadCik(" 0000320193 "), "0000320193");
  EXPECT_EQ(PadCik("1"), "0000000001");
  EXPECT_EQ(PadCik("12345678901"), "12345678901");
  EXPECT_EQ(PadCik("N/A"), "N/A");
  EXPECT_EQ(PadCik(""), "");
}

}  // namespace
}  // namespace edgard
