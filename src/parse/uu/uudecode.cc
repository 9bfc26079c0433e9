#include "parse/uu/uudecode.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "base/ascii.h"

namespace edgard::uu {
namespace {

constexpr char kFirstCode = ' ';  // encodes 0, as does '`'
constexpr char kLastCode = '`';
constexpr size_t kMaxModeDigits = 4;

// One line of the input: its bytes without the line break (and without a
// CR before it), and where it starts.
struct Line {
  std::string_view bytes;
  size_t offset = 0;
};

// Reads lines one at a time; the cursor never moves backwards.
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}

  bool AtEnd() const { return pos_ >= text_.size(); }
  size_t pos() const { return pos_; }

  Line Next() {
    const size_t begin = pos_;
    size_t end = text_.find('\n', begin);
    if (end == std::string_view::npos) {
      end = text_.size();
      pos_ = end;
    } else {
      pos_ = end + 1;
    }
    if (end > begin && text_[end - 1] == '\r') --end;
    return {text_.substr(begin, end - begin), begin};
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

bool IsBlankLine(std::string_view line) { return ascii::Trim(line).empty(); }

// Parses "begin <octal mode> <name>" into `file`; false if `line` is not one.
bool ParseBeginLine(std::string_view line, UuFile* file) {
  if (!line.starts_with("begin ")) return false;
  size_t i = 6;
  while (i < line.size() && line[i] == ' ') ++i;
  const size_t mode_begin = i;
  while (i < line.size() && line[i] >= '0' && line[i] <= '7') ++i;
  const size_t mode_size = i - mode_begin;
  if (mode_size == 0 || mode_size > kMaxModeDigits) return false;
  if (i >= line.size() || !ascii::IsBlank(line[i])) return false;
  const std::string_view name = ascii::Trim(line.substr(i));
  if (name.empty()) return false;
  if (file != nullptr) {
    file->mode.assign(line.substr(mode_begin, mode_size));
    file->name.assign(name);
  }
  return true;
}

bool IsEndLine(std::string_view line) {
  return line.starts_with("end") && ascii::Trim(line.substr(3)).empty();
}

bool IsCode(char c) { return c >= kFirstCode && c <= kLastCode; }

uint32_t Sextet(char c) { return static_cast<uint32_t>(c - kFirstCode) & 0x3F; }

Status ErrorAt(size_t offset, std::string_view expected) {
  std::string message = "offset " + std::to_string(offset) + ": expected ";
  message.append(expected);
  return InvalidInput(std::move(message));
}

// Appends the bytes of one data line whose length character is line[0].
// Characters missing at the end (EDGAR drops trailing blanks) count as
// zero bits; characters past the needed count are ignored.
Status DecodeLine(const Line& line, std::string* out) {
  const size_t length = Sextet(line.bytes[0]);
  const size_t groups = (length + 2) / 3;
  const std::string_view codes = line.bytes.substr(1);
  for (size_t k = 0; k < 4 * groups && k < codes.size(); ++k) {
    if (!IsCode(codes[k])) return ErrorAt(line.offset + 1 + k, "uuencoded character");
  }
  const size_t old_size = out->size();
  out->resize(old_size + length);
  char* dest = out->data() + old_size;
  size_t written = 0;
  for (size_t group = 0; group < groups; ++group) {
    uint32_t bits = 0;
    for (size_t k = 0; k < 4; ++k) {
      const size_t index = 4 * group + k;
      bits = (bits << 6) | (index < codes.size() ? Sextet(codes[index]) : 0);
    }
    for (int shift = 16; shift >= 0 && written < length; shift -= 8, ++written) {
      dest[written] = static_cast<char>((bits >> shift) & 0xFF);
    }
  }
  return Status::Ok();
}

}  // namespace

bool LooksUuencoded(std::string_view text) {
  LineReader reader(text);
  while (!reader.AtEnd()) {
    const Line line = reader.Next();
    if (IsBlankLine(line.bytes)) continue;
    return ParseBeginLine(line.bytes, nullptr);
  }
  return false;
}

Result<UuFile> UuDecode(std::string_view text) {
  UuFile file;
  LineReader reader(text);
  size_t first_text = std::string_view::npos;
  bool found = false;
  while (!reader.AtEnd()) {
    const Line line = reader.Next();
    if (first_text == std::string_view::npos && !IsBlankLine(line.bytes)) first_text = line.offset;
    if (ParseBeginLine(line.bytes, &file)) {
      found = true;
      break;
    }
  }
  if (!found) {
    return ErrorAt(first_text == std::string_view::npos ? text.size() : first_text,
                   "'begin <mode> <name>' line");
  }
  file.bytes.reserve((text.size() - reader.pos()) / 4 * 3);
  // Data lines, up to a line of length zero ("`", or a blank line once
  // trailing blanks are gone) or straight to "end".
  while (true) {
    if (reader.AtEnd()) return ErrorAt(text.size(), "uuencoded line or 'end' line");
    const Line line = reader.Next();
    if (IsEndLine(line.bytes)) return file;
    if (IsBlankLine(line.bytes)) break;
    if (!IsCode(line.bytes[0])) return ErrorAt(line.offset, "uuencoded line or 'end' line");
    if (Sextet(line.bytes[0]) == 0) break;
    Status status = DecodeLine(line, &file.bytes);
    if (!status.ok()) return status;
  }
  while (!reader.AtEnd()) {
    const Line line = reader.Next();
    if (IsEndLine(line.bytes)) return file;
    if (!IsBlankLine(line.bytes)) return ErrorAt(line.offset, "'end' line");
  }
  return ErrorAt(text.size(), "'end' line");
}

}  // namespace edgard::uu
