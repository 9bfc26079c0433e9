#include "extract/document_clues.h"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <vector>

#include "base/ascii.h"
#include "extract/cover_page.h"
#include "extract/words.h"

namespace edgard::extract {
namespace {

constexpr size_t kNpos = std::string_view::npos;

// The top of a document, in non-empty lines: where a press release announces
// itself (heading, contact block, dateline) and a power of attorney has its
// title.
constexpr size_t kTopLines = 40;
// How much of a paragraph, and how many of its lines, the dateline reader joins.
constexpr size_t kParagraphBytes = 600;
constexpr size_t kParagraphLines = 12;
// A dateline's place ("CUPERTINO, California", "Los Angeles, CA, July 24,
// 2003") ends within this many bytes of its paragraph's start.
constexpr size_t kPlaceBytes = 100;
// How far into the text after the dateline the announcing verb may be.
constexpr size_t kAnnouncementBytes = 300;
// The text after "IN WITNESS WHEREOF" that holds the execution date.
constexpr size_t kWitnessBytes = 500;
// The text before (the "Company") that holds the company's name.
constexpr size_t kDefinedNameBytes = 300;
// A name of more words than this is a sentence.
constexpr size_t kMaxNameWords = 10;

constexpr std::string_view kEmDash = "\xE2\x80\x94";
constexpr std::string_view kEnDash = "\xE2\x80\x93";

bool Contains(std::string_view text, std::string_view needle) {
  return ascii::FindIgnoreCase(text, needle) != kNpos;
}

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> needles) {
  return std::any_of(needles.begin(), needles.end(),
                     [text](std::string_view needle) { return Contains(text, needle); });
}

// Index one past the kTopLines-th non-empty line.
size_t TopEnd(const std::vector<std::string_view>& lines) {
  size_t count = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].empty() && ++count == kTopLines) return i + 1;
  }
  return lines.size();
}

bool StartsWithDash(std::string_view text) {
  return text.starts_with(kEmDash) || text.starts_with(kEnDash);
}

// "FORM 8-K", "FORM 10-Q", "FORM 6-K/A" on a line of its own.
bool IsFormLine(std::string_view line) {
  if (line.size() > 40) return false;
  const std::string collapsed = ascii::CollapseSpace(line);
  if (collapsed.size() > 20 || !ascii::StartsWithIgnoreCase(collapsed, "form ")) return false;
  const std::string_view type = std::string_view(collapsed).substr(5);
  return type.find('-') != kNpos && type.find(' ') == kNpos;
}

// The top of an 8-K, 10-K, 10-Q or 6-K: ReadCoverPage's business, even when a
// press release is quoted further down.
bool IsCoverPage(const std::vector<std::string_view>& lines, size_t top) {
  for (size_t i = 0; i < top; ++i) {
    const std::string_view line = lines[i];
    if (IsFormLine(line) || ascii::EqualsIgnoreCase(line, "current report") ||
        Contains(line, "exact name of registrant") || Contains(line, "(registrant name)")) {
      return true;
    }
  }
  return false;
}

bool NamesWire(std::string_view text) {
  return ContainsAny(text, {"prnewswire", "business wire", "businesswire", "globe newswire",
                            "globenewswire", "accesswire", "marketwire", "/cnw/", "einpresswire"});
}

// "NEWS RELEASE", "N E W S   R E L E A S E", "For Immediate Release: November 22, 2024".
bool IsReleaseHeading(std::string_view line) {
  if (line.size() > 100) return false;
  std::string letters;  // of the opening words, spaces dropped
  for (char c : line) {
    if (ascii::IsAlpha(c)) {
      letters.push_back(ascii::ToUpper(c));
    } else if (c != ' ') {
      break;
    }
  }
  for (std::string_view heading :
       {"NEWSRELEASE", "PRESSRELEASE", "FORIMMEDIATERELEASE", "FORRELEASE", "MEDIARELEASE"}) {
    if (letters.starts_with(heading)) return true;
  }
  return false;
}

// A title: "POWER OF ATTORNEY", "LIMITED POWER OF ATTORNEY - SECURITIES LAW
// COMPLIANCE", "Re: Microsoft Corporation - Power of Attorney"; not a line of
// running text that mentions one ("pursuant to this Power of Attorney shall").
bool IsPowerOfAttorneyTitle(std::string_view line) {
  if (line.size() > 200) return false;
  const std::string collapsed = ascii::CollapseSpace(line);
  if (collapsed.size() > 100 || !Contains(collapsed, "power of attorney")) return false;
  for (std::string_view word : Words(collapsed)) {
    if (word.size() >= 4 && ascii::IsLower(word.front())) return false;
  }
  return true;
}

bool IsPowerOfAttorney(const std::vector<std::string_view>& lines, size_t top,
                       std::string_view top_text) {
  for (size_t i = 0; i < top; ++i) {
    if (IsPowerOfAttorneyTitle(lines[i])) return true;
  }
  // A proxy card appoints proxies; an assignment or a bond begins "Know all
  // men by these presents" too, but appoints no attorney.
  if (!Contains(top_text, "attorney") || Contains(top_text, "proxies")) return false;
  return ContainsAny(top_text, {"by these presents", "constitutes and appoints", "hereby appoint"});
}

bool IsCorporateSuffix(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ';')) {
    word.remove_suffix(1);
  }
  for (std::string_view suffix :
       {"inc", "incorporated", "corp", "corporation", "co",    "company", "ltd",   "limited",
        "llc", "l.l.c",        "lp",   "l.p",         "llp",   "plc",     "n.v",   "nv",
        "s.a", "sa",           "ag",   "se",          "trust", "bancorp", "group", "holdings"}) {
    if (ascii::EqualsIgnoreCase(word, suffix)) return true;
  }
  return false;
}

// A word that can be part of a company's name: capitalised ("HemaCare",
// "Apple®", "3M", "&"), or a suffix written in lower case ("plc").
bool IsNameWord(std::string_view word) {
  if (word.empty() || word.starts_with("\xE2\x80")) return false;  // quotes, dashes
  const char c = word.front();
  if (ascii::IsUpper(c) || ascii::IsDigit(c) || c == '&' || static_cast<unsigned char>(c) >= 0x80) {
    return true;
  }
  return IsCorporateSuffix(word) || word == "de";
}

// A name as written, without trademark signs or trailing punctuation.
std::string CleanName(std::string_view text) {
  std::string name;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i).starts_with("\xC2\xAE")) {  // ®
      ++i;
    } else if (text.substr(i).starts_with("\xE2\x84\xA2")) {  // ™
      i += 2;
    } else {
      name.push_back(text[i]);
    }
  }
  std::string_view trimmed = ascii::Trim(name);
  while (!trimmed.empty()) {
    if (trimmed.ends_with(kEmDash) || trimmed.ends_with(kEnDash)) {
      trimmed.remove_suffix(3);
    } else if (trimmed.back() == ',' || trimmed.back() == ';' || trimmed.back() == ':' ||
               trimmed.back() == '-') {
      trimmed.remove_suffix(1);
    } else {
      break;
    }
    trimmed = ascii::TrimRight(trimmed);
  }
  return std::string(trimmed);
}

// "HemaCare Corporation", "The Buckle, Inc.": capitalised words ending in a
// corporate suffix (which alone, "LIMITED", is no name).
bool LooksLikeCompany(std::string_view text) {
  const std::string collapsed = ascii::CollapseSpace(text);
  const std::vector<std::string_view> words = Words(collapsed);
  if (words.size() < 2 || words.size() > kMaxNameWords || ascii::IsLower(words.front().front())) {
    return false;
  }
  return std::all_of(words.begin(), words.end(), IsNameWord) && IsCorporateSuffix(words.back());
}

// Position of the first dash that can end a dateline's place or date: "--",
// " - ", an em or en dash; sets `*length`.
size_t FindDash(std::string_view text, size_t* length) {
  for (size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("--") || StartsWithDash(rest)) {
      *length = rest.starts_with("--") ? 2 : 3;
      return i;
    }
    if (rest.starts_with(" - ")) {
      *length = 3;
      return i;
    }
  }
  return kNpos;
}

// "CUPERTINO, California", "Los Angeles, CA, July 24, 2003", "WOODLAND HILLS,
// CA (March 13, 2003)", "DUBLIN, Aug. 6, 2014 /PRNewswire/", "DUBLIN &
// LEXINGTON, Mass.": capitalised words, numbers and parentheses only.
bool IsPlace(std::string_view place) {
  if (place.empty() || place.size() > kPlaceBytes || !ascii::IsUpper(place.front())) return false;
  for (std::string_view word : Words(place)) {
    const char c = word.front();
    const bool ok = ascii::IsUpper(c) || ascii::IsDigit(c) || c == '(' || c == '/' || c == '&' ||
                    static_cast<unsigned char>(c) >= 0x80 || word == "and" || word == "of" ||
                    word == "de";
    if (!ok) return false;
  }
  return true;
}

// Past the dashes, dates and wire names that follow a dateline's place:
// "—July 24, 2012—", "--(BUSINESS WIRE)--", " - ".
size_t SkipDatelineTail(std::string_view paragraph, size_t at) {
  for (size_t round = 0; round < 4; ++round) {
    while (at < paragraph.size()) {
      if (paragraph[at] == ' ' || paragraph[at] == '-') {
        ++at;
      } else if (StartsWithDash(paragraph.substr(at))) {
        at += 3;
      } else {
        break;
      }
    }
    const std::string_view rest = paragraph.substr(at);
    if (rest.starts_with('(')) {
      const size_t close = rest.find(')');
      if (close == kNpos || close > 40) break;
      const std::string_view inside = rest.substr(1, close - 1);
      if (!NamesWire(inside) && FindWrittenDate(inside).empty()) break;
      at += close + 1;
      continue;
    }
    size_t length = 0;
    const size_t dash = FindDash(rest.substr(0, std::min<size_t>(rest.size(), 30)), &length);
    if (dash == kNpos || FindWrittenDate(rest.substr(0, dash)).empty()) break;
    at += dash + length;
  }
  return at;
}

struct Name {
  std::string text;
  bool marked = false;  // carries a corporate suffix or is followed by a ticker
};

// Who the first sentence after a dateline is about: "HemaCare Corporation
// (OTC Bulletin Board: HEMA) announced", "Apple® today announced". Empty when
// the subject is not a name ("The Oracle Board of Directors today announced").
Name ReadSubject(std::string_view body) {
  size_t pos = 0;
  size_t end = 0;
  size_t count = 0;
  std::string_view stop;
  while (pos < body.size()) {
    size_t space = body.find(' ', pos);
    if (space == kNpos) space = body.size();
    const std::string_view word = body.substr(pos, space - pos);
    if (!IsNameWord(word) || count == kMaxNameWords) {
      stop = word;
      break;
    }
    end = space;
    ++count;
    pos = space + 1;
  }
  if (count == 0 || count == kMaxNameWords) return {};
  Name name{CleanName(body.substr(0, end))};
  const std::vector<std::string_view> words = Words(name.text);
  if (name.text.empty() || words.empty()) return {};
  bool ticker = false;
  if (stop.starts_with('(')) {  // "(NYSE: CAT)", "(OTC Bulletin Board: HEMA)"
    const std::string_view paren = body.substr(pos, 40);
    const size_t close = paren.find(')');
    ticker = close != kNpos && paren.substr(0, close).find(':') != kNpos;
  }
  name.marked = ticker || IsCorporateSuffix(words.back());
  const bool announces = ascii::StartsWithIgnoreCase(stop, "today") ||
                         ascii::StartsWithIgnoreCase(stop, "announc") ||
                         ascii::StartsWithIgnoreCase(stop, "report");
  if (!name.marked && !(announces && count <= 4)) return {};
  return name;
}

struct Dateline {
  std::string date;  // YYYY-MM-DD, empty when the dateline has none
  Name company;
};

// A dateline opening `paragraph` (white space collapsed): place, dash, maybe a
// date or a wire's name, dash, and a sentence announcing something.
std::optional<Dateline> ReadDateline(std::string_view paragraph) {
  size_t length = 0;
  const size_t dash =
      FindDash(paragraph.substr(0, std::min(paragraph.size(), kPlaceBytes + 3)), &length);
  if (dash == kNpos || dash == 0) return std::nullopt;
  const std::string_view place = ascii::Trim(paragraph.substr(0, dash));
  const size_t body = SkipDatelineTail(paragraph, dash + length);
  const std::string_view lead = paragraph.substr(0, body);
  const bool wire = NamesWire(lead);
  if (!IsPlace(place) || (place.find(',') == kNpos && !wire)) return std::nullopt;
  const std::string_view announcement = paragraph.substr(body, kAnnouncementBytes);
  if (!wire && !ContainsAny(announcement, {"today", "announc", "report", "said", "declar"})) {
    return std::nullopt;
  }
  return Dateline{.date = FindWrittenDate(lead), .company = ReadSubject(announcement)};
}

// The paragraph that starts at `first`, white space collapsed. A dateline
// alone on its line ("PRINCETON, N.J.--(BUSINESS WIRE)--") takes the next
// paragraph with it.
std::string Paragraph(const std::vector<std::string_view>& lines, size_t first) {
  std::string joined;
  for (size_t i = first;
       i < lines.size() && i < first + kParagraphLines && joined.size() < kParagraphBytes; ++i) {
    if (lines[i].empty()) {
      const std::string_view end = ascii::TrimRight(joined);
      if (end.ends_with("--") || end.ends_with(kEmDash) || end.ends_with(kEnDash)) continue;
      break;
    }
    if (!joined.empty()) joined.push_back(' ');
    joined.append(lines[i].substr(0, kParagraphBytes));
  }
  return ascii::CollapseSpace(joined);
}

// A line that is only a date: "April 28, 2022".
std::string DateOnlyLine(std::string_view line) {
  if (line.size() > 40) return {};
  const std::string collapsed = ascii::CollapseSpace(line);
  if (collapsed.empty() || !ascii::IsAlpha(collapsed.front()) || Words(collapsed).size() > 3) {
    return {};
  }
  return FindWrittenDate(collapsed);
}

// The date heading a release: "For Immediate Release: November 22, 2024",
// "Date: January 26, 1998", or a line that is only a date.
std::string HeadingDate(std::string_view line) {
  if (std::string date = DateOnlyLine(line); !date.empty()) return date;
  for (std::string_view label : {"date", "for immediate release", "for release", "release date"}) {
    if (ascii::StartsWithIgnoreCase(line, label)) {
      return FindWrittenDate(ascii::CollapseSpace(line.substr(0, kParagraphBytes)));
    }
  }
  return {};
}

// Cells of a line: split at " | " (HTML table cells) and at runs of two or
// more spaces (legacy columns).
std::vector<std::string_view> Cells(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    const bool end = i == line.size();
    const bool bar = !end && line[i] == '|';
    const bool gap = !end && i + 1 < line.size() && line[i] == ' ' && line[i + 1] == ' ';
    if (!end && !bar && !gap) continue;
    if (const std::string_view cell = ascii::Trim(line.substr(start, i - start)); !cell.empty()) {
      cells.push_back(cell);
    }
    while (i + 1 < line.size() && (line[i + 1] == ' ' || line[i + 1] == '|')) ++i;
    start = i + 1;
  }
  return cells;
}

// The company of a contact block: "Contact:  HemaCare Corporation", or a
// company on one of the lines below "Contact:" ("The Buckle, Inc.").
std::string ContactCompany(const std::vector<std::string_view>& lines, size_t top) {
  for (size_t i = 0; i < top; ++i) {
    const size_t label = ascii::FindIgnoreCase(lines[i], "contact");
    if (label == kNpos || label > 20) continue;
    for (size_t j = i; j < top && j < i + 4 && !lines[j].empty(); ++j) {
      std::string_view line = lines[j];
      if (j == i) {
        const size_t colon = line.find(':', label);
        if (colon == kNpos) continue;
        line = line.substr(colon + 1);
      }
      for (std::string_view cell : Cells(line)) {
        if (LooksLikeCompany(cell)) return CleanName(ascii::CollapseSpace(cell));
      }
    }
  }
  return {};
}

// The day a power of attorney was executed: "IN WITNESS WHEREOF ... this 8th
// day of May, 2003" or "... as of April 24, 2017", else a "Dated:" or
// "Effective" line, else a line that is only a date (under the signature).
// `flat` is the text with its white space collapsed.
std::string ExecutionDate(std::string_view flat, const std::vector<std::string_view>& lines) {
  if (const size_t at = ascii::FindIgnoreCase(flat, "in witness whereof"); at != kNpos) {
    const std::string_view window = flat.substr(at, kWitnessBytes);
    std::string date = FindDayOfMonthDate(window);
    if (date.empty()) date = FindWrittenDate(window);
    if (!date.empty()) return date;
  }
  if (std::string date = FindDayOfMonthDate(flat); !date.empty()) return date;
  for (size_t i = 0; i < lines.size(); ++i) {
    for (std::string_view label : {"dated", "date:", "effective", "executed"}) {
      if (!ascii::StartsWithIgnoreCase(lines[i], label)) continue;
      std::string date = FindWrittenDate(ascii::CollapseSpace(lines[i].substr(0, kParagraphBytes)));
      // "Date:" with the date on the line below.
      if (date.empty() && lines[i].size() <= label.size() + 1 && i + 1 < lines.size()) {
        date = DateOnlyLine(lines[i + 1]);
      }
      if (!date.empty()) return date;
    }
  }
  for (std::string_view line : lines) {
    if (std::string date = DateOnlyLine(line); !date.empty()) return date;
  }
  return {};
}

// `text` opens with a defined term for the company: `"Company")`,
// `“Company”)`, ``Company'')`.
bool DefinesCompany(std::string_view text) {
  size_t at = 0;
  while (at < text.size() && at < 6) {
    if (text[at] == '"' || text[at] == '`' || text[at] == '\'') {
      ++at;
    } else if (text.substr(at).starts_with("\xE2\x80\x9C") ||
               text.substr(at).starts_with("\xE2\x80\x98")) {  // “ ‘
      at += 3;
    } else {
      break;
    }
  }
  if (at == 0) return false;
  for (std::string_view term : {"company", "corporation", "issuer", "registrant"}) {
    const std::string_view rest = text.substr(at);
    if (ascii::StartsWithIgnoreCase(rest, term) &&
        (rest.size() == term.size() || !ascii::IsAlpha(rest[term.size()]))) {
      return true;
    }
  }
  return false;
}

// The name that ends `text`: "... director of HemaCare Corporation" ->
// "HemaCare Corporation"; "... of Eventbrite, Inc., a Delaware corporation" ->
// "Eventbrite, Inc.".
std::string NameAtEnd(std::string_view text) {
  text = ascii::Trim(text);
  // An appositive saying what kind of entity it is.
  size_t appositive = text.rfind(", a ");
  if (const size_t an = text.rfind(", an ");
      an != kNpos && (appositive == kNpos || an > appositive)) {
    appositive = an;
  }
  if (appositive != kNpos &&
      ContainsAny(text.substr(appositive), {"corporation", "company", "incorporated", "organized",
                                            "partnership", "limited liability"})) {
    text = text.substr(0, appositive);
  }
  const std::vector<std::string_view> words = Words(text);
  size_t first = words.size();
  while (first > 0 && words.size() - first < kMaxNameWords) {
    const std::string_view word = words[first - 1];
    const bool bank_of =
        word == "of" && first >= 2 && ascii::EqualsIgnoreCase(words[first - 2], "bank");
    if (!bank_of && (!IsNameWord(word) || word.front() == '(' || word.back() == ')')) break;
    --first;
  }
  // Not from a lower-case word ("plc" cut from its name by kMaxNameWords).
  while (first < words.size() && ascii::IsLower(words[first].front())) ++first;
  if (first == words.size()) return {};
  const std::string_view last = words.back();
  const size_t begin = static_cast<size_t>(words[first].data() - text.data());
  const size_t end = static_cast<size_t>(last.data() + last.size() - text.data());
  return CleanName(text.substr(begin, end - begin));
}

// The company a power of attorney is about: the name before (the "Company"),
// else the one before "- Power of Attorney" in the title.
std::string PowerOfAttorneyCompany(std::string_view flat,
                                   const std::vector<std::string_view>& lines, size_t top) {
  for (size_t at = ascii::FindIgnoreCase(flat, "(the "); at != kNpos;
       at = ascii::FindIgnoreCase(flat, "(the ", at + 1)) {
    if (!DefinesCompany(flat.substr(at + 5))) continue;
    const size_t from = at > kDefinedNameBytes ? at - kDefinedNameBytes : 0;
    if (std::string name = NameAtEnd(flat.substr(from, at - from)); !name.empty()) return name;
  }
  for (size_t i = 0; i < top; ++i) {
    if (!IsPowerOfAttorneyTitle(lines[i])) continue;
    const std::string collapsed = ascii::CollapseSpace(lines[i]);
    std::string_view before = std::string_view(collapsed).substr(
        0, ascii::FindIgnoreCase(collapsed, "power of attorney"));
    if (ascii::StartsWithIgnoreCase(before, "re:")) before = before.substr(3);
    const std::string name = CleanName(before);
    if (LooksLikeCompany(name)) return name;
  }
  return {};
}

}  // namespace

DocumentClues ReadDocumentClues(std::string_view text) {
  text = text.substr(0, kDocumentCluesBytes);
  const std::vector<std::string_view> lines = ascii::SplitLines(text, true);
  const size_t top = TopEnd(lines);
  if (top == 0 || IsCoverPage(lines, top)) return {};
  const std::string_view last = lines[top - 1];
  const std::string top_text = ascii::CollapseSpace(
      text.substr(0, static_cast<size_t>(last.data() + last.size() - text.data())));

  DocumentClues clues;
  if (IsPowerOfAttorney(lines, top, top_text)) {
    const std::string flat = ascii::CollapseSpace(text);
    clues.kind = "power_of_attorney";
    clues.date = ExecutionDate(flat, lines);
    clues.company = PowerOfAttorneyCompany(flat, lines, top);
    return clues;
  }

  std::optional<Dateline> dateline;
  size_t dateline_line = top;
  for (size_t i = 0; i < top && !dateline; ++i) {
    if (lines[i].empty()) continue;
    dateline = ReadDateline(Paragraph(lines, i));
    if (dateline) dateline_line = i;
  }
  const bool heading = std::any_of(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(top),
                                   IsReleaseHeading);
  if (!dateline && !heading && !NamesWire(top_text)) return {};

  clues.kind = "press_release";
  if (dateline) clues.date = dateline->date;
  for (size_t i = 0; i < dateline_line && clues.date.empty(); ++i)
    clues.date = HeadingDate(lines[i]);
  if (dateline && dateline->company.marked) {
    clues.company = dateline->company.text;
  } else {
    clues.company = ContactCompany(lines, top);
    if (clues.company.empty() && dateline) clues.company = dateline->company.text;
  }
  return clues;
}

}  // namespace edgard::extract
