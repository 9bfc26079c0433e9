// Turns one input's bytes into everything the store keeps of it.

#include "base/ascii.h"
#include "base/compression.h"
#include "edgard/extraction.h"
#include "ingest/ingest.h"
#include "parse/text/document_text.h"

namespace edgard::ingest {
namespace {

constexpr int kZstdLevel = 1;

// Inputs that are EDGAR data but not filings: reported as skipped.
std::string_view NotAFiling(std::string_view bytes) {
  std::string_view head = ascii::TrimLeft(bytes.substr(0, 512));
  const std::string_view inner = head.empty() ? head : ascii::TrimLeft(head.substr(1));
  const bool json_object =
      head.starts_with("{") && (inner.starts_with("\"") || inner.starts_with("}"));
  const bool json_array =
      head.starts_with("[") &&
      (inner.starts_with("{") || inner.starts_with("\"") || inner.starts_with("]"));
  if (json_object || json_array) {
    return "offset 0: JSON data (an API response?), not an EDGAR filing or document";
  }
  if (head.starts_with("Description:") && head.find("Index of EDGAR") != std::string_view::npos) {
    return "offset 0: an EDGAR index file (form.idx, company.idx, master.idx), not a filing";
  }
  return {};
}

}  // namespace

Result<FilingToStore> PrepareFiling(std::string_view bytes, std::string_view path) {
  if (std::string_view reason = NotAFiling(bytes); !reason.empty()) {
    return Status(ErrorCode::kUnavailable, std::string(reason));
  }
  auto extraction = ExtractFiling(bytes, path);
  if (!extraction) return extraction.error();
  FilingToStore out;
  out.extraction = std::move(*extraction);
  out.texts.resize(out.extraction.documents.size());
  out.texts_zstd.resize(out.extraction.documents.size());
  out.raw_zstd = CompressZstd(bytes, kZstdLevel);
  text::TextOutput scratch;
  for (size_t i = 0; i < out.extraction.documents.size(); ++i) {
    const DocumentRecord& doc = out.extraction.documents[i];
    if (doc.uuencoded) continue;
    if (!text::DocumentText(bytes.substr(doc.offset, doc.bytes), doc.format, &scratch)) continue;
    out.texts_zstd[i] = CompressZstd(scratch.text, kZstdLevel);
    out.texts[i] = std::move(scratch.text);
    scratch.Clear();
  }
  out.extraction_json = ExtractionToJson(out.extraction, -1);
  out.search_tags = SearchTags(out.extraction);
  return out;
}

}  // namespace edgard::ingest
