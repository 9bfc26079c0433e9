#include "extract/signatures.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "base/dates.h"
#include "extract/cover_page.h"
#include "extract/words.h"

namespace edgard::extract {
namespace {

constexpr size_t kNone = std::string_view::npos;

// Bounds that keep the reader linear on hostile input. A line longer than
// kMaxLineBytes is prose (an HTML paragraph) unless it holds a signature
// mark; such a line is read within kMarkWindowBytes of its first mark.
constexpr size_t kMaxLineBytes = 2048;
constexpr size_t kMarkWindowBytes = 512;
constexpr size_t kMaxMarksPerLine = 8;
constexpr int kMaxLinesBelow = 14;
constexpr int kMaxLinesAbove = 12;
constexpr int kMaxParagraphLines = 10;
constexpr size_t kMaxTitleLines = 5;
constexpr size_t kMaxNameWords = 10;
constexpr size_t kMaxNameBytes = 160;
constexpr size_t kMaxTitleBytes = 400;
// How far after a SIGNATURES heading (or "signed below by the following
// persons") a lone "*" or a "Name*" marks a signature.
constexpr size_t kSignatureSectionBytes = 48 * 1024;

unsigned char Byte(char c) { return static_cast<unsigned char>(c); }

// ---------------------------------------------------------------------------
// Text

// White space, control bytes and no-break spaces (UTF-8, or a Latin-1 0xA0
// outside any UTF-8 sequence) folded into single spaces; ends trimmed.
std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  int continuation = 0;  // UTF-8 continuation bytes still expected
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = Byte(s[i]);
    bool space = c <= ' ' || c == 0x7F;
    if (c == 0xC2 && i + 1 < s.size() && Byte(s[i + 1]) == 0xA0) {
      space = true;
      ++i;
      continuation = 0;
    } else if (c >= 0x80 && c < 0xC0) {
      if (continuation > 0) {
        --continuation;
      } else if (c == 0xA0) {
        space = true;
      }
    } else {
      continuation = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : 0;
    }
    if (space) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(s[i]);
  }
  return out;
}

std::string_view TrimRightSet(std::string_view s, std::string_view set) {
  while (!s.empty() && set.find(s.back()) != kNone) s.remove_suffix(1);
  return s;
}

// Cuts `s` to at most `limit` bytes without splitting a UTF-8 sequence.
void Truncate(std::string* s, size_t limit) {
  if (s->size() <= limit) return;
  size_t n = limit;
  while (n > 0 && (Byte((*s)[n]) & 0xC0) == 0x80) --n;
  s->resize(n);
}

std::string Join(const std::vector<std::string_view>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < words.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    out.append(words[i]);
  }
  return out;
}

// Title words of signature blocks beyond the shared kTitleWords, each between
// spaces. The two readers' lists have always differed (powers of attorney add
// "associate" and "legal" instead), and a word on a title list ends or rejects
// a name, so merging them would change which names either reader takes; the
// extras stay here to keep that difference visible.
constexpr std::string_view kSignatureTitleWords =
    " authorised atty-in-fact non-executive signatory representative administrator agent"
    " individually owner co-chairman co-chief first second its executor ";

// Words that begin a title ("Senior Vice President", "Director") and so end
// a name written before it on the same line.
bool IsTitleWord(std::string_view word) {
  if (InWordList(word, kTitleWords) || InWordList(word, kSignatureTitleWords)) return true;
  const std::string_view core = Core(word);
  return !core.empty() && core.size() <= 20 && ascii::StartsWithIgnoreCase(core, "attorney-in");
}

constexpr std::array<std::string_view, 20> kParticles = {
    "de", "da", "di",  "del", "della", "der", "den", "van", "von", "la",
    "le", "du", "dos", "das", "bin",   "al",  "y",   "of",  "and", "&"};

// Suffixes that do not identify a person ("Jr.") or that end a firm's name.
constexpr std::array<std::string_view, 29> kNameSuffixes = {
    "jr",   "sr",   "ii",   "iii", "iv",    "v",       "esq",   "md",  "m.d", "phd",
    "ph.d", "cpa",  "cpas", "llp", "l.l.p", "llc",     "l.l.c", "lp",  "l.p", "pc",
    "p.c",  "pllc", "co",   "inc", "ltd",   "limited", "kcmg",  "cbe", "obe"};

bool IsNameSuffix(std::string_view word) { return InSet(Core(word), kNameSuffixes); }

// A firm rather than a person: auditors, banks, law firms.
bool IsFirm(std::string_view name) {
  const std::vector<std::string_view> words = Words(name);
  if (words.empty()) return false;
  constexpr std::array<std::string_view, 16> kFirmEnds = {
      "llp",  "l.l.p", "llc", "l.l.c", "lp",  "l.p", "pc",   "p.c",
      "pllc", "cpas",  "co",  "inc",   "ltd", "plc", "gmbh", "accountants"};
  return InSet(Core(words.back()), kFirmEnds) || name.find(" & ") != kNone;
}

// ---------------------------------------------------------------------------
// Dates

struct DateSpan {
  size_t begin = 0;
  size_t end = 0;
  std::string iso;
};

size_t SkipBlanksBack(std::string_view text, size_t p) {
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
  return p;
}

// Start of the run of letters ending at `end`, or kNone.
size_t WordBefore(std::string_view text, size_t end) {
  size_t p = end;
  while (p > 0 && ascii::IsAlpha(text[p - 1])) --p;
  return p < end ? p : kNone;
}

// Start of a day number (1-2 digits, perhaps "4th") ending at `end`, or kNone.
size_t DayBefore(std::string_view text, size_t end, int* day) {
  size_t p = end;
  if (p >= 2 && ascii::IsAlpha(text[p - 1]) && ascii::IsAlpha(text[p - 2])) {
    const std::string_view suffix = text.substr(p - 2, 2);
    if (!ascii::EqualsIgnoreCase(suffix, "st") && !ascii::EqualsIgnoreCase(suffix, "nd") &&
        !ascii::EqualsIgnoreCase(suffix, "rd") && !ascii::EqualsIgnoreCase(suffix, "th")) {
      return kNone;
    }
    p -= 2;
  }
  size_t q = p;
  while (q > 0 && p - q < 3 && ascii::IsDigit(text[q - 1])) --q;
  if (q == p || p - q > 2 || (q > 0 && ascii::IsAlnum(text[q - 1]))) return kNone;
  *day = 0;
  for (size_t i = q; i < p; ++i) *day = *day * 10 + (text[i] - '0');
  return q;
}

// "March 9, 1998" written any way it is written ("9 March 1998", "9th day of
// March 1998") is checked by FindWrittenDate in its one spelling.
std::string WrittenDate(std::string_view month, int day, std::string_view year) {
  std::string canonical(month);
  canonical += ' ';
  canonical += std::to_string(day);
  canonical += ", ";
  canonical.append(year);
  return FindWrittenDate(canonical);
}

// The dates in `text`, in order: "Month D, YYYY", "Month D YYYY",
// "D Month YYYY", "Dth day of Month, YYYY", "YYYY-MM-DD", "MM/DD/YYYY".
// Anchored on four-digit years, so one forward pass.
std::vector<DateSpan> FindDates(std::string_view text) {
  std::vector<DateSpan> found;
  size_t i = 0;
  while (i < text.size()) {
    if (!ascii::IsDigit(text[i]) || (i > 0 && ascii::IsAlnum(text[i - 1]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && ascii::IsDigit(text[j])) ++j;
    if (j - i != 4 || (j < text.size() && ascii::IsAlnum(text[j]))) {
      i = j;
      continue;
    }
    const std::string_view year = text.substr(i, 4);
    // YYYY-MM-DD
    if (j + 6 <= text.size() && text[j] == '-' &&
        (j + 6 == text.size() || !ascii::IsAlnum(text[j + 6]))) {
      if (std::optional<std::string> iso = dates::IsoDate(text.substr(i, 10))) {
        found.push_back({i, i + 10, *iso});
        i += 10;
        continue;
      }
    }
    // MM/DD/YYYY
    if (i >= 4 && text[i - 1] == '/') {
      int day = 0;
      const size_t d = DayBefore(text, i - 1, &day);
      if (d != kNone && d >= 2 && text[d - 1] == '/') {
        int month = 0;
        const size_t m = DayBefore(text, d - 1, &month);
        const int y =
            (year[0] - '0') * 1000 + (year[1] - '0') * 100 + (year[2] - '0') * 10 + (year[3] - '0');
        if (m != kNone && dates::IsValidDate(y, month, day)) {
          found.push_back({m, j, dates::FormatIsoDate(y, month, day)});
          i = j;
          continue;
        }
      }
    }
    size_t p = SkipBlanksBack(text, i);
    if (p > 0 && text[p - 1] == ',') p = SkipBlanksBack(text, p - 1);
    if (p < i) {
      int day = 0;
      std::string iso;
      size_t begin = kNone;
      if (const size_t day_start = DayBefore(text, p, &day); day_start != kNone) {
        // Month D, YYYY
        const size_t month_end = SkipBlanksBack(text, day_start);
        // "Dec. 20, 1996": FindWrittenDate knows the abbreviations.
        const size_t word_end =
            month_end > 0 && text[month_end - 1] == '.' ? month_end - 1 : month_end;
        const size_t month = month_end < day_start ? WordBefore(text, word_end) : kNone;
        if (month != kNone) {
          iso = WrittenDate(text.substr(month, month_end - month), day, year);
          begin = month;
        }
      } else if (const size_t month = WordBefore(text, p); month != kNone) {
        const std::string_view month_name = text.substr(month, p - month);
        const size_t q = SkipBlanksBack(text, month);
        size_t d = kNone;
        if (q < month) {
          const size_t of = WordBefore(text, q);
          if (of != kNone && ascii::EqualsIgnoreCase(text.substr(of, q - of), "of")) {
            // Dth day of Month
            const size_t r = SkipBlanksBack(text, of);
            const size_t day_word = r < of ? WordBefore(text, r) : kNone;
            if (day_word != kNone &&
                ascii::EqualsIgnoreCase(text.substr(day_word, r - day_word), "day")) {
              d = DayBefore(text, SkipBlanksBack(text, day_word), &day);
            }
          } else if (of == kNone) {
            d = DayBefore(text, q, &day);  // D Month YYYY
          }
        }
        if (d != kNone) {
          iso = WrittenDate(month_name, day, year);
          begin = d;
        }
      }
      if (!iso.empty()) found.push_back({begin, j, std::move(iso)});
    }
    i = j;
  }
  return found;
}

std::string_view StripDateLabel(std::string_view cell) {
  for (std::string_view label : {"dated:", "date:", "dated", "date", "executed on", "signed on"}) {
    if (ascii::StartsWithIgnoreCase(cell, label) &&
        (label.back() == ':' || cell.size() == label.size() || cell[label.size()] == ' ')) {
      return ascii::Trim(cell.substr(label.size()));
    }
  }
  return cell;
}

// The date a cell is ("March 9, 1998", "Date: March 9, 1998", "as of May 1,
// 2014."), or empty.
std::string CellDate(std::string_view cell) {
  const std::string_view rest = TrimSet(StripDateLabel(cell), " .,;:");
  if (rest.empty() || rest.size() > 48) return {};
  if (rest.size() >= 6 && rest.size() <= 8) {
    // "02/09/15"
    int day = 0;
    int month = 0;
    const size_t d = DayBefore(rest, rest.size() - 3, &day);
    const size_t m =
        d != kNone && d > 0 && rest[d - 1] == '/' ? DayBefore(rest, d - 1, &month) : kNone;
    if (m == 0 && rest[rest.size() - 3] == '/' && ascii::IsDigit(rest[rest.size() - 2]) &&
        ascii::IsDigit(rest.back())) {
      const int yy = (rest[rest.size() - 2] - '0') * 10 + (rest.back() - '0');
      const int year = yy < 50 ? 2000 + yy : 1900 + yy;
      if (dates::IsValidDate(year, month, day)) return dates::FormatIsoDate(year, month, day);
    }
  }
  std::vector<DateSpan> found = FindDates(rest);
  if (found.size() != 1) return {};
  const std::string_view before = ascii::Trim(rest.substr(0, found[0].begin));
  const std::string_view after = TrimSet(rest.substr(found[0].end), " .,;:");
  if (!after.empty()) return {};
  if (!before.empty() && !ascii::EqualsIgnoreCase(before, "as of") &&
      !ascii::EqualsIgnoreCase(before, "on") && !ascii::EqualsIgnoreCase(before, "this")) {
    return {};
  }
  return found[0].iso;
}

// A date that ends `text` ("... (Principal Financial Officer) February 27,
// 2009"), with where it begins.
std::optional<DateSpan> TrailingDate(std::string_view text) {
  std::vector<DateSpan> found = FindDates(text);
  if (found.empty() || found.back().begin == 0) return std::nullopt;
  if (!TrimSet(text.substr(found.back().end), " .,;:").empty()) return std::nullopt;
  return std::move(found.back());
}

// ---------------------------------------------------------------------------
// Names and titles

struct NameSplit {
  std::string name;
  std::string rest;  // what follows the name: usually the title
};

// Splits "D. Bruce Sewell Senior Vice President, General Counsel" at the
// first word that is not part of a name: a title word, a lower-case word, a
// word with digits or a parenthesis.
NameSplit SplitName(std::string_view text) {
  const std::vector<std::string_view> words = Words(text);
  size_t first = 0;
  while (first < words.size() && IsHonorific(words[first])) ++first;
  size_t end = first;
  for (; end < words.size() && end - first < kMaxNameWords; ++end) {
    const std::string_view word = words[end];
    const std::string_view core = Core(word);
    if (word.back() == ':' || HasDigit(core)) break;
    if (word.front() == '(') {
      // "Jingqiu (Joseph) Mei": a name's nickname, not "(Principal ...)".
      if (end > first && word.back() == ')' && !core.empty() && ascii::IsUpper(core.front()) &&
          !IsTitleWord(core)) {
        continue;
      }
      break;
    }
    if (ascii::EqualsIgnoreCase(core, "company") && end + 1 < words.size() &&
        ascii::EqualsIgnoreCase(Core(words[end + 1]), "secretary")) {
      break;  // "Company Secretary"
    }
    if (core.empty()) {
      if (word == "&") continue;
      break;
    }
    if (InSet(core, kParticles)) continue;
    if (IsTitleWord(core)) break;
    const char lead = core.front();
    if (!ascii::IsUpper(lead) && Byte(lead) < 0x80) break;
    if (word.find('/') != kNone) break;
  }
  // A name ends on a name word, not "and" or "of".
  size_t last = end;
  while (last > first && InSet(Core(words[last - 1]), kParticles)) --last;
  NameSplit split;
  split.name = std::string(TrimSet(Join(words, first, last), " ,;:*-"));
  split.rest = std::string(TrimSet(Join(words, last, words.size()), " ,;:-"));
  return split;
}

// "JONAH SHACKNAI Jonah Shacknai" (the signature, then the printed name) and
// "William E. Shea William E. Shea" -> the printed name.
std::string DedupeName(const std::string& name) {
  const std::vector<std::string_view> words = Words(name);
  const size_t n = words.size();
  // The same words twice ("John O'Keefe JOHN O'KEEFE VERDISYS, INC"): the
  // mixed-case copy, and nothing after it.
  for (size_t k = n / 2; k >= 2; --k) {
    bool same = true;
    for (size_t i = 0; i < k && same; ++i) {
      same = ascii::EqualsIgnoreCase(Core(words[i]), Core(words[k + i]));
    }
    if (!same) continue;
    bool first_lower = false;
    for (size_t i = 0; i < k; ++i) first_lower = first_lower || HasLower(words[i]);
    return first_lower && !HasLower(words[k]) ? Join(words, 0, k) : Join(words, k, 2 * k);
  }
  size_t caps = 0;
  bool long_word = false;
  while (caps < n && HasAlpha(words[caps]) && !HasLower(words[caps])) {
    long_word = long_word || Core(words[caps]).size() >= 2;
    ++caps;
  }
  if (caps >= 2 && caps < n && long_word && HasLower(words[caps])) return Join(words, caps, n);
  return name;
}

// The word that identifies a person: the last one that is not a suffix.
std::string LastNameKey(std::string_view name) {
  const std::vector<std::string_view> words = Words(name);
  for (size_t i = words.size(); i-- > 0;) {
    if (!IsNameSuffix(words[i]) && !Core(words[i]).empty()) {
      return ascii::ToLowerCopy(Core(words[i]));
    }
  }
  return {};
}

bool IsNameLike(std::string_view text);

// Whether `line` starts with the name signed as `signed_name` ("Herbert
// Glaubman, President" under "/s/ Herb Glaubman").
bool NamesSamePerson(std::string_view line, std::string_view signed_name) {
  const std::string key = LastNameKey(signed_name);
  if (key.empty()) return false;
  const std::vector<std::string_view> words = Words(line);
  const std::vector<std::string_view> signed_words = Words(signed_name);
  if (!words.empty() && !signed_words.empty() && Core(words[0]).size() > 2 &&
      ascii::EqualsIgnoreCase(Core(words[0]), Core(signed_words[0])) && IsNameLike(line)) {
    return true;  // "/s/ Matthew R. Colher" over "Matthew R. Cohler"
  }
  for (size_t i = 0; i < words.size() && i < kMaxNameWords; ++i) {
    if (ascii::EqualsIgnoreCase(Core(words[i]), key)) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 30> kCompanyEnds = {
    "inc",   "incorporated", "corp",       "corporation", "company",  "co",   "llc",   "l.l.c",
    "lp",    "l.p",          "ltd",        "limited",     "plc",      "n.v",  "s.a",   "ag",
    "se",    "trust",        "fund",       "bancorp",     "holdings", "llp",  "l.l.p", "partners",
    "group", "association",  "bancshares", "n.a",         "gmbh",     "s.a.b"};

// "Askeladden Capital Management, LLC", "Fund, Inc.": a word that ends a
// company's name, after its first word.
bool HasCompanyEnd(std::string_view text) {
  const std::vector<std::string_view> words = Words(text);
  for (size_t i = 1; i < words.size(); ++i) {
    if (InSet(Core(words[i]), kCompanyEnds)) return true;
  }
  return false;
}

// Two to eight capitalised words with no digits and no title words.
bool IsNameLike(std::string_view text) {
  if (text.size() > 80 || text.find(':') != kNone || !HasAlpha(text)) return false;
  const std::vector<std::string_view> words = Words(text);
  if (words.size() < 2 || words.size() > 8 || InSet(Core(words[0]), kParticles) ||
      HasCompanyEnd(text)) {
    return false;
  }
  for (std::string_view word : words) {
    const std::string_view core = Core(word);
    if (core.empty() || HasDigit(core) || IsTitleWord(core)) return false;
    if (InSet(core, kParticles)) continue;
    if (!ascii::IsUpper(core.front()) && Byte(core.front()) < 0x80) return false;
  }
  return true;
}

bool StartsWithTitleWord(std::string_view text) {
  const std::vector<std::string_view> words = Words(text);
  return !words.empty() && (IsTitleWord(words[0]) || words[0].front() == '(');
}

bool HasTitleWord(std::string_view text) {
  for (std::string_view word : Words(text)) {
    if (IsTitleWord(word) && ascii::IsUpper(Core(word).empty() ? 'x' : Core(word).front())) {
      return true;
    }
  }
  return false;
}

constexpr std::array<std::string_view, 7> kAttorneyMarks = {
    "attorney-in-fact", "attorney in fact", "attorney-in- fact", "attorney-in fact",
    "atty-in-fact",     "atty. in fact",    "power of attorney"};

size_t FindAttorneyMark(std::string_view text, size_t* length) {
  size_t best = kNone;
  for (std::string_view mark : kAttorneyMarks) {
    const size_t at = ascii::FindIgnoreCase(text, mark);
    if (at < best) {
      best = at;
      *length = mark.size();
    }
  }
  return best;
}

// "Attorney-in-fact", "as Attorney-in-Fact": a title that says only that
// the signer signed for someone else.
bool IsAttorneyTitle(std::string_view title) {
  std::string_view t = TrimSet(title, " ,.;:*");
  if (ascii::StartsWithIgnoreCase(t, "as ")) t.remove_prefix(3);
  size_t length = 0;
  const size_t at = FindAttorneyMark(t, &length);
  if (at != 0) return false;
  const std::string_view rest = TrimSet(t.substr(length), " ,.;:*");
  return rest.empty() || ascii::StartsWithIgnoreCase(rest, "for ");
}

// "Jane Doe, as" -> "Jane Doe": the words that join a signer to "attorney-in-fact".
std::string_view StripConnectors(std::string_view text) {
  constexpr std::array<std::string_view, 9> kConnectors = {
      " as", " by", " pursuant to", " under", " acting as", " his", " her", " its", " the"};
  bool changed = true;
  while (changed) {
    changed = false;
    text = TrimRightSet(text, " ,;:-");
    for (std::string_view connector : kConnectors) {
      if (text.size() >= connector.size() &&
          ascii::EqualsIgnoreCase(text.substr(text.size() - connector.size()), connector)) {
        text.remove_suffix(connector.size());
        changed = true;
      }
    }
  }
  return text;
}

// Who an attorney-in-fact signed for: "for Roelof F. Botha", "For: Elon Musk".
std::string Principal(std::string_view after_mark) {
  std::string_view t = TrimSet(after_mark, " ,;-");
  if (ascii::StartsWithIgnoreCase(t, "for:")) {
    t.remove_prefix(4);
  } else if (ascii::StartsWithIgnoreCase(t, "for ")) {
    t.remove_prefix(4);
  } else if (ascii::StartsWithIgnoreCase(t, "on behalf of ")) {
    t.remove_prefix(13);
  } else {
    return {};
  }
  t = ascii::Trim(t);
  if (ascii::StartsWithIgnoreCase(t, "the ")) t.remove_prefix(4);
  std::string name = SplitName(t).name;
  for (std::string_view nobody : {"reporting person", "undersigned", "reporting persons"}) {
    if (ascii::EqualsIgnoreCase(name, nobody)) return {};
  }
  return name;
}

// ---------------------------------------------------------------------------
// Companies and the shape of lines

constexpr std::array<std::string_view, 14> kNotCompanies = {
    "signatures",    "signature",      "exhibit index",  "index to exhibits", "registrant",
    "date",          "name",           "title",          "table of contents", "power of attorney",
    "certification", "certifications", "signature page", "exhibits"};

// The company a line names ("APPLE INC. (Registrant)", "By: HarbourVest
// Partners, LLC Its General Partner" -> "HarbourVest Partners, LLC"), or
// empty. All-capital lines without title words count too ("MORGAN STANLEY").
std::string CompanyIn(std::string_view cell) {
  std::string_view t = ascii::Trim(cell);
  if (ascii::StartsWithIgnoreCase(t, "by:")) t = ascii::Trim(t.substr(3));
  for (std::string_view label : {"(registrant)", "registrant"}) {
    if (t.size() > label.size() &&
        ascii::EqualsIgnoreCase(t.substr(t.size() - label.size()), label)) {
      t = ascii::Trim(t.substr(0, t.size() - label.size()));
    }
  }
  t = TrimRightSet(t, " ,;");
  if (t.size() < 3 || t.size() > 120 || t.back() == ':' || !HasAlpha(t)) return {};
  if (ascii::FindIgnoreCase(t, "/s/") != kNone || InSet(t, kNotCompanies) ||
      ascii::StartsWithIgnoreCase(t, "signature") ||
      ascii::FindIgnoreCase(t, "reporting person") != kNone) {
    return {};
  }
  const std::vector<std::string_view> words = Words(t);
  // Cut at "as" / "Its" ("DB COMMODITY SERVICES LLC, as Managing Owner").
  size_t end = words.size();
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string_view core = Core(words[i]);
    if (ascii::EqualsIgnoreCase(core, "as") || ascii::EqualsIgnoreCase(core, "its") ||
        core == "a" ||  // "..., L.L.C., a Delaware Limited Liability Company"
        ascii::EqualsIgnoreCase(core, "on") || ascii::EqualsIgnoreCase(core, "by")) {
      end = i;
      break;
    }
  }
  size_t last_end = 0;
  for (size_t i = 0; i < end; ++i) {
    if (i > 0 && InSet(Core(words[i]), kCompanyEnds)) last_end = i + 1;
  }
  // A name starts with a capital or a digit and has no other lower-case
  // words than "of", "and", "the" ("financial position of The Coca-Cola
  // Company" is a piece of a sentence).
  const char lead = words.front().front();
  if (!ascii::IsUpper(lead) && !ascii::IsDigit(lead) && Byte(lead) < 0x80) return {};
  for (size_t i = 0; i < last_end; ++i) {
    const std::string_view core = Core(words[i]);
    if (!core.empty() && ascii::IsLower(core.front()) && !InSet(core, kParticles) &&
        !ascii::EqualsIgnoreCase(core, "the") && !ascii::EqualsIgnoreCase(core, "for")) {
      return {};
    }
  }
  if (last_end > 0) return std::string(TrimRightSet(Join(words, 0, last_end), " ,;"));
  if (HasLower(t) || HasTitleWord(t) || words.size() > 8 || HasDigit(t)) return {};
  // "STEVEN P. JOBS" is a person.
  for (std::string_view word : words) {
    if (Core(word).size() == 1) return {};
  }
  size_t letters = 0;
  for (char c : t) letters += ascii::IsAlpha(c) ? 1u : 0u;
  if (letters < 4) return {};
  return std::string(t);
}

bool IsRule(std::string_view cell) {
  size_t marks = 0;
  for (char c : cell) {
    if (c == '-' || c == '_' || c == '=') {
      ++marks;
    } else if (c != ' ') {
      return false;
    }
  }
  return marks >= 3;
}

constexpr std::array<std::string_view, 27> kProseStarts = {"pursuant",
                                                           "know all",
                                                           "in witness",
                                                           "the undersigned",
                                                           "after reasonable",
                                                           "after due",
                                                           "i, ",
                                                           "signatures",
                                                           "table of contents",
                                                           "exhibit",
                                                           "index",
                                                           "power of attorney",
                                                           "certification",
                                                           "cc:",
                                                           "enclosure",
                                                           "schedule",
                                                           "item ",
                                                           "part ",
                                                           "report of",
                                                           "notes to",
                                                           "very truly",
                                                           "sincerely",
                                                           "annex",
                                                           "appendix",
                                                           "attachment",
                                                           "the registrant",
                                                           "in accordance with"};

constexpr std::array<std::string_view, 38> kFunctionWords = {
    "to",    "has",  "have",  "been",   "this",   "that",      "be",          "is",
    "are",   "was",  "were",  "behalf", "hereby", "hereto",    "which",       "will",
    "shall", "with", "we",    "our",    "duly",   "following", "undersigned", "pursuant",
    "from",  "it",   "would", "may",    "not",    "such",      "these",       "those",
    "if",    "any",  "all",   "each",   "whose",  "herein"};

// A sentence, not a name, title or date.
bool IsProse(std::string_view cell) {
  if (cell.size() > 300) return true;
  for (std::string_view start : kProseStarts) {
    if (ascii::StartsWithIgnoreCase(cell, start)) return true;
  }
  const std::vector<std::string_view> words = Words(cell);
  size_t hits = 0;
  for (std::string_view word : words) hits += InSet(Core(word), kFunctionWords) ? 1u : 0u;
  return (hits >= 2 && words.size() >= 6) || (words.size() >= 14 && cell.back() == '.');
}

// "-2-", "21", "II-3", "(27)", "Page 5 of 5".
bool IsPageMarker(std::string_view cell) {
  if (ascii::StartsWithIgnoreCase(cell, "page ") && cell.size() < 40) return true;
  return cell.size() <= 14 && HasDigit(cell) && !HasLower(cell) && cell.find('/') == kNone &&
         cell.find(',') == kNone;
}

constexpr std::array<std::string_view, 16> kHeaderWords = {
    "name",       "title",  "date",           "signature",          "signatures", "capacity",
    "capacities", "signer", "name and title", "title(s)",           "position",   "name/title",
    "dated",      "titles", "names",          "signature and title"};

// Labels printed under (or over) a signature line: "Signature", "Print Name".
constexpr std::array<std::string_view, 16> kLabels = {"signature",
                                                      "print name",
                                                      "printed name",
                                                      "type or print name",
                                                      "name",
                                                      "title",
                                                      "name and title",
                                                      "date",
                                                      "signature of reporting person",
                                                      "its",
                                                      "by",
                                                      "name & title",
                                                      "capacity",
                                                      "witness",
                                                      "title/capacity",
                                                      "authorized signature"};

bool IsLabel(std::string_view cell) { return InSet(TrimSet(cell, " ():"), kLabels); }

bool IsRegistrantLabel(std::string_view cell) {
  return ascii::EqualsIgnoreCase(TrimSet(cell, " ()"), "registrant");
}

// "Atlanta, Georgia" under an auditor's signature.
bool IsPlace(std::string_view cell) {
  const size_t comma = cell.rfind(',');
  if (comma == kNone || HasDigit(cell)) return false;
  const std::string_view last = ascii::Trim(cell.substr(comma + 1));
  return !StateCode(TrimSet(last, " .")).empty() || ascii::EqualsIgnoreCase(last, "Canada") ||
         ascii::EqualsIgnoreCase(last, "United Kingdom") ||
         ascii::EqualsIgnoreCase(last, "England");
}

// "99.1", "10.8.2", "101.INS": the first cell of an exhibit index row.
bool IsExhibitNumber(std::string_view cell) {
  if (cell.empty() || cell.size() > 10 || !ascii::IsDigit(cell.front())) return false;
  return std::all_of(cell.begin(), cell.end(), [](char c) {
    return ascii::IsAlnum(c) || c == '.' || c == '*' || c == '(' || c == ')' || c == '-';
  });
}

// ---------------------------------------------------------------------------
// Lines and cells

struct Line {
  size_t begin = 0;  // offset of its first byte in the text
  size_t next = 0;   // offset of the line after it (past the end for the last)
  std::string_view text;
};

Line LineAt(std::string_view text, size_t begin) {
  Line line;
  line.begin = begin;
  size_t end = text.find('\n', begin);
  if (end == kNone) {
    end = text.size();
    line.next = text.size() + 1;
  } else {
    line.next = end + 1;
  }
  line.text = text.substr(begin, end - begin);
  if (!line.text.empty() && line.text.back() == '\r') line.text.remove_suffix(1);
  return line;
}

std::optional<Line> NextLine(std::string_view text, const Line& line) {
  if (line.next >= text.size()) return std::nullopt;
  return LineAt(text, line.next);
}

std::optional<Line> PrevLine(std::string_view text, const Line& line) {
  if (line.begin == 0) return std::nullopt;
  const size_t end = line.begin - 1;  // its line break
  const size_t before = end == 0 ? kNone : text.rfind('\n', end - 1);
  return LineAt(text, before == kNone ? 0 : before + 1);
}

struct Cell {
  size_t column = 0;  // byte offset in the line of its first character
  size_t end = 0;     // byte offset after its last character
  std::string text;   // white space folded
};

bool HasCellBars(std::string_view line) {
  return line.find(" | ") != kNone || line.starts_with("| ");
}

// A label cell is read with the cell after it: "By: | /s/ Jane Doe",
// "/s/         Alan H. Foster", "Date: | March 4, 2019".
bool IsLabelCell(std::string_view text) {
  if (ascii::EqualsIgnoreCase(text, "/s/") || ascii::EqualsIgnoreCase(text, "by")) return true;
  return text.size() >= 2 && text.size() <= 16 && text.back() == ':' && !HasDigit(text);
}

// Cells of line[from, to): HTML table cells (" | ") or, in legacy text,
// text separated by three or more blanks or a tab.
std::vector<Cell> SplitCells(std::string_view line, size_t from, size_t to) {
  const std::string_view part = line.substr(from, to - from);
  std::vector<Cell> cells;
  auto emit = [&](size_t begin, size_t end) {
    while (begin < end && (part[begin] == ' ' || part[begin] == '\t')) ++begin;
    while (end > begin && (part[end - 1] == ' ' || part[end - 1] == '\t')) --end;
    // "- --------------------------  Director": a signature line, then a title.
    size_t r = begin;
    size_t rule_chars = 0;
    while (r < end && (part[r] == '-' || part[r] == '_' || part[r] == '=' || part[r] == ' ')) {
      rule_chars += part[r] == ' ' ? 0u : 1u;
      ++r;
    }
    if (rule_chars >= 3 && r < end && part[r - 1] == ' ') {
      size_t rule_end = r;
      while (rule_end > begin && part[rule_end - 1] == ' ') --rule_end;
      cells.push_back({from + begin, from + rule_end, Fold(part.substr(begin, rule_end - begin))});
      begin = r;
    }
    std::string folded = Fold(part.substr(begin, end - begin));
    if (!folded.empty()) cells.push_back({from + begin, from + end, std::move(folded)});
  };
  size_t start = 0;
  if (HasCellBars(part)) {
    for (size_t i = 0; i <= part.size(); ++i) {
      if (i == part.size() || part[i] == '|') {
        emit(start, i);
        start = i + 1;
      }
    }
  } else {
    size_t i = 0;
    while (i < part.size()) {
      if (part[i] != ' ' && part[i] != '\t') {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < part.size() && (part[j] == ' ' || part[j] == '\t')) ++j;
      if (j - i >= 3 || part[i] == '\t') {
        emit(start, i);
        start = j;
      }
      i = j;
    }
    emit(start, part.size());
  }
  std::vector<Cell> merged;
  merged.reserve(cells.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    if (IsLabelCell(cells[i].text) && i + 1 < cells.size()) {
      Cell cell = std::move(cells[i]);
      cell.text += ' ';
      cell.text += cells[i + 1].text;
      cell.end = cells[i + 1].end;
      merged.push_back(std::move(cell));
      ++i;
    } else {
      merged.push_back(std::move(cells[i]));
    }
  }
  return merged;
}

enum class MarkKind : uint8_t {
  kConformed,    // "/s/ Jane Doe"
  kStar,         // a lone "*" over a name: signed by the attorney-in-fact of a "*By" line
  kStarredName,  // "Jane Doe*": the same, name first
  kStarBy,       // "*By Jane Doe" without "/s/": that attorney-in-fact
  kByAttorney,   // "By: Jane Doe, Power of Attorney For: John Roe" without "/s/"
};

struct Mark {
  MarkKind kind = MarkKind::kConformed;
  size_t at = 0;    // byte offset in the line
  size_t cell = 0;  // index of the cell that holds it
};

struct LineInfo {
  std::vector<Cell> cells;
  std::vector<Mark> marks;
  bool columns = false;  // legacy layout: cells are placed by column
};

// "/s/" that is not part of a path or a word.
bool IsConformedMark(std::string_view line, size_t at) {
  if (at > 0 && (ascii::IsAlnum(line[at - 1]) || line[at - 1] == '/')) return false;
  return at + 3 >= line.size() || line[at + 3] != '/';
}

// "By:" followed closely by "attorney-in-fact" or "power of attorney".
bool IsByAttorney(std::string_view line, size_t at) {
  if (at > 0 && ascii::IsAlnum(line[at - 1])) return false;
  if (line[at] != 'B') return false;
  size_t length = 0;
  const size_t mark = FindAttorneyMark(line.substr(at, 100), &length);
  return mark != kNone;
}

size_t CellAt(const std::vector<Cell>& cells, size_t at) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (cells[i].column <= at && at < std::max(cells[i].end, cells[i].column + 1)) return i;
  }
  for (size_t i = cells.size(); i-- > 0;) {
    if (cells[i].column <= at) return i;
  }
  return 0;
}

// The cells and signature marks of a line. `in_section`: inside a
// signature section, where "*" marks count.
// What Analyze reads of a line: its marks and cells, or, outside a
// signature section, only whether it has a mark (the forward scan).
enum class Reading : uint8_t { kCells, kMarksOnly };

LineInfo Analyze(std::string_view line, bool in_section, Reading reading = Reading::kCells) {
  LineInfo info;
  std::vector<size_t> conformed;
  std::vector<size_t> by_attorney;
  for (size_t at = ascii::FindIgnoreCase(line, "/s/");
       at != kNone && conformed.size() < kMaxMarksPerLine;
       at = ascii::FindIgnoreCase(line, "/s/", at + 3)) {
    if (IsConformedMark(line, at)) conformed.push_back(at);
  }
  if (conformed.empty()) {
    size_t looked = 0;
    for (size_t at = ascii::FindIgnoreCase(line, "by:");
         at != kNone && by_attorney.empty() && looked < 4 * kMaxMarksPerLine;
         at = ascii::FindIgnoreCase(line, "by:", at + 3), ++looked) {
      if (IsByAttorney(line, at)) by_attorney.push_back(at);
    }
  }
  if (reading == Reading::kMarksOnly && !in_section && conformed.empty() && by_attorney.empty()) {
    return info;
  }
  size_t from = 0;
  size_t to = line.size();
  if (line.size() > kMaxLineBytes) {
    if (conformed.empty() && by_attorney.empty()) return info;  // prose
    const size_t first = conformed.empty() ? by_attorney.front() : conformed.front();
    from = first > kMarkWindowBytes ? first - kMarkWindowBytes : 0;
    to = std::min(line.size(), first + kMaxLineBytes);
    while (!conformed.empty() && conformed.back() >= to) conformed.pop_back();
  }
  info.cells = SplitCells(line, from, to);
  const std::string_view trimmed = ascii::TrimLeft(line);
  info.columns = !HasCellBars(line) && (trimmed.size() < line.size() || line.find("   ") != kNone ||
                                        line.find('\t') != kNone);
  for (size_t at : conformed)
    info.marks.push_back({MarkKind::kConformed, at, CellAt(info.cells, at)});
  for (size_t at : by_attorney) {
    info.marks.push_back({MarkKind::kByAttorney, at, CellAt(info.cells, at)});
  }
  if (!in_section || info.cells.empty()) return info;
  // "*By", "* By:", "* | By:": the attorney-in-fact of a section's stars.
  const Cell& first = info.cells.front();
  std::string_view head = first.text;
  if (info.marks.empty() && head.starts_with('*')) {
    std::string_view by = ascii::Trim(TrimSet(head, "*"));
    if (by.empty() && info.cells.size() > 1) by = info.cells[1].text;
    if (ascii::StartsWithIgnoreCase(by, "by:") || ascii::StartsWithIgnoreCase(by, "by ") ||
        ascii::EqualsIgnoreCase(by, "by")) {
      info.marks.push_back({MarkKind::kStarBy, first.column, 0});
      return info;
    }
  }
  const bool conformed_marks = !info.marks.empty();
  for (size_t i = 0; i < info.cells.size() && info.marks.size() < kMaxMarksPerLine; ++i) {
    const std::string_view text = info.cells[i].text;
    if (text == "*" || text == "**" || text == "***") {
      info.marks.push_back({MarkKind::kStar, info.cells[i].column, i});
    } else if (i == 0 && !conformed_marks && text.size() > 2 && text.back() == '*' &&
               text.front() != '*' && IsNameLike(TrimRightSet(text, "*"))) {
      info.marks.push_back({MarkKind::kStarredName, info.cells[i].column, i});
    }
  }
  std::sort(info.marks.begin(), info.marks.end(),
            [](const Mark& a, const Mark& b) { return a.at < b.at; });
  return info;
}

// ---------------------------------------------------------------------------
// Signature blocks

// Where a block's cells are on the lines it spans.
struct Geometry {
  bool columns = false;  // legacy: by column; HTML: by cell index
  size_t begin = 0;      // the block's column [begin, end) (legacy)
  size_t end = 0;
  size_t lo = 0;      // columns owned by the block, between neighbouring marks
  size_t hi = kNone;  //
  size_t cell = 0;    // the mark's cell (HTML)
  size_t marks = 1;   // marks on the mark line
  bool rows = false;  // NAME | TITLE | DATE rows: cells right of the block are its title and date
};

struct Sides {
  std::vector<const Cell*> own;    // the block's column
  std::vector<const Cell*> right;  // its title and date columns (rows)
  std::vector<const Cell*> left;   // beside it ("Dated: ..." to the left of "By: /s/ ...")
};

Sides Classify(const std::vector<Cell>& cells, const Geometry& g) {
  Sides sides;
  if (g.columns) {
    for (const Cell& cell : cells) {
      if (cell.column < g.lo || cell.column >= g.hi) continue;
      if (cell.column < g.end && cell.end > g.begin) {
        sides.own.push_back(&cell);
      } else if (cell.column >= g.end) {
        sides.right.push_back(&cell);
      } else {
        sides.left.push_back(&cell);
      }
    }
  } else if (g.marks > 1) {
    if (g.cell < cells.size()) sides.own.push_back(&cells[g.cell]);
  } else {
    for (size_t i = 0; i < cells.size(); ++i) {
      (g.rows && i > 0 ? sides.right : sides.own).push_back(&cells[i]);
    }
  }
  return sides;
}

struct Block {
  MarkKind kind = MarkKind::kConformed;
  size_t offset = 0;
  std::string signed_name;   // as signed ("/s/ ...")
  std::string printed_name;  // as printed under it
  std::vector<std::string> title;
  bool title_labelled = false;  // from "Title:" / "Its:"
  bool title_inline = false;    // written after the name on the mark line
  std::string date;
  std::string company;
  std::string principal;   // whom an attorney-in-fact signed for
  bool attorney = false;   // the signer signed as attorney-in-fact
  bool star_by = false;    // "*By": signed for the section's starred names
  bool starred = false;    // "Name*" / "*": signed for by the next "*By"
  std::string by;          // set on starred names
  std::string above_date;  // a "Date:" line over the block
  // Names listed over the block, one a line, with their offsets: the people
  // an attorney-in-fact signed for.
  std::vector<std::pair<std::string, size_t>> listed;
  std::string intro_date;  // the date of the sentence introducing its group
  size_t cluster = 0;
  bool emit = true;
};

std::string Signer(const Block& b) {
  return b.printed_name.empty() ? b.signed_name : b.printed_name;
}

std::string JoinedTitle(const Block& b) {
  std::string joined;
  for (const std::string& part : b.title) {
    if (!joined.empty()) joined += ' ';
    joined += part;
  }
  return std::string(TrimSet(Fold(joined), " ,;"));
}

// Reads the text after "/s/" (or "By"): name, perhaps the printed name and
// title after it, an attorney-in-fact's principal, a date.
void ReadSigned(std::string_view raw, Block* b) {
  std::string text = Fold(raw);
  for (char& c : text) c = c == '|' ? ' ' : c;
  text = Fold(text);
  if (std::optional<DateSpan> date = TrailingDate(text)) {
    if (b->date.empty()) b->date = date->iso;
    text.resize(date->begin);
  }
  std::string_view t = TrimRightSet(text, " ,;:-");
  for (std::string_view label : {" date", " dated"}) {
    if (t.size() > label.size() &&
        ascii::EqualsIgnoreCase(t.substr(t.size() - label.size()), label)) {
      t = TrimRightSet(t.substr(0, t.size() - label.size()), " ,;:-");
    }
  }
  size_t length = 0;
  if (const size_t mark = FindAttorneyMark(t, &length); mark != kNone) {
    b->attorney = true;
    b->signed_name = DedupeName(SplitName(StripConnectors(t.substr(0, mark))).name);
    b->principal = Principal(t.substr(mark + length));
    return;
  }
  NameSplit split = SplitName(t);
  b->signed_name = DedupeName(split.name);
  // "/s/ Dr. Ron Robinson Name: Dr. Ron Robinson Title: Chairman" on one line.
  if (const size_t title = ascii::FindIgnoreCase(split.rest, "title:"); title != kNone) {
    b->title.push_back(std::string(ascii::Trim(std::string_view(split.rest).substr(title + 6))));
    b->title_labelled = true;
    return;
  }
  if (!split.rest.empty() && StartsWithTitleWord(split.rest)) {
    b->title.push_back(split.rest);
    b->title_inline = true;
  }
}

// "By: Jane Doe, President" or "Name: Jane Doe Title: President".
void ReadPrinted(std::string_view value, Block* b) {
  std::string_view v = ascii::Trim(value);
  if (const size_t title = ascii::FindIgnoreCase(v, "title:"); title != kNone && title > 0) {
    b->title = {std::string(ascii::Trim(v.substr(title + 6)))};
    b->title_labelled = true;
    v = ascii::Trim(v.substr(0, title));
  }
  if (const size_t slash = v.find('/');
      slash != kNone && StartsWithTitleWord(v.substr(slash + 1))) {
    b->title.push_back(std::string(ascii::Trim(v.substr(slash + 1))));
    v = v.substr(0, slash);
  }
  NameSplit split = SplitName(v);
  if (split.name.empty()) return;
  b->printed_name = DedupeName(split.name);
  if (!split.rest.empty()) b->title.push_back(split.rest);
}

// A value after a label: "Name: Jane Doe" -> "Jane Doe"; empty view if the
// cell does not start with `label`.
std::optional<std::string_view> Labelled(std::string_view cell, std::string_view label) {
  if (label.size() > 1 && label.back() == ':') {
    // "Title : Director"
    const std::string_view bare = label.substr(0, label.size() - 1);
    if (ascii::StartsWithIgnoreCase(cell, bare) && cell.substr(bare.size()).starts_with(" :")) {
      return ascii::Trim(cell.substr(bare.size() + 2));
    }
  }
  if (!ascii::StartsWithIgnoreCase(cell, label)) return std::nullopt;
  if (label.back() != ':' && cell.size() > label.size() && cell[label.size()] != ' ') {
    return std::nullopt;
  }
  return ascii::Trim(cell.substr(label.size()));
}

// Whether a labelled title ("Title: Senior Vice President, Chief") goes on
// to the next line.
bool TitleContinues(std::string_view title) {
  const std::vector<std::string_view> words = Words(title);
  if (words.empty()) return false;
  if (title.back() == ',') return true;
  constexpr std::array<std::string_view, 14> kOpenEnds = {
      "chief",     "vice",   "senior",    "executive", "principal", "managing", "general",
      "assistant", "deputy", "corporate", "and",       "of",        "&",        "the"};
  return InSet(words.back(), kOpenEnds);
}

// One cell of the block's own column below its mark. Returns whether the
// cell is a date and nothing else.
bool TakeOwn(std::string_view cell, Block* b) {
  if (IsRule(cell)) return false;
  for (std::string_view label : {"name/title:", "name and title:"}) {
    if (std::optional<std::string_view> v = Labelled(cell, label)) {
      ReadPrinted(*v, b);
      b->title_labelled = !b->title.empty();
      return false;
    }
  }
  for (std::string_view label :
       {"name:", "print name:", "printed name:", "type or print name:", "name of signatory:"}) {
    if (std::optional<std::string_view> v = Labelled(cell, label)) {
      if (!v->empty()) ReadPrinted(*v, b);
      return false;
    }
  }
  for (std::string_view label : {"title:", "its:", "capacity:", "title/capacity:"}) {
    if (std::optional<std::string_view> v = Labelled(cell, label)) {
      if (!v->empty()) {
        b->title = {std::string(*v)};
        b->title_labelled = true;
      }
      return false;
    }
  }
  if (std::string date = CellDate(cell); !date.empty()) {
    if (b->date.empty()) b->date = std::move(date);
    return true;
  }
  std::string_view text = cell;
  for (std::string_view label : {"date:", "dated:", "date", "dated"}) {
    if (std::optional<std::string_view> v = Labelled(cell, label)) {
      // "Date: March 30, 2021 Brien M. Chase, Senior Vice President"
      std::vector<DateSpan> found = FindDates(*v);
      if (found.empty() || found[0].begin != 0) return false;
      if (b->date.empty()) b->date = found[0].iso;
      text = TrimSet(v->substr(found[0].end), " ,;");
      break;
    }
  }
  for (std::string_view label : {"signature:", "witness:"}) {
    if (Labelled(text, label)) return false;
  }
  if (text.starts_with('*')) {
    // "* | By: Trent W. Walker" under "/s/ Trent W. Walker": an attorney-in-fact.
    const std::string_view rest = ascii::Trim(TrimSet(text, "*"));
    if (std::optional<std::string_view> v = Labelled(rest, "by:")) {
      b->star_by = true;
      b->attorney = true;
      if (b->printed_name.empty()) ReadPrinted(*v, b);
      return false;
    }
  }
  for (std::string_view label : {"by:", "by"}) {
    if (std::optional<std::string_view> v = Labelled(text, label)) {
      size_t length = 0;
      if (FindAttorneyMark(*v, &length) != kNone) {
        Block signer;
        ReadSigned(*v, &signer);
        b->attorney = true;
        if (b->principal.empty()) b->principal = signer.principal;
        if (b->printed_name.empty()) b->printed_name = signer.signed_name;
      } else if (b->printed_name.empty() && !v->empty()) {
        ReadPrinted(*v, b);
      }
      return false;
    }
  }
  if (text.empty() || IsLabel(text)) return false;
  if (std::optional<DateSpan> date = TrailingDate(text)) {
    if (b->date.empty()) b->date = date->iso;
    text = TrimRightSet(text.substr(0, date->begin), " ,;");
    if (text.empty()) return false;
  }
  if (b->printed_name.empty()) {
    // "JR." under "/s/ EDGAR S. WOOLARD,"
    const std::vector<std::string_view> words = Words(text);
    if (words.size() == 1 && IsNameSuffix(words[0]) && !b->signed_name.empty()) {
      b->signed_name += ' ';
      b->signed_name.append(words[0]);
      return false;
    }
  }
  if (IsPlace(text)) return false;
  if (b->printed_name.empty()) {
    NameSplit split = SplitName(text);
    if (const size_t slash = text.find('/');
        slash != kNone && StartsWithTitleWord(text.substr(slash + 1))) {
      // "Christopher O'Hara/Authorized Signatory, Morgan Stanley"
      split.name = SplitName(text.substr(0, slash)).name;
      split.rest = std::string(ascii::Trim(text.substr(slash + 1)));
    }
    const bool same = b->signed_name.empty()
                          ? IsNameLike(split.name)
                          : !split.name.empty() && NamesSamePerson(split.name, b->signed_name);
    if (same) {
      b->printed_name = DedupeName(split.name);
      if (!split.rest.empty()) b->title.push_back(split.rest);
      return false;
    }
  }
  const std::string signer = Signer(*b);
  if (signer.empty() || IsFirm(signer)) return false;  // no title without a person
  if (b->title_labelled) {
    if (!b->title.empty() && TitleContinues(b->title.back())) {
      b->title.push_back(std::string(text));
    } else if (std::string company = CompanyIn(text); !company.empty() && b->company.empty()) {
      b->company = std::move(company);
    }
    return false;
  }
  if (!b->title.empty() && !HasTitleWord(text)) {
    if (std::string company = CompanyIn(text); !company.empty()) {
      if (b->company.empty()) b->company = std::move(company);
      return false;
    }
  }
  // After "/s/ BOB ULRICH Robert J. Ulrich Chairman ..." on one line, only a
  // parenthesis or an unfinished title goes on below it.
  if (b->title_inline && !b->title.empty() && !text.starts_with('(') &&
      !TitleContinues(b->title.back())) {
    return false;
  }
  // An address or a web site under the title (a letterhead's footer).
  if (HasDigit(text) || ascii::FindIgnoreCase(text, ".com") != kNone ||
      ascii::FindIgnoreCase(text, "www.") != kNone) {
    return false;
  }
  if (b->title.size() < kMaxTitleLines) b->title.push_back(std::string(text));
  return false;
}

// The sentence that introduces a group of signatures may date it ("...
// thereunto duly authorized, this 4th day of December 1997."): the last
// date in the paragraph around `prose`.
std::string ParagraphDate(std::string_view text, const Line& prose,
                          const std::vector<Line>& below) {
  auto tail = [](std::string_view s) {
    return s.size() > kMaxLineBytes ? s.substr(s.size() - kMaxLineBytes) : s;
  };
  std::vector<std::string_view> parts;
  std::optional<Line> cur = PrevLine(text, prose);
  for (int n = 0; cur && n < kMaxParagraphLines; ++n) {
    if (cur->text.size() > kMaxLineBytes || ascii::Trim(cur->text).empty()) break;
    parts.push_back(cur->text);
    cur = PrevLine(text, *cur);
  }
  std::reverse(parts.begin(), parts.end());
  parts.push_back(tail(prose.text));
  for (size_t i = below.size(); i-- > 0;) parts.push_back(tail(below[i].text));
  std::string joined;
  for (std::string_view part : parts) {
    joined.append(part);
    joined.push_back(' ');
  }
  // The date the signing is dated by ("on February 27, 2009", "this 4th day
  // of December 1997", "on the 15th day of May, 2025"), not a period ("for
  // the year ended December 31, 2016").
  const std::string folded = Fold(joined);
  const std::vector<DateSpan> found = FindDates(folded);
  for (size_t i = found.size(); i-- > 0;) {
    const size_t end = SkipBlanksBack(folded, found[i].begin);
    const size_t word = WordBefore(folded, end);
    if (word == kNone) continue;
    const std::string_view before = std::string_view(folded).substr(word, end - word);
    for (std::string_view ok : {"on", "this", "the", "dated"}) {
      if (ascii::EqualsIgnoreCase(before, ok)) return found[i].iso;
    }
  }
  return {};
}

bool IsHeaderRow(const std::vector<const Cell*>& cells) {
  if (cells.size() < 2) return false;
  return std::all_of(cells.begin(), cells.end(),
                     [](const Cell* c) { return InSet(TrimSet(c->text, " :"), kHeaderWords); });
}

class SignatureReader {
 public:
  SignatureReader(std::string_view text, int document) : text_(text), document_(document) {}

  std::vector<SignatureRecord> Run();

 private:
  void NoteSection(const Line& line);
  bool InSection(const Line& line) const { return line.begin < section_until_; }
  LineInfo AnalyzeLine(const Line& line) const { return Analyze(line.text, InSection(line)); }
  void ReadBlock(const Line& line, const LineInfo& info, size_t mark_index, size_t consumed_before);
  Geometry MakeGeometry(const Line& line, const LineInfo& info, size_t mark_index) const;
  void ReadMarkLine(const Line& line, const LineInfo& info, const Mark& mark, size_t next_mark_at,
                    const Geometry& g, Block* b) const;
  void ReadAbove(const Line& mark_line, const Geometry& g, size_t consumed_before, Block* b,
                 bool* same_cluster) const;
  size_t ReadBelow(const Line& mark_line, const Geometry& g, Block* b) const;
  size_t ReadDateLine(const Line& blank, Block* b, size_t consumed) const;
  bool BelongsToNext(const Line& line, const std::vector<const Cell*>& own, const Block& b) const;
  bool StopsBlock(const LineInfo& info, const Sides& sides) const;
  void Add(Block b);
  std::vector<SignatureRecord> Finish();

  std::string_view text_;
  int document_ = 0;
  size_t section_until_ = 0;   // a signature section runs to here
  size_t consumed_until_ = 0;  // lines before this belong to blocks already read
  std::vector<Block> blocks_;
  std::vector<size_t> pending_stars_;  // starred names awaiting their "*By" line
  size_t next_cluster_ = 0;
};

void SignatureReader::NoteSection(const Line& line) {
  bool starts = false;
  if (ascii::Trim(line.text).size() <= 40) {
    const std::string folded = Fold(line.text);
    for (std::string_view heading :
         {"signatures", "signature", "signature page", "signatures page", "signatures:"}) {
      starts = starts || ascii::EqualsIgnoreCase(folded, heading);
    }
  }
  if (!starts && line.text.size() <= kMaxLineBytes) {
    starts = ascii::FindIgnoreCase(line.text, "following persons") != kNone ||
             ascii::FindIgnoreCase(line.text, "signed below") != kNone ||
             ascii::FindIgnoreCase(line.text, "in witness whereof") != kNone;
  }
  if (starts) {
    section_until_ = line.begin + kSignatureSectionBytes;
  } else if (line.begin >= section_until_) {
    pending_stars_.clear();
  }
}

Geometry SignatureReader::MakeGeometry(const Line& line, const LineInfo& info,
                                       size_t mark_index) const {
  Geometry g;
  const Mark& mark = info.marks[mark_index];
  g.marks = info.marks.size();
  g.cell = mark.cell;
  // Two marks in one cell (a flattened XML signature list) are not columns.
  bool distinct = true;
  for (size_t i = 0; i + 1 < info.marks.size(); ++i) {
    distinct = distinct && info.marks[i].cell != info.marks[i + 1].cell;
  }
  if (!distinct) g.marks = 1;
  g.columns = info.columns && distinct && mark.cell < info.cells.size();
  if (!g.columns) {
    g.rows = mark.cell + 1 < info.cells.size() && g.marks == 1;
    return g;
  }
  const Cell& cell = info.cells[mark.cell];
  g.begin = cell.column;
  g.end = cell.end;
  if (mark_index > 0) {
    const Cell& left = info.cells[info.marks[mark_index - 1].cell];
    g.lo = (left.end + cell.column) / 2;
  }
  if (mark_index + 1 < info.marks.size()) {
    const Cell& right = info.cells[info.marks[mark_index + 1].cell];
    g.hi = (cell.end + right.column) / 2;
  }
  // A rule under the mark widens the column to the width of the signature line.
  std::optional<Line> below = NextLine(text_, line);
  for (int n = 0; below && n < 3; ++n) {
    if (below->text.size() > kMaxLineBytes) break;
    const std::vector<Cell> cells = SplitCells(below->text, 0, below->text.size());
    if (!cells.empty()) {
      for (const Cell& c : cells) {
        if (c.column >= g.lo && c.column < g.hi && c.column < g.end && c.end > g.begin &&
            IsRule(c.text)) {
          g.begin = std::min(g.begin, c.column);
          g.end = std::max(g.end, c.end);
        }
      }
      // Rows: title or date cells right of the column, on the mark line or the next.
      for (const Cell& c : cells) g.rows = g.rows || (c.column >= g.end && c.column < g.hi);
      break;
    }
    below = NextLine(text_, *below);
  }
  for (const Cell& c : info.cells) {
    bool is_mark = false;
    for (const Mark& m : info.marks) is_mark = is_mark || &info.cells[m.cell] == &c;
    if (!is_mark && c.column >= g.end && c.column < g.hi) g.rows = true;
  }
  return g;
}

void SignatureReader::ReadMarkLine(const Line& line, const LineInfo& info, const Mark& mark,
                                   size_t next_mark_at, const Geometry& g, Block* b) const {
  const Cell* cell = mark.cell < info.cells.size() ? &info.cells[mark.cell] : nullptr;
  const size_t cell_end = cell ? std::min(std::max(cell->end, mark.at), line.text.size()) : 0;
  switch (mark.kind) {
    case MarkKind::kConformed:
    case MarkKind::kByAttorney: {
      const size_t start = mark.at + 3;
      const size_t end = std::min(std::max(cell_end, start), next_mark_at);
      const std::string_view raw = line.text.substr(start, end > start ? end - start : 0);
      ReadSigned(raw, b);
      if (mark.kind == MarkKind::kByAttorney) b->attorney = true;
      // "By /s/ F. William McNabb III*": signed by the attorney-in-fact of
      // the "*By:" line below.
      b->starred = TrimRightSet(raw, " \t").ends_with('*');
      // What precedes the mark in its cell: "By:", "*By:", "Signature:",
      // "1-800-FLOWERS.COM, INC. By:".
      if (cell && cell->column < mark.at) {
        std::string prefix = Fold(line.text.substr(cell->column, mark.at - cell->column));
        for (char& c : prefix) c = c == '|' ? ' ' : c;
        std::string_view p = ascii::Trim(prefix);
        if (p.starts_with('*')) {
          b->star_by = true;
          b->attorney = true;
        }
        p = ascii::Trim(TrimSet(p, "*"));
        for (std::string_view label : {"by:", "by", "signature:", "signed:", "name:"}) {
          if (p.size() >= label.size() &&
              ascii::EqualsIgnoreCase(p.substr(p.size() - label.size()), label) &&
              (p.size() == label.size() || p[p.size() - label.size() - 1] == ' ')) {
            p = ascii::Trim(p.substr(0, p.size() - label.size()));
            break;
          }
        }
        if (p.size() <= 120) {
          if (std::string date = CellDate(p); !date.empty()) {
            if (b->date.empty()) b->date = std::move(date);
          } else if (std::string company = CompanyIn(p); !company.empty()) {
            b->company = std::move(company);
          }
        }
      }
      break;
    }
    case MarkKind::kStarredName:
      if (cell) b->signed_name = std::string(TrimRightSet(cell->text, "*"));
      break;
    case MarkKind::kStarBy: {
      std::string rest;
      for (const Cell& c : info.cells) {
        if (!rest.empty()) rest += ' ';
        rest += c.text;
      }
      std::string_view r = ascii::Trim(TrimSet(rest, "* "));
      r = ascii::Trim(r.substr(std::min<size_t>(2, r.size())));  // "By"
      if (r.starts_with(':')) r.remove_prefix(1);
      ReadSigned(r, b);
      b->star_by = true;
      b->attorney = true;
      return;
    }
    case MarkKind::kStar:
      break;
  }
  // The other cells of the mark line: dates and the company beside the
  // mark, title and date cells after it in a row.
  for (size_t i = 0; i < info.cells.size(); ++i) {
    if (i == mark.cell) continue;
    bool other_mark = false;
    for (const Mark& m : info.marks) other_mark = other_mark || m.cell == i;
    if (other_mark) continue;
    const Cell& c = info.cells[i];
    if (g.columns && (c.column < g.lo || c.column >= g.hi)) continue;
    const bool after = g.columns ? c.column >= g.end : i > mark.cell;
    if (std::string date = CellDate(c.text); !date.empty()) {
      if (b->date.empty()) b->date = std::move(date);
    } else if (after && g.rows) {
      if (std::optional<DateSpan> trailing = TrailingDate(c.text)) {
        if (b->date.empty()) b->date = trailing->iso;
        b->title.push_back(std::string(TrimRightSet(c.text.substr(0, trailing->begin), " ,;")));
      } else if (!IsPageMarker(c.text)) {
        b->title.push_back(c.text);
      }
    } else if (!after) {
      if (std::string company = CompanyIn(c.text); !company.empty() && b->company.empty()) {
        b->company = std::move(company);
      }
    }
  }
}

void SignatureReader::ReadAbove(const Line& mark_line, const Geometry& g, size_t consumed_before,
                                Block* b, bool* same_cluster) const {
  std::vector<Line> walked;  // non-blank lines walked since the last blank, nearest first
  std::string date;
  std::string company;
  bool nearest = true;
  bool past_header = false;
  bool names_run = true;
  std::vector<std::pair<std::string, size_t>> listed;
  std::optional<Line> cur = PrevLine(text_, mark_line);
  for (int n = 0; cur && n < kMaxLinesAbove; ++n, cur = PrevLine(text_, *cur)) {
    const Line& line = *cur;
    if (line.begin < consumed_before) {
      *same_cluster = true;
      break;
    }
    if (line.text.size() > kMaxLineBytes) {
      b->intro_date = ParagraphDate(text_, line, walked);
      break;
    }
    const LineInfo info = AnalyzeLine(line);
    if (!info.marks.empty()) break;
    std::vector<const Cell*> cells;
    for (const Cell& c : info.cells) {
      if (!g.columns || (c.column >= g.lo && c.column < g.hi)) cells.push_back(&c);
    }
    if (cells.empty()) {
      if (info.cells.empty()) walked.clear();
      nearest = false;
      continue;
    }
    if (past_header) {
      bool prose = false;
      for (const Cell* c : cells) prose = prose || IsProse(c->text);
      if (prose) {
        b->intro_date = ParagraphDate(text_, line, walked);
        break;
      }
      walked.push_back(line);
      continue;
    }
    if (IsHeaderRow(cells)) {
      // NAME | TITLE | DATE: the sentence over the table may still date it.
      past_header = true;
      walked.clear();
      continue;
    }
    bool prose = false;
    bool page = false;
    for (const Cell* c : cells) {
      prose = prose || IsProse(c->text) || ascii::EqualsIgnoreCase(c->text, "signature");
      page = page || (IsPageMarker(c->text) && CellDate(c->text).empty());
    }
    if (prose) {
      b->intro_date = ParagraphDate(text_, line, walked);
      break;
    }
    if (page) {  // a page break inside a list of signatures
      nearest = false;
      walked.clear();
      continue;
    }
    walked.push_back(line);
    if (g.rows && g.columns && nearest &&
        std::all_of(cells.begin(), cells.end(),
                    [&g](const Cell* c) { return c->column >= g.end; })) {
      // The first line of a title written beside the name ("Interim Chief
      // Executive" over "/s/ STEVEN P. JOBS   Officer and Director").
      std::vector<std::string> title;
      for (const Cell* c : cells) title.push_back(c->text);
      b->title.insert(b->title.begin(), title.begin(), title.end());
      nearest = false;
      continue;
    }
    nearest = false;
    if (names_run) {
      names_run = std::all_of(cells.begin(), cells.end(),
                              [](const Cell* c) { return IsNameLike(c->text); });
      if (names_run) {
        for (size_t i = cells.size(); i-- > 0;) {
          listed.emplace_back(cells[i]->text, line.begin + cells[i]->column);
        }
      }
    }
    for (const Cell* c : cells) {
      std::string d = CellDate(c->text);
      if (d.empty() && c->text.size() < 100) {
        // "Executed at Cupertino, California on May 1, 2000."
        for (std::string_view start : {"executed", "signed", "dated", "effective", "as of"}) {
          if (!ascii::StartsWithIgnoreCase(c->text, start)) continue;
          std::vector<DateSpan> found = FindDates(c->text);
          if (found.size() == 1) d = std::move(found[0].iso);
          break;
        }
      }
      if (!d.empty()) {
        if (date.empty()) date = std::move(d);
      } else if (!IsRegistrantLabel(c->text)) {
        if (std::string found = CompanyIn(c->text); !found.empty()) company = std::move(found);
      }
    }
  }
  b->above_date = std::move(date);
  if (b->company.empty()) b->company = company;
  std::reverse(listed.begin(), listed.end());
  b->listed = std::move(listed);
}

bool SignatureReader::StopsBlock(const LineInfo& info, const Sides& sides) const {
  std::vector<const Cell*> all = sides.own;
  all.insert(all.end(), sides.right.begin(), sides.right.end());
  if (IsHeaderRow(all)) return true;
  if (info.cells.size() >= 2 && IsExhibitNumber(info.cells.front().text)) return true;
  for (const Cell* c : all) {
    if (IsProse(c->text) || (IsPageMarker(c->text) && CellDate(c->text).empty())) return true;
    if (ascii::EqualsIgnoreCase(c->text, "signatures") || c->text == "Table of Contents") {
      return true;
    }
  }
  // "Directors:" heads the rows that follow.
  return all.size() == 1 && all.front()->text.back() == ':' && !IsLabel(all.front()->text);
}

// A company line, a "By:" line or a "Date:" line that heads the next
// signature, not this one.
bool SignatureReader::BelongsToNext(const Line& line, const std::vector<const Cell*>& own,
                                    const Block& b) const {
  if (own.empty()) return false;
  const std::string_view first = own.front()->text;
  const bool by =
      ascii::StartsWithIgnoreCase(first, "by:") || ascii::StartsWithIgnoreCase(first, "by ");
  const bool labelled_date = ascii::StartsWithIgnoreCase(first, "date") && !CellDate(first).empty();
  const bool company = !CompanyIn(first).empty() && !HasTitleWord(first);
  if (!by && !labelled_date && !company) return false;
  if (NamesSamePerson(first, Signer(b))) return false;
  if (by && (b.printed_name.empty() || Signer(b).empty())) return false;
  std::optional<Line> next = NextLine(text_, line);
  for (int n = 0; next && n < 3; ++n, next = NextLine(text_, *next)) {
    if (next->text.size() > kMaxLineBytes) return false;
    const LineInfo info = AnalyzeLine(*next);
    if (info.cells.empty()) continue;
    if (!info.marks.empty()) return true;
    const std::string_view head = info.cells.front().text;
    return ascii::StartsWithIgnoreCase(head, "by:") || ascii::StartsWithIgnoreCase(head, "by ");
  }
  return false;
}

// A "Date:" line a few blank lines under a block ("Date: September 3,
// 1999" at the left margin) unless it heads the next signature.
size_t SignatureReader::ReadDateLine(const Line& blank, Block* b, size_t consumed) const {
  std::optional<Line> cur = NextLine(text_, blank);
  for (int n = 0; cur && n < 3; ++n, cur = NextLine(text_, *cur)) {
    if (cur->text.size() > kMaxLineBytes) break;
    const LineInfo info = AnalyzeLine(*cur);
    if (info.cells.empty()) continue;
    if (!info.marks.empty() || info.cells.size() != 1) break;
    const std::string& cell = info.cells.front().text;
    std::string date = CellDate(cell);
    if (date.empty() || !ascii::StartsWithIgnoreCase(cell, "date")) break;
    std::vector<const Cell*> own = {&info.cells.front()};
    if (BelongsToNext(*cur, own, *b)) break;
    b->date = std::move(date);
    return cur->next;
  }
  return consumed;
}

size_t SignatureReader::ReadBelow(const Line& mark_line, const Geometry& g, Block* b) const {
  size_t consumed = mark_line.next;
  const int allowed_blanks = g.rows ? 0 : 1;
  int blanks = 0;
  std::optional<Line> cur = NextLine(text_, mark_line);
  for (int n = 0; cur && n < kMaxLinesBelow; ++n, cur = NextLine(text_, *cur)) {
    const Line& line = *cur;
    if (line.text.size() > kMaxLineBytes) break;
    const LineInfo info = AnalyzeLine(line);
    if (!info.marks.empty()) {
      // "Trent W. Walker*" or "* | By: Trent W. Walker" printed under "/s/
      // Trent W. Walker" is this signature, not another one.
      const Mark& m = info.marks.front();
      const bool printed_here = b->kind == MarkKind::kConformed && b->printed_name.empty() &&
                                info.marks.size() == 1 &&
                                (m.kind == MarkKind::kStarBy ||
                                 (m.kind == MarkKind::kStarredName &&
                                  NamesSamePerson(info.cells[m.cell].text, b->signed_name)));
      if (!printed_here) break;
      if (m.kind == MarkKind::kStarBy) {
        b->star_by = true;
        b->attorney = true;
        std::string rest;
        for (const Cell& c : info.cells) rest += c.text + " ";
        std::string_view r = ascii::Trim(TrimSet(rest, "* "));
        if (ascii::StartsWithIgnoreCase(r, "by")) r = ascii::Trim(TrimSet(r.substr(2), ":"));
        ReadPrinted(r, b);
      } else {
        b->printed_name = DedupeName(SplitName(TrimRightSet(info.cells[m.cell].text, "*")).name);
      }
      consumed = line.next;
      blanks = 0;
      continue;
    }
    const Sides sides = Classify(info.cells, g);
    if (!sides.own.empty() &&
        ascii::StartsWithIgnoreCase(sides.own.front()->text, "we have served as")) {
      continue;  // an auditor's tenure, between its signature and its date
    }
    if (sides.own.empty() && sides.right.empty()) {
      bool dated = false;
      for (const Cell* c : sides.left) {
        if (std::string d = CellDate(c->text); !d.empty()) {
          if (b->date.empty()) b->date = std::move(d);
          dated = true;
        }
      }
      if (dated) {
        consumed = line.next;
      } else if (info.cells.empty() && ++blanks > allowed_blanks) {
        if (b->date.empty()) consumed = ReadDateLine(line, b, consumed);
        break;
      }
      continue;
    }
    if (StopsBlock(info, sides) || BelongsToNext(line, sides.own, *b)) break;
    if (!g.rows && !sides.own.empty() && !b->title.empty() && !Signer(*b).empty()) {
      // Names listed under a signature are the next signature's ("MATTHEW R.
      // COHLER" ... over "By: /s/ Steven M. Spurlock, Attorney-in-Fact").
      const std::string_view first = sides.own.front()->text;
      if (IsNameLike(first) && !NamesSamePerson(first, Signer(*b))) {
        std::optional<Line> next = NextLine(text_, line);
        if (next && next->text.size() <= kMaxLineBytes) {
          const LineInfo after = AnalyzeLine(*next);
          if (!after.marks.empty() ||
              (!after.cells.empty() && IsNameLike(after.cells.front().text))) {
            break;
          }
        }
      }
    }
    if (g.rows && !sides.own.empty()) {
      // The next row's name: a person who did not sign, or signed without a mark.
      const std::string signer = Signer(*b);
      const std::string_view first = sides.own.front()->text;
      if (!signer.empty() && IsNameLike(first) && !NamesSamePerson(first, signer)) break;
    }
    blanks = 0;
    bool only_dates = true;
    for (const Cell* c : sides.own) only_dates = TakeOwn(c->text, b) && only_dates;
    for (const Cell* c : sides.right) {
      if (std::string d = CellDate(c->text); !d.empty()) {
        if (b->date.empty()) b->date = std::move(d);
      } else if (std::optional<DateSpan> trailing = TrailingDate(c->text)) {
        if (b->date.empty()) b->date = trailing->iso;
        b->title.push_back(std::string(TrimRightSet(c->text.substr(0, trailing->begin), " ,;")));
      } else if (!IsRule(c->text)) {
        b->title.push_back(c->text);
      }
    }
    for (const Cell* c : sides.left) {
      if (std::string d = CellDate(c->text); !d.empty() && b->date.empty()) b->date = std::move(d);
    }
    consumed = line.next;
    if (only_dates && !g.rows) break;  // a date ends a stacked block
  }
  return consumed;
}

void SignatureReader::ReadBlock(const Line& line, const LineInfo& info, size_t mark_index,
                                size_t consumed_before) {
  const Mark& mark = info.marks[mark_index];
  Block b;
  b.kind = mark.kind;
  b.offset = line.begin + mark.at;
  const Geometry g = MakeGeometry(line, info, mark_index);
  size_t next_mark_at = line.text.size();
  if (mark_index + 1 < info.marks.size()) next_mark_at = info.marks[mark_index + 1].at;
  ReadMarkLine(line, info, mark, next_mark_at, g, &b);
  bool same_cluster = false;
  ReadAbove(line, g, consumed_before, &b, &same_cluster);
  consumed_until_ = std::max({consumed_until_, line.next, ReadBelow(line, g, &b)});
  if (b.date.empty()) b.date = std::move(b.above_date);
  if (!same_cluster || blocks_.empty()) {
    b.cluster = next_cluster_++;
  } else {
    b.cluster = blocks_.back().cluster;
  }
  Add(std::move(b));
}

void SignatureReader::Add(Block b) {
  const std::string title = JoinedTitle(b);
  if (IsAttorneyTitle(title)) b.attorney = true;
  if (b.attorney && (b.star_by || b.principal.empty()) && !pending_stars_.empty()) {
    // "*By: /s/ Carol C. Hayes, Attorney-in-fact": she signed for every
    // starred name above.
    const std::string signer = Signer(b);
    for (size_t index : pending_stars_) blocks_[index].by = signer;
    pending_stars_.clear();
    b.emit = false;
  }
  if (b.emit && b.attorney && b.principal.empty() && IsAttorneyTitle(title) && !b.listed.empty()) {
    // The names listed over "By: /s/ Jane Doe, Attorney-in-Fact" are whom
    // she signed for.
    const std::string signer = Signer(b);
    for (auto& [name, offset] : b.listed) {
      Block principal;
      principal.kind = MarkKind::kStarredName;
      principal.offset = offset;
      principal.signed_name = name;
      principal.by = signer;
      principal.date = b.date;
      principal.cluster = b.cluster;
      if (b.company == name) b.company.clear();
      blocks_.push_back(std::move(principal));
    }
    b.emit = false;
  }
  if (b.kind == MarkKind::kStar || b.kind == MarkKind::kStarredName || b.starred) {
    pending_stars_.push_back(blocks_.size());
  }
  blocks_.push_back(std::move(b));
}

std::string CleanName(std::string_view name) {
  std::string folded = Fold(name);
  std::vector<std::string_view> words = Words(folded);
  size_t first = 0;
  while (first < words.size() && IsHonorific(words[first])) ++first;
  std::string out(TrimSet(Join(words, first, words.size()), " ,;:*-"));
  Truncate(&out, kMaxNameBytes);
  return out;
}

std::vector<SignatureRecord> SignatureReader::Finish() {
  // A group of signatures shares its "Date:" line, the date in the sentence
  // that introduces it, and the company its first block names.
  std::vector<std::string> cluster_date(next_cluster_);
  std::vector<std::string> cluster_intro(next_cluster_);
  for (const Block& b : blocks_) {
    if (cluster_date[b.cluster].empty()) cluster_date[b.cluster] = b.date;
    if (cluster_intro[b.cluster].empty()) cluster_intro[b.cluster] = b.intro_date;
  }
  std::vector<SignatureRecord> records;
  std::string company;
  size_t cluster = kNone;
  for (const Block& b : blocks_) {
    if (b.cluster != cluster) company.clear();
    cluster = b.cluster;
    if (!b.emit) continue;
    SignatureRecord r;
    r.document = document_;
    r.offset = b.offset;
    const std::string signer = CleanName(Signer(b));
    if (b.attorney) {
      r.by = signer;
      r.name = CleanName(b.principal);
    } else {
      r.name = signer;
      r.by = CleanName(b.by);
    }
    if (r.name.empty() && r.by.empty()) continue;
    if (!HasAlpha(r.name) && !HasAlpha(r.by)) continue;
    r.title = JoinedTitle(b);
    Truncate(&r.title, kMaxTitleBytes);
    r.date = !b.date.empty()                    ? b.date
             : !cluster_date[b.cluster].empty() ? cluster_date[b.cluster]
                                                : cluster_intro[b.cluster];
    if (!b.company.empty()) company = b.company;
    // An officer signs for the group's company; a person without a title
    // ("/s/ Carl C. Icahn" after the companies he signed for) for himself.
    if (!IsFirm(signer)) r.company = !b.company.empty() || !r.title.empty() ? company : "";
    Truncate(&r.company, kMaxNameBytes);
    records.push_back(std::move(r));
  }
  return records;
}

std::vector<SignatureRecord> SignatureReader::Run() {
  size_t pos = 0;
  while (pos < text_.size() && blocks_.size() < kMaxSignaturesPerDocument) {
    const Line line = LineAt(text_, pos);
    pos = line.next;
    if (line.text.empty()) continue;
    NoteSection(line);
    const LineInfo info = Analyze(line.text, InSection(line), Reading::kMarksOnly);
    if (info.marks.empty()) continue;
    // "/s/" in an exhibit index row is a description, not a signature.
    if (info.cells.size() >= 2 && info.marks.front().cell > 0 &&
        IsExhibitNumber(info.cells.front().text)) {
      continue;
    }
    const size_t consumed_before = consumed_until_;
    for (size_t i = 0; i < info.marks.size(); ++i) ReadBlock(line, info, i, consumed_before);
    pos = std::max(pos, consumed_until_);
  }
  return Finish();
}

}  // namespace

std::vector<SignatureRecord> ReadSignatures(std::string_view text, int document) {
  return SignatureReader(text, document).Run();
}

}  // namespace edgard::extract
