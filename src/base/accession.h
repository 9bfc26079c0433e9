// Accession numbers, NNNNNNNNNN-YY-NNNNNN (submitter CIK, year, sequence),
// and CIKs.

#pragma once

#include <string>
#include <string_view>

namespace edgard {

bool IsAccessionNumber(std::string_view text);

// A CIK with its leading zeros, as EDGAR writes it: "320193" -> "0000320193".
// Filers write CIKs with or without them; anything but 1 to 10 digits is
// kept as written (trimmed).
std::string PadCik(std::string_view cik);

}  // namespace edgard
