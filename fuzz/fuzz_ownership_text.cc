// Fuzz entry point for ReadTextOwnershipReport: any bytes as the plain text
// of a text-era Form 3, 4 or 5; no crash, at most one reporting owner, no
// transaction guessed.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/ownership_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto record = edgard::extract::ReadTextOwnershipReport(text, "4", 1);
  if (record && (record->reporting_owners.size() != 1 || !record->transactions.empty())) {
    std::abort();
  }
  return 0;
}
