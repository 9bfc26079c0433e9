// Checks that an extraction JSON contains everything a gold file names,
// with the matching rules of the gold files' goldcheck.py: objects match
// key by key (extra keys allowed), arrays match element to distinct element
// in any order, strings compare after folding white space and case (a gold
// string starting with '~' need only occur inside), "phone" compares digits,
// numbers within 1e-9 relative, null matches null or absent.

#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace edgard::testing {

struct GoldResult {
  int passed = 0;
  int failed = 0;
  std::vector<std::string> misses;  // one line per gold element without a match
};

GoldResult CheckGold(const nlohmann::json& gold, const nlohmann::json& actual);

}  // namespace edgard::testing
