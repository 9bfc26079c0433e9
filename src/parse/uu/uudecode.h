// Decoder for uuencoded files inside EDGAR documents ("begin 644 name" ...
// "end"), the form EDGAR uses for binaries and <PDF> bodies.

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
