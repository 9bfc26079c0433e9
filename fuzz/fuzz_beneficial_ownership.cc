// Fuzz entry point for the Schedule 13D/13G readers: any bytes as a
// document's plain text (cover pages) and as its XML body; no crash, bounded
// persons, CUSIPs of 9 characters from text, dates of 10, and records that
// always serialize.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "edgard/beneficial_ownership.h"
#include "edgard/result.h"
#include "extract/beneficial_ownership.h"
#include "extract/beneficial_ownership_json.h"

namespace {

void Check(const edgard::BeneficialOwnershipRecord& record) {
  if (record.reporting_persons.size() > edgard::extract::kMaxReportingPersons) std::abort();
  if (!record.event_date.empty() && record.event_date.size() != 10) std::abort();
  if (record.document != 1) std::abort();
  const nlohmann::json json = edgard::extract::BeneficialOwnershipToJson(record);
  (void)json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (const std::optional<edgard::BeneficialOwnershipRecord> cover =
          edgard::extract::ReadScheduleCoverPage(bytes, 1)) {
    if (!cover->cusip.empty() && cover->cusip.size() != 9) std::abort();
    if (cover->form.rfind("SC 13", 0) != 0) std::abort();
    Check(*cover);
  }
  (void)edgard::extract::LooksLikeScheduleXml(bytes);
  const edgard::Result<edgard::BeneficialOwnershipRecord> xml =
      edgard::extract::ReadScheduleXml(bytes, 1);
  if (!xml) {
    if (xml.error().message().find("at byte ") == std::string::npos) std::abort();
    return 0;
  }
  Check(*xml);
  return 0;
}
