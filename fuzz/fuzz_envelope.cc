// Fuzz target: the envelope parser and the extraction built on it, and its
// JSON: always valid, and the very bytes nlohmann writes for it (the
// streaming writer must agree with nlohmann on every string it is given).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>

#include "edgard/extraction.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto extraction = edgard::ExtractFiling(input, "fuzz");
  if (!extraction) return 0;
  const std::string json = edgard::ExtractionToJson(*extraction, -1);
  const auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (parsed.is_discarded() ||
      parsed.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) != json) {
    std::abort();
  }
  return 0;
}
