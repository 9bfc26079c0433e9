// Plain text of an HTML document with its block structure kept: paragraphs,
// headings and list items on their own lines, one table row per line with
// cells separated, entities decoded, <script>, <style>, <head> and hidden
// inline-XBRL headers (<ix:header>, display:none) dropped.
//
// A streaming tag scanner, not a DOM: the full-text path must run at
// 100+ MB/s and needs no tree.

#pragma once

#include <string_view>

#include "parse/text/text_output.h"

namespace edgard::html {

// Replaces `out` with the plain text of `source`. Never fails; linear time.
void HtmlToText(std::string_view source, text::TextOutput* out);

}  // namespace edgard::html
