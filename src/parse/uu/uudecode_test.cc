#include "parse/uu/uudecode.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace edgard::uu {
namespace {

// A small JPEG from 0000950103-25-001140 (424B2), as EDGAR stores it: the
// trailing blanks of the last lines are gone and the zero-length line is
// empty.
constexpr std::string_view kJpeg = R"uu(begin 644 image_004.jpg
M_]C_X  02D9)1@ ! 0$ 8 !@  #_VP!#  @&!@<&!0@'!P<)"0@*#!0-# L+
M#!D2$P\4'1H?'AT:'!P@)"XG("(L(QP<*#<I+# Q-#0T'R<Y/3@R/"XS-#+_
MVP!# 0@)"0P+#!@-#1@R(1PA,C(R,C(R,C(R,C(R,C(R,C(R,C(R,C(R,C(R
M,C(R,C(R,C(R,C(R,C(R,C(R,C(R,C+_P  1"  G !4# 2(  A$! Q$!_\0
M'P   04! 0$! 0$           $" P0%!@<("0H+_\0 M1   @$# P($ P4%
M! 0   %] 0(#  01!1(A,4$&$U%A!R)Q%#*!D:$((T*QP152T? D,V)R@@D*
M%A<8&1HE)B<H*2HT-38W.#DZ0T1%1D=(24I35%565UA96F-D969G:&EJ<W1U
M=G=X>7J#A(6&AXB)BI*3E)66EYB9FJ*CI*6FIZBIJK*SM+6VM[BYNL+#Q,7&
MQ\C)RM+3U-76U]C9VN'BX^3EYN?HZ>KQ\O/T]?;W^/GZ_\0 'P$  P$! 0$!
M 0$! 0        $" P0%!@<("0H+_\0 M1$  @$"! 0#! <%! 0  0)W  $"
M Q$$!2$Q!A)!40=A<1,B,H$(%$*1H;'!"2,S4O 58G+1"A8D-.$E\1<8&1HF
M)R@I*C4V-S@Y.D-$149'2$E*4U155E=865IC9&5F9VAI:G-T=79W>'EZ@H.$
MA8:'B(F*DI.4E9:7F)F:HJ.DI::GJ*FJLK.TM;:WN+FZPL/$Q<;'R,G*TM/4
MU=;7V-G:XN/DY>;GZ.GJ\O/T]?;W^/GZ_]H # ,!  (1 Q$ /P#W^N&B\9ZB
M_P 8IO"!AM?[/2P^TB0*WF[N.,[L8Y]*[FO)(/\ DYVZ_P"P./\ V6@#UNBB
MB@ KR2 $?M.W.1UT<8_\=KTO7;*ZU'0KVTL;R2SNY8F$%Q&<&-^JGZ9QD=QF
MOCH>)/&9\9"7^TKW_A(2WV#?N'F9W;?+ST^]Q0!]JT5GZ'976G:%96E]>27M
MW%$JSW$AR9'_ (C],YP/2B@#0KSS_A65M_PN#_A,<1_9OL_F>5W^U?=W8]-O
-/UYHHH ]#HHHH __V0$!

end
)uu";

// Encodes `bytes` the classic way: 45 bytes a line, '`' for zero.
std::string Encode(std::string_view bytes, std::string_view name) {
  auto code = [](uint32_t sextet) { return static_cast<char>(sextet == 0 ? '`' : sextet + ' '); };
  std::string out = "begin 644 " + std::string(name) + "\n";
  for (size_t begin = 0; begin < bytes.size(); begin += 45) {
    const size_t length = std::min<size_t>(45, bytes.size() - begin);
    out.push_back(code(static_cast<uint32_t>(length)));
    for (size_t i = 0; i < length; i += 3) {
      uint32_t bits = 0;
      for (size_t k = 0; k < 3; ++k) {
        const size_t index = begin + i + k;
        const uint32_t byte = i + k < length ? static_cast<unsigned char>(bytes[index]) : 0;
        bits = (bits << 8) | byte;
      }
      for (int shift = 18; shift >= 0; shift -= 6) out.push_back(code((bits >> shift) & 0x3F));
    }
    out.push_back('\n');
  }
  out += "`\nend\n";
  return out;
}

std::string Replace(std::string text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

TEST(UuDecode, DecodesTheClassicExample) {
  const Result<UuFile> file = UuDecode("begin 644 cat.txt\n#0V%T\n`\nend\n");
  ASSERT_TRUE(file.has_value()) << file.error().ToString();
  EXPECT_EQ(file->name, "cat.txt");
  EXPECT_EQ(file->mode, "644");
  EXPECT_EQ(file->bytes, "Cat");
}

TEST(UuDecode, DecodesARealEdgarImage) {
  const Result<UuFile> file = UuDecode(kJpeg);
  ASSERT_TRUE(file.has_value()) << file.error().ToString();
  EXPECT_EQ(file->name, "image_004.jpg");
  EXPECT_EQ(file->mode, "644");
  ASSERT_EQ(file->bytes.size(), 823u);
  EXPECT_EQ(file->bytes.substr(0, 11), std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11));
  EXPECT_EQ(file->bytes.substr(file->bytes.size() - 2), "\xFF\xD9");
}

TEST(UuDecode, RoundTripsEncodedBytes) {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> byte(0, 255);
  for (const size_t size : std::vector<size_t>{0, 1, 2, 3, 44, 45, 46, 90, 1000}) {
    std::string bytes;
    for (size_t i = 0; i < size; ++i) bytes.push_back(static_cast<char>(byte(random)));
    const std::string encoded = Encode(bytes, "exhibit.pdf");
    const Result<UuFile> file = UuDecode(encoded);
    ASSERT_TRUE(file.has_value()) << file.error().ToString();
    EXPECT_EQ(file->name, "exhibit.pdf");
    EXPECT_EQ(file->bytes, bytes) << "size " << size;
  }
  const std::string text = "Quarterly report, form 10-Q, filed 2003-05-14.";
  const Result<UuFile> file = UuDecode(Encode(text, "note.txt"));
  ASSERT_TRUE(file.has_value());
  EXPECT_EQ(file->bytes, text);
}

TEST(UuDecode, ToleratesCrLfTrailingBlanksAndLeadingBlankLines) {
  const std::string bytes(100, '\0');  // all zero bits: lines of '`' or ' '
  const std::string encoded = Encode(bytes, "zeros.bin");
  const std::string with_spaces = Replace(encoded, "`", " ");
  const std::string cases[] = {
      Replace(encoded, "\n", "\r\n"),
      "\n  \r\n\n" + encoded,
      Replace(encoded, "\n", "   \n"),    // blanks added at line ends
      Replace(with_spaces, " \n", "\n"),  // blanks at line ends lost
      Replace(Replace(with_spaces, "  ", ""), " \n", "\n"),
  };
  for (const std::string& text : cases) {
    const Result<UuFile> file = UuDecode(text);
    ASSERT_TRUE(file.has_value()) << file.error().ToString() << "\n" << text;
    EXPECT_EQ(file->bytes, bytes);
    EXPECT_EQ(file->name, "zeros.bin");
  }
}

TEST(UuDecode, FindsTheFileAfterOtherText) {
  const Result<UuFile> file = UuDecode("<PDF>\nbegin 600 report.pdf\n#0V%T\nend\n</PDF>\n");
  ASSERT_TRUE(file.has_value()) << file.error().ToString();
  EXPECT_EQ(file->bytes, "Cat");
  EXPECT_EQ(file->mode, "600");
  EXPECT_EQ(file->name, "report.pdf");
}

TEST(UuDecode, ErrorsCarryTheByteOffset) {
  Result<UuFile> file = UuDecode("\n\nno begin line here\n");
  ASSERT_FALSE(file.has_value());
  EXPECT_EQ(file.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(file.error().message(), "offset 2: expected 'begin <mode> <name>' line");

  // Cut off in the middle of the data.
  const std::string_view truncated = kJpeg.substr(0, 200);
  file = UuDecode(truncated);
  ASSERT_FALSE(file.has_value());
  EXPECT_EQ(file.error().message(), "offset 200: expected uuencoded line or 'end' line");

  file = UuDecode("begin 644 cat.txt\n#0V%T\n`\n");
  ASSERT_FALSE(file.has_value());
  EXPECT_EQ(file.error().message(), "offset 26: expected 'end' line");

  file = UuDecode("begin 644 cat.txt\n#0v%T\n`\nend\n");
  ASSERT_FALSE(file.has_value());
  EXPECT_EQ(file.error().message(), "offset 20: expected uuencoded character");

  file = UuDecode("begin 644 cat.txt\n#0V%T\n`\nbegin 644 other\nend\n");
  ASSERT_FALSE(file.has_value());
  EXPECT_EQ(file.error().message(), "offset 26: expected 'end' line");

  file = UuDecode("begin 644 cat.txt\n\x01garbage\n");
  ASSERT_FALSE(file.has_value());
  EXPECT_EQ(file.error().message(), "offset 18: expected uuencoded line or 'end' line");
}

TEST(UuDecode, RejectsMalformedBeginLines) {
  for (std::string_view text : {"begin\n", "begin 644\n", "begin 689 x\n", "begin 64444 x\n",
                                "begin-base64 644 x\n", " begin 644 x\n"}) {
    EXPECT_FALSE(UuDecode(text).has_value()) << text;
    EXPECT_FALSE(LooksUuencoded(text)) << text;
  }
}

TEST(LooksUuencoded, RecognisesTheBeginLine) {
  EXPECT_TRUE(LooksUuencoded(kJpeg));
  EXPECT_TRUE(LooksUuencoded("\r\n  \nbegin 644 image_001.jpg\r\nM_]C_X\r\n"));
  EXPECT_FALSE(LooksUuencoded("<PDF>\nbegin 644 x.pdf\n"));
  EXPECT_FALSE(LooksUuencoded("The filing will begin 644 days later.\n"));
  EXPECT_FALSE(LooksUuencoded(""));
}

std::vector<std::string> SeedCorpus() {
  std::vector<std::string> inputs = {std::string(kJpeg)};
  const char* root = std::getenv("EDGARD_SOURCE_DIR");
  const std::filesystem::path dir =
      std::filesystem::path(root != nullptr ? root : ".") / "fuzz/corpus/uudecode";
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    std::ifstream file(entry.path(), std::ios::binary);
    inputs.emplace_back(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }
  return inputs;
}

TEST(UuDecode, SurvivesGarbageAndTruncatedInput) {
  std::mt19937 random(11);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 300; ++round) {
    std::string input = round % 2 == 0 ? "begin 644 x\n" : "";
    const int length = byte(random) * 4;
    for (int i = 0; i < length; ++i) {
      const int value = byte(random);
      input.push_back(static_cast<char>(value < 32 ? '\n' : value < 128 ? value : value / 2));
    }
    const Result<UuFile> file = UuDecode(input);
    if (!file.has_value()) {
      EXPECT_EQ(file.error().code(), ErrorCode::kInvalidInput);
    }
    (void)LooksUuencoded(input);
  }
  for (const std::string& sample : SeedCorpus()) {
    for (size_t length = 0; length <= sample.size(); ++length) {
      const std::string_view prefix = std::string_view(sample).substr(0, length);
      const Result<UuFile> file = UuDecode(prefix);
      if (!file.has_value()) {
        EXPECT_EQ(file.error().code(), ErrorCode::kInvalidInput);
        EXPECT_EQ(file.error().message().rfind("offset ", 0), 0u);
      }
    }
  }
}

}  // namespace
}  // namespace edgard::uu
