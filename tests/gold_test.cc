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

// Parts of the gold files checked: the whole
// `submission` (from the header, or from the cover page of a document
// without one), each document's tags, kind and date, the items, exhibits
// and signatures, the people, the powers of attorney, the events, the
// financial facts and the ownership reports: every part gold files name.
const char* const kCheckedDocumentKeys[] = {"type", "filename", "description", "kind", "date"};
const char* const kCheckedArrays[] = {"items",           "exhibits",           "signatures",
                                      "people",          "powers_of_attorney", "events",
                                      "financial_facts", "ownership"};

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
  for (const char* key : kCheckedArrays) {
    if (gold.contains(key)) out[key] = gold[key];
  }
  return out;
}

struct Totals {
  int files = 0, files_failed = 0, checks_passed = 0, checks_failed = 0;
};

// Checks one input against one gold file; misses are test failures.
void CheckOne(const std::filesystem::path& gold_path, const std::filesystem::path& input,
              const std::string& name, Totals* totals) {
  std::ifstream gold_file(gold_path);
  ASSERT_TRUE(gold_file) << gold_path;
  auto buffer = FileBuffer::Read(input.string(), sgml::kMaxInputBytes);
  ASSERT_TRUE(buffer) << buffer.error().ToString();
  DocumentTexts texts;
  auto extraction = ExtractFiling(buffer->view(), input.string(), &texts);
  ASSERT_TRUE(extraction) << extraction.error().ToString();
  const json gold = SelectParts(json::parse(gold_file));
  if (gold.empty()) return;
  ++totals->files;
  const json actual = json::parse(ExtractionToJson(*extraction, -1, &texts));
  testing::GoldResult result = testing::CheckGold(gold, actual);
  totals->checks_passed += result.passed;
  totals->checks_failed += result.failed;
  if (result.failed > 0) ++totals->files_failed;
  for (const std::string& miss : result.misses) ADD_FAILURE() << name << " " << miss;
}

void PrintTotals(const char* what, const Totals& t) {
  std::printf(
      "gold %s (submission, documents, items, exhibits, signatures, people, powers of "
      "attorney, events, financial facts, ownership): %d files, %d "
      "failed; "
      "%d checks passed, %d failed\n",
      what, t.files, t.files_failed, t.checks_passed, t.checks_failed);
}

TEST(GoldCorpus, EveryGoldFileMatches) {
  const std::filesystem::path root = testing::TestdataDir();
  std::ifstream index(root / "gold/corpus/INDEX.tsv");
  ASSERT_TRUE(index) << "missing " << (root / "gold/corpus/INDEX.tsv");
  std::string line;
  std::getline(index, line);  // column names
  Totals totals;
  while (std::getline(index, line)) {
    std::istringstream fields(line);
    std::string gold_name, input_name;
    std::getline(fields, gold_name, '\t');
    std::getline(fields, input_name, '\t');
    CheckOne(root / "gold/corpus" / gold_name, root / "corpus" / input_name, input_name, &totals);
  }
  PrintTotals("corpus", totals);
  EXPECT_GT(totals.files, 230);
}

TEST(GoldSeeds, EverySeedMatches) {
  const std::filesystem::path root = testing::TestdataDir();
  Totals totals;
  for (const auto& entry : std::filesystem::directory_iterator(root / "gold/seeds")) {
    if (entry.path().extension() != ".json") continue;
    const std::filesystem::path input = root / "seeds" / (entry.path().stem().string() + ".txt");
    CheckOne(entry.path(), input, input.filename().string(), &totals);
  }
  PrintTotals("seeds", totals);
  EXPECT_EQ(totals.files, 4);
}

}  // namespace
}  // namespace edgard
