// HTML character references (&amp; &#8217; &#x2019;) for the HTML text
// extractor: the HTML 4 named set plus &apos;, decimal and hexadecimal.

#pragma once

#include <cstddef>
#include <string_view>

namespace edgard::html {

struct CharRef {
  size_t length = 0;  // source bytes the reference takes; 0 when there is none
  char32_t code_point = 0;
};

// Decodes the character reference at the start of `s` (s[0] == '&').
// Unknown names and malformed references give length 0: keep them as
// written. The ';' may be missing after a number and after the legacy
// names amp, lt, gt, quot, nbsp, copy and reg, as browsers allow; upper-case
// spellings of common names (&NBSP;) are accepted. Numbers 0x80..0x9F are
// read as Windows-1252 (&#146; is an apostrophe) and invalid code points
// become U+FFFD, both as browsers do.
CharRef DecodeCharRef(std::string_view s);

constexpr size_t kMaxUtf8Bytes = 4;

// Writes `code_point` as UTF-8 into `out` (kMaxUtf8Bytes of room); returns
// the number of bytes written.
size_t EncodeUtf8(char32_t code_point, char* out);

}  // namespace edgard::html
