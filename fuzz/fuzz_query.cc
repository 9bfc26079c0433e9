// Fuzz target for the search query parser: any input must either fail with
// an error or render to an FTS5 expression without crashing.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "search/query.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  edgard::Result<edgard::search::Query> query = edgard::search::ParseQuery(input);
  if (query) {
    const std::string match = edgard::search::ToFts5Match(*query, "body");
    (void)match;
  }
  return 0;
}
