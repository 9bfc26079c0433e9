#include "extract/events.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "testdata_path.h"

namespace edgard::extract {
namespace {

// Seed 000: HemaCare's press release of July 24, 2003 (a director resigns;
// the board shrinks from six seats to five). Legacy text.
TEST(ReadEvents, ResignationAndBoardSizeFromAPressRelease) {
  const std::string text = testing::ReadTestdata("seeds/000_0b9a34b8c87dc454.txt");
  ASSERT_FALSE(text.empty());
  const std::vector<EventRecord> events = ReadEvents(text, 1, "HemaCare Corporation", "2003-07-24");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].type, "resignation");
  EXPECT_EQ(events[0].person, "Wm. Andrew Heaton");  // the sentence, not the headline
  EXPECT_EQ(events[0].role, "director");
  EXPECT_EQ(events[0].company, "HemaCare Corporation");
  EXPECT_EQ(events[0].date, "2003-07-24");
  EXPECT_NE(events[0].evidence.find("has resigned from its Board of Directors"), std::string::npos);
  EXPECT_EQ(events[1].type, "board_size_change");
  EXPECT_EQ(events[1].from, 6);
  EXPECT_EQ(events[1].to, 5);
  EXPECT_EQ(events[1].person, "");
}

// Seed 004: HemaCare's 8-K of June 27, 2003, Item 5.
TEST(ReadEvents, AppointmentFromAnEightKItem) {
  const std::string text = testing::ReadTestdata("seeds/004_1b11c0cb41d2ce45.txt");
  const std::vector<EventRecord> events = ReadEvents(text, 1, "HemaCare Corporation", "");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, "appointment");
  EXPECT_EQ(events[0].person, "Rose Marcario");
  EXPECT_EQ(events[0].role, "Chief Financial Officer");
}

// Apple's 8-K of June 28, 2012, Item 5.02(b): an appositive of several
// commas between the name and the verb, and an effective date.
TEST(ReadEvents, RetirementWithAppositiveAndEffectiveDate) {
  const std::vector<EventRecord> events = ReadEvents(
      "Betsy Rafael, Apple Inc.'s Vice President, Corporate Controller and Principal "
      "Accounting Officer, will retire from Apple effective October 19, 2012.",
      1, "APPLE INC", "2012-06-28");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, "retirement");
  EXPECT_EQ(events[0].person, "Betsy Rafael");
  EXPECT_EQ(events[0].role,
            "Vice President, Corporate Controller and Principal Accounting Officer");
  EXPECT_EQ(events[0].effective_date, "2012-10-19");
}

// Apple's 8-K of March 5, 2014, Item 5.02(b),(c): two events in one
// sentence, in the order written.
TEST(ReadEvents, TwoEventsInOneSentence) {
  const std::vector<EventRecord> events = ReadEvents(
      "On March 4, 2014, Apple Inc. (the \xE2\x80\x9C"
      "Company\xE2\x80\x9D) announced that Peter "
      "Oppenheimer, the Company\xE2\x80\x99s Senior Vice President, Chief Financial Officer, will "
      "retire at the end of September and Luca Maestri, the Company\xE2\x80\x99s Vice President "
      "of Finance and Corporate Controller, will be appointed as CFO and will transition into "
      "that role in June.",
      1, "APPLE INC", "2014-03-04");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].type, "retirement");
  EXPECT_EQ(events[0].person, "Peter Oppenheimer");
  EXPECT_EQ(events[0].role, "Senior Vice President, Chief Financial Officer");
  EXPECT_EQ(events[1].type, "appointment");
  EXPECT_EQ(events[1].person, "Luca Maestri");
  EXPECT_EQ(events[1].role, "CFO");
}

// Item 5 and 5.02 texts that report other news: no event.
TEST(ReadEvents, OtherNewsNamesNoEvent) {
  // 1895 Bancorp of Wisconsin's 8-K of December 27, 2024, Item 5.02.
  EXPECT_TRUE(ReadEvents("On December 20, 2024, the Boards of Directors of 1895 Bancorp of "
                         "Wisconsin, Inc. and PyraMax Bank extended the terms of the employment "
                         "agreements with each of David Ball, President and Chief Executive "
                         "Officer, Steven T. Klitzing, Executive Vice President and Chief "
                         "Financial Officer and Treasurer.",
                         1, "", "")
                  .empty());
  // Food Concepts' 8-K of February 3, 1998, Item 5.
  EXPECT_TRUE(ReadEvents("Food Concepts, Inc., (OTC BB: JAVA), announces that Bishop "
                         "Management, Inc. has acquired a majority interest in Food Concepts.",
                         1, "", "")
                  .empty());
  EXPECT_TRUE(ReadEvents("", 1, "", "").empty());
  EXPECT_TRUE(ReadEvents(std::string(100000, '.'), 1, "", "").empty());
}

}  // namespace
}  // namespace edgard::extract
