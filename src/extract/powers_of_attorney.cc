#include "extract/powers_of_attorney.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "extract/cover_page.h"
#include "extract/signatures.h"
#include "extract/words.h"

namespace edgard::extract {
namespace {

constexpr size_t kNone = std::string_view::npos;

// How far after the appointing verb the list of attorneys-in-fact may run.
constexpr size_t kMaxListBytes = 1500;
// How far back from (the "Company") the company's name may start.
constexpr size_t kMaxCompanyBytes = 200;
// Lines read below "as follows:" or "Annex A" for a list of names.
constexpr int kMaxListLines = 40;
constexpr size_t kMaxNameBytes = 80;
constexpr size_t kMaxTitleBytes = 200;
constexpr size_t kMaxEndsBytes = 2000;
constexpr size_t kMaxCompanyNameBytes = 120;

unsigned char Byte(char c) { return static_cast<unsigned char>(c); }

// ---------------------------------------------------------------------------
// Text

// The text with white space folded into single spaces (no-break spaces too),
// and a word broken over two lines at its hyphen ("attorneys-in-\nfact")
// joined again; `at[i]` is the offset in the original text of byte i.
struct Flat {
  std::string s;
  std::vector<size_t> at;

  size_t Offset(size_t i) const { return i < at.size() ? at[i] : at.empty() ? 0 : at.back(); }
};

Flat Fold(std::string_view text) {
  Flat flat;
  flat.s.reserve(text.size());
  flat.at.reserve(text.size() + 1);
  bool pending = false;
  bool newline = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = Byte(text[i]);
    bool space = c <= ' ' || c == 0x7F;
    size_t width = 1;
    if (c == 0xC2 && i + 1 < text.size() && Byte(text[i + 1]) == 0xA0) {
      space = true;
      width = 2;
    }
    if (space) {
      pending = !flat.s.empty();
      newline = newline || c == '\n';
      i += width - 1;
      continue;
    }
    if (pending) {
      const size_t n = flat.s.size();
      const bool broken_word = newline && n >= 2 && flat.s[n - 1] == '-' &&
                               ascii::IsAlpha(flat.s[n - 2]) && ascii::IsLower(text[i]);
      if (!broken_word) {
        flat.s.push_back(' ');
        flat.at.push_back(i);
      }
    }
    pending = false;
    newline = false;
    flat.s.push_back(text[i]);
    flat.at.push_back(i);
  }
  flat.at.push_back(text.size());
  return flat;
}

// Curly quotes as straight ones, so that one spelling finds both.
std::string StraightQuotes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && Byte(s[i]) == 0xE2 && Byte(s[i + 1]) == 0x80) {
      const unsigned char c = Byte(s[i + 2]);
      if (c == 0x9C || c == 0x9D) {
        out.push_back('"');
        i += 2;
        continue;
      }
      if (c == 0x98 || c == 0x99) {
        out.push_back('\'');
        i += 2;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

// Whether `s` has a word (letters bounded by non-letters) at `at`.
bool WordAt(std::string_view s, size_t at, size_t length) {
  return (at == 0 || !ascii::IsAlpha(s[at - 1])) &&
         (at + length >= s.size() || !ascii::IsAlpha(s[at + length]));
}

// The first of `needles` in s[from, to), case-insensitive; kNone if none.
template <size_t N>
size_t FindFirst(std::string_view s, const std::array<std::string_view, N>& needles, size_t from,
                 size_t to, size_t* length = nullptr) {
  size_t best = kNone;
  const std::string_view range = s.substr(0, std::min(to, s.size()));
  for (std::string_view needle : needles) {
    const size_t at = ascii::FindIgnoreCase(range, needle, from);
    if (at != kNone && at < best) {
      best = at;
      if (length != nullptr) *length = needle.size();
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Names and titles

// Title words of powers of attorney beyond the shared kTitleWords, each
// between spaces. See kSignatureTitleWords in signatures.cc for why the two
// readers keep their extras apart.
constexpr std::string_view kAttorneyTitleWords = " associate legal ";

// Words that begin a title and so are not part of a name.
bool IsTitleWord(std::string_view word) {
  return InWordList(word, kTitleWords) || InWordList(word, kAttorneyTitleWords);
}

constexpr std::array<std::string_view, 6> kNameSuffixes = {"jr", "sr", "ii", "iii", "iv", "esq"};

constexpr std::array<std::string_view, 11> kParticles = {"de",  "da",  "di", "del", "van", "von",
                                                         "der", "den", "la", "le",  "du"};

// Words that are never part of a person's name.
constexpr std::array<std::string_view, 30> kNotNameWords = {
    "the",         "inc",      "llc",         "llp",     "lp",         "company",
    "corporation", "corp",     "annex",       "exhibit", "securities", "exchange",
    "commission",  "section",  "form",        "forms",   "each",       "any",
    "all",         "such",     "trust",       "fund",    "act",        "individuals",
    "persons",     "schedule", "undersigned", "capital", "following",  "resubstitution"};

std::string_view DropHonorific(std::string_view s) {
  const size_t space = s.find(' ');
  if (space != kNone && IsHonorific(s.substr(0, space))) {
    return ascii::TrimLeft(s.substr(space + 1));
  }
  return s;
}

// A person's name: two to seven capitalized words ("Judi Irving", "JAMES E.
// CHESTNUT", "Jung Yeon Son", "An-Yen Hu"), none a title word.
bool IsName(std::string_view s) {
  if (s.empty() || s.size() > kMaxNameBytes) return false;
  const std::vector<std::string_view> words = Words(s);
  if (words.size() < 2 || words.size() > 7) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view core = Core(words[i]);
    if (core.empty() || HasDigit(core) || IsTitleWord(core) || InSet(core, kNotNameWords)) {
      return false;
    }
    if (InSet(core, kParticles) && i > 0) continue;
    if (!ascii::IsUpper(core.front())) return false;
    for (char c : core) {
      if (!ascii::IsAlpha(c) && c != '.' && c != '-' && c != '\'') return false;
    }
  }
  return true;
}

bool IsNameSuffix(std::string_view s) { return InSet(Core(s), kNameSuffixes); }

// A title: begins with a title word, perhaps after an article ("a Director").
bool IsTitle(std::string_view s) {
  std::vector<std::string_view> words = Words(s);
  size_t first = 0;
  if (!words.empty() && InSet(Core(words[0]), std::array<std::string_view, 3>{"a", "an", "the"})) {
    first = 1;
  }
  return first < words.size() && IsTitleWord(words[first]) && s.size() <= kMaxTitleBytes;
}

// "Sophie Hubscher of MongoDB" -> "Sophie Hubscher".
std::string_view DropAffiliation(std::string_view s) {
  const size_t of = s.find(" of ");
  if (of != kNone && of + 4 < s.size() && ascii::IsAlpha(s[of + 4])) return s.substr(0, of);
  return s;
}

std::string WithoutParentheses(std::string_view s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth > 0) --depth;
    } else if (depth == 0) {
      out.push_back(c);
    }
  }
  return ascii::CollapseSpace(out);
}

struct Piece {
  std::string_view text;
  std::string_view separator;  // ", " or " and " before it
};

// "A, B and C, Title" -> pieces split at commas, semicolons and " and ".
std::vector<Piece> SplitList(std::string_view list) {
  std::vector<Piece> pieces;
  std::string_view separator = ", ";
  size_t start = 0;
  size_t i = 0;
  auto push = [&](size_t end, std::string_view next) {
    const std::string_view piece = TrimSet(list.substr(start, end - start), " ,;");
    if (!piece.empty()) pieces.push_back({piece, separator});
    separator = next;
  };
  while (i < list.size()) {
    if (list[i] == ',' || list[i] == ';') {
      push(i, ", ");
      start = ++i;
      continue;
    }
    bool split = false;
    for (std::string_view conjunction : {" and/or ", " and ", " or "}) {
      if (ascii::StartsWithIgnoreCase(list.substr(i), conjunction)) {
        push(i, conjunction == " or " ? std::string_view(" or ") : std::string_view(" and "));
        i += conjunction.size();
        start = i;
        split = true;
        break;
      }
    }
    if (!split) ++i;
  }
  push(list.size(), ", ");
  return pieces;
}

std::string TidyTitle(std::string title) {
  for (std::string_view suffix : {" of the Company", " of the Corporation", " of the Registrant"}) {
    if (title.size() > suffix.size() &&
        ascii::EqualsIgnoreCase(std::string_view(title).substr(title.size() - suffix.size()),
                                suffix)) {
      title.resize(title.size() - suffix.size());
    }
  }
  return title;
}

// The attorneys-in-fact of "Judi Irving, Chief Executive Officer, David
// Fractor, Chief Financial Officer, and JoAnn Stover, Corporate Secretary".
std::vector<AttorneyInFact> ReadAttorneyList(std::string_view list_text) {
  const std::string list = WithoutParentheses(list_text);
  std::vector<AttorneyInFact> attorneys;
  bool open = false;  // the last piece was the last attorney's name or title
  for (const Piece& piece : SplitList(list)) {
    if (attorneys.size() >= kMaxAttorneysInFact) break;
    const std::string_view text = DropHonorific(piece.text);
    if (open && IsNameSuffix(text) && attorneys.back().title.empty()) {
      attorneys.back().name += ", ";
      attorneys.back().name.append(text);
    } else if (open && IsTitle(text)) {
      std::string& title = attorneys.back().title;
      if (!title.empty()) title.append(piece.separator);
      title.append(text);
    } else if (IsName(DropAffiliation(text))) {
      attorneys.push_back({std::string(DropAffiliation(text)), {}});
      open = DropAffiliation(text).size() == text.size();
    } else {
      open = false;
    }
  }
  for (AttorneyInFact& attorney : attorneys) attorney.title = TidyTitle(attorney.title);
  return attorneys;
}

// The attorneys-in-fact listed one a line below `from` ("1. Kate DeHoff"),
// in the original text.
std::vector<AttorneyInFact> ReadAttorneyLines(std::string_view text, size_t from) {
  std::vector<AttorneyInFact> attorneys;
  size_t line_start = text.find('\n', from);
  int skipped = 0;
  for (int n = 0; n < kMaxListLines && line_start != kNone && line_start < text.size(); ++n) {
    ++line_start;
    size_t line_end = text.find('\n', line_start);
    if (line_end == kNone) line_end = text.size();
    std::string_view line = ascii::Trim(text.substr(line_start, line_end - line_start));
    line_start = line_end;
    if (line.empty()) continue;
    // "1. Kate DeHoff", "(a) ...", "- ...".
    size_t p = 0;
    while (p < line.size() && (ascii::IsDigit(line[p]) || line[p] == '(' || line[p] == ')')) ++p;
    if (p < line.size() && (line[p] == '.' || line[p] == ')')) ++p;
    line = ascii::Trim(TrimSet(line.substr(p), "-*|"));
    std::string_view name = line;
    std::string_view title;
    if (const size_t cell = line.find(" | "); cell != kNone) {
      name = ascii::Trim(line.substr(0, cell));
      title = ascii::Trim(line.substr(cell + 3));
      if (const size_t next = title.find(" | "); next != kNone) title = title.substr(0, next);
    } else if (const size_t comma = line.find(", "); comma != kNone) {
      if (IsTitle(line.substr(comma + 2))) {
        name = line.substr(0, comma);
        title = line.substr(comma + 2);
      }
    }
    name = DropHonorific(name);
    const std::string folded = ascii::CollapseSpace(name);
    if (IsName(folded)) {
      attorneys.push_back({folded, ascii::CollapseSpace(title)});
      if (attorneys.size() >= kMaxAttorneysInFact) break;
    } else if (!attorneys.empty() || ++skipped > 4) {
      break;
    }
  }
  return attorneys;
}

// ---------------------------------------------------------------------------
// Company

constexpr std::array<std::string_view, 12> kCompanySuffixes = {
    "inc", "ltd", "llc", "l.l.c", "lp", "l.p", "corp", "co", "n.v", "s.a", "plc", "n.a"};

// Words that a company's name continues after with "of" ("Bank of America").
constexpr std::array<std::string_view, 8> kOfCompanyWords = {
    "bank", "trust", "company", "corporation", "association", "university", "bancorp", "republic"};

// The company named before `(the "Company")` in `s`: "HemaCare Corporation",
// "Eventbrite, Inc." (of "Eventbrite, Inc., a Delaware corporation (the
// "Company")"), or empty.
std::string CompanyBefore(std::string_view s, size_t paren) {
  const size_t begin = paren > kMaxCompanyBytes ? paren - kMaxCompanyBytes : 0;
  std::string_view before = s.substr(begin, paren - begin);
  // ", a company incorporated under the Business Corporations Act (British
  // Columbia)": the description is not the name.
  for (std::string_view article : {", a ", ", an "}) {
    const size_t at = before.rfind(article);
    if (at == kNone) continue;
    const std::string_view description = before.substr(at);
    for (std::string_view kind : {" corporation", " company", " incorporated", " organized",
                                  " partnership", " limited", " trust"}) {
      if (description.find(kind) != kNone) {
        before = before.substr(0, at);
        break;
      }
    }
  }
  const std::vector<std::string_view> words = Words(before);
  size_t first = words.size();
  while (first > 0) {
    const std::string_view word = words[first - 1];
    const std::string_view core = Core(word);
    // "Eventbrite, Inc.", not "Samantha Harnett, Eventbrite".
    if (word.back() == ',' && first < words.size() &&
        !InSet(Core(words[first]), kCompanySuffixes)) {
      break;
    }
    if (!core.empty() && HasUpper(core) && word.front() != '(' && word.back() != ')') {
      --first;
      continue;
    }
    // "Procter & Gamble", "Bank of America": a joining word inside a name.
    const bool joins =
        first >= 2 && first < words.size() &&
        (core == "&" || (core == "of" && InSet(Core(words[first - 2]), kOfCompanyWords)));
    if (!joins) break;
    --first;
  }
  std::string name;
  for (size_t i = first; i < words.size(); ++i) {
    if (!name.empty()) name.push_back(' ');
    name.append(words[i]);
  }
  name = std::string(TrimSet(name, " ,;:-"));
  if (name.size() > kMaxCompanyNameBytes || IsTitleWord(name)) return {};
  return name;
}

std::string ReadCompany(std::string_view s) {
  // (the "Company"), (each, a "Company"), (the "Corporation").
  for (std::string_view defined : {"\"Company", "\"Corporation", "\"Registrant", "\"Issuer"}) {
    size_t from = 0;
    while (true) {
      const size_t at = s.find(defined, from);
      if (at == kNone) break;
      from = at + 1;
      const size_t window = at > 16 ? at - 16 : 0;
      const size_t open = s.substr(window, at - window).rfind('(');
      if (open == kNone) continue;
      const size_t paren = window + open;
      std::string name = CompanyBefore(s, paren);
      if (!name.empty()) return name;
    }
  }
  return {};
}

// "Re: Microsoft Corporation - Power of Attorney" -> "Microsoft Corporation".
std::string CompanyOfTitle(std::string_view s, size_t title) {
  const size_t dash = s.rfind(" - ", title);
  if (dash == kNone || title - dash != 3) return {};
  size_t begin = s.rfind(": ", dash);
  begin = begin == kNone || dash - begin > kMaxCompanyNameBytes ? kNone : begin + 2;
  if (begin == kNone) return {};
  const std::string_view name = ascii::Trim(s.substr(begin, dash - begin));
  return name.empty() || !ascii::IsUpper(name.front()) ? std::string() : std::string(name);
}

// ---------------------------------------------------------------------------
// Scope

// A form designator: "3", "144", "ID", "13D", "10-K", "N-1A".
bool IsFormDesignator(std::string_view token) {
  if (token.empty() || token.size() > 8) return false;
  if (token == "ID") return true;
  if (!HasDigit(token)) return false;
  if (!ascii::IsDigit(token.front()) && !ascii::IsUpper(token.front())) return false;
  if (ascii::IsDigit(token.front()) && token.size() == 4 && HasDigit(token.substr(3))) {
    return false;  // a year
  }
  for (char c : token) {
    if (!ascii::IsAlnum(c) && c != '-') return false;
    if (ascii::IsLower(c)) return false;
  }
  return true;
}

std::string FormType(std::string_view designator, bool schedule) {
  if (schedule || designator == "13D" || designator == "13G" || designator == "13E-3" ||
      designator == "14D-9") {
    return "SC " + std::string(designator);
  }
  return std::string(designator);
}

// The form types named after "Form", "Forms", "Schedule" and "Schedules":
// "Forms 3, 4 and 5", "Form ID", "Schedule 13D or Schedule 13G".
std::vector<std::string> ReadScope(std::string_view s) {
  std::vector<std::string> scope;
  size_t i = 0;
  while (i < s.size() && scope.size() < kMaxScopeForms) {
    size_t keyword = 0;
    bool schedule = false;
    if (ascii::IsAlpha(s[i]) && (i == 0 || !ascii::IsAlpha(s[i - 1]))) {
      for (std::string_view word : {"forms ", "form ", "schedules ", "schedule "}) {
        if (ascii::StartsWithIgnoreCase(s.substr(i), word)) {
          keyword = word.size();
          schedule = word.front() == 's';
          break;
        }
      }
    }
    if (keyword == 0) {
      ++i;
      continue;
    }
    size_t p = i + keyword;
    bool any = false;
    while (p < s.size()) {
      size_t end = p;
      while (end < s.size() && (ascii::IsAlnum(s[end]) || s[end] == '-')) ++end;
      std::string_view token = s.substr(p, end - p);
      while (!token.empty() && token.back() == '-') token.remove_suffix(1);
      if (!IsFormDesignator(token)) break;
      any = true;
      std::string type = FormType(token, schedule);
      if (std::find(scope.begin(), scope.end(), type) == scope.end()) {
        scope.push_back(std::move(type));
        if (scope.size() >= kMaxScopeForms) break;
      }
      p = end;
      // ", ", " and ", ", and ", " or ", ", or ", " and/or ".
      if (p < s.size() && (s[p] == ',' || s[p] == ')')) ++p;
      if (p < s.size() && s[p] == ' ') ++p;
      bool joined = false;
      for (std::string_view conjunction : {"and/or ", "and ", "or "}) {
        if (s.substr(p).starts_with(conjunction)) {
          p += conjunction.size();
          joined = true;
          break;
        }
      }
      if (!joined && (p == 0 || s[p - 1] != ' ' || p < 2 || s[p - 2] != ',')) break;
    }
    i = any ? std::max(p, i + 1) : i + keyword;
  }
  return scope;
}

// ---------------------------------------------------------------------------
// Termination

// A sentence's end: ". " before a capital, or the text's end.
size_t SentenceEnd(std::string_view s, size_t from, size_t limit) {
  const size_t stop = std::min(s.size(), limit);
  for (size_t i = from; i < stop; ++i) {
    if (s[i] != '.') continue;
    if (i + 1 >= s.size()) return i + 1;
    if (s[i + 1] != ' ' || i + 2 >= s.size()) continue;
    const char next = s[i + 2];
    if (!ascii::IsUpper(next) && next != '[' && next != '(' && next != '"') continue;
    // "U.S. Securities", "Inc. The": an abbreviation of one or two letters.
    size_t w = i;
    while (w > 0 && ascii::IsAlpha(s[w - 1])) --w;
    if (i - w <= 1 || (i - w == 2 && ascii::IsUpper(s[w]) && ascii::IsUpper(s[w + 1]))) continue;
    return i + 1;
  }
  return kNone;
}

// The sentence holding the termination clause: "This Power of Attorney shall
// remain in full force and effect until ...".
std::string ReadEnds(std::string_view s, size_t from) {
  constexpr std::array<std::string_view, 6> kCues = {"shall remain in full force",
                                                     "shall remain in effect",
                                                     "will remain in full force",
                                                     "shall terminate",
                                                     "shall expire",
                                                     "shall continue in full force"};
  const size_t cue = FindFirst(s, kCues, from, s.size());
  if (cue == kNone) return {};
  size_t begin = cue;
  while (begin > from && cue - begin < kMaxEndsBytes) {
    if (s[begin - 1] == '.' || s[begin - 1] == ';' || s[begin - 1] == ':') break;
    if (begin >= 2 && s[begin - 1] == ' ' && s[begin - 2] == '|') break;
    --begin;
  }
  const std::string_view head = ascii::TrimLeft(s.substr(begin, cue - begin));
  begin = cue - head.size();
  size_t end = SentenceEnd(s, cue, cue + kMaxEndsBytes);
  if (end == kNone) end = std::min(s.size(), cue + kMaxEndsBytes);
  std::string ends(ascii::Trim(s.substr(begin, end - begin)));
  if (const size_t cell = ends.find(" | "); cell != kNone) ends.resize(cell);
  return ends;
}

// ---------------------------------------------------------------------------
// Grantor

// "KNOW ALL BY THESE PRESENTS THAT I, M. DOUGLAS IVESTER, Chairman ..."; "Know
// all persons by these presents that Laura Fergerson, a Trustee ...".
std::string GrantorInText(std::string_view s, size_t from, size_t to) {
  const size_t presents = ascii::FindIgnoreCase(s.substr(0, to), "these presents", from);
  if (presents == kNone) return {};
  std::string_view rest = s.substr(presents + 14, std::min<size_t>(160, to - presents - 14));
  rest = ascii::TrimLeft(TrimSet(rest, " ,"));
  if (!ascii::StartsWithIgnoreCase(rest, "that ")) return {};
  rest = rest.substr(5);
  if (rest.starts_with("I, ")) rest = rest.substr(3);
  const size_t comma = rest.find(',');
  if (comma == kNone) return {};
  const std::string_view name = DropHonorific(rest.substr(0, comma));
  // "JOSEPH R. GLADDEN, JR."
  std::string out(name);
  const std::string_view after = ascii::TrimLeft(rest.substr(comma + 1));
  const size_t next = after.find_first_of(", ");
  if (next != kNone && IsNameSuffix(after.substr(0, next))) {
    out += ", ";
    out.append(after.substr(0, next));
  }
  return IsName(name) ? out : std::string();
}

}  // namespace

std::optional<PowerOfAttorneyRecord> ReadPowerOfAttorney(std::string_view text, int document) {
  const std::string_view window = text.substr(0, kPowerOfAttorneyBytes);
  const Flat flat = Fold(window);
  const size_t title = ascii::FindIgnoreCase(flat.s, "power of attorney");
  if (title == kNone || flat.Offset(title) > kPowerOfAttorneyTitleBytes) return std::nullopt;

  constexpr std::array<std::string_view, 4> kVerbs = {"appoint", "authorize", "have granted",
                                                      "designate"};
  size_t verb_length = 0;
  const size_t verb =
      FindFirst(std::string_view(flat.s), kVerbs, title, flat.s.size(), &verb_length);
  if (verb == kNone) return std::nullopt;

  // One power of attorney: up to the next "Know all ..." (a 10-K's exhibit
  // holds one for every director).
  size_t end = ascii::FindIgnoreCase(flat.s, "know all", verb);
  if (end == kNone) end = flat.s.size();
  const std::string_view body = std::string_view(flat.s).substr(0, end);

  PowerOfAttorneyRecord record;
  record.document = document;

  // Attorneys-in-fact: the list after the verb, up to what follows it.
  size_t list_begin = verb + verb_length;
  while (list_begin < body.size() && ascii::IsAlpha(body[list_begin])) ++list_begin;  // "appoints"
  std::string_view after = ascii::TrimLeft(body.substr(list_begin));
  for (std::string_view lead : {"each of ", "any of "}) {
    if (ascii::StartsWithIgnoreCase(after, lead)) after.remove_prefix(lead.size());
  }
  constexpr std::array<std::string_view, 27> kListEnds = {" the undersigned",
                                                          " as ",
                                                          " my ",
                                                          " his ",
                                                          " her ",
                                                          " their ",
                                                          " its ",
                                                          " true and lawful",
                                                          ", signing",
                                                          " signing ",
                                                          ", acting ",
                                                          " acting ",
                                                          ", or any",
                                                          " or any ",
                                                          ", and each of",
                                                          " and each of",
                                                          ", each of",
                                                          " each of them",
                                                          ", with ",
                                                          " with full",
                                                          " with power",
                                                          " to ",
                                                          " attorney",
                                                          " jointly",
                                                          " severally",
                                                          "; ",
                                                          " who "};
  size_t list_end = FindFirst(after, kListEnds, 0, kMaxListBytes);
  if (list_end == kNone) list_end = std::min(after.size(), kMaxListBytes);
  record.attorneys_in_fact = ReadAttorneyList(StraightQuotes(after.substr(0, list_end)));
  if (record.attorneys_in_fact.empty()) {
    // "... are as follows:" or "Annex A": one name a line below.
    size_t list = ascii::FindIgnoreCase(flat.s, "as follows", verb);
    if (list == kNone) {
      for (size_t at = ascii::FindIgnoreCase(flat.s, "annex a", verb); at != kNone;
           at = ascii::FindIgnoreCase(flat.s, "annex a", at + 1)) {
        list = at;
      }
    }
    if (list != kNone) record.attorneys_in_fact = ReadAttorneyLines(window, flat.Offset(list));
  }

  // Signing: "signing singly", "or any one of them", "jointly and severally".
  constexpr std::array<std::string_view, 9> kSingly = {
      "singly",    "individually", "each of them",     "any of them",    "any one of them",
      "severally", "acting alone", "appoints each of", "appoint each of"};
  const bool singly = FindFirst(body, kSingly, title, body.size()) != kNone;
  size_t jointly = ascii::FindIgnoreCase(body, "jointly", title);
  while (jointly != kNone &&
         ascii::StartsWithIgnoreCase(body.substr(jointly), "jointly and severally")) {
    jointly = ascii::FindIgnoreCase(body, "jointly", jointly + 1);
  }
  if (singly) {
    record.signing = "singly";
  } else if (jointly != kNone && WordAt(body, jointly, 7)) {
    record.signing = "jointly";
  }

  const std::string body_quotes = StraightQuotes(body);
  record.company = ReadCompany(body_quotes);
  if (record.company.empty()) record.company = CompanyOfTitle(flat.s, title);

  // Executed on: "IN WITNESS WHEREOF ... this 8th day of May, 2003", "as of
  // April 24, 2017", a "Date:" below the signature, or a letter's date.
  size_t witness = ascii::FindIgnoreCase(body, "in witness whereof", verb);
  if (witness == kNone) witness = verb;
  const std::string_view closing = body.substr(witness);
  record.executed_on = FindDayOfMonthDate(closing);
  if (record.executed_on.empty()) record.executed_on = FindWrittenDate(closing);
  if (record.executed_on.empty()) record.executed_on = FindWrittenDate(body.substr(0, title));

  record.scope = ReadScope(body);
  record.ends = ReadEnds(body, verb);

  // Grantor: the first signature after the appointment, else the name the
  // text gives ("THAT I, M. DOUGLAS IVESTER,").
  const size_t from = flat.Offset(witness);
  const size_t to = flat.Offset(end);
  for (const SignatureRecord& signature :
       ReadSignatures(window.substr(from, to > from ? to - from : 0), document)) {
    if (!signature.name.empty() && signature.by.empty()) {
      record.grantor = signature.name;
      break;
    }
  }
  if (record.grantor.empty()) record.grantor = GrantorInText(body, title, verb);
  return record;
}

}  // namespace edgard::extract
