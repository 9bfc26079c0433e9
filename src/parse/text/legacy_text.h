// Plain text of a legacy ASCII EDGAR document: <PAGE>, <TABLE>, <CAPTION>,
// <S>, <C>, <F1>..<Fn>, <FN> and similar layout markup removed without
// breaking column alignment; tabs expanded to 8 columns.

#pragma once

#include <string_view>

#include "parse/text/text_output.h"

namespace edgard::text {

// Replaces `out` with the plain text of `source`. Never fails; linear time.
void LegacyTextToPlain(std::string_view source, TextOutput* out);

}  // namespace edgard::text
