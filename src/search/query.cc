#include "search/query.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include "base/ascii.h"
#include "edgard/status.h"

namespace edgard::search {
namespace {

// Longest literal parenthesised suffix kept inside a word, as in 13(a),
// 10b5-1(c)(1) or (iv); bounded so that scanning stays linear.
constexpr size_t kMaxLiteralParenChars = 8;

// Control characters (NUL included) separate words like spaces do, so none of
// them reaches FTS5, whose expression parser stops at a NUL.
constexpr bool IsQuerySpace(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte <= 0x20 || byte == 0x7F;
}

// --- Which characters the FTS5 unicode61 tokenizer keeps -------------------

struct CodeRange {
  uint32_t first;
  uint32_t last;
};

// Non-ASCII code points that SQLite 3.40's unicode61 tokenizer (default
// categories "L* N* Co", remove_diacritics 2) treats as separators, for the
// blocks where queries typically carry punctuation: Latin-1, spacing modifier
// letters, general punctuation, currency, letterlike symbols, arrows, math,
// box drawing, dingbats, CJK punctuation, half- and full-width forms.
// query_test.cc checks every code point of these blocks against FTS5; other
// non-ASCII code points count as token characters.
constexpr CodeRange kSeparatorRanges[] = {
    {0x0080, 0x00A9}, {0x00AB, 0x00B1}, {0x00B4, 0x00B4}, {0x00B6, 0x00B8}, {0x00BB, 0x00BB},
    {0x00BF, 0x00BF}, {0x00D7, 0x00D7}, {0x00F7, 0x00F7}, {0x02C2, 0x02C5}, {0x02D2, 0x02DF},
    {0x02E5, 0x02EB}, {0x02ED, 0x02ED}, {0x02EF, 0x02FF}, {0x2000, 0x2064}, {0x206A, 0x206F},
    {0x207A, 0x207E}, {0x208A, 0x208E}, {0x20A0, 0x20B9}, {0x20D0, 0x20F0}, {0x2100, 0x2101},
    {0x2103, 0x2106}, {0x2108, 0x2109}, {0x2114, 0x2114}, {0x2116, 0x2118}, {0x211E, 0x2123},
    {0x2125, 0x2125}, {0x2127, 0x2127}, {0x2129, 0x2129}, {0x212E, 0x212E}, {0x213A, 0x213B},
    {0x2140, 0x2144}, {0x214A, 0x214D}, {0x214F, 0x214F}, {0x2190, 0x23F3}, {0x2400, 0x2426},
    {0x2440, 0x244A}, {0x249C, 0x24E9}, {0x2500, 0x26FF}, {0x2701, 0x2775}, {0x2794, 0x2B4C},
    {0x2B50, 0x2B59}, {0x3000, 0x3004}, {0x3008, 0x3020}, {0x302A, 0x3030}, {0x3036, 0x3037},
    {0x303D, 0x303F}, {0xFE00, 0xFE19}, {0xFE20, 0xFE26}, {0xFE30, 0xFE52}, {0xFE54, 0xFE66},
    {0xFE68, 0xFE6B}, {0xFEFF, 0xFEFF}, {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF40},
    {0xFF5B, 0xFF65}, {0xFFE0, 0xFFE6}, {0xFFE8, 0xFFEE}, {0xFFF9, 0xFFFF},
};

bool IsTokenCodePoint(uint32_t code) {
  if (code < 0x80) return ascii::IsAlnum(static_cast<char>(code));
  const auto* it =
      std::upper_bound(std::begin(kSeparatorRanges), std::end(kSeparatorRanges), code,
                       [](uint32_t value, const CodeRange& range) { return value < range.first; });
  if (it == std::begin(kSeparatorRanges)) return true;
  --it;
  return code > it->last;
}

// Payload bits of a UTF-8 lead byte >= 0xC0, as SQLite's sqlite3Utf8Trans1.
uint32_t LeadByteBits(unsigned char byte) {
  if (byte < 0xE0) return byte - 0xC0u;
  if (byte < 0xF0) return byte - 0xE0u;
  if (byte < 0xF8) return byte - 0xF0u;
  constexpr uint32_t kRest[] = {0, 1, 2, 3, 0, 1, 0, 0};
  return kRest[byte - 0xF8u];
}

// True when the FTS5 tokenizer would find at least one token in `text`.
// Decodes UTF-8 leniently, the way SQLite's READ_UTF8 does, so that invalid
// bytes are classified as FTS5 will see them.
bool HasTokenCharacter(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i++]);
    uint32_t code = byte;
    if (byte >= 0xC0) {
      code = LeadByteBits(byte);
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) {
        code = (code << 6) + (static_cast<unsigned char>(text[i++]) & 0x3Fu);
      }
      if (code < 0x80 || (code & 0xFFFFF800u) == 0xD800 || (code & 0xFFFFFFFEu) == 0xFFFE) {
        code = 0xFFFD;
      }
    }
    if (IsTokenCodePoint(code)) return true;
  }
  return false;
}

// --- Lexer ------------------------------------------------------------------

enum class TokenKind { kWord, kPhrase, kOpen, kClose, kAnd, kOr, kNot, kEnd };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  size_t position = 0;
  // kWord: the word without its trailing '*'s; kPhrase: the text between the
  // quotes; kNot: "NOT" or "-".
  std::string_view text;
  bool prefix = false;
};

Status ErrorAt(size_t position, std::string_view what) {
  std::string message = "position " + std::to_string(position) + ": ";
  message += what;
  return InvalidInput(std::move(message));
}

bool IsKeyword(std::string_view word) { return word == "AND" || word == "OR" || word == "NOT"; }

class Lexer {
 public:
  explicit Lexer(std::string_view input) : input_(input) {}

  Result<Token> Next() {
    while (pos_ < input_.size() && IsQuerySpace(input_[pos_])) ++pos_;
    Token token;
    token.position = pos_;
    if (pos_ >= input_.size()) return token;
    const char c = input_[pos_];
    if (c == '(' || c == ')') {
      token.kind = c == '(' ? TokenKind::kOpen : TokenKind::kClose;
      token.text = input_.substr(pos_++, 1);
      return token;
    }
    if (c == '-' && pos_ + 1 < input_.size() && !IsQuerySpace(input_[pos_ + 1]) &&
        input_[pos_ + 1] != ')') {
      token.kind = TokenKind::kNot;
      token.text = input_.substr(pos_++, 1);
      return token;
    }
    if (c == '"') {
      const size_t close = input_.find('"', pos_ + 1);
      if (close == std::string_view::npos) return ErrorAt(pos_, "unbalanced quote");
      token.kind = TokenKind::kPhrase;
      token.text = input_.substr(pos_ + 1, close - pos_ - 1);
      pos_ = close + 1;
      while (pos_ < input_.size() && input_[pos_] == '*') {
        token.prefix = true;
        ++pos_;
      }
      return token;
    }
    const size_t end = WordEnd(pos_);
    std::string_view word = input_.substr(pos_, end - pos_);
    pos_ = end;
    if (word == "AND") {
      token.kind = TokenKind::kAnd;
    } else if (word == "OR") {
      token.kind = TokenKind::kOr;
    } else if (word == "NOT") {
      token.kind = TokenKind::kNot;
    } else {
      token.kind = TokenKind::kWord;
      while (!word.empty() && word.back() == '*') {
        token.prefix = true;
        word.remove_suffix(1);
      }
    }
    token.text = word;
    return token;
  }

 private:
  // End of the word starting at `start`: white space and ')' end a word, and
  // so does '(' unless it opens a short literal suffix such as "(a)".
  size_t WordEnd(size_t start) const {
    size_t i = start;
    while (i < input_.size()) {
      const char c = input_[i];
      if (IsQuerySpace(c) || c == ')') break;
      if (c == '(') {
        const size_t length = LiteralParenLength(i);
        if (length == 0 || IsKeyword(input_.substr(start, i - start))) break;
        i += length;
        continue;
      }
      ++i;
    }
    return i;
  }

  // Length of "(" 1-8 ASCII letters or digits ")" at `open`, or 0.
  size_t LiteralParenLength(size_t open) const {
    size_t i = open + 1;
    while (i < input_.size() && i - open - 1 < kMaxLiteralParenChars && ascii::IsAlnum(input_[i])) {
      ++i;
    }
    if (i == open + 1 || i >= input_.size() || input_[i] != ')') return 0;
    return i + 1 - open;
  }

  std::string_view input_;
  size_t pos_ = 0;
};

// --- Parser -----------------------------------------------------------------

using Kind = QueryNode::Kind;

// A parsed operand, or nothing when it has nothing to match: an ignored word,
// "", or a group made only of such.
using Operand = std::optional<QueryNode>;

bool HasPositivePart(const QueryNode& node) {
  if (node.kind == Kind::kNot) return false;
  if (node.kind != Kind::kAnd) return true;
  return std::any_of(node.children.begin(), node.children.end(),
                     [](const QueryNode& child) { return child.kind != Kind::kNot; });
}

Status OnlyExcludedError(size_t position) {
  return ErrorAt(position, "group has only excluded terms; add a term to search for");
}

// Joins `parts` under one kAnd or kOr, splicing in children of the same kind.
Operand Combine(Kind kind, std::vector<QueryNode> parts) {
  if (parts.empty()) return Operand();
  if (parts.size() == 1) return Operand(std::move(parts.front()));
  QueryNode node;
  node.kind = kind;
  node.position = parts.front().position;
  for (QueryNode& part : parts) {
    if (part.kind == kind) {
      for (QueryNode& child : part.children) node.children.push_back(std::move(child));
    } else {
      node.children.push_back(std::move(part));
    }
  }
  return Operand(std::move(node));
}

bool StartsOperand(TokenKind kind) {
  return kind == TokenKind::kWord || kind == TokenKind::kPhrase || kind == TokenKind::kOpen ||
         kind == TokenKind::kNot;
}

std::string KeywordAfterTermError(std::string_view keyword) {
  std::string message = "'";
  message += keyword;
  message += "' must come after a term (to search for the word, quote it: \"";
  message += keyword;
  message += "\")";
  return message;
}

std::string KeywordBeforeTermError(std::string_view keyword) {
  std::string message = "'";
  message += keyword;
  message += "' must be followed by a term";
  return message;
}

class Parser {
 public:
  explicit Parser(std::string_view input) : lexer_(input) {}

  Result<QueryNode> Parse() {
    if (Status status = Advance(); !status.ok()) return status;
    Result<Operand> sequence = ParseSequence(0);
    if (!sequence) return sequence.error();
    if (current_.kind == TokenKind::kClose) return ErrorAt(current_.position, "')' without '('");
    if (!sequence->has_value()) return ErrorAt(0, "empty query");
    QueryNode root = std::move(**sequence);
    if (!HasPositivePart(root)) {
      return InvalidInput("query has only excluded terms; add a term to search for");
    }
    return root;
  }

 private:
  Status Advance() {
    Result<Token> token = lexer_.Next();
    if (!token) return token.error();
    current_ = *token;
    return Status::Ok();
  }

  // sequence := or_expr ( [ "AND" ] or_expr )*, up to ')' or the end.
  Result<Operand> ParseSequence(int depth) {
    std::vector<QueryNode> parts;
    bool first = true;
    while (current_.kind != TokenKind::kEnd && current_.kind != TokenKind::kClose) {
      if (!first && current_.kind == TokenKind::kAnd) {
        const size_t and_position = current_.position;
        if (Status status = Advance(); !status.ok()) return status;
        if (!StartsOperand(current_.kind)) {
          return ErrorAt(and_position, KeywordBeforeTermError("AND"));
        }
      }
      if (current_.kind == TokenKind::kAnd || current_.kind == TokenKind::kOr) {
        return ErrorAt(current_.position, KeywordAfterTermError(current_.text));
      }
      Result<Operand> operand = ParseOr(depth);
      if (!operand) return operand.error();
      if (operand->has_value()) parts.push_back(std::move(**operand));
      first = false;
    }
    return Combine(Kind::kAnd, std::move(parts));
  }

  // or_expr := unary ( "OR" unary )*
  Result<Operand> ParseOr(int depth) {
    Result<Operand> first = ParseUnary(depth);
    if (!first || current_.kind != TokenKind::kOr) return first;
    std::vector<QueryNode> alternatives;
    if (first->has_value()) alternatives.push_back(std::move(**first));
    while (current_.kind == TokenKind::kOr) {
      const size_t or_position = current_.position;
      if (Status status = Advance(); !status.ok()) return status;
      if (!StartsOperand(current_.kind)) {
        return ErrorAt(or_position, KeywordBeforeTermError("OR"));
      }
      Result<Operand> next = ParseUnary(depth);
      if (!next) return next.error();
      if (next->has_value()) alternatives.push_back(std::move(**next));
    }
    for (const QueryNode& alternative : alternatives) {
      if (alternative.kind == Kind::kNot) {
        return ErrorAt(alternative.position,
                       "an excluded term cannot be an alternative of OR; exclude it outside "
                       "the OR, as in (a OR b) -c");
      }
      if (!HasPositivePart(alternative)) return OnlyExcludedError(alternative.position);
    }
    return Combine(Kind::kOr, std::move(alternatives));
  }

  // unary := ( "NOT" | "-" ) unary | primary. Negations are counted in a loop
  // rather than by recursion, and an even number of them cancels out.
  Result<Operand> ParseUnary(int depth) {
    if (current_.kind != TokenKind::kNot) return ParsePrimary(depth);
    const size_t first_position = current_.position;
    bool negate = false;
    Token last;
    while (current_.kind == TokenKind::kNot) {
      negate = !negate;
      last = current_;
      if (Status status = Advance(); !status.ok()) return status;
    }
    if (!StartsOperand(current_.kind)) {
      return ErrorAt(last.position, KeywordBeforeTermError(last.text));
    }
    Result<Operand> operand = ParsePrimary(depth);
    if (!operand || !operand->has_value() || !negate) return operand;
    QueryNode& inner = **operand;
    if (inner.kind == Kind::kNot) {  // -(-a) is a
      QueryNode child = std::move(inner.children.front());
      return Operand(std::move(child));
    }
    if (!HasPositivePart(inner)) return OnlyExcludedError(inner.position);
    QueryNode node;
    node.kind = Kind::kNot;
    node.position = first_position;
    node.children.push_back(std::move(inner));
    return Operand(std::move(node));
  }

  // primary := word | phrase | "(" sequence ")"
  Result<Operand> ParsePrimary(int depth) {
    if (current_.kind == TokenKind::kWord || current_.kind == TokenKind::kPhrase) {
      return ParseTerm();
    }
    if (current_.kind != TokenKind::kOpen) {  // callers check StartsOperand first
      return ErrorAt(current_.position, "expected a term");
    }
    const size_t open_position = current_.position;
    if (depth >= kMaxQueryDepth) {
      return ErrorAt(open_position,
                     "parentheses nested more than " + std::to_string(kMaxQueryDepth) + " deep");
    }
    if (Status status = Advance(); !status.ok()) return status;
    Result<Operand> inner = ParseSequence(depth + 1);
    if (!inner) return inner.error();
    if (current_.kind != TokenKind::kClose) return ErrorAt(open_position, "'(' without ')'");
    if (Status status = Advance(); !status.ok()) return status;
    if (inner->has_value() && (*inner)->kind != Kind::kTerm && (*inner)->kind != Kind::kPhrase) {
      (*inner)->position = open_position;
    }
    return inner;
  }

  Result<Operand> ParseTerm() {
    const Token token = current_;
    if (Status status = Advance(); !status.ok()) return status;
    if (!HasTokenCharacter(token.text)) return Operand();
    if (++term_count_ > kMaxQueryTerms) {
      return ErrorAt(token.position,
                     "too many terms (at most " + std::to_string(kMaxQueryTerms) + ")");
    }
    QueryNode node;
    node.position = token.position;
    node.prefix = token.prefix;
    if (token.kind == TokenKind::kWord) {
      node.kind = Kind::kTerm;
      node.words.push_back(ascii::ToLowerCopy(token.text));
      return Operand(std::move(node));
    }
    node.kind = Kind::kPhrase;
    const std::string_view text = token.text;
    size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && IsQuerySpace(text[i])) ++i;
      const size_t start = i;
      while (i < text.size() && !IsQuerySpace(text[i])) ++i;
      if (i > start) node.words.push_back(ascii::ToLowerCopy(text.substr(start, i - start)));
    }
    return Operand(std::move(node));
  }

  Lexer lexer_;
  Token current_;
  int term_count_ = 0;
};

// --- Highlight terms and rendering ------------------------------------------

std::string JoinWords(const QueryNode& node) {
  std::string text;
  for (const std::string& word : node.words) {
    if (!text.empty()) text += ' ';
    text += word;
  }
  return text;
}

void CollectHighlightTerms(const QueryNode& node, std::vector<std::string>& terms) {
  switch (node.kind) {
    case Kind::kNot:
      return;
    case Kind::kAnd:
    case Kind::kOr:
      for (const QueryNode& child : node.children) CollectHighlightTerms(child, terms);
      return;
    case Kind::kTerm:
    case Kind::kPhrase: {
      std::string term = JoinWords(node);
      if (node.prefix) term += '*';
      if (std::find(terms.begin(), terms.end(), term) == terms.end()) {
        terms.push_back(std::move(term));
      }
      return;
    }
  }
}

// An FTS5 string: double quotes around, inner double quotes doubled.
void AppendFts5String(std::string_view text, std::string& out) {
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void AppendNode(const QueryNode& node, std::string& out);

// `node`, parenthesised unless it is a single word or phrase.
void AppendOperand(const QueryNode& node, std::string& out) {
  if (node.kind == Kind::kTerm || node.kind == Kind::kPhrase) {
    AppendNode(node, out);
    return;
  }
  out += '(';
  AppendNode(node, out);
  out += ')';
}

void AppendJoined(const std::vector<const QueryNode*>& nodes, std::string_view separator,
                  std::string& out) {
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (i > 0) out += separator;
    AppendOperand(*nodes[i], out);
  }
}

// Trees that ParseQuery cannot produce (a kNot outside kAnd, a kAnd without a
// positive child, empty nodes) still render as valid FTS5: the missing
// positive part becomes "", which matches nothing.
void AppendNode(const QueryNode& node, std::string& out) {
  switch (node.kind) {
    case Kind::kTerm:
    case Kind::kPhrase:
      AppendFts5String(JoinWords(node), out);
      if (node.prefix && !node.words.empty()) out += " *";
      return;
    case Kind::kOr: {
      if (node.children.empty()) {
        out += "\"\"";
        return;
      }
      std::vector<const QueryNode*> alternatives;
      for (const QueryNode& child : node.children) alternatives.push_back(&child);
      AppendJoined(alternatives, " OR ", out);
      return;
    }
    case Kind::kAnd:
    case Kind::kNot: {
      // FTS5's NOT is binary, so `a -b c` renders as ("a" AND "c") NOT "b".
      std::vector<const QueryNode*> positives;
      std::vector<const QueryNode*> negatives;
      if (node.kind == Kind::kNot) {
        negatives.push_back(&node);
      } else {
        for (const QueryNode& child : node.children) {
          (child.kind == Kind::kNot ? negatives : positives).push_back(&child);
        }
      }
      std::vector<const QueryNode*> excluded;
      for (const QueryNode* negative : negatives) {
        if (!negative->children.empty()) excluded.push_back(&negative->children.front());
      }
      if (positives.empty()) {
        out += "\"\"";
      } else if (positives.size() == 1 || excluded.empty()) {
        AppendJoined(positives, " AND ", out);
      } else {
        out += '(';
        AppendJoined(positives, " AND ", out);
        out += ')';
      }
      if (excluded.empty()) return;
      out += " NOT ";
      if (excluded.size() == 1) {
        AppendOperand(*excluded.front(), out);
      } else {
        out += '(';
        AppendJoined(excluded, " OR ", out);
        out += ')';
      }
      return;
    }
  }
}

}  // namespace

Result<Query> ParseQuery(std::string_view input) {
  Parser parser(input);
  Result<QueryNode> root = parser.Parse();
  if (!root) return root.error();
  Query query;
  query.root = std::move(*root);
  CollectHighlightTerms(query.root, query.highlight_terms);
  return query;
}

std::string ToFts5Match(const Query& query, std::string_view column) {
  std::string out;
  if (!column.empty()) {
    out += '{';
    AppendFts5String(column, out);
    out += "} : (";
  }
  AppendNode(query.root, out);
  if (!column.empty()) out += ')';
  return out;
}

}  // namespace edgard::search
