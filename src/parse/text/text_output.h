// TextOutput: the readable plain text of one document plus a map from text
// offsets back to the source bytes it came from (for highlighting later).
// Text extractors append to a caller-owned TextOutput so that its buffers are
// reused across documents in the ingest loop.

#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace edgard::text {

// Text byte `text_offset` came from source byte `source_offset`; the bytes
// after it, up to the next anchor, map one to one (text offset t maps to
// source_offset + (t - text_offset)), clamped to the next anchor's source.
struct OffsetAnchor {
  size_t text_offset = 0;
  size_t source_offset = 0;
};

struct TextOutput {
  std::string text;
  std::vector<OffsetAnchor> anchors;  // sorted by text_offset, strictly increasing

  void Clear() {
    text.clear();
    anchors.clear();
  }

  // Source byte offset for a text byte offset (0 when there are no anchors).
  size_t SourceOffset(size_t text_offset) const;
};

}  // namespace edgard::text
