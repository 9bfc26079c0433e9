#include "parse/text/legacy_text.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "parse/text/text_output.h"

namespace edgard::text {
namespace {

std::string Plain(std::string_view source) {
  TextOutput out;
  LegacyTextToPlain(source, &out);
  return out.text;
}

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Anchors are sorted, in range, and every letter or digit of the text maps
// back to the same byte of the source.
void ExpectAnchorsMapBack(std::string_view source, const TextOutput& out) {
  for (size_t i = 1; i < out.anchors.size(); ++i) {
    ASSERT_LT(out.anchors[i - 1].text_offset, out.anchors[i].text_offset);
  }
  for (const OffsetAnchor& anchor : out.anchors) {
    ASSERT_LT(anchor.text_offset, out.text.size());
    ASSERT_LT(anchor.source_offset, source.size());
  }
  for (size_t t = 0; t < out.text.size(); ++t) {
    if (!ascii::IsAlnum(out.text[t])) continue;
    const size_t s = out.SourceOffset(t);
    ASSERT_LT(s, source.size()) << "text offset " << t;
    ASSERT_EQ(source[s], out.text[t]) << "text offset " << t;
  }
}

// From the 1994 prospectus supplement 0000891618-94-000021 (424B5).
constexpr std::string_view kProspectusTable =
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                    PRICE              UNDERWRITING            PROCEEDS TO\n"
    "                                TO PUBLIC(1)            DISCOUNT(2)           COMPANY(1)(3)\n"
    "                           "
    "---------------------------------------------------------------------\n"
    "<S>                        <C>                    <C>                    <C>\n"
    "Per Note..................            %                      %                      %\n"
    "Total.....................            $                      $                      $\n"
    "</TABLE>\n";

// From the 2003 HemaCare earnings release (seed 001), tabs and all.
constexpr std::string_view kEarningsTable =
    "<TABLE>\n"
    "<CAPTION>\n"
    "                         -------------   --------------  --------------  ---------------\n"
    "                         <S>             <C>             <C>             <C>\n"
    "\n"
    "Revenues \t\t $7,375 \t $6,464 \t $27,817 \t $25,199\n"
    "                         =======         =======         ========        ========\n"
    "\n"
    "Net (loss) income \t $   28          $  (54)         $  (591)        $   323\n";

// From the 1998 Coca-Cola 10-K (0000021344-98-000004), exhibit 27.2.
constexpr std::string_view kFinancialDataSchedule =
    "<MULTIPLIER> 1,000,000\n"
    "       \n"
    "<S>                             <C>\n"
    "<PERIOD-TYPE>                   YEAR\n"
    "<FISCAL-YEAR-END>                          DEC-31-1996\n"
    "<PERIOD-END>                               DEC-31-1996<F1>\n"
    "<CASH>                                           1,433\n"
    "<EPS-PRIMARY>                                     1.40<F2>\n"
    "<EPS-DILUTED>                                     1.38<F2>\n"
    "<FN>\n"
    "<F1>RESTATEMENT REFLECTED HEREIN IS THE RESULT OF RECLASSIFICATIONS TO PRIOR\n"
    "PERIODS' FINANCIAL STATEMENTS TO CONFORM TO THE CURRENT PERIOD PRESENTATION.\n"
    "<F2>A TWO-FOR-ONE STOCK SPLIT WITH RESPECT TO THE COMPANY'S COMMON STOCK, \n"
    "$.25 PAR VALUE PER SHARE, WAS EFFECTIVE ON MAY 1, 1996.\n"
    "</FN>\n"
    "        \n"
    "\n"
    "</TABLE>\n";

TEST(LegacyTextToPlain, RemovesTableMarkupLines) {
  const std::string text = Plain(kProspectusTable);
  EXPECT_EQ(text.find('<'), std::string::npos) << text;
  EXPECT_EQ(
      text,
      "                                    PRICE              UNDERWRITING            PROCEEDS TO\n"
      "                                TO PUBLIC(1)            DISCOUNT(2)           "
      "COMPANY(1)(3)\n"
      "                           "
      "---------------------------------------------------------------------\n"
      "Per Note..................            %                      %                      %\n"
      "Total.....................            $                      $                      "
      "$\n");
}

TEST(LegacyTextToPlain, KeepsColumnsAlignedWhenRemovingSCMarkers) {
  // Row-per-line layout: each row starts with <S> and marks its columns.
  const std::string_view source =
      "<S>Common Stock          <C>037833100  <C>1,234\n"
      "<S>Preferred             <C>037833209  <C>   56\n";
  const std::string text = Plain(source);
  const std::vector<std::string> lines = Lines(text);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0], "   Common Stock             037833100     1,234");
  EXPECT_EQ(lines[1], "   Preferred                037833209        56");
  EXPECT_EQ(lines[0].find("037833100"), std::string_view(source).find("037833100"));
}

TEST(LegacyTextToPlain, ExpandsTabsToEightColumnStops) {
  const std::string text = Plain(kEarningsTable);
  const std::vector<std::string> lines = Lines(text);
  // The <S> <C> line is gone; its <C> columns were 25, 41, 57 and 73.
  ASSERT_GE(lines.size(), 6u);
  EXPECT_EQ(lines[0].find("-------------"), 25u);
  EXPECT_EQ(lines[1], "");
  const std::string& revenues = lines[2];
  EXPECT_EQ(revenues.find('\t'), std::string::npos);
  EXPECT_EQ(revenues.find("$7,375"), 25u);
  EXPECT_EQ(revenues.find("$6,464"), 41u);
  EXPECT_EQ(revenues.find("$27,817"), 57u);
  EXPECT_EQ(revenues.find("$25,199"), 73u);
  const std::string& net_income = lines[5];
  EXPECT_EQ(net_income.find("$   28"), 25u);
  EXPECT_EQ(net_income.find("$  (54)"), 41u);
}

TEST(LegacyTextToPlain, BlanksInlineFootnoteReferences) {
  const std::string text = Plain(
      "Net sales            3,615<F2>     4,001\n"
      "<EPS-PRIMARY>         1.40<F2>\n");
  EXPECT_EQ(text,
            "Net sales            3,615         4,001\n"
            "<EPS-PRIMARY>         1.40\n");
}

TEST(LegacyTextToPlain, NumbersFootnoteDefinitionsAndKeepsUnknownTags) {
  const std::string text = Plain(kFinancialDataSchedule);
  EXPECT_NE(text.find("<MULTIPLIER> 1,000,000\n"), std::string::npos);
  EXPECT_NE(text.find("<PERIOD-END>                               DEC-31-1996\n"),
            std::string::npos);
  EXPECT_NE(text.find("<EPS-PRIMARY>                                     1.40\n"),
            std::string::npos);
  EXPECT_NE(text.find("\n(1) RESTATEMENT REFLECTED HEREIN"), std::string::npos);
  EXPECT_NE(text.find("\n(2) A TWO-FOR-ONE STOCK SPLIT"), std::string::npos);
  EXPECT_EQ(text.find("<S>"), std::string::npos);
  EXPECT_EQ(text.find("<FN>"), std::string::npos);
  EXPECT_EQ(text.find("</TABLE>"), std::string::npos);
}

TEST(LegacyTextToPlain, FootnoteTagsOutsideFootnoteBlockAreBlanked) {
  EXPECT_EQ(Plain("<F1>Restated.\n"), "    Restated.\n");
}

TEST(LegacyTextToPlain, PageBreakLeavesOneBlankLine) {
  EXPECT_EQ(Plain("                               -more-\n<PAGE>\nprograms   has\n"),
            "                               -more-\n\nprograms   has\n");
  // Blank lines around the break already separate the pages.
  EXPECT_EQ(Plain("- 42 -\n<PAGE>\n<PAGE>\n\nPART II\n"), "- 42 -\n\nPART II\n");
  EXPECT_EQ(Plain("<PAGE>\nFirst line\n"), "First line\n");
}

TEST(LegacyTextToPlain, TagsAreCaseInsensitive) {
  EXPECT_EQ(Plain("<table>\n<caption>\n<s>  <c>\nrow\n</table>\n<page>\n"), "row\n");
}

TEST(LegacyTextToPlain, KeepsUnknownTagsAndLessThanSigns) {
  const std::string_view source =
      "<LOGO>\n"
      "Rates < 5% and a <b> or <SC> here; x<y>z, <F123> and <F>.\n"
      "<CASH>                 1,167\n";
  EXPECT_EQ(Plain(source), source);
}

TEST(LegacyTextToPlain, RevisionMarksBecomeBlanks) {
  EXPECT_EQ(Plain("<R>\nThe Fund <R>may</R> invest.\n</R>\n"), "The Fund    may     invest.\n");
}

TEST(LegacyTextToPlain, ConvertsCrLfAndFormFeeds) {
  EXPECT_EQ(Plain("Line one\r\nLine two\r\n\fPage two\r\n"), "Line one\nLine two\n\nPage two\n");
  EXPECT_EQ(Plain("keep \r lone CR"), "keep \r lone CR");
}

TEST(LegacyTextToPlain, CopiesPlainTextWithOneAnchor) {
  const std::string_view source = "     WOODLAND HILLS, CA (March 13, 2003) - HemaCare\n";
  TextOutput out;
  LegacyTextToPlain(source, &out);
  EXPECT_EQ(out.text, source);
  ASSERT_EQ(out.anchors.size(), 1u);
  EXPECT_EQ(out.anchors[0].text_offset, 0u);
  EXPECT_EQ(out.anchors[0].source_offset, 0u);
}

TEST(LegacyTextToPlain, AnchorsMapTextBackToSource) {
  for (std::string_view source : {kProspectusTable, kEarningsTable, kFinancialDataSchedule}) {
    TextOutput out;
    LegacyTextToPlain(source, &out);
    ExpectAnchorsMapBack(source, out);
  }
  const std::string crlf = "<TABLE>\r\n<S>\t<C>\r\nNet\tsales\t 1,578<F1>\r\n</TABLE>\r\nEnd\r\n";
  TextOutput out;
  LegacyTextToPlain(crlf, &out);
  EXPECT_EQ(out.text, "Net     sales    1,578\nEnd\n");
  ExpectAnchorsMapBack(crlf, out);
  EXPECT_EQ(out.SourceOffset(out.text.find("1,578")), crlf.find("1,578"));
  EXPECT_EQ(out.SourceOffset(out.text.find("End")), crlf.find("End"));
}

TEST(LegacyTextToPlain, ReusedOutputIsReplaced) {
  TextOutput out;
  LegacyTextToPlain(kProspectusTable, &out);
  LegacyTextToPlain("short\n", &out);
  EXPECT_EQ(out.text, "short\n");
  ASSERT_EQ(out.anchors.size(), 1u);
}

TEST(LegacyTextToPlain, EmptyInputGivesEmptyOutput) {
  TextOutput out;
  LegacyTextToPlain("", &out);
  EXPECT_TRUE(out.text.empty());
  EXPECT_TRUE(out.anchors.empty());
  LegacyTextToPlain("<PAGE>\n<TABLE>\n", &out);
  EXPECT_TRUE(out.text.empty());
  EXPECT_TRUE(out.anchors.empty());
}

std::vector<std::string> SeedCorpus() {
  std::vector<std::string> inputs = {std::string(kProspectusTable), std::string(kEarningsTable),
                                     std::string(kFinancialDataSchedule)};
  const char* root = std::getenv("EDGARD_SOURCE_DIR");
  const std::filesystem::path dir =
      std::filesystem::path(root != nullptr ? root : ".") / "fuzz/corpus/legacy_text";
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    std::ifstream file(entry.path(), std::ios::binary);
    inputs.emplace_back(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }
  return inputs;
}

TEST(LegacyTextToPlain, SurvivesGarbageAndTruncatedInput) {
  std::mt19937 random(20240601);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> markup(0, 15);
  constexpr std::string_view kPieces[] = {"<S>", "<C>",  "<F1>", "<FN>", "</FN>", "<PAGE>", "\t",
                                          "\r",  "\r\n", "\f",   "<",    ">",     "<F99>",  "\n"};
  for (int round = 0; round < 300; ++round) {
    std::string input;
    const int length = byte(random) * 4;
    for (int i = 0; i < length; ++i) {
      const int pick = markup(random);
      if (pick < static_cast<int>(std::size(kPieces))) {
        input += kPieces[pick];
      } else {
        input.push_back(static_cast<char>(byte(random)));
      }
    }
    TextOutput out;
    LegacyTextToPlain(input, &out);
    ExpectAnchorsMapBack(input, out);
  }
  for (const std::string& sample : SeedCorpus()) {
    for (size_t length = 0; length <= sample.size(); length += 1 + length / 16) {
      const std::string_view prefix = std::string_view(sample).substr(0, length);
      TextOutput out;
      LegacyTextToPlain(prefix, &out);
      ExpectAnchorsMapBack(prefix, out);
    }
  }
}

}  // namespace
}  // namespace edgard::text
