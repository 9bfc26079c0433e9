// The query language of EDGAR full-text search, parsed into a small tree and
// rendered as a SQLite FTS5 MATCH expression in which every user word is a
// quoted FTS5 string, so no input can produce an FTS5 syntax error.
//
// Syntax (keywords are upper case; lower-case "and", "or", "not" are words):
//
//   query    := sequence
//   sequence := or_expr ( [ "AND" ] or_expr )*      implied or explicit AND
//   or_expr  := unary ( "OR" unary )*
//   unary    := ( "NOT" | "-" ) unary | primary
//   primary  := word | '"' phrase '"' [ "*" ] | "(" sequence ")"
//   word     := characters up to white space, '(' or ')'; a trailing '*'
//               makes it a prefix term (direct*)
//
// Precedence, tightest first: NOT, then OR, then AND, as in web search
// engines: `a b OR c` means a AND (b OR c).
//
// Lexical details:
//   - '-' negates only at the start of a word and when something follows it
//     (`-board`, `-"board of directors"`, `-(a OR b)`); inside a word it is
//     part of the word (10-K), and a lone "-" is ignored.
//   - '"' opens a phrase only at the start of a word; inside a word it is a
//     literal character (o"neil, 5"), like the apostrophe in don't.
//   - A short parenthesised suffix such as 13(a) or 10b5-1(c)(1) is part of
//     the word, so SEC section numbers need no quoting.
//   - Words are lower-cased (ASCII; FTS5 folds the rest). A word the FTS5
//     tokenizer would split (10-K, u.s., don't) is matched as a phrase of its
//     tokens, which is what FTS5 does with a quoted string.
//   - A word or phrase with no letters or digits at all ("&", "—") is ignored,
//     as the FTS5 tokenizer would find nothing in it.
//
// Rules checked by ParseQuery: the query must have a positive part (a query
// made only of exclusions matches nothing useful), and an excluded term cannot
// be an alternative of OR (`a OR -b`), because FTS5's NOT is binary
// ("x NOT y"). Terms and nesting are capped (kMaxQueryTerms, kMaxQueryDepth),
// so hostile input is parsed in linear time.

#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/result.h"

namespace edgard::search {

// Most words and phrases in one query.
inline constexpr int kMaxQueryTerms = 64;
// Deepest nesting of parentheses in one query.
inline constexpr int kMaxQueryDepth = 32;

// A node of a parsed query. Invariants after ParseQuery: kAnd and kOr have two
// or more children and never a child of their own kind; kNot appears only as a
// direct child of a kAnd that also has a positive (non-kNot) child; the root
// is never kNot.
struct QueryNode {
  enum class Kind { kTerm, kPhrase, kAnd, kOr, kNot };
  Kind kind = Kind::kTerm;
  // kTerm: one word (lower-cased, without the '*'); kPhrase: the words of the
  // phrase, lower-cased.
  std::vector<std::string> words;
  // kTerm or kPhrase with a trailing '*': the last word is a prefix.
  bool prefix = false;
  // kAnd/kOr: two or more children; kNot: exactly one child.
  std::vector<QueryNode> children;
  // Byte offset in the input where the node starts, for error messages.
  size_t position = 0;
};

struct Query {
  QueryNode root;
  // The positive words and phrases (not under a NOT), lower-cased, without
  // duplicates, in query order, for highlighting snippets. Phrase words are
  // joined by one space; a prefix term keeps its trailing '*' ("direct*").
  std::vector<std::string> highlight_terms;
};

// Errors (ErrorCode::kInvalidInput) say where and what:
// "position 7: unbalanced quote", "position 0: empty query",
// "query has only excluded terms; add a term to search for".
Result<Query> ParseQuery(std::string_view input);

// FTS5 MATCH expression for the query, e.g. for `heaton -resigned directors`:
// `("heaton" AND "directors") NOT "resigned"`.
// `column` restricts every term to one FTS5 column when non-empty
// (`{"body"} : ( ... )`).
std::string ToFts5Match(const Query& query, std::string_view column);

}  // namespace edgard::search
