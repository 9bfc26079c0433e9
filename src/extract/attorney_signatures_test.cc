#include "extract/attorney_signatures.h"

#include <gtest/gtest.h>

#include <string>

#include "base/file_buffer.h"
#include "extract/words.h"
#include "parse/sgml/envelope.h"
#include "testdata_path.h"

namespace edgard::extract {
namespace {

// Signatures as real Section 16 reports write them (corpus Forms 4).
TEST(ReadAttorneySignature, TheWaysFormsFourWriteThem) {
  auto a = ReadAttorneySignature("/s/ Jung Yeon Son, Attorney-in-Fact for Roelof Botha");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->signer, "Jung Yeon Son");
  EXPECT_EQ(a->principal, "Roelof Botha");
  a = ReadAttorneySignature("By: Aaron Beckman by Power of Attorney For: Elon Musk");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->signer, "Aaron Beckman");
  EXPECT_EQ(a->principal, "Elon Musk");
  a = ReadAttorneySignature("/s/ by Mark F. Hoffman as attorney-in-fact for Andrew Y. Ng");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->signer, "Mark F. Hoffman");
  EXPECT_EQ(a->principal, "Andrew Y. Ng");
  a = ReadAttorneySignature("/s/ Katherine Kwiat, power of attorney");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->signer, "Katherine Kwiat");
  EXPECT_EQ(a->principal, "");
  a = ReadAttorneySignature("By: Kristin Johnston, Attorney-in-fact For: the Reporting Person");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->signer, "Kristin Johnston");
  EXPECT_EQ(a->principal, "");  // the report's own owner
  a = ReadAttorneySignature("/s/ Seth R. Weissman, Atty-in-Fact for Elon Musk");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->signer, "Seth R. Weissman");
  EXPECT_FALSE(ReadAttorneySignature("/s/ Elon R. Musk"));
  EXPECT_FALSE(ReadAttorneySignature(""));
}

// The one name matcher of the timeline and the signature links: initials
// count only when asked, courtesy titles never.
TEST(NameWordsWithin, InitialsOnlyWhenAsked) {
  EXPECT_TRUE(NameWordsWithin("Andrew Heaton", "Wm. Andrew Heaton", true));
  EXPECT_TRUE(NameWordsWithin("Dr. Heaton", "Wm. Andrew Heaton", true));
  EXPECT_FALSE(NameWordsWithin("J. Irving", "Judi Irving", true));
  EXPECT_TRUE(NameWordsWithin("J. Irving", "Judi Irving", false));
  EXPECT_FALSE(NameWordsWithin("Mr.", "Judi Irving", false));
}

TEST(SameNameAnyOrder, SurnameFirstAndInitials) {
  EXPECT_TRUE(SameNameAnyOrder("Garascia Jessica A.", "Jessica A. Garascia"));
  EXPECT_TRUE(SameNameAnyOrder("McGuirk Richard L", "Richard McGuirk"));
  EXPECT_FALSE(SameNameAnyOrder("Musk Elon", "Kimbal Musk"));
  EXPECT_FALSE(SameNameAnyOrder("", "Elon Musk"));
}

Result<Extraction> ExtractTestdata(const std::string& name) {
  const std::string path = (testing::TestdataDir() / name).string();
  auto buffer = FileBuffer::Read(path, sgml::kMaxInputBytes);
  if (!buffer) return buffer.error();
  return ExtractFiling(buffer->view(), path);
}

// AAR's Form 4 of January 2025 carries the EX-24 its signature relies on.
TEST(LinkAttorneySignatures, FormFourWithItsPowerOfAttorney) {
  auto e = ExtractTestdata("corpus/4/0001127602-25-001055.txt");
  ASSERT_TRUE(e) << e.error().ToString();
  ASSERT_TRUE(e->ownership);
  ASSERT_EQ(e->ownership->signatures.size(), 1u);
  const OwnershipSignature& s = e->ownership->signatures[0];
  EXPECT_EQ(s.attorney_in_fact, "Katherine Kwiat");
  EXPECT_EQ(s.principal, "Garascia Jessica A.");
  EXPECT_EQ(s.power_of_attorney, 2);
  for (const Warning& w : e->warnings) {
    EXPECT_EQ(w.message.find("attorney-in-fact"), std::string::npos) << w.message;
  }
}

// Tesla's Form 4 of February 2025 is signed under a power of attorney filed
// earlier, not with it: flagged.
TEST(LinkAttorneySignatures, SignatureWithoutAPowerOfAttorneyInTheFiling) {
  auto e = ExtractTestdata("corpus/4/0000950170-25-003585.txt");
  ASSERT_TRUE(e) << e.error().ToString();
  ASSERT_TRUE(e->ownership);
  ASSERT_FALSE(e->ownership->signatures.empty());
  EXPECT_EQ(e->ownership->signatures[0].power_of_attorney, 0);
  EXPECT_EQ(e->ownership->signatures[0].attorney_in_fact, "Aaron Beckman");
  bool flagged = false;
  for (const Warning& w : e->warnings) {
    flagged = flagged || w.message.find(
                             "no power of attorney in this filing appoints Aaron "
                             "Beckman for Kathleen Wilson-Thompson") != std::string::npos;
  }
  EXPECT_TRUE(flagged);
}

}  // namespace
}  // namespace edgard::extract
