// Decoder for uuencoded files inside EDGAR documents ("begin 644 name" ...
// "end"), the form EDGAR uses for binaries and <PDF> bodies.
//
// Tolerated, because EDGAR and mail gateways produce them: CR LF line
// ends, blank lines before "begin", extra characters after a line's data,
// lines whose trailing blanks were cut off (the missing characters count as
// zero bits), a zero-length line written as "`", " " or nothing, and no
// zero-length line at all before "end". Data characters must lie in
// ' '..'`'.

#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "edgard/result.h"

namespace edgard::uu {

struct UuFile {
  std::string name;  // file name from the begin line
  std::string mode;  // octal mode from the begin line, e.g. "644"
  std::string bytes;
};

// True when `text` (after leading blank lines) starts with a "begin NNN " line.
bool LooksUuencoded(std::string_view text);

// Decodes the first uuencoded file in `text`. Errors name the byte offset
// and what was expected ("offset 1234: expected 'end' line").
Result<UuFile> UuDecode(std::string_view text);

}  // namespace edgard::uu
