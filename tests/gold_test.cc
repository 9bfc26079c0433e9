// Runs every gold file under testdata/gold against `ExtractFiling` of its
// input and checks the parts of the extraction JSON that edgard claims to
// produce today (kCheckedParts). A miss is a failure. Prints the totals.

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "base/file_buffer.h"
#include "edgard/extraction.h"
#include "gold_match.h"
#include "parse/sgml/envelope.h"
#include "testdata_path.h"

namespace edgard {
namespace {

using nlohmann::json;

// Parts of the gold files checked so far: the whole `submission` (from the
// header, or from the cover page of a document without one), and each
// document's type, file name, description and kind.
const char* const kCheckedDocumentKeys[] = {"type", "filename", "description", "kind"};

json SelectParts(const json& gold) {
  json out = json::object();
  if (gold.contains("submission")) out["submission"] = gold["submission"];
  if (gold.contains("documents")) {
    json docs = json::array();
    for (const json& doc : gold["documents"]) {
      json kept = json::object();
      for (const char* key : kCheckedDocumentKeys) {
        if (doc.contains(key)) kept[key] = doc[key];
      }
      if (!kept.empty()) docs.push_back(kept);
    }
    if (!docs.empty()) out["documents"] = docs;
  }
  return out;
}

TEST(GoldCorpus, SubmissionAndDocumentTagsMatchEveryGoldFile) {
  const std::filesystem::path root = testing::TestdataDir();
  std::ifstream index(root / "gold/corpus/INDEX.tsv");
  ASSERT_TRUE(index) << "missing " << (root / "gold/corpus/INDEX.tsv");
  std::string line;
  std::getline(index, line);  // column names
  int files = 0, checks_passed = 0, checks_failed = 0, files_failed = 0;
  while (std::getline(index, line)) {
    std::istringstream fields(line);
    std::string gold_name, input_name;
    std::getline(fields, gold_name, '\t');
    std::getline(fields, input_name, '\t');
    std::ifstream gold_file(root / "gold/corpus" / gold_name);
    ASSERT_TRUE(gold_file) << gold_name;
    const std::string input = (root / "corpus" / input_name).string();
    auto buffer = FileBuffer::Read(input, sgml::kMaxInputBytes);
    ASSERT_TRUE(buffer) << buffer.error().ToString();
    auto extraction = ExtractFiling(buffer->view(), input);
    ASSERT_TRUE(extraction) << extraction.error().ToString();
    const json gold = SelectParts(json::parse(gold_file));
    if (gold.empty()) continue;
    ++files;
    const json actual = json::parse(ExtractionToJson(*extraction, -1));
    testing::GoldResult result = testing::CheckGold(gold, actual);
    checks_passed += result.passed;
    checks_failed += result.failed;
    if (result.failed > 0) ++files_failed;
    for (const std::string& miss : result.misses) ADD_FAILURE() << input_name << " " << miss;
  }
  std::printf(
      "gold (submission, document tags and kinds): %d files, %d failed; %d checks passed, "
      "%d failed\n",
      files, files_failed, checks_passed, checks_failed);
  EXPECT_GT(files, 230);
}

}  // namespace
}  // namespace edgard
