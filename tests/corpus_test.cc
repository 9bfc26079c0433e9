// Over the whole real corpus (EDGARD_CORPUS, default ../shared/corpus; the
// test says so and skips when it is absent): every input extracts without a
// crash, and every full submission, .nc file and header has its accession
// number, form type, filing date and all its parties.

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <map>
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

std::string Era(const SubmissionHeader& h) {
  const std::string& date = !h.filed_at.empty() ? h.filed_at : h.period_of_report;
  if (date.size() < 4) return "undated";
  if (date < "2001") return "1993-2000";
  if (date < "2009") return "2001-2008";
  return "2009-";
}

// Items of every 8-K, 10-K and 10-Q: in order, without overlap, each with text
// or a status; 8-K items agree with the header's ITEM INFORMATION or a
// warning says where they do not. Prints the counts for the notes.
TEST(Corpus, ItemsOfEveryReport) {
  const fs::path corpus = testing::CorpusDir();
  if (corpus.empty()) {
    GTEST_SKIP() << "corpus not found (set EDGARD_CORPUS or put it at ../shared/corpus): skipped";
  }
  std::map<std::string, std::map<std::string, std::pair<int, int>>> reports;  // form, era
  int eight_k_listed = 0, eight_k_agree = 0, eight_k_warned = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (!entry.is_regular_file()) continue;
    const std::string path = entry.path().string();
    auto buffer = FileBuffer::Read(path, sgml::kMaxInputBytes);
    ASSERT_TRUE(buffer) << buffer.error().ToString();
    const bool has_header = !sgml::ParseEnvelope(buffer->view())->header.empty();
    auto e = ExtractFiling(buffer->view(), path);
    if (!e) continue;
    const std::string form = ascii::ToUpperCopy(e->submission.form_type);
    const std::string family = form.starts_with("8-K")    ? "8-K"
                               : form.starts_with("10-K") ? "10-K"
                               : form.starts_with("10-Q") ? "10-Q"
                                                          : "";
    if (family.empty()) continue;
    if (family == "8-K" && has_header && !e->submission.items.empty()) {
      ++eight_k_listed;
      bool warned = false;
      for (const Warning& w : e->warnings) {
        warned = warned || w.message.find("Item ") != std::string::npos;
      }
      if (warned) {
        ++eight_k_warned;
        std::printf("  8-K items disagree: %s\n", entry.path().filename().c_str());
        for (const Warning& w : e->warnings) {
          if (w.message.find("Item ") != std::string::npos) {
            std::printf("    %s\n", w.message.c_str());
          }
        }
      } else {
        ++eight_k_agree;
      }
    }
    // Header-only inputs carry no report text.
    if (family == "8-K" || e->documents.empty()) continue;
    auto& [count, with_items] = reports[family][Era(e->submission)];
    ++count;
    if (!e->items.empty()) ++with_items;
    EXPECT_FALSE(e->items.empty()) << path << ": no items in a " << form;
    for (size_t i = 0; i < e->items.size(); ++i) {
      const ItemRecord& item = e->items[i];
      EXPECT_LE(item.text_begin, item.text_end) << path << " item " << item.number;
      EXPECT_TRUE(item.text_end > item.text_begin || item.status != "extracted")
          << path << " item " << item.number << " has no text and no status";
      if (i > 0) {
        const ItemRecord& before = e->items[i - 1];
        const bool combined = before.text_begin == item.text_begin;
        EXPECT_TRUE(combined || before.text_end <= item.text_begin)
            << path << " items " << before.number << " and " << item.number << " overlap";
      }
    }
  }
  for (const auto& [family, eras] : reports) {
    for (const auto& [era, counts] : eras) {
      std::printf("items: %s %s: %d reports, %d with items\n", family.c_str(), era.c_str(),
                  counts.first, counts.second);
    }
  }
  std::printf(
      "items: 8-K with header item information: %d, text agrees %d, disagreements "
      "warned %d\n",
      eight_k_listed, eight_k_agree, eight_k_warned);
  EXPECT_EQ(eight_k_agree + eight_k_warned, eight_k_listed);
}

}  // namespace
}  // namespace edgard
