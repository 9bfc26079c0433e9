#include "parse/html/html_text.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "parse/html/entities.h"
#include "parse/text/text_output.h"

namespace edgard::html {
namespace {

using text::OffsetAnchor;
using text::TextOutput;

std::string Text(std::string_view source) {
  TextOutput out;
  HtmlToText(source, &out);
  return out.text;
}

// Anchors are sorted and in range, and every letter or digit of the text
// maps back to the same byte of the source, or to the '&' of the character
// reference it was decoded from.
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
    if (source[s] != '&') {
      ASSERT_EQ(source[s], out.text[t]) << "text offset " << t;
    }
  }
}

// The start of Apple's 2025 10-K (0000320193-25-000079), inline XBRL.
constexpr std::string_view kInlineXbrlStart =
    "<?xml version='1.0' encoding='ASCII'?>\n"
    "<!--XBRL Document Created with the Workiva Platform-->\n"
    "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
    "xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\" xml:lang=\"en-US\"><head><meta "
    "http-equiv=\"Content-Type\" content=\"text/html\"/>\n\n\n"
    "<title>aapl-20250927</title></head><body><div style=\"display:none\"><ix:header><ix:hidden>"
    "<ix:nonNumeric contextRef=\"c-1\" name=\"dei:AmendmentFlag\" "
    "id=\"f-53\">false</ix:nonNumeric><ix:nonNumeric contextRef=\"c-1\" "
    "name=\"dei:DocumentFiscalYearFocus\" id=\"f-54\">2025</ix:nonNumeric></ix:hidden>"
    "<ix:resources><xbrli:context id=\"c-1\"><xbrli:entity><xbrli:identifier "
    "scheme=\"http://www.sec.gov/CIK\">0000320193</xbrli:identifier></xbrli:entity>"
    "</xbrli:context></ix:resources></ix:header></div>"
    "<div style=\"min-height:42.75pt;width:100%\"><div><span "
    "style=\"color:#000000;font-family:'Helvetica',sans-serif;font-size:9pt;font-weight:400;line-"
    "height:120%\"><br/></span></div></div>"
    "<div style=\"text-align:center\"><span "
    "style=\"color:#000000;font-family:'Helvetica',sans-serif;font-size:14pt;font-weight:700;line-"
    "height:120%\">UNITED STATES</span></div>"
    "<div style=\"text-align:center\"><span "
    "style=\"color:#000000;font-family:'Helvetica',sans-serif;font-size:14pt;font-weight:700;line-"
    "height:120%\">SECURITIES AND EXCHANGE COMMISSION</span></div>"
    "<div style=\"text-align:center\"><span style=\"color:#000000;font-size:10pt\">Washington, "
    "D.C. 20549</span></div>";

// One row of Apple's 2025 statement of operations: a negative number split
// over "(", an ix:nonFraction and ")", and self-closing spacer cells.
constexpr std::string_view kInlineXbrlRow =
    "<table><tr><td colspan=\"3\" "
    "style=\"background-color:#efefef;padding:2px 1pt 2px 10pt;text-align:left;text-indent:-9pt;"
    "vertical-align:top\"><span style=\"color:#000000;font-size:9pt\">Other income/(expense), "
    "net</span></td><td colspan=\"2\" style=\"background-color:#efefef;text-align:right\"><span "
    "style=\"color:#000000;font-size:9pt\">(<ix:nonFraction unitRef=\"usd\" contextRef=\"c-1\" "
    "decimals=\"-6\" sign=\"-\" name=\"us-gaap:NonoperatingIncomeExpense\" scale=\"6\" "
    "id=\"f-105\">321</ix:nonFraction>)</span></td><td style=\"background-color:#efefef\"/><td "
    "colspan=\"3\" style=\"background-color:#efefef;padding:0 1pt\"/><td colspan=\"2\" "
    "style=\"background-color:#efefef;text-align:right\"><span style=\"color:#000000\"><ix:"
    "nonFraction unitRef=\"usd\" contextRef=\"c-18\" decimals=\"-6\" "
    "name=\"us-gaap:NonoperatingIncomeExpense\" scale=\"6\" "
    "id=\"f-106\">269</ix:nonFraction>&#160;</span></td><td "
    "style=\"background-color:#efefef\"/><td colspan=\"3\" style=\"display:none\"/></tr></table>";

// A row of Apple's 2004 data sheet (0001104659-04-019574, EX-99.2): every
// cell wraps a <p>, "$" sits in a cell of its own, spacer cells hold &nbsp;.
constexpr std::string_view kWordTableRow =
    "<table border=\"0\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">\n"
    "<tr>\n"
    "  <td width=\"46%\" valign=\"bottom\" bgcolor=\"#cceeff\">\n"
    "  <p style=\"margin:0in 0in .0001pt 10.0pt;text-indent:-10.0pt;\"><font size=\"2\" "
    "face=\"Times New Roman\" style=\"font-size:10.0pt;\">Net sales</font></p>\n"
    "  </td>\n"
    "  <td width=\"1%\" valign=\"bottom\" bgcolor=\"#cceeff\">\n"
    "  <p style=\"font-size:1.0pt;margin:0in 0in .0001pt;\">&nbsp;</p>\n"
    "  </td>\n"
    "  <td width=\"1%\" valign=\"bottom\" bgcolor=\"#cceeff\">\n"
    "  <p style=\"margin:0in 0in .0001pt;\"><font size=\"2\" face=\"Times New Roman\" "
    "style=\"font-size:10.0pt;\">$</font></p>\n"
    "  </td>\n"
    "  <td width=\"9%\" valign=\"bottom\" bgcolor=\"#cceeff\">\n"
    "  <p align=\"right\" style=\"margin:0in 0in .0001pt;text-align:right;\"><font size=\"2\" "
    "face=\"Times New Roman\" style=\"font-size:10.0pt;\">2,014</font></p>\n"
    "  </td>\n"
    "  <td width=\"1%\" valign=\"bottom\" bgcolor=\"#cceeff\">\n"
    "  <p style=\"margin:0in 0in .0001pt;\"><font size=\"2\" face=\"Times New Roman\" "
    "style=\"font-size:10.0pt;\">$</font></p>\n"
    "  </td>\n"
    "  <td width=\"9%\" valign=\"bottom\" bgcolor=\"#cceeff\">\n"
    "  <p align=\"right\" style=\"margin:0in 0in .0001pt;text-align:right;\"><font size=\"2\" "
    "face=\"Times New Roman\" style=\"font-size:10.0pt;\">1,545</font></p>\n"
    "  </td>\n"
    " </tr>\n"
    " <tr>\n"
    "  <td width=\"33%\" valign=\"top\">\n"
    "  <p align=\"center\"><font size=\"2\" face=\"Times New Roman\">(State or other "
    "jurisdiction of<br>\n"
    "  incorporation or<br>\n"
    "  organization)</font></p>\n"
    "  </td>\n"
    "  <td width=\"30%\" valign=\"top\">\n"
    "  <p align=\"center\"><font size=\"2\" face=\"Times New Roman\">(Commission File "
    "Number)</font></p>\n"
    "  </td>\n"
    " </tr>\n"
    "</table>\n";

TEST(HtmlToText, DropsHiddenInlineXbrlHeader) {
  const std::string text = Text(kInlineXbrlStart);
  EXPECT_EQ(text, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549");
}

TEST(HtmlToText, DropsWholeSubtreeOfDisplayNoneElement) {
  EXPECT_EQ(Text("<p>Shown</p><div style='DISPLAY: None'><div>hidden <div>deeper</div></div>"
                 "<p>still hidden</p></div><p>Shown again</p>"),
            "Shown\n\nShown again");
  // Self-closing and void hidden elements hide nothing else.
  EXPECT_EQ(Text("<div>a<span style=\"display:none\"/>b<img style=\"display:none\">c</div>"),
            "abc");
  // An ix:header without a display:none wrapper is dropped as well.
  EXPECT_EQ(Text("<body><ix:header><ix:hidden>true</ix:hidden></ix:header>Body</body>"), "Body");
  EXPECT_EQ(Text("<span style=\"color:red\">display:none in text</span>"), "display:none in text");
}

TEST(HtmlToText, PutsEachTableRowOnOneLine) {
  EXPECT_EQ(Text(kInlineXbrlRow), "Other income/(expense), net | (321) | 269");
  EXPECT_EQ(Text(kWordTableRow),
            "Net sales | $2,014 | $1,545\n"
            "(State or other jurisdiction of incorporation or organization) | (Commission File "
            "Number)");
}

TEST(HtmlToText, KeepsParagraphsInLongLayoutCells) {
  const std::string paragraph(300, 'x');
  EXPECT_EQ(Text("<table><tr><td><p>Item 1.</p><p>" + paragraph +
                 "</p><p>Item 2.</p></td></tr>"
                 "</table>"),
            "Item 1.\n" + paragraph + "\nItem 2.");
  EXPECT_EQ(Text("<table><tr><td><p>Item 1.</p><p>Business</p></td><td>1</td></tr></table>"),
            "Item 1. Business | 1");
}

TEST(HtmlToText, NestedTablesStartOnTheirOwnLines) {
  EXPECT_EQ(Text("<table><tr><td>Outer</td><td><table><tr><td>a</td><td>b</td></tr></table></td>"
                 "<td>after</td></tr></table>"),
            "Outer\n\na | b\n\nafter");
}

TEST(HtmlToText, BlocksBreakLinesWithAtMostOneBlankLine) {
  EXPECT_EQ(Text("<h1>Title</h1><p>One</p><p></p><p>&nbsp;</p><p>Two</p><div>Three</div>"
                 "line<br>break<br><br><br><br>far<hr>end<ul><li>a</li><li>b</li></ul>"),
            "Title\n\nOne\n\nTwo\n\nThree\nline\nbreak\n\nfar\n\nend\na\nb");
  EXPECT_EQ(Text("<br><br><p>starts here</p><br>"), "starts here");
}

TEST(HtmlToText, CollapsesWhiteSpaceOutsidePre) {
  EXPECT_EQ(Text("  Net \t income\r\n  grew <b>14%</b> to\n$7.4\xC2\xA0million  "),
            "Net income grew 14% to $7.4 million");
  EXPECT_EQ(Text("<pre>\n  Revenues    $7,375\r\n  Net&nbsp;income  $28\n</pre>after"),
            "  Revenues    $7,375\n  Net income  $28\n\nafter");
}

TEST(HtmlToText, DecodesEntities) {
  EXPECT_EQ(Text("AT&amp;T &lt;b&gt; &quot;q&quot; &apos;a&apos; Apple&#8217;s &#x2019; &rsquo;"
                 "&lsquo;&ldquo;&rdquo;"),
            "AT&T <b> \"q\" 'a' Apple\u2019s \u2019 \u2019\u2018\u201C\u201D");
  EXPECT_EQ(Text("&mdash;&ndash;&bull;&copy;&reg;&trade;&sect;&para;&middot;&hellip;&cent;"
                 "&pound;&euro;&yen;&deg;&plusmn;&frac12;&frac14;&frac34;&times;&divide;"
                 "&eacute;&Eacute;"),
            "\u2014\u2013\u2022\u00A9\u00AE\u2122\u00A7\u00B6\u00B7\u2026\u00A2\u00A3\u20AC"
            "\u00A5\u00B0\u00B1\u00BD\u00BC\u00BE\u00D7\u00F7\u00E9\u00C9");
  // Non-breaking spaces are spaces; Windows-1252 numbers as browsers read them.
  EXPECT_EQ(Text("a&nbsp;b&#160;c&#xA0;d&NBSP;e &#146;&#150;"), "a b c d e \u2019\u2013");
  // Unknown or malformed references stay as written.
  EXPECT_EQ(Text("&bogus; AT&T R&D &#; &#x; & ; &amp"), "&bogus; AT&T R&D &#; &#x; & ; &");
  EXPECT_EQ(Text("href?a=1&amp=2 &#0; &#xD800; &#1114112;"), "href?a=1&amp=2 \uFFFD \uFFFD \uFFFD");
}

TEST(HtmlToText, DecodeCharRefReportsLength) {
  EXPECT_EQ(DecodeCharRef("&amp;rest").length, 5u);
  EXPECT_EQ(DecodeCharRef("&amp;rest").code_point, U'&');
  EXPECT_EQ(DecodeCharRef("&#x2019;").length, 8u);
  EXPECT_EQ(DecodeCharRef("&#8217").code_point, U'\u2019');
  EXPECT_EQ(DecodeCharRef("&nbsp ").length, 5u);
  EXPECT_EQ(DecodeCharRef("&rsquo").length, 0u);
  EXPECT_EQ(DecodeCharRef("&").length, 0u);
}

TEST(HtmlToText, DropsScriptsStylesCommentsAndDeclarations) {
  EXPECT_EQ(Text("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">"
                 "<html><head><title>d8k.htm</title><style type=\"text/css\">p { x: '</p>' }"
                 "</style><script>if (a < b && c > d) document.write('<p>no</p>');</script>"
                 "</head><body><!-- comment <p>no</p> -->Text <!----><!-->after"
                 "<SCRIPT LANGUAGE=JavaScript>x</SCRIPT >.</body></html>"),
            "Text after.");
}

TEST(HtmlToText, TagNamesAndAttributesAreReadLikeABrowser) {
  // '>' inside quoted attribute values does not end the tag.
  EXPECT_EQ(Text("<P ALIGN=CENTER title=\"a > b\" data-x='c > d'>One</P><DIV>Two</DIV>"),
            "One\n\nTwo");
  // Stray '<' and '</' stay text; "</>" disappears.
  EXPECT_EQ(Text("x < y, 3<4, a <= b </> done"), "x < y, 3<4, a <= b done");
}

TEST(HtmlToText, MalformedAndTruncatedInputDoesNotFail) {
  EXPECT_EQ(Text("<p>open <b>bold <i>both</p> after"), "open bold both\n\nafter");
  EXPECT_EQ(Text("text <div class=\"unterminated"), "text");
  EXPECT_EQ(Text("text <!-- never closed"), "text");
  EXPECT_EQ(Text("text <script>never closed"), "text");
  EXPECT_EQ(Text("Fish &amp chips &"), "Fish & chips &");
  EXPECT_EQ(Text("</td></tr></table></pre></div>text"), "text");
}

TEST(HtmlToText, AnchorsMapTextBackToSource) {
  for (std::string_view source : {kInlineXbrlStart, kInlineXbrlRow, kWordTableRow}) {
    TextOutput out;
    HtmlToText(source, &out);
    ExpectAnchorsMapBack(source, out);
  }
  const std::string_view source = "<p>Net&nbsp;&nbsp;income</p>\n<p>grew   14%</p>";
  TextOutput out;
  HtmlToText(source, &out);
  ASSERT_EQ(out.text, "Net income\n\ngrew 14%");
  EXPECT_EQ(out.SourceOffset(0), source.find("Net"));
  EXPECT_EQ(out.SourceOffset(out.text.find("income")), source.find("income"));
  EXPECT_EQ(out.SourceOffset(out.text.find("grew")), source.find("grew"));
  EXPECT_EQ(out.SourceOffset(out.text.find("14%")), source.find("14%"));
  ExpectAnchorsMapBack(source, out);
}

TEST(HtmlToText, ReusedOutputIsReplaced) {
  TextOutput out;
  HtmlToText(kWordTableRow, &out);
  HtmlToText("<p>short</p>", &out);
  EXPECT_EQ(out.text, "short");
  ASSERT_EQ(out.anchors.size(), 1u);
  EXPECT_EQ(out.anchors[0].source_offset, 3u);
  HtmlToText("<p></p>", &out);
  EXPECT_TRUE(out.text.empty());
  EXPECT_TRUE(out.anchors.empty());
}

std::vector<std::string> SeedCorpus() {
  std::vector<std::string> inputs = {std::string(kInlineXbrlStart), std::string(kInlineXbrlRow),
                                     std::string(kWordTableRow)};
  const char* root = std::getenv("EDGARD_SOURCE_DIR");
  const std::filesystem::path dir =
      std::filesystem::path(root != nullptr ? root : ".") / "fuzz/corpus/html_text";
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    std::ifstream file(entry.path(), std::ios::binary);
    inputs.emplace_back(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }
  return inputs;
}

TEST(HtmlToText, SurvivesGarbageAndTruncatedInput) {
  std::mt19937 random(20240601);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> markup(0, 31);
  constexpr std::string_view kPieces[] = {"<",        ">",
                                          "</",       "<p>",
                                          "<td>",     "</td>",
                                          "<tr>",     "<table>",
                                          "</table>", "<pre>",
                                          "</pre>",   "&",
                                          "&#",       "&amp;",
                                          "\"",       "'",
                                          "=",        "<!--",
                                          "-->",      "<script>",
                                          "<br/>",    "<div style=display:none>",
                                          "</div>",   "\r\n",
                                          " ",        "&nbsp;"};
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
    HtmlToText(input, &out);
    ExpectAnchorsMapBack(input, out);
  }
  for (const std::string& sample : SeedCorpus()) {
    for (size_t length = 0; length <= sample.size(); length += 1 + length / 16) {
      const std::string_view prefix = std::string_view(sample).substr(0, length);
      TextOutput out;
      HtmlToText(prefix, &out);
      ExpectAnchorsMapBack(prefix, out);
    }
  }
}

TEST(HtmlToText, HostileInputTakesLinearTime) {
  constexpr size_t kSize = 1 << 20;
  const std::string inputs[] = {
      std::string(kSize, '<'),
      std::string(kSize, '&'),
      [] {
        std::string s;
        while (s.size() < kSize) s += "<table><tr><td>";
        return s;
      }(),
      [] {
        std::string s;
        while (s.size() < kSize) s += "<div style=\"display:none\">";
        return s;
      }(),
      [] {
        std::string s;
        while (s.size() < kSize) s += "<p a=b c d=\"e\" f='g' ";
        return s;
      }(),
      [] {
        std::string s;
        while (s.size() < kSize) s += "<td>x<br>";
        return s + std::string(300, 'y');
      }(),
  };
  for (const std::string& input : inputs) {
    const auto start = std::chrono::steady_clock::now();
    TextOutput out;
    HtmlToText(input, &out);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_LT(elapsed, std::chrono::seconds(5));
  }
}

}  // namespace
}  // namespace edgard::html
