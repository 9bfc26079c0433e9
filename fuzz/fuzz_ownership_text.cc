// Fuzz entry point for ReadTextOwnershipReport: any bytes as the plain text
// of a text-era Form 3, 4 or 5; no crash, one reporting owner, and every
// row read has a security title.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ownership_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> problems;
  const auto record = edgard::extract::ReadTextOwnershipReport(text, "4", 1, &problems);
  if (!record) return 0;
  if (record->reporting_owners.size() != 1) std::abort();
  for (const auto& t : record->transactions) {
    if (t.security_title.empty()) std::abort();
  }
  return 0;
}
