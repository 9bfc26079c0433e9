#include "parse/uu/uudecode.h"

namespace edgard::uu {

bool LooksUuencoded(std::string_view text) { return text.starts_with("begin "); }

Result<UuFile> UuDecode(std::string_view text) {
  (void)text;
  return InvalidInput("uudecode not implemented");
}

}  // namespace edgard::uu
