#include "base/compression.h"

#include <zstd.h>

namespace edgard {

std::string CompressZstd(std::string_view bytes, int level) {
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  const size_t size = ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), level);
  out.resize(ZSTD_isError(size) ? 0 : size);
  return out;
}

Result<std::string> DecompressZstd(std::string_view compressed) {
  const unsigned long long size = ZSTD_getFrameContentSize(compressed.data(), compressed.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN) {
    return StorageError("stored bytes are not a zstd frame");
  }
  std::string out(static_cast<size_t>(size), '\0');
  const size_t done = ZSTD_decompress(out.data(), out.size(), compressed.data(), compressed.size());
  if (ZSTD_isError(done) || done != out.size()) {
    return StorageError(std::string("zstd: ") + ZSTD_getErrorName(done));
  }
  return out;
}

}  // namespace edgard
