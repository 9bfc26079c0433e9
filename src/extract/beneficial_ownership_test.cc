#include "extract/beneficial_ownership.h"

#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/beneficial_ownership.h"
#include "extract/beneficial_ownership_json.h"
#include "testdata_path.h"

namespace edgard::extract {
namespace {

// Every .txt snippet (testdata/beneficial_ownership/) is the plain text edgard
// makes of a public EDGAR filing (legacy text keeps its columns; HTML cells
// are separated by " | "); the .xml files are the filings' XML documents.
// The values expected below were read off the filings' cover pages.

BeneficialOwnershipRecord Read(const std::string& name) {
  const std::string text = testing::ReadTestdata("beneficial_ownership/" + name);
  EXPECT_FALSE(text.empty()) << name;
  std::optional<BeneficialOwnershipRecord> record = ReadScheduleCoverPage(text, 1);
  EXPECT_TRUE(record.has_value()) << name;
  return record.value_or(BeneficialOwnershipRecord{});
}

BeneficialOwnershipRecord ReadXml(const std::string& name) {
  const std::string xml = testing::ReadTestdata("beneficial_ownership/" + name);
  EXPECT_FALSE(xml.empty()) << name;
  Result<BeneficialOwnershipRecord> record = ReadScheduleXml(xml, 1);
  EXPECT_TRUE(record.has_value()) << (record ? "" : record.error().message());
  return record ? *record : BeneficialOwnershipRecord{};
}

void ExpectShares(const BeneficialOwner& person, std::optional<double> sole_voting,
                  std::optional<double> shared_voting, std::optional<double> sole_dispositive,
                  std::optional<double> shared_dispositive, std::optional<double> aggregate,
                  std::optional<double> percent) {
  EXPECT_EQ(person.sole_voting, sole_voting) << person.name;
  EXPECT_EQ(person.shared_voting, shared_voting) << person.name;
  EXPECT_EQ(person.sole_dispositive, sole_dispositive) << person.name;
  EXPECT_EQ(person.shared_dispositive, shared_dispositive) << person.name;
  EXPECT_EQ(person.aggregate, aggregate) << person.name;
  EXPECT_EQ(person.percent_of_class, percent) << person.name;
}

// ---------------------------------------------------------------------------
// Schedule 13D

// Elon Musk's 13D on SolarCity (2012, HTML): rows "(1)" to "(14)", each value
// in the title's cell ("SOLE VOTING POWER 20,724,991 shares").
TEST(ReadScheduleCoverPage, Html13dValuesInTheTitleCell) {
  const BeneficialOwnershipRecord record = Read("solarcity-musk-13d-2012.txt");
  EXPECT_EQ(record.form, "SC 13D");
  EXPECT_FALSE(record.amendment_number.has_value());  // "(Amendment No. __)*"
  EXPECT_EQ(record.issuer, "SolarCity Corporation");
  EXPECT_EQ(record.class_title, "Common Stock, par value $.0001 per share");
  EXPECT_EQ(record.cusip, "83416T100");
  EXPECT_EQ(record.event_date, "2012-12-12");
  EXPECT_EQ(record.document, 1);
  ASSERT_EQ(record.reporting_persons.size(), 1u);
  const BeneficialOwner& musk = record.reporting_persons[0];
  EXPECT_EQ(musk.name, "Elon Musk");
  EXPECT_EQ(musk.citizenship, "United States");
  ExpectShares(musk, 20724991, 0, 20724991, 0, 20724991, 28.34);
  EXPECT_EQ(musk.type, "IN");
  EXPECT_TRUE(record.missing.empty());
}

// Swoosh, LLC's 13D on NIKE (2015): the file the scrape-edgar project named
// "broken_cusip", whose CUSIP appears once only, above "(Cusip Number)", with
// no "CUSIP No." on the cover block. Rows 7-10 interleave with the side label
// ("Beneficially 8. Shared Voting Power: -0-").
TEST(ReadScheduleCoverPage, Html13dCusipOnlyAboveItsLabel) {
  const BeneficialOwnershipRecord record = Read("nike-swoosh-13d-2015.txt");
  EXPECT_EQ(record.form, "SC 13D");
  EXPECT_EQ(record.issuer, "NIKE, Inc.");
  EXPECT_EQ(record.class_title, "Class B Common Stock");
  EXPECT_EQ(record.cusip, "654106103");
  EXPECT_TRUE(IsValidCusip(record.cusip));
  EXPECT_EQ(record.event_date, "2015-06-30");
  ASSERT_EQ(record.reporting_persons.size(), 1u);
  const BeneficialOwner& swoosh = record.reporting_persons[0];
  EXPECT_EQ(swoosh.name, "Swoosh, LLC");
  EXPECT_EQ(swoosh.citizenship, "Delaware");
  ExpectShares(swoosh, 0, 0, 0, 0, 128500000, 15.0);
  EXPECT_EQ(swoosh.type, "OO");
  EXPECT_TRUE(record.missing.empty());
}

// China Investment Corporation's 13D/A No. 2 on AES (2015): a CUSIP written
// with dashes ("00130H-10-5"), share values in the next cell, two persons.
TEST(ReadScheduleCoverPage, Html13dAmendmentTwoPersons) {
  const BeneficialOwnershipRecord record = Read("aes-cic-13da-2015.txt");
  EXPECT_EQ(record.form, "SC 13D/A");
  EXPECT_EQ(record.amendment_number, 2);
  EXPECT_EQ(record.issuer, "The AES Corporation");
  EXPECT_EQ(record.class_title, "Common Stock, Par Value $0.01 Per Share");
  EXPECT_EQ(record.cusip, "00130H105");
  EXPECT_EQ(record.event_date, "2015-05-18");
  ASSERT_EQ(record.reporting_persons.size(), 2u);
  const BeneficialOwner& cic = record.reporting_persons[0];
  EXPECT_EQ(cic.name, "China Investment Corporation");
  EXPECT_EQ(cic.citizenship, "People's Republic of China");
  ExpectShares(cic, 0, 420830, 0, 420830, 420830, 0.06);
  EXPECT_EQ(cic.type, "CO");
  const BeneficialOwner& terrific = record.reporting_persons[1];
  EXPECT_EQ(terrific.name, "Terrific Investment Corporation");
  ExpectShares(terrific, 0, 0, 0, 0, 0, 0);
  EXPECT_TRUE(record.missing.empty());
}

// ---------------------------------------------------------------------------
// Schedule 13G, HTML

// Elon Musk's 13G on Tesla (2011): "88160R 101" with a space.
TEST(ReadScheduleCoverPage, Html13gCusipWithSpace) {
  const BeneficialOwnershipRecord record = Read("tesla-musk-13g-2011.txt");
  EXPECT_EQ(record.form, "SC 13G");
  EXPECT_EQ(record.issuer, "Tesla Motors, Inc.");
  EXPECT_EQ(record.class_title, "Common Stock, $0.001 par value per share");
  EXPECT_EQ(record.cusip, "88160R101");
  EXPECT_EQ(record.event_date, "2010-12-31");
  ASSERT_EQ(record.reporting_persons.size(), 1u);
  const BeneficialOwner& musk = record.reporting_persons[0];
  EXPECT_EQ(musk.name, "Elon R. Musk");
  EXPECT_EQ(musk.citizenship, "United States");
  // As filed: the same number in all four power rows.
  ExpectShares(musk, 28356418, 28356418, 28356418, 28356418, 28356418, 29.06);
  EXPECT_EQ(musk.type, "IN");
}

// The same filer's 13G/A No. 1 (2012): "SCHEDULE 13G/A" as the title and a
// row number split from its point ("5 . | Sole Voting Power").
TEST(ReadScheduleCoverPage, Html13gAmendmentTitle) {
  const BeneficialOwnershipRecord record = Read("tesla-musk-13ga-2012.txt");
  EXPECT_EQ(record.form, "SC 13G/A");
  EXPECT_EQ(record.amendment_number, 1);
  EXPECT_EQ(record.cusip, "88160R101");
  EXPECT_EQ(record.event_date, "2011-12-31");
  ASSERT_EQ(record.reporting_persons.size(), 1u);
  ExpectShares(record.reporting_persons[0], 31466379, 31466379, 31466379, 31466379, 31466379,
               28.90);
}

// Max Levchin's 13G on Yelp (2013): "Not applicable." for the shared rows and
// footnote marks after values ("6,527,090 shares(1)", "24.2%(2)").
TEST(ReadScheduleCoverPage, Html13gNotApplicableAndFootnoteMarks) {
  const BeneficialOwnershipRecord record = Read("yelp-levchin-13g-2013.txt");
  EXPECT_EQ(record.form, "SC 13G");
  EXPECT_FALSE(record.amendment_number.has_value());  // "(Amendment No. )*"
  EXPECT_EQ(record.issuer, "Yelp Inc.");
  EXPECT_EQ(record.class_title, "Class A Common Stock");
  EXPECT_EQ(record.cusip, "985817105");
  EXPECT_EQ(record.event_date, "2012-12-31");
  ASSERT_EQ(record.reporting_persons.size(), 1u);
  EXPECT_EQ(record.reporting_persons[0].name, "Max Levchin");
  ExpectShares(record.reporting_persons[0], 6527090, 0, 6527090, 0, 6527090, 24.2);
}

// Benchmark's 13G on Twitter (2014): eleven persons, values on the line after
// the title, names with defined terms ("(“BCP VI”)"), and shared rows that
// answer "See response to row 5." (no number: absent, and listed as missing).
TEST(ReadScheduleCoverPage, Html13gElevenPersonsAndReferences) {
  const BeneficialOwnershipRecord record = Read("twitter-benchmark-13g-2014.txt");
  EXPECT_EQ(record.form, "SC 13G");
  EXPECT_EQ(record.issuer, "Twitter, Inc.");
  EXPECT_EQ(record.class_title, "Common Stock");
  EXPECT_EQ(record.cusip, "90184L102");
  EXPECT_EQ(record.event_date, "2013-12-31");
  ASSERT_EQ(record.reporting_persons.size(), 11u);
  const BeneficialOwner& fund = record.reporting_persons[0];
  EXPECT_EQ(fund.name, "Benchmark Capital Partners VI, L.P.");
  EXPECT_EQ(fund.citizenship, "Delaware");
  ExpectShares(fund, 26058600, std::nullopt, 26058600, std::nullopt, 26058600, 4.8);
  EXPECT_EQ(fund.type, "PN");
  EXPECT_EQ(record.reporting_persons[1].name, "Benchmark Founders\xE2\x80\x99 Fund VI, L.P.");
  EXPECT_EQ(record.reporting_persons[3].name, "Benchmark Capital Management Co. VI, L.L.C.");
  EXPECT_EQ(record.reporting_persons[3].type, "OO");
  const BeneficialOwner& cohler = record.reporting_persons[4];
  EXPECT_EQ(cohler.name, "Matthew R. Cohler");
  EXPECT_EQ(cohler.citizenship, "U.S. Citizen");
  ExpectShares(cohler, 0, 31567052, 0, 31567052, 31567052, 5.8);
  EXPECT_EQ(cohler.type, "IN");
  EXPECT_EQ(record.reporting_persons[10].name, "Steven M. Spurlock");
  const std::vector<std::string> missing = {
      "reporting_persons[0].shared_voting", "reporting_persons[0].shared_dispositive",
      "reporting_persons[1].shared_voting", "reporting_persons[1].shared_dispositive",
      "reporting_persons[2].shared_voting", "reporting_persons[2].shared_dispositive",
      "reporting_persons[3].shared_voting", "reporting_persons[3].shared_dispositive"};
  EXPECT_EQ(record.missing, missing);
}

// J.P. Morgan's 13G/A on Twitter (2014): five persons; the last one's percent
// is a bound ("<0.1%"), which is no value. Item 4 repeats the values per
// person; reading stops at "Item 1." before it.
TEST(ReadScheduleCoverPage, Html13gPercentBoundIsMissing) {
  const BeneficialOwnershipRecord record = Read("twitter-jpmorgan-13ga-2014.txt");
  EXPECT_EQ(record.form, "SC 13G/A");
  EXPECT_EQ(record.amendment_number, 1);
  EXPECT_EQ(record.class_title, "Common Stock, par value $0.000005 per share");
  EXPECT_EQ(record.cusip, "90184L102");
  ASSERT_EQ(record.reporting_persons.size(), 5u);
  ExpectShares(record.reporting_persons[0], 616040, 16684593, 619940, 48849820, 49469760, 8.7);
  const BeneficialOwner& bank = record.reporting_persons[4];
  EXPECT_EQ(bank.name, "JPMorgan Chase Bank, National Association");
  EXPECT_EQ(bank.citizenship, "United States of America");
  ExpectShares(bank, 163921, 24600, 165324, 24935, 190259, std::nullopt);
  EXPECT_EQ(bank.type, "BK");
  EXPECT_EQ(record.missing, std::vector<std::string>{"reporting_persons[4].percent_of_class"});
}

// Vanguard's 13G/A No. 2 on NIKE (2015): the header as "Label: value" lines
// ("Name of issuer: NIKE Inc"), an I.R.S. number after the name, the
// misprinted "CITIZENSHIP OF PLACE OF ORGANIZATION", and row 6 left blank.
TEST(ReadScheduleCoverPage, Html13gInlineHeaderAndBlankRow) {
  const BeneficialOwnershipRecord record = Read("nike-vanguard-13ga-2015.txt");
  EXPECT_EQ(record.form, "SC 13G/A");
  EXPECT_EQ(record.amendment_number, 2);  // "(Amendment No.: 2 )*"
  EXPECT_EQ(record.issuer, "NIKE Inc");
  EXPECT_EQ(record.class_title, "Common Stock");
  EXPECT_EQ(record.cusip, "654106103");
  EXPECT_EQ(record.event_date, "2014-12-31");
  ASSERT_EQ(record.reporting_persons.size(), 1u);
  const BeneficialOwner& vanguard = record.reporting_persons[0];
  EXPECT_EQ(vanguard.name, "The Vanguard Group");
  EXPECT_EQ(vanguard.citizenship, "Pennsylvania");
  ExpectShares(vanguard, 1205821, std::nullopt, 40786952, 1144614, 41931566, 6.13);
  EXPECT_EQ(vanguard.type, "IA");
  EXPECT_EQ(record.missing, std::vector<std::string>{"reporting_persons[0].shared_voting"});
}

// Philip H. Knight's 13G/A No. 33 on NIKE (2015): row 2 printed as "2. N/A",
// and the aggregate given per class ("133,300,528 shares of Class A ... and
// 15,480 shares of Class B"), whose sum Item 4(a) states: 133,316,008.
TEST(ReadScheduleCoverPage, Html13gAggregateGivenPerClass) {
  const BeneficialOwnershipRecord record = Read("nike-knight-13ga-2015.txt");
  EXPECT_EQ(record.form, "SC 13G/A");
  EXPECT_EQ(record.amendment_number, 33);
  EXPECT_EQ(record.issuer, "NIKE, Inc.");
  EXPECT_EQ(record.class_title, "Class B Common Stock");
  ASSERT_EQ(record.reporting_persons.size(), 1u);
  const BeneficialOwner& knight = record.reporting_persons[0];
  EXPECT_EQ(knight.name, "Philip H. Knight");
  EXPECT_EQ(knight.citizenship, "U.S. Citizen");
  ExpectShares(knight, 133316008, 0, 133316008, 0, 133316008, 16.26);
  EXPECT_EQ(knight.type, "IN");
}

// ---------------------------------------------------------------------------
// Schedule 13G, legacy text

// State Farm's 13G on Air Products (2014): six persons, the side label in a
// column of its own, "3.34  %", I.R.S. numbers after the names, a name
// wrapped over two lines, "12/31/2013" as the date of event.
TEST(ReadScheduleCoverPage, Legacy13gSixPersons) {
  const BeneficialOwnershipRecord record = Read("airproducts-statefarm-13g-2014.txt");
  EXPECT_EQ(record.form, "SC 13G");
  EXPECT_EQ(record.issuer, "AIR PRODUCTS & CHEMICALS, INC.");
  EXPECT_EQ(record.class_title, "COMMON SHARES");
  EXPECT_EQ(record.cusip, "009158106");
  EXPECT_EQ(record.event_date, "2013-12-31");
  ASSERT_EQ(record.reporting_persons.size(), 6u);
  const BeneficialOwner& mutual = record.reporting_persons[0];
  EXPECT_EQ(mutual.name, "State Farm Mutual Automobile Insurance Company");
  EXPECT_EQ(mutual.citizenship, "Illinois");
  ExpectShares(mutual, 7018600, 53000, 7018600, 53000, 7071600, 3.34);
  EXPECT_EQ(mutual.type, "IC");
  EXPECT_EQ(record.reporting_persons[3].name, "State Farm Investment Management Corp.");
  EXPECT_EQ(record.reporting_persons[3].type, "IA");
  const BeneficialOwner& plan = record.reporting_persons[5];
  EXPECT_EQ(plan.name, "State Farm Insurance Companies Savings and Thrift Plan for U.S. Employees");
  ExpectShares(plan, 1376800, 0, 1376800, 0, 1376800, 0.65);
  EXPECT_EQ(plan.type, "EP");
  EXPECT_TRUE(record.missing.empty());
}

// Capital Research's 13G/A on Albemarle (2015): values below their titles,
// "NONE" beside the broken side label ("BENEFICIALL / Y OWNED BY").
TEST(ReadScheduleCoverPage, Legacy13gValuesBesideTheSideLabel) {
  const BeneficialOwnershipRecord record = Read("albemarle-capital-research-13ga-2015.txt");
  EXPECT_EQ(record.form, "SC 13G/A");
  EXPECT_EQ(record.amendment_number, 1);
  EXPECT_EQ(record.issuer, "Albemarle Corporation");
  EXPECT_EQ(record.class_title, "Common Stock");
  EXPECT_EQ(record.cusip, "012653101");
  EXPECT_EQ(record.event_date, "2015-03-31");
  ASSERT_EQ(record.reporting_persons.size(), 1u);
  const BeneficialOwner& crgi = record.reporting_persons[0];
  EXPECT_EQ(crgi.name, "Capital Research Global Investors");
  EXPECT_EQ(crgi.citizenship, "Delaware");
  ExpectShares(crgi, 11466840, 0, 11466840, 0, 11466840, 10.2);
  EXPECT_EQ(crgi.type, "IA");
}

// Morgan Stanley's 13G/A on Coupang (2024, legacy text): two type codes
// ("HC, CO") and "I.R.S. #" lines under the names.
TEST(ReadScheduleCoverPage, Legacy13gTwoTypeCodes) {
  const BeneficialOwnershipRecord record = Read("coupang-morgan-stanley-13ga-2024.txt");
  EXPECT_EQ(record.form, "SC 13G/A");
  EXPECT_EQ(record.amendment_number, 1);  // "(Amendment No.1)*"
  EXPECT_EQ(record.issuer, "COUPANG, Inc.");
  EXPECT_EQ(record.class_title, "Class A Common Stock");
  EXPECT_EQ(record.cusip, "22266T109");
  EXPECT_EQ(record.event_date, "2023-12-31");
  ASSERT_EQ(record.reporting_persons.size(), 2u);
  const BeneficialOwner& ms = record.reporting_persons[0];
  EXPECT_EQ(ms.name, "Morgan Stanley");
  EXPECT_EQ(ms.citizenship, "Delaware");
  ExpectShares(ms, 0, 78114639, 0, 81988740, 81988740, 5.1);
  EXPECT_EQ(ms.type, "HC, CO");
  const BeneficialOwner& msim = record.reporting_persons[1];
  EXPECT_EQ(msim.name, "Morgan Stanley Investment Management Inc.");
  ExpectShares(msim, 0, 77270928, 0, 81086822, 81086822, 5.0);
  EXPECT_EQ(msim.type, "IA, CO");
}

// ---------------------------------------------------------------------------
// XML

// FitLife Brands' SCHEDULE 13G of 2025, as the full submission wraps it in
// <XML>: share counts nested in <reportingPersonBeneficiallyOwnedNumberOf
// Shares>, two type codes per person.
TEST(ReadScheduleXml, Schedule13g) {
  EXPECT_TRUE(LooksLikeScheduleXml(
      testing::ReadTestdata("beneficial_ownership/fitlife-askeladden-13g-2025.xml")));
  const BeneficialOwnershipRecord record = ReadXml("fitlife-askeladden-13g-2025.xml");
  EXPECT_EQ(record.form, "SCHEDULE 13G");
  EXPECT_FALSE(record.amendment_number.has_value());
  EXPECT_EQ(record.issuer, "FITLIFE BRANDS, INC.");
  EXPECT_EQ(record.issuer_cik, "0001374328");
  EXPECT_EQ(record.cusip, "33817P306");
  EXPECT_EQ(record.class_title, "Common Stock, Par Value $0.01 Per Share");
  EXPECT_EQ(record.event_date, "2025-01-15");
  ASSERT_EQ(record.reporting_persons.size(), 2u);
  const BeneficialOwner& adviser = record.reporting_persons[0];
  EXPECT_EQ(adviser.name, "ASKELADDEN CAPITAL MANAGEMENT LLC");
  EXPECT_EQ(adviser.citizenship, "TX");
  ExpectShares(adviser, 0, 233990, 0, 233990, 233990, 5.1);
  EXPECT_EQ(adviser.type, "PN, IA");
  EXPECT_EQ(record.reporting_persons[1].name, "Samir Patel");
  EXPECT_EQ(record.reporting_persons[1].type, "IN, HC");
  EXPECT_TRUE(record.missing.empty());
}

// Aadi Bioscience's SCHEDULE 13D of 2024: the 13D schema's spellings
// ("issuerCIK", "dateOfEvent", "aggregateAmountOwned", "percentOfClass").
TEST(ReadScheduleXml, Schedule13d) {
  const std::string xml = testing::ReadTestdata("beneficial_ownership/aadi-bml-13d-2024.xml");
  EXPECT_TRUE(LooksLikeScheduleXml(xml));
  const BeneficialOwnershipRecord record = ReadXml("aadi-bml-13d-2024.xml");
  EXPECT_EQ(record.form, "SCHEDULE 13D");
  EXPECT_EQ(record.issuer, "Aadi Bioscience, Inc.");
  EXPECT_EQ(record.issuer_cik, "0001422142");
  EXPECT_EQ(record.cusip, "00032Q104");
  EXPECT_EQ(record.event_date, "2024-12-31");
  ASSERT_EQ(record.reporting_persons.size(), 2u);
  ExpectShares(record.reporting_persons[0], 0, 2100000, 0, 2100000, 2100000, 8.5);
  const BeneficialOwner& leonard = record.reporting_persons[1];
  EXPECT_EQ(leonard.name, "Leonard Braden Michael");
  ExpectShares(leonard, 335000, 2100000, 335000, 2100000, 2435000, 9.9);
  EXPECT_EQ(leonard.type, "IN");
}

TEST(ReadScheduleXml, AmendmentAndCheckDigit) {
  const std::string xml =
      "<edgarSubmission xmlns=\"http://www.sec.gov/edgar/schedule13g\"><headerData>"
      "<submissionType>SCHEDULE 13G/A</submissionType></headerData><formData>"
      "<coverPageHeader><amendmentNo>3</amendmentNo>"
      "<issuerInfo><issuerCik>1234</issuerCik><issuerCusip>88160R 102</issuerCusip>"
      "</issuerInfo></coverPageHeader></formData></edgarSubmission>";
  Result<BeneficialOwnershipRecord> record = ReadScheduleXml(xml, 4);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->form, "SCHEDULE 13G/A");
  EXPECT_EQ(record->amendment_number, 3);
  EXPECT_EQ(record->issuer_cik, "0000001234");
  EXPECT_EQ(record->cusip, "88160R102");
  EXPECT_EQ(record->document, 4);
  const std::vector<std::string> missing = {"issuer", "class", "event_date", "reporting_persons",
                                            "cusip_check_digit"};
  EXPECT_EQ(record->missing, missing);
}

TEST(ReadScheduleXml, ErrorsNameTheByte) {
  Result<BeneficialOwnershipRecord> broken = ReadScheduleXml("<XML>\n<edgarSubmission><a>", 1);
  ASSERT_FALSE(broken.has_value());
  EXPECT_NE(broken.error().message().find("at byte "), std::string::npos);
  Result<BeneficialOwnershipRecord> form4 = ReadScheduleXml(
      "<ownershipDocument><schemaVersion>X0508</schemaVersion></ownershipDocument>", 1);
  ASSERT_FALSE(form4.has_value());
  EXPECT_NE(form4.error().message().find("found <ownershipDocument>"), std::string::npos);
  EXPECT_FALSE(ReadScheduleXml("", 1).has_value());
  EXPECT_FALSE(LooksLikeScheduleXml("<ownershipDocument>"));
  EXPECT_FALSE(LooksLikeScheduleXml(""));
}

// ---------------------------------------------------------------------------
// What is not a cover page, and hostile input

TEST(ReadScheduleCoverPage, NotACoverPage) {
  EXPECT_FALSE(ReadScheduleCoverPage("", 1).has_value());
  // A joint filing agreement that names the schedule.
  EXPECT_FALSE(ReadScheduleCoverPage("EXHIBIT 1\nJOINT FILING AGREEMENT\nThe undersigned agree "
                                     "that the Schedule 13G to which this is attached ...\n",
                                     1)
                   .has_value());
  // A 10-K that mentions holders' Schedule 13G filings and a CUSIP.
  EXPECT_FALSE(ReadScheduleCoverPage("FORM 10-K\nBased on a Schedule 13G filed by BlackRock, "
                                     "Inc.; CUSIP No. 88160R101.\n",
                                     1)
                   .has_value());
}

TEST(ReadScheduleCoverPage, BadCheckDigitIsKeptAndFlagged) {
  const std::string text =
      "SCHEDULE 13G\n(Amendment No. 4)\nAcme Corp.\n(Name of Issuer)\nCommon Stock\n"
      "(Title of Class of Securities)\n654106 10 4\n(CUSIP Number)\nDecember 31, 2020\n"
      "(Date of Event Which Requires Filing of this Statement)\n"
      "1. NAME OF REPORTING PERSON: Jane Roe\n4. CITIZENSHIP OR PLACE OF ORGANIZATION: France\n"
      "5. SOLE VOTING POWER: None\n6. SHARED VOTING POWER: 1,000\n"
      "7. SOLE DISPOSITIVE POWER: -0-\n8. SHARED DISPOSITIVE POWER: 1,000\n"
      "9. AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON: 1,000\n"
      "11. PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (9): 5.6 %\n"
      "12. TYPE OF REPORTING PERSON: IN\n";
  const std::optional<BeneficialOwnershipRecord> record = ReadScheduleCoverPage(text, 2);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->form, "SC 13G/A");
  EXPECT_EQ(record->amendment_number, 4);
  EXPECT_EQ(record->cusip, "654106104");
  EXPECT_EQ(record->missing, std::vector<std::string>{"cusip_check_digit"});
  ASSERT_EQ(record->reporting_persons.size(), 1u);
  ExpectShares(record->reporting_persons[0], 0, 1000, 0, 1000, 1000, 5.6);
  EXPECT_EQ(record->reporting_persons[0].name, "Jane Roe");
  EXPECT_EQ(record->reporting_persons[0].citizenship, "France");
}

TEST(ReadScheduleCoverPage, NoCrashOnAnyBytes) {
  std::string bytes;
  for (int i = 0; i < 70000; ++i) bytes.push_back(static_cast<char>((i * 7919) % 256));
  (void)ReadScheduleCoverPage(bytes, 1);
  (void)ReadScheduleXml(bytes, 1);
  constexpr char kNul[] = "SCHEDULE 13D\0(CUSIP Number)\0\xC2";
  const std::string nul(kNul, sizeof(kNul) - 1);
  (void)ReadScheduleCoverPage(nul, 1);
  // Titles cut at the end of the text.
  for (std::string_view cut :
       {"SCHEDULE 13", "SCHEDULE 13D\nNAME OF REPORTING PERSON",
        "SCHEDULE 13D\n1. NAMES OF REPORTING PERSONS\n5. SOLE VOTING POWER", "(CUSIP",
        "CUSIP No. 123456", "PERCENT OF CLASS REPRESENTED BY ROW"}) {
    (void)ReadScheduleCoverPage(cut, 1);
  }
}

TEST(ReadScheduleCoverPage, PersonsAreBounded) {
  std::string text = "SCHEDULE 13G\n(CUSIP Number)\n";
  while (text.size() < 2 * kScheduleCoverBytes) text += "1. NAME OF REPORTING PERSON A B\n";
  const std::optional<BeneficialOwnershipRecord> record = ReadScheduleCoverPage(text, 1);
  ASSERT_TRUE(record.has_value());
  EXPECT_LE(record->reporting_persons.size(), kMaxReportingPersons);
}

// One long line of row titles, and many short lines of them: linear time.
TEST(ReadScheduleCoverPage, RepeatedTitlesStayLinear) {
  std::string one_line = "SCHEDULE 13D\n1. NAME OF REPORTING PERSON X Y\n";
  while (one_line.size() < kScheduleCoverBytes) one_line += "SOLE VOTING POWER cusip ";
  std::string many_lines = "SCHEDULE 13D\n";
  while (many_lines.size() < kScheduleCoverBytes) {
    many_lines += "NAMES OF REPORTING PERSONS\nSHARED VOTING POWER\n(Name of Issuer)\n";
  }
  const auto start = std::chrono::steady_clock::now();
  (void)ReadScheduleCoverPage(one_line, 1);
  (void)ReadScheduleCoverPage(many_lines, 1);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(5));
}

TEST(BeneficialOwnershipToJson, GoldShapeWithNulls) {
  const BeneficialOwnershipRecord record = Read("nike-vanguard-13ga-2015.txt");
  const nlohmann::json json = BeneficialOwnershipToJson(record);
  EXPECT_EQ(json["cusip"], "654106103");
  EXPECT_EQ(json["class"], "Common Stock");
  EXPECT_EQ(json["event_date"], "2014-12-31");
  EXPECT_EQ(json["form"], "SC 13G/A");
  EXPECT_EQ(json["amendment_number"], 2);
  EXPECT_TRUE(json["issuer_cik"].is_null());
  ASSERT_EQ(json["reporting_persons"].size(), 1u);
  const nlohmann::json& person = json["reporting_persons"][0];
  EXPECT_EQ(person["name"], "The Vanguard Group");
  EXPECT_EQ(person["sole_voting"], 1205821.0);
  EXPECT_TRUE(person["shared_voting"].is_null());
  EXPECT_EQ(person["percent_of_class"], 6.13);
  EXPECT_EQ(person["type"], "IA");
  EXPECT_EQ(json["missing"], nlohmann::json::array({"reporting_persons[0].shared_voting"}));
  EXPECT_EQ(json["document"], 1);
}

TEST(IsValidCusip, CheckDigit) {
  EXPECT_TRUE(IsValidCusip("654106103"));
  EXPECT_TRUE(IsValidCusip("00130H105"));
  EXPECT_TRUE(IsValidCusip("90184L102"));
  EXPECT_FALSE(IsValidCusip("654106104"));
  EXPECT_FALSE(IsValidCusip("65410610"));
  EXPECT_FALSE(IsValidCusip("654106 103"));
}

}  // namespace
}  // namespace edgard::extract
