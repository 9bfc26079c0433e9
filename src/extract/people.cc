#include "extract/people.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "extract/words.h"

namespace edgard::extract {
namespace {

// Bounds that keep the reader linear on hostile input.
constexpr size_t kMaxParagraphBytes = 64 * 1024;
constexpr size_t kMaxNameTokens = 5;
constexpr size_t kMaxTitleTokens = 16;
constexpr size_t kMaxContinuationTokens = 6;
constexpr size_t kMaxConnectors = 6;
constexpr size_t kMaxCompanyTokens = 6;
constexpr size_t kMaxContactLabelBytes = 48;
constexpr int kMaxContactLines = 10;
constexpr size_t kMaxTokenBytes = 40;

unsigned char Byte(char c) { return static_cast<unsigned char>(c); }

// ---------------------------------------------------------------------------
// Words

// Words that end a title (the office itself).
constexpr std::array<std::string_view, 33> kTitleHeads = {
    "President", "Chairman",    "Chairwoman",   "Chairperson", "Chair",       "Officer",
    "Director",  "Treasurer",   "Secretary",    "Controller",  "Comptroller", "Counsel",
    "Founder",   "Partner",     "Manager",      "Trustee",     "Member",      "Head",
    "Spokesman", "Spokeswoman", "Spokesperson", "CEO",         "CFO",         "COO",
    "CTO",       "CIO",         "CAO",          "CMO",         "CCO",         "VP",
    "EVP",       "SVP",         "Chancellor"};

// Offices still taken when written in lower case ("a director", "was named
// chief financial officer"); "member", "manager" and the like are not.
constexpr std::array<std::string_view, 12> kLowerCaseHeads = {
    "president", "chairman",   "chairwoman", "officer", "director", "treasurer",
    "secretary", "controller", "counsel",    "trustee", "founder",  "co-founder"};

// Words that end the "of ..." part of a title ("Director of Investor
// Relations Phone: ...").
constexpr std::array<std::string_view, 25> kContinuationStops = {
    "Phone",    "Tel",      "Telephone", "Fax",     "Email",   "E-mail",    "Website",
    "Web",      "Mobile",   "Internet",  "Contact", "January", "February",  "March",
    "April",    "May",      "June",      "July",    "August",  "September", "October",
    "November", "December", "Since",     "From"};

// Words that qualify an office ("Senior Vice", "Chief Financial").
constexpr std::array<std::string_view, 41> kTitleModifiers = {
    "Principal",   "Chief",      "Executive",   "Senior",         "Vice",
    "Financial",   "Operating",  "Accounting",  "Technology",     "Technical",
    "Information", "Marketing",  "Legal",       "Medical",        "Scientific",
    "Commercial",  "Compliance", "Investment",  "Administrative", "General",
    "Managing",    "Deputy",     "Interim",     "Acting",         "Assistant",
    "Associate",   "Corporate",  "Independent", "Lead",           "Non-Executive",
    "Co",          "Group",      "Regional",    "Global",         "Former",
    "Presiding",   "Emeritus",   "Research",    "Development",    "Strategy",
    "Business"};

// Capitalised words that are not parts of a personal name.
constexpr std::array<std::string_view, 102> kStopWords = {
    "United",    "States",       "America",    "American",  "National",  "Federal",     "The",
    "A",         "An",           "In",         "On",        "At",        "For",         "By",
    "Of",        "And",          "With",       "From",      "To",        "As",          "This",
    "That",      "These",        "Those",      "Our",       "Its",       "His",         "Her",
    "Their",     "We",           "He",         "She",       "They",      "It",          "I",
    "If",        "But",          "Or",         "Not",       "No",        "All",         "Any",
    "Each",      "Under",        "After",      "Before",    "During",    "Since",       "Upon",
    "When",      "While",        "Commenting", "According", "Company",   "Corporation", "Corp",
    "Inc",       "Incorporated", "Ltd",        "Limited",   "LLC",       "Co",          "Holdings",
    "Group",     "Board",        "Directors",  "Officers",  "Committee", "Plan",        "Agreement",
    "Act",       "Section",      "Item",       "Exhibit",   "Investor",  "Investors",   "Relations",
    "Media",     "Phone",        "Tel",        "Telephone", "Fax",       "Email",       "E-mail",
    "Website",   "Web",          "Contact",    "Contacts",  "Internet",  "Mobile",      "January",
    "February",  "March",        "April",      "May",       "June",      "July",        "August",
    "September", "October",      "November",   "December"};

constexpr std::array<std::string_view, 8> kHonorifics = {"Dr",   "Mr",   "Ms",     "Mrs",
                                                         "Miss", "Prof", "Messrs", "Mmes"};

// Abbreviated given names written with a period ("Wm. Andrew Heaton").
constexpr std::array<std::string_view, 9> kNameAbbreviations = {
    "Wm", "Chas", "Geo", "Thos", "Jas", "Robt", "Jos", "Benj", "Edw"};

constexpr std::array<std::string_view, 6> kNameSuffixes = {"Jr", "Sr", "II", "III", "IV", "V"};

constexpr std::array<std::string_view, 16> kCompanySuffixes = {
    "Corporation", "Corp", "Inc", "Incorporated", "Company", "Co", "Ltd",     "Limited",
    "LLC",         "plc",  "N.V", "S.A",          "L.P",     "LP", "Bancorp", "Holdings"};

// Company suffixes written as abbreviations, whose period ends no sentence.
constexpr std::array<std::string_view, 7> kCompanyAbbreviations = {"Corp", "Inc", "Co", "Ltd",
                                                                   "N.V",  "S.A", "L.P"};

// Lower-case words allowed between a name and its title ("Mr. Ivester was
// elected Senior Vice President", "John Smith, who will serve as the").
constexpr std::array<std::string_view, 36> kConnectors = {
    "is",  "was",       "has",     "have",    "had",      "been",        "will",       "would",
    "be",  "become",    "becomes", "became",  "serve",    "serves",      "served",     "serving",
    "as",  "appointed", "named",   "elected", "promoted", "reappointed", "re-elected", "to",
    "the", "a",         "an",      "its",     "our",      "their",       "his",        "her",
    "who", "currently", "now",     "also"};

// `word`, or each part of a hyphenated word ("Co-Founder"), in `set`.
template <size_t N>
bool InSetOrParts(std::string_view word, const std::array<std::string_view, N>& set) {
  if (InSet(word, set)) return true;
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= word.size()) return false;
  return InSetOrParts(word.substr(0, hyphen), set) && InSetOrParts(word.substr(hyphen + 1), set);
}

bool IsTitleWord(std::string_view word) {
  if (InSet(word, kTitleHeads) || InSet(word, kTitleModifiers)) return true;
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= word.size()) return false;
  return IsTitleWord(word.substr(0, hyphen)) && IsTitleWord(word.substr(hyphen + 1));
}

bool IsTitleHead(std::string_view word) {
  if (InSet(word, kTitleHeads)) return true;
  const size_t hyphen = word.rfind('-');
  return hyphen != std::string_view::npos && hyphen + 1 < word.size() &&
         IsTitleWord(word.substr(0, hyphen)) && InSet(word.substr(hyphen + 1), kTitleHeads);
}

// ---------------------------------------------------------------------------
// Tokens

struct Token {
  size_t begin = 0;  // of the word in the paragraph, leading punctuation skipped
  size_t end = 0;    // after the word, including an abbreviation's period
  std::string_view word;
  bool open = false;      // punctuation before the word ("(", a quote)
  bool brk = false;       // punctuation after the word (other than an abbreviation's period)
  bool comma = false;     // that punctuation holds a comma
  bool sentence = false;  // the word ends a sentence
};

bool IsWordByte(unsigned char c) { return c >= 0x80 || ascii::IsAlnum(static_cast<char>(c)); }

// Length of a curly quote or dash (E2 80 xx) at `i`, else 0.
size_t Typographic(std::string_view s, size_t i) {
  return i + 2 < s.size() && Byte(s[i]) == 0xE2 && Byte(s[i + 1]) == 0x80 ? 3 : 0;
}

bool IsInitial(std::string_view word) {
  return (word.size() == 1 && ascii::IsUpper(word[0])) || InSet(word, kNameAbbreviations);
}

bool TakesPeriod(std::string_view word) {
  return IsInitial(word) || InSet(word, kHonorifics) || InSet(word, kNameSuffixes) ||
         InSet(word, kCompanyAbbreviations) || ascii::EqualsIgnoreCase(word, "St");
}

Token MakeToken(std::string_view para, size_t begin, size_t end) {
  Token t;
  size_t b = begin;
  while (b < end) {
    if (const size_t n = Typographic(para, b); n > 0) {
      b += n;
    } else if (!IsWordByte(Byte(para[b]))) {
      ++b;
    } else {
      break;
    }
  }
  size_t e = end;
  while (e > b) {
    if (e >= b + 3 && Typographic(para, e - 3) == 3) {
      e -= 3;
    } else if (!IsWordByte(Byte(para[e - 1]))) {
      --e;
    } else {
      break;
    }
  }
  if (b >= e) {  // punctuation alone: "&", "/", the "|" between cells
    t.begin = begin;
    t.end = end;
    t.word = para.substr(begin, end - begin);
    t.brk = t.open = t.word == "|";
    return t;
  }
  // Dotted abbreviations keep their inner periods ("N.V", "L.P").
  t.begin = b;
  t.end = e;
  t.word = para.substr(b, e - b);
  t.open = b > begin;
  std::string_view tail = para.substr(e, end - e);
  if (!tail.empty() && tail[0] == '.' && TakesPeriod(t.word)) {
    t.end = e + 1;
    tail.remove_prefix(1);
  } else if (tail.find_first_of(".!?") != std::string_view::npos) {
    t.sentence = true;
  }
  t.brk = !tail.empty();
  t.comma = tail.find(',') != std::string_view::npos;
  return t;
}

std::vector<Token> Tokenize(std::string_view para) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < para.size()) {
    while (i < para.size() && para[i] == ' ') ++i;
    const size_t begin = i;
    while (i < para.size() && para[i] != ' ') ++i;
    if (i > begin) tokens.push_back(MakeToken(para, begin, i));
  }
  return tokens;
}

bool StartsUpper(std::string_view word) { return !word.empty() && ascii::IsUpper(word[0]); }

bool IsPossessive(std::string_view word) {
  return (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"))) ||
         (word.size() > 4 && word.ends_with("\xE2\x80\x99s"));
}

bool IsHonorific(const Token& t) { return !t.open && InSet(t.word, kHonorifics); }

bool IsNameWord(const Token& t) {
  const std::string_view w = t.word;
  if (w.empty() || w.size() > kMaxTokenBytes || !ascii::IsUpper(w[0])) return false;
  if (IsInitial(w)) return t.end > t.begin + w.size() || w.size() == 1;
  if (InSet(w, kNameSuffixes)) return true;
  bool lower = false;
  for (char c : w) {
    if (ascii::IsLower(c)) lower = true;
    if (!ascii::IsAlpha(c) && c != '-' && c != '\'' && Byte(c) < 0x80) return false;
  }
  if (!lower || IsPossessive(w)) return false;
  return !InSet(w, kStopWords) && !IsTitleWord(w) && !InSet(w, kHonorifics) &&
         !InSet(w, kCompanySuffixes);
}

// ---------------------------------------------------------------------------
// Paragraphs

struct Found {
  std::string name;
  std::string title;
  std::string company;
};

class Paragraph {
 public:
  Paragraph(std::string_view text, bool contact, std::string company)
      : text_(text),
        tokens_(Tokenize(text)),
        contact_(contact),
        block_company_(std::move(company)) {
    headline_ = IsHeadline();
    FindCompanies();
  }

  void Read(std::vector<Found>* out) {
    const size_t n = tokens_.size();
    size_t i = 0;
    while (i < n) {
      if (!IsNameWord(tokens_[i]) || (tokens_[i].open && i > 0 && IsHonorific(tokens_[i - 1]))) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j + 1 < n && j + 1 - i < kMaxNameTokens + 1) {
        const Token& next = tokens_[j + 1];
        if (next.open || !IsNameWord(next)) break;
        if (tokens_[j].brk && !(tokens_[j].comma && InSet(next.word, kNameSuffixes))) break;
        ++j;
      }
      ReadName(i, j + 1, out);
      i = j + 1;
    }
  }

  // The first company named in the paragraph, for a contact block.
  std::string FirstCompany() const {
    return companies_.empty() ? std::string() : companies_.front().second;
  }

  // The whole paragraph is a title phrase.
  std::string WholeTitle() const {
    if (tokens_.empty()) return {};
    const size_t end = ParseTitle(0, true);
    if (end != tokens_.size()) return {};
    return std::string(Span(0, end));
  }

  // The whole paragraph is one name.
  std::string WholeName() const {
    const size_t n = tokens_.size();
    if (n < 2 || n > 4) return {};
    for (size_t i = 0; i < n; ++i) {
      if (!IsNameWord(tokens_[i]) || (i + 1 < n && tokens_[i].brk)) return {};
      if (i > 0 && tokens_[i].open) return {};
    }
    if (IsInitial(tokens_[n - 1].word)) return {};
    return std::string(Span(0, n));
  }

 private:
  std::string_view Span(size_t first, size_t end) const {
    return text_.substr(tokens_[first].begin, tokens_[end - 1].end - tokens_[first].begin);
  }

  // Title case throughout, no lower-case word but short ones ("of", "and",
  // "to"): a heading, where names and titles run together.
  bool IsHeadline() const {
    size_t words = 0;
    for (const Token& t : tokens_) {
      if (t.word.empty() || !ascii::IsAlpha(t.word[0])) continue;
      ++words;
      if (ascii::IsLower(t.word[0]) && t.word.size() > 4) return false;
    }
    return words >= 3;
  }

  // Company names ending in a corporate suffix, by sentence.
  void FindCompanies() {
    int sentence = 0;
    sentence_of_.resize(tokens_.size());
    for (size_t i = 0; i < tokens_.size(); ++i) {
      sentence_of_[i] = sentence;
      if (tokens_[i].sentence) ++sentence;
      if (!InSet(tokens_[i].word, kCompanySuffixes) || !StartsUpper(tokens_[i].word)) continue;
      size_t b = i;
      while (b > 0 && i - b < kMaxCompanyTokens) {
        const Token& prev = tokens_[b - 1];
        if (prev.word == "&" && b >= 2) {
          --b;
          continue;
        }
        if (!StartsUpper(prev.word) || (prev.brk && !prev.comma) || tokens_[b].open) break;
        if (prev.comma && !InSet(tokens_[b].word, kCompanySuffixes)) break;
        if (IsTitleWord(prev.word) || InSet(prev.word, kHonorifics)) break;
        --b;
      }
      while (b < i && InSet(tokens_[b].word, kStopWords) &&
             !ascii::EqualsIgnoreCase(tokens_[b].word, "The")) {
        ++b;
      }
      size_t own = 0;
      for (size_t k = b; k < i; ++k) {
        if (!InSet(tokens_[k].word, kStopWords)) ++own;
      }
      if (own == 0) continue;
      std::string name(Span(b, i + 1));
      companies_.emplace_back(sentence, std::move(name));
    }
  }

  std::string CompanyOfSentence(int sentence) const {
    for (const auto& [s, name] : companies_) {
      if (s == sentence) return name;
    }
    return {};
  }

  // End (exclusive) of the title phrase starting at `k`, or `k` when none.
  // `lower` allows a title written in lower case ("a director").
  size_t ParseTitle(size_t k, bool lower) const {
    const size_t n = tokens_.size();
    size_t pos = k;
    size_t good = k;
    bool head = false;
    while (pos < n && pos - k < kMaxTitleTokens) {
      const Token& t = tokens_[pos];
      if (t.open && pos > k) break;
      if (IsTitleWord(t.word)) {
        if (pos == k && !lower && !StartsUpper(t.word)) break;
        if (!StartsUpper(t.word) && t.word.size() <= 3) break;  // "vp", "ceo" in prose
        ++pos;
        if (IsTitleHead(t.word) && (StartsUpper(t.word) || InSet(t.word, kLowerCaseHeads))) {
          head = true;
          good = pos;
        }
        if (!t.brk) continue;
        // "Chairman, President and Chief Executive Officer"
        if (t.comma && head && pos < n && !tokens_[pos].open && StartsUpper(tokens_[pos].word) &&
            IsTitleWord(tokens_[pos].word)) {
          continue;
        }
        break;
      }
      const bool joiner = t.word == "and" || t.word == "&" || t.word == "/";
      if (joiner && !t.brk && pos > k && pos + 1 < n && IsTitleWord(tokens_[pos + 1].word) &&
          !tokens_[pos + 1].open) {
        ++pos;
        continue;
      }
      if (t.word == "of" && !t.brk && head && pos == good) {
        size_t q = pos + 1;
        if (q < n && (tokens_[q].word == "the" || tokens_[q].word == "The") && !tokens_[q].brk) {
          ++q;
        }
        const size_t first = q;
        bool stop = false;
        while (q < n && q - first < kMaxContinuationTokens) {
          const Token& c = tokens_[q];
          if (c.open && q > first) break;
          if (c.word == "&" && q > first && q + 1 < n && StartsUpper(tokens_[q + 1].word)) {
            ++q;
            continue;
          }
          if (!StartsUpper(c.word) || InSet(c.word, kContinuationStops) ||
              InSet(c.word, kHonorifics)) {
            break;
          }
          ++q;
          if (InSet(c.word, kCompanyAbbreviations)) break;
          if (c.brk) {
            stop = !(c.comma && q < n && InSet(tokens_[q].word, kCompanySuffixes));
            if (stop) break;
          }
        }
        if (q == first) break;
        pos = q;
        good = q;
        if (stop) break;
        continue;
      }
      break;
    }
    return head ? good : k;
  }

  // Company named by "of ..." at the end of a title.
  static std::string CompanyInTitle(std::string_view title) {
    const size_t of = title.rfind(" of ");
    if (of == std::string_view::npos) return {};
    std::string_view rest = title.substr(of + 4);
    if (ascii::StartsWithIgnoreCase(rest, "the ")) rest.remove_prefix(4);
    const size_t space = rest.rfind(' ');
    if (space == std::string_view::npos) return {};
    std::string_view last = rest.substr(space + 1);
    while (!last.empty() && last.back() == '.') last.remove_suffix(1);
    return InSet(last, kCompanySuffixes) ? std::string(rest) : std::string();
  }

  void Emit(size_t first, size_t end, std::string title, std::vector<Found>* out) const {
    Found f;
    f.name = std::string(Span(first, end));
    f.company = CompanyInTitle(title);
    if (f.company.empty())
      f.company = contact_ ? block_company_ : CompanyOfSentence(sentence_of_[first]);
    f.title = std::move(title);
    out->push_back(std::move(f));
  }

  void ReadName(size_t first, size_t end, std::vector<Found>* out) {
    const size_t n = tokens_.size();
    const bool honorific = first > 0 && IsHonorific(tokens_[first - 1]) &&
                           (first < 2 || !tokens_[first - 2].word.empty());
    // A name printed twice in a row ("Herb Glaubman Herbert Glaubman"): the last.
    for (size_t k = end - 2; end - first >= 4 && k > first; --k) {
      if (tokens_[k].word == tokens_[end - 1].word) {
        first = k + 1;
        break;
      }
    }
    const size_t count = end - first;
    if (count > kMaxNameTokens) return;
    if (count < 2 && !honorific) return;
    if (IsInitial(tokens_[end - 1].word)) return;
    bool found = false;

    // Title after the name: "David Fractor, CFO", "Dr. Heaton, a director",
    // "M. Douglas Ivester, 50, is Chief Executive Officer".
    const Token& last = tokens_[end - 1];
    if (!last.brk || last.comma) {
      size_t k = end;
      if (last.comma && k < n && !tokens_[k].word.empty() &&
          std::all_of(tokens_[k].word.begin(), tokens_[k].word.end(),
                      [](char c) { return ascii::IsDigit(c); }) &&
          tokens_[k].comma) {
        ++k;  // age
      }
      size_t connectors = 0;
      while (k < n && connectors < kMaxConnectors && !tokens_[k].open &&
             (InSet(tokens_[k].word, kConnectors) || IsPossessive(tokens_[k].word) ||
              (tokens_[k].word == "Company's")) &&
             !(IsTitleWord(tokens_[k].word))) {
        const bool brk = tokens_[k].brk;
        ++k;
        ++connectors;
        if (brk) break;
      }
      if ((last.comma || connectors > 0) && k < n && !tokens_[k].open &&
          (k == end || !tokens_[k - 1].brk)) {
        const size_t title_end = ParseTitle(k, true);
        if (title_end > k && (!headline_ || contact_ || last.comma)) {
          Emit(first, end, std::string(Span(k, title_end)), out);
          found = true;
        }
      }
    }

    // Title before the name: "President and Chief Executive Officer Judi Irving stated".
    if (!headline_ && !honorific && first > 0 && !tokens_[first].open) {
      const Token& prev = tokens_[first - 1];
      // The name ends its clause or a verb follows ("... Judi Irving stated").
      const bool closed = tokens_[end - 1].brk || (end < n && !tokens_[end].word.empty() &&
                                                   ascii::IsLower(tokens_[end].word[0]));
      if (closed && !prev.brk && StartsUpper(prev.word) && IsTitleHead(prev.word)) {
        size_t b = first - 1;
        while (b > 0 && first - b < kMaxTitleTokens) {
          const Token& t = tokens_[b - 1];
          if (t.brk || tokens_[b].open) break;
          const bool joiner = t.word == "and" || t.word == "&";
          if (!joiner && !(StartsUpper(t.word) && IsTitleWord(t.word))) break;
          --b;
        }
        while (b < first - 1 && !IsTitleWord(tokens_[b].word)) ++b;
        Emit(first, end, std::string(Span(b, first)), out);
        found = true;
      }
    }

    if (!found && honorific && !headline_) Emit(first, end, std::string(), out);
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  bool contact_ = false;
  bool headline_ = false;
  std::string block_company_;
  std::vector<int> sentence_of_;
  std::vector<std::pair<int, std::string>> companies_;
};

// ---------------------------------------------------------------------------
// Lines and blocks

// White space and control bytes folded into single spaces; " | " cell
// separators kept as a "|" word.
void AppendFolded(std::string_view s, std::string* out) {
  for (char c : s) {
    const bool space = Byte(c) <= ' ' || c == 0x7F;
    if (space) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
  if (!out->empty() && out->back() != ' ') out->push_back(' ');
}

bool IsBlankLine(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return Byte(c) <= ' '; });
}

// Length of a contact label ending in ':' at the start of `line`
// ("Contact:", "Investor Contact:", "For further information:"), else 0.
size_t ContactLabel(std::string_view line) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > kMaxContactLabelBytes) return 0;
  const std::string_view label = line.substr(0, colon);
  if (ascii::FindIgnoreCase(label, "contact") == std::string_view::npos &&
      ascii::FindIgnoreCase(label, "information") == std::string_view::npos) {
    return 0;
  }
  for (char c : label) {
    if (ascii::IsDigit(c) || c == '|') return 0;
  }
  return colon + 1;
}

// The cells of a contact line: split at "|" and at runs of 3+ spaces.
std::vector<std::string> Cells(std::string_view line) {
  std::vector<std::string> cells;
  std::string cell;
  size_t spaces = 0;
  auto flush = [&] {
    std::string folded;
    AppendFolded(cell, &folded);
    while (!folded.empty() && folded.back() == ' ') folded.pop_back();
    if (!folded.empty()) cells.push_back(std::move(folded));
    cell.clear();
  };
  for (char c : line) {
    if (c == '|') {
      flush();
      spaces = 0;
      continue;
    }
    spaces = (c == ' ' || c == '\t') ? spaces + 1 : 0;
    if (spaces == 3) flush();
    cell.push_back(c);
  }
  flush();
  return cells;
}

void ReadContactBlock(const std::vector<std::string_view>& lines, size_t at, size_t label,
                      std::vector<Found>* out) {
  std::vector<std::string> cells;
  for (size_t k = at; k < lines.size() && k < at + kMaxContactLines; ++k) {
    std::string_view line = lines[k];
    if (k == at) {
      line = line.substr(label);
    } else if (IsBlankLine(line) || ContactLabel(ascii::Trim(line)) > 0) {
      break;
    }
    for (std::string& cell : Cells(line)) cells.push_back(std::move(cell));
  }
  std::string company;
  for (const std::string& cell : cells) {
    company = Paragraph(cell, true, "").FirstCompany();
    if (!company.empty()) break;
  }
  for (size_t c = 0; c < cells.size(); ++c) {
    Paragraph paragraph(cells[c], true, company);
    const size_t before = out->size();
    paragraph.Read(out);
    if (out->size() > before || c + 1 >= cells.size()) continue;
    // A name on one line and the title on the next.
    std::string name = paragraph.WholeName();
    if (name.empty()) continue;
    std::string title = Paragraph(cells[c + 1], true, company).WholeTitle();
    if (title.empty()) continue;
    out->push_back(Found{std::move(name), std::move(title), company});
  }
}

// ---------------------------------------------------------------------------
// Records

std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && (name[i] == ' ' || name[i] == ',')) ++i;
    const size_t begin = i;
    while (i < name.size() && name[i] != ' ' && name[i] != ',') ++i;
    if (i > begin) words.push_back(ascii::ToLowerCopy(name.substr(begin, i - begin)));
  }
  return words;
}

// `shorter` is `longer` written with fewer words: its last words ("Heaton",
// "Andrew Heaton" of "Wm. Andrew Heaton"), or its first and last ("Laura
// Fergerson" of "Laura F. Fergerson").
bool EndsWithWords(const std::vector<std::string>& longer,
                   const std::vector<std::string>& shorter) {
  if (shorter.empty() || shorter.size() >= longer.size()) return false;
  if (std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin())) return true;
  return shorter.size() == 2 && shorter.front() == longer.front() &&
         shorter.back() == longer.back();
}

std::vector<PersonRecord> Merge(std::vector<Found> found, int document) {
  // The fullest spelling of each name: "Heaton" and "Andrew Heaton" become
  // "Wm. Andrew Heaton" when the document writes it so.
  std::unordered_map<std::string, std::vector<size_t>> by_last;
  std::vector<std::vector<std::string>> words(found.size());
  for (size_t i = 0; i < found.size(); ++i) {
    words[i] = NameWords(found[i].name);
    if (words[i].size() >= 2) {
      std::vector<size_t>& list = by_last[words[i].back()];
      if (list.size() < 16) list.push_back(i);
    }
  }
  std::vector<bool> keep(found.size(), true);
  for (size_t i = 0; i < found.size(); ++i) {
    if (words[i].empty()) {
      keep[i] = false;
      continue;
    }
    const auto it = by_last.find(words[i].back());
    size_t best = found.size();
    if (it != by_last.end()) {
      for (size_t j : it->second) {
        if (EndsWithWords(words[j], words[i]) &&
            (best == found.size() || words[j].size() > words[best].size())) {
          best = j;
        }
      }
    }
    if (best < found.size()) {
      found[i].name = found[best].name;
    } else if (words[i].size() < 2) {
      keep[i] = false;  // a surname alone names no one we know
    }
  }

  std::vector<PersonRecord> records;
  std::unordered_map<std::string, size_t> index;
  std::unordered_map<std::string, bool> titled;
  for (size_t i = 0; i < found.size(); ++i) {
    if (!keep[i]) continue;
    const std::string name_key = ascii::ToLowerCopy(ascii::CollapseSpace(found[i].name));
    if (!found[i].title.empty()) titled[name_key] = true;
  }
  for (size_t i = 0; i < found.size() && records.size() < kMaxPeoplePerDocument; ++i) {
    if (!keep[i]) continue;
    Found& f = found[i];
    const std::string name_key = ascii::ToLowerCopy(ascii::CollapseSpace(f.name));
    if (f.title.empty() && titled.count(name_key) > 0) continue;
    const std::string key = name_key + '\n' + ascii::ToLowerCopy(ascii::CollapseSpace(f.title));
    const auto [it, inserted] = index.emplace(key, records.size());
    if (!inserted) {
      if (records[it->second].company.empty()) records[it->second].company = f.company;
      continue;
    }
    PersonRecord r;
    r.name = ascii::CollapseSpace(f.name);
    r.title = ascii::CollapseSpace(f.title);
    r.company = ascii::CollapseSpace(f.company);
    r.document = document;
    records.push_back(std::move(r));
  }
  return records;
}

}  // namespace

std::vector<PersonRecord> ReadPeople(std::string_view text, int document) {
  const std::vector<std::string_view> lines = ascii::SplitLines(text, false);
  std::vector<Found> found;
  std::string para;
  auto flush = [&] {
    if (!para.empty()) Paragraph(para, false, "").Read(&found);
    para.clear();
  };
  for (size_t i = 0; i < lines.size() && found.size() < 4 * kMaxPeoplePerDocument; ++i) {
    const std::string_view line = lines[i];
    if (IsBlankLine(line)) {
      flush();
      continue;
    }
    if (const size_t label = ContactLabel(ascii::Trim(line)); label > 0) {
      flush();
      const std::string_view trimmed = ascii::Trim(line);
      ReadContactBlock(lines, i, static_cast<size_t>(trimmed.data() - line.data()) + label, &found);
    }
    // A very long line is read in pieces cut at spaces.
    std::string_view rest = line;
    while (!rest.empty()) {
      if (para.size() + rest.size() > kMaxParagraphBytes) flush();
      size_t take = std::min(rest.size(), kMaxParagraphBytes);
      if (take < rest.size()) {
        const size_t space = rest.rfind(' ', take);
        if (space != std::string_view::npos && space > 0) take = space;
      }
      AppendFolded(rest.substr(0, take), &para);
      rest.remove_prefix(take);
    }
  }
  flush();
  return Merge(std::move(found), document);
}

}  // namespace edgard::extract
