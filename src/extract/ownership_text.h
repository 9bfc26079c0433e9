// Text-era Forms 3, 4 and 5 (before the 2003 switch to XML): what their
// numbered boxes say — the reporting person, the issuer and its symbol, the
// relationship boxes checked, the statement date and the signature. The
// transaction tables, pipe-ruled with cells wrapped over several lines, are
// not read: the caller warns instead of guessing.

#pragma once

#include <optional>
#include <string_view>

#include "edgard/ownership.h"

namespace edgard::extract {

// The report in `text` (a document's plain text), or nullopt when it is not
// a Form 3, 4 or 5 cover. Looks at the first kOwnershipTextBytes only.
std::optional<OwnershipRecord> ReadTextOwnershipReport(std::string_view text,
                                                       std::string_view form_type, int document);

inline constexpr size_t kOwnershipTextBytes = 16 * 1024;

}  // namespace edgard::extract
