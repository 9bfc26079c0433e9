#include "parse/text/document_text.h"

#include "parse/html/html_text.h"
#include "parse/text/legacy_text.h"

namespace edgard::text {

bool DocumentText(std::string_view content, DocumentFormat format, TextOutput* out) {
  switch (format) {
    case DocumentFormat::kText:
      LegacyTextToPlain(content, out);
      return true;
    case DocumentFormat::kHtml:
    case DocumentFormat::kXml:
      html::HtmlToText(content, out);
      return true;
    case DocumentFormat::kPdf:
    case DocumentFormat::kBinary:
      break;
  }
  out->Clear();
  return false;
}

}  // namespace edgard::text
