#include "gold_match.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace edgard::testing {
namespace {

using nlohmann::json;

std::string Fold(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::string Digits(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') out.push_back(c);
  }
  return out;
}

bool Matches(const json& gold, const json& actual, const std::string& key);

// Bipartite matching: each gold element to a distinct actual element.
bool MatchList(const json& gold, const json& actual, const std::string& key) {
  const size_t n = gold.size();
  std::vector<std::vector<size_t>> candidates(n);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < actual.size(); ++j) {
      if (Matches(gold[i], actual[j], key)) candidates[i].push_back(j);
    }
  }
  std::vector<int> owner(actual.size(), -1);
  std::function<bool(size_t, std::vector<bool>&)> assign = [&](size_t i, std::vector<bool>& seen) {
    for (size_t j : candidates[i]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (owner[j] < 0 || assign(static_cast<size_t>(owner[j]), seen)) {
        owner[j] = static_cast<int>(i);
        return true;
      }
    }
    return false;
  };
  for (size_t i = 0; i < n; ++i) {
    std::vector<bool> seen(actual.size(), false);
    if (!assign(i, seen)) return false;
  }
  return true;
}

bool Matches(const json& gold, const json& actual, const std::string& key) {
  if (gold.is_null()) return actual.is_null();
  if (gold.is_boolean()) return actual.is_boolean() && actual.get<bool>() == gold.get<bool>();
  if (gold.is_number()) {
    if (!actual.is_number()) return false;
    const double g = gold.get<double>();
    const double a = actual.get<double>();
    return std::fabs(g - a) <= 1e-9 * std::max({std::fabs(g), std::fabs(a), 1.0});
  }
  if (gold.is_string()) {
    if (!actual.is_string()) return false;
    const std::string g = gold.get<std::string>();
    const std::string a = actual.get<std::string>();
    if (key == "phone") return Digits(g) == Digits(a);
    if (!g.empty() && g[0] == '~') return Fold(a).find(Fold(g.substr(1))) != std::string::npos;
    return Fold(g) == Fold(a);
  }
  if (gold.is_object()) {
    if (!actual.is_object()) return false;
    for (const auto& [k, v] : gold.items()) {
      auto it = actual.find(k);
      if (v.is_null()) {
        if (it != actual.end() && !it->is_null()) return false;
      } else if (it == actual.end() || !Matches(v, *it, k)) {
        return false;
      }
    }
    return true;
  }
  if (gold.is_array()) return actual.is_array() && MatchList(gold, actual, key);
  return false;
}

void Walk(const json& gold, const json& actual, const std::string& path, const std::string& key,
          GoldResult* result) {
  auto miss = [&](const std::string& what) {
    ++result->failed;
    result->misses.push_back(path + ": " + what);
  };
  if (gold.is_object() && actual.is_object()) {
    for (const auto& [k, v] : gold.items()) {
      auto it = actual.find(k);
      if (it == actual.end()) {
        if (v.is_null()) {
          ++result->passed;
        } else {
          miss("missing key '" + k + "'");
        }
        continue;
      }
      Walk(v, *it, path + "." + k, k, result);
    }
    return;
  }
  if (gold.is_array() && actual.is_array()) {
    for (size_t i = 0; i < gold.size(); ++i) {
      bool found = false;
      for (const json& a : actual) found = found || Matches(gold[i], a, key);
      if (found) {
        ++result->passed;
      } else {
        miss("no match for " + gold[i].dump());
      }
    }
    if (result->misses.empty() && !MatchList(gold, actual, key)) {
      miss("elements match but not one to one");
    }
    return;
  }
  if (Matches(gold, actual, key)) {
    ++result->passed;
  } else {
    miss("expected " + gold.dump() + ", got " + actual.dump());
  }
}

}  // namespace

GoldResult CheckGold(const nlohmann::json& gold, const nlohmann::json& actual) {
  GoldResult result;
  Walk(gold, actual, "$", "", &result);
  return result;
}

}  // namespace edgard::testing
