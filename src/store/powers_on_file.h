// The powers of attorney on file in the store, for signatures made under a
// power of attorney filed in another filing: an EX-24 filed once with a
// Form 3 and relied on by the reports after it, or a power of attorney
// filed on its own. Within one filing the link is made at extraction
// (extract::LinkAttorneySignatures); this is the query-time step across
// filings, since the earlier filing may be ingested after the later one.

#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/extraction.h"
#include "edgard/result.h"
#include "edgard/store.h"

namespace edgard::store {

class PowersOfAttorneyOnFile {
 public:
  explicit PowersOfAttorneyOnFile(Store& store) : store_(store) {}

  // The power of attorney filed no later than `filed_at` in a filing other
  // than `filing` that lets `attorney` sign Form `form` on `date` for
  // `principal`: {"filing", "accession_number", "filed_at", "document",
  // "executed_on", "grantor"}. Null when none on file does; then `reason`
  // says what was found instead.
  Result<nlohmann::json> Find(std::string_view principal, std::string_view attorney,
                              std::string_view form, std::string_view date,
                              std::string_view filed_at, std::string_view filing,
                              std::string* reason);

 private:
  struct OnFile {
    std::string filing;
    std::string accession_number;
    std::string filed_at;
    PowerOfAttorneyRecord record;
  };

  // The powers of attorney whose text names every word of `principal`'s
  // name, read once per principal.
  Result<const std::vector<OnFile>*> For(std::string_view principal);

  Store& store_;
  std::map<std::string, std::vector<OnFile>, std::less<>> by_principal_;
};

}  // namespace edgard::store
