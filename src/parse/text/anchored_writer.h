// AnchoredWriter: appends text to a TextOutput and keeps its anchors, for
// the text extractors (legacy text, HTML). Callers say which source byte the
// next appended byte comes from (MapTo) before each append; an anchor is
// added only when that breaks the one-to-one run of the previous anchor, so a
// plain copy costs one anchor in total.

#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "parse/text/text_output.h"

namespace edgard::text {

class AnchoredWriter {
 public:
  // Clears `out` and writes into it; `out` must outlive the writer.
  explicit AnchoredWriter(TextOutput* out) : out_(out) { out_->Clear(); }

  AnchoredWriter(const AnchoredWriter&) = delete;
  AnchoredWriter& operator=(const AnchoredWriter&) = delete;

  // The next appended byte comes from source byte `source_offset`.
  void MapTo(size_t source_offset) {
    const size_t text_offset = out_->text.size();
    if (!out_->anchors.empty()) {
      OffsetAnchor& last = out_->anchors.back();
      if (last.source_offset + (text_offset - last.text_offset) == source_offset) return;
      if (last.text_offset == text_offset) {
        last.source_offset = source_offset;
        return;
      }
    }
    out_->anchors.push_back({text_offset, source_offset});
  }

  // Maps `length` synthesized bytes (line breaks, separators) that precede
  // the text starting at `next_source_offset` onto the source bytes just
  // before it (the markup that caused them) when those are still unused, so
  // that no extra anchor is needed; otherwise onto the first unused byte.
  void MapSynthesized(size_t length, size_t next_source_offset) {
    const size_t unused = ExpectedSource();
    if (next_source_offset >= unused + length) {
      MapTo(next_source_offset - length);
    } else {
      MapTo(unused);
    }
  }

  void Append(char c) { out_->text.push_back(c); }
  void Append(std::string_view s) { out_->text.append(s); }
  void Append(size_t count, char c) { out_->text.append(count, c); }

  // Overwrites one byte already written (a space that becomes a newline);
  // lengths, and so anchors, stay as they are.
  void Replace(size_t text_offset, char c) { out_->text[text_offset] = c; }

  const std::string& text() const { return out_->text; }
  size_t size() const { return out_->text.size(); }

  // Drops an anchor left pointing past the end of the text.
  void Finish() {
    while (!out_->anchors.empty() && out_->anchors.back().text_offset >= out_->text.size()) {
      out_->anchors.pop_back();
    }
  }

 private:
  // Source offset the next byte would have under the current anchor.
  size_t ExpectedSource() const {
    if (out_->anchors.empty()) return 0;
    const OffsetAnchor& last = out_->anchors.back();
    return last.source_offset + (out_->text.size() - last.text_offset);
  }

  TextOutput* out_;
};

}  // namespace edgard::text
