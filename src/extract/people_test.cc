#include "extract/people.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace edgard::extract {
namespace {

// Every snippet is the plain text edgard makes of a public EDGAR filing
// (legacy text keeps its columns; HTML becomes one paragraph per line, with
// " | " between table cells).

std::vector<PersonRecord> Read(std::string_view text) { return ReadPeople(text, 1); }

// The record for (`name`, `title`), or null.
const PersonRecord* Find(const std::vector<PersonRecord>& records, std::string_view name,
                         std::string_view title) {
  for (const PersonRecord& r : records) {
    if (r.name == name && r.title == title) return &r;
  }
  return nullptr;
}

size_t CountNamed(const std::vector<PersonRecord>& records, std::string_view name) {
  size_t count = 0;
  for (const PersonRecord& r : records)
    if (r.name == name) ++count;
  return count;
}

// Seed 000: HemaCare's press release of 2003-07-24 (EX-99, legacy text).
constexpr std::string_view kHemaCareResignation =
    "                     N E W S   R E L E A S E\n"
    "\n"
    "For Immediate Release\n"
    "\n"
    "Contact:  HemaCare Corporation\n"
    "          JoAnn Mannise, Director of Investor Relations\n"
    "          Phone: 877.310.0717\n"
    "          Website: www.hemacare.com\n"
    "\n"
    "\n"
    "  WM. ANDREW HEATON RESIGNS FROM HEMACARE'S BOARD OF DIRECTORS\n"
    "\n"
    "     Los  Angeles, CA, July 24, 2003 - HemaCare Corporation  (OTC\n"
    "Bulletin Board: HEMA) announced today that Dr. Wm. Andrew  Heaton\n"
    "has resigned from its Board of Directors.  Dr. Heaton stated that\n"
    "unexpected changes in other professional commitments required his\n"
    "withdrawal.\n";

TEST(ReadPeople, ReadsAContactBlockAndAnHonorific) {
  const std::vector<PersonRecord> records = ReadPeople(kHemaCareResignation, 7);
  ASSERT_EQ(records.size(), 2u);
  const PersonRecord* mannise = Find(records, "JoAnn Mannise", "Director of Investor Relations");
  ASSERT_NE(mannise, nullptr);
  EXPECT_EQ(mannise->company, "HemaCare Corporation");
  EXPECT_EQ(mannise->document, 7);
  // "Dr. Heaton" is the same person: one record, named in full.
  const PersonRecord* heaton = Find(records, "Wm. Andrew Heaton", "");
  ASSERT_NE(heaton, nullptr);
  EXPECT_EQ(heaton->company, "HemaCare Corporation");
  EXPECT_EQ(CountNamed(records, "Heaton"), 0u);
}

// Seed 001: HemaCare's press release of 2003-03-13 (EX-99, legacy text).
constexpr std::string_view kHemaCareResults =
    "Contact:  HemaCare Corporation\n"
    "          JoAnn Stover, Director of Investor Relations\n"
    "          877-310-0717\n"
    "          www.hemacare.com\n"
    "\n"
    "     Commenting  on  the Company's performance, President  and  Chief\n"
    "Executive  Officer Judi Irving stated, \"This was the first profitable\n"
    "quarter  since the third quarter of 2001.\n"
    "\n"
    "     HemaCare will be holding an interactive investor conference call\n"
    "on  Thursday,  March  13,  2003  at  4:00  pm  (Eastern  Time).   Jay\n"
    "Steffenhagen,  Chairman, Judi Irving, President and  CEO,  and  David\n"
    "Fractor,  CFO,  will review fourth quarter and fiscal 2002  financial\n"
    "results.\n";

TEST(ReadPeople, ReadsQuotesAndLists) {
  const std::vector<PersonRecord> records = Read(kHemaCareResults);
  EXPECT_NE(Find(records, "JoAnn Stover", "Director of Investor Relations"), nullptr);
  EXPECT_NE(Find(records, "Judi Irving", "President and Chief Executive Officer"), nullptr);
  EXPECT_NE(Find(records, "Judi Irving", "President and CEO"), nullptr);
  EXPECT_NE(Find(records, "Jay Steffenhagen", "Chairman"), nullptr);
  EXPECT_NE(Find(records, "David Fractor", "CFO"), nullptr);
  EXPECT_EQ(records.size(), 5u);
}

// Caterpillar's EX-99.1 of 2022-04-28 (HTML, curly quotes).
TEST(ReadPeople, ReadsTheSpeakerOfAQuote) {
  const std::vector<PersonRecord> records = Read(
      "\xE2\x80\x9CI\xE2\x80\x99m proud of our global team\xE2\x80\x99s performance as they "
      "achieved double-digit sales growth despite ongoing supply chain challenges.\xE2\x80\x9D "
      "said Chairman and CEO Jim Umpleby. \xE2\x80\x9COur strong balance sheet allowed us to "
      "repurchase shares.\xE2\x80\x9D\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].name, "Jim Umpleby");
  EXPECT_EQ(records[0].title, "Chairman and CEO");
}

// The Buckle's EX-99.1 of 2024-11-22 (HTML: the contact block is a table).
TEST(ReadPeople, ReadsAnHtmlContactTable) {
  const std::vector<PersonRecord> records = Read(
      "For Immediate Release: November 22, 2024 | web: www.buckle.com\n"
      "\n"
      "Contact: | Thomas B. Heacock, Chief Financial Officer\n"
      "The Buckle, Inc.\n"
      "(308) 236-8491\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].name, "Thomas B. Heacock");
  EXPECT_EQ(records[0].title, "Chief Financial Officer");
  EXPECT_EQ(records[0].company, "The Buckle, Inc.");
}

// Apple's 8-K of 2014-03-04, Item 5.02 (HTML).
TEST(ReadPeople, ReadsAppositivesWithACompany) {
  const std::vector<PersonRecord> records = Read(
      "On March 4, 2014, Apple Inc. (the \xE2\x80\x9C"
      "Company\xE2\x80\x9D) announced that Peter "
      "Oppenheimer, the Company\xE2\x80\x99s Senior Vice President, Chief Financial Officer, will "
      "retire at the end of September and Luca Maestri, the Company\xE2\x80\x99s Vice President of "
      "Finance and Corporate Controller, will be appointed as CFO and will transition into that "
      "role in June.\n");
  const PersonRecord* oppenheimer =
      Find(records, "Peter Oppenheimer", "Senior Vice President, Chief Financial Officer");
  ASSERT_NE(oppenheimer, nullptr);
  EXPECT_EQ(oppenheimer->company, "Apple Inc.");
  EXPECT_NE(Find(records, "Luca Maestri", "Vice President of Finance and Corporate Controller"),
            nullptr);
}

// 1-800-FLOWERS.COM's 8-K of 2025-04-24, Item 5.02 (HTML).
TEST(ReadPeople, ReadsAnAppointment) {
  const std::vector<PersonRecord> records = Read(
      "On April 24, 2025, the Board of Directors (the \"Board\") of 1-800-FLOWERS.COM, INC. (the "
      "\"Company\") appointed Priscilla Kasenchak as Chief Accounting Officer of the Company. "
      "James Langrock, as the Company\xE2\x80\x99s Chief Financial Officer, had previously been "
      "serving as both the principal financial officer and principal accounting officer of the "
      "Company.\n");
  EXPECT_NE(Find(records, "Priscilla Kasenchak", "Chief Accounting Officer of the Company"),
            nullptr);
  EXPECT_NE(Find(records, "James Langrock", "Chief Financial Officer"), nullptr);
  EXPECT_EQ(records.size(), 2u);
}

// The Coca-Cola Company's 10-K for 1997, executive officers (legacy text).
TEST(ReadPeople, ReadsAgesAndLaterMentions) {
  const std::vector<PersonRecord> records = Read(
      "      M. Douglas Ivester, 50, is Chief Executive Officer and\n"
      "   Chairman of the Board of Directors of the Company.  In\n"
      "   January 1985, Mr. Ivester was elected Senior Vice President\n"
      "   and Chief Financial Officer of the Company and served in that\n"
      "   capacity until June 1989.\n");
  EXPECT_NE(Find(records, "M. Douglas Ivester",
                 "Chief Executive Officer and Chairman of the Board of Directors of the Company"),
            nullptr);
  EXPECT_NE(Find(records, "M. Douglas Ivester",
                 "Senior Vice President and Chief Financial Officer of the Company"),
            nullptr);
  EXPECT_EQ(records.size(), 2u);
}

// Apple's 8-K of 1996-12-20: the signature repeats the name on two lines.
TEST(ReadPeople, ReadsASignatureBlockOnce) {
  const std::vector<PersonRecord> records = Read(
      "                                        By:     /s/Fred D. Anderson             \n"
      "                                                Fred D. Anderson,\n"
      "                                                Executive Vice President and\n"
      "                                                Chief Financial Officer\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].name, "Fred D. Anderson");
  EXPECT_EQ(records[0].title, "Executive Vice President and Chief Financial Officer");
}

TEST(ReadPeople, IgnoresCapitalisedPhrasesWithoutATitle) {
  // The Coca-Cola Company's 10-K for 1997 (legacy text).
  EXPECT_TRUE(Read("page 60 of the Company's Annual Report to Share Owners for the\n"
                   "year ended December 31, 1997, incorporated herein by reference.\n")
                  .empty());
  // BlackRock's 485APOS of 2024: a heading.
  EXPECT_TRUE(Read("Portfolio Manager Compensation Overview\n").empty());
  // HemaCare's headline (seed 000).
  EXPECT_TRUE(Read("  WM. ANDREW HEATON RESIGNS FROM HEMACARE'S BOARD OF DIRECTORS\n").empty());
}

TEST(ReadPeople, SurvivesAnyBytes) {
  std::string text;
  for (int i = 0; i < 4096; ++i) text.push_back(static_cast<char>((i * 131) % 256));
  text += "Mr. , Dr. Dr. | , President and of the & / Inc. John Smith, a";
  (void)Read(text);
  (void)Read("");
  (void)Read("Contact:");
  (void)Read(std::string(100000, 'A'));
}

TEST(ReadPeople, IsLinearOnLongInput) {
  std::string text;
  while (text.size() < 1024 * 1024) {
    text += "Jay Steffenhagen, Chairman, Judi Irving, President and CEO, and David Fractor, CFO ";
  }
  // One line read in 64 KiB pieces: a cut may shorten one title.
  const std::vector<PersonRecord> records = Read(text);
  EXPECT_NE(Find(records, "Jay Steffenhagen", "Chairman"), nullptr);
  EXPECT_NE(Find(records, "Judi Irving", "President and CEO"), nullptr);
  EXPECT_NE(Find(records, "David Fractor", "CFO"), nullptr);
  EXPECT_LE(records.size(), 6u);
}

}  // namespace
}  // namespace edgard::extract
