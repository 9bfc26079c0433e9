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

// Parts of the gold files checked so far: the whole `submission`, and the
// envelope's own facts of each document. A document without a header has
// its filer, dates and (when bare) its kind only in its text — cover-page
// reading, not done yet — so for those the test counts and prints what it
// leaves unchecked.
const char* const kCheckedDocumentKeys[] = {"type", "filename", "description", "kind"};

json SelectParts(const json& gold, const Extraction& extraction, int* deferred) {
  const bool no_header = extraction.envelope == "bare" || extraction.envelope == "single_document";
  const bool bare_text =
      extraction.envelope == "bare" && extraction.documents.front().format != DocumentFormat::kXml;
  json out = json::object();
  if (gold.contains("submission")) {
    for (const auto& [key, value] : gold["submission"].items()) {
      if (no_header && key != "form_type") {
        ++*deferred;
      } else {
        out["submission"][key] = value;
      }
    }
  }
  if (gold.contains("documents")) {
    json docs = json::array();
    for (const json& doc : gold["documents"]) {
      json kept = json::object();
      for (const char* key : kCheckedDocumentKeys) {
        if (!doc.contains(key)) continue;
        if (bare_text && std::string_view(key) == "kind") {
          ++*deferred;
          continue;
        }
        kept[key] = doc[key];
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
  int files = 0, checks_passed = 0, checks_failed = 0, files_failed = 0, deferred = 0;
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
    const json gold = SelectParts(json::parse(gold_file), *extraction, &deferred);
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
      "gold (submission, document tags): %d files, %d failed; %d checks passed, %d failed; "
      "%d parts of bare documents not checked yet (cover pages)\n",
      files, files_failed, checks_passed, checks_failed, deferred);
  EXPECT_GT(files, 230);
}

}  // namespace
}  // namespace edgard
