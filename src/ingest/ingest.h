// Ingest: discover inputs (files, folders recursively, .tar.gz/.tgz/.zip
// archives such as EDGAR's daily feed tarballs), parse and extract them on
// all cores, and write them through one writer in batched transactions.
//
// Each filing is stored whole or not at all (one transaction per batch);
// an input already stored (same accession number, or same sha256 for a
// document without one) changes nothing, so a killed ingest can simply be
// run again. Inputs that fail are reported and the batch goes on.

#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "edgard/result.h"
#include "edgard/store.h"

namespace edgard::ingest {

struct IngestOptions {
  int workers = 0;                                 // parse threads; 0: one per core
  size_t max_file_bytes = size_t{512} << 20;       // larger inputs fail with a clear reason
  size_t memory_budget_bytes = size_t{256} << 20;  // bytes of inputs in flight at once
  size_t batch_filings = 2000;                     // filings per transaction, at most
  size_t batch_text_bytes = size_t{48} << 20;      // indexed text per transaction, at most
};

struct IngestFailure {
  std::string path;    // file, or "archive.tar.gz:member"
  std::string reason;  // names the byte offset and what was expected where it can
};

struct IngestProgress {
  int64_t inputs_done = 0;
  int64_t inputs_total = 0;  // files discovered (archive members counted as they are read)
  int64_t bytes_done = 0;
  int64_t bytes_total = 0;
  double seconds = 0;
};

struct IngestReport {
  int64_t inputs = 0;
  int64_t stored = 0;
  int64_t already_stored = 0;
  int64_t failed = 0;
  int64_t skipped = 0;  // not filings (JSON API responses, index files): listed, not failures
  int64_t bytes = 0;
  int64_t text_bytes = 0;
  double seconds = 0;
  std::vector<IngestFailure> failures;
  std::vector<IngestFailure> skips;
};

using ProgressCallback = std::function<void(const IngestProgress&)>;

// Fails only when the store cannot be written or a path does not exist;
// per-input problems are in the report.
Result<IngestReport> Ingest(Store& store, const std::vector<std::string>& paths,
                            const IngestOptions& options, const ProgressCallback& progress);

// Parses, extracts and prepares one input for the store (used by Ingest on
// its worker threads, and by benchmarks). Errors say why the input is not
// stored; kUnavailable marks inputs that are not filings (skipped).
Result<FilingToStore> PrepareFiling(std::string_view bytes, std::string_view path);

}  // namespace edgard::ingest
