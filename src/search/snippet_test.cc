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

}  // namespace
}  // namespace edgard::search
