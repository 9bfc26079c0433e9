// Small word helpers shared by the readers of signature blocks, powers of
// attorney, people and document clues. They work on ASCII bytes of text whose
// white space is already folded into single spaces; every string_view they
// return views the caller's text.

#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"

namespace edgard::extract {

// `s` without the bytes of `set` at either end.
std::string_view TrimSet(std::string_view s, std::string_view set);

// The space-separated words of `s` (runs of single spaces between them are
// skipped, so no word is empty).
std::vector<std::string_view> Words(std::string_view s);

// A word without the punctuation around it: "(Principal" -> "Principal",
// "Jr.," -> "Jr", "Walker*" -> "Walker".
std::string_view Core(std::string_view word);

// Whether `s` holds an ASCII digit, upper-case letter, lower-case letter, or
// letter of either case.
bool HasDigit(std::string_view s);
bool HasUpper(std::string_view s);
bool HasLower(std::string_view s);
bool HasAlpha(std::string_view s);

// Whether `word` equals one of `set`, ignoring ASCII case.
template <size_t N>
bool InSet(std::string_view word, const std::array<std::string_view, N>& set) {
  for (std::string_view entry : set) {
    if (ascii::EqualsIgnoreCase(word, entry)) return true;
  }
  return false;
}

// Lower-case words that begin a title ("Senior Vice President", "Director")
// and so are no part of a name, each between spaces. Both signature blocks
// and powers of attorney read these; each adds a few words of its own.
inline constexpr std::string_view kTitleWords =
    " chairman chairwoman chair chief president vice executive senior director directors"
    " secretary treasurer controller comptroller general managing manager member partner"
    " principal officer trustee authorized attorney assistant corporate head founder"
    " co-founder sole ceo cfo coo cao cto interim acting lead independent evp svp vp"
    " counsel deputy group ";

// Whether Core(word), lower-cased, is one of the words of `list` (written
// like kTitleWords: each word between spaces). A core of more than 20 bytes
// never is.
bool InWordList(std::string_view word, std::string_view list);

// Whether Core(word) is a courtesy title: "Mr.", "Mrs", "Dr.", "Messrs.", ...
bool IsHonorific(std::string_view word);

// A name's words for comparing spellings: lower case, without the
// punctuation around them and without courtesy titles; one-letter words
// (initials) only when `initials`.
std::vector<std::string> NameKey(std::string_view name, bool initials);

// Whether two spellings can name one person: every word of the shorter name
// is among the longer's, in any order ("Garascia Jessica A." as Section 16
// XML writes it, and "Jessica A. Garascia"). Initials are compared only when
// `initials`. False when either has no words.
bool NameWordsWithin(std::string_view a, std::string_view b, bool initials);

// Length of the month name at the start of `text`, written out ("September")
// or abbreviated as press wires do ("Sept.", "Sep", "Dec."), or 0; the name
// must end its word. Sets `*month` to 1-12.
size_t MonthNameAt(std::string_view text, int* month);

}  // namespace edgard::extract
