// Snippets: a short window of a document's text around the first match of a
// query's terms, with every match in the window marked by kHighlightStart /
// kHighlightEnd (edgard/search.h). One forward scan that stops at the first
// match, so a snippet of a 10 MB annual report costs microseconds, not the
// full re-tokenisation FTS5's snippet() does.
//
// Tokens are runs of ASCII letters and digits and non-ASCII bytes, compared
// ASCII-case-insensitively — the same words the index's unicode61 tokenizer
// sees for English text.

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace edgard::search {

struct Snippet {
  std::string text;
  bool matched = false;  // false: no term occurs; `text` is the start of the document
};

// `terms` as in Query::highlight_terms: words, phrases (words joined by a
// space), prefixes with a trailing '*'. `window_tokens` tokens of context in
// all.
Snippet MakeSnippet(std::string_view text, const std::vector<std::string>& terms,
                    int window_tokens);

}  // namespace edgard::search
