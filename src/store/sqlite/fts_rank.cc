#include "store/sqlite/fts_rank.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "store/sqlite/sqlite_handle.h"

namespace edgard::store {
namespace {

// SQLite's varint, as FTS5 writes the %_docsize blobs: 7 bits a byte, high
// bit set while more follow, the ninth byte whole. Returns the bytes read, 0
// when the varint runs past `end`.
size_t GetVarint(const unsigned char* p, const unsigned char* end, uint64_t* value) {
  uint64_t x = 0;
  for (size_t i = 0; i < 9; ++i) {
    if (p + i >= end) return 0;
    if (i == 8) {
      *value = (x << 8) | p[i];
      return 9;
    }
    x = (x << 7) | (p[i] & 0x7f);
    if ((p[i] & 0x80) == 0) {
      *value = x;
      return i + 1;
    }
  }
  return 0;
}

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// What one query's scores share: the collection's size and mean length, and
// each phrase's IDF once known (negative until then).
struct QueryStats {
  double rows = 0;
  double mean_length = 1;
  std::vector<double> idf;
};

int CountRow(const Fts5ExtensionApi* /*api*/, Fts5Context* /*fts*/, void* count) {
  ++*static_cast<int64_t*>(count);
  return SQLITE_OK;
}

void Bm25(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
          sqlite3_value** /*argv*/) {
  if (argc != 0) {
    sqlite3_result_error(context, "edgard_bm25 takes the table alone", -1);
    return;
  }
  const int phrases = api->xPhraseCount(fts);
  auto* stats = static_cast<QueryStats*>(api->xGetAuxdata(fts, 0));
  if (stats == nullptr) {
    auto owned = std::make_unique<QueryStats>();
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    if (int rc = api->xRowCount(fts, &rows); rc != SQLITE_OK)
      return sqlite3_result_error_code(context, rc);
    if (int rc = api->xColumnTotalSize(fts, -1, &tokens); rc != SQLITE_OK) {
      return sqlite3_result_error_code(context, rc);
    }
    owned->rows = static_cast<double>(rows);
    owned->mean_length = rows > 0 ? static_cast<double>(tokens) / static_cast<double>(rows) : 1;
    owned->idf.assign(static_cast<size_t>(phrases), -1);
    stats = owned.get();
    if (int rc = api->xSetAuxdata(fts, owned.release(),
                                  [](void* p) { delete static_cast<QueryStats*>(p); });
        rc != SQLITE_OK) {
      return sqlite3_result_error_code(context, rc);
    }
  }
  const auto* lengths = static_cast<const DocumentLengths*>(api->xUserData(fts));
  double length = lengths->Of(api->xRowid(fts));
  if (length == 0) {
    int tokens = 0;
    if (int rc = api->xColumnSize(fts, -1, &tokens); rc != SQLITE_OK) {
      return sqlite3_result_error_code(context, rc);
    }
    length = tokens;
  }
  const double norm = kK1 * (1 - kB + kB * length / stats->mean_length);
  double score = 0;
  for (int phrase = 0; phrase < phrases; ++phrase) {
    Fts5PhraseIter it;
    int column = 0;
    int offset = 0;
    double frequency = 0;
    if (int rc = api->xPhraseFirst(fts, phrase, &it, &column, &offset); rc != SQLITE_OK) {
      return sqlite3_result_error_code(context, rc);
    }
    for (; column >= 0; api->xPhraseNext(fts, &it, &column, &offset)) {
      if (column == 0) frequency += 1;
    }
    if (frequency == 0) continue;
    double& idf = stats->idf[static_cast<size_t>(phrase)];
    if (idf < 0) {
      int64_t hits = 0;
      if (int rc = api->xQueryPhrase(fts, phrase, &hits, CountRow); rc != SQLITE_OK) {
        return sqlite3_result_error_code(context, rc);
      }
      const double h = static_cast<double>(hits);
      idf = std::log((stats->rows - h + 0.5) / (h + 0.5));
      if (idf <= 0.0) idf = 1e-6;  // as FTS5 does: a word in most documents still counts a little
    }
    // Bracketed as FTS5 does, so the doubles round the same way.
    score += idf * ((frequency * (kK1 + 1.0)) / (frequency + norm));
  }
  // Negative like bm25(): better matches sort first in ascending order.
  sqlite3_result_double(context, -score);
}

}  // namespace

void DocumentLengths::Set(int64_t rowid, std::string_view docsize) {
  if (rowid < 0 || rowid > kMaxInMemoryDocumentId) return;
  const auto* p = reinterpret_cast<const unsigned char*>(docsize.data());
  const auto* end = p + docsize.size();
  uint64_t total = 0;
  while (p < end) {
    uint64_t column = 0;
    const size_t n = GetVarint(p, end, &column);
    if (n == 0) break;
    total += column;
    p += n;
  }
  const auto at = static_cast<size_t>(rowid);
  if (tokens_.size() <= at) tokens_.resize(at + 1, 0);
  tokens_[at] = static_cast<uint32_t>(std::min<uint64_t>(total, UINT32_MAX));
}

Status RegisterBm25(sqlite3* db, const DocumentLengths* lengths) {
  fts5_api* fts5 = nullptr;
  auto get = Statement::Prepare(db, "SELECT fts5(?1)");
  if (!get) return get.error();
  sqlite3_bind_pointer(get->get(), 1, static_cast<void*>(&fts5), "fts5_api_ptr", nullptr);
  if (get->Step() != SQLITE_ROW || fts5 == nullptr) {
    return StorageError("this SQLite has no FTS5");
  }
  if (fts5->xCreateFunction(fts5, "edgard_bm25", const_cast<DocumentLengths*>(lengths), Bm25,
                            nullptr) != SQLITE_OK) {
    return SqliteError(db, "registering edgard_bm25");
  }
  return Status::Ok();
}

}  // namespace edgard::store
