#include "base/dates.h"

#include <gtest/gtest.h>

namespace edgard::dates {
namespace {

TEST(IsoDate, ConvertsEdgarDates) {
  EXPECT_EQ(IsoDate("20030724"), "2003-07-24");
  EXPECT_EQ(IsoDate(" 2003-07-24 "), "2003-07-24");
  EXPECT_EQ(IsoDate("20000229"), "2000-02-29");
}

TEST(IsoDate, RejectsImpossibleDates) {
  EXPECT_EQ(IsoDate("19000229"), std::nullopt);
  EXPECT_EQ(IsoDate("20031301"), std::nullopt);
  EXPECT_EQ(IsoDate("2003072"), std::nullopt);
  EXPECT_EQ(IsoDate(""), std::nullopt);
}

TEST(IsoDateTime, ConvertsAcceptanceDatetime) {
  EXPECT_EQ(IsoDateTime("20220428063203"), "2022-04-28T06:32:03");
  EXPECT_EQ(IsoDateTime("20220428256203"), std::nullopt);
}

TEST(EasternOffset, FollowsDaylightSavingRules) {
  EXPECT_EQ(EasternOffset("2022-04-28T06:32:03"), "-04:00");
  EXPECT_EQ(EasternOffset("2022-01-10T16:00:00"), "-05:00");
  EXPECT_EQ(EasternOffset("2022-03-13T01:59:59"), "-05:00");  // switch at 2 a.m.
  EXPECT_EQ(EasternOffset("2022-03-13T03:00:00"), "-04:00");
  EXPECT_EQ(EasternOffset("2003-10-26T03:00:00"), "-05:00");  // old rule: last Sunday of Oct
  EXPECT_EQ(EasternOffset("2003-10-25T12:00:00"), "-04:00");
  EXPECT_EQ(EasternOffset("2006-04-02T12:00:00"), "-04:00");  // first Sunday of April
}

TEST(DayOfWeek, KnownDates) {
  EXPECT_EQ(DayOfWeek(2003, 7, 24), 4);   // a Thursday
  EXPECT_EQ(DayOfWeek(2026, 11, 23), 1);  // a Monday
}

}  // namespace
}  // namespace edgard::dates
