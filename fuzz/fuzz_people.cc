// Fuzz entry point for ReadPeople: any bytes as a document's plain text; no
// crash, a bounded number of records each with a name, linear time.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/people.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto records = edgard::extract::ReadPeople(text, 1);
  if (records.size() > edgard::extract::kMaxPeoplePerDocument) std::abort();
  for (const edgard::PersonRecord& record : records) {
    if (record.name.empty() || record.name.size() > size || record.document != 1) std::abort();
  }
  return 0;
}
