// The query language of EDGAR full-text search: implied AND between terms,
// "exact phrases", OR, NOT or a leading '-', trailing '*' for a prefix,
// parentheses for grouping. Parsed into a small tree and rendered as a
// SQLite FTS5 MATCH expression in which every user word is quoted, so no
// input can produce an FTS5 syntax error.

#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/result.h"

namespace edgard::search {

struct QueryNode {
  enum class Kind { kTerm, kPhrase, kAnd, kOr, kNot };
  Kind kind = Kind::kTerm;
  // kTerm: one word (lower-cased); kPhrase: the words of the phrase.
  std::vector<std::string> words;
  bool prefix = false;  // kTerm with a trailing '*'
  // kAnd/kOr: two or more children; kNot: exactly one child.
  std::vector<QueryNode> children;
};

struct Query {
  QueryNode root;
  // The positive words and phrases, for highlighting.
  std::vector<std::string> highlight_terms;
};

// Errors say where and what: "position 7: unbalanced quote".
// A query made only of negations is an error (nothing to match against).
Result<Query> ParseQuery(std::string_view input);

// FTS5 MATCH expression for the query, e.g. `"heaton" AND "board of directors"`.
// `column` restricts terms to one FTS5 column when non-empty ("body").
std::string ToFts5Match(const Query& query, std::string_view column);

}  // namespace edgard::search
