#include "extract/events.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "base/ascii.h"
#include "extract/cover_page.h"
#include "extract/words.h"

namespace edgard::extract {
namespace {

// Longest sentence read; longer runs are cut here.
constexpr size_t kMaxSentence = 2000;

struct Sentence {
  std::string text;  // white space folded
  size_t offset = 0;
};

// Words a period follows without ending the sentence.
constexpr std::array<std::string_view, 16> kAbbreviations = {
    "mr",  "mrs", "ms", "dr", "wm", "inc", "corp", "co",
    "ltd", "no",  "st", "jr", "sr", "vs",  "u.s",  "messrs"};

bool EndsSentence(std::string_view text, size_t dot) {
  size_t next = dot + 1;
  if (next < text.size() && (text[next] == '"' || text[next] == ')')) ++next;
  if (next >= text.size()) return true;
  if (!ascii::IsSpace(text[next])) return false;
  while (next < text.size() && ascii::IsSpace(text[next])) ++next;
  if (next < text.size() && ascii::IsLower(text[next])) return false;
  if (text[dot] != '.') return true;
  size_t start = dot;
  while (start > 0 && !ascii::IsSpace(text[start - 1])) --start;
  const std::string_view word = Core(text.substr(start, dot - start));
  if (word.size() <= 1) return false;  // an initial: "A."
  return !InSet(word, kAbbreviations);
}

std::vector<Sentence> Sentences(std::string_view text) {
  std::vector<Sentence> out;
  size_t start = 0;
  auto flush = [&](size_t end) {
    std::string folded = ascii::CollapseSpace(text.substr(start, end - start));
    if (!folded.empty()) out.push_back({std::move(folded), start});
    start = end;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && EndsSentence(text, i)) {
      flush(i + 1);
    } else if (c == '\n' && i + 1 < text.size()) {
      // A blank line ends a paragraph.
      size_t j = i + 1;
      while (j < text.size() && ascii::IsBlank(text[j])) ++j;
      if (j < text.size() && text[j] == '\n') flush(i + 1);
    } else if (i - start >= kMaxSentence) {
      flush(i);
    }
  }
  flush(text.size());
  return out;
}

constexpr std::array<std::string_view, 21> kNumbers = {
    "zero",     "one",     "two",     "three",     "four",     "five",     "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

int NumberOf(std::string_view word) {
  word = Core(word);
  for (size_t n = 0; n < kNumbers.size(); ++n) {
    if (ascii::EqualsIgnoreCase(word, kNumbers[n])) return static_cast<int>(n);
  }
  if (word.empty() || word.size() > 2) return -1;
  int n = 0;
  for (char c : word) {
    if (!ascii::IsDigit(c)) return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// "reduced the number of Board seats from six to five".
bool ReadBoardSize(const std::vector<std::string_view>& words, int* from, int* to) {
  for (size_t i = 0; i + 3 < words.size(); ++i) {
    if (!ascii::EqualsIgnoreCase(words[i], "from") ||
        !ascii::EqualsIgnoreCase(words[i + 2], "to")) {
      continue;
    }
    const int a = NumberOf(words[i + 1]);
    const int b = NumberOf(words[i + 3]);
    if (a > 0 && b > 0 && a != b && a <= 30 && b <= 30) {
      *from = a;
      *to = b;
      return true;
    }
  }
  return false;
}

constexpr std::array<std::string_view, 9> kParticles = {"de",  "van", "von", "la", "del",
                                                        "der", "da",  "di",  "le"};
constexpr std::array<std::string_view, 5> kSuffixes = {"jr", "sr", "ii", "iii", "iv"};
// Capitalised words that are no part of a person's name.
constexpr std::array<std::string_view, 20> kNotNames = {
    "the", "company", "board", "directors", "corporation",  "inc",         "its",
    "our", "and",     "this",  "officers",  "llp",          "llc",         "lp",
    "usa", "named",   "plan",  "committee", "shareholders", "stockholders"};

// Capitalised words that begin sentences and clauses.
constexpr std::array<std::string_view, 12> kLeadWords = {
    "on", "in", "at", "for", "as", "by", "from", "with", "effective", "also", "upon", "following"};

bool IsNameWord(std::string_view word) {
  const std::string_view core = Core(word);
  if (core.empty() || HasDigit(core) || IsHonorific(word) || InSet(core, kLeadWords)) return false;
  if (InSet(core, kParticles)) return true;
  int month = 0;
  if (MonthNameAt(core, &month) == core.size()) return false;
  if (!ascii::IsUpper(core.front())) return false;
  return !InSet(core, kNotNames) && !InWordList(core, kTitleWords);
}

// The name made of `words[first, last)`, honorifics dropped, or empty when
// it is not a person's name (one word without an honorific, or over five).
std::string NameOf(const std::vector<std::string_view>& words, size_t first, size_t last,
                   bool honorific) {
  while (first < last && InSet(Core(words[first]), kParticles)) ++first;
  const size_t count = last - first;
  if (count == 0 || count > 5 || (count == 1 && !honorific)) return {};
  // "Mr. Hetzel's employment": something of the person's, not the person.
  const std::string_view tail = TrimSet(words[last - 1], ",;:.");
  if (tail.ends_with("'s") || tail.ends_with("\xE2\x80\x99s")) return {};
  std::string name;
  for (size_t i = first; i < last; ++i) {
    if (!name.empty()) name.push_back(' ');
    std::string_view w = words[i];
    while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == ':'))
      w.remove_suffix(1);
    if (w.size() > 1 && w.back() == '.' && !InSet(Core(w), kSuffixes) && Core(w).size() > 3) {
      w.remove_suffix(1);  // the sentence's own period
    }
    name.append(w);
  }
  return name;
}

// The name ending just before `end` (exclusive).
std::string NameBefore(const std::vector<std::string_view>& words, size_t end) {
  size_t first = end;
  while (first > 0 && IsNameWord(words[first - 1]) && end - first < 6) {
    if (first < end && words[first - 1].ends_with(',') &&
        !InSet(Core(words[first - 1]), kSuffixes)) {
      break;
    }
    --first;
  }
  const bool honorific = first > 0 && IsHonorific(words[first - 1]);
  return NameOf(words, first, end, honorific);
}

// The name starting at `begin`; `*end` is set past it.
std::string NameAfter(const std::vector<std::string_view>& words, size_t begin, size_t* end) {
  bool honorific = false;
  while (begin < words.size() && IsHonorific(words[begin])) {
    honorific = true;
    ++begin;
  }
  size_t last = begin;
  while (last < words.size() && IsNameWord(words[last]) && last - begin < 6) {
    const bool comma = words[last].ends_with(',');
    ++last;
    if (comma && !(last < words.size() && InSet(Core(words[last]), kSuffixes))) break;
  }
  *end = last;
  return NameOf(words, begin, last, honorific);
}

bool Is(std::string_view word, std::string_view expected) {
  return ascii::EqualsIgnoreCase(Core(word), expected);
}

// The title that starts at `words[k]`: capitalised words, with "and",
// "of" and "&" between them ("President and Chief Executive Officer").
std::string RoleRun(const std::vector<std::string_view>& words, size_t k) {
  while (k < words.size() && (Is(words[k], "its") || Is(words[k], "the") || Is(words[k], "our") ||
                              Is(words[k], "a") || Is(words[k], "an") || Is(words[k], "new") ||
                              Is(words[k], "company's") || Is(words[k], "interim"))) {
    ++k;
  }
  std::string role;
  for (; k < words.size(); ++k) {
    std::string_view w = words[k];
    const std::string_view core = Core(w);
    const bool joins = Is(w, "and") || Is(w, "of") || w == "&";
    if (!joins && (core.empty() || !ascii::IsUpper(core.front()))) break;
    if (joins && (k + 1 >= words.size() || Core(words[k + 1]).empty() ||
                  !ascii::IsUpper(Core(words[k + 1]).front()) || Is(words[k + 1], "the"))) {
      break;
    }
    const bool stop = w.ends_with(',') || w.ends_with('.') || w.ends_with(';');
    w = TrimSet(w, ",.;");
    if (!role.empty()) role.push_back(' ');
    role.append(w);
    if (stop) break;
  }
  return role;
}

// The role after "as": "as Chief Financial Officer", "as President and
// Chief Executive Officer of the Company".
std::string RoleAfterAs(const std::vector<std::string_view>& words, size_t from) {
  for (size_t i = from; i < words.size() && i < from + 8; ++i) {
    if (!Is(words[i], "as")) continue;
    std::string role = RoleRun(words, i + 1);
    if (!role.empty()) return role;
  }
  return {};
}

// The appositive after a name: "John Smith, the Company's Chief Operating
// Officer, ..." -> "Chief Operating Officer". It runs from `begin` (just
// after the name's comma) to `stop`, or to the next comma when `stop` is
// npos; it must hold a title word.
std::string AppositiveRole(const std::vector<std::string_view>& words, size_t begin, size_t stop) {
  if (begin == 0 || begin > words.size() || !words[begin - 1].ends_with(',')) return {};
  stop = std::min(stop, words.size());
  size_t k = begin;
  // "Apple Inc.'s Vice President", "the Company's Chief Financial Officer".
  for (size_t p = k; p < k + 3 && p < stop; ++p) {
    const std::string_view w = words[p];
    if (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s")) {
      k = p + 1;
      break;
    }
  }
  while (k < stop && (Is(words[k], "the") || Is(words[k], "its") || Is(words[k], "our") ||
                      Is(words[k], "a") || Is(words[k], "an") || Is(words[k], "then"))) {
    ++k;
  }
  std::string role;
  for (; k < stop && k < begin + 16; ++k) {
    const std::string_view w = words[k];
    if (!role.empty()) role.push_back(' ');
    role.append(w);
    if (stop == std::string_view::npos || stop >= words.size()) {
      if (w.ends_with(',') || w.ends_with(';')) break;
    }
  }
  while (!role.empty() && (role.back() == ',' || role.back() == ';' || role.back() == ' ')) {
    role.pop_back();
  }
  for (std::string_view word : Words(role)) {
    if (InWordList(word, kTitleWords)) return role;
  }
  return {};
}

// Where a sentence puts the person on the board or takes them off it.
constexpr std::array<std::string_view, 11> kBoardSeats = {
    "from its board",      "from the board", "from the company's board",
    "to the board",        "to its board",   "to the company's board",
    "member of the board", "as a director",  "as director",
    "a director",          "board member"};

std::string RoleOf(std::string_view lower, const std::vector<std::string_view>& words,
                   size_t name_end, bool person_after) {
  std::string role = RoleAfterAs(words, name_end);
  if (role.empty() && person_after) role = AppositiveRole(words, name_end, std::string_view::npos);
  if (!role.empty()) {
    if (ascii::EqualsIgnoreCase(role, "director")) return "director";
    return role;
  }
  for (std::string_view seat : kBoardSeats) {
    if (lower.find(seat) != std::string_view::npos) return "director";
  }
  // "appointed James A. Bell to Apple's Board".
  for (size_t i = name_end; i < words.size() && i < name_end + 2; ++i) {
    if (!Is(words[i], "to")) continue;
    for (size_t k = i + 1; k < words.size() && k < i + 4; ++k) {
      if (Is(words[k], "board")) return "director";
    }
  }
  return {};
}

// The clause after `cue` up to the next comma or the end of the sentence.
std::string ClauseAfter(std::string_view text, std::string_view lower, std::string_view cue) {
  const size_t at = lower.find(cue);
  if (at == std::string_view::npos) return {};
  std::string_view rest = text.substr(at);
  const size_t end = rest.find_first_of(",;");
  if (end != std::string_view::npos) rest = rest.substr(0, end);
  return std::string(TrimSet(ascii::Trim(rest), "."));
}

struct Cue {
  std::string_view phrase;  // lower case, matched at word starts
  std::string_view type;
  bool person_after;  // the name follows the phrase
};

// Passive forms ("was appointed") come before the bare verbs so that the
// person is looked for before the verb.
constexpr Cue kCues[] = {
    {"appointment of", "appointment", true},
    {"was appointed", "appointment", false},
    {"has been appointed", "appointment", false},
    {"will be appointed", "appointment", false},
    {"will become", "appointment", false},
    {"became", "appointment", false},
    {"appointed", "appointment", true},
    {"hiring of", "appointment", true},
    {"was named", "appointment", false},
    {"has been named", "appointment", false},
    {"named", "appointment", true},
    {"promotion of", "appointment", true},
    {"was promoted", "appointment", false},
    {"promoted", "appointment", true},
    {"election of", "election", true},
    {"was elected", "election", false},
    {"were elected", "election", false},
    {"has been elected", "election", false},
    {"elected", "election", true},
    {"resignation of", "resignation", true},
    {"has resigned", "resignation", false},
    {"will resign", "resignation", false},
    {"resigned", "resignation", false},
    {"resigns", "resignation", false},
    {"tendered his resignation", "resignation", false},
    {"tendered her resignation", "resignation", false},
    {"retirement of", "retirement", true},
    {"will retire", "retirement", false},
    {"has retired", "retirement", false},
    {"retired", "retirement", false},
    {"retires", "retirement", false},
    {"termination of", "termination", true},
    {"was terminated", "termination", false},
    {"was dismissed", "termination", false},
    {"death of", "death", true},
    {"passed away", "death", false},
    {"died", "death", false},
    {"departure of", "departure", true},
    {"stepped down", "departure", false},
    {"will step down", "departure", false},
    {"steps down", "departure", false},
    {"will leave", "departure", false},
    {"has left", "departure", false},
};

// Index of the word at which `phrase` (lower case, whole words) starts, or
// npos.
size_t FindPhrase(const std::vector<std::string_view>& words, std::string_view phrase,
                  size_t from = 0) {
  const std::vector<std::string_view> parts = Words(phrase);
  for (size_t i = from; i + parts.size() <= words.size(); ++i) {
    bool match = true;
    for (size_t k = 0; k < parts.size() && match; ++k) match = Is(words[i + k], parts[k]);
    if (match) return i;
  }
  return std::string_view::npos;
}

void Fill(const Sentence& s, std::string_view lower, EventRecord* e) {
  const size_t at = lower.find("effective");
  const std::string effective =
      at == std::string_view::npos ? std::string() : s.text.substr(at, 48);
  if (!effective.empty()) {
    e->effective_date = FindWrittenDate(effective);
    if (e->effective_date.empty() &&
        ascii::FindIgnoreCase(effective, "immediately") != std::string_view::npos) {
      e->effective_date = e->date;
    }
  }
  for (std::string_view cue : {"due to ", "to pursue ", "in order to ", "for personal reasons"}) {
    std::string reason = ClauseAfter(s.text, lower, cue);
    if (!reason.empty()) {
      e->reason = std::move(reason);
      break;
    }
  }
  e->evidence = s.text;
  e->offset = s.offset;
}

bool AllUpper(std::string_view s) { return HasUpper(s) && !HasLower(s); }

// The person (and role) of the event `cue` names at `words[at]`; false when
// the sentence names no one there.
bool ReadPersonEvent(const std::vector<std::string_view>& words, std::string_view lower,
                     const Cue& cue, size_t at, size_t length, EventRecord* e) {
  std::string person;
  std::string role;
  const size_t after = at + length;
  if (cue.person_after) {
    size_t name_end = after;
    person = NameAfter(words, after, &name_end);
    if (!person.empty()) role = RoleOf(lower, words, name_end, true);
  } else {
    // Over an appositive of one or more commas ("Betsy Rafael, Apple
    // Inc.'s Vice President, Corporate Controller and Principal Accounting
    // Officer, will retire").
    size_t end = at;
    for (int group = 0; group < 4 && person.empty(); ++group) {
      person = NameBefore(words, end);
      if (!person.empty() || end == 0 || !words[end - 1].ends_with(',')) break;
      size_t comma = end - 1;
      while (comma > 0 && !words[comma - 1].ends_with(',')) --comma;
      if (comma == 0) break;
      end = comma;
    }
    size_t appositive = end;
    size_t stop = end < at ? at : std::string_view::npos;
    // "..., informed the Board that he will retire": the person the
    // sentence named first.
    if (person.empty() && end > 0 && (Is(words[end - 1], "he") || Is(words[end - 1], "she"))) {
      for (size_t i = 0; i + 1 < end && person.empty(); ++i) {
        size_t name_end = i;
        if (IsNameWord(words[i])) person = NameAfter(words, i, &name_end);
        if (!person.empty() && person.find(' ') == std::string::npos) person.clear();
        if (!person.empty()) {
          appositive = name_end;
          stop = std::string_view::npos;
        }
      }
    }
    if (person.empty()) return false;
    if (cue.phrase == "became" || cue.phrase == "will become") {
      role = RoleRun(words, after);
    } else {
      role = RoleOf(lower, words, after, false);
    }
    if (role.empty()) {
      role = AppositiveRole(words, appositive, stop);
    }
  }
  if (person.empty()) return false;
  e->type = std::string(cue.type);
  e->person = std::move(person);
  e->role = std::move(role);
  return true;
}

// Whether two spellings name one person: "Rona A. Fairhead" and "Rona
// Fairhead", or "Kasenchak" after "Priscilla Kasenchak".
bool SamePerson(std::string_view a, std::string_view b) {
  if (ascii::EqualsIgnoreCase(a, b)) return true;
  const std::vector<std::string_view> x = Words(a);
  const std::vector<std::string_view> y = Words(b);
  if (x.empty() || y.empty() || !ascii::EqualsIgnoreCase(Core(x.back()), Core(y.back()))) {
    return false;
  }
  return x.size() == 1 || y.size() == 1 || ascii::EqualsIgnoreCase(x.front(), y.front());
}

}  // namespace

void AddEvent(EventRecord event, std::vector<EventRecord>* events) {
  for (EventRecord& e : *events) {
    if (e.type != event.type || !SamePerson(e.person, event.person)) continue;
    if (event.type == "board_size_change" && (e.from != event.from || e.to != event.to)) continue;
    // A headline in capitals and the sentence under it, or "Ms. Kasenchak"
    // after "Priscilla Kasenchak": keep the fuller, filling in what it lacks.
    const bool better = (AllUpper(e.person) && !AllUpper(event.person)) ||
                        Words(event.person).size() > Words(e.person).size();
    EventRecord& kept = better ? event : e;
    const EventRecord& other = better ? e : event;
    if (kept.role.empty()) kept.role = other.role;
    if (kept.effective_date.empty()) kept.effective_date = other.effective_date;
    if (kept.reason.empty()) kept.reason = other.reason;
    if (better) e = std::move(event);
    return;
  }
  events->push_back(std::move(event));
}

std::vector<EventRecord> ReadEvents(std::string_view text, int document, std::string_view company,
                                    std::string_view date) {
  std::vector<EventRecord> out;
  for (const Sentence& s : Sentences(text)) {
    if (out.size() >= kMaxEventsPerText) break;
    const std::string lower = ascii::ToLowerCopy(s.text);
    const std::vector<std::string_view> words = Words(s.text);
    EventRecord base;
    base.company = std::string(company);
    base.date = std::string(date);
    base.document = document;
    const bool board =
        lower.find("board") != std::string::npos || lower.find("directors") != std::string::npos;
    if (board &&
        (lower.find("number") != std::string::npos || lower.find("size") != std::string::npos ||
         lower.find("seats") != std::string::npos)) {
      EventRecord e = base;
      if (ReadBoardSize(words, &e.from, &e.to)) {
        e.type = "board_size_change";
        Fill(s, lower, &e);
        AddEvent(std::move(e), &out);
        continue;
      }
    }
    // Every cue of the sentence, each word read for one cue only ("was
    // appointed" before "appointed").
    std::vector<bool> used(words.size(), false);
    std::vector<std::pair<size_t, EventRecord>> found;
    for (const Cue& cue : kCues) {
      const size_t length = Words(cue.phrase).size();
      for (size_t at = FindPhrase(words, cue.phrase); at != std::string_view::npos;
           at = FindPhrase(words, cue.phrase, at + 1)) {
        bool overlaps = false;
        for (size_t k = at; k < at + length; ++k) overlaps = overlaps || used[k];
        if (overlaps) continue;
        EventRecord e = base;
        if (!ReadPersonEvent(words, lower, cue, at, length, &e)) continue;
        for (size_t k = at; k < at + length; ++k) used[k] = true;
        Fill(s, lower, &e);
        found.emplace_back(at, std::move(e));
      }
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [at, e] : found) AddEvent(std::move(e), &out);
  }
  return out;
}

}  // namespace edgard::extract
