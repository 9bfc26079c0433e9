#include "base/accession.h"

#include <algorithm>

#include "base/ascii.h"

namespace edgard {

bool IsAccessionNumber(std::string_view text) {
  if (text.size() != 20 || text[10] != '-' || text[13] != '-') return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i != 10 && i != 13 && !ascii::IsDigit(text[i])) return false;
  }
  return true;
}

std::string PadCik(std::string_view cik) {
  constexpr size_t kDigits = 10;
  cik = ascii::Trim(cik);
  const bool digits = !cik.empty() && cik.size() <= kDigits &&
                      std::all_of(cik.begin(), cik.end(), [](char c) { return ascii::IsDigit(c); });
  if (!digits) return std::string(cik);
  return std::string(kDigits - cik.size(), '0') + std::string(cik);
}

}  // namespace edgard
