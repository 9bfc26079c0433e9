#include "extract/ownership_xml.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/ownership.h"
#include "extract/ownership_json.h"

namespace edgard::extract {
namespace {

// testdata/corpus/ of the source tree: under $EDGARD_SOURCE_DIR (CTest sets
// it), else found from this file's path (src/extract/ in the source tree).
std::filesystem::path CorpusFile(const std::string& name) {
  const char* source = std::getenv("EDGARD_SOURCE_DIR");
  const std::filesystem::path root =
      source != nullptr ? std::filesystem::path(source)
                        : std::filesystem::path(__FILE__).parent_path().parent_path().parent_path();
  return root / "testdata" / "corpus" / name;
}

std::string ReadCorpusFile(const std::string& name) {
  std::ifstream in(CorpusFile(name), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The ownership document's body as the envelope hands it over: the <TEXT> of
// the <DOCUMENT>, still wrapped in <XML> ... </XML>.
std::string OwnershipBody(const std::string& name) {
  const std::string submission = ReadCorpusFile(name);
  const size_t begin = submission.find("<XML>");
  const size_t end = submission.find("</XML>");
  if (begin == std::string::npos || end == std::string::npos) return "";
  return submission.substr(begin, end + 6 - begin);
}

OwnershipRecord ReadOrDie(std::string_view xml) {
  Result<OwnershipRecord> record = ReadOwnershipXml(xml);
  EXPECT_TRUE(record.has_value()) << record.error().ToString();
  return record ? std::move(record).value() : OwnershipRecord{};
}

bool HasMark(const std::vector<FootnoteRef>& marks, std::string_view field, std::string_view id) {
  for (const FootnoteRef& mark : marks) {
    if (mark.field == field && mark.id == id) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Real filings (testdata/corpus/, copies of EDGAR full submissions)

// Isabella Bank, Form 4 of 2024-05-01 (0000842517-24-000086): a director's
// purchase under dividend reinvestment, two indirect holdings, "1"/"0" flags.
TEST(ReadOwnershipXml, ReadsIsabellaBankForm4) {
  const std::string body = OwnershipBody("4/0000842517-24-000086.txt");
  ASSERT_FALSE(body.empty()) << "testdata not found at " << CorpusFile("4");
  ASSERT_TRUE(LooksLikeOwnershipXml(body));
  const OwnershipRecord r = ReadOrDie(body);

  EXPECT_EQ(r.schema_version, "X0508");
  EXPECT_EQ(r.document_type, "4");
  EXPECT_EQ(r.period_of_report, "2024-04-29");
  EXPECT_EQ(r.not_subject_to_section16, std::optional<bool>(false));
  EXPECT_EQ(r.aff10b5_one, std::optional<bool>(false));
  EXPECT_EQ(r.document, 0);
  EXPECT_EQ(r.issuer.cik, "0000842517");
  EXPECT_EQ(r.issuer.name, "ISABELLA BANK Corp");
  EXPECT_EQ(r.issuer.trading_symbol, "ISBA");

  ASSERT_EQ(r.reporting_owners.size(), 1u);
  const OwnershipReportingOwner& owner = r.reporting_owners[0];
  EXPECT_EQ(owner.cik, "0001849440");
  EXPECT_EQ(owner.name, "McGuirk Richard L");
  EXPECT_EQ(owner.street1, "770 STONERIDGE DR.");
  EXPECT_EQ(owner.street2, "");
  EXPECT_EQ(owner.city, "MT. PLEASANT");
  EXPECT_EQ(owner.state, "MI");
  EXPECT_EQ(owner.zip, "48858");
  EXPECT_EQ(owner.is_director, std::optional<bool>(true));
  EXPECT_EQ(owner.is_officer, std::optional<bool>(false));
  EXPECT_EQ(owner.is_ten_percent_owner, std::optional<bool>(false));
  EXPECT_EQ(owner.is_other, std::optional<bool>(false));

  ASSERT_EQ(r.transactions.size(), 1u);
  const OwnershipTransaction& t = r.transactions[0];
  EXPECT_FALSE(t.derivative);
  EXPECT_EQ(t.security_title, "common");
  EXPECT_EQ(t.date, "2024-04-29");
  EXPECT_EQ(t.form_type, "4");
  EXPECT_EQ(t.code, "P");
  EXPECT_FALSE(t.equity_swap);
  EXPECT_EQ(t.shares, std::optional<double>(275.634));
  EXPECT_EQ(t.price, std::optional<double>(18.14));
  EXPECT_EQ(t.acquired_disposed, "A");
  EXPECT_EQ(t.shares_owned_following, std::optional<double>(15711.8844));
  EXPECT_EQ(t.direct_indirect, "D");
  EXPECT_EQ(t.nature_of_ownership, "");
  ASSERT_EQ(t.footnotes.size(), 1u);
  EXPECT_TRUE(HasMark(t.footnotes, "shares_owned_following", "F1"));

  ASSERT_EQ(r.holdings.size(), 2u);
  EXPECT_EQ(r.holdings[0].security_title, "common");
  EXPECT_EQ(r.holdings[0].shares_owned_following, std::optional<double>(2170.3157));
  EXPECT_EQ(r.holdings[0].direct_indirect, "I");
  EXPECT_EQ(r.holdings[0].nature_of_ownership, "Held by minor child");
  EXPECT_EQ(r.holdings[1].shares_owned_following, std::optional<double>(383262.5326));
  EXPECT_EQ(r.holdings[1].nature_of_ownership, "Held by LLC");
  EXPECT_TRUE(HasMark(r.holdings[1].footnotes, "shares_owned_following", "F1"));

  ASSERT_EQ(r.footnotes.size(), 1u);
  EXPECT_EQ(r.footnotes[0].id, "F1");
  EXPECT_EQ(r.footnotes[0].text,
            "Includes shares acquired through quarterly dividend reinvestment.");
  EXPECT_EQ(r.remarks, "");
  ASSERT_EQ(r.signatures.size(), 1u);
  EXPECT_EQ(r.signatures[0].name, "/s/ Jennifer L. Gill, By Power of Attorney");
  EXPECT_EQ(r.signatures[0].date, "2024-05-01");
}

// Tesla, Form 4 of 2025-01-08 (0000950170-25-003585): "true"/"false" flags, a
// 10b5-1 plan, a footnote on <transactionCoding> and one on each price.
TEST(ReadOwnershipXml, ReadsTeslaForm4) {
  const OwnershipRecord r = ReadOrDie(OwnershipBody("4/0000950170-25-003585.txt"));
  EXPECT_EQ(r.issuer.cik, "0001318605");
  EXPECT_EQ(r.issuer.trading_symbol, "TSLA");
  EXPECT_EQ(r.not_subject_to_section16, std::nullopt);
  EXPECT_EQ(r.aff10b5_one, std::optional<bool>(true));
  ASSERT_EQ(r.reporting_owners.size(), 1u);
  EXPECT_EQ(r.reporting_owners[0].name, "Wilson-Thompson Kathleen");
  EXPECT_EQ(r.reporting_owners[0].is_director, std::optional<bool>(true));
  EXPECT_EQ(r.reporting_owners[0].is_officer, std::optional<bool>(false));

  ASSERT_GE(r.transactions.size(), 2u);
  const OwnershipTransaction& exercise = r.transactions[0];
  EXPECT_EQ(exercise.code, "M");
  EXPECT_EQ(exercise.shares, std::optional<double>(100000));
  EXPECT_EQ(exercise.price, std::optional<double>(14.99));
  EXPECT_EQ(exercise.shares_owned_following, std::optional<double>(105400));
  EXPECT_TRUE(HasMark(exercise.footnotes, "code", "F1"));

  const OwnershipTransaction& sale = r.transactions[1];
  EXPECT_EQ(sale.code, "S");
  EXPECT_EQ(sale.acquired_disposed, "D");
  EXPECT_EQ(sale.shares, std::optional<double>(4424));
  EXPECT_EQ(sale.price, std::optional<double>(402.841));
  EXPECT_EQ(sale.shares_owned_following, std::optional<double>(100976));
  EXPECT_TRUE(HasMark(sale.footnotes, "code", "F1"));
  EXPECT_TRUE(HasMark(sale.footnotes, "price", "F2"));
  ASSERT_EQ(r.signatures.size(), 1u);
  EXPECT_EQ(r.signatures[0].name,
            "By: Aaron Beckman, Power of Attorney For: Kathleen Wilson-Thompson");
}

// Amazon.com, Form 4 of 2024-04-12 (0001018724-24-000077): a director's
// restricted stock unit award, a Table II row with its derivative terms.
TEST(ReadOwnershipXml, ReadsDerivativeTransaction) {
  const OwnershipRecord r = ReadOrDie(OwnershipBody("4/0001018724-24-000077.txt"));
  EXPECT_EQ(r.issuer.name, "AMAZON COM INC");
  ASSERT_EQ(r.reporting_owners.size(), 1u);
  EXPECT_EQ(r.reporting_owners[0].cik, "0001851101");
  EXPECT_EQ(r.reporting_owners[0].zip, "98108-1226");
  ASSERT_EQ(r.transactions.size(), 1u);
  const OwnershipTransaction& t = r.transactions[0];
  EXPECT_TRUE(t.derivative);
  EXPECT_EQ(t.security_title, "Restricted Stock Unit Award");
  EXPECT_EQ(t.conversion_or_exercise_price, std::optional<double>(0));
  EXPECT_EQ(t.date, "2024-04-12");
  EXPECT_EQ(t.code, "A");
  EXPECT_EQ(t.shares, std::optional<double>(5952));
  EXPECT_EQ(t.exercise_date, "2025-05-15");
  EXPECT_EQ(t.expiration_date, "2027-05-15");
  EXPECT_EQ(t.underlying_security_title, "Common Stock, par value $.01  per share");
  EXPECT_EQ(t.underlying_shares, std::optional<double>(5952));
  EXPECT_EQ(t.shares_owned_following, std::optional<double>(5952));
  EXPECT_TRUE(HasMark(t.footnotes, "conversion_or_exercise_price", "F1"));
  EXPECT_TRUE(HasMark(t.footnotes, "exercise_date", "F2"));
}

// AAR, Form 4 of 2025-01-10 (0001127602-25-001055): an officer whose
// relationship names only <isOfficer>; the other flags are absent, not false.
TEST(ReadOwnershipXml, KeepsAbsentFlagsAbsent) {
  const OwnershipRecord r = ReadOrDie(OwnershipBody("4/0001127602-25-001055.txt"));
  EXPECT_EQ(r.issuer.cik, "0000001750");
  ASSERT_EQ(r.reporting_owners.size(), 1u);
  const OwnershipReportingOwner& owner = r.reporting_owners[0];
  EXPECT_EQ(owner.is_officer, std::optional<bool>(true));
  EXPECT_EQ(owner.officer_title, "Senior VP, GC, CAO & Secretary");
  EXPECT_EQ(owner.is_director, std::nullopt);
  EXPECT_EQ(owner.is_ten_percent_owner, std::nullopt);
  ASSERT_EQ(r.transactions.size(), 1u);
  EXPECT_EQ(r.transactions[0].price, std::optional<double>(66.903));
  EXPECT_EQ(r.transactions[0].timeliness, "");
}

// 10x Genomics, Form 4 of 2023 (0001610717-23-000035), schema X0407: Table I
// rows come before the Table II row, whatever the order of the tables.
TEST(ReadOwnershipXml, ReadsBothTablesOfAnOlderSchema) {
  const OwnershipRecord r = ReadOrDie(OwnershipBody("4/0001610717-23-000035.txt"));
  EXPECT_EQ(r.schema_version, "X0407");
  ASSERT_EQ(r.transactions.size(), 3u);
  EXPECT_FALSE(r.transactions[0].derivative);
  EXPECT_EQ(r.transactions[1].price, std::optional<double>(52.8208));
  EXPECT_EQ(r.transactions[1].shares_owned_following, std::optional<double>(169745));
  const OwnershipTransaction& option = r.transactions[2];
  EXPECT_TRUE(option.derivative);
  EXPECT_EQ(option.security_title, "Stock Option (right to buy)");
  EXPECT_EQ(option.conversion_or_exercise_price, std::optional<double>(1.16));
  EXPECT_EQ(option.exercise_date, "");
  EXPECT_TRUE(HasMark(option.footnotes, "exercise_date", "F2"));
  EXPECT_EQ(option.expiration_date, "2027-06-12");
  EXPECT_EQ(option.shares_owned_following, std::optional<double>(0));
}

// Lam Research, Form 4/A of 2024-12-10 (0000707549-25-000004): the date of
// the original submission, remarks, footnotes on the ownership nature.
TEST(ReadOwnershipXml, ReadsAmendment) {
  const OwnershipRecord r = ReadOrDie(OwnershipBody("4_A/0000707549-25-000004.txt"));
  EXPECT_EQ(r.document_type, "4/A");
  EXPECT_EQ(r.date_of_original_submission, "2024-11-04");
  EXPECT_EQ(r.remarks,
            "Adjusted to reflect a ten-for-one forward split of the Issuer's common stock "
            "effective after market close on October 2, 2024.");
  ASSERT_EQ(r.transactions.size(), 2u);
  EXPECT_EQ(r.transactions[0].code, "G");
  EXPECT_EQ(r.transactions[0].shares, std::optional<double>(3690));
  EXPECT_EQ(r.transactions[0].price, std::optional<double>(0));
  EXPECT_TRUE(HasMark(r.transactions[0].footnotes, "direct_indirect", "F1"));
  EXPECT_EQ(r.transactions[1].direct_indirect, "I");
  EXPECT_EQ(r.transactions[1].nature_of_ownership, "by trust");
  ASSERT_EQ(r.signatures.size(), 1u);
  EXPECT_EQ(r.signatures[0].date, "2024-12-10");
}

// A Form 4 of 2000, filed as text before EDGAR took ownership XML.
TEST(LooksLikeOwnershipXml, RejectsATextForm4) {
  const std::string submission = ReadCorpusFile("4/0001094891-00-000193.txt");
  ASSERT_FALSE(submission.empty());
  EXPECT_FALSE(LooksLikeOwnershipXml(submission));
}

// ---------------------------------------------------------------------------
// Hand-made edge cases, in the shapes filers use

constexpr std::string_view kLenient =
    "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n"
    "<ownershipDocument>\n"
    "  <documentType> 3 </documentType>\n"
    "  <periodOfReport>2024-04-29-05:00</periodOfReport>\n"
    "  <noSecuritiesOwned>true</noSecuritiesOwned>\n"
    "  <issuer><issuerCik>320193</issuerCik><issuerName>Apple Inc.</issuerName></issuer>\n"
    "  <reportingOwner>\n"
    "    <reportingOwnerId><rptOwnerCik> 1214156 </rptOwnerCik></reportingOwnerId>\n"
    "    <reportingOwnerRelationship><isDirector>TRUE</isDirector>"
    "<isOther>yes</isOther></reportingOwnerRelationship>\n"
    "  </reportingOwner>\n"
    "  <nonDerivativeTable>\n"
    "    <nonDerivativeHolding>\n"
    "      <securityTitle>Common Stock</securityTitle>\n"
    "      <footnoteId id=\"F9\"/>\n"
    "      <postTransactionAmounts><sharesOwnedFollowingTransaction>"
    "<value> 1,234,567.5 </value><footnoteId id=\"F1\"/><footnoteId id=\"F1\"/>"
    "</sharesOwnedFollowingTransaction></postTransactionAmounts>\n"
    "      <ownershipNature><directOrIndirectOwnership><value>D</value>"
    "</directOrIndirectOwnership><footnoteId id=\"F2\"/></ownershipNature>\n"
    "    </nonDerivativeHolding>\n"
    "    <nonDerivativeTransaction>\n"
    "      <transactionDate><value>2024-04-29Z</value></transactionDate>\n"
    "      <transactionAmounts>\n"
    "        <transactionShares><value>see note</value><footnoteId id=\"F3\"/>"
    "</transactionShares>\n"
    "        <transactionPricePerShare><value><![CDATA[12.5]]></value>"
    "</transactionPricePerShare>\n"
    "      </transactionAmounts>\n"
    "    </nonDerivativeTransaction>\n"
    "  </nonDerivativeTable>\n"
    "  <footnotes><footnote id=\"F1\">Held &amp; <b>voted</b>\n   jointly.</footnote>"
    "</footnotes>\n"
    "</ownershipDocument>\n";

TEST(ReadOwnershipXml, ReadsValuesLeniently) {
  const OwnershipRecord r = ReadOrDie(kLenient);
  EXPECT_EQ(r.document_type, "3");
  EXPECT_EQ(r.period_of_report, "2024-04-29");
  EXPECT_EQ(r.no_securities_owned, std::optional<bool>(true));
  EXPECT_EQ(r.issuer.cik, "0000320193");
  EXPECT_EQ(r.issuer.trading_symbol, "");
  ASSERT_EQ(r.reporting_owners.size(), 1u);
  EXPECT_EQ(r.reporting_owners[0].cik, "0001214156");
  EXPECT_EQ(r.reporting_owners[0].is_director, std::optional<bool>(true));
  EXPECT_EQ(r.reporting_owners[0].is_other, std::nullopt);

  ASSERT_EQ(r.holdings.size(), 1u);
  const OwnershipHolding& h = r.holdings[0];
  EXPECT_EQ(h.security_title, "Common Stock");
  EXPECT_EQ(h.shares_owned_following, std::optional<double>(1234567.5));
  EXPECT_EQ(h.direct_indirect, "D");
  ASSERT_EQ(h.footnotes.size(), 3u);
  EXPECT_TRUE(HasMark(h.footnotes, "row", "F9"));
  EXPECT_TRUE(HasMark(h.footnotes, "shares_owned_following", "F1"));
  EXPECT_TRUE(HasMark(h.footnotes, "direct_indirect", "F2"));

  ASSERT_EQ(r.transactions.size(), 1u);
  const OwnershipTransaction& t = r.transactions[0];
  EXPECT_EQ(t.date, "2024-04-29");
  EXPECT_EQ(t.shares, std::nullopt);
  EXPECT_TRUE(HasMark(t.footnotes, "shares", "F3"));
  EXPECT_EQ(t.price, std::optional<double>(12.5));

  ASSERT_EQ(r.footnotes.size(), 1u);
  EXPECT_EQ(r.footnotes[0].text, "Held & voted jointly.");
}

TEST(ReadOwnershipXml, ReadsLatin1WhenDeclared) {
  const OwnershipRecord r = ReadOrDie(
      "<XML>\n<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<ownershipDocument><issuer>"
      "<issuerName>Soci\xE9t\xE9 G\xE9n\xE9rale</issuerName></issuer></ownershipDocument>\n"
      "</XML>\n");
  EXPECT_EQ(r.issuer.name, "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale");
}

TEST(ReadOwnershipXml, AcceptsAnEmptyDocument) {
  const OwnershipRecord r = ReadOrDie("  <xml>\n<ownershipDocument/>\n</xml>\n");
  EXPECT_EQ(r.document_type, "");
  EXPECT_TRUE(r.reporting_owners.empty());
  EXPECT_TRUE(r.transactions.empty());
}

// ---------------------------------------------------------------------------
// Bad input: an error naming the byte offset, never a crash

TEST(ReadOwnershipXml, RejectsTruncatedXmlWithItsOffset) {
  const std::string body = OwnershipBody("4/0000842517-24-000086.txt");
  ASSERT_FALSE(body.empty());
  const std::string truncated = body.substr(0, body.find("</transactionShares>"));
  const Result<OwnershipRecord> r = ReadOwnershipXml(truncated);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(r.error().message().find("at byte " + std::to_string(truncated.size() - 1)),
            std::string::npos)
      << r.error().message();
  EXPECT_NE(r.error().message().find("expected the end tag"), std::string::npos);
}

TEST(ReadOwnershipXml, RejectsMalformedTagWithItsOffset) {
  // The offset counts from the start of the body, <XML> wrapper included.
  const Result<OwnershipRecord> r =
      ReadOwnershipXml("<XML>\n<ownershipDocument><issuer <</issuer></ownershipDocument></XML>");
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message().find("at byte 33"), std::string::npos) << r.error().message();
}

TEST(ReadOwnershipXml, RejectsNonXmlBytes) {
  for (std::string_view bytes :
       {std::string_view(), std::string_view("not xml at all"), std::string_view("\0\x01\xFF", 3),
        std::string_view("<<<>>>"), std::string_view("<?xml"), std::string_view("</XML>")}) {
    const Result<OwnershipRecord> r = ReadOwnershipXml(bytes);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code(), ErrorCode::kInvalidInput);
    EXPECT_NE(r.error().message().find("at byte "), std::string::npos) << r.error().message();
  }
}

TEST(ReadOwnershipXml, RejectsOtherXml) {
  const Result<OwnershipRecord> r = ReadOwnershipXml("<?xml version=\"1.0\"?>\n<edgarSubmission/>");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().message(),
            "ownership XML at byte 22: expected <ownershipDocument> as the root element, found "
            "<edgarSubmission>");
}

// ---------------------------------------------------------------------------
// OwnershipToJson

TEST(OwnershipToJson, WritesTheExtractionShape) {
  OwnershipRecord r = ReadOrDie(OwnershipBody("4/0000842517-24-000086.txt"));
  r.document = 1;
  const nlohmann::json json = OwnershipToJson(r);
  ASSERT_EQ(json.at("reporting_owners").size(), 1u);
  ASSERT_EQ(json.at("transactions").size(), 1u);
  EXPECT_EQ(json.at("document"), 1);
  EXPECT_EQ(json.at("document_type"), "4");
  EXPECT_EQ(json.at("issuer").at("cik"), "0000842517");
  EXPECT_TRUE(json.at("remarks").is_null());
  EXPECT_TRUE(json.at("date_of_original_submission").is_null());
  const nlohmann::json& owner = json.at("reporting_owners").at(0);
  EXPECT_EQ(owner.at("is_director"), true);
  EXPECT_TRUE(owner.at("officer_title").is_null());
  EXPECT_TRUE(owner.at("street2").is_null());
  const nlohmann::json& t = json.at("transactions").at(0);
  EXPECT_EQ(t.at("derivative"), false);
  EXPECT_EQ(t.at("shares"), 275.634);
  EXPECT_EQ(t.at("price"), 18.14);
  EXPECT_EQ(t.at("acquired_disposed"), "A");
  EXPECT_TRUE(t.at("deemed_execution_date").is_null());
  EXPECT_TRUE(t.at("underlying_shares").is_null());
  EXPECT_EQ(t.at("footnotes"),
            nlohmann::json::parse(R"([{"field":"shares_owned_following","id":"F1"}])"));
  EXPECT_EQ(json.at("holdings").size(), 2u);
  EXPECT_FALSE(json.at("holdings").at(0).contains("price"));
  EXPECT_EQ(json.at("footnotes").at(0).at("id"), "F1");
  EXPECT_EQ(json.at("signatures").at(0).at("date"), "2024-05-01");
}

}  // namespace
}  // namespace edgard::extract
