// Fuzz target: the envelope parser and the extraction built on it.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "edgard/extraction.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto extraction = edgard::ExtractFiling(input, "fuzz");
  if (extraction) (void)edgard::ExtractionToJson(*extraction, -1);
  return 0;
}
