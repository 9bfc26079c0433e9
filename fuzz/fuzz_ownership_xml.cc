// Fuzz entry point for ReadOwnershipXml: any bytes as an ownership document's
// body; no crash, an error or a record with bounded lists, and a record that
// always serializes.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "edgard/ownership.h"
#include "edgard/result.h"
#include "extract/ownership_json.h"
#include "extract/ownership_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  (void)edgard::extract::LooksLikeOwnershipXml(body);
  const edgard::Result<edgard::OwnershipRecord> record = edgard::extract::ReadOwnershipXml(body);
  if (!record) {
    if (record.error().message().find("at byte ") == std::string::npos) std::abort();
    return 0;
  }
  constexpr size_t kMax = edgard::extract::kMaxOwnershipRows;
  if (record->transactions.size() > kMax || record->holdings.size() > kMax) std::abort();
  if (record->reporting_owners.size() > kMax || record->footnotes.size() > kMax) std::abort();
  const nlohmann::json json = edgard::extract::OwnershipToJson(*record);
  (void)json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return 0;
}
