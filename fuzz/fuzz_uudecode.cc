// Fuzz entry point for UuDecode and LooksUuencoded: any bytes, no crash.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse/uu/uudecode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)edgard::uu::LooksUuencoded(text);
  const edgard::Result<edgard::uu::UuFile> file = edgard::uu::UuDecode(text);
  (void)file;
  return 0;
}
