// Fuzz target: the submission header parser (tab-indented and tag forms).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse/sgml/header.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  edgard::sgml::HeaderParse parse = edgard::sgml::ParseHeader(input, 0);
  (void)parse;
  return 0;
}
