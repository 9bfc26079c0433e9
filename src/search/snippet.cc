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
  explicit Tokenizer(std::string_view text) : text_(text) {}
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

Snippet MakeSnippet(std::string_view text, const std::vector<std::string>& terms,
                    int window_tokens) {
  const std::vector<Pattern> patterns = Compile(terms);
  size_t longest = 1;
  for (const Pattern& p : patterns) longest = std::max(longest, p.tokens.size());
  const size_t before = static_cast<size_t>(std::max(window_tokens, 4)) / 3;
  const size_t total = static_cast<size_t>(std::max(window_tokens, 4));

  // Scan to the first match, keeping the last `before + longest` tokens.
  Tokenizer tokenizer(text);
  std::vector<Token> all;  // tokens of the window, from its start
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
  return {std::move(out), match_start != std::string_view::npos};
}

}  // namespace edgard::search
