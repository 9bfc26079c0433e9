// Text-era Forms 3, 4 and 5 (before the 2003 switch to XML): what their
// numbered boxes say — the reporting person, the issuer and its symbol, the
// relationship boxes checked, the statement date and the signature; and the
// transaction tables, pipe-ruled with cells wrapped over several lines, where
// every row lines up with the column headings. What cannot be read so is
// reported for the caller to warn about, not guessed.

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/ownership.h"

namespace edgard::extract {

// The report in `text` (a document's plain text), or nullopt when it is not
// a Form 3, 4 or 5 cover (the boxes are looked for in the first
// kOwnershipTextBytes). Table rows that cannot be read with certainty are
// left out, each with a line in `problems`.
std::optional<OwnershipRecord> ReadTextOwnershipReport(std::string_view text,
                                                       std::string_view form_type, int document,
                                                       std::vector<std::string>* problems);

inline constexpr size_t kOwnershipTextBytes = 16 * 1024;

}  // namespace edgard::extract
