#include "serve/documents.h"

#include <nlohmann/json.hpp>

#include "base/ascii.h"
#include "parse/uu/uudecode.h"

namespace edgard::serve {

std::string ContentTypeOf(std::string_view filename, std::string_view format) {
  const size_t dot = filename.rfind('.');
  const std::string ext =
      dot == std::string_view::npos ? std::string() : ascii::ToLowerCopy(filename.substr(dot + 1));
  struct Type {
    std::string_view ext;
    std::string_view type;
  };
  static constexpr Type kTypes[] = {
      {"htm", "text/html; charset=utf-8"},
      {"html", "text/html; charset=utf-8"},
      {"txt", "text/plain; charset=utf-8"},
      {"xml", "application/xml"},
      {"xsd", "application/xml"},
      {"pdf", "application/pdf"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"gif", "image/gif"},
      {"png", "image/png"},
      {"json", "application/json"},
      {"zip", "application/zip"},
      {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {"xls", "application/vnd.ms-excel"},
      {"css", "text/css"},
      {"js", "text/javascript"}};
  for (const Type& t : kTypes) {
    if (ext == t.ext) return std::string(t.type);
  }
  if (format == "html") return "text/html; charset=utf-8";
  if (format == "text") return "text/plain; charset=utf-8";
  if (format == "xml") return "application/xml";
  if (format == "pdf") return "application/pdf";
  return "application/octet-stream";
}

Result<DocumentBytes> ReadDocumentBytes(Store& store, const StoredFiling& filing, int sequence) {
  const std::string& id = filing.id;
  const auto e = nlohmann::json::parse(filing.extraction_json, nullptr, false);
  if (!e.is_object() || !e.contains("documents")) {
    return Status(ErrorCode::kStorage, "stored extraction of " + id + " is unreadable");
  }
  for (const auto& d : e["documents"]) {
    if (d.value("sequence", 0) != sequence) continue;
    auto raw = store.GetRaw(id);
    if (!raw) return raw.error();
    const auto offset = d.value("offset", size_t{0});
    const auto size = d.value("bytes", size_t{0});
    DocumentBytes out;
    out.filename = d.contains("filename") && d["filename"].is_string()
                       ? d["filename"].get<std::string>()
                       : std::string();
    std::string_view bytes = std::string_view(*raw).substr(std::min(offset, raw->size()), size);
    if (d.value("uuencoded", false)) {
      auto file = uu::UuDecode(bytes);
      if (!file) return file.error();
      if (out.filename.empty()) out.filename = file->name;
      out.bytes = std::move(file->bytes);
    } else {
      out.bytes = std::string(bytes);
    }
    out.content_type = ContentTypeOf(out.filename, d.value("format", std::string()));
    return out;
  }
  return NotFound("no document " + std::to_string(sequence) + " in " + id);
}

}  // namespace edgard::serve
