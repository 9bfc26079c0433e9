#include "search/snippet.h"

#include <gtest/gtest.h>

#include <string>

namespace edgard::search {
namespace {

std::string Marked(std::string s) {
  for (char& c : s) {
    if (c == '\x02') c = '[';
    if (c == '\x03') c = ']';
  }
  return s;
}

constexpr std::string_view kRelease =
    "Los  Angeles, CA, July 24, 2003 - HemaCare Corporation  (OTC\n"
    "Bulletin Board: HEMA) announced today that Dr. Wm. Andrew  Heaton\n"
    "has resigned from its Board of Directors.  Dr. Heaton stated that\n"
    "unexpected changes in other professional commitments required his withdrawal.";

TEST(MakeSnippet, MarksWordsAndPhrasesAroundFirstMatch) {
  const std::string snippet =
      Marked(MakeSnippet(kRelease, {"heaton", "board of directors"}, 16).text);
  EXPECT_NE(snippet.find("Andrew [Heaton] has resigned from its [Board of Directors]"),
            std::string::npos)
      << snippet;
  EXPECT_TRUE(snippet.starts_with("...")) << snippet;
  EXPECT_TRUE(snippet.ends_with("...")) << snippet;
}

TEST(MakeSnippet, MatchesPrefixesAndHyphenatedWords) {
  EXPECT_NE(Marked(MakeSnippet(kRelease, {"resign*"}, 8).text).find("[resigned]"),
            std::string::npos);
  EXPECT_NE(Marked(MakeSnippet("Annual report on Form 10-K for 2003", {"10-k"}, 8).text)
                .find("Form [10-K]"),
            std::string::npos);
}

TEST(MakeSnippet, StartsAtTheTopWithoutMatch) {
  const Snippet none = MakeSnippet("one two three four five six", {"seven"}, 4);
  EXPECT_EQ(none.text, "one two three four...");
  EXPECT_FALSE(none.matched);
  EXPECT_EQ(MakeSnippet("", {"x"}, 10).text, "");
}

TEST(MakeSnippet, DoesNotMatchInsideLongerWords) {
  EXPECT_EQ(Marked(MakeSnippet("directorship directors", {"director"}, 4).text).find('['),
            std::string::npos);
}

// The first match is the one that ends first, whichever term's it is, and a
// phrase is found across a line break and an indent.
TEST(MakeSnippet, FirstMatchIsTheOneThatEndsFirst) {
  const std::string snippet =
      Marked(MakeSnippet(kRelease, {"board of directors", "andrew heaton", "withdrawal"}, 6).text);
  EXPECT_NE(snippet.find("[Andrew Heaton]"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("withdrawal"), std::string::npos) << snippet;
  EXPECT_NE(
      Marked(MakeSnippet(kRelease, {"OTC bulletin board"}, 6).text).find("[OTC Bulletin Board]"),
      std::string::npos);
}

// A match deep in a long text: the window is the words around it, and its
// end is where the window stops; a caller that searched the start already
// gets the same snippet starting its search later.
TEST(MakeSnippet, FindsAMatchDeepInALongText) {
  std::string text;
  while (text.size() < 200000) text += "filler words of no interest, ";
  const size_t at = text.size();
  text += "the goodwill impairment charge was recorded. " + text;
  const Snippet snippet = MakeSnippet(text, {"goodwill impairment"}, 8);
  EXPECT_TRUE(snippet.matched);
  EXPECT_NE(Marked(snippet.text).find("the [goodwill impairment] charge"), std::string::npos)
      << Marked(snippet.text);
  EXPECT_TRUE(Marked(snippet.text).starts_with("...")) << Marked(snippet.text);
  EXPECT_GT(snippet.end, at);
  EXPECT_LT(snippet.end, at + 200);
  EXPECT_EQ(MakeSnippet(text, {"goodwill impairment"}, 8, at - 10).text, snippet.text);
  EXPECT_FALSE(MakeSnippet(text, {"goodwill impairment"}, 8, at + 10).matched);
}

}  // namespace
}  // namespace edgard::search
