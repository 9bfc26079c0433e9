// Fuzz entry point for ReadSignatures: any bytes as a document's plain text;
// no crash, every record's offset inside the text, linear time.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/signatures.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto records = edgard::extract::ReadSignatures(text, 1);
  if (records.size() > edgard::extract::kMaxSignaturesPerDocument) std::abort();
  for (const edgard::SignatureRecord& record : records) {
    if (record.offset >= size) std::abort();
  }
  return 0;
}
