// JsonWriter writes what nlohmann::json::dump() writes, and the extraction
// JSON of every filing in testdata/ is canonical JSON: parsed and dumped
// again by nlohmann, it is the same bytes (keys sorted, same escapes and
// numbers).

#include "extract/json_writer.h"

#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>

#include "testdata_json.h"

namespace edgard::extract {
namespace {

using nlohmann::json;

std::string Dumped(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

TEST(JsonWriter, StringsAsNlohmannWritesThem) {
  const std::string cases[] = {
      "",
      "plain ASCII",
      "quote \" backslash \\ slash /",
      "tab\tnewline\nreturn\rfeed\fback\b",
      std::string("nul \0 unit \x1f delete \x7f", 21),
      "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x93\x88",  // é € and a four-byte sign
      "overlong \xc0\x80 end",
      "surrogate \xed\xa0\x80 end",
      "cut \xe2\x82",
      "above U+10FFFF \xf4\x90\x80\x80",
      "lone continuation \x80\xbf and \xf5",
      "Latin-1 r\xe9sum\xe9",
  };
  for (const std::string& value : cases) {
    std::string out;
    JsonWriter w(&out);
    w.String(value);
    EXPECT_EQ(out, Dumped(json(value))) << value;
  }
}

TEST(JsonWriter, NumbersAndNestingAsNlohmannWritesThem) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("a");
  w.BeginArray();
  for (double d : {0.0, -0.0, 1.0, 0.1, 1234567.89, -2.5e-7, 1e300, 12345678901234567.0,
                   std::numeric_limits<double>::quiet_NaN()}) {
    w.Double(d);
  }
  w.EndArray();
  w.Member("b", int64_t{-9007199254740993});
  w.Member("c", size_t{18446744073709551615u});
  w.Key("d");
  w.BeginObject();
  w.EndObject();
  w.Key("e");
  w.BeginArray();
  w.EndArray();
  w.Key("f");
  w.Bool(false);
  w.MemberOrNull("g", "");
  w.Member("h", std::vector<std::string>{"x", "y"});
  w.Key("i");
  w.Raw("{\"k\":1}");
  w.EndObject();
  const json expected = {
      {"a", {0.0, -0.0, 1.0, 0.1, 1234567.89, -2.5e-7, 1e300, 12345678901234567.0, nullptr}},
      {"b", int64_t{-9007199254740993}},
      {"c", size_t{18446744073709551615u}},
      {"d", json::object()},
      {"e", json::array()},
      {"f", false},
      {"g", nullptr},
      {"h", {"x", "y"}},
      {"i", {{"k", 1}}}};
  EXPECT_EQ(out, Dumped(expected));
}

TEST(ExtractionJson, IsCanonicalForEveryTestdataFiling) {
  const auto filings = testing::TestdataExtractionJson();
  EXPECT_GT(filings.size(), 200u) << "testdata not found under " << testing::TestdataDir();
  for (const auto& [path, out] : filings) {
    const json parsed = json::parse(out, nullptr, false);
    ASSERT_FALSE(parsed.is_discarded()) << path;
    EXPECT_EQ(out, Dumped(parsed)) << path;
  }
}

}  // namespace
}  // namespace edgard::extract
