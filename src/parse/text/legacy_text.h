// Plain text of a legacy ASCII EDGAR document: <PAGE>, <TABLE>, <CAPTION>,
// <S>, <C>, <F1>..<Fn>, <FN> and similar layout markup removed without
// breaking column alignment; tabs expanded to 8 columns.
//
// The text, in detail:
// - Only these tags are markup (any case): <PAGE>, <TABLE>, </TABLE>,
//   <CAPTION>, </CAPTION>, <S>, <C>, <FN>, </FN>, <F1>..<F99>, <R>, </R>.
//   Everything else, "<LOGO>", the <CASH> labels of a financial data
//   schedule or a "<" in prose, is copied byte for byte.
// - A line holding only markup and blanks is dropped; a <PAGE> line leaves
//   one blank line unless there is one already.
// - Markup inside a line becomes blanks of the same width, so that the
//   columns fixed by an <S> <C> line stay where they were; at the end of a
//   line it is dropped ("3,615<F2>" reads "3,615").
// - A footnote definition at the start of a line inside <FN> ... </FN>
//   ("<F2>A TWO-FOR-ONE STOCK SPLIT") reads "(2) A TWO-FOR-ONE STOCK SPLIT".
// - Tabs expand to 8-column stops, CR LF becomes LF, a form feed becomes
//   LF; other bytes, a lone CR included, are copied as they are.
// - out->anchors map text back to source bytes.

#pragma once

#include <string_view>

#include "parse/text/text_output.h"

namespace edgard::text {

// Replaces `out` with the plain text of `source`. Never fails; linear time.
void LegacyTextToPlain(std::string_view source, TextOutput* out);

}  // namespace edgard::text
