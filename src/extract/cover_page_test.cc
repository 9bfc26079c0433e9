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

TEST(FindWrittenDate, ReadsMonthsAbbreviatedTheWayWiresWriteThem) {
  EXPECT_EQ(FindWrittenDate("CUPERTINO, Calif.--Dec. 20, 1996--Apple"), "1996-12-20");
  EXPECT_EQ(FindWrittenDate("DUBLIN, Dec. 19, 2014 /PRNewswire/ --"), "2014-12-19");
  EXPECT_EQ(FindWrittenDate("Sept. 9, 2009"), "2009-09-09");
  EXPECT_EQ(FindWrittenDate("Dec 20, 1996"), "1996-12-20");
  EXPECT_EQ(FindWrittenDate("Decimal 3, 2003"), "");
  EXPECT_EQ(FindWrittenDate("Marc 3, 2003"), "");
}

TEST(FindDayOfMonthDate, ReadsTheDayOfAMonth) {
  EXPECT_EQ(FindDayOfMonthDate("executed as of this 8th day of May, 2003."), "2003-05-08");
  EXPECT_EQ(FindDayOfMonthDate("this 24 day of September, 2018"), "2018-09-24");
  EXPECT_EQ(FindDayOfMonthDate("this 10th   day of August, 2021"), "2021-08-10");
  EXPECT_EQ(FindDayOfMonthDate("this\n19th day of February 1998."), "1998-02-19");
  EXPECT_EQ(FindDayOfMonthDate("the 31st day of June, 2003"), "");
  EXPECT_EQ(FindDayOfMonthDate("within 10 days of May 3, 2003"), "");
  EXPECT_EQ(FindDayOfMonthDate("this ____ day of May, 2003"), "");
  EXPECT_EQ(FindDayOfMonthDate("1st day of May, 20031"), "");
}

// Apple's 8-K of 2019-11-07 (HTML): the date above its label.
TEST(ReadCoverPage, ReadsTheDateOfReportAboveItsLabel) {
  const CoverPage cover = ReadCoverPage(
      "FORM 8-K\n\nCURRENT REPORT\n\nNovember 7, 2019\n\n"
      "Date of Report (Date of earliest event reported)\n\nApple Inc.\n\n"
      "(Exact name of Registrant as specified in its charter)\n");
  EXPECT_EQ(cover.date_of_report, "2019-11-07");
  EXPECT_EQ(cover.filer.name, "Apple Inc.");
}

// Apple's 8-K of 2012-06-28 and 1-800-Flowers' of 2025-04-25.
TEST(ReadCoverPage, ReadsNumericAndUnlabelledReportDates) {
  EXPECT_EQ(ReadCoverPage("Form 8-K\nCURRENT REPORT\n"
                          "Date of Report (Date of earliest event reported): 06/28/2012\n"
                          "APPLE INC.\n(Exact name of registrant as specified in its charter)\n")
                .date_of_report,
            "2012-06-28");
  const CoverPage flowers = ReadCoverPage(
      "FORM 8-K\nCURRENT REPORT\n"
      "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934\n"
      "April 24, 2025\n1-800-FLOWERS.COM, INC.\n"
      "(Exact Name of Registrant as Specified in Charter)\n");
  EXPECT_EQ(flowers.date_of_report, "2025-04-24");
  EXPECT_EQ(flowers.form_type, "8-K");
}

// Caterpillar's 8-K of 2022-04-28: "FORM | 8-K" in two table cells.
TEST(ReadCoverPage, ReadsAFormTypeInItsOwnCell) {
  EXPECT_EQ(ReadCoverPage("FORM | 8-K\nCurrent Report\n").form_type, "8-K");
}

}  // namespace
}  // namespace edgard::extract
