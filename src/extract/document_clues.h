// Reads what a document without a cover page says about itself: whether it is
// a press release or a power of attorney, its date (the dateline of a release,
// the day a power of attorney was executed) and the company it speaks for.
// Works on a document's plain text (legacy text with its columns, or HTML as
// block text with " | " between table cells) and looks at the first
// kDocumentCluesBytes only. The kind comes from the top of the document alone
// (title, "FOR IMMEDIATE RELEASE", contact block, dateline), so that a report
// quoting a press release further down is not taken for one; a document whose
// top is a cover page ("FORM 8-K", "(Exact name of registrant ...)") yields no
// clues at all, since ReadCoverPage speaks for it.

#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace edgard::extract {

struct DocumentClues {
  std::string kind;  // "press_release", "power_of_attorney", or empty when the text says neither
  std::string date;  // YYYY-MM-DD: dateline of a press release, execution date of a POA, else empty
  std::string company;  // the company named in the dateline / contact block / POA, else empty
};

DocumentClues ReadDocumentClues(std::string_view text);

inline constexpr size_t kDocumentCluesBytes = 32 * 1024;

}  // namespace edgard::extract
