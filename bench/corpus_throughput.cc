// corpus_throughput: measures edgard on a folder of real EDGAR filings.
//
//   corpus_throughput [CORPUS_DIR] [--replicate N] [--workdir DIR] [--skip-ingest]
//                     [--queries FILE]
//
// Prints envelope-parse MB/s, extraction MB/s, text-extraction MB/s (legacy
// text and HTML separately, one core), end-to-end ingest MB/s and filings/s
// into SQLite with FTS5 (all cores) with the ingest's peak RSS, and search
// latency p50/p99 over a fixed query set at the ingested size. With
// --replicate N the corpus is copied N times with fresh accession numbers
// (and, for documents without one, a changed trailing line) to measure at a
// larger size. With --queries FILE each line of FILE is also searched once,
// one after the other, and their latency percentiles and slowest queries are
// printed: a picture of queries that no cache has seen.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/file_buffer.h"
#include "edgard/extraction.h"
#include "edgard/store.h"
#include "extract/analysis.h"
#include "extract/events.h"
#include "extract/financial_facts.h"
#include "extract/ownership_xml.h"
#include "ingest/ingest.h"
#include "parse/html/html_text.h"
#include "parse/sgml/envelope.h"
#include "parse/text/legacy_text.h"
#include "replica.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using edgard::DocumentFormat;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

std::vector<fs::path> ListFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Runs `body` over the whole input repeatedly for at least `min_seconds`;
// returns MB/s.
template <class Body>
double MeasureMBps(size_t bytes_per_pass, double min_seconds, Body body) {
  int passes = 0;
  const auto start = Clock::now();
  do {
    body();
    ++passes;
  } while (Seconds(start) < min_seconds);
  return static_cast<double>(bytes_per_pass) * passes / Seconds(start) / 1e6;
}

// The value below which `permille`/1000 of the sorted, non-empty `values` lie.
double Quantile(const std::vector<double>& sorted, size_t permille) {
  return sorted[std::min(sorted.size() - 1, sorted.size() * permille / 1000)];
}

void Percentiles(std::vector<double> ms, double* p50, double* p99) {
  std::sort(ms.begin(), ms.end());
  *p50 = Quantile(ms, 500);
  *p99 = Quantile(ms, 990);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpus = "../shared/corpus";
  fs::path workdir = fs::temp_directory_path() / "edgard-bench";
  int replicate = 1;
  bool skip_ingest = false;
  fs::path queries_file;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--replicate" && i + 1 < argc) {
      replicate = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--workdir" && i + 1 < argc) {
      workdir = argv[++i];
    } else if (arg == "--skip-ingest") {
      skip_ingest = true;
    } else if (arg == "--queries" && i + 1 < argc) {
      queries_file = argv[++i];
    } else if (arg == "--help" || arg == "-h") {
      std::puts(
          "corpus_throughput [CORPUS_DIR] [--replicate N] [--workdir DIR] [--skip-ingest] "
          "[--queries FILE]");
      return 0;
    } else {
      corpus = arg;
    }
  }
  if (!fs::is_directory(corpus)) {
    std::fprintf(stderr, "corpus_throughput: %s is not a folder of filings\n", corpus.c_str());
    return 1;
  }
  const std::vector<fs::path> files = ListFiles(corpus);
  size_t corpus_bytes = 0;
  for (const auto& f : files) corpus_bytes += fs::file_size(f);
  std::printf("corpus: %s, %zu files, %.1f MB\n", corpus.c_str(), files.size(),
              static_cast<double>(corpus_bytes) / 1e6);

  const fs::path db = workdir / "bench.db";
  if (!skip_ingest) {
    // 1. End-to-end ingest of the (replicated) corpus, in a child process so
    //    that its peak RSS is the ingest's own.
    fs::remove_all(workdir);
    fs::create_directories(workdir / "input");
    size_t input_bytes = 0;
    for (int k = 0; k < replicate; ++k) {
      const fs::path dir = workdir / "input" / std::to_string(k);
      fs::create_directories(dir);
      for (size_t i = 0; i < files.size(); ++i) {
        const std::string copy = edgard::testing::Replica(ReadAll(files[i]), k);
        input_bytes += copy.size();
        std::ofstream(dir / (std::to_string(i) + "_" + files[i].filename().string()),
                      std::ios::binary)
            .write(copy.data(), static_cast<std::streamsize>(copy.size()));
      }
    }
    std::fflush(stdout);
    const auto start = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
      auto store = edgard::Store::Open({.path = db.string()});
      if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message().c_str());
        _exit(2);
      }
      auto report = edgard::ingest::Ingest(**store, {(workdir / "input").string()}, {}, {});
      if (!report) {
        std::fprintf(stderr, "%s\n", report.error().message().c_str());
        _exit(2);
      }
      std::printf(
          "ingest: %lld inputs: %lld stored, %lld skipped, %lld failed; %.1f MB of text indexed\n",
          static_cast<long long>(report->inputs), static_cast<long long>(report->stored),
          static_cast<long long>(report->skipped), static_cast<long long>(report->failed),
          static_cast<double>(report->text_bytes) / 1e6);
      std::fflush(stdout);
      _exit(0);
    }
    int status = 0;
    struct rusage usage {};
    wait4(child, &status, 0, &usage);
    const double seconds = Seconds(start);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::fprintf(stderr, "corpus_throughput: ingest failed\n");
      return 1;
    }
    std::printf(
        "ingest end-to-end (SQLite + FTS5, all cores), %dx corpus = %.1f MB: %.1f MB/s, %.0f "
        "filings/s, peak RSS %.0f MB, database %.1f MB\n",
        replicate, static_cast<double>(input_bytes) / 1e6,
        static_cast<double>(input_bytes) / seconds / 1e6,
        static_cast<double>(files.size() * static_cast<size_t>(replicate)) / seconds,
        static_cast<double>(usage.ru_maxrss) / 1024.0,
        static_cast<double>(fs::file_size(db)) / 1e6);
    fs::remove_all(workdir / "input");
  }

  // 2. Parsing speed on one core, corpus in memory.
  std::vector<edgard::FileBuffer> buffers;
  for (const auto& f : files) {
    auto buffer = edgard::FileBuffer::Read(f.string(), edgard::sgml::kMaxInputBytes);
    if (buffer) buffers.push_back(std::move(*buffer));
  }
  size_t checksum = 0;
  const double envelope_mbps = MeasureMBps(corpus_bytes, 2.0, [&] {
    for (const auto& b : buffers) {
      auto envelope = edgard::sgml::ParseEnvelope(b.view());
      if (envelope) checksum += envelope->documents.size();
    }
  });
  std::printf("envelope parse (one core): %.0f MB/s\n", envelope_mbps);
  const double extract_mbps = MeasureMBps(corpus_bytes, 2.0, [&] {
    for (const auto& b : buffers) {
      auto e = edgard::ExtractFiling(b.view(), "bench");
      if (e) checksum += e->documents.size();
    }
  });
  std::printf(
      "extraction: envelope + header + document text + analysis + sha256 (one core): %.0f MB/s\n",
      extract_mbps);
  {
    // The text analysis alone (cover pages, kinds and dates, items, exhibits,
    // signatures), over texts extracted beforehand.
    struct Analysed {
      edgard::Extraction base;
      edgard::DocumentTexts texts;
      bool has_header = false;
    };
    std::vector<Analysed> inputs;
    for (const auto& b : buffers) {
      Analysed a;
      auto e = edgard::ExtractFiling(b.view(), "bench", &a.texts);
      if (!e) continue;
      a.base = std::move(*e);
      a.has_header = a.base.envelope != "bare" && a.base.envelope != "single_document";
      a.base.items.clear();
      a.base.exhibits.clear();
      a.base.signatures.clear();
      inputs.push_back(std::move(a));
    }
    const double analysis_mbps = MeasureMBps(corpus_bytes, 2.0, [&] {
      for (const Analysed& a : inputs) {
        edgard::Extraction e = a.base;
        edgard::extract::AnalyzeDocuments(a.texts, a.has_header, &e);
        checksum += e.items.size() + e.exhibits.size() + e.signatures.size();
      }
    });
    // Seconds per pass over the corpus, shared among its filings.
    const double pass_seconds = static_cast<double>(corpus_bytes) / 1e6 / analysis_mbps;
    const double per_filing_us = pass_seconds * 1e6 / static_cast<double>(inputs.size());
    std::printf(
        "analysis alone (one core, texts given): %.0f MB/s of filings, %.1f us per filing\n",
        analysis_mbps, per_filing_us);
    // Parts of it: the table reader with the financial facts, and the events.
    size_t text_bytes = 0;
    for (const Analysed& a : inputs) {
      for (const std::string& t : a.texts) text_bytes += t.size();
    }
    const double tables_mbps = MeasureMBps(text_bytes, 2.0, [&] {
      for (const Analysed& a : inputs) {
        std::vector<edgard::FinancialFactRecord> facts;
        std::vector<edgard::Warning> warnings;
        for (const std::string& t : a.texts) {
          checksum += static_cast<size_t>(
              edgard::extract::ReadFinancialFacts(t, 1, 1, &facts, &warnings).tables);
        }
      }
    });
    const double events_mbps = MeasureMBps(text_bytes, 2.0, [&] {
      for (const Analysed& a : inputs) {
        for (const std::string& t : a.texts) {
          checksum += edgard::extract::ReadEvents(t, 1, "", "").size();
        }
      }
    });
    std::printf(
        "financial tables and facts (one core): %.0f MB/s of text; events over whole texts: %.0f "
        "MB/s of text (%.1f MB of text)\n",
        tables_mbps, events_mbps, static_cast<double>(text_bytes) / 1e6);
  }
  {
    // Forms 3, 4, 5 in XML, on one core.
    std::vector<std::string_view> reports;
    size_t report_bytes = 0;
    for (const auto& b : buffers) {
      auto envelope = edgard::sgml::ParseEnvelope(b.view());
      if (!envelope) continue;
      for (const auto& doc : envelope->documents) {
        if (!edgard::extract::LooksLikeOwnershipXml(doc.content)) continue;
        reports.push_back(doc.content);
        report_bytes += doc.content.size();
      }
    }
    if (!reports.empty()) {
      const double mbps = MeasureMBps(report_bytes, 2.0, [&] {
        for (std::string_view r : reports) {
          auto record = edgard::extract::ReadOwnershipXml(r);
          if (record) checksum += record->transactions.size();
        }
      });
      const double per_report_us = static_cast<double>(report_bytes) / 1e6 / mbps * 1e6 /
                                   static_cast<double>(reports.size());
      // Each report timed alone, over several passes, for the spread.
      std::vector<double> ms;
      for (int pass = 0; pass < 20; ++pass) {
        for (std::string_view r : reports) {
          const auto start = Clock::now();
          auto record = edgard::extract::ReadOwnershipXml(r);
          ms.push_back(Seconds(start) * 1e3);
          if (record) checksum += record->holdings.size();
        }
      }
      double p50 = 0, p99 = 0;
      Percentiles(ms, &p50, &p99);
      std::printf(
          "ownership XML, Forms 3/4/5 (one core): %zu reports, %.0f reports/s, %.1f us per "
          "report (p50 %.1f us, p99 %.1f us), %.0f MB/s\n",
          reports.size(), 1e6 / per_report_us, per_report_us, p50 * 1e3, p99 * 1e3, mbps);
    }
  }

  std::vector<std::string_view> legacy, html;
  size_t legacy_bytes = 0, html_bytes = 0;
  for (const auto& b : buffers) {
    auto envelope = edgard::sgml::ParseEnvelope(b.view());
    if (!envelope) continue;
    for (const auto& doc : envelope->documents) {
      if (doc.uuencoded) continue;
      if (doc.format == DocumentFormat::kText) {
        legacy.push_back(doc.content);
        legacy_bytes += doc.content.size();
      } else if (doc.format == DocumentFormat::kHtml) {
        html.push_back(doc.content);
        html_bytes += doc.content.size();
      }
    }
  }
  edgard::text::TextOutput out;
  const double legacy_mbps = MeasureMBps(legacy_bytes, 2.0, [&] {
    for (auto doc : legacy) {
      edgard::text::LegacyTextToPlain(doc, &out);
      checksum += out.text.size();
    }
  });
  const double html_mbps = MeasureMBps(html_bytes, 2.0, [&] {
    for (auto doc : html) {
      edgard::html::HtmlToText(doc, &out);
      checksum += out.text.size();
    }
  });
  std::printf(
      "text extraction (one core): legacy text %.0f MB/s over %.1f MB; HTML %.0f MB/s "
      "over %.1f MB\n",
      legacy_mbps, static_cast<double>(legacy_bytes) / 1e6, html_mbps,
      static_cast<double>(html_bytes) / 1e6);

  // 3. Search latency over a fixed query set.
  if (fs::exists(db)) {
    auto store =
        edgard::Store::Open({.path = db.string(), .mode = edgard::StoreOptions::Mode::kReadOnly});
    if (!store) {
      std::fprintf(stderr, "%s\n", store.error().message().c_str());
      return 1;
    }
    struct Case {
      const char* query;
      const char* form;
    };
    const Case cases[] = {
        {"heaton \"board of directors\"", ""},
        {"\"power of attorney\"", "4"},
        {"revenue", ""},
        {"net income", "10-K"},
        {"\"results of operations\"", ""},
        {"apple", ""},
        {"resign*", ""},
        {"director OR officer", "8-K"},
        {"dividend -preferred", ""},
        {"\"chief financial officer\"", ""},
        {"merger agreement", ""},
        {"cybersecurity", "10-K"},
        {"securities", ""},
        {"the", ""},
        {"goodwill impairment", ""},
        {"(stock OR shares) repurchase", ""},
        {"\"forward-looking statements\"", ""},
        {"lease", "10-Q"},
        {"exhibit", ""},
        {"attorney-in-fact", ""},
    };
    std::vector<double> latencies;
    constexpr int kRuns = 15;
    std::vector<std::pair<double, std::string>> slowest;
    for (const Case& c : cases) {
      std::vector<double> own;
      edgard::SearchRequest request;
      request.query = c.query;
      if (*c.form != '\0') request.forms = {c.form};
      for (int run = 0; run < kRuns; ++run) {
        const auto start = Clock::now();
        auto results = (*store)->Search(request);
        latencies.push_back(Seconds(start) * 1000);
        own.push_back(latencies.back());
        if (!results) {
          std::fprintf(stderr, "search %s: %s\n", c.query, results.error().message().c_str());
          return 1;
        }
        checksum += static_cast<size_t>(results->total);
      }
      double own_p50 = 0, own_p99 = 0;
      Percentiles(own, &own_p50, &own_p99);
      slowest.push_back(
          {own_p50, std::string(c.query) + (*c.form != '\0' ? " --form " : "") + c.form});
    }
    double p50 = 0, p99 = 0;
    Percentiles(latencies, &p50, &p99);
    std::printf("search (%zu queries x %d runs, hits + total + facets): p50 %.2f ms, p99 %.2f ms\n",
                std::size(cases), kRuns, p50, p99);
    std::sort(slowest.rbegin(), slowest.rend());
    std::printf("  slowest (median):");
    for (size_t i = 0; i < 5 && i < slowest.size(); ++i) {
      std::printf(" [%s] %.1f ms;", slowest[i].second.c_str(), slowest[i].first);
    }
    std::printf("\n");
    if (!queries_file.empty()) {
      std::ifstream in(queries_file);
      std::vector<std::pair<double, std::string>> timed;
      size_t failed = 0;
      for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        edgard::SearchRequest request;
        request.query = line;
        const auto start = Clock::now();
        auto results = (*store)->Search(request);
        timed.push_back({Seconds(start) * 1000, line});
        if (results) {
          checksum += static_cast<size_t>(results->total);
        } else {
          ++failed;  // a malformed query: timed all the same
        }
      }
      if (timed.empty()) {
        std::fprintf(stderr, "corpus_throughput: no queries in %s\n", queries_file.c_str());
        return 1;
      }
      std::sort(timed.begin(), timed.end());
      std::vector<double> ms;
      double total_ms = 0;
      for (const auto& t : timed) {
        ms.push_back(t.first);
        total_ms += t.first;
      }
      std::printf(
          "search, %zu queries of %s once each (one thread, %zu refused): mean %.2f ms, p50 %.2f "
          "ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n  slowest:",
          timed.size(), queries_file.c_str(), failed, total_ms / static_cast<double>(ms.size()),
          Quantile(ms, 500), Quantile(ms, 900), Quantile(ms, 990), ms.back());
      for (size_t i = 0; i < 5 && i < timed.size(); ++i) {
        const auto& t = timed[timed.size() - 1 - i];
        std::printf(" [%s] %.1f ms;", t.second.c_str(), t.first);
      }
      std::printf("\n");
    }
  }
  std::printf("(checksum %zu)\n", checksum);
  return 0;
}
