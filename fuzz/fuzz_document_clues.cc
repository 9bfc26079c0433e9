// Fuzz entry point for ReadDocumentClues: any bytes, no crash, bounded work
// (only the first kDocumentCluesBytes are read).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/document_clues.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const edgard::extract::DocumentClues clues = edgard::extract::ReadDocumentClues(
      std::string_view(reinterpret_cast<const char*>(data), size));
  (void)clues;
  return 0;
}
