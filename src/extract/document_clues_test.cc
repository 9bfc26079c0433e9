#include "extract/document_clues.h"

#include <gtest/gtest.h>

#include <string>

namespace edgard::extract {
namespace {

// Every text below is the plain text edgard makes of a public filing (or, for
// the PR Newswire dateline, of a company's published release), trimmed to the
// lines that matter; "\xE2\x80\x94" is an em dash, "\xC2\xAE" a registered sign.

// Seed 000: HemaCare's press release of 2003-07-24 (legacy text).
constexpr std::string_view kHemaCareResignation =
    "[LOGO}\n\n\n\n                     N E W S   R E L E A S E\n\n\n\n"
    "For Immediate Release\n\n"
    "Contact:  HemaCare Corporation\n"
    "          JoAnn Mannise, Director of Investor Relations\n"
    "          Phone: 877.310.0717\n"
    "          Website: www.hemacare.com\n\n\n"
    "  WM. ANDREW HEATON RESIGNS FROM HEMACARE'S BOARD OF DIRECTORS\n\n"
    "-----------------------------------------------------------------\n\n"
    "     Los  Angeles, CA, July 24, 2003 - HemaCare Corporation  (OTC\n"
    "Bulletin Board: HEMA) announced today that Dr. Wm. Andrew  Heaton\n"
    "has resigned from its Board of Directors.  Dr. Heaton stated that\n";

// Seed 001: HemaCare's results of 2003-03-13; the date sits in parentheses.
constexpr std::string_view kHemaCareResults =
    "LOGO\n\n                       N E W S   R E L E A S E\n\n"
    "For Immediate Release\n\n"
    "Contact:  HemaCare Corporation\n"
    "          JoAnn Stover, Director of Investor Relations\n\n"
    "                       HEMACARE ANNOUNCES 2002\n"
    "            FOURTH QUARTER AND YEAR END FINANCIAL RESULTS\n\n"
    "     WOODLAND HILLS, CA (March 13, 2003) - HemaCare Corporation (NASD\n"
    "OTC:  HEMA) reported today that in the fourth quarter ended  December\n"
    "31,  2002, revenues grew 14% to $7.4 million from $6.5 million in the\n";

// Apple's EX-99.1 of 0001193125-12-312355 (HTML).
constexpr std::string_view kAppleJuly2012 =
    "Exhibit 99.1\n\nApple Reports Third Quarter Results\n\n17 Million iPads Sold\n\n"
    "Board Declares Quarterly Dividend of $2.65 per Common Share\n\n"
    "CUPERTINO, California\xE2\x80\x94July 24, 2012\xE2\x80\x94"
    "Apple\xC2\xAE today announced financial results for its fiscal 2012 third quarter ended "
    "June 30, 2012.\n";

// Apple's EX-99 of 0000320193-96-000027 (legacy text, abbreviated month).
constexpr std::string_view kAppleNeXT =
    "\n                        Exhibit 99.1\n\n"
    "Apple Computer, Inc. Agrees to Acquire NeXT Software Inc.\n\n"
    "CUPERTINO, Calif.--Dec. 20, 1996--Apple Computer, Inc. today \n"
    "announced its intention to purchase NeXT Software Inc., in a friendly \n"
    "acquisition for $400 million. Pending regulatory approvals, all NeXT \n";

// Jazz Pharmaceuticals' release of 2014-08-06 as PR Newswire carried it.
constexpr std::string_view kJazzNotes =
    "DUBLIN, Aug. 6, 2014 /PRNewswire/ -- Jazz Pharmaceuticals plc (Nasdaq: JAZZ) today "
    "announced that Jazz Investments I Limited, its wholly-owned subsidiary (the \"Issuer\"), "
    "intends to offer, subject to market conditions and other factors, $500 million aggregate "
    "principal amount of exchangeable senior notes due 2021\n";

// The Buckle's EX-99.1 of 2024-11-22: a Business Wire dateline without a
// date, the date in the heading, the company in the contact block too.
constexpr std::string_view kBuckle =
    "Exhibit 99.1\n\nThe Buckle, Inc.\n2407 W. 24th St. Kearney, NE 68845\n"
    "P.O. Box 1480 Kearney, NE 68848-1480\nphone: 308-236-8491\nfax: 308-236-4493\n"
    "For Immediate Release: November 22, 2024 | web: www.buckle.com\n\n"
    "Contact: | Thomas B. Heacock, Chief Financial Officer\nThe Buckle, Inc.\n(308) 236-8491\n\n"
    "THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME\n\n"
    "KEARNEY, NE -- (BUSINESS WIRE) -- The Buckle, Inc. (NYSE: BKE) announced today that net "
    "income for the fiscal quarter ended November 2, 2024 was $44.2 million, or $0.89 per share "
    "($0.88 per share on a diluted basis).\n";

// Caterpillar's EX-99.1 of 0000018230-22-000107: the date above "FOR
// IMMEDIATE RELEASE", none in the dateline (an en dash).
constexpr std::string_view kCaterpillar =
    "Exhibit 99.1\nCaterpillar Inc.\n1Q 2022 Earnings Release\n\nApril 28, 2022\n\n"
    "FOR IMMEDIATE RELEASE\n\nCaterpillar Reports First-Quarter 2022 Results\n\n"
    "First Quarter\n($ in billions except profit per share) | 2022 | 2021\n"
    "Sales and Revenues | $13.6 | $11.9\n\n"
    "DEERFIELD, Ill. \xE2\x80\x93 Caterpillar Inc. (NYSE: CAT) announced first-quarter 2022 sales "
    "and revenues of $13.6 billion, a 14% increase compared with $11.9 billion in the first "
    "quarter of 2021.\n";

// Apple's EX-99.1 of 0000320193-24-000005: a dateline with no date at all.
constexpr std::string_view kAppleJanuary2024 =
    "Exhibit 99.1\n\nApple reports first quarter results\n\n"
    "Services revenue reaches new all-time record\n\nEPS up 16 percent to new all-time high\n\n"
    "CUPERTINO, CALIFORNIA \xE2\x80\x94 Apple\xC2\xAE today announced financial results for its "
    "fiscal 2024 first quarter ended December 30, 2023.\n";

// Oracle's EX-99.1 of 0001193125-19-191922: the board, not the company, announces.
constexpr std::string_view kOracleBoard =
    "Exhibit 99.1\n\nFor Immediate Release\n\n"
    "Contact: | Ken Bond | Deborah Hellinger\n"
    "Oracle Investor Relations | Oracle Corporate Communications\n"
    "1.650.607.0349 | 1.212.508.7935\n\n"
    "ORACLE NAMES RONA FAIRHEAD\n\nTO THE BOARD OF DIRECTORS\n\n"
    "REDWOOD SHORES, Calif., July 10, 2019 \xE2\x80\x94 The Oracle Board of Directors today "
    "announced that it has unanimously elected Rona A. Fairhead to the company\xE2\x80\x99s Board "
    "of Directors. The election is effective as of July 31, 2019\n";

// Food Concepts' 8-K of 0000703901-98-000003: a cover page that quotes a
// press release, dateline included.
constexpr std::string_view kFoodConceptsEightK =
    "\n                               SECURITIES AND EXCHANGE COMMISSION\n"
    "                                      Washington, D.C.  20549\n\n"
    "                                             FORM 8-K\n\n"
    "                                          CURRENT REPORT\n\n"
    "Date of report (Date of earliest event reported) January 26, 1998 \n\n"
    "   Nevada             Food Concepts, Inc.                     13-3124057\n\n"
    "Item 5.  Press Release\n\n"
    "       On January 26, 1996, the Registrant issued the following press release:\n\n"
    "Date:       January 26, 1998\n"
    "Contact:    Food Concepts, Inc\n\n"
    "Food Concepts Announces New Majority Shareholder\n\n"
    "Jersey City, New Jersey-- Food Concepts, Inc., (OTC BB: JAVA), announces that \n"
    "Bishop Management, Inc. has acquired a majority interest in Food Concepts and \n";

// Seed 003: HemaCare director's power of attorney (legacy text).
constexpr std::string_view kHemaCarePowerOfAttorney =
    "POWER OF ATTORNEY\n\n"
    "          Know all by these presents, that the undersigned hereby\n"
    "constitutes  and  appoints each of Judi Irving,  Chief  Executive\n"
    "Officer,  David  Fractor,  Chief  Financial  Officer,  and  JoAnn\n"
    "Stover, Corporate Secretary, signing singly, as the undersigned's\n"
    "true and lawful attorney-in-fact to:\n\n"
    "     (a)  execute  for and on behalf of the undersigned,  in  the\n"
    "          undersigned's capacity as an officer and/or director of\n"
    "          HemaCare Corporation (the \"Company\"), Forms 3, 4 and  5\n"
    "          in  accordance  with Section 16(a)  of  the  Securities\n"
    "          Exchange Act of 1934 and the rules thereunder;\n\n"
    "          IN  WITNESS  WHEREOF, the undersigned has  caused  this\n"
    "Power of Attorney to be executed as of this 8th day of May, 2003.\n\n"
    "/s/ Andrew Heaton\n";

// Coca-Cola's EX-24.1 of 0000021344-98-000004: no comma before the year, and
// a fiscal year end above the execution date.
constexpr std::string_view kCocaColaPowerOfAttorney =
    "\n                                            EXHIBIT 24.1\n\n"
    "                      POWER OF ATTORNEY\n\n\n"
    "     KNOW ALL BY THESE PRESENTS THAT I, M. DOUGLAS IVESTER,\n"
    "Chairman of the Board, Chief Executive Officer and a Director\n"
    "of The Coca-Cola Company (the \"Company\"), do hereby appoint\n"
    "JAMES E. CHESTNUT, Senior Vice President and Chief Financial\n"
    "the Company's Annual Report for the year ended December 31,\n"
    "1997 on Form 10-K, or any amendment or supplement thereto,\n\n"
    "     IN WITNESS WHEREOF, I have hereunto set my hand this\n"
    "19th day of February 1998.\n\n\n"
    "                         /s/M. Douglas Ivester\n";

// Eventbrite director's POA (0000899243-18-024846): the company in an appositive.
constexpr std::string_view kEventbritePowerOfAttorney =
    "                                  POWER OF ATTORNEY\n\n"
    "     Know all by these presents, that the undersigned hereby authorizes Julia\n"
    "Hartz, Randy Befumo, and Samantha Harnett of Eventbrite, Inc., a Delaware\n"
    "corporation (the \"Company\"), and An-Yen Hu of Goodwin Procter LLP, to execute\n"
    "for and on behalf of the undersigned, in the undersigned's capacity as a\n\n"
    "     IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be\n"
    "executed as of this 20 day of August, 2018.\n";

// Meta's EX-24.1 of 0000950103-22-008730 (HTML, curly quotes).
constexpr std::string_view kMetaPowerOfAttorney =
    "Exhbit 24.1\n\nPOWER OF ATTORNEY\n\n"
    "KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints Jennifer "
    "Newstead, Katherine R. Kelly, and Erin Guldiken, and each of them, the "
    "undersigned\xE2\x80\x99s "
    "true and lawful attorney-in-fact to:\n\n"
    "(1) execute for and on behalf of the undersigned, in the undersigned\xE2\x80\x99s capacity as "
    "a representative of Meta Platforms, Inc. (the \xE2\x80\x9C"
    "Company\xE2\x80\x9D), any and all Form 3, 4 or 5 reports\n\n"
    "IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of "
    "the 4th day of May, 2022.\n\nSignature: /s/ Peter Thiel\n";

// SolarCity officer's POA (0001181431-12-064161): "Dated:" under the signature.
constexpr std::string_view kSolarCityPowerOfAttorney =
    "              LIMITED POWER OF ATTORNEY - SECURITIES LAW COMPLIANCE\n\n"
    "        The undersigned, as an officer or director of SolarCity Corporation (the\n"
    "\"Company\"), hereby constitutes and appoints Lyndon R. Rive, Robert D. Kelly and\n"
    "        This Limited Power of Attorney is executed at San Mateo, California, as\n"
    "of the date set forth below.\n\n"
    "                                        /s/ Elon Musk\n"
    "                                        ----------------------------------------\n"
    "                                        Elon Musk\n\n"
    "                                        Dated: August 2, 2012\n";

// Tesla officer's POA (0001494730-18-000001): the date alone under the signature.
constexpr std::string_view kTeslaPowerOfAttorney =
    "LIMITED POWER OF ATTORNEY - SECURITIES LAW COMPLIANCE\n"
    "The undersigned, as an Officer of Tesla Motors, Inc. (the\n"
    "\"Company\"), hereby constitutes and appoints Todd Maron,\n"
    "This Limited Power of Attorney is executed at 3500 Deer Creek\n"
    "Road, Palo Alto CA 94304, as of the date set forth below.\n"
    "/s/Elon Musk\nJanuary 10, 2018\nWITNESS\nEmma Gallagher\nJanuary 10, 2018\n";

// A director's letter (0001062993-24-020387): the company only in the title.
constexpr std::string_view kMicrosoftLetter =
    "\n\n\n\n\nSeptember 16, 2024\n\n\n\n"
    "Securities and Exchange Commission\n100 F Street, N.E.\nWashington, D.C.  20549\n\n"
    "Re:     Microsoft Corporation - Power of Attorney\n\n"
    "To whom it may concern:\n\n"
    "I revoke my prior Microsoft Corporation - Power of Attorney.\n"
    "This will confirm that, effective as of the date above, I have\n"
    "granted each of the individuals listed below the\n";

// Sequoia's limited POA (0000899243-17-024441): "each, a Company" names none.
constexpr std::string_view kSequoiaPowerOfAttorney =
    "                           LIMITED POWER OF ATTORNEY\n"
    "                         FOR CERTAIN FILINGS WITH THE\n"
    "                       SECURITIES AND EXCHANGE COMMISSION\n\n"
    "      Know all by these presents that the undersigned hereby constitutes and\n"
    "appoints each of Chris Cooper, Marie Klemchuk and Jung Yeon Son the\n"
    "undersigned's true and lawful attorney-in-fact to:\n\n"
    "      (1)   Execute for and on behalf of the undersigned, in the undersigned's\n"
    "            capacity as an officer, director and/or stockholder of any entity\n"
    "            affiliated with Sequoia Capital Operations, LLC or any corporation\n"
    "            or other person in which an investment fund affiliated with Sequoia\n"
    "            Capital Operations, LLC makes an investment (each, a \"Company\"),\n\n"
    "      IN WITNESS WHEREOF, the undersigned has caused this Limited Power of\n"
    "Attorney to be executed as of April 24, 2017.\n";

// The joint filing agreement filed as EX-99.1 of 0001815572-25-000002.
constexpr std::string_view kJointFilingAgreement =
    "EXHIBIT 99.1\n\nJOINT FILING AGREEMENT\n\nJanuary 17, 2025\n\n"
    "Pursuant to and in accordance with the Securities Exchange Act of 1934,\n"
    "as amended (the 'Exchange Act'), and the rules and regulations thereunder,\n"
    "each party hereto hereby agrees to the joint filing, on behalf of each\n\n"
    "Dated: January 17, 2025\n\nAskeladden Capital Management, LLC\n";

TEST(ReadDocumentClues, ReadsALegacyPressReleaseDateline) {
  const DocumentClues clues = ReadDocumentClues(kHemaCareResignation);
  EXPECT_EQ(clues.kind, "press_release");
  EXPECT_EQ(clues.date, "2003-07-24");
  EXPECT_EQ(clues.company, "HemaCare Corporation");
}

TEST(ReadDocumentClues, ReadsADateInParenthesesAfterThePlace) {
  const DocumentClues clues = ReadDocumentClues(kHemaCareResults);
  EXPECT_EQ(clues.kind, "press_release");
  EXPECT_EQ(clues.date, "2003-03-13");
  EXPECT_EQ(clues.company, "HemaCare Corporation");
}

TEST(ReadDocumentClues, ReadsADateBetweenEmDashesAndDropsTheTrademarkSign) {
  const DocumentClues clues = ReadDocumentClues(kAppleJuly2012);
  EXPECT_EQ(clues.kind, "press_release");
  EXPECT_EQ(clues.date, "2012-07-24");
  EXPECT_EQ(clues.company, "Apple");
}

TEST(ReadDocumentClues, ReadsAnAbbreviatedMonthBetweenDoubleHyphens) {
  const DocumentClues clues = ReadDocumentClues(kAppleNeXT);
  EXPECT_EQ(clues.kind, "press_release");
  EXPECT_EQ(clues.date, "1996-12-20");
  EXPECT_EQ(clues.company, "Apple Computer, Inc.");
}

TEST(ReadDocumentClues, ReadsAPrNewswireDateline) {
  const DocumentClues clues = ReadDocumentClues(kJazzNotes);
  EXPECT_EQ(clues.kind, "press_release");
  EXPECT_EQ(clues.date, "2014-08-06");
  EXPECT_EQ(clues.company, "Jazz Pharmaceuticals plc");
}

TEST(ReadDocumentClues, TakesTheHeadingDateWhenABusinessWireDatelineHasNone) {
  const DocumentClues clues = ReadDocumentClues(kBuckle);
  EXPECT_EQ(clues.kind, "press_release");
  EXPECT_EQ(clues.date, "2024-11-22");
  EXPECT_EQ(clues.company, "The Buckle, Inc.");
}

TEST(ReadDocumentClues, TakesADateLineAboveForImmediateRelease) {
  const DocumentClues clues = ReadDocumentClues(kCaterpillar);
  EXPECT_EQ(clues.kind, "press_release");
  EXPECT_EQ(clues.date, "2022-04-28");
  EXPECT_EQ(clues.company, "Caterpillar Inc.");
}

TEST(ReadDocumentClues, TakesNoPeriodEndForTheDate) {
  const DocumentClues clues = ReadDocumentClues(kAppleJanuary2024);
  EXPECT_EQ(clues.kind, "press_release");
  EXPECT_EQ(clues.date, "");
  EXPECT_EQ(clues.company, "Apple");
}

TEST(ReadDocumentClues, TakesNoBoardForACompany) {
  const DocumentClues clues = ReadDocumentClues(kOracleBoard);
  EXPECT_EQ(clues.kind, "press_release");
  EXPECT_EQ(clues.date, "2019-07-10");
  EXPECT_EQ(clues.company, "");
}

TEST(ReadDocumentClues, TakesACurrentReportQuotingAReleaseForNeither) {
  const DocumentClues clues = ReadDocumentClues(kFoodConceptsEightK);
  EXPECT_EQ(clues.kind, "");
  EXPECT_EQ(clues.date, "");
  EXPECT_EQ(clues.company, "");
}

TEST(ReadDocumentClues, TakesAJointFilingAgreementForNeither) {
  EXPECT_EQ(ReadDocumentClues(kJointFilingAgreement).kind, "");
}

TEST(ReadDocumentClues, ReadsAnOrdinalExecutionDate) {
  const DocumentClues clues = ReadDocumentClues(kHemaCarePowerOfAttorney);
  EXPECT_EQ(clues.kind, "power_of_attorney");
  EXPECT_EQ(clues.date, "2003-05-08");
  EXPECT_EQ(clues.company, "HemaCare Corporation");
}

TEST(ReadDocumentClues, PrefersTheWitnessClauseToEarlierDates) {
  const DocumentClues clues = ReadDocumentClues(kCocaColaPowerOfAttorney);
  EXPECT_EQ(clues.kind, "power_of_attorney");
  EXPECT_EQ(clues.date, "1998-02-19");
  EXPECT_EQ(clues.company, "The Coca-Cola Company");
}

TEST(ReadDocumentClues, DropsTheAppositiveAfterTheCompany) {
  const DocumentClues clues = ReadDocumentClues(kEventbritePowerOfAttorney);
  EXPECT_EQ(clues.kind, "power_of_attorney");
  EXPECT_EQ(clues.date, "2018-08-20");
  EXPECT_EQ(clues.company, "Eventbrite, Inc.");
}

TEST(ReadDocumentClues, ReadsCurlyQuotes) {
  const DocumentClues clues = ReadDocumentClues(kMetaPowerOfAttorney);
  EXPECT_EQ(clues.kind, "power_of_attorney");
  EXPECT_EQ(clues.date, "2022-05-04");
  EXPECT_EQ(clues.company, "Meta Platforms, Inc.");
}

TEST(ReadDocumentClues, ReadsADatedLine) {
  const DocumentClues clues = ReadDocumentClues(kSolarCityPowerOfAttorney);
  EXPECT_EQ(clues.kind, "power_of_attorney");
  EXPECT_EQ(clues.date, "2012-08-02");
  EXPECT_EQ(clues.company, "SolarCity Corporation");
}

TEST(ReadDocumentClues, ReadsADateAloneUnderTheSignature) {
  const DocumentClues clues = ReadDocumentClues(kTeslaPowerOfAttorney);
  EXPECT_EQ(clues.kind, "power_of_attorney");
  EXPECT_EQ(clues.date, "2018-01-10");
  EXPECT_EQ(clues.company, "Tesla Motors, Inc.");
}

TEST(ReadDocumentClues, ReadsTheCompanyFromALettersTitle) {
  const DocumentClues clues = ReadDocumentClues(kMicrosoftLetter);
  EXPECT_EQ(clues.kind, "power_of_attorney");
  EXPECT_EQ(clues.date, "2024-09-16");
  EXPECT_EQ(clues.company, "Microsoft Corporation");
}

TEST(ReadDocumentClues, NamesNoCompanyWhenEachInvestmentIsOne) {
  const DocumentClues clues = ReadDocumentClues(kSequoiaPowerOfAttorney);
  EXPECT_EQ(clues.kind, "power_of_attorney");
  EXPECT_EQ(clues.date, "2017-04-24");
  EXPECT_EQ(clues.company, "");
}

TEST(ReadDocumentClues, LooksAtTheFirstBytesOnly) {
  std::string text(kDocumentCluesBytes, '\n');
  text += kHemaCareResignation;
  EXPECT_EQ(ReadDocumentClues(text).kind, "");
}

TEST(ReadDocumentClues, LooksForTheKindAtTheTopOnly) {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "Exhibit 99.1\n";
  text += kHemaCareResignation;
  EXPECT_EQ(ReadDocumentClues(text).kind, "");
}

TEST(ReadDocumentClues, SurvivesFragments) {
  for (std::string_view text :
       {std::string_view(), std::string_view("\xE2\x80"), std::string_view("(the \""),
        std::string_view("(the \xE2\x80"), std::string_view("POWER OF ATTORNEY\n(the "),
        std::string_view("POWER OF ATTORNEY\n12 day of"), std::string_view("A, B --"),
        std::string_view("A, B -- ("), std::string_view("A, B \xE2\x80\x94"),
        std::string_view("NEWS RELEASE\nContact:"), std::string_view("NEWS RELEASE\nDate:"),
        std::string_view("\0\0\n\0", 4)}) {
    (void)ReadDocumentClues(text);
  }
  for (size_t n = 0; n <= kHemaCarePowerOfAttorney.size(); n += 3) {
    (void)ReadDocumentClues(kHemaCarePowerOfAttorney.substr(0, n));
  }
  for (size_t n = 0; n <= kBuckle.size(); n += 3) (void)ReadDocumentClues(kBuckle.substr(0, n));
}

}  // namespace
}  // namespace edgard::extract
