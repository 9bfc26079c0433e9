#include "extract/items.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "extract/exhibits.h"

namespace edgard::extract {
namespace {

// HemaCare's 8-K of 2003-06-27 (legacy text, after its cover page).
constexpr std::string_view kHemaCare =
    "Registrant's telephone number, including area code: (818) 226-1968\n"
    "\n"
    "                              -1-\n"
    "\n"
    "ITEM 5. OTHER EVENTS AND REGULATION FD DISCLOSURE\n"
    "\n"
    "The text of a press release dated June 27, 2003, issued by\n"
    "HemaCare Corporation (\"HemaCare\") annoucing the appointment of\n"
    "Rose Marcario as Chief Financial Officer is attached as\n"
    "Exhibit 99.1 hereto and is incorporated by reference herein.\n"
    "\n"
    "\n"
    "ITEM 7. FINANCIAL STATEMENTS AND EXHIBITS\n"
    "\n"
    "(c) Exhibits\n"
    "\n"
    "Exhibit Number   Description\n"
    "\n"
    "99.1             Press Release issued by HemaCare, dated\n"
    "                 June 27, 2003\n"
    "\n"
    "\n"
    "                           SIGNATURES\n"
    "\n"
    "Pursuant  to the requirements of the Securities Exchange  Act  of\n";

std::string_view TextOf(std::string_view text, const ItemRecord& item) {
  return text.substr(item.text_begin, item.text_end - item.text_begin);
}

TEST(SplitItems, ReadsLegacyEightKItemsUpToTheSignatures) {
  const auto items = SplitItems(kHemaCare, ItemScheme::kEightK, 1);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].number, "5");
  EXPECT_EQ(items[0].title, "OTHER EVENTS AND REGULATION FD DISCLOSURE");
  EXPECT_EQ(items[0].status, "extracted");
  EXPECT_TRUE(TextOf(kHemaCare, items[0]).starts_with("The text of a press release"));
  EXPECT_TRUE(TextOf(kHemaCare, items[0]).ends_with("incorporated by reference herein."));
  EXPECT_EQ(items[1].number, "7");
  EXPECT_EQ(items[1].title, "FINANCIAL STATEMENTS AND EXHIBITS");
  EXPECT_TRUE(TextOf(kHemaCare, items[1]).ends_with("June 27, 2003"));
  EXPECT_EQ(items[1].document, 1);
}

TEST(ReadExhibitList, ReadsAWrappedLegacyEntry) {
  const auto items = SplitItems(kHemaCare, ItemScheme::kEightK, 1);
  const auto exhibits = ReadExhibitList(kHemaCare, items);
  ASSERT_EQ(exhibits.size(), 1u);
  EXPECT_EQ(exhibits[0].number, "99.1");
  EXPECT_EQ(exhibits[0].description, "Press Release issued by HemaCare, dated June 27, 2003");
  EXPECT_EQ(exhibits[0].document, 0);
}

TEST(LinkExhibits, LinksListedToAttachedAndAddsTheUnlisted) {
  std::vector<ExhibitRecord> exhibits = {{"99.1", "Press release", 0}};
  std::vector<DocumentRecord> documents(3);
  documents[0].sequence = 1;
  documents[0].type = "8-K";
  documents[1].sequence = 2;
  documents[1].type = "EX-99.1";
  documents[2].sequence = 3;
  documents[2].type = "EX-23";
  documents[2].description = "CONSENT OF  AUDITORS";
  LinkExhibits(documents, &exhibits);
  ASSERT_EQ(exhibits.size(), 2u);
  EXPECT_EQ(exhibits[0].document, 2);
  EXPECT_EQ(exhibits[1].number, "23");
  EXPECT_EQ(exhibits[1].description, "CONSENT OF AUDITORS");
  EXPECT_EQ(exhibits[1].document, 3);
}

// Microsoft's 10-K of 2013 (HTML): a contents page, then the body, whose
// pages repeat "PART II" and the item number as a running header.
constexpr std::string_view kMicrosoft =
    "Item 8. | Financial Statements and Supplementary Data | 49\n"
    "Item 9. | Changes in and Disagreements with Accountants on Accounting and Financial "
    "Disclosure | 90\n"
    "Item 9A. | Controls and Procedures | 90\n"
    "Item 9B. | Other Information | 92\n"
    "\n"
    "PART II\n\nItem 8\n\n"
    "ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA\n\n"
    "INCOME STATEMENTS\n\n"
    "PART II\n\nItem 8\n\nBALANCE SHEETS\n\n"
    "PART II\n\nItem 8\n\nCASH FLOWS STATEMENTS\n\n"
    "PART II\n\nItem 9, 9A\n\n"
    "ITEM 9. CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND FINANCIAL "
    "DISCLOSURE\n\n"
    "Not applicable.\n\n"
    "ITEM 9A. CONTROLS AND PROCEDURES\n\n"
    "Under the supervision and with the participation of our management, including the Chief "
    "Executive Officer and Chief Financial Officer, we conducted an evaluation\n\n"
    "90\n\nTable of Contents\n\nPART II\n\nItem 9A\n\n"
    "REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM\n\n"
    "To the Board of Directors and Stockholders of Microsoft Corporation\n\n"
    "ITEM 9B. OTHER INFORMATION\n\n"
    "Not applicable.\n";

TEST(SplitItems, SkipsTheContentsPageAndRunningHeaders) {
  const auto items = SplitItems(kMicrosoft, ItemScheme::kTenK, 1);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].number, "8");
  EXPECT_EQ(items[0].title, "FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA");
  // The running headers do not cut the item short.
  EXPECT_NE(TextOf(kMicrosoft, items[0]).find("CASH FLOWS STATEMENTS"), std::string_view::npos);
  EXPECT_EQ(items[1].number, "9");
  EXPECT_EQ(items[1].status, "not_applicable");
  EXPECT_EQ(items[2].number, "9A");
  EXPECT_EQ(items[2].title, "CONTROLS AND PROCEDURES");
  EXPECT_NE(TextOf(kMicrosoft, items[2]).find("To the Board of Directors"), std::string_view::npos);
  EXPECT_EQ(items[3].number, "9B");
  EXPECT_EQ(items[3].status, "not_applicable");
}

// Apollo Group's 10-K of 1999: Part III items share one note.
constexpr std::string_view kPartThree =
    "PART III\n\n"
    "Item 10: Directors and Executive Officers of the Registrant\n\n"
    "Item 11: Executive Compensation\n\n"
    "Item 12: Security Ownership of Certain Beneficial Owners and Management\n\n"
    "Item 13: Certain Relationships and Related Transactions\n\n"
    "The information called for by Items 10, 11, 12 and 13 are incorporated by reference to "
    "the Company\xE2\x80\x99s definitive Proxy Statement for the 1999 Annual Meeting of "
    "Shareholders to be filed pursuant to Regulation 14A.\n\n"
    "PART IV\n\n"
    "Item 14: Exhibits, Financial Statement Schedules and Reports on Form 8-K\n\n"
    "Item 14(a)(1):\n\n"
    "Financial Statements\n";

TEST(SplitItems, HeadingsInARowShareTheStatusOfTheirNote) {
  const auto items = SplitItems(kPartThree, ItemScheme::kTenK, 1);
  ASSERT_EQ(items.size(), 5u);
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(items[i].number, std::to_string(10 + i));
    EXPECT_EQ(items[i].status, "incorporated_by_reference") << items[i].number;
  }
  // The note ends at PART IV; "Item 14(a)(1)" is a sub-heading of Item 14.
  EXPECT_TRUE(TextOf(kPartThree, items[3]).ends_with("Regulation 14A."));
  EXPECT_EQ(items[4].number, "14");
  EXPECT_NE(TextOf(kPartThree, items[4]).find("Item 14(a)(1)"), std::string_view::npos);
}

TEST(SplitItems, MentionsAreNotHeadings) {
  constexpr std::string_view kText =
      "Item 7 of this report discusses our results.\n"
      "Item 1A, \"Risk Factors,\" of this Form 10-K describes them.\n"
      "Items 1 through 4, 6 and 8 Not Applicable.\n";
  EXPECT_TRUE(SplitItems(kText, ItemScheme::kTenK, 1).empty());
}

TEST(SplitItems, ReadsCombinedHeadingsAndTenQParts) {
  constexpr std::string_view kText =
      "PART I - FINANCIAL INFORMATION\n"
      "Item 1. | Financial Statements\n"
      "Condensed statements follow.\n"
      "Items 2 and 3. Management's Discussion and Analysis and Market Risk\n"
      "Net sales rose.\n"
      "PART II - OTHER INFORMATION\n"
      "Item 1. | Legal Proceedings\n"
      "None.\n";
  const auto items = SplitItems(kText, ItemScheme::kTenQ, 1);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].part, "I");
  EXPECT_EQ(items[1].number, "2");
  EXPECT_EQ(items[2].number, "3");
  EXPECT_EQ(items[1].text_begin, items[2].text_begin);
  EXPECT_EQ(items[3].part, "II");
  EXPECT_EQ(items[3].number, "1");
  EXPECT_EQ(items[3].status, "not_applicable");
}

TEST(ItemSchemeOf, KnowsTheFormFamilies) {
  EXPECT_EQ(ItemSchemeOf("8-K/A"), ItemScheme::kEightK);
  EXPECT_EQ(ItemSchemeOf("10-K405"), ItemScheme::kTenK);
  EXPECT_EQ(ItemSchemeOf("10-QSB"), ItemScheme::kTenQ);
  EXPECT_EQ(ItemSchemeOf("S-1"), ItemScheme::kNone);
}

}  // namespace
}  // namespace edgard::extract
