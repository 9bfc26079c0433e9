// The plain text of one document in whatever format it has: legacy text
// through LegacyTextToPlain, HTML and XML (tags dropped, element text kept)
// through HtmlToText. The one place that chooses the text extractor.

#pragma once

#include <string_view>

#include "edgard/filing.h"
#include "parse/text/text_output.h"

namespace edgard::text {

// Replaces `out` with the text of `content`; returns false (and leaves `out`
// empty) for formats without text (PDF, binary).
bool DocumentText(std::string_view content, DocumentFormat format, TextOutput* out);

}  // namespace edgard::text
