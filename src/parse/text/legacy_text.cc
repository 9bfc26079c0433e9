#include "parse/text/legacy_text.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/ascii.h"
#include "parse/text/anchored_writer.h"

namespace edgard::text {
namespace {

constexpr size_t kTabWidth = 8;
// Longest recognised tag, "</CAPTION>"; a '<' with no '>' this close is text.
constexpr size_t kMaxTagLength = 10;

enum class TagKind : uint8_t {
  kNone,
  kColumn,          // <S>, <C>: column starts of the table below
  kFootnoteRef,     // <F1> .. <F99>
  kFootnotesBegin,  // <FN>
  kFootnotesEnd,    // </FN>
  kTableEnd,        // </TABLE>
  kPage,            // <PAGE>
  kLayout,          // <TABLE>, <CAPTION>, </CAPTION>, <R>, </R>
};

struct Tag {
  TagKind kind = TagKind::kNone;
  size_t length = 0;  // bytes from '<' to '>' inclusive
};

// Recognises one of the legacy layout tags at source[pos] == '<'
// (case-insensitive); anything else is text and yields kNone.
Tag MatchTag(std::string_view source, size_t pos) {
  const size_t limit = std::min(source.size(), pos + kMaxTagLength);
  size_t end = pos + 1;
  while (end < limit && source[end] != '>') ++end;
  if (end >= limit) return {};
  const std::string_view name = source.substr(pos + 1, end - pos - 1);
  const size_t length = end - pos + 1;
  auto is = [name](std::string_view candidate) { return ascii::EqualsIgnoreCase(name, candidate); };
  if (is("S") || is("C")) return {TagKind::kColumn, length};
  if (is("PAGE")) return {TagKind::kPage, length};
  if (is("FN")) return {TagKind::kFootnotesBegin, length};
  if (is("/FN")) return {TagKind::kFootnotesEnd, length};
  if (is("/TABLE")) return {TagKind::kTableEnd, length};
  if (is("TABLE") || is("CAPTION") || is("/CAPTION") || is("R") || is("/R")) {
    return {TagKind::kLayout, length};
  }
  if (name.size() >= 2 && name.size() <= 3 && ascii::ToUpper(name[0]) == 'F' &&
      ascii::IsDigit(name[1]) && (name.size() == 2 || ascii::IsDigit(name[2]))) {
    return {TagKind::kFootnoteRef, length};
  }
  return {};
}

// Blank within a line; '\f' counts as blank only inside markup-only lines.
constexpr bool IsLineBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

struct MarkupLine {
  bool page = false;
  bool footnotes_begin = false;
  bool footnotes_end = false;
};

// True when source[begin, end) holds only recognised tags and blanks, and
// at least one tag.
bool IsMarkupOnlyLine(std::string_view source, size_t begin, size_t end, MarkupLine* line) {
  bool any_tag = false;
  size_t i = begin;
  while (i < end) {
    const char c = source[i];
    if (IsLineBlank(c)) {
      ++i;
      continue;
    }
    if (c != '<') return false;
    const Tag tag = MatchTag(source.substr(0, end), i);
    switch (tag.kind) {
      case TagKind::kNone:
        return false;
      case TagKind::kPage:
        line->page = true;
        break;
      case TagKind::kFootnotesBegin:
        line->footnotes_begin = true;
        line->footnotes_end = false;
        break;
      case TagKind::kFootnotesEnd:
      case TagKind::kTableEnd:
        line->footnotes_end = true;
        line->footnotes_begin = false;
        break;
      default:
        break;
    }
    any_tag = true;
    i += tag.length;
  }
  return any_tag;
}

// Bytes that end a run of plain text within a line.
constexpr std::array<bool, 256> MakeSpecialTable() {
  std::array<bool, 256> table{};
  table['\t'] = true;
  table['\f'] = true;
  table['<'] = true;
  return table;
}
constexpr std::array<bool, 256> kSpecial = MakeSpecialTable();

bool IsSpecial(char c) { return kSpecial[static_cast<unsigned char>(c)]; }

bool AllBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

class LegacyConverter {
 public:
  LegacyConverter(std::string_view source, TextOutput* out) : source_(source), writer_(out) {}

  void Run() {
    const size_t n = source_.size();
    size_t pos = 0;
    while (pos < n) {
      const void* found = std::memchr(source_.data() + pos, '\n', n - pos);
      const size_t newline =
          found == nullptr ? n
                           : static_cast<size_t>(static_cast<const char*>(found) - source_.data());
      size_t content_end = newline;
      if (newline < n && content_end > pos && source_[content_end - 1] == '\r') --content_end;
      if (!ConvertMarkupOnlyLine(pos, content_end)) {
        if (page_break_pending_) WritePageBreak(pos, content_end);
        ConvertLine(pos, content_end);
        if (newline < n) {
          writer_.MapTo(newline);
          writer_.Append('\n');
        }
      }
      pos = newline + 1;
    }
    writer_.Finish();
  }

 private:
  // Drops a line of markup only (<PAGE>, <TABLE>, <S> <C> ...).
  bool ConvertMarkupOnlyLine(size_t begin, size_t end) {
    size_t first = begin;
    while (first < end && IsLineBlank(source_[first])) ++first;
    if (first == end || source_[first] != '<') return false;
    MarkupLine line;
    if (!IsMarkupOnlyLine(source_, first, end, &line)) return false;
    if (line.footnotes_begin) in_footnotes_ = true;
    if (line.footnotes_end) in_footnotes_ = false;
    if (line.page) page_break_pending_ = true;
    return true;
  }

  // A <PAGE> line leaves one blank line before the next line of text,
  // unless a blank line is already there on either side.
  void WritePageBreak(size_t begin, size_t end) {
    page_break_pending_ = false;
    const std::string& text = writer_.text();
    if (text.empty() || (text.size() >= 2 && text[text.size() - 2] == '\n')) return;
    for (size_t i = begin; i < end; ++i) {
      if (!IsLineBlank(source_[i])) {
        writer_.MapSynthesized(1, begin);
        writer_.Append('\n');
        return;
      }
    }
  }

  // Copies one line [begin, end) with tabs expanded and tags replaced by
  // blanks of the same width, so that columns below an <S> <C> line stay
  // where they were. Blanks owed for tags are written only when something
  // visible follows them on the line.
  void ConvertLine(size_t begin, size_t end) {
    size_t line_start = writer_.size();
    size_t pending = 0;
    bool seen_visible = false;
    size_t i = begin;
    while (i < end) {
      size_t j = i;
      while (j < end && !IsSpecial(source_[j])) ++j;
      if (j > i) {
        FlushPending(i, &pending);
        const std::string_view run = source_.substr(i, j - i);
        if (!seen_visible) seen_visible = !AllBlank(run);
        writer_.MapTo(i);
        writer_.Append(run);
        i = j;
        continue;
      }
      const char c = source_[i];
      if (c == '\t') {
        FlushPending(i, &pending);
        const size_t column = writer_.size() - line_start;
        writer_.MapTo(i);
        writer_.Append(kTabWidth - column % kTabWidth, ' ');
        ++i;
      } else if (c == '\f') {
        pending = 0;
        writer_.MapTo(i);
        writer_.Append('\n');
        line_start = writer_.size();
        seen_visible = false;
        ++i;
      } else {
        const Tag tag = MatchTag(source_.substr(0, end), i);
        switch (tag.kind) {
          case TagKind::kNone:
            FlushPending(i, &pending);
            writer_.MapTo(i);
            writer_.Append('<');
            seen_visible = true;
            ++i;
            continue;
          case TagKind::kFootnotesBegin:
            in_footnotes_ = true;
            break;
          case TagKind::kFootnotesEnd:
          case TagKind::kTableEnd:
            in_footnotes_ = false;
            break;
          case TagKind::kFootnoteRef:
            if (in_footnotes_ && !seen_visible) {
              WriteFootnoteMarker(i, tag, &pending);
              seen_visible = true;
              i += tag.length;
              continue;
            }
            break;
          default:
            break;
        }
        pending += tag.length;
        i += tag.length;
      }
    }
  }

  // A footnote definition "<F2>text" at the start of a line inside <FN>
  // becomes "(2) text": same width, and the number stays readable.
  void WriteFootnoteMarker(size_t pos, const Tag& tag, size_t* pending) {
    FlushPending(pos, pending);
    writer_.MapTo(pos);
    writer_.Append('(');
    writer_.MapTo(pos + 2);
    writer_.Append(source_.substr(pos + 2, tag.length - 3));
    writer_.Append(") ");
  }

  // Writes the blanks owed for tags that end at source byte `pos`.
  void FlushPending(size_t pos, size_t* pending) {
    if (*pending == 0) return;
    writer_.MapTo(pos - *pending);
    writer_.Append(*pending, ' ');
    *pending = 0;
  }

  std::string_view source_;
  AnchoredWriter writer_;
  bool in_footnotes_ = false;
  bool page_break_pending_ = false;
};

}  // namespace

void LegacyTextToPlain(std::string_view source, TextOutput* out) {
  out->Clear();
  out->text.reserve(source.size() + source.size() / 8);
  LegacyConverter converter(source, out);
  converter.Run();
}

}  // namespace edgard::text
