#include "base/accession.h"

#include "base/ascii.h"

namespace edgard {

bool IsAccessionNumber(std::string_view text) {
  if (text.size() != 20 || text[10] != '-' || text[13] != '-') return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i != 10 && i != 13 && !ascii::IsDigit(text[i])) return false;
  }
  return true;
}

}  // namespace edgard
