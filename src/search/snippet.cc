#include "search/snippet.h"

#include <algorithm>

#include "base/ascii.h"
#include "edgard/search.h"

namespace edgard::search {
namespace {

bool IsTokenByte(char c) { return ascii::IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }

struct Token {
  size_t begin = 0;
  size_t end = 0;
};

// A term split into its lower-cased tokens; the last is a prefix when `prefix`.
struct Pattern {
  std::vector<std::string> tokens;
  bool prefix = false;
};

std::vector<Pattern> Compile(const std::vector<std::string>& terms) {
  std::vector<Pattern> patterns;
  for (std::string_view term : terms) {
    Pattern p;
    if (term.ends_with('*')) {
      p.prefix = true;
      term.remove_suffix(1);
    }
    std::string current;
    for (char c : term) {
      if (IsTokenByte(c)) {
        current.push_back(ascii::ToLower(c));
      } else if (!current.empty()) {
        p.tokens.push_back(std::move(current));
        current.clear();
      }
    }
    if (!current.empty()) p.tokens.push_back(std::move(current));
    if (!p.tokens.empty()) patterns.push_back(std::move(p));
  }
  return patterns;
}

bool TokenEquals(std::string_view text, const Token& token, const std::string& word, bool prefix) {
  const size_t length = token.end - token.begin;
  if (prefix ? length < word.size() : length != word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (ascii::ToLower(text[token.begin + i]) != word[i]) return false;
  }
  return true;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text, size_t from = 0) : text_(text), pos_(from) {}
  bool Next(Token* token) {
    while (pos_ < text_.size() && !IsTokenByte(text_[pos_])) ++pos_;
    if (pos_ >= text_.size()) return false;
    token->begin = pos_;
    while (pos_ < text_.size() && IsTokenByte(text_[pos_])) ++pos_;
    token->end = pos_;
    return true;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

// Length in tokens of a match of `p` ending at the newest token of `recent`.
size_t MatchEndingAt(std::string_view text, const std::vector<Token>& recent, const Pattern& p) {
  const size_t n = p.tokens.size();
  if (recent.size() < n) return 0;
  const size_t first = recent.size() - n;
  for (size_t i = 0; i < n; ++i) {
    if (!TokenEquals(text, recent[first + i], p.tokens[i], p.prefix && i + 1 == n)) return 0;
  }
  return n;
}

// The first match of any pattern in `text` (the one that ends first; among
// those ending together, the first pattern's), as the byte offset where it
// begins; npos when there is none. Each pattern's first word is found with
// a byte search and its tokens checked from there, so the text between
// matches is not tokenised.
size_t FirstMatch(std::string_view text, const std::vector<Pattern>& patterns, size_t from) {
  size_t best_begin = std::string_view::npos;
  size_t best_end = std::string_view::npos;
  for (const Pattern& p : patterns) {
    const std::string& first = p.tokens.front();
    for (size_t at = ascii::FindIgnoreCase(text, first, from);
         at != std::string_view::npos && at < best_end;
         at = ascii::FindIgnoreCase(text, first, at + 1)) {
      if (at > 0 && IsTokenByte(text[at - 1])) continue;  // inside a longer word
      Tokenizer tokens(text, at);
      Token token;
      size_t matched = 0;
      while (
          matched < p.tokens.size() && tokens.Next(&token) &&
          TokenEquals(text, token, p.tokens[matched], p.prefix && matched + 1 == p.tokens.size())) {
        ++matched;
      }
      if (matched < p.tokens.size()) continue;
      if (token.end < best_end) {
        best_begin = at;
        best_end = token.end;
      }
      break;  // this pattern's later matches end later
    }
  }
  return best_begin;
}

// Where the `count`-th token before `at` begins (the text's first token's
// start when there are fewer).
size_t TokensBefore(std::string_view text, size_t at, size_t count) {
  size_t begin = at;
  for (size_t found = 0; found < count; ++found) {
    size_t pos = begin;
    while (pos > 0 && !IsTokenByte(text[pos - 1])) --pos;
    if (pos == 0) break;
    while (pos > 0 && IsTokenByte(text[pos - 1])) --pos;
    begin = pos;
  }
  return begin;
}

void AppendClean(std::string_view text, std::string* out) {
  for (char c : text) {
    if (c == kHighlightStart || c == kHighlightEnd) continue;
    if (ascii::IsSpace(c)) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

}  // namespace

size_t SnippetOverlap(const std::vector<std::string>& terms) {
  // A match may be spread over more white space than its term has (a phrase
  // across a line break and an indent): room for that too.
  constexpr size_t kSpread = 4096;
  size_t longest = 0;
  for (const std::string& term : terms) longest = std::max(longest, term.size());
  return 2 * longest + kSpread;
}

Snippet MakeSnippet(std::string_view text, const std::vector<std::string>& terms, int window_tokens,
                    size_t search_from) {
  const std::vector<Pattern> patterns = Compile(terms);
  size_t longest = 1;
  for (const Pattern& p : patterns) longest = std::max(longest, p.tokens.size());
  const size_t before = static_cast<size_t>(std::max(window_tokens, 4)) / 3;
  const size_t total = static_cast<size_t>(std::max(window_tokens, 4));

  // Find the first match, then tokenise from `before` tokens ahead of it,
  // keeping the last `before + longest` tokens.
  const size_t found = FirstMatch(text, patterns, search_from);
  Tokenizer tokenizer(text, found == std::string_view::npos
                                ? text.size()
                                : TokensBefore(text, found, before + longest));
  std::vector<Token> history;
  Token token;
  size_t match_start = std::string_view::npos;
  while (tokenizer.Next(&token)) {
    history.push_back(token);
    for (const Pattern& p : patterns) {
      if (size_t n = MatchEndingAt(text, history, p); n > 0) {
        match_start = history.size() - n;
        break;
      }
    }
    if (match_start != std::string_view::npos) break;
    if (history.size() > 4 * (before + longest)) {
      history.erase(history.begin(), history.end() - static_cast<long>(before + longest));
    }
  }
  size_t window_begin = 0;
  std::vector<std::pair<size_t, size_t>> marks;  // byte ranges to highlight
  size_t window_end = 0;
  if (match_start == std::string_view::npos) {
    // No match: the first tokens of the text.
    Tokenizer head(text);
    size_t count = 0;
    while (count < total && head.Next(&token)) {
      if (count == 0) window_begin = token.begin;
      window_end = token.end;
      ++count;
    }
  } else {
    const size_t first = match_start > before ? match_start - before : 0;
    window_begin = history[first].begin;
    std::vector<Token> window(history.begin() + static_cast<long>(first), history.end());
    marks.push_back({history[match_start].begin, history.back().end});
    window_end = history.back().end;
    // Continue to the end of the window, marking further matches.
    while (window.size() < total && tokenizer.Next(&token)) {
      window.push_back(token);
      window_end = token.end;
      for (const Pattern& p : patterns) {
        if (size_t n = MatchEndingAt(text, window, p); n > 0) {
          const size_t begin = window[window.size() - n].begin;
          if (!marks.empty() && begin < marks.back().second) {
            marks.back().second = token.end;
          } else {
            marks.push_back({begin, token.end});
          }
          break;
        }
      }
    }
  }
  std::string out;
  if (window_begin > 0) out += "...";
  size_t pos = window_begin;
  for (const auto& [begin, end] : marks) {
    AppendClean(text.substr(pos, begin - pos), &out);
    out.push_back(kHighlightStart);
    AppendClean(text.substr(begin, end - begin), &out);
    out.push_back(kHighlightEnd);
    pos = end;
  }
  AppendClean(text.substr(pos, window_end - pos), &out);
  if (window_end < text.size()) out += "...";
  return {std::move(out), match_start != std::string_view::npos, window_end};
}

}  // namespace edgard::search
