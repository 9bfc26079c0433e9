// A BeneficialOwnershipRecord as JSON, in the shape of the gold files'
// Schedules 13D/13G (`cusip`, `class`, `event_date`, `reporting_persons`)
// plus what the record knows besides: absent values are null, every key is
// present.

#pragma once

#include <nlohmann/json.hpp>

#include "edgard/beneficial_ownership.h"

namespace edgard::extract {

// {"form", "amendment_number", "issuer", "issuer_cik", "cusip", "class",
// "event_date", "reporting_persons": [{"name", "citizenship", "sole_voting",
// "shared_voting", "sole_dispositive", "shared_dispositive", "aggregate",
// "percent_of_class", "type"}], "missing", "document"}. Does not throw.
nlohmann::json BeneficialOwnershipToJson(const BeneficialOwnershipRecord& record);

}  // namespace edgard::extract
