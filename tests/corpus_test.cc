// Over the whole real corpus (EDGARD_CORPUS, default ../shared/corpus; the
// test says so and skips when it is absent): every input extracts without a
// crash, and every full submission, .nc file and header has its accession
// number, form type, filing date and all its parties.

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "base/ascii.h"
#include "base/dates.h"
#include "base/file_buffer.h"
#include "edgard/extraction.h"
#include "parse/sgml/envelope.h"
#include "testdata_path.h"

namespace edgard {
namespace {

namespace fs = std::filesystem;

// Party blocks as the header spells them, counted line by line — a check
// independent of the header parser's block logic.
int CountPartyBlocks(std::string_view header) {
  static constexpr std::string_view kOpeners[] = {
      "FILER:",     "SUBJECT COMPANY:",  "FILED BY:", "REPORTING-OWNER:",
      "ISSUER:",    "SERIAL COMPANY:",   "<FILER>",   "<SUBJECT-COMPANY>",
      "<FILED-BY>", "<REPORTING-OWNER>", "<ISSUER>",  "<SERIAL-COMPANY>"};
  int count = 0;
  for (std::string_view opener : kOpeners) {
    size_t pos = 0;
    while ((pos = header.find(opener, pos)) != std::string_view::npos) {
      const bool line_start = pos == 0 || header[pos - 1] == '\n' || header[pos - 1] == '>';
      const bool tag = opener[0] == '<';
      if (line_start || tag) ++count;
      pos += opener.size();
    }
  }
  return count;
}

TEST(Corpus, EverySubmissionHasAccessionFormDateAndAllParties) {
  const fs::path corpus = testing::CorpusDir();
  if (corpus.empty()) {
    GTEST_SKIP() << "corpus not found (set EDGARD_CORPUS or put it at ../shared/corpus): skipped";
  }
  int inputs = 0, submissions = 0, parties = 0, warnings = 0, rejected = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (!entry.is_regular_file()) continue;
    ++inputs;
    const std::string path = entry.path().string();
    auto buffer = FileBuffer::Read(path, sgml::kMaxInputBytes);
    ASSERT_TRUE(buffer) << buffer.error().ToString();
    auto envelope = sgml::ParseEnvelope(buffer->view());
    auto e = ExtractFiling(buffer->view(), path);
    if (!e) {
      ++rejected;
      continue;
    }
    warnings += static_cast<int>(e->warnings.size());
    if (envelope->header.empty()) continue;
    ++submissions;
    const SubmissionHeader& h = e->submission;
    EXPECT_EQ(h.accession_number.size(), 20u) << path;
    EXPECT_FALSE(h.form_type.empty()) << path;
    EXPECT_TRUE(dates::IsoDate(h.filed_at).has_value()) << path << " filed_at " << h.filed_at;
    EXPECT_EQ(static_cast<int>(h.parties.size()), CountPartyBlocks(envelope->header)) << path;
    for (const Party& p : h.parties) {
      EXPECT_FALSE(p.name.empty()) << path << " " << p.role;
      EXPECT_EQ(p.cik.size(), 10u) << path << " " << p.role << " " << p.name;
      ++parties;
    }
  }
  std::printf(
      "corpus %s: %d inputs, %d with a header (%d parties), %d rejected as not filings, "
      "%d warnings\n",
      corpus.c_str(), inputs, submissions, parties, rejected, warnings);
  EXPECT_GT(submissions, 50);
}

}  // namespace
}  // namespace edgard
