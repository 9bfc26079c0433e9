#include "store/sqlite/sqlite_handle.h"

namespace edgard::store {

Result<Statement> Statement::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &raw, nullptr) != SQLITE_OK) {
    return SqliteError(db, "preparing '" + std::string(sql.substr(0, 60)) + "'");
  }
  Statement statement;
  statement.statement_.reset(raw);
  return statement;
}

Status SqliteError(sqlite3* db, std::string_view what) {
  return StorageError(std::string(what) + ": " + sqlite3_errmsg(db));
}

Status Exec(sqlite3* db, std::string_view sql) {
  char* error = nullptr;
  std::string owned(sql);
  if (sqlite3_exec(db, owned.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error != nullptr ? error : "unknown error";
    sqlite3_free(error);
    return StorageError("'" + owned.substr(0, 60) + "': " + message);
  }
  return Status::Ok();
}

}  // namespace edgard::store
