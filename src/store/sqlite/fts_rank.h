// Ranking for the full-text index: FTS5's BM25, with each document's length
// read from memory.
//
// FTS5's own bm25() looks every match's length up in the index's %_docsize
// table (one B-tree search per match) and counts the query's instances one
// xInst call at a time. For a word found in most documents that is most of a
// search's time. `edgard_bm25(document_fts)` gives the same score as
// `bm25(document_fts, 1.0, 0.0)` (k1 = 1.2, b = 0.75; the first column
// weighted 1, the others 0) from a table of lengths kept in memory, counting
// each phrase's instances with xPhraseFirst. A phrase's IDF is computed once
// per query, and only when a match has the phrase in the first column, so
// filter tokens in other columns cost nothing. A document not in the table
// yet (added by another connection) gets its length from FTS5.

#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/result.h"

namespace edgard::store {

// Tables kept in memory by document id stop at this id (a store of over 100
// million documents); documents beyond it are looked up the slow way.
constexpr int64_t kMaxInMemoryDocumentId = 100'000'000;

// The number of tokens in each document (all columns), by rowid, as FTS5's
// %_docsize table holds them.
class DocumentLengths {
 public:
  // Records a document's length from its %_docsize `sz` blob (one varint
  // per column). Rowids beyond kMaxInMemoryDocumentId are not kept.
  void Set(int64_t rowid, std::string_view docsize);
  // 0 when the document is not in the table.
  uint32_t Of(int64_t rowid) const {
    return rowid >= 0 && static_cast<uint64_t>(rowid) < tokens_.size()
               ? tokens_[static_cast<size_t>(rowid)]
               : 0;
  }

 private:
  std::vector<uint32_t> tokens_;
};

// Registers edgard_bm25() on `db`. `lengths` must outlive the connection.
Status RegisterBm25(sqlite3* db, const DocumentLengths* lengths);

}  // namespace edgard::store
