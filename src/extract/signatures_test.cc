#include "extract/signatures.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace edgard::extract {
namespace {

// Every snippet is the plain text edgard makes of a public EDGAR filing
// (legacy text keeps its columns; HTML cells are separated by " | ").

std::vector<SignatureRecord> Read(std::string_view text) { return ReadSignatures(text, 1); }

// The record for `name` (or, with an empty name, signed by `by`).
const SignatureRecord* Named(const std::vector<SignatureRecord>& records, std::string_view name) {
  for (const SignatureRecord& r : records) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

// Seed 004: HemaCare's 8-K of 2003-06-27 (legacy text).
constexpr std::string_view kHemaCare =
    "                           SIGNATURES\n"
    "\n"
    "Pursuant  to the requirements of the Securities Exchange  Act  of\n"
    "1934, the registrant has duly caused this report to be signed  on\n"
    "its behalf by the undersigned hereunto duly authorized.\n"
    "\n"
    "\n"
    "\n"
    "Date: June 27, 2003           HEMACARE CORPORATION\n"
    "\n"
    "                             /s/ Judi Irving\n"
    "                             ----------------------------\n"
    "                              Judi Irving,\n"
    "                              Chief Executive Officer\n"
    "\n"
    "\n";

// One signature's name, title, date and company, in one assertion.
void ExpectSignature(const SignatureRecord& record, std::string_view name, std::string_view title,
                     std::string_view date, std::string_view company) {
  EXPECT_EQ(record.name, name);
  EXPECT_EQ(record.title, title);
  EXPECT_EQ(record.date, date);
  EXPECT_EQ(record.company, company);
}

TEST(ReadSignatures, ReadsALegacyEightK) {
  const std::vector<SignatureRecord> records = ReadSignatures(kHemaCare, 3);
  ASSERT_EQ(records.size(), 1u);
  const SignatureRecord& r = records[0];
  EXPECT_EQ(r.name, "Judi Irving");
  EXPECT_EQ(r.title, "Chief Executive Officer");
  EXPECT_EQ(r.date, "2003-06-27");
  EXPECT_EQ(r.company, "HEMACARE CORPORATION");
  EXPECT_EQ(r.by, "");
  EXPECT_EQ(r.document, 3);
  EXPECT_EQ(kHemaCare.substr(r.offset, 15), "/s/ Judi Irving");
}

// Seed 003: a power of attorney (EX-24) for HemaCare, 2003.
constexpr std::string_view kHeaton =
    "          IN  WITNESS  WHEREOF, the undersigned has  caused  this\n"
    "Power of Attorney to be executed as of this 8th day of May, 2003.\n"
    "\n"
    "/s/ Andrew Heaton\n"
    "------------------------------------\n"
    "Signature\n"
    "\n"
    "\n"
    "Andrew Heaton\n"
    "------------------------------------\n"
    "Print Name\n";

TEST(ReadSignatures, ReadsAPowerOfAttorneyDatedInItsLastSentence) {
  const std::vector<SignatureRecord> records = Read(kHeaton);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].name, "Andrew Heaton");
  EXPECT_EQ(records[0].title, "");
  EXPECT_EQ(records[0].date, "2003-05-08");  // "executed as of this 8th day of May, 2003"
}

// Oracle's 8-K of 2024-11-18.
constexpr std::string_view kOracle =
    "SIGNATURE\n"
    "\n"
    "Pursuant to the requirements of the Securities Exchange Act of 1934, as amended, the "
    "Registrant has duly caused this report to be signed on its behalf by the undersigned hereunto "
    "duly authorized.\n"
    "\n"
    "ORACLE CORPORATION\n"
    "Dated: November 18, 2024 | By: | /s/ Kimberly Woolley\n"
    "Name: Kimberly Woolley\n"
    "Title: Vice President, Assistant General Counsel and Assistant Secretary\n";

// NexPoint Capital's 8-K of 2023-12-20.
constexpr std::string_view kNexPoint =
    "SIGNATURES\n"
    "Pursuant to the requirements of the Securities Exchange Act of 1934, as amended, NexPoint "
    "Capital, Inc. has duly caused this report to be signed on its behalf by the undersigned "
    "hereunto duly authorized.\n"
    "\n"
    "Date: December 20, 2023 | NEXPOINT CAPITAL, INC.\n"
    "By: | /s/ Frank Waterhouse\n"
    "Name: | Frank Waterhouse\n"
    "Title: | Principal Financial Officer, Principal Accounting Officer and Treasurer\n";

TEST(ReadSignatures, ReadsNameAndTitleLabelsOfAnHtmlTable) {
  std::vector<SignatureRecord> records = Read(kOracle);
  ASSERT_EQ(records.size(), 1u);
  ExpectSignature(records[0], "Kimberly Woolley",
                  "Vice President, Assistant General Counsel and Assistant Secretary", "2024-11-18",
                  "ORACLE CORPORATION");

  records = Read(kNexPoint);
  ASSERT_EQ(records.size(), 1u);
  ExpectSignature(records[0], "Frank Waterhouse",
                  "Principal Financial Officer, Principal Accounting Officer and Treasurer",
                  "2023-12-20", "NEXPOINT CAPITAL, INC.");
}

// Apple's 8-K of 2019-03-04: date and company on the line above "By:".
constexpr std::string_view kApple2019 =
    "SIGNATURE\n"
    "Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant has duly "
    "caused this report to be signed on its behalf by the undersigned hereunto duly authorized.\n"
    "\n"
    "Date: | March 4, 2019 | Apple Inc.\n"
    "By: | /s/ Katherine Adams\n"
    "Katherine Adams\n"
    "Senior Vice President, General Counsel and Secretary\n";

// Apple's 8-K of 2013-03-01: the printed name differs from the signature.
constexpr std::string_view kApple2013 =
    "SIGNATURE\n"
    "\n"
    "Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant has duly "
    "caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.\n"
    "\n"
    "APPLE INC.\n"
    "(Registrant)\n"
    "By: | /s/ Bruce Sewell\n"
    "Date: | March 1, 2013 | D. Bruce Sewell Senior Vice President, General Counsel and "
    "Secretary\n";

TEST(ReadSignatures, PrefersThePrintedNameAndSplitsItFromTheTitle) {
  std::vector<SignatureRecord> records = Read(kApple2019);
  ASSERT_EQ(records.size(), 1u);
  ExpectSignature(records[0], "Katherine Adams",
                  "Senior Vice President, General Counsel and Secretary", "2019-03-04",
                  "Apple Inc.");

  records = Read(kApple2013);
  ASSERT_EQ(records.size(), 1u);
  ExpectSignature(records[0], "D. Bruce Sewell",
                  "Senior Vice President, General Counsel and Secretary", "2013-03-01",
                  "APPLE INC.");
}

// Amazon's 8-K of 1998-08-27: the date to the left of "By:".
constexpr std::string_view kAmazon =
    "                                    SIGNATURES\n"
    "\n"
    "         Pursuant to the requirements of the Securities Exchange Act of 1934,\n"
    "the registrant has duly caused this report to be signed on its behalf by the\n"
    "undersigned hereunto duly authorized.\n"
    "\n"
    "                                        AMAZON.COM, INC.\n"
    "                                        (Registrant)\n"
    "\n"
    "\n"
    "Dated:  August 27, 1998                 By: /s/ JOY D. COVEY\n"
    "                                           -----------------------------------\n"
    "                                           Joy D. Covey\n"
    "                                           Chief Financial Officer, Vice\n"
    "                                           President of Finance and\n"
    "                                           Administration and Secretary\n"
    "\n"
    "\n";

TEST(ReadSignatures, ReadsADateWrittenBesideTheSignature) {
  const std::vector<SignatureRecord> records = Read(kAmazon);
  ASSERT_EQ(records.size(), 1u);
  ExpectSignature(
      records[0], "Joy D. Covey",
      "Chief Financial Officer, Vice President of Finance and Administration and Secretary",
      "1998-08-27", "AMAZON.COM, INC.");
}

// Apple's 10-K of 2025: the registrant's signature, then NAME | TITLE | DATE rows.
constexpr std::string_view kApple10K =
    "SIGNATURES\n"
    "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, "
    "the Registrant has duly caused this report to be signed on its behalf by the undersigned, "
    "thereunto duly authorized.\n"
    "\n"
    "Date: October 31, 2025 | Apple Inc.\n"
    "By: | /s/ Kevan Parekh\n"
    "Kevan Parekh\n"
    "Senior Vice President, Chief Financial Officer\n"
    "\n"
    "Power of Attorney\n"
    "KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below "
    "constitutes and appoints Timothy D. Cook and Kevan Parekh, jointly and severally, his or her "
    "attorneys-in-fact, each with the power of substitution, for him or her in any and all "
    "capacities, to sign any amendments to this Annual Report on Form 10-K, and to file the same, "
    "with exhibits thereto and other documents in connection therewith, with the Securities and "
    "Exchange Commission, hereby ratifying and confirming all that each of said attorneys-in-fact, "
    "or his substitute or substitutes, may do or cause to be done by virtue hereof.\n"
    "Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been "
    "signed below by the following persons on behalf of the Registrant and in the capacities and "
    "on the dates indicated:\n"
    "\n"
    "Name | Title | Date\n"
    "/s/ Timothy D. Cook | Chief Executive Officer and Director (Principal Executive Officer) | "
    "October 31, 2025\n"
    "TIMOTHY D. COOK\n"
    "/s/ Kevan Parekh | Senior Vice President, Chief Financial Officer (Principal Financial "
    "Officer) | October 31, 2025\n"
    "KEVAN PAREKH\n"
    "/s/ Chris Kondo | Senior Director of Corporate Accounting (Principal Accounting Officer) | "
    "October 31, 2025\n"
    "CHRIS KONDO\n"
    "/s/ Wanda Austin | Director | October 31, 2025\n"
    "WANDA AUSTIN\n"
    "/s/ Alex Gorsky | Director | October 31, 2025\n"
    "ALEX GORSKY\n"
    "/s/ Andrea Jung | Director | October 31, 2025\n"
    "ANDREA JUNG\n"
    "/s/ Arthur D. Levinson | Director and Chair of the Board | October 31, 2025\n"
    "ARTHUR D. LEVINSON\n"
    "/s/ Monica Lozano | Director | October 31, 2025\n"
    "MONICA LOZANO\n"
    "/s/ Ronald D. Sugar | Director | October 31, 2025\n"
    "RONALD D. SUGAR\n"
    "/s/ Susan L. Wagner | Director | October 31, 2025\n"
    "SUSAN L. WAGNER\n"
    "\n";

TEST(ReadSignatures, ReadsTheRowsOfATenKSignaturePage) {
  const std::vector<SignatureRecord> records = Read(kApple10K);
  ASSERT_EQ(records.size(), 11u);
  EXPECT_EQ(records[0].name, "Kevan Parekh");
  EXPECT_EQ(records[0].company, "Apple Inc.");
  EXPECT_EQ(records[0].date, "2025-10-31");
  EXPECT_EQ(records[1].name, "TIMOTHY D. COOK");
  EXPECT_EQ(records[1].title, "Chief Executive Officer and Director (Principal Executive Officer)");
  EXPECT_EQ(records[1].date, "2025-10-31");
  EXPECT_EQ(records[1].company, "");  // signed by the person, not for the registrant
  EXPECT_EQ(records[7].name, "ARTHUR D. LEVINSON");
  EXPECT_EQ(records[7].title, "Director and Chair of the Board");
  EXPECT_EQ(records[10].name, "SUSAN L. WAGNER");
  EXPECT_EQ(records[10].title, "Director");
  for (const SignatureRecord& r : records) EXPECT_EQ(r.by, "");
}

// Medicis's 10-K of 1999: signature and printed name in one cell.
constexpr std::string_view kMedicis =
    "Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been "
    "signed below by the following persons on behalf of the Registrant in the capacities and on "
    "the dates indicated.\n"
    "\n"
    "Signature | Title | Date\n"
    "/s/ JONAH SHACKNAI Jonah Shacknai | Chairman of the Board of Directors and Chief Executive "
    "Officer (Principal Executive Officer) | September 28, 1999\n"
    "/s/ MARK A. PRYGOCKI, SR. Mark A. Prygocki, Sr. | Chief Financial Officer (Principal "
    "Financial and Accounting Officer) | September 28, 1999\n"
    "/s/ ARTHUR G. ALTSCHUL, JR. Arthur G. Altschul, Jr. | Director | September 28, 1999\n";

TEST(ReadSignatures, SplitsTheSignatureFromThePrintedNameInOneCell) {
  const std::vector<SignatureRecord> records = Read(kMedicis);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].name, "Jonah Shacknai");
  EXPECT_EQ(records[0].title,
            "Chairman of the Board of Directors and Chief Executive Officer (Principal Executive "
            "Officer)");
  EXPECT_EQ(records[0].date, "1999-09-28");
  EXPECT_EQ(records[1].name, "Mark A. Prygocki, Sr.");
  EXPECT_EQ(records[2].name, "Arthur G. Altschul, Jr.");
  EXPECT_EQ(records[2].title, "Director");
}

// Apple's 10-K of 1997 (legacy text): NAME, TITLE and DATE columns, titles
// wrapped above and below the signature line.
constexpr std::string_view kApple1997 =
    "\n"
    "    Pursuant to the requirements of the Securities Exchange Act of 1934, this\n"
    "report has been signed below by the following persons on behalf of the\n"
    "Registrant and in the capacities and on the dates indicated:\n"
    "\n"
    "           NAME                         TITLE                      DATE\n"
    "- --------------------------  ------------------------------  -------------------\n"
    "\n"
    "                            Interim Chief Executive\n"
    "    /s/ STEVEN P. JOBS        Officer and Director\n"
    "- --------------------------    (Principal Executive           December 4, 1997\n"
    "      STEVEN P. JOBS          Officer)\n"
    "\n"
    "                            Executive Vice President and\n"
    "   /s/ FRED D. ANDERSON       Chief Financial Officer\n"
    "- --------------------------    (Principal Financial           December 4, 1997\n"
    "     FRED D. ANDERSON         Officer)\n"
    "\n"
    " /s/ WILLIAM V. CAMPBELL\n"
    "- --------------------------  Director                         December 4, 1997\n"
    "   WILLIAM V. CAMPBELL\n"
    "\n"
    "  /s/ GARETH C.C. CHANG\n"
    "- --------------------------  Director                         December 4, 1997\n"
    "    GARETH C.C. CHANG\n"
    "\n"
    " /s/ LAWRENCE J. ELLISON\n"
    "- --------------------------  Director                         December 4, 1997\n"
    "   LAWRENCE J. ELLISON\n"
    "\n"
    "  /s/ EDGAR S. WOOLARD,\n"
    "           JR.\n"
    "- --------------------------  Director                         December 4, 1997\n"
    "  EDGAR S. WOOLARD, JR.\n"
    "\n"
    "    /s/ JEROME B. YORK\n"
    "- --------------------------  Director                         December 4, 1997\n";

TEST(ReadSignatures, ReadsLegacyNameTitleDateColumns) {
  const std::vector<SignatureRecord> records = Read(kApple1997);
  ASSERT_EQ(records.size(), 7u);
  EXPECT_EQ(records[0].name, "STEVEN P. JOBS");
  EXPECT_EQ(records[0].title,
            "Interim Chief Executive Officer and Director (Principal Executive Officer)");
  EXPECT_EQ(records[0].date, "1997-12-04");
  EXPECT_EQ(records[1].name, "FRED D. ANDERSON");
  EXPECT_EQ(records[1].title,
            "Executive Vice President and Chief Financial Officer (Principal Financial Officer)");
  EXPECT_EQ(records[2].name, "WILLIAM V. CAMPBELL");
  EXPECT_EQ(records[2].title, "Director");
  EXPECT_EQ(records[2].company, "");
  EXPECT_EQ(records[5].name, "EDGAR S. WOOLARD, JR.");
  EXPECT_EQ(records[6].name, "JEROME B. YORK");
  EXPECT_EQ(records[6].date, "1997-12-04");
}

// Textron's 10-K405 of 2002 (legacy text): the directors marked "*" were
// signed for by the attorney-in-fact of the "*By:" line.
constexpr std::string_view kTextron =
    "                                   SIGNATURES\n"
    "\n"
    "     Pursuant to the requirement of Section 13 or 15(d) of the Securities\n"
    "Exchange Act of 1934, the registrant has duly caused this Annual Report on Form\n"
    "10-K to be signed on its behalf by the undersigned, thereunto duly authorized on\n"
    "this 14th day of March 2002.\n"
    "\n"
    "\n"
    "                                              TEXTRON INC.\n"
    "                                              Registrant\n"
    "\n"
    "\n"
    "                                              By: /s/ Michael D. Cahn\n"
    "                                                  ------------------------------\n"
    "                                                  Michael D. Cahn\n"
    "                                                  Attorney-in-fact\n"
    "\n"
    "                                       24\n"
    "\n"
    "     Pursuant to the requirements of the Securities Exchange Act of 1934, this\n"
    "Report has been signed below on this 14th day of March 2002, by the following\n"
    "persons on behalf of the registrant and in the capacities indicated:\n"
    "\n"
    "        NAME                                          TITLE\n"
    "        ----                                          -----\n"
    "\n"
    "         *                      Chairman, President and Chief Executive Officer,\n"
    "-------------------------       Director\n"
    "Lewis. B. Campbell\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "H. Jesse Arnelle\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "Teresa Beck\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "R. Stuart Dickson\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "Lawrence K. Fish\n"
    "\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "Joe T. Ford\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "Paul E. Gagne\n"
    "\n"
    "\n"
    "\n"
    "                                       25\n"
    "\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "John D. Macomber\n"
    "\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "Lord Powell of Bayswater KCMG\n"
    "\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "Brian H. Rowe\n"
    "\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "Sam F. Segnar\n"
    "\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "Martin D. Walker\n"
    "\n"
    "\n"
    "         *                      Director\n"
    "-------------------------\n"
    "Thomas B. Wheeler\n"
    "\n"
    "\n"
    "         *                      Executive Vice President and\n"
    "-------------------------       Chief Financial Officer\n"
    "Theodore R. French              (principal financial officer)\n"
    "\n"
    "\n"
    "\n"
    "        *                       Vice President and Controller\n"
    "-------------------------       (principal accounting officer)\n"
    "Richard L. Yates\n"
    "\n"
    "\n"
    "\n"
    "                                       26\n"
    "\n"
    "*By: /s/ Michael D. Cahn\n"
    "     ----------------------------\n"
    "     Michael D. Cahn\n"
    "     Attorney-in-fact\n"
    "\n"
    "\n"
    "                                       27\n";

TEST(ReadSignatures, GivesStarredNamesTheirAttorneyInFact) {
  const std::vector<SignatureRecord> records = Read(kTextron);
  ASSERT_EQ(records.size(), 16u);
  // The registrant's signature, by its attorney-in-fact.
  EXPECT_EQ(records[0].name, "");
  EXPECT_EQ(records[0].by, "Michael D. Cahn");
  EXPECT_EQ(records[0].title, "Attorney-in-fact");
  EXPECT_EQ(records[0].company, "TEXTRON INC.");
  EXPECT_EQ(records[0].date, "2002-03-14");          // "on this 14th day of March 2002"
  EXPECT_EQ(records[1].name, "Lewis. B. Campbell");  // as printed
  EXPECT_EQ(records[1].title, "Chairman, President and Chief Executive Officer, Director");
  EXPECT_EQ(records[1].by, "Michael D. Cahn");
  EXPECT_EQ(records[1].date, "2002-03-14");
  const SignatureRecord* powell = Named(records, "Lord Powell of Bayswater KCMG");
  ASSERT_NE(powell, nullptr);
  EXPECT_EQ(powell->title, "Director");
  EXPECT_EQ(powell->by, "Michael D. Cahn");
  const SignatureRecord* yates = Named(records, "Richard L. Yates");
  ASSERT_NE(yates, nullptr);
  EXPECT_EQ(yates->title, "Vice President and Controller (principal accounting officer)");
  EXPECT_EQ(yates->by, "Michael D. Cahn");
}

// Coca-Cola's 10-K of 1998 (legacy text): two signature columns side by
// side, conformed signatures and stars mixed.
constexpr std::string_view kCocaCola =
    "                           SIGNATURES\n"
    "\n"
    "   Pursuant to the requirements of Section 13 or 15(d) of the\n"
    "Securities Exchange Act of 1934, the Registrant has duly caused\n"
    "this report to be signed on its behalf by the undersigned,\n"
    "thereunto duly authorized.\n"
    "\n"
    "                                   THE COCA-COLA COMPANY\n"
    "                                         (Registrant)\n"
    "\n"
    "\n"
    "                                   By: /s/ M. DOUGLAS IVESTER\n"
    "                                       ----------------------\n"
    "                                       M. Douglas Ivester\n"
    "                                       Chairman, Board of Directors,\n"
    "                                       Chief Executive Officer\n"
    "                                       and a Director\n"
    "\n"
    "                                       Date: March 9, 1998\n"
    "\n"
    "   Pursuant to the requirements of the Securities Exchange Act\n"
    "of 1934, this report has been signed below by the following\n"
    "persons on behalf of the Registrant and in the capacities and on\n"
    "the dates indicated.\n"
    "\n"
    "\n"
    "/s/  M. DOUGLAS IVESTER                          *\n"
    "- -----------------------                ---------------------\n"
    "M. Douglas Ivester                     Cathleen P. Black\n"
    "Chairman, Board of Directors,          Director\n"
    "Chief Executive\n"
    "Officer and a Director\n"
    "(Principal Executive Officer)\n"
    "\n"
    "March 9, 1998                          March 9, 1998\n"
    "\n"
    "/s/ JAMES E. CHESTNUT                            *\n"
    "- -----------------------                ---------------------\n"
    "James E. Chestnut                      Warren E. Buffett\n"
    "Senior Vice President and Chief        Director\n"
    "Financial Officer\n"
    "(Principal Financial Officer)\n"
    "\n"
    "March 9, 1998                          March 9, 1998\n"
    "\n"
    "/s/ GARY P. FAYARD                               *\n"
    "- -----------------------                ----------------------\n"
    "Gary P. Fayard                         Charles W. Duncan, Jr.\n"
    "Vice President and Controller          Director\n"
    "(Principal Accounting Officer)\n"
    "\n"
    "March 9, 1998                          March 9, 1998\n"
    "\n"
    "               *                                 *\n"
    "- -----------------------                ---------------------\n"
    "Herbert A. Allen                       Susan B. King\n"
    "Director                               Director\n"
    "\n"
    "March 9, 1998                          March 9, 1998\n"
    "\n"
    "               *                                 *\n"
    "- -----------------------                ---------------------\n"
    "Ronald W. Allen                        Donald F. McHenry\n"
    "Director                               Director\n"
    "\n"
    "March 9, 1998                          March 9, 1998\n"
    "\n"
    "                             20\n"
    "\n"
    "\n"
    "               *                                 *\n"
    "- -----------------------                ---------------------\n"
    "Sam Nunn                               Peter V. Ueberroth\n"
    "Director                               Director\n"
    "\n"
    "March 9, 1998                          March 9, 1998\n"
    "\n"
    "               *                                 *\n"
    "- -----------------------                ---------------------\n"
    "Paul F. Oreffice                       James B. Williams\n"
    "Director                               Director\n"
    "\n"
    "March 9, 1998                          March 9, 1998\n"
    "\n"
    "               *\n"
    "- -----------------------\n"
    "James D. Robinson III\n"
    "Director\n"
    "\n"
    "March 9, 1998\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "* By: /s/  CAROL C. HAYES\n"
    "      -------------------\n"
    "      Carol C. Hayes\n"
    "      Attorney-in-fact\n"
    "\n"
    "      March 9, 1998\n"
    "\n"
    "                             21\n"
    "\n";

TEST(ReadSignatures, ReadsTwoSignatureColumnsSideBySide) {
  const std::vector<SignatureRecord> records = Read(kCocaCola);
  ASSERT_EQ(records.size(), 16u);
  EXPECT_EQ(records[0].name, "M. Douglas Ivester");
  EXPECT_EQ(records[0].company, "THE COCA-COLA COMPANY");
  EXPECT_EQ(records[0].date, "1998-03-09");
  EXPECT_EQ(records[1].name, "M. Douglas Ivester");
  EXPECT_EQ(records[1].title,
            "Chairman, Board of Directors, Chief Executive Officer and a Director (Principal "
            "Executive Officer)");
  EXPECT_EQ(records[1].by, "");
  EXPECT_EQ(records[2].name, "Cathleen P. Black");
  EXPECT_EQ(records[2].title, "Director");
  EXPECT_EQ(records[2].by, "Carol C. Hayes");
  EXPECT_EQ(records[3].name, "James E. Chestnut");
  EXPECT_EQ(records[3].title,
            "Senior Vice President and Chief Financial Officer (Principal Financial Officer)");
  const SignatureRecord* robinson = Named(records, "James D. Robinson III");
  ASSERT_NE(robinson, nullptr);
  EXPECT_EQ(robinson->by, "Carol C. Hayes");
  EXPECT_EQ(robinson->date, "1998-03-09");
  EXPECT_EQ(Named(records, "Carol C. Hayes"), nullptr);  // signed for others only
}

// iShares Trust's 485APOS of 2024: "Name*" rows and "* | By: Trent W. Walker".
constexpr std::string_view kIShares =
    "SIGNATURES\n"
    "\n"
    "Pursuant to the requirements of the Securities Act of 1933, as amended, and the Investment "
    "Company Act of 1940, as amended, the Registrant has duly caused this Post-Effective Amendment "
    "No. 2,726 to the Registration Statement to be signed on its behalf by the undersigned, duly "
    "authorized, in the City of San Francisco and the State of California on the 18th day of "
    "April, 2024.\n"
    "\n"
    "iSHARES TRUST\n"
    "By:\n"
    "Jessica Tan*\n"
    "President\n"
    "Date: | April 18, 2024\n"
    "\n"
    "Pursuant to the requirements of the Securities Act of 1933, as amended, this Post-Effective "
    "Amendment No. 2,726 to the Registration Statement has been signed below by the following "
    "persons in the capacities and on the date indicated.\n"
    "\n"
    "Stephen Cohen*\n"
    "Trustee\n"
    "Date: | April 18, 2024\n"
    "John E. Martinez*\n"
    "Trustee\n"
    "Date: | April 18, 2024\n"
    "Cecilia H. Herbert*\n"
    "Trustee\n"
    "Date: | April 18, 2024\n"
    "John E. Kerrigan*\n"
    "Trustee\n"
    "Date: | April 18, 2024\n"
    "Robert S. Kapito*\n"
    "Trustee\n"
    "Date: | April 18, 2024\n"
    "Madhav V. Rajan*\n"
    "Trustee\n"
    "Date: | April 18, 2024\n"
    "\n"
    "- 20 -\n"
    "\n"
    "Jane D. Carlin*\n"
    "Trustee\n"
    "Date: | April 18, 2024\n"
    "Drew E. Lawton*\n"
    "Trustee\n"
    "Date: | April 18, 2024\n"
    "Richard L. Fagnani*\n"
    "Trustee\n"
    "Date: | April 18, 2024\n"
    "James Lam**\n"
    "Trustee\n"
    "Date: | April 18, 2024\n"
    "Laura F. Fergerson**\n"
    "Trustee\n"
    "Date: | April 18, 2024\n"
    "/s/ Trent W. Walker\n"
    "Trent W. Walker*\n"
    "Treasurer and Chief Financial Officer\n"
    "Date: | April 18, 2024\n"
    "/s/ Trent W. Walker\n"
    "* | By: Trent W. Walker\n"
    "Attorney-in-fact\n"
    "Date: | April 18, 2024\n"
    "\n"
    "* | Powers of Attorney, each dated March 5, 2024, for Jessica Tan, Stephen Cohen, Jane D. "
    "Carlin, Cecilia H. Herbert, John E. Kerrigan, John E. Martinez, Madhav V. Rajan, Robert S. "
    "Kapito, Drew E. Lawton, Richard L. Fagnani and Trent W. Walker are incorporated herein by "
    "reference to PEA No. 2,713.\n"
    "\n"
    "** | Powers of Attorney, each dated April 8, 2024, for James Lam and Laura F. Fergerson are "
    "filed herein.\n"
    "\n";

TEST(ReadSignatures, ReadsStarredNamesInHtml) {
  const std::vector<SignatureRecord> records = Read(kIShares);
  const SignatureRecord* tan = Named(records, "Jessica Tan");
  ASSERT_NE(tan, nullptr);
  EXPECT_EQ(tan->title, "President");
  EXPECT_EQ(tan->date, "2024-04-18");
  EXPECT_EQ(tan->by, "Trent W. Walker");
  const SignatureRecord* lam = Named(records, "James Lam");
  ASSERT_NE(lam, nullptr);
  EXPECT_EQ(lam->title, "Trustee");
  EXPECT_EQ(lam->by, "Trent W. Walker");
  const SignatureRecord* walker = Named(records, "Trent W. Walker");
  ASSERT_NE(walker, nullptr);
  EXPECT_EQ(walker->title, "Treasurer and Chief Financial Officer");
  EXPECT_EQ(walker->by, "");
  EXPECT_EQ(records.size(), 13u);
}

// Target's 10-K of 2003: "Douglas A. Scovanner Attorney-in-Fact".
constexpr std::string_view kTarget =
    "SIGNATURES\n"
    "\n"
    "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, "
    "the Registrant has duly caused this report to be signed on its behalf by the undersigned, "
    "thereunto duly authorized.\n"
    "\n"
    "TARGET CORPORATION\n"
    "By: | /s/ DOUGLAS A. SCOVANNER\n"
    "Dated: April 14, 2003 | Douglas A. Scovanner Executive Vice President, Chief Financial "
    "Officer and Chief Accounting Officer\n"
    "\n"
    "Pursuant to the requirements of the Securities Exchange Act of 1934, the report has been "
    "signed below by the following persons on behalf of the Registrant and in the capacities and "
    "on the dates indicated.\n"
    "\n"
    "Dated: April 14, 2003 | /s/ BOB ULRICH Robert J. Ulrich Chairman of the Board and Chief "
    "Executive Officer\n"
    "Dated: April 14, 2003 | /s/ DOUGLAS A. SCOVANNER Douglas A. Scovanner Executive Vice "
    "President, Chief Financial Officer and Chief Accounting Officer\n"
    "\n"
    "ROXANNE S. AUSTIN CALVIN DARDEN ROGER A. ENRICO WILLIAM W. GEORGE ELIZABETH HOFFMAN MICHELE "
    "J. HOOPER JAMES A. JOHNSON RICHARD M. KOVACEVICH ANNE M. MULCAHY | STEPHEN W. SANGER WARREN "
    "R. STALEY GEORGE W. TAMKE SOLOMON D. TRUJILLO ROBERT J. ULRICH | Directors\n"
    "\n"
    "Douglas A. Scovanner, by signing his name hereto, does hereby sign this document pursuant to "
    "powers of attorney duly executed by the Directors named, filed with the Securities and "
    "Exchange Commission on behalf of such Directors, all in the capacities and on the date "
    "stated.\n"
    "\n"
    "By: | /s/ DOUGLAS A. SCOVANNER\n"
    "Dated: April 14, 2003 | Douglas A. Scovanner Attorney-in-Fact\n";

TEST(ReadSignatures, KeepsAnAttorneyInFactWhoseDirectorsAreNotMarked) {
  const std::vector<SignatureRecord> records = Read(kTarget);
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0].name, "Douglas A. Scovanner");
  EXPECT_EQ(records[0].company, "TARGET CORPORATION");
  EXPECT_EQ(records[1].name, "Robert J. Ulrich");  // "/s/ BOB ULRICH Robert J. Ulrich ..."
  EXPECT_EQ(records[1].title, "Chairman of the Board and Chief Executive Officer");
  EXPECT_EQ(records[2].title,
            "Executive Vice President, Chief Financial Officer and Chief Accounting Officer");
  EXPECT_EQ(records[3].name, "");
  EXPECT_EQ(records[3].by, "Douglas A. Scovanner");
  EXPECT_EQ(records[3].title, "Attorney-in-Fact");
  EXPECT_EQ(records[3].date, "2003-04-14");
}

// Twitter's SC 13G of 2014: the reporting persons listed over "By: /s/
// Steven M. Spurlock / Attorney-in-Fact".
constexpr std::string_view kTwitter13G =
    "\n"
    "Date: February 12, 2014\n"
    "\n"
    "BENCHMARK CAPITAL PARTNERS VI, L.P., a Delaware Limited Partnership\n"
    "BENCHMARK FOUNDERS\xE2\x80\x99"
    " FUND VI, L.P., a Delaware Limited Partnership\n"
    "BENCHMARK FOUNDERS\xE2\x80\x99"
    " FUND VI-B, L.P., a Delaware Limited Partnership\n"
    "BENCHMARK CAPITAL MANAGEMENT CO. VI, L.L.C., a Delaware Limited Liability Company\n"
    "By: | /s/ Steven M. Spurlock\n"
    "Steven M. Spurlock\n"
    "Managing Member\n"
    "MATTHEW R. COHLER\n"
    "BRUCE W. DUNLEVIE\n"
    "PETER FENTON\n"
    "J. WILLIAM GURLEY\n"
    "KEVIN R. HARVEY\n"
    "MITCHELL H. LASKY\n"
    "STEVEN M. SPURLOCK\n"
    "By: | /s/ Steven M. Spurlock\n"
    "Steven M. Spurlock\n"
    "Attorney-in-Fact\n"
    "\n";

TEST(ReadSignatures, GivesListedNamesTheAttorneyInFactUnderThem) {
  const std::vector<SignatureRecord> records = Read(kTwitter13G);
  ASSERT_EQ(records.size(), 8u);
  EXPECT_EQ(records[0].name, "Steven M. Spurlock");
  EXPECT_EQ(records[0].title, "Managing Member");
  EXPECT_EQ(records[0].company, "BENCHMARK CAPITAL PARTNERS VI, L.P.");
  EXPECT_EQ(records[0].date, "2014-02-12");
  EXPECT_EQ(records[1].name, "MATTHEW R. COHLER");
  EXPECT_EQ(records[1].by, "Steven M. Spurlock");
  EXPECT_EQ(records[1].date, "2014-02-12");
  EXPECT_EQ(records[7].name, "STEVEN M. SPURLOCK");
  EXPECT_EQ(records[7].by, "Steven M. Spurlock");
}

// Ownership reports (XML) as text: the signature and its date on one line.
TEST(ReadSignatures, ReadsPowerOfAttorneyForms) {
  // Form 3, 0000899243-17-024441.
  std::vector<SignatureRecord> records = Read(
      "Exhibit 24.1 - Power of Attorney /s/ Jung Yeon Son, by power of attorney for Roelof F. "
      "Botha 2017-10-18\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].name, "Roelof F. Botha");
  EXPECT_EQ(records[0].by, "Jung Yeon Son");
  EXPECT_EQ(records[0].date, "2017-10-18");

  // Form 4, 0000899243-18-015035: "Jane Doe, Attorney-in-Fact" for nobody named.
  records = Read("for any other purposes. /s/ Jung Yeon Son, Attorney-in-Fact 2018-06-04\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].name, "");
  EXPECT_EQ(records[0].by, "Jung Yeon Son");
  EXPECT_EQ(records[0].date, "2018-06-04");

  // Form 4, 0000899243-21-044060: no "/s/".
  records = Read(
      "Each Form 4 will be filed by the Reporting Person. By: Aaron Beckman by Power of Attorney "
      "For: Elon Musk 2021-11-10\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].name, "Elon Musk");
  EXPECT_EQ(records[0].by, "Aaron Beckman");
  EXPECT_EQ(records[0].date, "2021-11-10");

  // Form 3, 0001181431-11-030813: two reporting persons on one line.
  records = Read(
      "Exhibit 24.1- Power of Attorney for Reid Hoffman Exhibit 24.2- Power of Attorney for the "
      "Living Trust /s/ Lora Blum, by power of attorney for Reid Hoffman 2011-05-18 /s/ Lora Blum, "
      "by power of attorney for the Reid Hoffman and Michelle Yee Living Trust dated October 27, "
      "2009 2011-05-18\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].name, "Reid Hoffman");
  EXPECT_EQ(records[0].by, "Lora Blum");
  EXPECT_EQ(records[1].name, "Reid Hoffman and Michelle Yee Living Trust");
  EXPECT_EQ(records[1].by, "Lora Blum");
  EXPECT_EQ(records[1].date, "2011-05-18");  // not the trust's "October 27, 2009"
}

// Productivity Technologies' Form 4 of 2000 (text era).
constexpr std::string_view kForm4 =
    "Explanation of Responses:\n"
    "SIGNATURE OF REPORTING PERSON\n"
    "  /s/         Alan H. Foster\n"
    "DATE\n"
    "March 13, 2000\n"
    "\n";

TEST(ReadSignatures, ReadsATextEraFormFour) {
  const std::vector<SignatureRecord> records = Read(kForm4);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].name, "Alan H. Foster");
  EXPECT_EQ(records[0].date, "2000-03-13");
  EXPECT_EQ(records[0].company, "");
}

// Apple's 10-K of 2025: the auditor's report.
constexpr std::string_view kErnstYoung =
    "\n"
    "/s/ Ernst & Young LLP\n"
    "We have served as the Company\xE2\x80\x99"
    "s auditor since 2009.\n"
    "\n"
    "San Jose, California\n"
    "October 31, 2025\n"
    "Apple Inc. | 2025 Form 10-K | 50\n";

TEST(ReadSignatures, KeepsAnAuditorsSignatureAsTheFirm) {
  const std::vector<SignatureRecord> records = Read(kErnstYoung);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].name, "Ernst & Young LLP");
  EXPECT_EQ(records[0].title, "");  // not "San Jose, California"
  EXPECT_EQ(records[0].date, "2025-10-31");
}

// Home Depot's 10-Q of 2023: three officers, one company, one date line.
constexpr std::string_view kHomeDepot =
    "SIGNATURES\n"
    "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly "
    "caused this report to be signed on its behalf by the undersigned thereunto duly authorized.\n"
    "\n"
    "THE HOME DEPOT, INC. (Registrant)\n"
    "By: | /s/ EDWARD P. DECKER\n"
    "Edward P. Decker, Chair, President and Chief Executive Officer (Principal Executive Officer)\n"
    "/s/ RICHARD V. MCPHAIL\n"
    "Richard V. McPhail, Executive Vice President and Chief Financial Officer (Principal Financial "
    "Officer)\n"
    "/s/ KIMBERLY R. SCARDINO\n"
    "Kimberly R. Scardino, Senior Vice President \xE2\x80\x93"
    " Finance, Chief Accounting Officer and Controller (Principal Accounting Officer)\n"
    "Date: | August 21, 2023\n"
    "\n"
    "Fiscal Q2 2023 Form 10-Q | 23\n";

TEST(ReadSignatures, SharesTheDateAndCompanyOfAGroup) {
  const std::vector<SignatureRecord> records = Read(kHomeDepot);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].name, "Edward P. Decker");
  EXPECT_EQ(records[0].title,
            "Chair, President and Chief Executive Officer (Principal Executive Officer)");
  EXPECT_EQ(records[1].name, "Richard V. McPhail");
  EXPECT_EQ(records[2].name, "Kimberly R. Scardino");
  for (const SignatureRecord& r : records) {
    EXPECT_EQ(r.date, "2023-08-21");
    EXPECT_EQ(r.company, "THE HOME DEPOT, INC.");
  }
}

// Verdisys's employment agreement with John O'Keefe (exhibit text as one
// line): an honorific and a repeated name.
TEST(ReadSignatures, DropsHonorifics) {
  const std::vector<SignatureRecord> records = Read(
      "IN WITNESS WHEREOF, each of the parties has executed this Agreement, in the case of the\n"
      "Company by its duly authorized officer, as of the day and year first above written. /s/ "
      "John O\xE2\x80\x99Keefe JOHN O\xE2\x80\x99KEEFE VERDISYS, INC By: /s/ Dr. Ron Robinson "
      "Name: Dr. Ron Robinson Title: Chairman \n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].name, "John O\xE2\x80\x99Keefe");
  EXPECT_EQ(records[1].name, "Ron Robinson");
  EXPECT_EQ(records[1].title, "Chairman");
}

TEST(ReadSignatures, FindsNoSignatureInProseOrPaths) {
  EXPECT_TRUE(Read("N E W S   R E L E A S E\nLos Angeles, CA, July 24, 2003 - HemaCare "
                   "Corporation announced today that Dr. Wm. Andrew Heaton has resigned from "
                   "its Board of Directors.\n")
                  .empty());
  EXPECT_TRUE(Read("Investors are urged to read these documents free of charge on the SEC's "
                   "website at http://www.sec.gov/s/Archives.\n")
                  .empty());
  EXPECT_TRUE(Read("").empty());
}

TEST(ReadSignatures, SurvivesHostileInput) {
  // Marks with nothing after them, marks on every line, one huge line,
  // stray bytes: no crash, bounded output.
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "/s/\n*\n   /s/   /s/ |\xA0| By: /s/\n";
  text += std::string(300000, 'x') + "/s/ Jane Doe " + std::string(300000, '/');
  text.push_back('\0');
  text += "\xFF\xFE/s/\xC2";
  const std::vector<SignatureRecord> records = Read(text);
  EXPECT_LE(records.size(), kMaxSignaturesPerDocument);
  for (const SignatureRecord& r : records) EXPECT_LT(r.offset, text.size());

  std::string many;
  for (int i = 0; i < 30000; ++i) many += "/s/ Jane Doe\nDirector\n\n";
  EXPECT_EQ(Read(many).size(), kMaxSignaturesPerDocument);
}

}  // namespace
}  // namespace edgard::extract
