#include "extract/cover_page.h"

#include <gtest/gtest.h>

namespace edgard::extract {
namespace {

// The plain text of Oracle's 8-K of 2014-06-19 (HTML; cells separated by " | ").
constexpr std::string_view kOracle =
    "UNITED STATES\n\nSECURITIES AND EXCHANGE COMMISSION\n\nWashington, D.C. 20549\n\n"
    "FORM 8-K\n\nCURRENT REPORT\n\n"
    "Date of Report (Date of earliest event reported): June 19, 2014\n\n"
    "Oracle Corporation\n\n(Exact name of registrant as specified in its charter)\n\n"
    "Delaware | 001-35992 | 54-2185193\n"
    "(State or other jurisdiction of incorporation) | (Commission File Number) | (IRS Employer "
    "Identification No.)\n\n"
    "500 Oracle Parkway, Redwood City, California 94065\n\n"
    "(Address of principal executive offices) (Zip Code)\n\n(650) 506-7000\n\n"
    "(Registrant\xE2\x80\x99s telephone number, including area code)\n";

// Apple's 8-K of 1996-12-24 (legacy text, columns aligned with spaces).
constexpr std::string_view kApple =
    "                             FORM 8-K\n"
    "                Date of Report:   December 24, 1996\n"
    "                Date of earliest \n"
    "                event reported:   December 20, 1996\n"
    "                        Apple Computer, Inc.\n"
    "        (Exact name of registrant as specified in its charter)  \n"
    "        California                      0-10030         94-2404110\n"
    "(State or other jurisdiction of           (Commission File        (I.R.S. Employer\n"
    "incorporation or organization)                Number)                Identification No.)\n"
    "           1 Infinite Loop, Cupertino, California 95014\n"
    "             (Address of principal executive offices) \n"
    " Registrant's telephone number, including area code:  (408) 996-1010\n";

TEST(ReadCoverPage, ReadsAnHtmlEightK) {
  const CoverPage cover = ReadCoverPage(kOracle);
  ASSERT_TRUE(cover.found);
  EXPECT_EQ(cover.form_type, "8-K");
  EXPECT_EQ(cover.date_of_report, "2014-06-19");
  EXPECT_EQ(cover.filer.name, "Oracle Corporation");
  EXPECT_EQ(cover.filer.state_of_incorporation, "DE");
  EXPECT_EQ(cover.filer.file_number, "001-35992");
  EXPECT_EQ(cover.filer.irs_number, "542185193");
  EXPECT_EQ(cover.filer.business_address.street1, "500 Oracle Parkway");
  EXPECT_EQ(cover.filer.business_address.city, "Redwood City");
  EXPECT_EQ(cover.filer.business_address.state, "CA");
  EXPECT_EQ(cover.filer.business_address.zip, "94065");
  EXPECT_EQ(cover.filer.business_address.phone, "(650) 506-7000");
}

TEST(ReadCoverPage, ReadsALegacyTextEightKAndPrefersTheEarliestEvent) {
  const CoverPage cover = ReadCoverPage(kApple);
  EXPECT_EQ(cover.date_of_report, "1996-12-20");
  EXPECT_EQ(cover.filer.name, "Apple Computer, Inc.");
  EXPECT_EQ(cover.filer.state_of_incorporation, "CA");
  EXPECT_EQ(cover.filer.file_number, "0-10030");
  EXPECT_EQ(cover.filer.irs_number, "942404110");
  EXPECT_EQ(cover.filer.business_address.city, "Cupertino");
  EXPECT_EQ(cover.filer.business_address.phone, "(408) 996-1010");
}

TEST(ReadCoverPage, TakesNoLabelForAValue) {
  const CoverPage cover = ReadCoverPage(
      "FORM 10-K\nDelaware (State or other jurisdiction of incorporation) 13-4019460\n"
      "(Address of principal executive offices)\n");
  EXPECT_EQ(cover.form_type, "10-K");
  EXPECT_TRUE(cover.filer.business_address.street1.empty());
}

TEST(ReadCoverPage, FindsNothingInAPressRelease) {
  const CoverPage cover = ReadCoverPage(
      "N E W S   R E L E A S E\nLos Angeles, CA, July 24, 2003 - HemaCare Corporation announced "
      "today that Dr. Wm. Andrew Heaton has resigned from its Board of Directors.\n");
  EXPECT_FALSE(cover.found);
}

TEST(FindWrittenDate, ReadsMonthDayYear) {
  EXPECT_EQ(FindWrittenDate("as of March 13, 2003 -"), "2003-03-13");
  EXPECT_EQ(FindWrittenDate("February 30, 2003"), "");
  EXPECT_EQ(FindWrittenDate("Mayor 3, 2003"), "");
}

}  // namespace
}  // namespace edgard::extract
