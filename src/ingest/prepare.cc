// Turns one input's bytes into everything the store keeps of it.

#include "base/ascii.h"
#include "base/compression.h"
#include "edgard/extraction.h"
#include "ingest/ingest.h"

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
  DocumentTexts texts;
  auto extraction = ExtractFiling(bytes, path, &texts);
  if (!extraction) return extraction.error();
  FilingToStore out;
  out.extraction = std::move(*extraction);
  out.texts_zstd.resize(texts.size());
  out.raw_zstd = CompressZstd(bytes, kZstdLevel);
  for (size_t i = 0; i < texts.size(); ++i) {
    if (!texts[i].empty()) out.texts_zstd[i] = CompressZstdText(texts[i], kZstdLevel);
  }
  out.texts = std::move(texts);
  out.extraction_json = ExtractionToJson(out.extraction, -1);
  out.search_tags = SearchTags(out.extraction);
  return out;
}

}  // namespace edgard::ingest
