// An OwnershipRecord as the "ownership" object of the extraction JSON
// (docs/extraction-json.md): absent values are null, every key is present.

#pragma once

#include <nlohmann/json.hpp>

#include "edgard/ownership.h"

namespace edgard::extract {

// {"document_type", "schema_version", "period_of_report", "issuer",
// "reporting_owners", "transactions", "holdings", "footnotes", "remarks",
// "signatures", "document", ...}; each transaction and holding lists its
// footnote marks as [{"field", "id"}]. Does not throw.
nlohmann::json OwnershipToJson(const OwnershipRecord& record);

}  // namespace edgard::extract
