// The original bytes of one document of a stored filing (uudecoded when the
// submission carries it uuencoded), with the content type to serve it as.

#pragma once

#include <string>
#include <string_view>

#include "edgard/result.h"
#include "edgard/store.h"

namespace edgard::serve {

struct DocumentBytes {
  std::string bytes;
  std::string content_type;  // "text/html; charset=utf-8", "image/jpeg", ...
  std::string filename;      // as the envelope names it, may be empty
};

// `filing` is the stored filing (from Store::GetFiling) the document belongs to.
Result<DocumentBytes> ReadDocumentBytes(Store& store, const StoredFiling& filing, int sequence);

// Content type of a document from its file name, else from its format.
std::string ContentTypeOf(std::string_view filename, std::string_view format);

}  // namespace edgard::serve
