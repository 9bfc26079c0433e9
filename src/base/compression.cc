#include "base/compression.h"

#include <zstd.h>

#include <memory>

namespace edgard {

std::string CompressZstd(std::string_view bytes, int level) {
  // An uninitialised bound-sized buffer: only the pages zstd writes become
  // resident, which matters for inputs of hundreds of MB.
  const size_t bound = ZSTD_compressBound(bytes.size());
  auto buffer = std::make_unique_for_overwrite<char[]>(bound);
  const size_t size = ZSTD_compress(buffer.get(), bound, bytes.data(), bytes.size(), level);
  return ZSTD_isError(size) ? std::string() : std::string(buffer.get(), size);
}

Result<std::string> DecompressZstdPrefix(std::string_view compressed, size_t max_bytes) {
  std::unique_ptr<ZSTD_DStream, size_t (*)(ZSTD_DStream*)> stream(ZSTD_createDStream(),
                                                                  ZSTD_freeDStream);
  if (!stream) return StorageError("zstd: out of memory");
  std::string out;
  ZSTD_inBuffer in{compressed.data(), compressed.size(), 0};
  constexpr size_t kChunk = 64 * 1024;
  while (out.size() < max_bytes) {
    const size_t start = out.size();
    out.resize(start + kChunk);
    ZSTD_outBuffer chunk{out.data() + start, kChunk, 0};
    const size_t rc = ZSTD_decompressStream(stream.get(), &chunk, &in);
    if (ZSTD_isError(rc)) return StorageError(std::string("zstd: ") + ZSTD_getErrorName(rc));
    out.resize(start + chunk.pos);
    if (rc == 0 || (chunk.pos == 0 && in.pos == in.size)) break;
  }
  if (out.size() > max_bytes) out.resize(max_bytes);
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
