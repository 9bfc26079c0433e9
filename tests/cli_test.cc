// End-to-end tests of the edgard binary on the real filings in testdata/:
// ingest (idempotent, atomic under SIGKILL, clear results for bad input),
// search, show --raw.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>

#include "base/file_buffer.h"
#include "base/sha256.h"
#include "edgard/extraction.h"
#include "edgard/store.h"
#include "parse/sgml/envelope.h"
#include "replica.h"
#include "run_program.h"
#include "testdata_path.h"

namespace edgard {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::EdgardBinary;
using testing::ReadFile;
using testing::RunProgram;
using testing::TempDir;

void WriteFile(const fs::path& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::vector<fs::path> SampleFiles() {
  std::vector<fs::path> files;
  for (const char* dir : {"seeds", "corpus"}) {
    for (const auto& e : fs::recursive_directory_iterator(testing::TestdataDir() / dir)) {
      if (e.is_regular_file()) files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

json StatsJson(const std::string& db) {
  auto result = RunProgram({EdgardBinary(), "stats", "--json", "--db", db});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return json::parse(result.out, nullptr, false);
}

// One store with every sample ingested, shared by the read-only tests.
class IngestedSamples : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    db_ = dir_->path() + "/edgard.db";
    first_ingest_ =
        RunProgram({EdgardBinary(), "ingest", (testing::TestdataDir() / "seeds").string(),
                    (testing::TestdataDir() / "corpus").string(), "--db", db_});
  }
  static void TearDownTestSuite() { delete dir_; }

  // `edgard search QUERY --json --limit 1000` with more options, parsed.
  static json SearchJson(const std::string& query, const std::vector<std::string>& extra) {
    std::vector<std::string> args = {EdgardBinary(), "search", query,  "--json",
                                     "--limit",      "1000",   "--db", db_};
    args.insert(args.end(), extra.begin(), extra.end());
    auto result = RunProgram(args);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return json::parse(result.out, nullptr, false);
  }

  static TempDir* dir_;
  static std::string db_;
  static testing::ProgramResult first_ingest_;
};
TempDir* IngestedSamples::dir_ = nullptr;
std::string IngestedSamples::db_;
testing::ProgramResult IngestedSamples::first_ingest_;

TEST_F(IngestedSamples, IngestStoresEveryFileAndTheSecondRunChangesNothing) {
  ASSERT_EQ(first_ingest_.exit_code, 0) << first_ingest_.out << first_ingest_.err;
  EXPECT_NE(first_ingest_.out.find("0 failed"), std::string::npos) << first_ingest_.out;
  // Distinct identities among the samples = filings stored.
  std::set<std::string> ids;
  for (const fs::path& file : SampleFiles()) {
    auto buffer = FileBuffer::Read(file.string(), sgml::kMaxInputBytes);
    ASSERT_TRUE(buffer);
    auto e = ExtractFiling(buffer->view(), file.string());
    ASSERT_TRUE(e) << e.error().ToString();
    ids.insert(e->id);
  }
  const json before = StatsJson(db_);
  EXPECT_EQ(before["filings"].get<size_t>(), ids.size());
  auto again = RunProgram({EdgardBinary(), "ingest", (testing::TestdataDir() / "seeds").string(),
                           (testing::TestdataDir() / "corpus").string(), "--db", db_});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find(" 0 stored"), std::string::npos) << again.out;
  EXPECT_EQ(StatsJson(db_), before);
}

TEST_F(IngestedSamples, SearchFindsTheResignationReleaseFirst) {
  auto result = RunProgram(
      {EdgardBinary(), "search", "heaton \"board of directors\"", "--json", "--db", db_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = json::parse(result.out);
  ASSERT_GE(out["total"].get<int>(), 1);
  const std::string seed = ReadFile(testing::TestdataDir() / "seeds/000_0b9a34b8c87dc454.txt");
  EXPECT_EQ(out["hits"][0]["id"], "sha256:" + Sha256Hex(seed));
  std::string snippet = out["hits"][0]["snippet"].get<std::string>();
  for (char& c : snippet) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_NE(snippet.find("<b>heaton</b>"), std::string::npos) << snippet;
}

TEST_F(IngestedSamples, PowerOfAttorneySearchFindsEveryFormFourWithAnEx24) {
  std::set<std::string> expected;
  for (const fs::path& file : SampleFiles()) {
    auto buffer = FileBuffer::Read(file.string(), sgml::kMaxInputBytes);
    auto e = ExtractFiling(buffer->view(), file.string());
    if (!e || e->submission.form_type != "4") continue;
    for (const DocumentRecord& d : e->documents) {
      if (d.type.starts_with("EX-24")) expected.insert(e->id);
    }
  }
  ASSERT_FALSE(expected.empty()) << "testdata should hold Form 4 filings with an EX-24";
  auto result = RunProgram({EdgardBinary(), "search", "\"power of attorney\"", "--form", "4",
                            "--limit", "500", "--json", "--db", db_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = json::parse(result.out);
  std::set<std::string> found;
  for (const json& hit : out["hits"]) {
    EXPECT_EQ(hit["form_type"], "4");
    found.insert(hit["id"].get<std::string>());
  }
  for (const std::string& id : expected) EXPECT_TRUE(found.contains(id)) << id;
}

TEST_F(IngestedSamples, FiltersNarrowByFormCikCompanyAndDate) {
  auto search = [](std::vector<std::string> extra) { return SearchJson("results", extra); };
  const json all = search({});
  ASSERT_GT(all["total"].get<int>(), 10);
  const json dated = search({"--from", "2022-01-01", "--to", "2022-12-31"});
  ASSERT_GT(dated["total"].get<int>(), 0);
  EXPECT_LT(dated["total"].get<int>(), all["total"].get<int>());
  for (const json& hit : dated["hits"]) {
    EXPECT_GE(hit["filed_at"].get<std::string>(), "2022-01-01");
    EXPECT_LE(hit["filed_at"].get<std::string>(), "2022-12-31");
  }
  const json caterpillar = search({"--cik", "18230"});
  ASSERT_GT(caterpillar["total"].get<int>(), 0);
  for (const json& hit : caterpillar["hits"]) EXPECT_EQ(hit["cik"], "0000018230");
  const json by_name = search({"--company", "caterpillar"});
  EXPECT_EQ(by_name["total"], caterpillar["total"]);
  const json eight_k = search({"--form", "8-K,10-K"});
  for (const json& hit : eight_k["hits"]) {
    EXPECT_TRUE(hit["form_type"] == "8-K" || hit["form_type"] == "10-K") << hit["form_type"];
  }
  int facet_sum = 0;
  for (const json& facet : all["facets"]["forms"]) facet_sum += facet["count"].get<int>();
  EXPECT_EQ(facet_sum, all["total"].get<int>());
}

// Facets are counted from the matches' ids and a table of the documents'
// form types and years, unless a filter needs the filing rows (dates,
// company); then by a grouped query over those rows. Both ways agree: every
// form type's count is what a search filtered to it finds, and the dated
// search's years are the undated one's without "(none)".
TEST_F(IngestedSamples, FacetsAgreeWithFilteredSearches) {
  for (const std::string query : {"results", "director OR officer", "\"power of attorney\""}) {
    const json all = SearchJson(query, {});
    ASSERT_GT(all["total"].get<int>(), 0) << query;
    int years_sum = 0;
    std::map<std::string, int> years;
    for (const json& facet : all["facets"]["years"]) {
      years_sum += facet["count"].get<int>();
      if (facet["value"] != "(none)") years[facet["value"]] = facet["count"].get<int>();
    }
    EXPECT_EQ(years_sum, all["total"].get<int>()) << query;
    for (const json& facet : all["facets"]["forms"]) {
      if (facet["value"] == "(none)") continue;
      const json only = SearchJson(query, {"--form", facet["value"].get<std::string>()});
      EXPECT_EQ(only["total"], facet["count"]) << query << " " << facet["value"];
    }
    const json dated = SearchJson(query, {"--from", "1990-01-01"});
    std::map<std::string, int> dated_years;
    for (const json& facet : dated["facets"]["years"]) {
      dated_years[facet["value"]] = facet["count"].get<int>();
    }
    EXPECT_EQ(dated_years, years) << query;
  }
}

TEST_F(IngestedSamples, MalformedQueryGetsAClearMessage) {
  auto result = RunProgram({EdgardBinary(), "search", "\"board of", "--db", db_});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unbalanced quote"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("SQL"), std::string::npos) << result.err;
}

TEST_F(IngestedSamples, ShowRawReturnsTheOriginalBytes) {
  std::map<std::string, std::vector<fs::path>> files_by_id;
  for (const fs::path& file : SampleFiles()) {
    auto buffer = FileBuffer::Read(file.string(), sgml::kMaxInputBytes);
    auto e = ExtractFiling(buffer->view(), file.string());
    ASSERT_TRUE(e);
    files_by_id[e->id].push_back(file);
  }
  int compared = 0;
  for (const auto& [id, files] : files_by_id) {
    auto result = RunProgram({EdgardBinary(), "show", id, "--raw", "--db", db_});
    ASSERT_EQ(result.exit_code, 0) << id << result.err;
    // Several inputs may share an accession number (a header excerpt and its
    // full submission): the one stored is one of them, byte for byte.
    bool same = false;
    for (const fs::path& file : files) same = same || ReadFile(file) == result.out;
    EXPECT_TRUE(same) << id;
    ++compared;
  }
  EXPECT_GT(compared, 200);
}

TEST_F(IngestedSamples, ShowRawDocumentDecodesUuencodedBinaries) {
  auto image = RunProgram(
      {EdgardBinary(), "show", "0000950103-25-001140", "--document", "5", "--raw", "--db", db_});
  ASSERT_EQ(image.exit_code, 0) << image.err;
  EXPECT_EQ(image.out.size(), 41064u);
  EXPECT_TRUE(image.out.starts_with("\xFF\xD8\xFF")) << "not a JPEG";
  auto text =
      RunProgram({EdgardBinary(), "show", "0000950103-25-001140", "--document", "5", "--db", db_});
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_NE(text.err.find("has no text; --raw gives its bytes"), std::string::npos) << text.err;
}

TEST_F(IngestedSamples, BadFilterValuesGetClearMessages) {
  auto year = RunProgram({EdgardBinary(), "search", "results", "--from", "2022", "--to", "2022",
                          "--json", "--db", db_});
  ASSERT_EQ(year.exit_code, 0) << year.err;
  EXPECT_GT(json::parse(year.out)["total"].get<int>(), 0);
  auto date =
      RunProgram({EdgardBinary(), "search", "results", "--from", "07/24/2003", "--db", db_});
  EXPECT_EQ(date.exit_code, 2);
  EXPECT_NE(date.err.find("not a date: '07/24/2003'"), std::string::npos) << date.err;
  auto cik = RunProgram({EdgardBinary(), "search", "results", "--cik", "32ab0193", "--db", db_});
  EXPECT_EQ(cik.exit_code, 2);
  EXPECT_NE(cik.err.find("not a CIK"), std::string::npos) << cik.err;
}

TEST_F(IngestedSamples, ItemAndKindFiltersUseTheAnalysis) {
  auto search = [](std::vector<std::string> extra) { return SearchJson("the", extra); };
  const json all = search({});
  const json earnings = search({"--item", "2.02"});
  ASSERT_GT(earnings["total"].get<int>(), 0);
  EXPECT_LT(earnings["total"].get<int>(), all["total"].get<int>());
  for (const json& hit : earnings["hits"]) {
    EXPECT_TRUE(hit["form_type"].get<std::string>().starts_with("8-K")) << hit;
    auto show =
        RunProgram({EdgardBinary(), "show", hit["id"].get<std::string>(), "--json", "--db", db_});
    const json filing = json::parse(show.out);
    const json& items = filing["submission"]["items"];
    EXPECT_NE(std::find(items.begin(), items.end(), "2.02"), items.end()) << hit["id"];
  }
  // "5" is legacy item 5 and every current 5.xx.
  EXPECT_GT(search({"--item", "5"})["total"].get<int>(),
            search({"--item", "5.02"})["total"].get<int>());
  const json annual = search({"--kind", "annual_report"});
  ASSERT_GT(annual["total"].get<int>(), 0);
  for (const json& hit : annual["hits"]) {
    // A bare document has no type of its own: its cover page names the form.
    const std::string type = hit["document_type"].get<std::string>().empty()
                                 ? hit["form_type"].get<std::string>()
                                 : hit["document_type"].get<std::string>();
    EXPECT_TRUE(type.starts_with("10-K")) << hit;
  }
}

TEST_F(IngestedSamples, ShowListsItemsAndPrintsOne) {
  auto listing = RunProgram({EdgardBinary(), "show", "0000021344-98-000004", "--db", db_});
  ASSERT_EQ(listing.exit_code, 0) << listing.err;
  EXPECT_NE(listing.out.find("QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK"),
            std::string::npos)
      << listing.out;
  EXPECT_NE(listing.out.find("incorporated_by_reference"), std::string::npos);
  auto item =
      RunProgram({EdgardBinary(), "show", "0000021344-98-000004", "--item", "7A", "--db", db_});
  ASSERT_EQ(item.exit_code, 0) << item.err;
  EXPECT_NE(item.out.find("\"Financial Risk Management\" on page 36"), std::string::npos)
      << item.out;
  EXPECT_EQ(item.out.find("FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA"), std::string::npos);
  auto missing =
      RunProgram({EdgardBinary(), "show", "0000021344-98-000004", "--item", "9.01", "--db", db_});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no item 9.01"), std::string::npos) << missing.err;
}

TEST_F(IngestedSamples, ShowPrintsHeaderPartiesAndDocuments) {
  auto result = RunProgram({EdgardBinary(), "show", "0000018230-22-000107", "--db", db_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("CATERPILLAR INC"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("2022-04-28"), std::string::npos);
  auto missing = RunProgram({EdgardBinary(), "show", "0000000000-00-000000", "--db", db_});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no filing"), std::string::npos);
}

TEST(Ingest, BadInputsGetClearResultsAndDoNotStopTheBatch) {
  TempDir dir;
  const fs::path in = fs::path(dir.path()) / "in";
  fs::create_directories(in);
  const std::string full = ReadFile(testing::TestdataDir() / "corpus/8-K/0000018230-22-000107.txt");
  WriteFile(in / "empty.txt", "");
  WriteFile(in / "binary.bin", std::string("\x7f"
                                           "ELF\x02\x01\x01\0\0\0\0",
                                           12));
  WriteFile(in / "truncated.txt", full.substr(0, full.size() / 2));
  WriteFile(in / "malformed.txt", "<SEC-DOCUMENT>\n<SEC-HEADER>\nnot a header\n<DOCUMENT>\n<TYPE>");
  WriteFile(in / "big.txt", std::string(3 << 20, 'x'));
  const std::string db = dir.path() + "/edgard.db";
  auto result =
      RunProgram({EdgardBinary(), "ingest", in.string(), "--db", db, "--max-file-mb", "2"});
  EXPECT_EQ(result.exit_code, 1) << result.out;
  EXPECT_NE(result.out.find("empty.txt: offset 0: empty input"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("binary.bin: offset 7: binary data"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("big.txt: file is 3145728 bytes, over the limit"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("2 stored"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("3 failed"), std::string::npos) << result.out;
  // The truncated filing is stored with a warning that says what is missing.
  auto show = RunProgram({EdgardBinary(), "show", "0000018230-22-000107", "--db", db});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("expected </DOCUMENT>"), std::string::npos) << show.out;
}

TEST(Ingest, AFullSubmissionReplacesItsHeaderStoredEarlier) {
  TempDir dir;
  const std::string db = dir.path() + "/edgard.db";
  auto header =
      RunProgram({EdgardBinary(), "ingest",
                  (testing::TestdataDir() / "corpus/header/0001172661-23-003414.hdr.txt").string(),
                  "--db", db});
  ASSERT_EQ(header.exit_code, 0) << header.out;
  auto full = RunProgram(
      {EdgardBinary(), "ingest",
       (testing::TestdataDir() / "corpus/13F-HR/0001172661-23-003414.txt").string(), "--db", db});
  ASSERT_EQ(full.exit_code, 0) << full.out;
  EXPECT_NE(full.out.find("1 stored"), std::string::npos) << full.out;
  auto show = RunProgram({EdgardBinary(), "show", "0001172661-23-003414", "--raw", "--db", db});
  EXPECT_EQ(show.out, ReadFile(testing::TestdataDir() / "corpus/13F-HR/0001172661-23-003414.txt"));
  const json stats = StatsJson(db);
  EXPECT_EQ(stats["filings"], 1);
  EXPECT_EQ(stats["documents"], 2);
}

TEST(Ingest, ReadsFilingsInsideATarGzFeedArchive) {
  TempDir dir;
  const fs::path in = fs::path(dir.path()) / "feed";
  fs::create_directories(in);
  for (const char* name :
       {"nc/0000002488-24-000005.nc", "nc/0001127602-25-004598.nc", "nc/0001193125-10-145855.nc"}) {
    fs::copy_file(testing::TestdataDir() / "corpus" / name, in / fs::path(name).filename());
  }
  const std::string archive = dir.path() + "/20250213.nc.tar.gz";
  auto tar = RunProgram({"/bin/tar", "czf", archive, "-C", in.string(), "."});
  ASSERT_EQ(tar.exit_code, 0) << tar.err;
  const std::string db = dir.path() + "/edgard.db";
  auto result = RunProgram({EdgardBinary(), "ingest", archive, "--db", db});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("3 stored"), std::string::npos) << result.out;
  auto show = RunProgram({EdgardBinary(), "show", "0000002488-24-000005", "--db", db});
  EXPECT_NE(show.out.find("20250213.nc.tar.gz:./0000002488-24-000005.nc"), std::string::npos)
      << show.out;
  auto broken = dir.path() + "/broken.tar.gz";
  WriteFile(broken, ReadFile(archive).substr(0, 100));
  auto bad = RunProgram({EdgardBinary(), "ingest", broken, "--db", db});
  EXPECT_EQ(bad.exit_code, 1) << bad.out;
  EXPECT_NE(bad.out.find("FAILED"), std::string::npos) << bad.out;
}

// A .zip archive (testdata/archives/20250213.nc.zip holds two real .nc
// files): both stored byte-identically, each named inside its archive; a
// truncated copy fails with a reason.
TEST(Ingest, ReadsFilingsInsideAZipArchive) {
  TempDir dir;
  const fs::path archive = testing::TestdataDir() / "archives/20250213.nc.zip";
  const std::string db = dir.path() + "/edgard.db";
  auto result = RunProgram({EdgardBinary(), "ingest", archive.string(), "--db", db});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("2 stored"), std::string::npos) << result.out;
  auto show = RunProgram({EdgardBinary(), "show", "0001127602-25-004598", "--db", db});
  EXPECT_NE(show.out.find("20250213.nc.zip:0001127602-25-004598.nc"), std::string::npos)
      << show.out;
  auto raw = RunProgram({EdgardBinary(), "show", "0000002488-24-000005", "--raw", "--db", db});
  EXPECT_EQ(raw.out, ReadFile(testing::TestdataDir() / "corpus/nc/0000002488-24-000005.nc"));
  const std::string broken = dir.path() + "/broken.zip";
  WriteFile(broken, ReadFile(archive).substr(0, 1000));
  auto bad = RunProgram({EdgardBinary(), "ingest", broken, "--db", db});
  EXPECT_EQ(bad.exit_code, 1) << bad.out;
  EXPECT_NE(bad.out.find("FAILED"), std::string::npos) << bad.out;
}

// Copies of the samples with fresh accession numbers, so that an ingest of
// them takes long enough to be killed in the middle.
size_t WriteReplicas(const fs::path& dir, int copies) {
  size_t count = 0;
  const std::vector<fs::path> files = SampleFiles();
  for (int k = 0; k < copies; ++k) {
    for (size_t i = 0; i < files.size(); ++i) {
      const std::string bytes = testing::Replica(ReadFile(files[i]), k + 1);
      WriteFile(dir / (std::to_string(k) + "_" + std::to_string(i) + ".txt"), bytes);
      ++count;
    }
  }
  return count;
}

TEST(Ingest, SigkillMidwayLeavesEveryFilingWholeAndASecondRunCompletes) {
  TempDir dir;
  const fs::path in = fs::path(dir.path()) / "in";
  fs::create_directories(in);
  WriteReplicas(in, 3);
  const std::string db = dir.path() + "/edgard.db";
  const pid_t pid = testing::StartProgram({EdgardBinary(), "ingest", in.string(), "--db", db});
  // Kill once some batches are committed but well before the end.
  bool some_stored = false;
  for (int i = 0; i < 400 && !some_stored; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    auto store = Store::Open({.path = db, .mode = StoreOptions::Mode::kReadOnly});
    if (!store) continue;
    auto stats = (*store)->Stats();
    some_stored = stats && stats->filings > 0;
  }
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "ingest finished before it could be killed";
  {
    auto store = Store::Open({.path = db});
    ASSERT_TRUE(store) << store.error().ToString();
    auto problems = (*store)->Check();
    ASSERT_TRUE(problems) << problems.error().ToString();
    EXPECT_TRUE(problems->empty()) << problems->front();
    auto stats = (*store)->Stats();
    ASSERT_TRUE(stats);
    std::printf("killed after %lld filings were stored\n", static_cast<long long>(stats->filings));
  }
  auto second = RunProgram({EdgardBinary(), "ingest", in.string(), "--db", db});
  ASSERT_EQ(second.exit_code, 0) << second.out << second.err;
  auto full = RunProgram({EdgardBinary(), "ingest", in.string(), "--db", db});
  EXPECT_NE(full.out.find(" 0 stored"), std::string::npos) << full.out;
  auto store = Store::Open({.path = db});
  ASSERT_TRUE(store);
  auto problems = (*store)->Check();
  ASSERT_TRUE(problems);
  EXPECT_TRUE(problems->empty());
}

// Who traded what, when, and who signed for them: insiders of one issuer,
// and one owner across issuers (bare Form 4 XMLs name both themselves).
TEST_F(IngestedSamples, InsidersAndOwnersFromFormsFour) {
  auto insiders = RunProgram({EdgardBinary(), "insiders", "1318605", "--code", "S", "--from",
                              "2025-01-01", "--json", "--db", db_});
  ASSERT_EQ(insiders.exit_code, 0) << insiders.err;
  const json trades = json::parse(insiders.out, nullptr, false);
  ASSERT_TRUE(trades.is_object()) << insiders.out;
  EXPECT_EQ(trades["issuer"]["name"], "Tesla, Inc.");
  ASSERT_FALSE(trades["transactions"].empty());
  for (const json& t : trades["transactions"]) {
    EXPECT_EQ(t["code"], "S");
    EXPECT_GE(t["date"].get<std::string>(), "2025-01-01");
    EXPECT_EQ(t["issuer"]["cik"], "0001318605");
    EXPECT_EQ(t["acquired_disposed"], "D");
    EXPECT_TRUE(t["shares"].is_number());
  }
  // Signed by an attorney-in-fact under no power of attorney on file, which
  // the row says.
  int flagged = 0;
  for (const json& t : trades["transactions"]) {
    const json& signature = t["signature"];
    if (!signature.is_object() || signature["principal"] != "Kathleen Wilson-Thompson") continue;
    ++flagged;
    EXPECT_EQ(signature["attorney_in_fact"], "Aaron Beckman");
    EXPECT_TRUE(signature["power_of_attorney"].is_null());
    EXPECT_TRUE(signature["power_of_attorney_on_file"].is_null());
    EXPECT_EQ(signature["power_of_attorney_missing"],
              "no power of attorney on file appoints Aaron Beckman for Kathleen Wilson-Thompson");
  }
  EXPECT_GT(flagged, 0) << trades.dump();

  auto owner = RunProgram({EdgardBinary(), "owner", "Elon Musk", "--json", "--db", db_});
  ASSERT_EQ(owner.exit_code, 0) << owner.err;
  const json positions = json::parse(owner.out, nullptr, false);
  ASSERT_TRUE(positions.is_object()) << owner.out;
  EXPECT_EQ(positions["owner"]["name"], "Musk Elon");
  ASSERT_FALSE(positions["transactions"].empty());
  bool tesla = false;
  int on_file = 0;  // signed under a power of attorney filed before, not in the filing
  for (const json& t : positions["transactions"]) {
    tesla = tesla || t["issuer"]["trading_symbol"] == "TSLA";
    ASSERT_FALSE(t["owners"].empty());
    EXPECT_EQ(t["owners"][0]["name"], "Musk Elon");
    const json& signature = t["signature"];
    if (!signature.is_object() || !signature.contains("power_of_attorney_on_file") ||
        !signature["power_of_attorney_on_file"].is_object()) {
      continue;
    }
    ++on_file;
    const json& poa = signature["power_of_attorney_on_file"];
    EXPECT_EQ(poa["grantor"], "Elon Musk");
    EXPECT_LE(poa["executed_on"].get<std::string>(), signature["date"].get<std::string>());
    EXPECT_NE(poa["filing"], t["filing"]);
  }
  EXPECT_TRUE(tesla);
  EXPECT_GT(on_file, 0) << positions.dump();

  // Powers of attorney on file, and their limits: Roelof Botha's of
  // 2017-04-24 covers his later MongoDB reports; the one he executed on
  // 2020-02-27 does not cover a report signed in 2019, so that signature
  // says why it is not linked.
  auto botha = RunProgram({EdgardBinary(), "owner", "Roelof Botha", "--json", "--db", db_});
  ASSERT_EQ(botha.exit_code, 0) << botha.err;
  const json botha_rows = json::parse(botha.out, nullptr, false);
  ASSERT_TRUE(botha_rows.is_object()) << botha.out;
  int linked = 0, not_covered = 0;
  for (const json& t : botha_rows["transactions"]) {
    const json& s = t["signature"];
    if (!s.is_object() || !s.contains("power_of_attorney_on_file")) continue;
    if (s["power_of_attorney_on_file"].is_object()) {
      ++linked;
      EXPECT_LE(s["power_of_attorney_on_file"]["executed_on"].get<std::string>(),
                s["date"].get<std::string>());
    } else if (s.value("power_of_attorney_missing", "")
                   .find("does not cover Form 4 on 2019-07-12") != std::string::npos) {
      ++not_covered;
    }
  }
  EXPECT_GT(linked, 0) << botha.out;
  EXPECT_GT(not_covered, 0) << botha.out;

  auto unknown = RunProgram({EdgardBinary(), "owner", "Nobody Anywhere", "--db", db_});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("no stored Form 3, 4 or 5 names"), std::string::npos);
}

// After ingesting only the four seeds, the company view links what they say:
// officers over time, a succession, a resignation, the board shrinking, the
// power of attorney and its grantor, and the fourth-quarter and annual
// figures, each with the document it came from.
TEST(CompanyTimeline, HemaCareFromTheFourSeeds) {
  TempDir dir;
  const std::string db = dir.path() + "/edgard.db";
  auto ingest = RunProgram(
      {EdgardBinary(), "ingest", (testing::TestdataDir() / "seeds").string(), "--db", db});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  auto result = RunProgram({EdgardBinary(), "company", "HemaCare", "--json", "--db", db});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json t = json::parse(result.out, nullptr, false);
  ASSERT_TRUE(t.is_object()) << result.out;
  EXPECT_EQ(t["company"]["name"], "HemaCare Corporation");
  EXPECT_EQ(t["company"]["filings"], 4);
  auto person = [&](const std::string& name) -> json {
    for (const json& p : t["people"]) {
      if (p["name"] == name) return p;
    }
    ADD_FAILURE() << "no " << name << " in " << t["people"].dump();
    return json::object();
  };
  auto has_title = [](const json& p, const std::string& title) {
    for (const json& x : p["titles"]) {
      if (x["title"] == title && !x["sources"].empty() && x["sources"][0]["document"] == 1) {
        return true;
      }
    }
    return false;
  };
  const json irving = person("Judi Irving");
  EXPECT_TRUE(has_title(irving, "President and Chief Executive Officer")) << irving.dump();
  const json fractor = person("David Fractor");
  EXPECT_TRUE(has_title(fractor, "CFO")) << fractor.dump();
  EXPECT_EQ(fractor["until"], "2003-06-27");
  EXPECT_EQ(fractor["succeeded_by"], "Rose Marcario");
  const json marcario = person("Rose Marcario");
  EXPECT_TRUE(has_title(marcario, "Chief Financial Officer"));
  EXPECT_EQ(marcario["from"], "2003-06-27");
  const json heaton = person("Wm. Andrew Heaton");
  EXPECT_EQ(heaton["director"], true);
  EXPECT_EQ(heaton["until"], "2003-07-24");
  EXPECT_EQ(heaton["until_reason"], "resignation");
  ASSERT_EQ(heaton["powers_of_attorney_granted"].size(), 1u);
  EXPECT_EQ(heaton["powers_of_attorney_granted"][0]["executed_on"], "2003-05-08");
  ASSERT_EQ(t["board"].size(), 1u);
  EXPECT_EQ(t["board"][0]["date"], "2003-07-24");
  EXPECT_EQ(t["board"][0]["from"], 6);
  EXPECT_EQ(t["board"][0]["to"], 5);
  ASSERT_EQ(t["powers_of_attorney"].size(), 1u);
  const json& poa = t["powers_of_attorney"][0];
  EXPECT_EQ(poa["grantor_person"], "Wm. Andrew Heaton");
  EXPECT_EQ(poa["attorneys_in_fact"].size(), 3u);
  EXPECT_EQ(poa["scope"], json({"3", "4", "5", "ID", "SC 13D", "SC 13G"}));
  EXPECT_EQ(poa["source"]["kind"], "power_of_attorney");
  auto fact = [&](const std::string& concept_name, const std::string& start) -> json {
    for (const json& f : t["financial_facts"]) {
      if (f["concept"] == concept_name && f["period_start"] == start) return f;
    }
    return json();
  };
  const struct {
    const char* concept_name;
    const char* start;
    double value;
  } expected[] = {
      {"Revenues", "2002-10-01", 7375000},      {"Revenues", "2001-10-01", 6464000},
      {"Revenues", "2002-01-01", 27817000},     {"Revenues", "2001-01-01", 25199000},
      {"NetIncomeLoss", "2002-10-01", 28000},   {"NetIncomeLoss", "2001-10-01", -54000},
      {"NetIncomeLoss", "2002-01-01", -591000}, {"NetIncomeLoss", "2001-01-01", 323000}};
  for (const auto& e : expected) {
    const json f = fact(e.concept_name, e.start);
    ASSERT_TRUE(f.is_object()) << e.concept_name << " " << e.start;
    EXPECT_EQ(f["value"].get<double>(), e.value) << e.concept_name << " " << e.start;
    EXPECT_EQ(f["source"]["kind"], "press_release");
    EXPECT_EQ(f["source"]["document"], 1);
  }
  auto unknown = RunProgram({EdgardBinary(), "company", "Nonexistent Widgets", "--db", db});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("no stored filing names a company"), std::string::npos);
}

}  // namespace
}  // namespace edgard
