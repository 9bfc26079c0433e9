#include "parse/html/html_text.h"

namespace edgard::html {

void HtmlToText(std::string_view source, text::TextOutput* out) {
  out->Clear();
  out->text.assign(source);
  out->anchors.push_back({0, 0});
}

}  // namespace edgard::html
