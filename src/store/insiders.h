// Who traded what, when, and who signed for them: the transactions of the
// Forms 3, 4 and 5 the store holds, by issuer or by reporting owner, read at
// query time from each filing's stored ownership record.

#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/result.h"
#include "edgard/store.h"

namespace edgard::store {

struct InsiderQuery {
  std::string issuer;              // CIK or company name (insiders of one company)
  std::string owner;               // CIK or person's name (one person across issuers)
  std::string from, to;            // transaction dates, inclusive
  std::vector<std::string> codes;  // transaction codes: "P", "S", "M", ...
  int max_filings = 5000;          // newest first
};

// One row per transaction (and, for an owner, per holding), newest first:
// filing, issuer, owner with relationship, the transaction's values, and
// the signature with the attorney-in-fact and power of attorney behind it.
// NotFound when no stored filing names the issuer or owner.
Result<nlohmann::json> InsiderTransactions(Store& store, const InsiderQuery& query);

}  // namespace edgard::store
