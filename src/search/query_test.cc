#include "search/query.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace edgard::search {
namespace {

struct DatabaseCloser {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StatementFinalizer {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Database = std::unique_ptr<sqlite3, DatabaseCloser>;
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// Rows of the test table; rowid = index + 1. Sentences from real filings.
struct Row {
  const char* body;
  const char* tags;
};
constexpr Row kRows[] = {
    {"Wm. Andrew Heaton has resigned from its Board of Directors", "8-K item 5.02"},
    {"The undersigned hereby constitutes and appoints each of them his true and lawful "
     "attorney-in-fact; power of attorney",
     "POA"},
    {"Form 10-K annual report pursuant to Section 13 or 15(d) of the Securities Exchange Act",
     "10-K"},
    {"Don't place undue reliance on forward-looking statements, the directors said", "8-K"},
    {"Curriculum vitae: Société Générale appointed a director in 2019", "6-K"},
    {"Exhibit 99.1 press release quoting Patrick O'Neil, chief executive", "8-K exhibit"},
};

class QueryFts5Test : public ::testing::Test {
 protected:
  void SetUp() override {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &raw), SQLITE_OK);
    db_.reset(raw);
    Exec(
        "CREATE VIRTUAL TABLE t USING fts5(body, tags, "
        "tokenize='unicode61 remove_diacritics 2')");
    Statement insert = Prepare("INSERT INTO t(body, tags) VALUES(?1, ?2)");
    for (const Row& row : kRows) {
      sqlite3_bind_text(insert.get(), 1, row.body, -1, SQLITE_STATIC);
      sqlite3_bind_text(insert.get(), 2, row.tags, -1, SQLITE_STATIC);
      ASSERT_EQ(sqlite3_step(insert.get()), SQLITE_DONE);
      sqlite3_reset(insert.get());
    }
  }

  void Exec(const char* sql) {
    char* error = nullptr;
    ASSERT_EQ(sqlite3_exec(db_.get(), sql, nullptr, nullptr, &error), SQLITE_OK) << error;
  }

  Statement Prepare(const char* sql) {
    sqlite3_stmt* raw = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db_.get(), sql, -1, &raw, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db_.get());
    return Statement(raw);
  }

  // Rows matching `match`, or {-1} with a test failure when SQLite rejects it.
  std::vector<int64_t> RunMatch(const std::string& match) {
    Statement select = Prepare("SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid");
    sqlite3_bind_text(select.get(), 1, match.data(), static_cast<int>(match.size()),
                      SQLITE_TRANSIENT);
    std::vector<int64_t> rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(select.get())) == SQLITE_ROW) {
      rows.push_back(sqlite3_column_int64(select.get(), 0));
    }
    if (rc != SQLITE_DONE) {
      ADD_FAILURE() << "MATCH " << match << " failed: " << sqlite3_errmsg(db_.get());
      return {-1};
    }
    return rows;
  }

  // Rows matching the user query `input`, restricted to `column` if given.
  std::vector<int64_t> Search(std::string_view input, std::string_view column = "") {
    Result<Query> query = ParseQuery(input);
    if (!query) {
      ADD_FAILURE() << "ParseQuery(" << input << "): " << query.error().message();
      return {-1};
    }
    return RunMatch(ToFts5Match(*query, column));
  }

  Database db_;
};

using Rows = std::vector<int64_t>;

TEST_F(QueryFts5Test, ImpliedAndRequiresEveryTerm) {
  EXPECT_EQ(Search("heaton directors"), Rows({1}));
  EXPECT_EQ(Search("heaton attorney"), Rows({}));
  EXPECT_EQ(Search("directors"), Rows({1, 4}));
}

TEST_F(QueryFts5Test, ExplicitAndIsTheSameAsImplied) {
  EXPECT_EQ(Search("heaton AND directors"), Rows({1}));
  EXPECT_EQ(Search("directors AND (heaton OR undue)"), Rows({1, 4}));
}

TEST_F(QueryFts5Test, PhraseMatchesWordsInOrder) {
  EXPECT_EQ(Search("\"board of directors\""), Rows({1}));
  EXPECT_EQ(Search("\"directors of board\""), Rows({}));
  EXPECT_EQ(Search("\"power of attorney\" \"true and lawful\""), Rows({2}));
}

TEST_F(QueryFts5Test, OrMatchesEitherSide) {
  EXPECT_EQ(Search("heaton OR attorney"), Rows({1, 2}));
  EXPECT_EQ(Search("heaton OR attorney OR \"annual report\""), Rows({1, 2, 3}));
}

TEST_F(QueryFts5Test, NotKeywordExcludes) {
  EXPECT_EQ(Search("directors NOT heaton"), Rows({4}));
  EXPECT_EQ(Search("directors NOT (heaton OR undue)"), Rows({}));
}

TEST_F(QueryFts5Test, LeadingMinusExcludes) {
  EXPECT_EQ(Search("directors -heaton"), Rows({4}));
  EXPECT_EQ(Search("attorney -heaton power"), Rows({2}));
  EXPECT_EQ(Search("directors -\"board of directors\""), Rows({4}));
  EXPECT_EQ(Search("directors -(heaton OR undue)"), Rows({}));
  EXPECT_EQ(Search("directors -heaton -undue"), Rows({}));
}

TEST_F(QueryFts5Test, TrailingStarMatchesPrefix) {
  EXPECT_EQ(Search("direct*"), Rows({1, 4, 5}));
  EXPECT_EQ(Search("direct"), Rows({}));
  EXPECT_EQ(Search("\"board of dir\"*"), Rows({1}));
  EXPECT_EQ(Search("resign* -direct*"), Rows({}));
}

TEST_F(QueryFts5Test, ParenthesesGroup) {
  EXPECT_EQ(Search("(heaton OR annual) report"), Rows({3}));
  EXPECT_EQ(Search("(heaton OR annual) -report"), Rows({1}));
  EXPECT_EQ(Search("((heaton))"), Rows({1}));
  EXPECT_EQ(Search("directors (heaton -undue)"), Rows({1}));
  EXPECT_EQ(Search("attorney OR (directors -heaton)"), Rows({2, 4}));
}

TEST_F(QueryFts5Test, OrBindsTighterThanAnd) {
  // report AND (heaton OR annual), not (report AND heaton) OR annual.
  EXPECT_EQ(Search("report heaton OR annual"), Rows({3}));
  EXPECT_EQ(Search("heaton OR annual report"), Rows({3}));
}

TEST_F(QueryFts5Test, HyphenatedWordsMatchAsPhrases) {
  EXPECT_EQ(Search("10-K"), Rows({3}));
  EXPECT_EQ(Search("10-k annual"), Rows({3}));
  EXPECT_EQ(Search("forward-looking"), Rows({4}));
  EXPECT_EQ(Search("attorney-in-fact"), Rows({2}));
  EXPECT_EQ(Search("10-K", "tags"), Rows({3}));
  EXPECT_EQ(Search("8-K*", "tags"), Rows({1, 4, 6}));
}

TEST_F(QueryFts5Test, QuotesInsideWords) {
  EXPECT_EQ(Search("don't"), Rows({4}));
  EXPECT_EQ(Search("o'neil"), Rows({6}));
  EXPECT_EQ(Search("o\"neil"), Rows({6}));
  EXPECT_EQ(Search("o\"neil\" chief"), Rows({6}));
}

TEST_F(QueryFts5Test, CaseAndDiacriticsDoNotMatter) {
  EXPECT_EQ(Search("HEATON"), Rows({1}));
  EXPECT_EQ(Search("HeAtOn Board"), Rows({1}));
  EXPECT_EQ(Search("societe generale"), Rows({5}));
  EXPECT_EQ(Search("SOCIÉTÉ"), Rows({5}));
}

TEST_F(QueryFts5Test, LowerCaseKeywordsAreWords) {
  EXPECT_EQ(Search("section 13 or 15(d)"), Rows({3}));
  EXPECT_EQ(Search("heaton and directors"), Rows({}));
  EXPECT_EQ(Search("heaton \"AND\""), Rows({}));
}

TEST_F(QueryFts5Test, SectionNumbersKeepTheirParentheses) {
  EXPECT_EQ(Search("15(d)"), Rows({3}));
  EXPECT_EQ(Search("(15(d) OR heaton)"), Rows({1, 3}));
}

TEST_F(QueryFts5Test, PunctuationOnlyWordsAreIgnored) {
  EXPECT_EQ(Search("heaton — directors"), Rows({1}));
  EXPECT_EQ(Search("heaton & directors - \"\" ()"), Rows({1}));
  EXPECT_EQ(Search("heaton OR &"), Rows({1}));
}

TEST_F(QueryFts5Test, ColumnRestriction) {
  EXPECT_EQ(Search("item", "tags"), Rows({1}));
  EXPECT_EQ(Search("heaton", "tags"), Rows({}));
  EXPECT_EQ(Search("heaton", "body"), Rows({1}));
  EXPECT_EQ(Search("8-K -exhibit", "tags"), Rows({1, 4}));
  EXPECT_EQ(Search("exhibit OR poa", "tags"), Rows({2, 6}));
  EXPECT_EQ(Search("exhibit OR poa", "body"), Rows({6}));
}

TEST(ParseQuery, RendersQuotedFts5) {
  auto render = [](std::string_view input, std::string_view column = "") {
    Result<Query> query = ParseQuery(input);
    return query ? ToFts5Match(*query, column) : "error: " + query.error().message();
  };
  EXPECT_EQ(render("Heaton"), "\"heaton\"");
  EXPECT_EQ(render("a -b c"), "(\"a\" AND \"c\") NOT \"b\"");
  EXPECT_EQ(render("a -b -c"), "\"a\" NOT (\"b\" OR \"c\")");
  EXPECT_EQ(render("a b OR c"), "\"a\" AND (\"b\" OR \"c\")");
  EXPECT_EQ(render("10-K"), "\"10-k\"");
  EXPECT_EQ(render("direct*"), "\"direct\" *");
  EXPECT_EQ(render("o\"neil"), "\"o\"\"neil\"");
  EXPECT_EQ(render("\"Board  of\tDirectors\""), "\"board of directors\"");
  EXPECT_EQ(render("a", "body"), "{\"body\"} : (\"a\")");
  EXPECT_EQ(render("NEAR(a b)"), "\"near\" AND \"a\" AND \"b\"");
  EXPECT_EQ(render("--a"), "\"a\"");
  EXPECT_EQ(render("NOT NOT a"), "\"a\"");
}

TEST(ParseQuery, CollectsPositiveHighlightTerms) {
  Result<Query> query = ParseQuery("Heaton \"Board of Directors\" direct* -resigned heaton");
  ASSERT_TRUE(query);
  EXPECT_EQ(query->highlight_terms,
            std::vector<std::string>({"heaton", "board of directors", "direct*"}));
}

TEST(ParseQuery, BuildsTree) {
  Result<Query> query = ParseQuery("a -b (c OR \"d e\")");
  ASSERT_TRUE(query);
  const QueryNode& root = query->root;
  ASSERT_EQ(root.kind, QueryNode::Kind::kAnd);
  ASSERT_EQ(root.children.size(), 3u);
  EXPECT_EQ(root.children[1].kind, QueryNode::Kind::kNot);
  EXPECT_EQ(root.children[1].position, 2u);
  ASSERT_EQ(root.children[2].kind, QueryNode::Kind::kOr);
  EXPECT_EQ(root.children[2].children[1].kind, QueryNode::Kind::kPhrase);
  EXPECT_EQ(root.children[2].children[1].words, std::vector<std::string>({"d", "e"}));
}

std::string ErrorOf(std::string_view input) {
  Result<Query> query = ParseQuery(input);
  if (query) return "no error: " + ToFts5Match(*query, "");
  EXPECT_EQ(query.error().code(), ErrorCode::kInvalidInput);
  return query.error().message();
}

TEST(ParseQuery, ReportsErrorsWithPositions) {
  EXPECT_EQ(ErrorOf(""), "position 0: empty query");
  EXPECT_EQ(ErrorOf("   \t "), "position 0: empty query");
  EXPECT_EQ(ErrorOf("& — ()"), "position 0: empty query");
  EXPECT_EQ(ErrorOf("heaton \"board of"), "position 7: unbalanced quote");
  EXPECT_EQ(ErrorOf("heaton board) of"), "position 12: ')' without '('");
  EXPECT_EQ(ErrorOf("a (heaton OR board"), "position 2: '(' without ')'");
  EXPECT_EQ(ErrorOf("-heaton"), "query has only excluded terms; add a term to search for");
  EXPECT_EQ(ErrorOf("NOT heaton -board"),
            "query has only excluded terms; add a term to search for");
  EXPECT_EQ(ErrorOf("(-heaton)"), "query has only excluded terms; add a term to search for");
  EXPECT_EQ(ErrorOf("heaton OR -board"),
            "position 10: an excluded term cannot be an alternative of OR; exclude it outside "
            "the OR, as in (a OR b) -c");
  EXPECT_EQ(ErrorOf("heaton OR NOT board"),
            "position 10: an excluded term cannot be an alternative of OR; exclude it outside "
            "the OR, as in (a OR b) -c");
  EXPECT_EQ(ErrorOf("heaton OR (-board -x)"),
            "position 10: group has only excluded terms; add a term to search for");
  EXPECT_EQ(ErrorOf("a -(-b -c)"),
            "position 3: group has only excluded terms; add a term to search for");
  EXPECT_EQ(ErrorOf("OR heaton"),
            "position 0: 'OR' must come after a term (to search for the word, quote it: \"OR\")");
  EXPECT_EQ(ErrorOf("heaton (AND b)"),
            "position 8: 'AND' must come after a term (to search for the word, quote it: "
            "\"AND\")");
  EXPECT_EQ(ErrorOf("heaton OR"), "position 7: 'OR' must be followed by a term");
  EXPECT_EQ(ErrorOf("heaton OR OR board"), "position 7: 'OR' must be followed by a term");
  EXPECT_EQ(ErrorOf("heaton AND"), "position 7: 'AND' must be followed by a term");
  EXPECT_EQ(ErrorOf("heaton AND OR board"), "position 7: 'AND' must be followed by a term");
  EXPECT_EQ(ErrorOf("heaton NOT"), "position 7: 'NOT' must be followed by a term");
  EXPECT_EQ(ErrorOf("heaton (a -)"), "no error: \"heaton\" AND \"a\"");
  EXPECT_EQ(ErrorOf("heaton (NOT)"), "position 8: 'NOT' must be followed by a term");
  EXPECT_EQ(ErrorOf("heaton -OR b"), "position 7: '-' must be followed by a term");
}

TEST(ParseQuery, CapsTermsAndDepth) {
  std::string words;
  for (int i = 0; i < kMaxQueryTerms; ++i) words += "w" + std::to_string(i) + " ";
  EXPECT_TRUE(ParseQuery(words));
  const size_t next_position = words.size();
  words += "last";
  EXPECT_EQ(ErrorOf(words), "position " + std::to_string(next_position) +
                                ": too many terms (at most " + std::to_string(kMaxQueryTerms) +
                                ")");

  const std::string deep_enough =
      std::string(kMaxQueryDepth, '(') + "a" + std::string(kMaxQueryDepth, ')');
  EXPECT_TRUE(ParseQuery(deep_enough));
  const std::string too_deep = "(" + deep_enough + ")";
  EXPECT_EQ(ErrorOf(too_deep), "position " + std::to_string(kMaxQueryDepth) +
                                   ": parentheses nested more than " +
                                   std::to_string(kMaxQueryDepth) + " deep");
  // Long hostile inputs fail fast instead of recursing.
  EXPECT_FALSE(ParseQuery(std::string(100000, '(')));
  EXPECT_TRUE(ParseQuery(std::string(100000, '-') + "a"));
  EXPECT_FALSE(ParseQuery(std::string(100001, '"')));  // odd count: unbalanced
}

std::string Utf8(uint32_t code) {
  std::string out;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
  return out;
}

// ParseQuery ignores a word exactly when the FTS5 tokenizer finds no token in
// it, for every code point of the blocks its separator table covers, plus
// malformed UTF-8.
TEST_F(QueryFts5Test, IgnoresExactlyTheWordsFts5FindsNoTokenIn) {
  std::vector<std::string> words;
  for (uint32_t code = 0x21; code < 0x7F; ++code) {
    if (code != '"' && code != '(' && code != ')') words.push_back(Utf8(code));
  }
  const uint32_t kBlocks[][2] = {
      {0x80, 0x2FF}, {0x2000, 0x2BFF}, {0x3000, 0x303F}, {0xFE00, 0xFFFD}};
  for (const auto& block : kBlocks) {
    for (uint32_t code = block[0]; code <= block[1]; ++code) words.push_back(Utf8(code));
  }
  for (const char* malformed : {"\x80", "\xBF", "\xC3", "\xC0\x80", "\xE2\x80", "\xED\xA0\x80",
                                "\xEF\xBF\xBE", "\xF8\x88\x80\x80\x80", "\xFF", "\xC3\xA9\xA9"}) {
    words.emplace_back(malformed);
  }
  Exec("CREATE VIRTUAL TABLE u USING fts5(body, tokenize='unicode61 remove_diacritics 2')");
  Exec("CREATE VIRTUAL TABLE u_instance USING fts5vocab(u, 'instance')");
  Exec("BEGIN");
  Statement insert = Prepare("INSERT INTO u(rowid, body) VALUES(?1, ?2)");
  for (size_t i = 0; i < words.size(); ++i) {
    sqlite3_bind_int64(insert.get(), 1, static_cast<int64_t>(i));
    sqlite3_bind_text(insert.get(), 2, words[i].data(), static_cast<int>(words[i].size()),
                      SQLITE_STATIC);
    ASSERT_EQ(sqlite3_step(insert.get()), SQLITE_DONE);
    sqlite3_reset(insert.get());
  }
  Exec("COMMIT");
  std::vector<bool> has_token(words.size(), false);
  Statement select = Prepare("SELECT DISTINCT doc FROM u_instance");
  while (sqlite3_step(select.get()) == SQLITE_ROW) {
    has_token[static_cast<size_t>(sqlite3_column_int64(select.get(), 0))] = true;
  }
  int mismatches = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const bool ignored = !ParseQuery(words[i]).has_value();
    if (ignored == has_token[i] && ++mismatches <= 20) {
      ADD_FAILURE() << "word #" << i << " (" << words[i]
                    << "): FTS5 finds a token: " << has_token[i]
                    << ", ParseQuery ignores it: " << ignored;
    }
  }
  EXPECT_EQ(mismatches, 0);
}

// Whatever the input, ParseQuery either fails or renders a MATCH expression
// that SQLite accepts.
TEST_F(QueryFts5Test, RandomInputNeverMakesAnInvalidMatch) {
  const std::vector<std::string> pieces = {"a",
                                           "Heaton",
                                           "10-K",
                                           "don't",
                                           "o\"neil",
                                           "\"",
                                           "\"",
                                           "(",
                                           ")",
                                           "-",
                                           "*",
                                           " ",
                                           " ",
                                           "OR",
                                           "AND",
                                           "NOT",
                                           "or",
                                           "NEAR",
                                           "NEAR(",
                                           ":",
                                           "body:",
                                           "{",
                                           "}",
                                           "^",
                                           "+",
                                           ",",
                                           ".",
                                           "'",
                                           std::string(1, '\0'),
                                           "\t",
                                           "\xFF",
                                           "\xC3",
                                           "\xC3\xA9",
                                           "—",
                                           "“",
                                           "13(a)",
                                           "(b)",
                                           "x*",
                                           "\"\"",
                                           "--",
                                           "\x7F"};
  std::mt19937 random(20240607);
  std::uniform_int_distribution<size_t> piece_index(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 24);
  std::uniform_int_distribution<int> byte(0, 255);
  int accepted = 0;
  for (int iteration = 0; iteration < 4000; ++iteration) {
    std::string input;
    const int n = length(random);
    for (int i = 0; i < n; ++i) {
      if (iteration % 4 == 0) {
        input += static_cast<char>(byte(random));
      } else {
        input += pieces[piece_index(random)];
      }
    }
    Result<Query> query = ParseQuery(input);
    if (!query) {
      EXPECT_EQ(query.error().code(), ErrorCode::kInvalidInput);
      continue;
    }
    ++accepted;
    for (std::string_view column : {"", "body", "tags"}) {
      const std::string match = ToFts5Match(*query, column);
      EXPECT_EQ(match.find('\0'), std::string::npos);
      const Rows rows = RunMatch(match);
      ASSERT_TRUE(rows.empty() || rows.front() != -1) << "input: " << input;
    }
  }
  EXPECT_GT(accepted, 1000);
}

// Trees ParseQuery never produces still render as valid FTS5.
TEST_F(QueryFts5Test, HandBuiltTreesRenderValidFts5) {
  Query empty;
  EXPECT_EQ(RunMatch(ToFts5Match(empty, "")), Rows({}));
  Query only_not;
  only_not.root.kind = QueryNode::Kind::kNot;
  only_not.root.children.emplace_back();
  only_not.root.children.back().words = {"heaton"};
  EXPECT_EQ(RunMatch(ToFts5Match(only_not, "body")), Rows({}));
  Query empty_or;
  empty_or.root.kind = QueryNode::Kind::kOr;
  EXPECT_EQ(RunMatch(ToFts5Match(empty_or, "")), Rows({}));
}

}  // namespace
}  // namespace edgard::search
