// edgard_bm25() against FTS5's own bm25(document_fts, 1.0, 0.0), on real
// filings: the very same score (to the last bit) for every match of every query, whether a
// document's length comes from memory or, for one added since, from FTS5.

#include "store/sqlite/fts_rank.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "store/sqlite/sqlite_handle.h"
#include "testdata_path.h"

namespace edgard::store {
namespace {

namespace fs = std::filesystem;

class FtsRank : public ::testing::Test {
 protected:
  void SetUp() override {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &raw), SQLITE_OK);
    db_.reset(raw);
    // The store's table: contentless, the body and the filter tags.
    ASSERT_TRUE(Exec(db_.get(),
                     "CREATE VIRTUAL TABLE document_fts USING fts5 (body, tags, content = '', "
                     "tokenize = \"unicode61 remove_diacritics 2 tokenchars '_'\")")
                    .ok());
    ASSERT_TRUE(RegisterBm25(db_.get(), &lengths_).ok());
    for (const auto& entry : fs::directory_iterator(testing::TestdataDir() / "corpus" / "8-K")) {
      files_.push_back(entry.path());
    }
    std::sort(files_.begin(), files_.end());
    ASSERT_GE(files_.size(), 8u) << "testdata not found under " << testing::TestdataDir();
  }

  void Add(int64_t rowid, const std::string& body, const std::string& tags) {
    auto insert = Statement::Prepare(
        db_.get(), "INSERT INTO document_fts (rowid, body, tags) VALUES (?, ?, ?)");
    ASSERT_TRUE(insert);
    insert->Bind(1, rowid);
    insert->Bind(2, body);
    insert->Bind(3, tags);
    ASSERT_EQ(insert->Step(), SQLITE_DONE);
  }

  // Records the lengths of every document in %_docsize, as the store's
  // documents table does.
  void ReadLengths() {
    auto rows = Statement::Prepare(db_.get(), "SELECT id, sz FROM document_fts_docsize");
    ASSERT_TRUE(rows);
    while (rows->Step() == SQLITE_ROW) lengths_.Set(rows->Int(0), rows->Blob(1));
  }

  // rowid -> score of every match, by `function`.
  std::map<int64_t, double> Scores(const std::string& function, const std::string& match) {
    std::map<int64_t, double> scores;
    auto query = Statement::Prepare(
        db_.get(), "SELECT rowid, " + function + " FROM document_fts WHERE document_fts MATCH ?");
    EXPECT_TRUE(query) << match;
    if (!query) return scores;
    query->Bind(1, match);
    int rc = 0;
    while ((rc = query->Step()) == SQLITE_ROW) scores[query->Int(0)] = query->Double(1);
    EXPECT_EQ(rc, SQLITE_DONE) << match << ": " << sqlite3_errmsg(db_.get());
    return scores;
  }

  void ExpectSameScores() {
    for (const std::string match :
         {"company", "the", "\"board of directors\"", "director OR officer", "agreement NOT merger",
          "revenue*", "(body : (results operations)) AND (tags : (f_8_k))", "tags : f_8_k",
          "acquisition board", "(body : (the)) AND (tags : (f_10_k OR f_8_k))"}) {
      const auto ours = Scores("edgard_bm25(document_fts)", match);
      const auto theirs = Scores("bm25(document_fts, 1.0, 0.0)", match);
      ASSERT_EQ(ours.size(), theirs.size()) << match;
      for (const auto& [rowid, score] : theirs) {
        ASSERT_TRUE(ours.count(rowid)) << match << " " << rowid;
        EXPECT_EQ(ours.at(rowid), score) << match << " " << rowid;
      }
      ++compared_;
    }
  }

  DbHandle db_;
  DocumentLengths lengths_;
  std::vector<fs::path> files_;
  int compared_ = 0;
};

TEST_F(FtsRank, SameScoresAsFts5Bm25) {
  int64_t rowid = 0;
  for (const fs::path& file : files_) {
    const std::string tags = rowid % 3 == 0 ? "f_10_k y_2020" : "f_8_k y_2021";
    Add(++rowid, testing::ReadTestdata(fs::relative(file, testing::TestdataDir()).string()), tags);
  }
  Add(++rowid, "The board of directors. The company.", "f_8_k");
  ReadLengths();
  EXPECT_GT(lengths_.Of(1), 100u);
  EXPECT_EQ(lengths_.Of(rowid), 7u);  // six words and one tag
  EXPECT_EQ(lengths_.Of(rowid + 1), 0u);
  ExpectSameScores();

  // Documents added after the lengths were read: FTS5 gives theirs.
  Add(++rowid, "Revenue and results of operations of the company, by the board.", "f_8_k");
  Add(++rowid, "An officer and a director resigned from the board of directors.", "f_10_k");
  EXPECT_EQ(lengths_.Of(rowid), 0u);
  ExpectSameScores();
  // Read again, the table has them too.
  ReadLengths();
  EXPECT_EQ(lengths_.Of(rowid), 12u);  // eleven words and one tag
  ExpectSameScores();
  EXPECT_EQ(compared_, 30);
}

TEST_F(FtsRank, TakesTheTableAlone) {
  Add(1, "the company", "f_8_k");
  auto query = Statement::Prepare(
      db_.get(),
      "SELECT edgard_bm25(document_fts, 1.0) FROM document_fts WHERE document_fts MATCH 'company'");
  ASSERT_TRUE(query);
  EXPECT_EQ(query->Step(), SQLITE_ERROR);
  EXPECT_NE(std::string(sqlite3_errmsg(db_.get())).find("edgard_bm25"), std::string::npos);
}

}  // namespace
}  // namespace edgard::store
