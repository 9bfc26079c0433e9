#include "parse/text/text_output.h"

#include <algorithm>

namespace edgard::text {

size_t TextOutput::SourceOffset(size_t text_offset) const {
  if (anchors.empty()) return 0;
  auto it = std::upper_bound(
      anchors.begin(), anchors.end(), text_offset,
      [](size_t offset, const OffsetAnchor& anchor) { return offset < anchor.text_offset; });
  if (it == anchors.begin()) return anchors.front().source_offset;
  const OffsetAnchor& anchor = *(it - 1);
  size_t source = anchor.source_offset + (text_offset - anchor.text_offset);
  if (it != anchors.end() && source > it->source_offset) source = it->source_offset;
  return source;
}

}  // namespace edgard::text
