// RAII wrappers over sqlite3* and sqlite3_stmt*, and Status conversion.

#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "edgard/result.h"

namespace edgard::store {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;

// A prepared statement; Reset() before each reuse.
class Statement {
 public:
  Statement() = default;
  static Result<Statement> Prepare(sqlite3* db, std::string_view sql);

  sqlite3_stmt* get() const { return statement_.get(); }
  void Reset() {
    sqlite3_reset(statement_.get());
    sqlite3_clear_bindings(statement_.get());
  }
  void Bind(int index, std::string_view text) {
    sqlite3_bind_text(statement_.get(), index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
  }
  // Binds NULL for an empty string.
  void BindOrNull(int index, std::string_view text) {
    if (text.empty()) {
      sqlite3_bind_null(statement_.get(), index);
    } else {
      Bind(index, text);
    }
  }
  void BindStatic(int index, std::string_view text) {
    sqlite3_bind_text(statement_.get(), index, text.data(), static_cast<int>(text.size()),
                      SQLITE_STATIC);
  }
  void BindBlob(int index, std::string_view bytes) {
    sqlite3_bind_blob(statement_.get(), index, bytes.data(), static_cast<int>(bytes.size()),
                      SQLITE_STATIC);
  }
  void Bind(int index, int64_t value) { sqlite3_bind_int64(statement_.get(), index, value); }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(statement_.get()); }

  std::string Text(int column) const {
    const auto* text = sqlite3_column_text(statement_.get(), column);
    const int size = sqlite3_column_bytes(statement_.get(), column);
    return text == nullptr
               ? std::string()
               : std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(size));
  }
  std::string_view Blob(int column) const {
    const void* data = sqlite3_column_blob(statement_.get(), column);
    const int size = sqlite3_column_bytes(statement_.get(), column);
    return data == nullptr
               ? std::string_view()
               : std::string_view(static_cast<const char*>(data), static_cast<size_t>(size));
  }
  int64_t Int(int column) const { return sqlite3_column_int64(statement_.get(), column); }
  double Double(int column) const { return sqlite3_column_double(statement_.get(), column); }

 private:
  std::unique_ptr<sqlite3_stmt, StatementFinalizer> statement_;
};

Status SqliteError(sqlite3* db, std::string_view what);
Status Exec(sqlite3* db, std::string_view sql);

}  // namespace edgard::store
