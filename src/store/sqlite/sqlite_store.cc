#include "store/sqlite/sqlite_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

#include "base/ascii.h"
#include "base/compression.h"
#include "base/dates.h"
#include "parse/uu/uudecode.h"
#include "search/query.h"
#include "search/snippet.h"
#include "store/sqlite/fts_rank.h"
#include "store/sqlite/sqlite_handle.h"

namespace edgard::store {
namespace {

// A LIKE pattern (with ESCAPE '\\') matching text that contains `text`
// literally, in any ASCII case: its own %, _ and \\ are escaped.
std::string ContainsPattern(std::string_view text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
    pattern.push_back(c);
  }
  pattern.push_back('%');
  return pattern;
}

// What a search hit shows of its document and filing, as read by ReadHit;
// `d` is the document, `f` its filing.
constexpr const char* kHitColumns =
    "SELECT f.filing_key, f.accession_number, f.form_type, f.filed_at, "
    "(SELECT name FROM parties p WHERE p.filing_id = f.id ORDER BY position LIMIT 1), "
    "(SELECT cik FROM parties p WHERE p.filing_id = f.id ORDER BY position LIMIT 1), "
    "d.sequence, d.type, d.filename, d.description, d.id, f.source_path";
constexpr int kHitColumnCount = 12;

// Fills `hit` from a row of kHitColumns; returns the document's id.
int64_t ReadHit(const Statement& row, SearchHit* hit) {
  hit->filing_id = row.Text(0);
  hit->accession_number = row.Text(1);
  hit->form_type = row.Text(2);
  hit->filed_at = row.Text(3);
  hit->company = row.Text(4);
  hit->cik = row.Text(5);
  hit->sequence = static_cast<int>(row.Int(6));
  hit->document_type = row.Text(7);
  hit->filename = row.Text(8);
  hit->description = row.Text(9);
  hit->source_path = row.Text(11);
  return row.Int(10);
}

// Snippets read a document's text from its start: this much first, then
// twice what has been read (at most kSnippetMaxRead more at a time) until a
// match, then kSnippetTail more for the words after it.
constexpr size_t kSnippetFirstRead = kZstdHeadFrame;  // the text's first frame
constexpr size_t kSnippetMaxRead = size_t{4} << 20;
constexpr size_t kSnippetTail = size_t{4} << 10;
constexpr size_t kSnippetBufferKept = size_t{1} << 20;  // kept between searches
constexpr int kMaxYearTokens = 40;
// Bound of the in-memory table of documents' facets: values beyond the
// index's range, and documents beyond kMaxInMemoryDocumentId, are counted as
// "(none)".
constexpr size_t kMaxFacetValues = 65'000;

// "y_2003" tokens for the years of a filing-date range, when it is bounded
// and short enough to be worth narrowing the index with.
std::vector<std::string> YearTokens(std::string_view from, std::string_view to) {
  if (from.size() < 4 || to.size() < 4) return {};
  const int first = std::atoi(std::string(from.substr(0, 4)).c_str());
  const int last = std::atoi(std::string(to.substr(0, 4)).c_str());
  if (first < 1900 || last < first || last - first >= kMaxYearTokens) return {};
  std::vector<std::string> tokens;
  for (int year = first; year <= last; ++year) tokens.push_back("y_" + std::to_string(year));
  return tokens;
}

struct Migration {
  const char* name;
  const char* sql;
};

constexpr Migration kMigrations[] = {
#include "sqlite_migrations.inc"
};

std::string NowUtc() { return dates::UtcNow() + "Z"; }

// "320193" -> "0000320193"; an error unless 1-10 digits.
Result<std::string> PaddedCik(std::string_view cik) {
  const std::string_view digits = ascii::Trim(cik);
  if (digits.empty() || digits.size() > 10 ||
      !std::all_of(digits.begin(), digits.end(), ascii::IsDigit)) {
    return InvalidInput("not a CIK: '" + std::string(cik) + "' (expected up to 10 digits)");
  }
  return std::string(10 - digits.size(), '0') + std::string(digits);
}

// Document-level filter tokens: document type and kind.
std::string DocumentTags(const DocumentRecord& doc) {
  std::string tags;
  if (!doc.type.empty()) tags += FilterToken("t_", doc.type);
  if (!doc.kind.empty()) {
    tags += ' ';
    tags += FilterToken("k_", doc.kind);
  }
  return tags;
}

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(DbHandle db) : db_(std::move(db)) {}

  Status Initialize(const StoreOptions& options) {
    sqlite3_busy_timeout(db_.get(), 10000);
    if (options.mode == StoreOptions::Mode::kReadWrite) {
      if (Status s = Exec(db_.get(), "PRAGMA journal_mode=WAL"); !s.ok()) return s;
    }
    for (std::string_view pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                                    "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY"}) {
      if (Status s = Exec(db_.get(), pragma); !s.ok()) return s;
    }
    if (options.mode == StoreOptions::Mode::kReadOnly) {
      // Readers keep a larger page cache of their own: searches that repeat
      // the index's hot pages then do not depend on the kernel's file cache.
      const std::string cache =
          "PRAGMA cache_size=-" + std::to_string(std::max(1, options.reader_cache_mb) * 1024);
      if (Status s = Exec(db_.get(), cache); !s.ok()) return s;
    }
    if (options.mode == StoreOptions::Mode::kReadWrite) {
      if (Status s = Migrate(); !s.ok()) return s;
    }
    if (Status s = RegisterBm25(db_.get(), &documents_.lengths); !s.ok()) return s;
    auto version = Statement::Prepare(db_.get(), "SELECT max(version) FROM schema_migrations");
    if (!version || version->Step() != SQLITE_ROW ||
        version->Int(0) < static_cast<int64_t>(std::size(kMigrations))) {
      return InvalidInput(
          "not an edgard database, or one from an older edgard (open it for writing, e.g. with "
          "edgard ingest, to migrate it)");
    }
    return Status::Ok();
  }

  Result<std::vector<PutOutcome>> PutFilings(std::span<const FilingToStore> filings) override {
    if (Status s = PrepareWriteStatements(); !s.ok()) return s;
    if (Status s = Exec(db_.get(), "BEGIN IMMEDIATE"); !s.ok()) return s;
    std::vector<PutOutcome> outcomes;
    outcomes.reserve(filings.size());
    for (const FilingToStore& filing : filings) {
      auto outcome = PutOne(filing);
      if (!outcome) {
        (void)Exec(db_.get(), "ROLLBACK");
        return outcome.error();
      }
      outcomes.push_back(*outcome);
    }
    if (Status s = Exec(db_.get(), "COMMIT"); !s.ok()) {
      (void)Exec(db_.get(), "ROLLBACK");
      return s;
    }
    return outcomes;
  }

  Result<bool> HasFiling(std::string_view id) override {
    auto row = FilingRowId(id);
    if (!row) return row.error();
    return *row != 0;
  }

  Result<StoredFiling> GetFiling(std::string_view id) override {
    auto statement =
        Statement::Prepare(db_.get(),
                           "SELECT f.id, f.filing_key, b.extraction, f.raw_size FROM filings f "
                           "JOIN filing_blobs b ON b.filing_id = f.id WHERE f.filing_key = ?");
    if (!statement) return statement.error();
    statement->Bind(1, id);
    if (statement->Step() != SQLITE_ROW) return NotFound("no filing " + std::string(id));
    StoredFiling filing;
    const int64_t row = statement->Int(0);
    filing.id = statement->Text(1);
    filing.extraction_json = statement->Text(2);
    filing.raw_bytes = statement->Int(3);
    auto docs = Statement::Prepare(db_.get(),
                                   "SELECT sequence, type, filename, description, format, kind, "
                                   "bytes, text_bytes FROM documents WHERE filing_id = ? "
                                   "ORDER BY sequence");
    if (!docs) return docs.error();
    docs->Bind(1, row);
    int rc = 0;
    while ((rc = docs->Step()) == SQLITE_ROW) {
      StoredDocument d;
      d.sequence = static_cast<int>(docs->Int(0));
      d.type = docs->Text(1);
      d.filename = docs->Text(2);
      d.description = docs->Text(3);
      d.format = docs->Text(4);
      d.kind = docs->Text(5);
      d.bytes = docs->Int(6);
      d.text_bytes = docs->Int(7);
      filing.documents.push_back(std::move(d));
    }
    if (rc != SQLITE_DONE) return SqliteError(db_.get(), "reading documents of " + filing.id);
    return filing;
  }

  Result<std::string> GetRaw(std::string_view id) override {
    auto statement = Statement::Prepare(db_.get(),
                                        "SELECT b.raw_zstd FROM filings f JOIN filing_blobs b "
                                        "ON b.filing_id = f.id WHERE f.filing_key = ?");
    if (!statement) return statement.error();
    statement->Bind(1, id);
    if (statement->Step() != SQLITE_ROW) return NotFound("no filing " + std::string(id));
    return DecompressZstd(statement->Blob(0));
  }

  Result<std::string> GetDocumentText(std::string_view id, int sequence) override {
    auto statement = Statement::Prepare(
        db_.get(),
        "SELECT t.body_zstd, d.format, d.type FROM filings f "
        "JOIN documents d ON d.filing_id = f.id LEFT JOIN document_text t ON t.id = d.id "
        "WHERE f.filing_key = ? AND d.sequence = ?");
    if (!statement) return statement.error();
    statement->Bind(1, id);
    statement->Bind(2, int64_t{sequence});
    if (statement->Step() != SQLITE_ROW) {
      return NotFound("no document " + std::to_string(sequence) + " in filing " + std::string(id));
    }
    if (sqlite3_column_type(statement->get(), 0) == SQLITE_NULL) {
      return NotFound("document " + std::to_string(sequence) + " of " + std::string(id) + " (" +
                      statement->Text(2) + ", " + statement->Text(1) +
                      ") has no text; --raw gives its bytes");
    }
    return DecompressZstd(statement->Blob(0));
  }

  Result<SearchResults> Search(const SearchRequest& request) override;
  Result<StoreStats> Stats() override;
  Result<std::vector<CompanySummary>> FindCompanies(std::string_view query, int limit) override;
  Result<CompanySummary> GetCompany(std::string_view cik) override;
  Result<std::vector<FilingSummary>> ListFilings(const FilingQuery& query) override;
  Result<std::vector<std::string>> Check() override;

 private:
  Status Migrate();
  Status PrepareWriteStatements();
  Result<PutOutcome> PutOne(const FilingToStore& filing);
  Status PutAnalysis(const Extraction& e, int64_t filing_row);
  Status PutCompany(const Party& party, std::string_view filed_at);

  Result<int64_t> FilingRowId(std::string_view id) {
    auto statement = Statement::Prepare(db_.get(), "SELECT id FROM filings WHERE filing_key = ?");
    if (!statement) return statement.error();
    statement->Bind(1, id);
    return statement->Step() == SQLITE_ROW ? statement->Int(0) : int64_t{0};
  }

  // A statement prepared once per connection and reset for each use (search
  // builds a few shapes of SQL, one per combination of filters).
  Result<Statement*> Cached(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end()) {
      auto statement = Statement::Prepare(db_.get(), sql);
      if (!statement) return statement.error();
      it = cache_.emplace(sql, std::move(*statement)).first;
    }
    it->second.Reset();
    return &it->second;
  }

  // Each document's form type and year, by document id, as small indexes
  // into `values` (a search's facets are then counted from the ids of its
  // matches alone, without reading a `documents` row per match), and its
  // length in tokens (for edgard_bm25). Documents are only ever added, so
  // the table is extended, never redone.
  struct DocumentTable {
    int64_t loaded = 0;                // the highest document id read
    std::vector<uint16_t> form, year;  // by document id
    std::vector<std::string> values;   // index -> form type or year
    std::unordered_map<std::string, uint16_t> index;
    DocumentLengths lengths;
  };
  Status LoadDocumentTable();
  // The page of hits of a search without filters on the filing rows, its
  // total and its facets, from one pass over the matches in the index.
  Status RankInOnePass(const std::string& match, const SearchRequest& request,
                       std::map<std::string, int64_t>* forms, std::map<std::string, int64_t>* years,
                       SearchResults* results, std::vector<int64_t>* rows);

  DbHandle db_;
  std::unordered_map<std::string, Statement> cache_;
  ZstdReader zstd_;           // for snippets
  std::string snippet_text_;  // reused by every snippet: no allocation per hit
  DocumentTable documents_;
  bool write_prepared_ = false;
  Statement find_filing_;
  Statement delete_parties_;
  Statement delete_blobs_;
  Statement delete_filing_;
  Statement delete_items_;
  Statement delete_exhibits_;
  Statement delete_signatures_;
  Statement insert_filing_;
  Statement insert_item_;
  Statement insert_exhibit_;
  Statement insert_signature_;
  Statement insert_blobs_;
  Statement insert_party_;
  Statement insert_document_;
  Statement insert_text_;
  Statement insert_fts_;
  Statement upsert_company_;
  Statement upsert_name_;
  Statement upsert_former_name_;
};

Status SqliteStore::Migrate() {
  if (Status s = Exec(db_.get(),
                      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                      "name TEXT NOT NULL, applied_at TEXT NOT NULL)");
      !s.ok()) {
    return s;
  }
  auto applied = Statement::Prepare(db_.get(), "SELECT max(version) FROM schema_migrations");
  if (!applied) return applied.error();
  int64_t version = 0;
  for (const Migration& migration : kMigrations) {
    ++version;
    // The version is read inside the write transaction, so two processes
    // opening a new store at once apply each migration exactly once.
    if (Status s = Exec(db_.get(), "BEGIN IMMEDIATE"); !s.ok()) return s;
    applied->Reset();
    const int64_t current = applied->Step() == SQLITE_ROW ? applied->Int(0) : 0;
    applied->Reset();
    if (version <= current) {
      if (Status c = Exec(db_.get(), "COMMIT"); !c.ok()) return c;
      continue;
    }
    Status s = Exec(db_.get(), migration.sql);
    if (s.ok()) {
      auto record = Statement::Prepare(
          db_.get(), "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
      if (!record) {
        s = record.error();
      } else {
        record->Bind(1, version);
        record->Bind(2, std::string_view(migration.name));
        record->Bind(3, NowUtc());
        if (record->Step() != SQLITE_DONE) s = SqliteError(db_.get(), "recording migration");
      }
    }
    if (!s.ok()) {
      (void)Exec(db_.get(), "ROLLBACK");
      return StorageError(std::string("migration ") + migration.name + ": " + s.message());
    }
    if (Status c = Exec(db_.get(), "COMMIT"); !c.ok()) return c;
  }
  // FTS5 merge tuning: fewer, larger merges while ingesting in big batches.
  (void)Exec(db_.get(), "INSERT INTO document_fts(document_fts, rank) VALUES('automerge', 8)");
  (void)Exec(db_.get(), "INSERT INTO document_fts(document_fts, rank) VALUES('crisismerge', 32)");
  return Status::Ok();
}

Status SqliteStore::PrepareWriteStatements() {
  if (write_prepared_) return Status::Ok();
  struct Item {
    Statement* statement;
    const char* sql;
  };
  const Item items[] = {
      {&find_filing_, "SELECT id, document_count FROM filings WHERE filing_key = ?"},
      {&delete_parties_, "DELETE FROM parties WHERE filing_id = ?"},
      {&delete_blobs_, "DELETE FROM filing_blobs WHERE filing_id = ?"},
      {&delete_filing_, "DELETE FROM filings WHERE id = ?"},
      {&delete_items_, "DELETE FROM items WHERE filing_id = ?"},
      {&delete_exhibits_, "DELETE FROM exhibits WHERE filing_id = ?"},
      {&delete_signatures_, "DELETE FROM signatures WHERE filing_id = ?"},
      {&insert_item_,
       "INSERT INTO items (filing_id, position, document, part, number, title, status, "
       "text_begin, text_end) VALUES (?,?,?,?,?,?,?,?,?)"},
      {&insert_exhibit_,
       "INSERT INTO exhibits (filing_id, position, number, description, document) "
       "VALUES (?,?,?,?,?)"},
      {&insert_signature_,
       "INSERT INTO signatures (filing_id, position, document, name, title, date, company, "
       "signed_by) VALUES (?,?,?,?,?,?,?,?)"},
      {&insert_filing_,
       "INSERT INTO filings (filing_key, accession_number, form_type, filed_at, "
       "acceptance_datetime, period_of_report, envelope, sha256, source_path, raw_size, "
       "document_count, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&insert_blobs_, "INSERT INTO filing_blobs (filing_id, raw_zstd, extraction) VALUES (?,?,?)"},
      {&insert_party_,
       "INSERT INTO parties (filing_id, position, role, cik, name) VALUES (?,?,?,?,?)"},
      {&insert_document_,
       "INSERT INTO documents (filing_id, sequence, type, filename, description, format, kind, "
       "bytes, body_offset, uuencoded, text_bytes, form_type, filed_at, date) "
       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&insert_text_, "INSERT INTO document_text (id, body_zstd, tags) VALUES (?,?,?)"},
      {&insert_fts_, "INSERT INTO document_fts (rowid, body, tags) VALUES (?,?,?)"},
      {&upsert_company_,
       "INSERT INTO companies (cik, name, sic, state_of_incorporation, fiscal_year_end, "
       "last_filed_at) VALUES (?1,?2,?3,?4,?5,?6) ON CONFLICT (cik) DO UPDATE SET "
       "name = CASE WHEN excluded.last_filed_at >= coalesce(last_filed_at, '') THEN excluded.name "
       "ELSE name END, "
       "sic = coalesce(excluded.sic, sic), "
       "state_of_incorporation = coalesce(excluded.state_of_incorporation, "
       "state_of_incorporation), "
       "fiscal_year_end = coalesce(excluded.fiscal_year_end, fiscal_year_end), "
       "last_filed_at = max(coalesce(last_filed_at, ''), coalesce(excluded.last_filed_at, ''))"},
      {&upsert_name_,
       "INSERT INTO company_names (cik, name, first_seen, last_seen) VALUES (?1,?2,?3,?3) "
       "ON CONFLICT (cik, name) DO UPDATE SET "
       "first_seen = min(coalesce(first_seen, excluded.first_seen), excluded.first_seen), "
       "last_seen = max(coalesce(last_seen, excluded.last_seen), excluded.last_seen)"},
      {&upsert_former_name_,
       "INSERT INTO company_names (cik, name, changed_on) VALUES (?1,?2,?3) "
       "ON CONFLICT (cik, name) DO UPDATE SET changed_on = coalesce(changed_on, "
       "excluded.changed_on)"},
  };
  for (const Item& item : items) {
    auto statement = Statement::Prepare(db_.get(), item.sql);
    if (!statement) return statement.error();
    *item.statement = std::move(*statement);
  }
  write_prepared_ = true;
  return Status::Ok();
}

Status SqliteStore::PutCompany(const Party& party, std::string_view filed_at) {
  if (party.cik.empty() || party.name.empty()) return Status::Ok();
  Statement& c = upsert_company_;
  c.Reset();
  c.Bind(1, party.cik);
  c.Bind(2, party.name);
  c.BindOrNull(3, party.sic);
  c.BindOrNull(4, party.state_of_incorporation);
  c.BindOrNull(5, party.fiscal_year_end);
  c.BindOrNull(6, filed_at);
  if (c.Step() != SQLITE_DONE) return SqliteError(db_.get(), "storing company " + party.cik);
  Statement& n = upsert_name_;
  n.Reset();
  n.Bind(1, party.cik);
  n.Bind(2, party.name);
  n.BindOrNull(3, filed_at);
  if (n.Step() != SQLITE_DONE) return SqliteError(db_.get(), "storing company name");
  for (const FormerName& former : party.former_names) {
    Statement& f = upsert_former_name_;
    f.Reset();
    f.Bind(1, party.cik);
    f.Bind(2, former.name);
    f.BindOrNull(3, former.date_changed);
    if (f.Step() != SQLITE_DONE) return SqliteError(db_.get(), "storing former name");
  }
  return Status::Ok();
}

Result<PutOutcome> SqliteStore::PutOne(const FilingToStore& filing) {
  const Extraction& e = filing.extraction;
  find_filing_.Reset();
  find_filing_.Bind(1, e.id);
  const int found = find_filing_.Step();
  if (found == SQLITE_ROW) {
    // A header without its documents (a .hdr.sgml, a feed's header) gives
    // way to the full submission; anything else already stored stays.
    const int64_t stored_row = find_filing_.Int(0);
    if (find_filing_.Int(1) > 0 || e.documents.empty()) return PutOutcome::kAlreadyStored;
    for (Statement* drop : {&delete_parties_, &delete_items_, &delete_exhibits_,
                            &delete_signatures_, &delete_blobs_, &delete_filing_}) {
      drop->Reset();
      drop->Bind(1, stored_row);
      if (drop->Step() != SQLITE_DONE) return SqliteError(db_.get(), "replacing header " + e.id);
    }
  } else if (found != SQLITE_DONE) {
    return SqliteError(db_.get(), "looking up " + e.id);
  }

  Statement& f = insert_filing_;
  f.Reset();
  f.BindStatic(1, e.id);
  f.BindOrNull(2, e.submission.accession_number);
  f.BindOrNull(3, e.submission.form_type);
  f.BindOrNull(4, e.submission.filed_at);
  f.BindOrNull(5, e.submission.acceptance_datetime);
  f.BindOrNull(6, e.submission.period_of_report);
  f.BindStatic(7, e.envelope);
  f.BindStatic(8, e.source.sha256);
  f.BindStatic(9, e.source.path);
  f.Bind(10, static_cast<int64_t>(e.source.bytes));
  f.Bind(11, static_cast<int64_t>(e.documents.size()));
  const std::string now = NowUtc();
  f.BindStatic(12, now);
  if (f.Step() != SQLITE_DONE) return SqliteError(db_.get(), "storing filing " + e.id);
  const int64_t filing_row = sqlite3_last_insert_rowid(db_.get());
  Statement& b = insert_blobs_;
  b.Reset();
  b.Bind(1, filing_row);
  b.BindBlob(2, filing.raw_zstd);
  b.BindStatic(3, filing.extraction_json);
  if (b.Step() != SQLITE_DONE) return SqliteError(db_.get(), "storing bytes of " + e.id);

  int64_t position = 0;
  for (const Party& party : e.submission.parties) {
    Statement& p = insert_party_;
    p.Reset();
    p.Bind(1, filing_row);
    p.Bind(2, position++);
    p.Bind(3, party.role);
    p.BindOrNull(4, party.cik);
    p.BindOrNull(5, party.name);
    if (p.Step() != SQLITE_DONE) return SqliteError(db_.get(), "storing party of " + e.id);
    if (Status s = PutCompany(party, e.submission.filed_at); !s.ok()) return s;
  }

  for (size_t i = 0; i < e.documents.size(); ++i) {
    const DocumentRecord& doc = e.documents[i];
    const std::string_view text = i < filing.texts.size() ? filing.texts[i] : std::string_view();
    const std::string_view text_zstd =
        i < filing.texts_zstd.size() ? filing.texts_zstd[i] : std::string_view();
    Statement& d = insert_document_;
    d.Reset();
    d.Bind(1, filing_row);
    d.Bind(2, int64_t{doc.sequence});
    d.BindOrNull(3, doc.type);
    d.BindOrNull(4, doc.filename);
    d.BindOrNull(5, doc.description);
    d.Bind(6, DocumentFormatName(doc.format));
    d.BindOrNull(7, doc.kind);
    d.Bind(8, static_cast<int64_t>(doc.bytes));
    d.Bind(9, static_cast<int64_t>(doc.offset));
    d.Bind(10, int64_t{doc.uuencoded ? 1 : 0});
    d.Bind(11, static_cast<int64_t>(text.size()));
    d.BindOrNull(12, e.submission.form_type);
    d.BindOrNull(13, e.submission.filed_at);
    d.BindOrNull(14, doc.date);
    if (d.Step() != SQLITE_DONE) return SqliteError(db_.get(), "storing document of " + e.id);
    const int64_t document_row = sqlite3_last_insert_rowid(db_.get());
    if (text.empty()) continue;
    std::string tags = filing.search_tags;
    tags += ' ';
    tags += DocumentTags(doc);
    insert_text_.Reset();
    insert_text_.Bind(1, document_row);
    insert_text_.BindBlob(2, text_zstd);
    insert_text_.BindStatic(3, tags);
    if (insert_text_.Step() != SQLITE_DONE) {
      return SqliteError(db_.get(), "storing text of " + e.id);
    }
    insert_fts_.Reset();
    insert_fts_.Bind(1, document_row);
    insert_fts_.BindStatic(2, text);
    insert_fts_.BindStatic(3, tags);
    if (insert_fts_.Step() != SQLITE_DONE)
      return SqliteError(db_.get(), "indexing text of " + e.id);
  }
  if (Status s = PutAnalysis(e, filing_row); !s.ok()) return s;
  return PutOutcome::kStored;
}

Status SqliteStore::PutAnalysis(const Extraction& e, int64_t filing_row) {
  int64_t position = 0;
  for (const ItemRecord& item : e.items) {
    Statement& s = insert_item_;
    s.Reset();
    s.Bind(1, filing_row);
    s.Bind(2, position++);
    s.Bind(3, int64_t{item.document});
    s.BindOrNull(4, item.part);
    s.Bind(5, item.number);
    s.BindOrNull(6, item.title);
    s.Bind(7, item.status);
    s.Bind(8, static_cast<int64_t>(item.text_begin));
    s.Bind(9, static_cast<int64_t>(item.text_end));
    if (s.Step() != SQLITE_DONE) return SqliteError(db_.get(), "storing items of " + e.id);
  }
  position = 0;
  for (const ExhibitRecord& exhibit : e.exhibits) {
    Statement& s = insert_exhibit_;
    s.Reset();
    s.Bind(1, filing_row);
    s.Bind(2, position++);
    s.Bind(3, exhibit.number);
    s.BindOrNull(4, exhibit.description);
    if (exhibit.document > 0) {
      s.Bind(5, int64_t{exhibit.document});
    } else {
      s.BindOrNull(5, std::string_view());
    }
    if (s.Step() != SQLITE_DONE) return SqliteError(db_.get(), "storing exhibits of " + e.id);
  }
  position = 0;
  for (const SignatureRecord& signature : e.signatures) {
    Statement& s = insert_signature_;
    s.Reset();
    s.Bind(1, filing_row);
    s.Bind(2, position++);
    s.Bind(3, int64_t{signature.document});
    s.BindOrNull(4, signature.name);
    s.BindOrNull(5, signature.title);
    s.BindOrNull(6, signature.date);
    s.BindOrNull(7, signature.company);
    s.BindOrNull(8, signature.by);
    if (s.Step() != SQLITE_DONE) return SqliteError(db_.get(), "storing signatures of " + e.id);
  }
  return Status::Ok();
}

Result<StoreStats> SqliteStore::Stats() {
  StoreStats stats;
  auto totals = Statement::Prepare(
      db_.get(),
      "SELECT (SELECT count(*) FROM filings), (SELECT count(*) FROM documents), "
      "(SELECT count(*) FROM companies), (SELECT coalesce(sum(raw_size), 0) FROM filings), "
      "(SELECT coalesce(sum(length(raw_zstd)), 0) FROM filing_blobs), "
      "(SELECT coalesce(sum(text_bytes), 0) FROM documents)");
  if (!totals) return totals.error();
  if (totals->Step() == SQLITE_ROW) {
    stats.filings = totals->Int(0);
    stats.documents = totals->Int(1);
    stats.companies = totals->Int(2);
    stats.raw_bytes = totals->Int(3);
    stats.raw_stored_bytes = totals->Int(4);
    stats.text_bytes = totals->Int(5);
  }
  auto group = [this](const char* sql, std::vector<CountByKey>* out) -> Status {
    auto statement = Statement::Prepare(db_.get(), sql);
    if (!statement) return statement.error();
    int rc = 0;
    while ((rc = statement->Step()) == SQLITE_ROW) {
      out->push_back({statement->Text(0), statement->Int(1)});
    }
    return rc == SQLITE_DONE ? Status::Ok() : SqliteError(db_.get(), "counting filings");
  };
  if (Status s = group("SELECT coalesce(form_type, '(none)'), count(*) FROM filings GROUP BY 1 "
                       "ORDER BY 2 DESC, 1",
                       &stats.by_form);
      !s.ok()) {
    return s;
  }
  if (Status s = group("SELECT coalesce(substr(filed_at, 1, 4), '(none)'), count(*) FROM filings "
                       "GROUP BY 1 ORDER BY 1",
                       &stats.by_year);
      !s.ok()) {
    return s;
  }
  return stats;
}

Result<std::vector<std::string>> SqliteStore::Check() {
  std::vector<std::string> problems;
  auto integrity = Statement::Prepare(db_.get(), "PRAGMA integrity_check");
  if (!integrity) return integrity.error();
  while (integrity->Step() == SQLITE_ROW) {
    std::string line = integrity->Text(0);
    if (line != "ok") problems.push_back("integrity_check: " + line);
  }
  auto incomplete =
      Statement::Prepare(db_.get(),
                         "SELECT f.filing_key, f.document_count, count(d.id) FROM filings f "
                         "LEFT JOIN documents d ON d.filing_id = f.id GROUP BY f.id "
                         "HAVING count(d.id) != f.document_count");
  if (!incomplete) return incomplete.error();
  while (incomplete->Step() == SQLITE_ROW) {
    problems.push_back("filing " + incomplete->Text(0) + " has " +
                       std::to_string(incomplete->Int(2)) + " of its " +
                       std::to_string(incomplete->Int(1)) + " documents");
  }
  auto bytesless = Statement::Prepare(
      db_.get(),
      "SELECT count(*) FROM filings f LEFT JOIN filing_blobs b ON b.filing_id = f.id "
      "WHERE b.filing_id IS NULL");
  if (!bytesless) return bytesless.error();
  if (bytesless->Step() == SQLITE_ROW && bytesless->Int(0) > 0) {
    problems.push_back(std::to_string(bytesless->Int(0)) + " filings lack their raw bytes");
  }
  auto unindexed = Statement::Prepare(
      db_.get(),
      "SELECT count(*) FROM documents d LEFT JOIN document_text t ON t.id = d.id "
      "WHERE d.text_bytes > 0 AND t.id IS NULL");
  if (!unindexed) return unindexed.error();
  if (unindexed->Step() == SQLITE_ROW && unindexed->Int(0) > 0) {
    problems.push_back(std::to_string(unindexed->Int(0)) + " documents lack their text");
  }
  if (Status s = Exec(db_.get(),
                      "INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 1)");
      !s.ok()) {
    problems.push_back("full-text index: " + s.message());
  }
  return problems;
}

SearchResults Finish(SearchResults results, const std::map<std::string, int64_t>& forms,
                     const std::map<std::string, int64_t>& years);

Result<SearchResults> SqliteStore::Search(const SearchRequest& request) {
  // Without words, a search browses: the filters alone choose documents,
  // newest first.
  const bool browse = ascii::Trim(request.query).empty();
  auto query = browse ? Result<search::Query>(search::Query{}) : search::ParseQuery(request.query);
  if (!query) return query.error();
  std::string match = browse ? std::string() : "(" + search::ToFts5Match(*query, "body") + ")";
  auto add_clause = [&match](const std::string& clause) {
    match += match.empty() ? clause : " AND " + clause;
  };
  auto any_of = [](std::string_view column, const std::vector<std::string>& tokens) {
    std::string out = std::string(column) + " : (";
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (i > 0) out += " OR ";
      out += "\"" + tokens[i] + "\"";
    }
    return out + ")";
  };
  std::vector<std::string> tokens;
  auto any_token = [&](std::string_view prefix, const std::vector<std::string>& values) {
    tokens.clear();
    for (const std::string& value : values) tokens.push_back(FilterToken(prefix, value));
    if (!tokens.empty()) add_clause(any_of("tags", tokens));
    tokens.clear();
  };
  any_token("f_", request.forms);
  any_token("t_", request.document_types);
  any_token("i_", request.items);
  any_token("k_", request.kinds);
  for (const std::string& cik : request.ciks) {
    auto padded = PaddedCik(cik);
    if (!padded) return padded.error();
    tokens.push_back("c_" + *padded);
  }
  if (!tokens.empty()) add_clause(any_of("tags", tokens));

  // Year tokens narrow a date range inside the index; the exact bounds are
  // checked on the filing row.
  if (auto years = YearTokens(request.from, request.to); !years.empty()) {
    add_clause(any_of("tags", years));
  }
  if (match.empty()) {
    return InvalidInput(
        "empty query: give words, or browse with a filter (forms, CIKs, items, kinds, document "
        "types or dates)");
  }
  const bool joins =
      browse || !request.from.empty() || !request.to.empty() || !request.company.empty();
  std::string where = " WHERE document_fts MATCH ?1";
  if (!request.from.empty()) where += " AND d.filed_at >= ?2";
  if (!request.to.empty()) where += " AND d.filed_at <= ?3";
  if (!request.company.empty()) {
    where +=
        " AND EXISTS (SELECT 1 FROM parties p WHERE p.filing_id = d.filing_id AND "
        "p.name LIKE ?4 ESCAPE '\\')";
  }
  const std::string from = " FROM document_fts JOIN documents d ON d.id = document_fts.rowid";
  // Without filters on the filing row, ranking needs the index alone.
  const std::string rank_from = joins ? from : " FROM document_fts";
  const std::string company_pattern = ContainsPattern(request.company);
  auto bind = [&](Statement& s) {
    s.Bind(1, match);
    if (!request.from.empty()) s.Bind(2, request.from);
    if (!request.to.empty()) s.Bind(3, request.to);
    if (!request.company.empty()) s.Bind(4, company_pattern);
  };

  SearchResults results;
  std::vector<int64_t> rows;  // the page's document ids
  std::map<std::string, int64_t> forms, years;
  // Without filters on the filing row, the index alone ranks, counts and
  // gives the facets, in one pass.
  const bool one_pass = !browse && !joins;
  if (one_pass) {
    if (Status s = RankInOnePass(match, request, &forms, &years, &results, &rows); !s.ok()) {
      return s;
    }
  } else {
    if (!browse) {
      if (Status s = LoadDocumentTable(); !s.ok()) return s;
    }
    // The page of ranked ids first, then the filing and party rows of that
    // page only.
    const std::string hits_sql =
        std::string(kHitColumns) + ", ranked.score " + "FROM (SELECT document_fts.rowid AS id, " +
        (browse ? std::string("0.0 AS score") : std::string("edgard_bm25(document_fts) AS score")) +
        rank_from + where +
        (browse ? " ORDER BY d.filed_at DESC, document_fts.rowid DESC"
                : " ORDER BY score, document_fts.rowid") +
        " LIMIT ?5 OFFSET ?6) ranked "
        "JOIN documents d ON d.id = ranked.id JOIN filings f ON f.id = d.filing_id "
        "ORDER BY " +
        std::string(browse ? "d.filed_at DESC, d.id DESC" : "ranked.score, d.id");
    auto hits_or = Cached(hits_sql);
    if (!hits_or) return hits_or.error();
    Statement* hits = *hits_or;
    bind(*hits);
    hits->Bind(5, int64_t{request.limit});
    hits->Bind(6, int64_t{request.offset});
    int rc = 0;
    while ((rc = hits->Step()) == SQLITE_ROW) {
      rows.push_back(ReadHit(*hits, &results.hits.emplace_back()));
      results.hits.back().score = -hits->Double(kHitColumnCount);
    }
    if (rc != SQLITE_DONE) return SqliteError(db_.get(), "search");
  }
  auto text_or = Cached("SELECT body_zstd FROM document_text WHERE id = ?");
  if (!text_or) return text_or.error();
  Statement* text = *text_or;
  std::string& body = snippet_text_;
  const size_t overlap = search::SnippetOverlap(query->highlight_terms);
  for (size_t i = 0; i < rows.size(); ++i) {
    text->Reset();
    text->Bind(1, rows[i]);
    if (text->Step() != SQLITE_ROW) continue;
    // Matches are usually near the top: decompress a growing prefix until
    // the snippet finds one, then a little more for the text after it. Only
    // the text up to the match is decompressed, not the whole document.
    zstd_.Start(text->Blob(0));
    body.clear();
    size_t step = kSnippetFirstRead;
    size_t searched = 0;  // no match begins before this
    for (;;) {
      auto more = zstd_.Read(step, &body);
      if (!more) return more.error();
      search::Snippet snippet = search::MakeSnippet(body, query->highlight_terms, 32, searched);
      results.hits[i].snippet = std::move(snippet.text);
      if (!*more || query->highlight_terms.empty()) break;
      if (snippet.matched) {
        // The window reached the end of what was read: read its rest.
        if (snippet.end + kSnippetTail / 2 < body.size()) break;
        step = kSnippetTail;
      } else {
        step = std::min(body.size(), kSnippetMaxRead);  // double what has been read
      }
      searched = body.size() > overlap ? body.size() - overlap : 0;
    }
  }
  text->Reset();
  // A document read far for its match leaves a big buffer: not kept.
  if (body.capacity() > kSnippetBufferKept) std::string().swap(body);

  if (one_pass) return Finish(std::move(results), forms, years);
  // Total and both facets from one grouped pass over the matches.
  const std::string facet_sql = request.facets
                                    ? "SELECT coalesce(d.form_type, '(none)'), "
                                      "coalesce(substr(d.filed_at, 1, 4), '(none)'), count(*)" +
                                          from + where + " GROUP BY 1, 2"
                                    : "SELECT '', '', count(*)" + rank_from + where;
  auto facets_or = Cached(facet_sql);
  if (!facets_or) return facets_or.error();
  Statement* facets = *facets_or;
  bind(*facets);
  int rc = 0;
  while ((rc = facets->Step()) == SQLITE_ROW) {
    const int64_t n = facets->Int(2);
    results.total += n;
    if (request.facets) {
      forms[facets->Text(0)] += n;
      years[facets->Text(1)] += n;
    }
  }
  if (rc != SQLITE_DONE) return SqliteError(db_.get(), "search facets");
  return Finish(std::move(results), forms, years);
}

Status SqliteStore::RankInOnePass(const std::string& match, const SearchRequest& request,
                                  std::map<std::string, int64_t>* forms,
                                  std::map<std::string, int64_t>* years, SearchResults* results,
                                  std::vector<int64_t>* rows) {
  if (Status s = LoadDocumentTable(); !s.ok()) return s;
  const DocumentTable& table = documents_;
  auto pass_or = Cached(
      "SELECT rowid, edgard_bm25(document_fts) FROM document_fts WHERE document_fts MATCH ?1");
  if (!pass_or) return pass_or.error();
  Statement* pass = *pass_or;
  pass->Bind(1, match);
  // The best `wanted` (score, id) pairs so far, as a max-heap: the worst of
  // them on top, replaced by any better match. Lower scores rank first, and
  // equal scores by id, as in the ranked query of the other searches.
  const size_t wanted = static_cast<size_t>(std::max(0, request.offset)) +
                        static_cast<size_t>(std::max(0, request.limit));
  std::vector<std::pair<double, int64_t>> best;
  std::vector<int64_t> form_counts, year_counts;
  if (request.facets) {
    form_counts.assign(table.values.size(), 0);
    year_counts.assign(table.values.size(), 0);
  }
  const uint16_t none = request.facets ? table.index.at("(none)") : 0;
  int rc = 0;
  while ((rc = pass->Step()) == SQLITE_ROW) {
    const std::pair<double, int64_t> scored{pass->Double(1), pass->Int(0)};
    const int64_t id = scored.second;
    ++results->total;
    if (request.facets) {
      const bool known = id >= 0 && static_cast<uint64_t>(id) < table.form.size();
      ++form_counts[known ? table.form[static_cast<size_t>(id)] : none];
      ++year_counts[known ? table.year[static_cast<size_t>(id)] : none];
    }
    if (best.size() < wanted) {
      best.push_back(scored);
      std::push_heap(best.begin(), best.end());
    } else if (!best.empty() && scored < best.front()) {
      std::pop_heap(best.begin(), best.end());
      best.back() = scored;
      std::push_heap(best.begin(), best.end());
    }
  }
  if (rc != SQLITE_DONE) return SqliteError(db_.get(), "search");
  for (size_t v = 0; v < form_counts.size(); ++v) {
    if (form_counts[v] > 0) (*forms)[table.values[v]] = form_counts[v];
    if (year_counts[v] > 0) (*years)[table.values[v]] = year_counts[v];
  }
  std::sort_heap(best.begin(), best.end());
  auto hit_or = Cached(std::string(kHitColumns) +
                       " FROM documents d JOIN filings f ON f.id = d.filing_id WHERE d.id = ?");
  if (!hit_or) return hit_or.error();
  Statement* hit = *hit_or;
  for (size_t i = static_cast<size_t>(std::max(0, request.offset)); i < best.size(); ++i) {
    hit->Reset();
    hit->Bind(1, best[i].second);
    if (hit->Step() != SQLITE_ROW) continue;  // a document without its filing row
    rows->push_back(ReadHit(*hit, &results->hits.emplace_back()));
    results->hits.back().score = -best[i].first;
  }
  hit->Reset();  // a statement left on a row would keep the read transaction open
  return Status::Ok();
}

// The facets in their order: form types by count, years in order.
SearchResults Finish(SearchResults results, const std::map<std::string, int64_t>& forms,
                     const std::map<std::string, int64_t>& years) {
  auto sorted = [](const std::map<std::string, int64_t>& counts, bool by_count) {
    std::vector<FacetCount> out;
    for (const auto& [value, n] : counts) out.push_back({value, n});
    if (by_count) {
      std::stable_sort(out.begin(), out.end(),
                       [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    }
    return out;
  };
  results.forms = sorted(forms, /*by_count=*/true);
  results.years = sorted(years, /*by_count=*/false);
  return results;
}

Status SqliteStore::LoadDocumentTable() {
  DocumentTable& t = documents_;
  auto value = [&t](const std::string& text) -> uint16_t {
    auto [it, added] = t.index.emplace(text, static_cast<uint16_t>(t.values.size()));
    if (added) t.values.push_back(text);
    return it->second;
  };
  if (t.values.empty()) value("(none)");
  // A document and its %_docsize row are written in one transaction, so
  // both are read here or neither.
  auto rows = Cached(
      "SELECT d.id, coalesce(d.form_type, '(none)'), coalesce(substr(d.filed_at, 1, 4), '(none)'), "
      "s.sz FROM documents d LEFT JOIN document_fts_docsize s ON s.id = d.id "
      "WHERE d.id > ? ORDER BY d.id");
  if (!rows) return rows.error();
  Statement* r = *rows;
  r->Bind(1, t.loaded);
  int rc = 0;
  while ((rc = r->Step()) == SQLITE_ROW) {
    const int64_t id = r->Int(0);
    t.loaded = std::max(t.loaded, id);
    if (id < 0 || id > kMaxInMemoryDocumentId) continue;  // counted as "(none)"
    const auto at = static_cast<size_t>(id);
    if (t.form.size() <= at) {
      t.form.resize(at + 1, 0);
      t.year.resize(at + 1, 0);
    }
    // More distinct values than an index holds: the rest count as "(none)".
    if (t.values.size() < kMaxFacetValues) {
      t.form[at] = value(r->Text(1));
      t.year[at] = value(r->Text(2));
    }
    t.lengths.Set(id, r->Blob(3));
  }
  r->Reset();
  return rc == SQLITE_DONE ? Status::Ok() : SqliteError(db_.get(), "reading the documents table");
}

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const StoreOptions& options) {
  // SQLite counts its memory under one global mutex by default, which every
  // thread of a server takes on every allocation; edgard does not read the
  // counts. Set once, before SQLite initialises itself.
  static std::once_flag configured;
  std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  sqlite3* raw = nullptr;
  const int flags = options.mode == StoreOptions::Mode::kReadOnly
                        ? SQLITE_OPEN_READONLY
                        : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(options.path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  DbHandle db(raw);
  if (rc != SQLITE_OK) {
    return StorageError(options.path + ": cannot open database: " +
                        (raw != nullptr ? sqlite3_errmsg(raw) : "out of memory"));
  }
  auto store = std::make_unique<SqliteStore>(std::move(db));
  if (Status s = store->Initialize(options); !s.ok()) {
    return StorageError(options.path + ": " + s.message());
  }
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace edgard::store

// Companies and filing lists (in the anonymous namespace, beside the class).
namespace edgard::store {
namespace {

// Former names of a company: its names other than the current one.
Status ReadFormerNames(sqlite3* db, CompanySummary* company) {
  auto names = Statement::Prepare(
      db,
      "SELECT name, changed_on, first_seen, last_seen FROM company_names WHERE cik = ? AND "
      "name <> ? ORDER BY coalesce(changed_on, last_seen) DESC");
  if (!names) return names.error();
  names->Bind(1, company->cik);
  names->Bind(2, company->name);
  int rc = 0;
  while ((rc = names->Step()) == SQLITE_ROW) {
    FormerName former;
    former.name = names->Text(0);
    former.date_changed = !names->Text(1).empty() ? names->Text(1) : names->Text(3);
    company->former_names.push_back(std::move(former));
  }
  return rc == SQLITE_DONE ? Status::Ok() : SqliteError(db, "reading former names");
}

constexpr const char* kCompanyColumns =
    "SELECT c.cik, c.name, c.sic, c.state_of_incorporation, c.fiscal_year_end, c.last_filed_at, "
    "(SELECT count(DISTINCT p.filing_id) FROM parties p WHERE p.cik = c.cik) FROM companies c ";

CompanySummary CompanyFromRow(Statement& row) {
  CompanySummary c;
  c.cik = row.Text(0);
  c.name = row.Text(1);
  c.sic = row.Text(2);
  c.state_of_incorporation = row.Text(3);
  c.fiscal_year_end = row.Text(4);
  c.last_filed_at = row.Text(5);
  c.filings = row.Int(6);
  return c;
}

Result<std::vector<CompanySummary>> SqliteStore::FindCompanies(std::string_view query, int limit) {
  const std::string_view q = ascii::Trim(query);
  if (q.empty()) return InvalidInput("empty company query: give a name, part of one, or a CIK");
  const bool digits = std::all_of(q.begin(), q.end(), ascii::IsDigit);
  std::string sql = kCompanyColumns;
  std::string pattern;
  if (digits && q.size() <= 10) {
    sql += "WHERE c.cik = ?1 ";
  } else {
    sql +=
        "WHERE c.cik IN (SELECT cik FROM company_names WHERE name LIKE ?1 ESCAPE '\\') "
        "ORDER BY c.name ";
    pattern = ContainsPattern(q);
  }
  sql += "LIMIT ?2";
  auto statement = Statement::Prepare(db_.get(), sql);
  if (!statement) return statement.error();
  if (digits && q.size() <= 10) {
    statement->Bind(1, std::string(10 - q.size(), '0') + std::string(q));
  } else {
    statement->Bind(1, pattern);
  }
  statement->Bind(2, int64_t{std::clamp(limit, 1, 1000)});
  std::vector<CompanySummary> out;
  int rc = 0;
  while ((rc = statement->Step()) == SQLITE_ROW) out.push_back(CompanyFromRow(*statement));
  if (rc != SQLITE_DONE) return SqliteError(db_.get(), "finding companies");
  for (CompanySummary& c : out) {
    if (Status s = ReadFormerNames(db_.get(), &c); !s.ok()) return s;
  }
  return out;
}

Result<CompanySummary> SqliteStore::GetCompany(std::string_view cik) {
  auto padded = PaddedCik(cik);
  if (!padded) return padded.error();
  auto statement = Statement::Prepare(db_.get(), std::string(kCompanyColumns) + "WHERE c.cik = ?");
  if (!statement) return statement.error();
  statement->Bind(1, *padded);
  if (statement->Step() != SQLITE_ROW) return NotFound("no company with CIK " + *padded);
  CompanySummary company = CompanyFromRow(*statement);
  if (Status s = ReadFormerNames(db_.get(), &company); !s.ok()) return s;
  return company;
}

Result<std::vector<FilingSummary>> SqliteStore::ListFilings(const FilingQuery& query) {
  std::string sql =
      "SELECT f.filing_key, f.accession_number, f.form_type, f.filed_at, f.acceptance_datetime, "
      "f.period_of_report, f.raw_size, p.cik, p.name, p.role FROM filings f "
      "JOIN parties p ON p.filing_id = f.id WHERE ";
  std::vector<std::string> binds;
  if (query.company.empty()) {
    sql += "p.cik IS NOT NULL";
  } else {
    sql += "p.name LIKE ? ESCAPE '\\'";
    binds.push_back(ContainsPattern(query.company));
  }
  if (!query.cik.empty()) {
    auto padded = PaddedCik(query.cik);
    if (!padded) return padded.error();
    sql += " AND p.cik = ?";
    binds.push_back(*padded);
  }
  if (!query.from.empty()) {
    sql += " AND f.filed_at >= ?";
    binds.push_back(query.from);
  }
  if (!query.to.empty()) {
    sql += " AND f.filed_at <= ?";
    binds.push_back(query.to);
  }
  if (!query.forms.empty()) {
    sql += " AND f.form_type IN (";
    for (size_t i = 0; i < query.forms.size(); ++i) {
      sql += i == 0 ? "?" : ",?";
      binds.push_back(query.forms[i]);
    }
    sql += ")";
  }
  // One row per filing (its first party with a CIK), or per party for index files.
  sql += query.one_row_per_party ? " GROUP BY f.id, p.cik" : " GROUP BY f.id";
  sql += " ORDER BY f.filed_at DESC, f.filing_key DESC LIMIT ? OFFSET ?";
  auto statement = Statement::Prepare(db_.get(), sql);
  if (!statement) return statement.error();
  int index = 1;
  for (const std::string& value : binds) statement->Bind(index++, value);
  statement->Bind(index++, int64_t{std::clamp(query.limit, 1, 100000)});
  statement->Bind(index, int64_t{std::max(query.offset, 0)});
  std::vector<FilingSummary> out;
  int rc = 0;
  while ((rc = statement->Step()) == SQLITE_ROW) {
    FilingSummary f;
    f.id = statement->Text(0);
    f.accession_number = statement->Text(1);
    f.form_type = statement->Text(2);
    f.filed_at = statement->Text(3);
    f.acceptance_datetime = statement->Text(4);
    f.period_of_report = statement->Text(5);
    f.raw_bytes = statement->Int(6);
    f.cik = statement->Text(7);
    f.company = statement->Text(8);
    f.role = statement->Text(9);
    out.push_back(std::move(f));
  }
  if (rc != SQLITE_DONE) return SqliteError(db_.get(), "listing filings");
  return out;
}

}  // namespace
}  // namespace edgard::store
