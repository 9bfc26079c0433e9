// The index files and the submissions JSON are checked against real EDGAR
// files in testdata/edgar-formats/ (excerpts cut by make_excerpts.py there).
// Shapes EDGAR has published that no file here holds (full-index headers, the
// Atom feeds) are checked against short excerpts of responses of www.sec.gov
// that public projects keep as test data; each test names its source.

#include "serve/edgar_formats.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

namespace edgard::serve {
namespace {

using Json = nlohmann::ordered_json;

// testdata/edgar-formats/: under $EDGARD_SOURCE_DIR (set by CTest), else
// found from this file's path (src/serve/ in the source tree).
std::filesystem::path TestdataDir() {
  const char* source = std::getenv("EDGARD_SOURCE_DIR");
  const std::filesystem::path root =
      source != nullptr ? std::filesystem::path(source)
                        : std::filesystem::path(__FILE__).parent_path().parent_path().parent_path();
  return root / "testdata" / "edgar-formats";
}

std::string ReadTestdata(const std::string& name) {
  std::ifstream in(TestdataDir() / name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string TrimRight(std::string text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

// "Oct  3, 2022" from the "Last Data Received:" line.
std::string LastDataReceivedOf(const std::string& text) {
  const std::string label = "Last Data Received:    ";
  const size_t at = text.find(label) + label.size();
  return text.substr(at, text.find('\n', at) - at);
}

std::string IsoDate(const std::string& yyyymmdd) {
  if (yyyymmdd.size() != 8) return yyyymmdd;
  return yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2);
}

// "edgar/data/320193/0000320193-24-000123.txt" -> "0000320193-24-000123".
std::string AccessionOf(const std::string& file_name) {
  const size_t slash = file_name.rfind('/');
  return file_name.substr(slash + 1, file_name.size() - slash - 1 - 4);
}

// The rows of a real index file read back into entries, by EDGAR's columns
// (form.idx: form 0, company 12, CIK 74, date 86, file name 98; company.idx
// swaps the first two), then shuffled: the formatter must restore the order.
std::vector<IndexEntry> EntriesOf(const std::string& text, IndexLayout layout) {
  std::vector<IndexEntry> entries;
  bool in_rows = false;
  for (const std::string& line : Lines(text)) {
    if (!in_rows) {
      in_rows = line.starts_with("-----");
      continue;
    }
    IndexEntry entry;
    std::string file_name;
    if (layout == IndexLayout::kMaster) {
      std::vector<std::string> fields;
      std::istringstream in(line);
      for (std::string field; std::getline(in, field, '|');) fields.push_back(field);
      entry = {fields.at(2), fields.at(1), fields.at(0), IsoDate(fields.at(3)), ""};
      file_name = fields.at(4);
    } else {
      const bool form_first = layout == IndexLayout::kForm;
      entry.form_type = TrimRight(line.substr(form_first ? 0 : 62, form_first ? 12 : 12));
      entry.company_name = TrimRight(line.substr(form_first ? 12 : 0, 62));
      entry.cik = TrimRight(line.substr(74, 12));
      entry.date_filed = IsoDate(TrimRight(line.substr(86, 12)));
      file_name = TrimRight(line.substr(98));
    }
    entry.accession = AccessionOf(file_name);
    entries.push_back(entry);
  }
  std::mt19937 random(20240317);
  std::shuffle(entries.begin(), entries.end(), random);
  return entries;
}

TEST(FormatIndex, WritesTheDailyFormIndexByteForByte) {
  const std::string real = ReadTestdata("form.20200318.idx");
  ASSERT_FALSE(real.empty()) << "testdata not found under " << TestdataDir();
  const std::vector<IndexEntry> entries = EntriesOf(real, IndexLayout::kForm);
  ASSERT_GT(entries.size(), 40u);
  EXPECT_EQ(FormatIndex(IndexLayout::kForm, true, LastDataReceivedOf(real), entries), real);
}

TEST(FormatIndex, WritesTheDailyCompanyIndexByteForByte) {
  const std::string real = ReadTestdata("company.20221003.idx");
  const std::vector<IndexEntry> entries = EntriesOf(real, IndexLayout::kCompany);
  ASSERT_GT(entries.size(), 30u);
  EXPECT_EQ(FormatIndex(IndexLayout::kCompany, true, LastDataReceivedOf(real), entries), real);
}

TEST(FormatIndex, WritesTheDailyMasterIndexByteForByte) {
  std::string real = ReadTestdata("master.20181231.idx");
  const std::vector<IndexEntry> entries = EntriesOf(real, IndexLayout::kMaster);
  ASSERT_EQ(entries.size(), 10u);
  // The source of this excerpt cut the file after a row's last byte; every
  // line of a whole EDGAR index ends in a line break.
  if (!real.ends_with('\n')) real += '\n';
  EXPECT_EQ(FormatIndex(IndexLayout::kMaster, true, LastDataReceivedOf(real), entries), real);
}

TEST(FormatIndex, CutsLongValuesInDailyFilesToTheColumn) {
  // form.20200318.idx shows "SEC STAFF" for SEC STAFF ACTION and 60 characters
  // of "AB Private Credit Investors Middle Market Direct Lending Fund, LLC".
  const std::string out = FormatIndex(
      IndexLayout::kForm, true, "Mar 18, 2020",
      {{"SEC STAFF ACTION", "AB Private Credit Investors Middle Market Direct Lending Fund, LLC",
        "0001634385", "2020-03-18", "0001193125-20-076296"}});
  EXPECT_NE(out.find("\nSEC STAFF   AB Private Credit Investors Middle Market Direct Lending Fun"
                     "  1634385     20200318    edgar/data/1634385/0001193125-20-076296.txt"
                     "         \n"),
            std::string::npos)
      << out;
}

// Full-index form.idx of 2016 QTR2, its header and first row, as quoted (with
// trailing blanks) in a public code corpus.
TEST(FormatIndex, WritesTheFullFormIndexHeader) {
  const std::string expected =
      "Description:           Master Index of EDGAR Dissemination Feed by Form Type\n"
      "Last Data Received:    April 30, 2016\n"
      "Comments:              webmaster@sec.gov\n"
      "Anonymous FTP:         ftp://ftp.sec.gov/edgar/\n"
      " \n \n \n \n"
      "Form Type   Company Name                                                  CIK         "
      "Date Filed  File Name\n" +
      std::string(141, '-') +
      "\n"
      "1-A         American Homeowner Preservation 2015A LLC                     1667307     "
      "2016-04-26  edgar/data/1667307/0001214659-16-010965.txt         \n";
  EXPECT_EQ(FormatIndex(IndexLayout::kForm, false, LastDataReceived("2016-04-30", false),
                        {{"1-A", "American Homeowner Preservation 2015A LLC", "1667307",
                          "2016-04-26", "0001214659-16-010965"}}),
            expected);
}

// Full-index company.idx of 2019 QTR4, printed in a public notebook.
TEST(FormatIndex, WritesTheFullCompanyIndexHeader) {
  const std::string expected =
      "Description:           Master Index of EDGAR Dissemination Feed by Company Name\n"
      "Last Data Received:    December 31, 2019\n"
      "Comments:              webmaster@sec.gov\n"
      "Anonymous FTP:         ftp://ftp.sec.gov/edgar/\n"
      " \n \n \n \n"
      "Company Name                                                  Form Type   CIK         "
      "Date Filed  File Name\n" +
      std::string(141, '-') +
      "\n"
      "024, Inc.                                                     D           1793747     "
      "2019-11-12  edgar/data/1793747/0001793747-19-000001.txt         \n";
  EXPECT_EQ(FormatIndex(IndexLayout::kCompany, false, "December 31, 2019",
                        {{"D", "024, Inc.", "1793747", "2019-11-12", "0001793747-19-000001"}}),
            expected);
}

// Full-index master.idx of 2016 QTR1, quoted in a Rust crate's documentation.
TEST(FormatIndex, WritesTheFullMasterIndexHeader) {
  const std::string expected =
      "Description:           Master Index of EDGAR Dissemination Feed\n"
      "Last Data Received:    March 31, 2016\n"
      "Comments:              webmaster@sec.gov\n"
      "Anonymous FTP:         ftp://ftp.sec.gov/edgar/\n"
      "Cloud HTTP:            https://www.sec.gov/Archives/\n"
      "\n \n \n \n"
      "CIK|Company Name|Form Type|Date Filed|Filename\n" +
      std::string(80, '-') +
      "\n"
      "1000032|BINCH JAMES G|4|2016-03-02|edgar/data/1000032/0001209191-16-104477.txt\n";
  EXPECT_EQ(
      FormatIndex(IndexLayout::kMaster, false, "March 31, 2016",
                  {{"4", "BINCH JAMES G", "0001000032", "2016-03-02", "0001209191-16-104477"}}),
      expected);
}

// A row of full-index form.idx of 2021 QTR1 (edgartools' badform.idx.txt,
// whose trailing blanks were stripped): a 64-character name is not cut.
TEST(FormatIndex, LetsALongNamePushTheFullIndexRowRight) {
  const std::string out =
      FormatIndex(IndexLayout::kForm, false, "March 31, 2021",
                  {{"X-17A-5", "UNITED PLANNERS' FINANCIAL SERVICES OF AMERICA A LIMITED PARTNER",
                    "820694", "2021-02-24", "9999999997-21-003146"}});
  EXPECT_EQ(TrimRight(Lines(out).back()),
            "X-17A-5     UNITED PLANNERS' FINANCIAL SERVICES OF AMERICA A LIMITED PARTNER  "
            "820694      2021-02-24  edgar/data/820694/9999999997-21-003146.txt");
}

// Daily form.idx of 2022-02-04 as kept by a public scraper's tests: the column
// header is on two lines (form.20200318.idx still has it on one).
TEST(FormatIndex, BreaksTheDailyColumnHeaderFrom2021On) {
  const std::string out =
      FormatIndex(IndexLayout::kForm, true, LastDataReceived("2022-02-04", true),
                  {{"1-A", "MAGFAST LLC", "1719420", "2022-02-04", "0001829126-22-003016"}});
  EXPECT_EQ(out,
            "Description:           Daily Index of EDGAR Dissemination Feed by Form Type\n"
            "Last Data Received:    Feb  4, 2022\n"
            "Comments:              webmaster@sec.gov\n"
            "Anonymous FTP:         ftp://ftp.sec.gov/edgar/\n"
            " \n \n \n \n"
            "Form Type   Company Name                                                  CIK\n"
            "      Date Filed  File Name\n" +
                std::string(141, '-') +
                "\n"
                "1-A         MAGFAST LLC                                                   "
                "1719420     20220204    edgar/data/1719420/0001829126-22-003016.txt         \n");
}

TEST(FormatIndex, WidensTheFormColumnForTheLongFormNamesOf2025) {
  const std::string out = FormatIndex(
      IndexLayout::kForm, true, "Aug 19, 2025",
      {{"SCHEDULE 13G/A", "Vanguard Group Inc", "102909", "2025-08-19", "0001104659-25-108754"},
       {"SEC STAFF ACTION", "HUTURE Group Ltd", "2041045", "2025-08-19", "9999999997-25-001386"}});
  const std::vector<std::string> lines = Lines(out);
  EXPECT_EQ(lines.at(lines.size() - 2).substr(0, 35), "SCHEDULE 13G/A   Vanguard Group Inc");
  EXPECT_EQ(lines.back().substr(0, 33), "SEC STAFF ACTIO  HUTURE Group Ltd");
}

TEST(LastDataReceived, SpellsTheDateLikeEachIndex) {
  EXPECT_EQ(LastDataReceived("2020-03-18", true), "Mar 18, 2020");
  EXPECT_EQ(LastDataReceived("2022-10-03", true), "Oct  3, 2022");
  EXPECT_EQ(LastDataReceived("2021-03-31", false), "March 31, 2021");
  EXPECT_EQ(LastDataReceived("2021-02-30", false), "");
  EXPECT_EQ(LastDataReceived("20210331", false), "");
}

// ------------------------------------------------------------ submissions

std::vector<std::string> Keys(const Json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

std::string StringOrEmpty(const Json& value) {
  return value.is_string() ? value.get<std::string>() : std::string();
}

Address AddressOf(const Json& json) {
  Address address;
  address.street1 = StringOrEmpty(json["street1"]);
  address.street2 = StringOrEmpty(json["street2"]);
  address.city = StringOrEmpty(json["city"]);
  address.state = StringOrEmpty(json["stateOrCountry"]);
  address.zip = StringOrEmpty(json["zipCode"]);
  return address;
}

// Microsoft's submissions file of early 2026, cut to nine filings.
class SubmissionsJsonTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string text = ReadTestdata("CIK0000789019.json");
    ASSERT_FALSE(text.empty()) << "testdata not found under " << TestdataDir();
    real_ = Json::parse(text);
    company_.cik = "789019";
    company_.name = real_["name"];
    company_.sic = real_["sic"];
    company_.sic_description = real_["sicDescription"];
    company_.ein = real_["ein"];
    company_.state_of_incorporation = real_["stateOfIncorporation"];
    company_.fiscal_year_end = real_["fiscalYearEnd"];
    company_.phone = real_["phone"];
    company_.business_address = AddressOf(real_["addresses"]["business"]);
    company_.mail_address = AddressOf(real_["addresses"]["mailing"]);
    company_.entity_type = real_["entityType"];
    company_.owner_org = real_["ownerOrg"];
    company_.category = real_["category"];
    company_.tickers = real_["tickers"].get<std::vector<std::string>>();
    company_.exchanges = real_["exchanges"].get<std::vector<std::string>>();
    company_.insider_transaction_for_owner_exists = real_["insiderTransactionForOwnerExists"] == 1;
    company_.insider_transaction_for_issuer_exists =
        real_["insiderTransactionForIssuerExists"] == 1;
    const Json& recent = real_["filings"]["recent"];
    for (size_t i = 0; i < recent["accessionNumber"].size(); ++i) {
      FilingRow row;
      row.accession = recent["accessionNumber"][i];
      row.filing_date = recent["filingDate"][i];
      row.report_date = recent["reportDate"][i];
      // edgard keeps "YYYY-MM-DDThh:mm:ss"; EDGAR adds ".000Z".
      row.acceptance_datetime = recent["acceptanceDateTime"][i].get<std::string>().substr(0, 19);
      row.act = recent["act"][i];
      row.form = recent["form"][i];
      row.file_number = recent["fileNumber"][i];
      row.film_number = recent["filmNumber"][i];
      row.items = recent["items"][i];
      row.size = recent["size"][i];
      row.is_xbrl = recent["isXBRL"][i] == 1;
      row.is_inline_xbrl = recent["isInlineXBRL"][i] == 1;
      row.primary_document = recent["primaryDocument"][i];
      row.primary_doc_description = recent["primaryDocDescription"][i];
      if (row.form == "UPLOAD" || row.form == "S-8") row.core_type = recent["core_type"][i];
      rows_.push_back(row);
    }
    ours_ = Json::parse(SubmissionsJson(company_, rows_));
  }

  Json real_;
  CompanyProfile company_;
  std::vector<FilingRow> rows_;
  Json ours_;
};

TEST_F(SubmissionsJsonTest, HasEdgarsKeysInEdgarsOrder) {
  EXPECT_EQ(Keys(ours_), Keys(real_));
  EXPECT_EQ(Keys(ours_["addresses"]), Keys(real_["addresses"]));
  EXPECT_EQ(Keys(ours_["addresses"]["mailing"]), Keys(real_["addresses"]["mailing"]));
  EXPECT_EQ(Keys(ours_["addresses"]["business"]), Keys(real_["addresses"]["business"]));
  EXPECT_EQ(Keys(ours_["filings"]), Keys(real_["filings"]));
  EXPECT_EQ(Keys(ours_["filings"]["recent"]), Keys(real_["filings"]["recent"]));
  EXPECT_TRUE(ours_["filings"]["files"].is_array());
  EXPECT_TRUE(ours_["filings"]["files"].empty());
}

TEST_F(SubmissionsJsonTest, WritesTheCompanyAsEdgarDoes) {
  for (const char* key : {"cik",
                          "entityType",
                          "sic",
                          "sicDescription",
                          "ownerOrg",
                          "insiderTransactionForOwnerExists",
                          "insiderTransactionForIssuerExists",
                          "name",
                          "tickers",
                          "exchanges",
                          "ein",
                          "lei",
                          "description",
                          "website",
                          "investorWebsite",
                          "category",
                          "fiscalYearEnd",
                          "stateOfIncorporation",
                          "stateOfIncorporationDescription",
                          "phone",
                          "flags",
                          "formerNames"}) {
    EXPECT_EQ(ours_[key], real_[key]) << key;
  }
  for (const char* type : {"mailing", "business"}) {
    for (const char* key :
         {"street1", "street2", "city", "stateOrCountry", "zipCode", "stateOrCountryDescription",
          "foreignStateTerritory", "country", "countryCode"}) {
      EXPECT_EQ(ours_["addresses"][type][key], real_["addresses"][type][key]) << type << key;
    }
  }
}

TEST_F(SubmissionsJsonTest, WritesEveryColumnOfRecentFilings) {
  const Json& recent = real_["filings"]["recent"];
  for (const auto& column : recent.items()) {
    EXPECT_EQ(ours_["filings"]["recent"][column.key()], column.value()) << column.key();
  }
}

TEST_F(SubmissionsJsonTest, IsCompactLikeTheService) {
  EXPECT_EQ(SubmissionsJson(company_, rows_).find('\n'), std::string::npos);
}

TEST(SubmissionsJson, WritesFormerNamesAndUnknownsAsEdgarDoes) {
  CompanyProfile apple;
  apple.cik = "0000320193";
  apple.former_names = {{"APPLE INC", "2007-01-10", "2019-08-05"},
                        {"APPLE COMPUTER INC", "1994-01-26T00:00:00.000Z", ""}};
  const Json out = Json::parse(SubmissionsJson(apple, {}));
  EXPECT_EQ(out["cik"], "0000320193");
  EXPECT_EQ(out["formerNames"][0]["from"], "2007-01-10T00:00:00.000Z");
  EXPECT_EQ(out["formerNames"][0]["to"], "2019-08-05T00:00:00.000Z");
  EXPECT_EQ(out["formerNames"][1]["from"], "1994-01-26T00:00:00.000Z");
  EXPECT_TRUE(out["formerNames"][1]["to"].is_null());
  EXPECT_TRUE(out["entityType"].is_null());
  EXPECT_TRUE(out["insiderTransactionForOwnerExists"].is_null());
  EXPECT_EQ(out["tickers"], Json::array());
  EXPECT_EQ(out["website"], "");
  EXPECT_TRUE(out["filings"]["recent"]["accessionNumber"].empty());
}

TEST(SubmissionsJson, DerivesTheCoreTypeFromInlineXbrl) {
  FilingRow ten_q;
  ten_q.form = "10-Q";
  ten_q.is_xbrl = ten_q.is_inline_xbrl = true;
  FilingRow four;
  four.form = "4";
  const Json out = Json::parse(SubmissionsJson({}, {ten_q, four}));
  EXPECT_EQ(out["filings"]["recent"]["core_type"], Json({"XBRL", "4"}));
}

// ------------------------------------------------------------------- Atom

TEST(FeedSize, RoundsDownToWholeDecimalUnits) {
  // Apple's 10-Ks: 9,759,333 bytes show as "9 MB", 14,071,062 as "14 MB".
  EXPECT_EQ(FeedSize(9759333), "9 MB");
  EXPECT_EQ(FeedSize(14071062), "14 MB");
  EXPECT_EQ(FeedSize(10332356), "10 MB");
  EXPECT_EQ(FeedSize(9383), "9 KB");
}

// browse-edgar?action=getcurrent&output=atom of 2024-03-17 as kept by a public
// project's tests (its CRLF line breaks made LF here).
TEST(CurrentFilingsAtom, WritesEdgarsLatestFilingsFeed) {
  CurrentFeed feed;
  feed.updated = "2024-03-17T13:35:35";
  AtomFiling filing;
  filing.accession = "0000950170-24-032448";
  filing.form = "4";
  filing.filing_date = "2024-03-15";
  filing.acceptance_datetime = "2024-03-15T21:45:18";
  filing.size = 9383;
  filing.company_name = "ESGEN LLC";
  filing.cik = "1865514";
  filing.role = "reporting_owner";
  feed.entries.push_back(filing);
  filing.company_name = "Zeo Energy Corp.";
  filing.cik = "0001865506";
  filing.role = "Issuer";
  feed.entries.push_back(filing);
  const std::string entry_tail =
      "<summary type=\"html\">\n &lt;b&gt;Filed:&lt;/b&gt; 2024-03-15 &lt;b&gt;AccNo:&lt;/b&gt; "
      "0000950170-24-032448 &lt;b&gt;Size:&lt;/b&gt; 9 KB\n</summary>\n"
      "<updated>2024-03-15T21:45:18-04:00</updated>\n"
      "<category scheme=\"https://www.sec.gov/\" label=\"form type\" term=\"4\"/>\n"
      "<id>urn:tag:sec.gov,2008:accession-number=0000950170-24-032448</id>\n"
      "</entry>\n";
  EXPECT_EQ(CurrentFilingsAtom(feed),
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n"
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
            "<title>Latest Filings - Sun, 17 Mar 2024 13:35:35 EDT</title>\n"
            "<link rel=\"alternate\" href=\"/cgi-bin/browse-edgar?action=getcurrent\"/>\n"
            "<link rel=\"self\" href=\"/cgi-bin/browse-edgar?action=getcurrent\"/>\n"
            "<id>https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent</id>\n"
            "<author><name>Webmaster</name><email>webmaster@sec.gov</email></author>\n"
            "<updated>2024-03-17T13:35:35-04:00</updated>\n"
            "<entry>\n"
            "<title>4 - ESGEN LLC (0001865514) (Reporting)</title>\n"
            "<link rel=\"alternate\" type=\"text/html\" href=\"https://www.sec.gov/Archives/edgar/"
            "data/1865514/000095017024032448/0000950170-24-032448-index.htm\"/>\n" +
                entry_tail +
                "<entry>\n"
                "<title>4 - Zeo Energy Corp. (0001865506) (Issuer)</title>\n"
                "<link rel=\"alternate\" type=\"text/html\" href=\"https://www.sec.gov/Archives/"
                "edgar/data/1865506/000095017024032448/0000950170-24-032448-index.htm\"/>\n" +
                entry_tail + "</feed>\n");
}

TEST(CurrentFilingsAtom, WritesNonAsciiAsCharacterReferences) {
  CurrentFeed feed;
  feed.updated = "2024-01-05T10:00:00";
  AtomFiling filing;
  filing.accession = "0000950170-24-000001";
  filing.form = "6-K";
  filing.company_name = "Soci\xC3\xA9t\xC3\xA9 <G\xC3\xA9n\xC3\xA9rale> & Co";
  filing.cik = "1";
  feed.entries.push_back(filing);
  const std::string out = CurrentFilingsAtom(feed);
  EXPECT_NE(out.find("6-K - Soci&#233;t&#233; &lt;G&#233;n&#233;rale&gt; &amp; Co (0000000001)"),
            std::string::npos);
  EXPECT_NE(out.find("Fri, 05 Jan 2024 10:00:00 EST"), std::string::npos);
  EXPECT_NE(out.find("<updated>2024-01-05T10:00:00-05:00</updated>"), std::string::npos);
}

// browse-edgar?action=getcompany&CIK=0000320193&type=10-K&owner=include&count=10
// &output=atom, captured 2025-10 by a public project: company-info, the first
// entry and the feed's own elements (the other nine entries left out).
TEST(CompanyFilingsAtom, WritesEdgarsCompanyFeed) {
  CompanyFeed feed;
  feed.company.cik = "320193";
  feed.company.name = "Apple Inc.";
  feed.company.sic = "3571";
  feed.company.sic_description = "Electronic Computers";
  feed.company.fiscal_year_end = "0926";
  feed.company.state_of_incorporation = "CA";
  feed.company.phone = "(408) 996-1010";
  feed.company.business_address.street1 = "ONE APPLE PARK WAY";
  feed.company.business_address.city = "CUPERTINO";
  feed.company.business_address.state = "CA";
  feed.company.business_address.zip = "95014";
  feed.company.mail_address = feed.company.business_address;
  feed.company.former_names = {{"APPLE COMPUTER INC", "1994-01-26", "2007-01-04"},
                               {"APPLE COMPUTER INC/ FA", "1997-07-28", "1997-07-28"},
                               {"APPLE INC", "2007-01-10", "2019-08-05"}};
  feed.type = "10-K";
  feed.count = 10;
  feed.has_next_page = true;
  feed.updated = "2026-10-05T05:41:33";
  AtomFiling filing;
  filing.accession = "0000320193-25-000079";
  filing.form = "10-K";
  filing.form_name = "Annual report [Section 13 and 15(d), not S-K Item 405]";
  filing.filing_date = "2025-10-31";
  filing.acceptance_datetime = "2025-10-31T06:01:26";
  filing.size = 9'400'000;
  filing.act = "34";
  filing.file_number = "001-36743";
  filing.film_number = "251437791";
  filing.is_xbrl = true;
  feed.filings.push_back(filing);
  const std::string browse = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany";
  const std::string address =
      "          <city>CUPERTINO</city>\n"
      "          <state>CA</state>\n"
      "          <street1>ONE APPLE PARK WAY</street1>\n"
      "          <zip>95014</zip>\n";
  const std::string expected =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n"
      "  <feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
      "    <author>\n"
      "      <email>webmaster@sec.gov</email>\n"
      "      <name>Webmaster</name>\n"
      "    </author>\n"
      "    <company-info>\n"
      "      <addresses>\n"
      "        <address type=\"mailing\">\n" +
      address +
      "        </address>\n"
      "        <address type=\"business\">\n"
      "          <city>CUPERTINO</city>\n"
      "          <phone>(408) 996-1010</phone>\n"
      "          <state>CA</state>\n"
      "          <street1>ONE APPLE PARK WAY</street1>\n"
      "          <zip>95014</zip>\n"
      "        </address>\n"
      "      </addresses>\n"
      "      <assigned-sic>3571</assigned-sic>\n"
      "      <assigned-sic-desc>ELECTRONIC COMPUTERS</assigned-sic-desc>\n"
      "      <assigned-sic-href>" +
      browse +
      "&amp;SIC=3571&amp;owner=include&amp;count=10</assigned-sic-href>\n"
      "      <cik>0000320193</cik>\n"
      "      <cik-href>" +
      browse +
      "&amp;CIK=0000320193&amp;owner=include&amp;count=10</cik-href>\n"
      "      <conformed-name>Apple Inc.</conformed-name>\n"
      "      <fiscal-year-end>0926</fiscal-year-end>\n"
      "      <formerly-names count=\"3\">\n"
      "        <names>\n"
      "          <date>2007-01-04</date>\n"
      "          <name>APPLE COMPUTER INC</name>\n"
      "        </names>\n"
      "        <names>\n"
      "          <date>1997-07-28</date>\n"
      "          <name>APPLE COMPUTER INC/ FA</name>\n"
      "        </names>\n"
      "        <names>\n"
      "          <date>2019-08-05</date>\n"
      "          <name>APPLE INC</name>\n"
      "        </names>\n"
      "      </formerly-names>\n"
      "      <state-location>CA</state-location>\n"
      "      <state-location-href>" +
      browse +
      "&amp;State=CA&amp;owner=include&amp;count=10</state-location-href>\n"
      "      <state-of-incorporation>CA</state-of-incorporation>\n"
      "    </company-info>\n"
      "    <entry>\n"
      "      <category label=\"form type\" scheme=\"https://www.sec.gov/\" term=\"10-K\" />\n"
      "      <content type=\"text/xml\">\n"
      "        <accession-number>0000320193-25-000079</accession-number>\n"
      "        <act>34</act>\n"
      "        <file-number>001-36743</file-number>\n"
      "        <file-number-href>" +
      browse +
      "&amp;filenum=001-36743&amp;owner=include&amp;count=10</file-number-href>\n"
      "        <filing-date>2025-10-31</filing-date>\n"
      "        <filing-href>https://www.sec.gov/Archives/edgar/data/320193/000032019325000079/"
      "0000320193-25-000079-index.htm</filing-href>\n"
      "        <filing-type>10-K</filing-type>\n"
      "        <film-number>251437791</film-number>\n"
      "        <form-name>Annual report [Section 13 and 15(d), not S-K Item 405]</form-name>\n"
      "        <size>9 MB</size>\n"
      "        <xbrl_href>https://www.sec.gov/cgi-bin/viewer?action=view&amp;cik=320193&amp;"
      "accession_number=0000320193-25-000079&amp;xbrl_type=v</xbrl_href>\n"
      "      </content>\n"
      "      <id>urn:tag:sec.gov,2008:accession-number=0000320193-25-000079</id>\n"
      "      <link href=\"https://www.sec.gov/Archives/edgar/data/320193/000032019325000079/"
      "0000320193-25-000079-index.htm\" rel=\"alternate\" type=\"text/html\" />\n"
      "      <summary type=\"html\"> &lt;b&gt;Filed:&lt;/b&gt; 2025-10-31 "
      "&lt;b&gt;AccNo:&lt;/b&gt; "
      "0000320193-25-000079 &lt;b&gt;Size:&lt;/b&gt; 9 MB</summary>\n"
      "      <title>10-K  - Annual report [Section 13 and 15(d), not S-K Item 405]</title>\n"
      "      <updated>2025-10-31T06:01:26-04:00</updated>\n"
      "    </entry>\n"
      "    <id>" +
      browse +
      "&amp;CIK=0000320193</id>\n"
      "    <link href=\"" +
      browse +
      "&amp;CIK=0000320193&amp;type=10-K&amp;owner=include&amp;start=0&amp;count=10\" "
      "rel=\"alternate\" type=\"text/html\" />\n"
      "    <link href=\"" +
      browse +
      "&amp;CIK=0000320193&amp;type=10-K&amp;owner=include&amp;start=0&amp;count=10&amp;"
      "output=atom\" rel=\"self\" type=\"application/atom+xml\" />\n"
      "    <link href=\"" +
      browse +
      "&amp;CIK=0000320193&amp;type=10-K%25&amp;datea=&amp;dateb=&amp;owner=include&amp;"
      "count=10&amp;output=atom&amp;start=10\" rel=\"next\" type=\"application/atom+xml\" />\n"
      "    <title>Apple Inc.  (0000320193)</title>\n"
      "    <updated>2026-10-05T05:41:33-04:00</updated>\n"
      "  </feed>\n";
  EXPECT_EQ(CompanyFilingsAtom(feed), expected);
}

// An 8-K's items: <items-desc> after <form-name> (the content's elements are
// in alphabetical order) and a line per item in the summary, as in feeds of
// 2026 ("items 2.02 and 9.01", "item 5.02", "items 1.01, 3.02, 8.01and9.01";
// "<br>Item 5.02: Departure of Directors ...").
TEST(CompanyFilingsAtom, GivesAnEightKsItems) {
  CompanyFeed feed;
  feed.company.cik = "1018724";
  feed.company.name = "AMAZON COM INC";
  feed.updated = "2026-10-05T05:41:33";
  AtomFiling filing;
  filing.accession = "0001018724-26-000012";
  filing.form = "8-K";
  filing.form_name = "Current report";
  filing.filing_date = "2026-04-29";
  filing.acceptance_datetime = "2026-04-29T16:05:10";
  filing.size = 400'000;
  filing.items = {{"2.02", "Results of Operations and Financial Condition"},
                  {"9.01", "Financial Statements and Exhibits"}};
  feed.filings.push_back(filing);
  const std::string two = CompanyFilingsAtom(feed);
  EXPECT_NE(two.find("        <form-name>Current report</form-name>\n"
                     "        <items-desc>items 2.02 and 9.01</items-desc>\n"
                     "        <size>400 KB</size>\n"),
            std::string::npos)
      << two;
  EXPECT_NE(two.find("&lt;b&gt;Size:&lt;/b&gt; 400 KB&lt;br&gt;Item 2.02: Results of Operations "
                     "and Financial Condition&lt;br&gt;Item 9.01: Financial Statements and "
                     "Exhibits</summary>"),
            std::string::npos)
      << two;
  feed.filings[0].items = {{"5.02", ""}};
  EXPECT_NE(CompanyFilingsAtom(feed).find("<items-desc>item 5.02</items-desc>"), std::string::npos);
  feed.filings[0].items = {{"1.01", ""}, {"3.02", ""}, {"8.01", ""}, {"9.01", ""}};
  EXPECT_NE(CompanyFilingsAtom(feed).find("<items-desc>items 1.01, 3.02, 8.01and9.01</items-desc>"),
            std::string::npos);
  feed.filings[0].items.clear();
  EXPECT_EQ(CompanyFilingsAtom(feed).find("items-desc"), std::string::npos);
}

// ------------------------------------------------------------ index page

TEST(FilingIndexHtml, ListsTheDocumentsAndTheCompleteSubmission) {
  FilingIndexPage page;
  page.accession = "0001628280-17-000327";
  page.cik = "0000920760";
  page.form_type = "10-K";
  page.form_description = "Annual report [Section 13 and 15(d), not S-K Item 405]";
  page.filing_date = "2017-01-20";
  page.accepted = "2017-01-20T16:27:11";
  page.period_of_report = "2016-11-30";
  page.documents = {
      {"1", "10-K", "len-20161130x10k.htm", "10-K", 6566334},
      {"2", "EXHIBIT 10.18 <A&B>", "len-20161130x10kxexh1018.htm", "EX-10.18", 94292},
      {"8", "XBRL TAXONOMY EXTENSION SCHEMA DOCUMENT", "len-20161130.xsd", "EX-101.SCH", 127904}};
  page.submission_size = 32116302;
  Party lennar;
  lennar.role = "filer";
  lennar.cik = "0000920760";
  lennar.name = "LENNAR CORP /NEW/";
  lennar.irs_number = "954337490";
  lennar.state_of_incorporation = "DE";
  lennar.form_type = "10-K";
  lennar.sec_act = "34";
  lennar.file_number = "001-11749";
  lennar.business_address.street1 = "700 NW 107TH AVENUE";
  lennar.business_address.city = "MIAMI";
  lennar.business_address.state = "FL";
  page.parties.push_back(lennar);
  const std::string html = FilingIndexHtml(page);
  const std::string folder = "/Archives/edgar/data/920760/000162828017000327/";
  for (const std::string& piece : {
           std::string("<title>EDGAR Filing Documents for 0001628280-17-000327</title>"),
           std::string("<strong>Form 10-K</strong> - Annual report [Section 13 and 15(d), not "
                       "S-K Item 405]:"),
           std::string("<div class=\"infoHead\">Accepted</div>\n<div class=\"info\">2017-01-20 "
                       "16:27:11</div>"),
           std::string("<div class=\"infoHead\">Documents</div>\n<div class=\"info\">3</div>"),
           std::string("<td scope=\"row\"><a href=\"" + folder +
                       "len-20161130x10k.htm\">len-20161130x10k.htm</a></td>"),
           std::string("EXHIBIT 10.18 &lt;A&amp;B&gt;"),
           std::string("<td scope=\"row\">Complete submission text file</td><td scope=\"row\">"
                       "<a href=\"" +
                       folder + "0001628280-17-000327.txt\">0001628280-17-000327.txt</a></td>"),
           std::string("<td scope=\"row\">32116302</td>"),
           std::string("<table class=\"tableFile\" summary=\"Data Files\">"),
           std::string("LENNAR CORP /NEW/ (Filer)"),
           std::string("IRS No.</acronym>: <strong>954337490</strong> | State of Incorp.: "
                       "<strong>DE</strong>"),
           std::string("<span class=\"mailerAddress\">MIAMI FL</span>"),
       }) {
    EXPECT_NE(html.find(piece), std::string::npos) << piece << "\n" << html;
  }
  // The XBRL schema is a data file, listed after the document format files.
  EXPECT_GT(html.find("len-20161130.xsd"), html.find("Complete submission text file"));
}

}  // namespace
}  // namespace edgard::serve
