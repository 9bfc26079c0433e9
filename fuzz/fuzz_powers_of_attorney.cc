// Fuzz entry point for ReadPowerOfAttorney: any bytes as a document's plain
// text; no crash, bounded lists, linear time.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "extract/powers_of_attorney.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::optional<edgard::PowerOfAttorneyRecord> record =
      edgard::extract::ReadPowerOfAttorney(text, 1);
  if (!record) return 0;
  if (record->attorneys_in_fact.size() > edgard::extract::kMaxAttorneysInFact) std::abort();
  if (record->scope.size() > edgard::extract::kMaxScopeForms) std::abort();
  if (record->document != 1) std::abort();
  return 0;
}
