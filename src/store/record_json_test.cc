// ParseExtractionParts keeps the top-level members asked for, whole, and
// nothing else, on the extraction JSON of a real filing.

#include "store/record_json.h"

#include <gtest/gtest.h>

#include "base/file_buffer.h"
#include "edgard/extraction.h"
#include "parse/sgml/envelope.h"
#include "testdata_json.h"

namespace edgard::store {
namespace {

using nlohmann::json;

TEST(ParseExtractionParts, KeepsTheMembersAskedForWhole) {
  // A 10-K with financial facts, items and parties.
  const auto path = testing::TestdataDir() / "corpus" / "10-K" / "0000021344-98-000004.txt";
  auto buffer = FileBuffer::Read(path.string(), sgml::kMaxInputBytes);
  ASSERT_TRUE(buffer) << path;
  auto extraction = ExtractFiling(buffer->view(), path.string());
  ASSERT_TRUE(extraction);
  const std::string text = ExtractionToJson(*extraction, -1);
  const json whole = json::parse(text);
  ASSERT_FALSE(whole["financial_facts"].empty());

  const json parts = ParseExtractionParts(text, {"submission", "documents"});
  ASSERT_TRUE(parts.is_object());
  EXPECT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts["submission"], whole["submission"]);
  EXPECT_EQ(parts["documents"], whole["documents"]);
  EXPECT_FALSE(parts.contains("financial_facts"));

  const json none = ParseExtractionParts(text, {});
  EXPECT_TRUE(none.is_object());
  EXPECT_TRUE(none.empty());
  EXPECT_TRUE(ParseExtractionParts("{\"submission\": [1,", {"submission"}).is_discarded());
}

TEST(ParseExtractionParts, AgreesWithTheWholeParseOnEveryTestdataFiling) {
  const auto filings = testing::TestdataExtractionJson();
  EXPECT_GT(filings.size(), 200u) << "testdata not found under " << testing::TestdataDir();
  for (const auto& [path, text] : filings) {
    const json whole = json::parse(text);
    const json parts =
        ParseExtractionParts(text, {"submission", "ownership", "powers_of_attorney", "warnings"});
    ASSERT_EQ(parts.size(), 4u) << path;
    for (const char* key : {"submission", "ownership", "powers_of_attorney", "warnings"}) {
      EXPECT_EQ(parts[key], whole[key]) << path << " " << key;
    }
  }
}

TEST(TopLevelMembers, FollowsStringsAndBrackets) {
  std::vector<std::pair<std::string_view, std::string_view>> members;
  ASSERT_TRUE(TopLevelMembers(
      " {\"a\" : \"x\\\"}]\\\\\" , \"b\":[{\"c\":\"]\"},[]],\"d\":-1.5e3,\"e\":null,"
      "\"f\":{}}\n",
      &members));
  ASSERT_EQ(members.size(), 5u);
  EXPECT_EQ(members[0].first, "a");
  EXPECT_EQ(members[0].second, "\"x\\\"}]\\\\\"");
  EXPECT_EQ(members[1].second, "[{\"c\":\"]\"},[]]");
  EXPECT_EQ(members[2].second, "-1.5e3");
  EXPECT_EQ(members[3].second, "null");
  EXPECT_EQ(members[4].second, "{}");
  EXPECT_TRUE(TopLevelMembers("{}", &members));
  EXPECT_TRUE(members.empty());
  for (const char* bad : {"", "[1]", "{\"a\":1", "{\"a\":[1}", "{\"a\":\"x}", "{\"a\" 1}",
                          "{\"a\":1,}", "{\"a\":1} x", "{a:1}", "{\"a\":}"}) {
    EXPECT_FALSE(TopLevelMembers(bad, &members)) << bad;
  }
  // Not an object as written: parsed whole, or discarded when not JSON.
  EXPECT_TRUE(ParseExtractionParts("[1, 2]", {"a"}).is_array());
  EXPECT_TRUE(ParseExtractionParts("{\"a\": tru}", {"a"}).is_discarded());
}

}  // namespace
}  // namespace edgard::store
