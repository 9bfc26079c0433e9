// Over the whole real corpus (EDGARD_CORPUS, default ../shared/corpus; the
// test says so and skips when it is absent): every input extracts without a
// crash, and every full submission, .nc file and header has its accession
// number, form type, filing date and all its parties.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
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

// What the corpus's filings say, for the notes: financial tables and facts
// per form and era, the totals that add up, the EX-27 schedules read; the
// events of every 8-K Item 5 (before 2004) and 5.02, or a warning why none;
// every Form 3/4/5 XML read, by schema version; every Schedule 13D/13G
// read, or a warning naming what its cover page leaves out.
TEST(Corpus, WhatFilingsSay) {
  const fs::path corpus = testing::CorpusDir();
  if (corpus.empty()) {
    GTEST_SKIP() << "corpus not found (set EDGARD_CORPUS or put it at ../shared/corpus): skipped";
  }
  struct Counts {
    int filings = 0, with_tables = 0, tables = 0, facts = 0, with_concept = 0;
    int totals_checked = 0, totals_unchecked = 0;
  };
  std::map<std::string, Counts> facts;  // "form era"
  int schedules = 0, schedule_facts = 0;
  int event_items = 0, items_with_events = 0, items_warned = 0, events = 0;
  std::map<std::string, int> schema_versions;
  int ownership_xml = 0, ownership_read = 0;
  int attorney_signatures = 0, attorney_linked = 0, with_ex24 = 0, with_ex24_linked = 0;
  int schedule_filings = 0, schedules_read = 0, schedules_complete = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (!entry.is_regular_file()) continue;
    const std::string path = entry.path().string();
    auto buffer = FileBuffer::Read(path, sgml::kMaxInputBytes);
    ASSERT_TRUE(buffer) << buffer.error().ToString();
    auto e = ExtractFiling(buffer->view(), path);
    if (!e) continue;
    const std::string form = ascii::ToUpperCopy(e->submission.form_type);
    // Tables and facts.
    Counts& c = facts[(form.empty() ? std::string("(bare)") : form) + " " + Era(e->submission)];
    ++c.filings;
    int tables = 0;
    std::set<std::pair<int, size_t>> checked_totals;
    for (const FinancialFactRecord& f : e->financial_facts) {
      tables = std::max(tables, f.table);
      ++c.facts;
      if (!f.gaap_concept.empty()) ++c.with_concept;
      if (f.checked && ascii::StartsWithIgnoreCase(f.label, "total")) {
        checked_totals.insert({f.document, f.offset});
      }
      if (f.table_title.starts_with("EX-27")) ++schedule_facts;
    }
    for (const DocumentRecord& d : e->documents) {
      if (ascii::StartsWithIgnoreCase(d.type, "EX-27")) ++schedules;
    }
    c.tables += tables;
    if (tables > 0) ++c.with_tables;
    c.totals_checked += static_cast<int>(checked_totals.size());
    for (const Warning& w : e->warnings) {
      if (w.message.find("does not add up") != std::string::npos) ++c.totals_unchecked;
    }
    // Events of 8-K Items 5 and 5.02.
    if (form.starts_with("8-K")) {
      for (const ItemRecord& item : e->items) {
        if (item.number != "5" && item.number != "5.02") continue;
        ++event_items;
        bool warned = false;
        for (const Warning& w : e->warnings) {
          warned = warned ||
                   w.message.find("Item " + item.number + ": no appointment") != std::string::npos;
        }
        if (!e->events.empty()) ++items_with_events;
        if (warned) ++items_warned;
        EXPECT_TRUE(!e->events.empty() || warned)
            << path << ": Item " << item.number << " has neither events nor a warning";
      }
      events += static_cast<int>(e->events.size());
    }
    // Forms 3, 4, 5 in XML.
    if (buffer->view().find("<ownershipDocument") != std::string_view::npos) {
      ++ownership_xml;
      EXPECT_TRUE(e->ownership.has_value()) << path << ": ownership XML not read";
      if (e->ownership) {
        ++ownership_read;
        ++schema_versions[e->ownership->schema_version];
        EXPECT_FALSE(e->ownership->issuer.cik.empty()) << path;
        EXPECT_FALSE(e->ownership->reporting_owners.empty()) << path;
        // Signatures by attorneys-in-fact: linked to an EX-24 of the filing, or flagged.
        bool ex24 = false;
        for (const DocumentRecord& d : e->documents) {
          ex24 = ex24 || ascii::StartsWithIgnoreCase(d.type, "EX-24");
        }
        for (const OwnershipSignature& sig : e->ownership->signatures) {
          if (sig.attorney_in_fact.empty()) continue;
          ++attorney_signatures;
          if (sig.power_of_attorney != 0) ++attorney_linked;
          if (ex24) {
            ++with_ex24;
            if (sig.power_of_attorney != 0) ++with_ex24_linked;
          }
          bool flagged = false;
          for (const Warning& w : e->warnings) {
            flagged = flagged || w.message.find(sig.name) != std::string::npos;
          }
          EXPECT_TRUE(sig.power_of_attorney != 0 || flagged) << path << ": " << sig.name;
        }
      }
    }
    // Schedules 13D and 13G.
    const bool schedule =
        form.starts_with("SC 13D") || form.starts_with("SC 13G") || form.starts_with("SCHEDULE 13");
    if (schedule && !e->documents.empty()) {
      ++schedule_filings;
      bool warned = false;
      for (const Warning& w : e->warnings) {
        warned = warned || w.message.find("cover page") != std::string::npos;
      }
      if (e->beneficial_ownership) {
        ++schedules_read;
        const BeneficialOwnershipRecord& r = *e->beneficial_ownership;
        const bool complete = !r.cusip.empty() && !r.issuer.empty() &&
                              !r.reporting_persons.empty() && r.missing.empty();
        if (complete) ++schedules_complete;
        EXPECT_TRUE(complete || warned) << path << ": incomplete cover page without a warning";
      } else {
        EXPECT_TRUE(warned) << path << ": no cover page and no warning";
      }
    }
  }
  Counts all;
  for (const auto& [key, c] : facts) {
    if (c.facts == 0) continue;
    std::printf(
        "facts: %-24s %3d filings, %3d with tables, %4d tables, %6d facts (%5d with a "
        "concept), totals adding up %d of %d\n",
        key.c_str(), c.filings, c.with_tables, c.tables, c.facts, c.with_concept, c.totals_checked,
        c.totals_checked + c.totals_unchecked);
    all.tables += c.tables;
    all.facts += c.facts;
    all.with_concept += c.with_concept;
    all.totals_checked += c.totals_checked;
    all.totals_unchecked += c.totals_unchecked;
  }
  std::printf("facts: all: %d tables, %d facts (%d with a concept), totals adding up %d of %d\n",
              all.tables, all.facts, all.with_concept, all.totals_checked,
              all.totals_checked + all.totals_unchecked);
  std::printf("facts: EX-27 schedules %d, facts read from them %d\n", schedules, schedule_facts);
  std::printf("events: 8-K Items 5 and 5.02: %d, with events %d, warned %d; %d events\n",
              event_items, items_with_events, items_warned, events);
  std::printf("ownership: %d XML reports, %d read; by schema version:", ownership_xml,
              ownership_read);
  for (const auto& [version, count] : schema_versions) {
    std::printf(" %s %d", version.c_str(), count);
  }
  std::printf(
      "\nownership: signatures by attorneys-in-fact %d, linked to a power of attorney in the "
      "filing %d; in filings with an EX-24 %d, linked %d",
      attorney_signatures, attorney_linked, with_ex24, with_ex24_linked);
  std::printf("\nschedules 13D/13G: %d filings, %d read, %d complete\n", schedule_filings,
              schedules_read, schedules_complete);
  EXPECT_GT(schedule_facts, 0);
  EXPECT_GT(all.totals_checked, 0);
  EXPECT_EQ(ownership_read, ownership_xml);
  EXPECT_EQ(with_ex24_linked, with_ex24);
}

}  // namespace
}  // namespace edgard
