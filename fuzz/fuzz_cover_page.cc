// Fuzz entry point for the cover page reader: any bytes as a document's
// plain text; no crash.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/cover_page.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  (void)edgard::extract::ReadCoverPage(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
