// zstd compression of whole buffers (raw filings in the store).

#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "edgard/result.h"

namespace edgard {

std::string CompressZstd(std::string_view bytes, int level);

// A document's text as two zstd frames, its first kZstdHeadFrame bytes and
// the rest: a reader of the start (a search snippet) decodes the head
// alone, not the first block of up to 128 KB. One frame when it is short.
inline constexpr size_t kZstdHeadFrame = size_t{16} << 10;
std::string CompressZstdText(std::string_view text, int level);

// Every frame of `compressed`, one after another.
Result<std::string> DecompressZstd(std::string_view compressed);

// Decompresses zstd frames a piece at a time, for reading the start of a
// large text without decompressing the rest. The context is kept from one
// frame to the next: creating one per frame costs more than a short read.
class ZstdReader {
 public:
  ZstdReader();
  ~ZstdReader();
  ZstdReader(const ZstdReader&) = delete;
  ZstdReader& operator=(const ZstdReader&) = delete;

  // Starts on `compressed`, which must outlive the reads.
  void Start(std::string_view compressed);
  // Appends up to `bytes` more decompressed bytes to `out`; false once the
  // last frame is done (nothing more to read).
  Result<bool> Read(size_t bytes, std::string* out);

 private:
  struct Context;
  std::unique_ptr<Context> context_;
};

}  // namespace edgard
