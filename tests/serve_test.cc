// edgard serve over real HTTP on loopback: the JSON API, EDGAR's paths, the
// web UI's files, bad requests, and a clean stop on SIGTERM.

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>

#include "run_program.h"
#include "testdata_path.h"

namespace edgard {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::EdgardBinary;
using testing::ReadFile;
using testing::RunProgram;
using testing::StartProgram;
using testing::TempDir;

// A port nobody listens on now.
int FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  const int port = ntohs(address.sin_port);
  ::close(fd);
  return port;
}

// One server over every sample, shared by the tests.
class Serving : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const std::string db = dir_->path() + "/edgard.db";
    auto ingest = RunProgram({EdgardBinary(), "ingest", (testing::TestdataDir() / "seeds").string(),
                              (testing::TestdataDir() / "corpus").string(), "--db", db});
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
    port_ = FreePort();
    pid_ = StartProgram({EdgardBinary(), "serve", "--db", db, "--listen",
                         "127.0.0.1:" + std::to_string(port_), "--quiet"});
    for (int attempt = 0; attempt < 100; ++attempt) {
      if (Client().Get("/v1/openapi.json")) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    FAIL() << "edgard serve did not answer on port " << port_;
  }
  static void TearDownTestSuite() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    delete dir_;
  }

  static httplib::Client Client() {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    return client;
  }

  // GET `path`; the status, and the body parsed as JSON (discarded when not JSON).
  static std::pair<int, json> GetJson(const std::string& path) {
    auto result = Client().Get(path);
    if (!result) return {0, json()};
    return {result->status, json::parse(result->body, nullptr, false)};
  }

  static void ExpectError(const std::string& path, int status, const std::string& code) {
    auto [got, body] = GetJson(path);
    EXPECT_EQ(got, status) << path;
    ASSERT_TRUE(body.is_object()) << path;
    EXPECT_EQ(body["error"]["code"], code) << path << " " << body.dump();
    EXPECT_FALSE(body["error"]["message"].get<std::string>().empty()) << path;
  }

  static TempDir* dir_;
  static int port_;
  static pid_t pid_;
};
TempDir* Serving::dir_ = nullptr;
int Serving::port_ = 0;
pid_t Serving::pid_ = -1;

TEST_F(Serving, SearchFindsTheSeedWithSnippetsAndFacets) {
  auto [status, body] = GetJson("/v1/search?q=heaton%20%22board%20of%20directors%22&limit=5");
  ASSERT_EQ(status, 200) << body.dump();
  ASSERT_GT(body["total"].get<int>(), 0);
  const json& first = body["hits"][0];
  EXPECT_NE(first["snippet"].get<std::string>().find("<b>"), std::string::npos) << first;
  EXPECT_TRUE(first["id"].get<std::string>().starts_with("sha256:")) << first;
  EXPECT_TRUE(body["facets"]["forms"].is_array());
  // Without words, the filters browse, newest first.
  auto [browsed, browse] = GetJson("/v1/search?q=&forms=8-K&ciks=320193&limit=100");
  ASSERT_EQ(browsed, 200) << browse.dump();
  ASSERT_GT(browse["total"].get<int>(), 0);
  std::string previous = "9999";
  for (const json& hit : browse["hits"]) {
    EXPECT_EQ(hit["form_type"], "8-K");
    EXPECT_LE(hit["filed_at"].get<std::string>(), previous);
    previous = hit["filed_at"].get<std::string>();
  }
  auto [filtered, narrowed] = GetJson("/v1/search?q=results&forms=8-K&items=2.02&limit=100");
  ASSERT_EQ(filtered, 200);
  for (const json& hit : narrowed["hits"]) EXPECT_EQ(hit["form_type"], "8-K") << hit;
}

TEST_F(Serving, FilingDocumentsAndCompaniesComeFromTheStore) {
  auto [status, filing] = GetJson("/v1/filings/0000021344-98-000004");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(filing["submission"]["form_type"], "10-K");
  EXPECT_GT(filing["items"].size(), 10u);
  auto text = Client().Get("/v1/filings/0000021344-98-000004/documents/1");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->status, 200);
  EXPECT_NE(text->body.find("QUANTITATIVE AND QUALITATIVE DISCLOSURES"), std::string::npos);
  // An immutable resource: the ETag comes back as 304.
  const std::string etag = text->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  auto again =
      Client().Get("/v1/filings/0000021344-98-000004/documents/1", {{"If-None-Match", etag}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);
  // A uuencoded GRAPHIC comes back decoded, as what it is.
  auto image = Client().Get("/v1/filings/0000950103-25-001140/documents/5?raw=1");
  ASSERT_TRUE(image);
  EXPECT_EQ(image->status, 200);
  EXPECT_EQ(image->get_header_value("Content-Type"), "image/jpeg");
  EXPECT_TRUE(image->body.starts_with("\xFF\xD8\xFF")) << image->body.substr(0, 8);
  auto [found, companies] = GetJson("/v1/companies?q=apple%20computer");
  ASSERT_EQ(found, 200);
  ASSERT_FALSE(companies["companies"].empty());
  EXPECT_EQ(companies["companies"][0]["cik"], "0000320193");
  auto [listed, apple] = GetJson("/v1/companies/320193?forms=8-K&limit=5");
  ASSERT_EQ(listed, 200);
  ASSERT_FALSE(apple["filings"].empty());
  for (const json& f : apple["filings"]) EXPECT_EQ(f["form_type"], "8-K");
  // What Apple's filings say, linked: a retirement in 2012, revenues.
  bool rafael = false;
  for (const json& p : apple["people"]) {
    if (p["name"] == "Betsy Rafael") rafael = p["until_reason"] == "retirement";
  }
  EXPECT_TRUE(rafael) << apple["people"].dump();
  bool revenues = false;
  for (const json& f : apple["financial_facts"]) {
    revenues = revenues || (f["concept"] == "Revenues" && f["source"]["filing"].is_string());
  }
  EXPECT_TRUE(revenues);
  // A company known by name only: the seeds' HemaCare.
  auto [named, hemacare] = GetJson("/v1/timeline?company=hemacare");
  ASSERT_EQ(named, 200);
  EXPECT_EQ(hemacare["company"]["name"], "HemaCare Corporation");
  ASSERT_EQ(hemacare["board"].size(), 1u);
  EXPECT_EQ(hemacare["board"][0]["to"], 5);
  ExpectError("/v1/timeline", 400, "invalid_input");
  ExpectError("/v1/timeline?company=no%20such%20company%20anywhere", 404, "not_found");
}

TEST_F(Serving, FullSubmissionsAreByteIdentical) {
  auto result =
      Client().Get("/Archives/edgar/data/21344/000002134498000004/0000021344-98-000004.txt");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->body,
            ReadFile(testing::TestdataDir() / "corpus/10-K/0000021344-98-000004.txt"));
  ExpectError("/Archives/edgar/data/21344/000002134498000005/0000021344-98-000004.txt", 404,
              "not_found");
}

// The first line of `text` that starts with `prefix`, or empty.
std::string LineStarting(const std::string& text, std::string_view prefix) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.starts_with(prefix)) return line;
  }
  return {};
}

TEST_F(Serving, IndexFilesHaveEdgarsHeaderAndLayout) {
  // Real daily index files, for the header lines and the column layout.
  const std::string real_form =
      ReadFile(testing::TestdataDir() / "edgar-formats/form.20200318.idx");
  auto form = Client().Get("/Archives/edgar/full-index/2024/QTR1/form.idx");
  ASSERT_TRUE(form);
  ASSERT_EQ(form->status, 200) << form->body;
  EXPECT_TRUE(
      form->body.starts_with("Description:           Master Index of EDGAR "
                             "Dissemination Feed by Form Type\n"))
      << form->body.substr(0, 200);
  EXPECT_EQ(LineStarting(form->body, "Form Type"), LineStarting(real_form, "Form Type"));
  EXPECT_NE(form->body.find("edgar/data/320193/0000320193-24-000005.txt"), std::string::npos);
  auto master = Client().Get("/Archives/edgar/full-index/2024/QTR1/master.idx");
  ASSERT_TRUE(master);
  EXPECT_NE(master->body.find("320193|Apple Inc.|8-K|2024-02-01|edgar/data/320193/"
                              "0000320193-24-000005.txt"),
            std::string::npos)
      << master->body;
  auto daily = Client().Get("/Archives/edgar/daily-index/2024/QTR1/company.20240201.idx");
  ASSERT_TRUE(daily);
  EXPECT_EQ(daily->status, 200);
  EXPECT_NE(daily->body.find("Daily Index of EDGAR Dissemination Feed by Company Name"),
            std::string::npos);
  ExpectError("/Archives/edgar/daily-index/2024/QTR1/company.20240202.idx", 404, "not_found");
  ExpectError("/Archives/edgar/daily-index/2024/QTR1/company.20240701.idx", 404, "not_found");
}

TEST_F(Serving, SubmissionsJsonHasDataSecGovsKeysAndLayout) {
  const json real =
      json::parse(ReadFile(testing::TestdataDir() / "edgar-formats/CIK0000789019.json"));
  auto [status, ours] = GetJson("/submissions/CIK0000320193.json");
  ASSERT_EQ(status, 200) << ours.dump();
  std::vector<std::string> real_keys, our_keys;
  for (const auto& [key, value] : real.items()) real_keys.push_back(key);
  for (const auto& [key, value] : ours.items()) our_keys.push_back(key);
  std::sort(real_keys.begin(), real_keys.end());
  std::sort(our_keys.begin(), our_keys.end());
  EXPECT_EQ(our_keys, real_keys);
  const json& recent = ours["filings"]["recent"];
  for (const auto& [key, value] : real["filings"]["recent"].items()) {
    ASSERT_TRUE(recent.contains(key)) << key;
    EXPECT_EQ(recent[key].size(), recent["accessionNumber"].size()) << key;
  }
  EXPECT_EQ(ours["cik"], "0000320193");
  const json& accessions = recent["accessionNumber"];
  EXPECT_NE(std::find(accessions.begin(), accessions.end(), "0000320193-24-000005"),
            accessions.end());
}

TEST_F(Serving, FeedsIndexPagesAndFolderFilesFollowEdgar) {
  auto current = Client().Get("/cgi-bin/browse-edgar?action=getcurrent&output=atom&count=5");
  ASSERT_TRUE(current);
  EXPECT_EQ(current->status, 200);
  EXPECT_NE(current->body.find("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), std::string::npos);
  auto company = Client().Get(
      "/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193&type=8-K&output=atom&count=10");
  ASSERT_TRUE(company);
  EXPECT_EQ(company->status, 200);
  EXPECT_NE(company->body.find("0000320193-24-000005"), std::string::npos);
  auto page =
      Client().Get("/Archives/edgar/data/320193/000032019324000005/0000320193-24-000005-index.htm");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("aapl-20240201.htm"), std::string::npos);
  auto file = Client().Get("/Archives/edgar/data/320193/000032019324000005/aapl-20240201.htm");
  ASSERT_TRUE(file);
  EXPECT_EQ(file->status, 200);
  EXPECT_EQ(file->get_header_value("Content-Security-Policy"), "sandbox");
  ExpectError("/cgi-bin/browse-edgar?action=getcurrent&output=atom&count=100000", 400,
              "invalid_input");
}

TEST_F(Serving, FullTextSearchAnswersInEftsShape) {
  auto [status, body] = GetJson(
      "/LATEST/search-index?q=results&forms=8-K&dateRange=custom&startdt=2014-01-01&enddt="
      "2014-12-31");
  ASSERT_EQ(status, 200) << body.dump();
  ASSERT_GT(body["hits"]["total"]["value"].get<int>(), 0);
  EXPECT_EQ(body["hits"]["total"]["relation"], "eq");
  for (const json& hit : body["hits"]["hits"]) {
    EXPECT_NE(hit["_id"].get<std::string>().find(':'), std::string::npos) << hit["_id"];
    const json& source = hit["_source"];
    EXPECT_EQ(source["form"], "8-K");
    EXPECT_GE(source["file_date"].get<std::string>(), "2014-01-01");
    EXPECT_LE(source["file_date"].get<std::string>(), "2014-12-31");
    for (const char* key :
         {"adsh", "ciks", "display_names", "period_ending", "file_type", "file_description",
          "items", "sics", "biz_locations", "biz_states", "inc_states"}) {
      EXPECT_TRUE(source.contains(key)) << key;
    }
  }
  EXPECT_EQ(body["aggregations"]["form_filter"]["buckets"][0]["key"], "8-K");
  ExpectError("/LATEST/search-index?q=%22results", 400, "invalid_input");
}

TEST_F(Serving, BadRequestsGetJsonErrorsAndNoPathEscapes) {
  ExpectError("/nowhere", 404, "not_found");
  ExpectError("/v1/nothing-here", 404, "not_found");
  ExpectError("/v1/search?q=%22board%20of", 400, "invalid_input");
  ExpectError("/v1/search?q=", 400, "invalid_input");
  ExpectError("/v1/search?q=board&limit=100000000", 400, "invalid_input");
  ExpectError("/v1/search?q=board&offset=-5", 400, "invalid_input");
  ExpectError("/v1/search?q=board&limit=ten", 400, "invalid_input");
  ExpectError("/v1/search?q=board&from=07/24/2003", 400, "invalid_input");
  ExpectError("/v1/filings/0000000000-00-000000", 404, "not_found");
  ExpectError("/v1/filings/..%2F..%2Fetc%2Fpasswd", 404, "not_found");
  ExpectError("/v1/filings/0000021344-98-000004/documents/99", 404, "not_found");
  ExpectError("/Archives/edgar/data/../../../etc/passwd", 404, "not_found");
  ExpectError("/v1/filings/0000021344-98-000004%00/documents/1", 404, "not_found");
  ExpectError("/v1/companies/12345678901", 404, "not_found");
  ExpectError("/v1/companies?q=", 400, "invalid_input");
  // A request body over the limit is refused before it is read.
  auto big = Client().Post("/v1/search", std::string(1 << 20, 'x'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
}

TEST_F(Serving, ASlowRequestIsCutOff) {
  // Half a request line, then nothing: the server closes the connection
  // after its read timeout (5 s) rather than holding a worker forever.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<uint16_t>(port_));
  ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  const std::string partial = "GET /v1/sea";
  ASSERT_EQ(::send(fd, partial.data(), partial.size(), 0), static_cast<ssize_t>(partial.size()));
  timeval wait{};
  wait.tv_sec = 20;
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
  const auto start = std::chrono::steady_clock::now();
  char buffer[256];
  const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ::close(fd);
  EXPECT_GE(got, 0) << "the connection was not closed within 20 s";
  EXPECT_LT(seconds, 15.0);
}

TEST_F(Serving, WebUiAndOpenApiAreServed) {
  auto page = Client().Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(page->body.find("edgard"), std::string::npos);
  auto compressed = Client().Get("/v1/filings/0000021344-98-000004", {{"Accept-Encoding", "gzip"}});
  ASSERT_TRUE(compressed);
  EXPECT_EQ(compressed->get_header_value("Content-Encoding"), "gzip");
  auto [status, api] = GetJson("/v1/openapi.json");
  ASSERT_EQ(status, 200);
  EXPECT_TRUE(api["paths"].contains("/v1/search"));
  EXPECT_TRUE(api["paths"].contains("/v1/filings/{id}"));
}

TEST(Serve, StopsCleanlyOnSigterm) {
  TempDir dir;
  const std::string db = dir.path() + "/edgard.db";
  auto ingest = RunProgram(
      {EdgardBinary(), "ingest", (testing::TestdataDir() / "seeds").string(), "--db", db});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  const int port = FreePort();
  const pid_t pid = StartProgram({EdgardBinary(), "serve", "--db", db, "--listen",
                                  "127.0.0.1:" + std::to_string(port), "--quiet"});
  httplib::Client client("127.0.0.1", port);
  bool up = false;
  for (int attempt = 0; attempt < 100 && !up; ++attempt) {
    up = static_cast<bool>(client.Get("/v1/openapi.json"));
    if (!up) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_TRUE(up);
  ::kill(pid, SIGTERM);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status)) << status;
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(Serve, RepeatedSearchesSeeFilingsIngestedWhileServing) {
  TempDir dir;
  const std::string db = dir.path() + "/edgard.db";
  auto seeds = RunProgram(
      {EdgardBinary(), "ingest", (testing::TestdataDir() / "seeds").string(), "--db", db});
  ASSERT_EQ(seeds.exit_code, 0) << seeds.err;
  const int port = FreePort();
  const pid_t pid = StartProgram({EdgardBinary(), "serve", "--db", db, "--listen",
                                  "127.0.0.1:" + std::to_string(port), "--quiet"});
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(30, 0);
  std::string first;
  for (int attempt = 0; attempt < 100 && first.empty(); ++attempt) {
    auto result = client.Get("/v1/search?q=the");
    if (result) {
      first = result->body;
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  ASSERT_FALSE(first.empty());
  auto again = client.Get("/v1/search?q=the");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->body, first);
  auto more = RunProgram(
      {EdgardBinary(), "ingest", (testing::TestdataDir() / "corpus/8-K").string(), "--db", db});
  ASSERT_EQ(more.exit_code, 0) << more.err;
  auto after = client.Get("/v1/search?q=the");
  ASSERT_TRUE(after);
  EXPECT_GT(json::parse(after->body)["total"].get<int>(), json::parse(first)["total"].get<int>());
  ::kill(pid, SIGTERM);
  ::waitpid(pid, nullptr, 0);
}

TEST(Serve, AMissingStoreOrBusyPortIsAClearError) {
  auto missing = RunProgram({EdgardBinary(), "serve", "--db", "/nonexistent/edgard.db"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("edgard serve:"), std::string::npos) << missing.err;
  auto bad = RunProgram({EdgardBinary(), "serve", "--listen", "localhost"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("HOST:PORT"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace edgard
