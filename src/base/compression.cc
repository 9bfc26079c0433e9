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

struct ZstdReader::Context {
  ZSTD_DCtx* stream = ZSTD_createDCtx();
  ZSTD_inBuffer in{nullptr, 0, 0};
  bool done = true;
  ~Context() { ZSTD_freeDCtx(stream); }
};

ZstdReader::ZstdReader() : context_(std::make_unique<Context>()) {}
ZstdReader::~ZstdReader() = default;

void ZstdReader::Start(std::string_view compressed) {
  ZSTD_DCtx_reset(context_->stream, ZSTD_reset_session_only);
  context_->in = {compressed.data(), compressed.size(), 0};
  context_->done = false;
}

Result<bool> ZstdReader::Read(size_t bytes, std::string* out) {
  Context& c = *context_;
  if (c.stream == nullptr) return StorageError("zstd: out of memory");
  const size_t goal = out->size() + bytes;
  while (!c.done && out->size() < goal) {
    const size_t start = out->size();
    out->resize(goal);
    ZSTD_outBuffer chunk{out->data() + start, goal - start, 0};
    const size_t rc = ZSTD_decompressStream(c.stream, &chunk, &c.in);
    out->resize(start + chunk.pos);
    if (ZSTD_isError(rc)) {
      c.done = true;
      return StorageError(std::string("zstd: ") + ZSTD_getErrorName(rc));
    }
    // All input read and the frame complete (rc == 0), or nothing written
    // with all input read (a truncated frame): the end. A frame complete
    // with input left: the next frame follows.
    if (c.in.pos == c.in.size && (rc == 0 || chunk.pos == 0)) c.done = true;
  }
  return !c.done;
}

std::string CompressZstdText(std::string_view text, int level) {
  if (text.size() <= kZstdHeadFrame) return CompressZstd(text, level);
  std::string head = CompressZstd(text.substr(0, kZstdHeadFrame), level);
  const std::string rest = CompressZstd(text.substr(kZstdHeadFrame), level);
  if (head.empty() || rest.empty()) return {};
  return head + rest;
}

Result<std::string> DecompressZstd(std::string_view compressed) {
  std::string out;
  while (!compressed.empty()) {
    const unsigned long long size = ZSTD_getFrameContentSize(compressed.data(), compressed.size());
    const size_t frame = ZSTD_findFrameCompressedSize(compressed.data(), compressed.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || ZSTD_isError(frame)) {
      return StorageError("stored bytes are not a zstd frame");
    }
    const size_t start = out.size();
    out.resize(start + static_cast<size_t>(size));
    const size_t done =
        ZSTD_decompress(out.data() + start, static_cast<size_t>(size), compressed.data(), frame);
    if (ZSTD_isError(done) || done != size) {
      return StorageError(std::string("zstd: ") + ZSTD_getErrorName(done));
    }
    compressed.remove_prefix(frame);
  }
  return out;
}

}  // namespace edgard
