#include "extract/beneficial_ownership_json.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "edgard/beneficial_ownership.h"
#include "extract/json_values.h"

namespace edgard::extract {
namespace {

using nlohmann::json;

json OwnerJson(const BeneficialOwner& owner) {
  return {{"name", OrNull(owner.name)},
          {"citizenship", OrNull(owner.citizenship)},
          {"sole_voting", OrNull(owner.sole_voting)},
          {"shared_voting", OrNull(owner.shared_voting)},
          {"sole_dispositive", OrNull(owner.sole_dispositive)},
          {"shared_dispositive", OrNull(owner.shared_dispositive)},
          {"aggregate", OrNull(owner.aggregate)},
          {"percent_of_class", OrNull(owner.percent_of_class)},
          {"type", OrNull(owner.type)}};
}

}  // namespace

nlohmann::json BeneficialOwnershipToJson(const BeneficialOwnershipRecord& record) {
  json persons = json::array();
  for (const BeneficialOwner& owner : record.reporting_persons) persons.push_back(OwnerJson(owner));
  json missing = json::array();
  for (const std::string& name : record.missing) missing.push_back(name);
  return {{"form", OrNull(record.form)},
          {"amendment_number", OrNull(record.amendment_number)},
          {"issuer", OrNull(record.issuer)},
          {"issuer_cik", OrNull(record.issuer_cik)},
          {"cusip", OrNull(record.cusip)},
          {"class", OrNull(record.class_title)},
          {"event_date", OrNull(record.event_date)},
          {"reporting_persons", persons},
          {"missing", missing},
          {"document", record.document}};
}

}  // namespace edgard::extract
