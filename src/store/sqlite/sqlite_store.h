// The SQLite backend of Store: one file, WAL journal, FTS5 index; schema as
// numbered migrations from src/store/schema/sqlite/.

#pragma once

#include <memory>

#include "edgard/store.h"

namespace edgard::store {

Result<std::unique_ptr<Store>> OpenSqliteStore(const StoreOptions& options);

}  // namespace edgard::store
