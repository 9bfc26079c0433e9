// zstd compression of whole buffers (raw filings in the store).

#pragma once

#include <string>
#include <string_view>

#include "edgard/result.h"

namespace edgard {

std::string CompressZstd(std::string_view bytes, int level);
Result<std::string> DecompressZstd(std::string_view compressed);

}  // namespace edgard
