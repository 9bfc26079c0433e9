#include "extract/ownership_json.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "edgard/ownership.h"
#include "extract/json_values.h"

namespace edgard::extract {
namespace {

using nlohmann::json;

json FootnoteRefsJson(const std::vector<FootnoteRef>& marks) {
  json out = json::array();
  for (const FootnoteRef& mark : marks) out.push_back({{"field", mark.field}, {"id", mark.id}});
  return out;
}

json ReportingOwnerJson(const OwnershipReportingOwner& owner) {
  return {{"cik", OrNull(owner.cik)},
          {"name", OrNull(owner.name)},
          {"street1", OrNull(owner.street1)},
          {"street2", OrNull(owner.street2)},
          {"city", OrNull(owner.city)},
          {"state", OrNull(owner.state)},
          {"zip", OrNull(owner.zip)},
          {"is_director", OrNull(owner.is_director)},
          {"is_officer", OrNull(owner.is_officer)},
          {"officer_title", OrNull(owner.officer_title)},
          {"is_ten_percent_owner", OrNull(owner.is_ten_percent_owner)},
          {"is_other", OrNull(owner.is_other)},
          {"other_text", OrNull(owner.other_text)}};
}

// The keys a transaction and a holding share (see ReadPosition in
// ownership_xml.cc); `Row` is OwnershipTransaction or OwnershipHolding.
template <class Row>
json PositionJson(const Row& row) {
  return {{"derivative", row.derivative},
          {"security_title", OrNull(row.security_title)},
          {"form_type", OrNull(row.form_type)},
          {"shares_owned_following", OrNull(row.shares_owned_following)},
          {"value_owned_following", OrNull(row.value_owned_following)},
          {"direct_indirect", OrNull(row.direct_indirect)},
          {"nature_of_ownership", OrNull(row.nature_of_ownership)},
          {"conversion_or_exercise_price", OrNull(row.conversion_or_exercise_price)},
          {"exercise_date", OrNull(row.exercise_date)},
          {"expiration_date", OrNull(row.expiration_date)},
          {"underlying_security_title", OrNull(row.underlying_security_title)},
          {"underlying_shares", OrNull(row.underlying_shares)},
          {"underlying_value", OrNull(row.underlying_value)},
          {"footnotes", FootnoteRefsJson(row.footnotes)}};
}

json TransactionJson(const OwnershipTransaction& row) {
  json out = PositionJson(row);
  out["date"] = OrNull(row.date);
  out["deemed_execution_date"] = OrNull(row.deemed_execution_date);
  out["code"] = OrNull(row.code);
  out["equity_swap"] = row.equity_swap;
  out["timeliness"] = OrNull(row.timeliness);
  out["shares"] = OrNull(row.shares);
  out["total_value"] = OrNull(row.total_value);
  out["price"] = OrNull(row.price);
  out["acquired_disposed"] = OrNull(row.acquired_disposed);
  return out;
}

}  // namespace

nlohmann::json OwnershipToJson(const OwnershipRecord& record) {
  json owners = json::array();
  for (const OwnershipReportingOwner& owner : record.reporting_owners) {
    owners.push_back(ReportingOwnerJson(owner));
  }
  json transactions = json::array();
  for (const OwnershipTransaction& row : record.transactions) {
    transactions.push_back(TransactionJson(row));
  }
  json holdings = json::array();
  for (const OwnershipHolding& row : record.holdings) holdings.push_back(PositionJson(row));
  json footnotes = json::array();
  for (const OwnershipFootnote& note : record.footnotes) {
    footnotes.push_back({{"id", note.id}, {"text", note.text}});
  }
  json signatures = json::array();
  for (const OwnershipSignature& signature : record.signatures) {
    signatures.push_back(
        {{"name", OrNull(signature.name)},
         {"date", OrNull(signature.date)},
         {"attorney_in_fact", OrNull(signature.attorney_in_fact)},
         {"principal", OrNull(signature.principal)},
         {"power_of_attorney",
          signature.power_of_attorney == 0 ? json(nullptr) : json(signature.power_of_attorney)}});
  }
  const OwnershipIssuer& issuer = record.issuer;
  return {{"document_type", OrNull(record.document_type)},
          {"schema_version", OrNull(record.schema_version)},
          {"period_of_report", OrNull(record.period_of_report)},
          {"date_of_original_submission", OrNull(record.date_of_original_submission)},
          {"not_subject_to_section16", OrNull(record.not_subject_to_section16)},
          {"no_securities_owned", OrNull(record.no_securities_owned)},
          {"aff10b5_one", OrNull(record.aff10b5_one)},
          {"issuer",
           {{"cik", OrNull(issuer.cik)},
            {"name", OrNull(issuer.name)},
            {"trading_symbol", OrNull(issuer.trading_symbol)}}},
          {"reporting_owners", owners},
          {"transactions", transactions},
          {"holdings", holdings},
          {"footnotes", footnotes},
          {"remarks", OrNull(record.remarks)},
          {"signatures", signatures},
          {"document", record.document}};
}

}  // namespace edgard::extract
