// Fuzz entry point for HtmlToText: any bytes, no crash, linear time.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse/html/html_text.h"
#include "parse/text/text_output.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  edgard::text::TextOutput out;
  edgard::html::HtmlToText(std::string_view(reinterpret_cast<const char*>(data), size), &out);
  return 0;
}
