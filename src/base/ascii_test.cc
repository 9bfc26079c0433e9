#include "base/ascii.h"

#include <gtest/gtest.h>

namespace edgard::ascii {
namespace {

TEST(Ascii, HandlesHighBytesWithoutUndefinedBehaviour) {
  EXPECT_FALSE(IsSpace(static_cast<char>(0xA0)));
  EXPECT_FALSE(IsAlpha(static_cast<char>(0xE9)));
  EXPECT_EQ(ToLower(static_cast<char>(0xC9)), static_cast<char>(0xC9));
}

TEST(Ascii, FindIgnoreCaseFindsMixedCase) {
  EXPECT_EQ(FindIgnoreCase("abc <Sec-Header> x", "<SEC-HEADER>"), 4u);
  EXPECT_EQ(FindIgnoreCase("abc", "abcd"), std::string_view::npos);
  EXPECT_EQ(FindIgnoreCase("aXa", "xa", 2), std::string_view::npos);
  EXPECT_EQ(FindIgnoreCase("aaAb", "AB"), 2u);
  EXPECT_EQ(FindIgnoreCase("xYz yZ", "YZ", 2), 4u);
  EXPECT_EQ(FindIgnoreCase("By: /s/ Jane /S/ Roe", "/s/", 5), 13u);
  EXPECT_EQ(FindIgnoreCase("abc", "c", 7), std::string_view::npos);
  EXPECT_EQ(FindIgnoreCase("abcab", "AB", 1), 3u);
}

// The search looks for the needle's rarest byte ("v" in "revenue"): the
// match found is still the leftmost, at any distance from the ends.
TEST(Ascii, FindIgnoreCaseFindsTheLeftmostWhateverByteItLooksFor) {
  EXPECT_EQ(FindIgnoreCase("Revenues rose; REVENUE fell", "revenue"), 0u);
  EXPECT_EQ(FindIgnoreCase("Revenues rose; REVENUE fell", "revenue", 1), 15u);
  EXPECT_EQ(FindIgnoreCase("rev revenu revenue", "revenue"), 11u);
  EXPECT_EQ(FindIgnoreCase("xxxxq", "q"), 4u);
  EXPECT_EQ(FindIgnoreCase("the equity", "e equ"), 2u);
  EXPECT_EQ(FindIgnoreCase("aaaaaaaaaaaaaaaaaaaz", "aaaaaaaaaaaaaaaaaaaz"), 0u);
  EXPECT_EQ(FindIgnoreCase("zebra", "zebras"), std::string_view::npos);
  EXPECT_EQ(FindIgnoreCase("quiz quiz", "quiz", 6), std::string_view::npos);
  EXPECT_EQ(FindIgnoreCase("quiz quiz", "QUIZ", 5), 5u);
  EXPECT_EQ(FindIgnoreCase("", "a"), std::string_view::npos);
}

TEST(Ascii, CollapseSpaceFoldsRunsAndTrims) {
  EXPECT_EQ(CollapseSpace("  Los  Angeles,\tCA \n"), "Los Angeles, CA");
  EXPECT_EQ(CollapseSpace(" \t "), "");
}

}  // namespace
}  // namespace edgard::ascii
