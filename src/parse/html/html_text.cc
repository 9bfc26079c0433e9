#include "parse/html/html_text.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "parse/html/entities.h"
#include "parse/text/anchored_writer.h"

namespace edgard::html {
namespace {

using text::AnchoredWriter;

constexpr std::string_view kCellSeparator = " | ";
constexpr int kMaxLineBreaks = 2;  // at most one blank line in a row
constexpr size_t kMaxTableDepth = 32;
// A cell with more text than this is a layout container (whole documents
// sit in one cell of a layout table), so its line breaks are kept.
constexpr size_t kLongCellBytes = 256;
// Longer tag names are never ones this scanner treats specially.
constexpr size_t kMaxTagNameLength = 16;

enum class TagRole : uint8_t {
  kInline,
  kBlock,    // line breaks before and after (TagInfo::breaks)
  kBreak,    // <br>
  kPre,      // white space kept
  kTable,    // <table>
  kRow,      // <tr>: one line per row
  kCell,     // <td>, <th>: cells separated by kCellSeparator
  kRawText,  // <script>, <style>, <title>: content dropped unparsed
  kHidden,   // <ix:header>: whole subtree dropped
};

struct TagInfo {
  TagRole role = TagRole::kInline;
  uint8_t breaks = 0;  // for kBlock: 1 = new line, 2 = blank line
  bool is_void = false;
};

constexpr TagInfo Inline() { return {}; }
constexpr TagInfo Void() { return {TagRole::kInline, 0, true}; }
constexpr TagInfo Line() { return {TagRole::kBlock, 1, false}; }
constexpr TagInfo Paragraph() { return {TagRole::kBlock, 2, false}; }
constexpr TagInfo Role(TagRole role) { return {role, 0, false}; }

// Tag names of up to 8 bytes packed into an integer, so that classifying a
// tag is one switch instead of a chain of string compares.
constexpr size_t kMaxKeyedNameLength = 8;
constexpr uint64_t NameKey(std::string_view name) {
  uint64_t key = 0;
  for (size_t i = 0; i < name.size(); ++i) {
    key |= static_cast<uint64_t>(static_cast<unsigned char>(ascii::ToLower(name[i]))) << (8 * i);
  }
  return key;
}

// What tag `name` does; names are matched ignoring ASCII case.
TagInfo ClassifyTag(std::string_view name) {
  if (name.empty() || name.size() > kMaxTagNameLength) return Inline();
  if (name.size() > kMaxKeyedNameLength) {
    if (ascii::EqualsIgnoreCase(name, "ix:header")) return Role(TagRole::kHidden);
    if (ascii::EqualsIgnoreCase(name, "blockquote")) return Paragraph();
    if (ascii::EqualsIgnoreCase(name, "figcaption")) return Line();
    return Inline();
  }
  switch (NameKey(name)) {
    case NameKey("p"):
    case NameKey("h1"):
    case NameKey("h2"):
    case NameKey("h3"):
    case NameKey("h4"):
    case NameKey("h5"):
    case NameKey("h6"):
      return Paragraph();
    case NameKey("div"):
    case NameKey("li"):
    case NameKey("dd"):
    case NameKey("dt"):
    case NameKey("dl"):
    case NameKey("ul"):
    case NameKey("ol"):
    case NameKey("dir"):
    case NameKey("menu"):
    case NameKey("center"):
    case NameKey("caption"):
    case NameKey("address"):
    case NameKey("article"):
    case NameKey("aside"):
    case NameKey("body"):
    case NameKey("html"):
    case NameKey("details"):
    case NameKey("summary"):
    case NameKey("footer"):
    case NameKey("header"):
    case NameKey("form"):
    case NameKey("fieldset"):
    case NameKey("figure"):
    case NameKey("legend"):
    case NameKey("listing"):
    case NameKey("main"):
    case NameKey("nav"):
    case NameKey("option"):
    case NameKey("section"):
      return Line();
    case NameKey("hr"):
      return {TagRole::kBlock, 2, true};
    case NameKey("br"):
      return {TagRole::kBreak, 0, true};
    case NameKey("pre"):
      return Role(TagRole::kPre);
    case NameKey("table"):
      return Role(TagRole::kTable);
    case NameKey("tr"):
      return Role(TagRole::kRow);
    case NameKey("td"):
    case NameKey("th"):
      return Role(TagRole::kCell);
    case NameKey("script"):
    case NameKey("style"):
    case NameKey("title"):
      return Role(TagRole::kRawText);
    case NameKey("area"):
    case NameKey("base"):
    case NameKey("basefont"):
    case NameKey("bgsound"):
    case NameKey("col"):
    case NameKey("embed"):
    case NameKey("frame"):
    case NameKey("img"):
    case NameKey("input"):
    case NameKey("keygen"):
    case NameKey("link"):
    case NameKey("meta"):
    case NameKey("param"):
    case NameKey("source"):
    case NameKey("track"):
    case NameKey("wbr"):
      return Void();
    default:
      return Inline();
  }
}

// True when a style attribute value sets display:none (any case, blanks
// around the ':').
bool IsDisplayNone(std::string_view style) {
  size_t at = 0;
  while ((at = ascii::FindIgnoreCase(style, "display", at)) != std::string_view::npos) {
    at += 7;
    size_t i = at;
    while (i < style.size() && ascii::IsSpace(style[i])) ++i;
    if (i >= style.size() || style[i] != ':') continue;
    ++i;
    while (i < style.size() && ascii::IsSpace(style[i])) ++i;
    if (ascii::StartsWithIgnoreCase(style.substr(i), "none")) return true;
  }
  return false;
}

// Code points that read as white space in text (after entity decoding).
bool IsSpaceCodePoint(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x3000;
}

// Code points that are invisible and would only split words.
bool IsInvisibleCodePoint(char32_t c) { return c == 0xAD || c == 0x200B || c == 0xFEFF; }

// Byte classes in text: 0 plain, 1 white space, 2 '&', 3 0xC2 (may start
// a UTF-8 no-break space), 4 '\r' (only matters inside <pre>).
constexpr std::array<uint8_t, 256> MakeTextClasses() {
  std::array<uint8_t, 256> table{};
  table[' '] = 1;
  table['\t'] = 1;
  table['\n'] = 1;
  table['\f'] = 1;
  table['\r'] = 4;
  table['&'] = 2;
  table[0xC2] = 3;
  return table;
}
constexpr std::array<uint8_t, 256> kTextClasses = MakeTextClasses();

uint8_t TextClass(char c) { return kTextClasses[static_cast<unsigned char>(c)]; }

bool IsTagNameEnd(char c) { return ascii::IsSpace(c) || c == '/' || c == '>'; }

enum class TagKind : uint8_t { kStart, kEnd };

struct Tag {
  std::string_view name;
  size_t end = 0;  // one past '>' (the input size when the tag is cut off)
  TagKind kind = TagKind::kStart;
  bool self_closing = false;
  bool display_none = false;
};

// State of one open <table>.
struct TableLevel {
  bool row_has_content = false;
  bool in_cell = false;
  size_t cell_begin = 0;        // text offset where the open cell began
  size_t soft_break_begin = 0;  // its first entry in HtmlConverter::soft_breaks_
};

class HtmlConverter {
 public:
  HtmlConverter(std::string_view source, text::TextOutput* out) : source_(source), writer_(out) {}

  void Run() {
    const size_t n = source_.size();
    size_t pos = 0;
    while (pos < n) {
      if (source_[pos] == '<') {
        pos = ConvertMarkup(pos);
        continue;
      }
      const void* found = std::memchr(source_.data() + pos, '<', n - pos);
      const size_t end =
          found == nullptr ? n
                           : static_cast<size_t>(static_cast<const char*>(found) - source_.data());
      if (hidden_depth_ == 0) ConvertText(pos, end);
      pos = end;
    }
    CloseAllCells();
    writer_.Finish();
  }

 private:
  size_t Find(std::string_view needle, size_t from) const {
    const size_t at = source_.find(needle, from);
    return at == std::string_view::npos ? source_.size() : at;
  }

  // Handles the markup at source_[pos] == '<'; returns where text resumes.
  size_t ConvertMarkup(size_t pos) {
    const size_t n = source_.size();
    const char next = pos + 1 < n ? source_[pos + 1] : '\0';
    if (next == '!') {
      if (source_.substr(pos, 4) == "<!--") {
        const size_t close = Find("-->", pos + 2);
        return close == n ? n : close + 3;
      }
      if (source_.substr(pos, 9) == "<![CDATA[") {
        const size_t close = Find("]]>", pos + 9);
        return close == n ? n : close + 3;
      }
      return SkipPast('>', pos);  // <!DOCTYPE ...> and other declarations
    }
    if (next == '?') return SkipPast('>', pos);  // <?xml ...?>
    if (next == '/') {
      const char after = pos + 2 < n ? source_[pos + 2] : '\0';
      if (ascii::IsAlpha(after)) return ConvertTag(ParseTag(pos, TagKind::kEnd));
      if (after == '>') return pos + 3;
      if (pos + 2 < n) return SkipPast('>', pos);  // "</ x>" is a bogus comment
    } else if (ascii::IsAlpha(next)) {
      return ConvertTag(ParseTag(pos, TagKind::kStart));
    }
    // A '<' that starts no markup is text.
    if (hidden_depth_ == 0) ConvertText(pos, pos + 1);
    return pos + 1;
  }

  size_t SkipPast(char c, size_t pos) const {
    const void* found = std::memchr(source_.data() + pos, c, source_.size() - pos);
    if (found == nullptr) return source_.size();
    return static_cast<size_t>(static_cast<const char*>(found) - source_.data()) + 1;
  }

  // Tokenizes the tag at source_[pos] == '<' the way HTML5 does, so that a
  // '>' inside a quoted attribute value does not end it.
  Tag ParseTag(size_t pos, TagKind kind) const {
    const size_t n = source_.size();
    Tag tag;
    tag.kind = kind;
    size_t i = pos + (kind == TagKind::kEnd ? 2 : 1);
    const size_t name_begin = i;
    while (i < n && !IsTagNameEnd(source_[i])) ++i;
    tag.name = source_.substr(name_begin, i - name_begin);
    const bool want_style = kind == TagKind::kStart && hidden_depth_ == 0;
    while (true) {
      while (i < n && (ascii::IsSpace(source_[i]) || source_[i] == '/')) {
        if (source_[i] == '/' && i + 1 < n && source_[i + 1] == '>') tag.self_closing = true;
        ++i;
      }
      if (i >= n) {
        tag.end = n;
        return tag;
      }
      if (source_[i] == '>') {
        tag.end = i + 1;
        return tag;
      }
      const size_t attribute_begin = i;
      ++i;  // the first character may be '='
      while (i < n && !IsTagNameEnd(source_[i]) && source_[i] != '=') ++i;
      const std::string_view attribute = source_.substr(attribute_begin, i - attribute_begin);
      while (i < n && ascii::IsSpace(source_[i])) ++i;
      if (i >= n || source_[i] != '=') continue;
      ++i;
      while (i < n && ascii::IsSpace(source_[i])) ++i;
      std::string_view value;
      if (i < n && (source_[i] == '"' || source_[i] == '\'')) {
        const char quote = source_[i];
        const size_t value_begin = i + 1;
        const void* found = std::memchr(source_.data() + value_begin, quote, n - value_begin);
        if (found == nullptr) {
          tag.end = n;
          return tag;
        }
        const size_t close = static_cast<size_t>(static_cast<const char*>(found) - source_.data());
        value = source_.substr(value_begin, close - value_begin);
        i = close + 1;
      } else {
        const size_t value_begin = i;
        while (i < n && !ascii::IsSpace(source_[i]) && source_[i] != '>') ++i;
        value = source_.substr(value_begin, i - value_begin);
      }
      if (want_style && ascii::EqualsIgnoreCase(attribute, "style") && IsDisplayNone(value)) {
        tag.display_none = true;
      }
    }
  }

  // Applies a parsed tag; returns where text resumes.
  size_t ConvertTag(const Tag& tag) {
    if (hidden_depth_ > 0) {
      if (ascii::EqualsIgnoreCase(tag.name, hidden_name_)) {
        if (tag.kind == TagKind::kEnd) {
          --hidden_depth_;
        } else if (!tag.self_closing) {
          ++hidden_depth_;
        }
      } else if (tag.kind == TagKind::kStart && !tag.self_closing &&
                 ClassifyTag(tag.name).role == TagRole::kRawText) {
        return SkipRawText(tag.name, tag.end);
      }
      return tag.end;
    }
    const TagInfo info = ClassifyTag(tag.name);
    if (tag.kind == TagKind::kStart) {
      if (tag.display_none || info.role == TagRole::kHidden) {
        if (!tag.self_closing && !info.is_void) {
          hidden_name_ = tag.name;
          hidden_depth_ = 1;
        }
        return tag.end;
      }
      if (info.role == TagRole::kRawText) {
        return tag.self_closing ? tag.end : SkipRawText(tag.name, tag.end);
      }
      StartTag(info);
      if (tag.self_closing && !info.is_void) EndTag(info);
    } else {
      EndTag(info);
    }
    return tag.end;
  }

  // Skips the content of <script>, <style> or <title> up to its end tag,
  // which is left to be read as markup.
  size_t SkipRawText(std::string_view name, size_t from) const {
    const size_t n = source_.size();
    size_t i = from;
    while (i < n) {
      const void* found = std::memchr(source_.data() + i, '<', n - i);
      if (found == nullptr) return n;
      i = static_cast<size_t>(static_cast<const char*>(found) - source_.data());
      const size_t after = i + 2 + name.size();
      if (after <= n && source_[i + 1] == '/' &&
          ascii::EqualsIgnoreCase(source_.substr(i + 2, name.size()), name) &&
          (after == n || IsTagNameEnd(source_[after]))) {
        return i;
      }
      ++i;
    }
    return n;
  }

  TableLevel& CurrentTable() {
    if (table_depth_ == 0) return outside_tables_;
    return tables_[std::min(table_depth_, kMaxTableDepth) - 1];
  }

  void RequestBreaks(int breaks) {
    if (cell_fresh_) return;  // block tags around a cell's content keep the row on one line
    if (CurrentTable().in_cell) {
      soft_break_pending_ = true;
    } else {
      breaks_ = std::max(breaks_, breaks);
    }
    pending_space_ = false;
  }

  void RequestTableBreaks(int breaks) {
    table_breaks_ = std::max(table_breaks_, breaks);
    pending_space_ = false;
    separator_pending_ = false;
    soft_break_pending_ = false;
  }

  // Ends the open cell of `table`, if any. Line breaks inside a cell were
  // written as spaces to keep the row on one line ("Three Months<br>Ended");
  // a long cell is a layout container for paragraphs, not a table cell, and
  // gets them back as newlines.
  void CloseCell(TableLevel& table) {
    if (!table.in_cell) return;
    table.in_cell = false;
    cell_fresh_ = false;
    soft_break_pending_ = false;
    const size_t begin = std::min(table.soft_break_begin, soft_breaks_.size());
    if (writer_.size() - std::min(table.cell_begin, writer_.size()) > kLongCellBytes) {
      for (size_t k = begin; k < soft_breaks_.size(); ++k) writer_.Replace(soft_breaks_[k], '\n');
    }
    soft_breaks_.resize(begin);
  }

  void StartTag(const TagInfo& info) {
    switch (info.role) {
      case TagRole::kBlock:
        RequestBreaks(info.breaks);
        break;
      case TagRole::kBreak:
        if (CurrentTable().in_cell) {
          if (!cell_fresh_) soft_break_pending_ = true;
        } else {
          breaks_ = std::min(breaks_ + 1, kMaxLineBreaks);
        }
        pending_space_ = false;
        break;
      case TagRole::kPre:
        RequestBreaks(2);
        ++pre_depth_;
        skip_pre_newline_ = true;
        break;
      case TagRole::kTable:
        RequestTableBreaks(2);
        ++table_depth_;
        CurrentTable() = TableLevel{};
        cell_fresh_ = false;
        break;
      case TagRole::kRow: {
        TableLevel& table = CurrentTable();
        CloseCell(table);
        RequestTableBreaks(1);
        breaks_ = 0;
        table.row_has_content = false;
        break;
      }
      case TagRole::kCell: {
        TableLevel& table = CurrentTable();
        CloseCell(table);
        if (table.row_has_content && table_breaks_ == 0) separator_pending_ = true;
        table.in_cell = true;
        table.cell_begin = writer_.size();
        table.soft_break_begin = soft_breaks_.size();
        breaks_ = 0;
        cell_fresh_ = true;
        break;
      }
      default:
        break;
    }
  }

  void EndTag(const TagInfo& info) {
    switch (info.role) {
      case TagRole::kBlock:
        RequestBreaks(info.breaks);
        break;
      case TagRole::kBreak:  // browsers read </br> as <br>
        StartTag(info);
        break;
      case TagRole::kPre:
        RequestBreaks(2);
        if (pre_depth_ > 0) --pre_depth_;
        skip_pre_newline_ = false;
        break;
      case TagRole::kTable:
        CloseCell(CurrentTable());
        if (table_depth_ > 0) --table_depth_;
        RequestTableBreaks(2);
        break;
      case TagRole::kRow: {
        TableLevel& table = CurrentTable();
        CloseCell(table);
        RequestTableBreaks(1);
        table.row_has_content = false;
        break;
      }
      case TagRole::kCell:
        CloseCell(CurrentTable());
        breaks_ = 0;
        break;
      default:
        break;
    }
  }

  // At the end of the input: cells left open still get their newlines.
  void CloseAllCells() {
    while (table_depth_ > 0) {
      CloseCell(CurrentTable());
      --table_depth_;
    }
    CloseCell(outside_tables_);
  }

  // Writes what is owed before text from source byte `pos` starting with
  // byte `first`: line breaks, a cell separator or one space.
  void BeforeText(size_t pos, char first) {
    const int breaks = std::max(breaks_, table_breaks_);
    const std::string& text = writer_.text();
    if (breaks > 0) {
      if (!text.empty()) {
        int have = 0;
        if (text.back() == '\n') have = text.size() >= 2 && text[text.size() - 2] == '\n' ? 2 : 1;
        if (breaks > have) {
          const size_t count = static_cast<size_t>(breaks - have);
          writer_.MapSynthesized(count, pos);
          writer_.Append(count, '\n');
        }
      }
    } else if (separator_pending_) {
      const std::string_view separator = CellSeparator(first);
      writer_.MapSynthesized(separator.size(), pos);
      writer_.Append(separator);
    } else if (soft_break_pending_ && !text.empty() && text.back() != '\n') {
      soft_breaks_.push_back(writer_.size());
      writer_.MapSynthesized(1, pos);
      writer_.Append(' ');
    } else if (pending_space_ && !text.empty() && text.back() != '\n' && text.back() != ' ') {
      writer_.MapTo(space_source_);
      writer_.Append(' ');
    }
    breaks_ = 0;
    table_breaks_ = 0;
    pending_space_ = false;
    separator_pending_ = false;
    soft_break_pending_ = false;
    if (cell_fresh_) {
      cell_fresh_ = false;
      cell_text_begin_ = writer_.size();
    }
    CurrentTable().row_has_content = true;
  }

  // " | " between cells, except after a cell holding only "$" or "(" and
  // before one starting with ")" or "%", so that "$", "1,234" and ")" cells
  // read "$1,234)".
  std::string_view CellSeparator(char first) const {
    if (first == ')' || first == '%') return {};
    const std::string& text = writer_.text();
    if (cell_text_begin_ < text.size()) {
      const std::string_view previous = std::string_view(text).substr(cell_text_begin_);
      if (previous == "$" || previous == "(" || previous == "$(") return {};
    }
    return kCellSeparator;
  }

  void WriteCodePoint(size_t pos, char32_t code_point) {
    char utf8[kMaxUtf8Bytes];
    const size_t size = EncodeUtf8(code_point, utf8);
    BeforeText(pos, utf8[0]);
    writer_.MapTo(pos);
    writer_.Append(std::string_view(utf8, size));
  }

  void ConvertText(size_t begin, size_t end) {
    if (pre_depth_ > 0) {
      ConvertPreText(begin, end);
      return;
    }
    size_t i = begin;
    while (i < end) {
      size_t j = i;
      while (j < end && TextClass(source_[j]) == 0) ++j;
      if (j > i) {
        BeforeText(i, source_[i]);
        writer_.MapTo(i);
        writer_.Append(source_.substr(i, j - i));
        i = j;
        continue;
      }
      switch (TextClass(source_[i])) {
        case 1:
        case 4:
          ++i;
          pending_space_ = true;
          space_source_ = i - 1;
          break;
        case 2: {
          const CharRef ref = DecodeCharRef(source_.substr(i, end - i));
          if (ref.length == 0) {
            BeforeText(i, '&');
            writer_.MapTo(i);
            writer_.Append('&');
            ++i;
          } else if (IsSpaceCodePoint(ref.code_point)) {
            i += ref.length;
            pending_space_ = true;
            space_source_ = i - 1;
          } else {
            if (!IsInvisibleCodePoint(ref.code_point)) WriteCodePoint(i, ref.code_point);
            i += ref.length;
          }
          break;
        }
        default:  // 0xC2
          if (i + 1 < end && static_cast<unsigned char>(source_[i + 1]) == 0xA0) {
            i += 2;
            pending_space_ = true;
            space_source_ = i - 1;
          } else {
            BeforeText(i, source_[i]);
            writer_.MapTo(i);
            writer_.Append(source_[i]);
            ++i;
          }
          break;
      }
    }
  }

  // Text inside <pre>: white space kept, CR LF and CR read as LF.
  void ConvertPreText(size_t begin, size_t end) {
    size_t i = begin;
    if (skip_pre_newline_) {
      skip_pre_newline_ = false;
      if (i < end && source_[i] == '\r') ++i;
      if (i < end && source_[i] == '\n') ++i;
    }
    while (i < end) {
      size_t j = i;
      while (j < end && TextClass(source_[j]) != 2 && TextClass(source_[j]) != 4) ++j;
      if (j > i) {
        BeforeText(i, source_[i]);
        writer_.MapTo(i);
        writer_.Append(source_.substr(i, j - i));
        i = j;
        continue;
      }
      if (source_[i] == '\r') {
        BeforeText(i, '\n');
        if (i + 1 < end && source_[i + 1] == '\n') ++i;
        writer_.MapTo(i);
        writer_.Append('\n');
        ++i;
        continue;
      }
      const CharRef ref = DecodeCharRef(source_.substr(i, end - i));
      if (ref.length == 0) {
        BeforeText(i, '&');
        writer_.MapTo(i);
        writer_.Append('&');
        ++i;
        continue;
      }
      if (ref.code_point == 0xA0) {
        WriteCodePoint(i, ' ');
      } else if (!IsInvisibleCodePoint(ref.code_point)) {
        WriteCodePoint(i, ref.code_point);
      }
      i += ref.length;
    }
  }

  std::string_view source_;
  AnchoredWriter writer_;

  // Owed before the next text: line breaks (generic and from table
  // structure, kept apart because a new cell cancels only the former), a
  // cell separator, one space for collapsed white space.
  int breaks_ = 0;
  int table_breaks_ = 0;
  bool separator_pending_ = false;
  bool pending_space_ = false;
  size_t space_source_ = 0;

  // Tables: one level per open <table> (deeper ones share the last).
  std::array<TableLevel, kMaxTableDepth> tables_{};
  TableLevel outside_tables_;
  size_t table_depth_ = 0;
  bool cell_fresh_ = false;  // in a cell that has no text yet
  size_t cell_text_begin_ = 0;
  // Line breaks inside cells, written as spaces (text offsets).
  bool soft_break_pending_ = false;
  std::vector<size_t> soft_breaks_;

  int pre_depth_ = 0;
  bool skip_pre_newline_ = false;

  // A dropped subtree: the element name and how many of it are open.
  std::string_view hidden_name_;
  int hidden_depth_ = 0;
};

}  // namespace

void HtmlToText(std::string_view source, text::TextOutput* out) {
  out->Clear();
  out->text.reserve(source.size() / 4);
  HtmlConverter converter(source, out);
  converter.Run();
}

}  // namespace edgard::html
