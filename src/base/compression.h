// zstd compression of whole buffers (raw filings in the store).

#pragma once

#include <string>
#include <string_view>

#include "edgard/result.h"

namespace edgard {

std::string CompressZstd(std::string_view bytes, int level);
Result<std::string> DecompressZstd(std::string_view compressed);

// The first `max_bytes` bytes of the decompressed data (all of it when
// shorter), decompressing no more than needed.
Result<std::string> DecompressZstdPrefix(std::string_view compressed, size_t max_bytes);

}  // namespace edgard
