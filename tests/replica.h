// Copies of real filings with fresh identities, for tests and benchmarks
// that need more distinct filings than the samples hold.

#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "base/accession.h"

namespace edgard::testing {

// Copy `copy` of a filing: every accession number in it gets its last six
// digits replaced, and a trailing line changes the sha256 of documents that
// have no accession number. Copy 0 is the filing itself.
inline std::string Replica(std::string_view bytes, int copy) {
  std::string out(bytes);
  if (copy == 0) return out;
  char sequence[16];
  std::snprintf(sequence, sizeof sequence, "%06d", 900000 + copy % 100000);
  for (size_t i = 0; i + 20 <= out.size(); ++i) {
    if (IsAccessionNumber(std::string_view(out).substr(i, 20))) out.replace(i + 14, 6, sequence);
  }
  out += "\nreplica " + std::to_string(copy) + "\n";
  return out;
}

}  // namespace edgard::testing
