// Fast substring search over raw bytes (glibc memmem uses a vectorised
// two-way search, several GB/s), returning string_view positions.

#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace edgard {

inline size_t FindBytes(std::string_view haystack, std::string_view needle, size_t from = 0) {
  if (from > haystack.size()) return std::string_view::npos;
  const void* hit =
      ::memmem(haystack.data() + from, haystack.size() - from, needle.data(), needle.size());
  if (hit == nullptr) return std::string_view::npos;
  return static_cast<size_t>(static_cast<const char*>(hit) - haystack.data());
}

}  // namespace edgard
