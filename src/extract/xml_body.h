// The XML of a document body as filed: Forms 3/4/5 and the Schedules 13D/13G
// of 2024 on come inside an <XML> ... </XML> wrapper in full submissions.

#pragma once

#include <cstddef>
#include <string_view>

#include "base/ascii.h"

namespace edgard::extract {

// The part of a body handed to an XML parser: without the <XML> ... </XML>
// wrapper, the white space around it, and a UTF-8 byte order mark at the
// start. `offset` is where it starts in the body, so that parse errors name
// offsets the caller can find.
struct XmlBody {
  std::string_view xml;
  size_t offset = 0;
};

inline XmlBody UnwrapXml(std::string_view body) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  constexpr std::string_view kOpen = "<XML>";
  constexpr std::string_view kClose = "</XML>";
  const size_t size = body.size();
  if (body.starts_with(kBom)) body.remove_prefix(kBom.size());
  body = ascii::TrimLeft(body);
  if (ascii::StartsWithIgnoreCase(body, kOpen)) body = ascii::TrimLeft(body.substr(kOpen.size()));
  // A byte order mark after the wrapper, where some filers' tools put it, is
  // left in place: the parser reads the encoding from it.
  const size_t offset = size - body.size();
  // The end is left alone unless it is the wrapper's, so that a truncated
  // document's error names the input's own end.
  const std::string_view trimmed = ascii::TrimRight(body);
  if (trimmed.size() >= kClose.size() &&
      ascii::EqualsIgnoreCase(trimmed.substr(trimmed.size() - kClose.size()), kClose)) {
    body = trimmed.substr(0, trimmed.size() - kClose.size());
  }
  return XmlBody{body, offset};
}

}  // namespace edgard::extract
