#include "parse/sgml/header.h"

#include <gtest/gtest.h>

namespace edgard::sgml {
namespace {

TEST(ParseHeader, ReadsTabIndentedBlocks) {
  constexpr std::string_view kHeader =
      "<ACCEPTANCE-DATETIME>20220428063203\n"
      "ACCESSION NUMBER:\t\t0000018230-22-000107\n"
      "CONFORMED SUBMISSION TYPE:\t8-K\n"
      "PUBLIC DOCUMENT COUNT:\t\t18\n"
      "CONFORMED PERIOD OF REPORT:\t20220428\n"
      "ITEM INFORMATION:\t\tResults of Operations and Financial Condition\n"
      "ITEM INFORMATION:\t\tFinancial Statements and Exhibits\n"
      "FILED AS OF DATE:\t\t20220428\n"
      "\nFILER:\n\n"
      "\tCOMPANY DATA:\t\n"
      "\t\tCOMPANY CONFORMED NAME:\t\t\tCATERPILLAR INC\n"
      "\t\tCENTRAL INDEX KEY:\t\t\t18230\n"
      "\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tCONSTRUCTION MACHINERY & EQUIP [3531]\n"
      "\t\tIRS NUMBER:\t\t\t\t37-0602744\n"
      "\tFILING VALUES:\n"
      "\t\tFORM TYPE:\t\t8-K\n"
      "\t\tSEC ACT:\n"
      "\t\tSEC FILE NUMBER:\t001-00768\n"
      "\tBUSINESS ADDRESS:\t\n"
      "\t\tSTREET 1:\t\t510 LAKE COOK ROAD\n"
      "\t\tBUSINESS PHONE:\t\t2245514000\n"
      "\tFORMER COMPANY:\t\n"
      "\t\tFORMER CONFORMED NAME:\tCATERPILLAR TRACTOR CO\n"
      "\t\tDATE OF NAME CHANGE:\t19860623\n"
      "\t\tUNHEARD OF KEY:\tkept\n";
  HeaderParse parse = ParseHeader(kHeader, 0);
  const SubmissionHeader& h = parse.header;
  EXPECT_EQ(h.accession_number, "0000018230-22-000107");
  EXPECT_EQ(h.form_type, "8-K");
  EXPECT_EQ(h.public_document_count, 18);
  EXPECT_EQ(h.period_of_report, "2022-04-28");
  EXPECT_EQ(h.filed_at, "2022-04-28");
  EXPECT_EQ(h.acceptance_datetime, "2022-04-28T06:32:03-04:00");
  EXPECT_EQ(h.items, (std::vector<std::string>{"2.02", "9.01"}));
  ASSERT_EQ(h.parties.size(), 1u);
  const Party& filer = h.parties[0];
  EXPECT_EQ(filer.role, "filer");
  EXPECT_EQ(filer.name, "CATERPILLAR INC");
  EXPECT_EQ(filer.cik, "0000018230");
  EXPECT_EQ(filer.sic, "3531");
  EXPECT_EQ(filer.sic_description, "CONSTRUCTION MACHINERY & EQUIP");
  EXPECT_EQ(filer.irs_number, "370602744");
  EXPECT_EQ(filer.sec_act, "");
  EXPECT_EQ(filer.file_number, "001-00768");
  EXPECT_EQ(filer.business_address.street1, "510 LAKE COOK ROAD");
  EXPECT_EQ(filer.business_address.phone, "2245514000");
  ASSERT_EQ(filer.former_names.size(), 1u);
  EXPECT_EQ(filer.former_names[0].name, "CATERPILLAR TRACTOR CO");
  EXPECT_EQ(filer.former_names[0].date_changed, "1986-06-23");
  EXPECT_EQ(h.fields.back().path, "FILER/FORMER-COMPANY/UNHEARD-OF-KEY");
  EXPECT_EQ(h.fields.back().value, "kept");
}

TEST(ParseHeader, ReadsTagFormRunTogether) {
  HeaderParse parse = ParseHeader(
      "<ACCESSION-NUMBER>0001104659-25-002604<TYPE>SC TO-T/A<FILING-DATE>20250110"
      "<GROUP-MEMBERS>BECKTON CORP.<GROUP-MEMBERS>CARL C. ICAHN"
      "<SUBJECT-COMPANY><COMPANY-DATA><CONFORMED-NAME>X CORP<CIK>0000001234<ORGANIZATION-NAME>"
      "</COMPANY-DATA><MAIL-ADDRESS><STREET1>1 MAIN ST<ZIP>10001</MAIL-ADDRESS></SUBJECT-COMPANY>"
      "<FILED-BY><COMPANY-DATA><CONFORMED-NAME>ICAHN CARL C<CIK>921669</COMPANY-DATA></FILED-BY>",
      0);
  const SubmissionHeader& h = parse.header;
  EXPECT_EQ(h.form_type, "SC TO-T/A");
  EXPECT_EQ(h.filed_at, "2025-01-10");
  EXPECT_EQ(h.group_members, (std::vector<std::string>{"BECKTON CORP.", "CARL C. ICAHN"}));
  ASSERT_EQ(h.parties.size(), 2u);
  EXPECT_EQ(h.parties[0].role, "subject_company");
  EXPECT_EQ(h.parties[0].mail_address.zip, "10001");
  EXPECT_EQ(h.parties[1].role, "filed_by");
  EXPECT_EQ(h.parties[1].cik, "0000921669");
  EXPECT_TRUE(parse.warnings.empty());
}

TEST(ParseHeader, ReadsNinetiesFormFourWithTagBlocks) {
  HeaderParse parse = ParseHeader(
      "CONFORMED SUBMISSION TYPE:\t4\nFILED AS OF DATE:\t\t19981120\n\nSUBJECT COMPANY:\n\n"
      "\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\t\tMORTON INTERNATIONAL INC /IN/\n"
      "\tFORMER COMPANY:\n\t\tFORMER CONFORMED NAME:\tNEW MORTON INTERNATIONAL INC\n"
      "\t\tDATE OF NAME CHANGE:\t19970318\n<REPORTING-OWNER>\n\nCOMPANY DATA:\n"
      "\tCOMPANY CONFORMED NAME:\t\t\tCANTALUPO JAMES R\n\tCENTRAL INDEX KEY:\t\t\t0001012325\n"
      "<RELATIONSHIP>DIRECTOR\n\nMAIL ADDRESS:\n\tCITY:\t\t\tCHICAGO\n</REPORTING-OWNER>\n",
      0);
  const SubmissionHeader& h = parse.header;
  ASSERT_EQ(h.parties.size(), 2u);
  EXPECT_EQ(h.parties[0].role, "subject_company");
  EXPECT_EQ(h.parties[0].former_names.size(), 1u);
  EXPECT_EQ(h.parties[1].role, "reporting_owner");
  EXPECT_EQ(h.parties[1].name, "CANTALUPO JAMES R");
  EXPECT_EQ(h.parties[1].relationship, "DIRECTOR");
  EXPECT_EQ(h.parties[1].mail_address.city, "CHICAGO");
}

TEST(ParseHeader, ReadsPartyWhoseBlocksAreNotIndented) {
  HeaderParse parse = ParseHeader(
      "FILER:\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\tBANK OF AMERICA MORTGAGE SEC INC\n"
      "SERIAL COMPANY:\n\nCOMPANY DATA:\n\tCOMPANY CONFORMED NAME:\tBOA MORT PASS THRU SER 2000-7\n"
      "\tCENTRAL INDEX KEY:\t\t\t0001130269\nFILING VALUES:\n\tSEC FILE NUMBER:\t333-80941-08\n",
      0);
  const SubmissionHeader& h = parse.header;
  ASSERT_EQ(h.parties.size(), 2u);
  EXPECT_EQ(h.parties[1].role, "serial_company");
  EXPECT_EQ(h.parties[1].name, "BOA MORT PASS THRU SER 2000-7");
  EXPECT_EQ(h.parties[1].cik, "0001130269");
  EXPECT_EQ(h.parties[1].file_number, "333-80941-08");
}

TEST(ParseHeader, WarnsWithOffsetOnUnreadableLines) {
  HeaderParse parse = ParseHeader("TYPE: 8-K\nthis is not a header line\n", 100);
  ASSERT_EQ(parse.warnings.size(), 1u);
  EXPECT_EQ(parse.warnings[0].offset, 110u);
}

TEST(EightKItemTitle, GivesEdgarsTitleForEitherNumbering) {
  EXPECT_EQ(EightKItemTitle("2.02", "2024-05-02"), "Results of Operations and Financial Condition");
  EXPECT_EQ(EightKItemTitle("5", "2003-07-24"), "Other Events");
  EXPECT_EQ(EightKItemTitle("5.02", ""),
            "Departure of Directors or Certain Officers; Election of Directors; Appointment of "
            "Certain Officers: Compensatory Arrangements of Certain Officers");
  EXPECT_EQ(EightKItemTitle("13", "2003-07-24"), "");
  // Each title is recognised as its own number again.
  for (std::string_view number : {"1.01", "2.03", "5.07", "9.01"}) {
    EXPECT_EQ(EightKItemNumber(EightKItemTitle(number, ""), ""), number);
  }
}

TEST(EightKItemNumber, UsesLegacyNumbersBeforeAugust2004) {
  EXPECT_EQ(EightKItemNumber("Other Events", "2003-07-24"), "5");
  EXPECT_EQ(EightKItemNumber("Other Events", "2005-01-03"), "8.01");
  EXPECT_EQ(EightKItemNumber("Financial statements and exhibits", "1996-12-24"), "7");
  EXPECT_EQ(EightKItemNumber("Results of Operations and Financial Condition", "2004-01-05"), "12");
  EXPECT_EQ(EightKItemNumber(
                "Departure of Directors or Certain Officers; Election of Directors; Appointment "
                "of Certain Officers: Compensatory Arrangements of Certain Officers",
                "2025-04-15"),
            "5.02");
  EXPECT_EQ(EightKItemNumber("Section 3(c)(1)", "2024-01-01"), "");
}

}  // namespace
}  // namespace edgard::sgml
