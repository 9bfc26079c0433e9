// The store: filings, their documents (raw bytes kept byte-exact, zstd
// compressed; text for search), parties and companies, and a full-text
// index. Backends sit behind this one interface; callers never name them.
//
// A Store is used from one thread at a time. Writes are atomic per batch:
// every filing of a PutFilings call is stored whole or not at all, and a
// filing whose id is already stored is left unchanged (ingest is idempotent).

#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/extraction.h"
#include "edgard/result.h"
#include "edgard/search.h"

namespace edgard {

struct StoreOptions {
  std::string path;  // SQLite database file
  enum class Mode { kReadWrite, kReadOnly } mode = Mode::kReadWrite;
  // Page cache of a read-only connection, in MB (a reader keeps its own so
  // that repeated searches do not depend on the kernel's file cache).
  int reader_cache_mb = 256;
};

// Everything the store keeps of one filing, prepared off the writer thread.
struct FilingToStore {
  Extraction extraction;
  std::string extraction_json;
  std::string raw_zstd;                 // the input bytes, zstd-compressed
  std::vector<std::string> texts;       // plain text per document (empty when not text)
  std::vector<std::string> texts_zstd;  // the same, zstd-compressed
  std::string search_tags;              // filter tokens shared by every document
};

enum class PutOutcome : uint8_t { kStored, kAlreadyStored };

struct StoredDocument {
  int sequence = 0;
  std::string type;
  std::string filename;
  std::string description;
  std::string format;
  std::string kind;
  int64_t bytes = 0;
  int64_t text_bytes = 0;
};

struct StoredFiling {
  std::string id;
  std::string extraction_json;  // as produced at ingest
  std::vector<StoredDocument> documents;
  int64_t raw_bytes = 0;
};

struct CountByKey {
  std::string key;
  int64_t count = 0;
};

struct StoreStats {
  int64_t filings = 0;
  int64_t documents = 0;
  int64_t companies = 0;
  int64_t raw_bytes = 0;
  int64_t raw_stored_bytes = 0;  // after compression
  int64_t text_bytes = 0;        // indexed text
  std::vector<CountByKey> by_form;
  std::vector<CountByKey> by_year;
};

// A company as the store knows it from the headers of its filings.
struct CompanySummary {
  std::string cik;  // 10 digits
  std::string name;
  std::string sic;
  std::string state_of_incorporation;
  std::string fiscal_year_end;
  std::string last_filed_at;
  std::vector<FormerName> former_names;  // other names seen, with the date of the change
  int64_t filings = 0;
};

// One filing as listed in an index: with one of its parties.
struct FilingSummary {
  std::string id;  // accession number or sha256:HEX
  std::string accession_number;
  std::string form_type;
  std::string filed_at;
  std::string acceptance_datetime;
  std::string period_of_report;
  int64_t raw_bytes = 0;
  std::string cik;  // the party's
  std::string company;
  std::string role;
};

struct FilingQuery {
  std::string cik;  // only filings with this party (digits; padding optional)
  // Only filings with a party whose name holds this (any case), with or
  // without a CIK: bare documents name their company but have none.
  std::string company;
  std::vector<std::string> forms;  // exact form types
  std::string from, to;            // filing dates, inclusive
  int limit = 100;
  int offset = 0;
  bool one_row_per_party = false;  // index files list a filing once per party with a CIK
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (creating when needed) and migrates the store.
  static Result<std::unique_ptr<Store>> Open(const StoreOptions& options);

  virtual Result<std::vector<PutOutcome>> PutFilings(std::span<const FilingToStore> filings) = 0;
  virtual Result<bool> HasFiling(std::string_view id) = 0;
  virtual Result<StoredFiling> GetFiling(std::string_view id) = 0;
  // The original bytes of the input, byte-identical.
  virtual Result<std::string> GetRaw(std::string_view id) = 0;
  virtual Result<std::string> GetDocumentText(std::string_view id, int sequence) = 0;
  virtual Result<SearchResults> Search(const SearchRequest& request) = 0;
  virtual Result<StoreStats> Stats() = 0;
  // Companies whose CIK is `query` (digits) or whose name, current or former, contains it.
  virtual Result<std::vector<CompanySummary>> FindCompanies(std::string_view query, int limit) = 0;
  virtual Result<CompanySummary> GetCompany(std::string_view cik) = 0;
  // Filings newest first (filing date, then accession number).
  virtual Result<std::vector<FilingSummary>> ListFilings(const FilingQuery& query) = 0;
  // Runs PRAGMA integrity_check (SQLite) and checks that every filing has
  // all its documents; returns the problems found (empty when consistent).
  virtual Result<std::vector<std::string>> Check() = 0;
};

// Filter tokens for the full-text index: "f_8k y_2003 c_0000320193 ...".
std::string SearchTags(const Extraction& extraction);
// One filter token: the prefix and the value's letters and digits, lower
// case ("f_", "10-K/A" -> "f_10ka"; "t_", "EX-99.1" -> "t_ex991").
std::string FilterToken(std::string_view prefix, std::string_view value);

}  // namespace edgard
