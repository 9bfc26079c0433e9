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
  size_t end = 0;        // where the window ends in the text
};

// `terms` as in Query::highlight_terms: words, phrases (words joined by a
// space), prefixes with a trailing '*'. `window_tokens` tokens of context in
// all. A caller that knows no match begins before `search_from` (it has
// searched that part already) saves searching it again.
Snippet MakeSnippet(std::string_view text, const std::vector<std::string>& terms, int window_tokens,
                    size_t search_from = 0);

// How far before the end of a text already searched a later search must
// start again, for a match that was cut off by that end.
size_t SnippetOverlap(const std::vector<std::string>& terms);

}  // namespace edgard::search
