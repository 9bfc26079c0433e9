#include "parse/sgml/envelope.h"

#include <gtest/gtest.h>

#include <string>

namespace edgard::sgml {
namespace {

constexpr std::string_view kFullSubmission =
    "<SEC-DOCUMENT>0000950129-95-001652.txt : 19950601\n"
    "<SEC-HEADER>0000950129-95-001652.hdr.sgml : 19950601\n"
    "ACCESSION NUMBER:\t\t0000950129-95-001652\n"
    "CONFORMED SUBMISSION TYPE:\t8-K\n"
    "</SEC-HEADER>\n"
    "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<DESCRIPTION>CURRENT REPORT\n<TEXT>\nItem 5.\n</TEXT>\n"
    "</DOCUMENT>\n"
    "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex99.htm\n<TEXT>\n<HTML><P>Hi</HTML>\n"
    "</TEXT>\n</DOCUMENT>\n"
    "</SEC-DOCUMENT>\n";

TEST(ParseEnvelope, SplitsFullSubmissionIntoHeaderAndDocuments) {
  auto envelope = ParseEnvelope(kFullSubmission);
  ASSERT_TRUE(envelope) << envelope.error().ToString();
  EXPECT_EQ(envelope->kind, EnvelopeKind::kFullSubmission);
  EXPECT_EQ(envelope->document_name, "0000950129-95-001652.txt : 19950601");
  EXPECT_NE(envelope->header.find("ACCESSION NUMBER"), std::string_view::npos);
  ASSERT_EQ(envelope->documents.size(), 2u);
  EXPECT_EQ(envelope->documents[0].type, "8-K");
  EXPECT_EQ(envelope->documents[0].sequence, "1");
  EXPECT_EQ(envelope->documents[0].description, "CURRENT REPORT");
  EXPECT_EQ(envelope->documents[0].body, "Item 5.\n");
  EXPECT_EQ(envelope->documents[0].format, DocumentFormat::kText);
  EXPECT_EQ(envelope->documents[1].filename, "ex99.htm");
  EXPECT_EQ(envelope->documents[1].format, DocumentFormat::kHtml);
  EXPECT_TRUE(envelope->warnings.empty());
  // Offsets point at the bytes they describe.
  const auto& doc = envelope->documents[0];
  EXPECT_EQ(kFullSubmission.substr(doc.content_offset, doc.content.size()), doc.content);
}

TEST(ParseEnvelope, SkipsPemWrapperAndReadsImsHeader) {
  const std::string input =
      "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n"
      "Originator-Name: keymaster@town.hall.org\n MFkwCgYEVQgBAQICAgADSwAwSAJBALeWW4xDV4i7\n\n"
      "<IMS-DOCUMENT>0000320193-94-000016.txt : 19941214\n"
      "<IMS-HEADER>0000320193-94-000016.hdr.sgml : 19941214\nACCESSION NUMBER:\t\tX\n"
      "</IMS-HEADER>\n<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<TEXT>\nbody\n</TEXT>\n</DOCUMENT>\n"
      "</IMS-DOCUMENT>\n-----END PRIVACY-ENHANCED MESSAGE-----\n";
  auto envelope = ParseEnvelope(input);
  ASSERT_TRUE(envelope);
  EXPECT_TRUE(envelope->pem_wrapped);
  EXPECT_EQ(envelope->kind, EnvelopeKind::kFullSubmission);
  EXPECT_EQ(envelope->header_tag, "IMS-HEADER");
  ASSERT_EQ(envelope->documents.size(), 1u);
  EXPECT_EQ(envelope->documents[0].type, "10-K");
}

TEST(ParseEnvelope, ReadsRunTogetherDisseminationFormat) {
  const std::string input =
      "<SUBMISSION>\n<ACCESSION-NUMBER>0001127602-25-004598<TYPE>4<PUBLIC-DOCUMENT-COUNT>1"
      "<DOCUMENT><TYPE>4<SEQUENCE>1<FILENAME>form4.xml<DESCRIPTION>PRIMARY DOCUMENT<TEXT><XML>"
      "<?xml version=\"1.0\"?><ownershipDocument></ownershipDocument></XML></TEXT></DOCUMENT>"
      "</SUBMISSION>\n";
  auto envelope = ParseEnvelope(input);
  ASSERT_TRUE(envelope);
  EXPECT_EQ(envelope->kind, EnvelopeKind::kDissemination);
  EXPECT_NE(envelope->header.find("<TYPE>4"), std::string_view::npos);
  ASSERT_EQ(envelope->documents.size(), 1u);
  const DocumentView& doc = envelope->documents[0];
  EXPECT_EQ(doc.type, "4");
  EXPECT_EQ(doc.filename, "form4.xml");
  EXPECT_EQ(doc.description, "PRIMARY DOCUMENT");
  EXPECT_EQ(doc.format, DocumentFormat::kXml);
  EXPECT_TRUE(doc.content.starts_with("<?xml"));
  EXPECT_TRUE(doc.content.ends_with("</ownershipDocument>"));
}

TEST(ParseEnvelope, TreatsTextWithoutEnvelopeAsBareDocument) {
  auto envelope = ParseEnvelope("[LOGO}\n\n  N E W S   R E L E A S E\n");
  ASSERT_TRUE(envelope);
  EXPECT_EQ(envelope->kind, EnvelopeKind::kBare);
  ASSERT_EQ(envelope->documents.size(), 1u);
  EXPECT_EQ(envelope->documents[0].format, DocumentFormat::kText);
}

TEST(ParseEnvelope, WarnsOnTruncatedDocument) {
  std::string input(kFullSubmission.substr(0, kFullSubmission.find("</TEXT>")));
  auto envelope = ParseEnvelope(input);
  ASSERT_TRUE(envelope);
  ASSERT_EQ(envelope->documents.size(), 1u);
  ASSERT_FALSE(envelope->warnings.empty());
  EXPECT_NE(envelope->warnings[0].message.find("expected </DOCUMENT>"), std::string::npos);
}

TEST(ParseEnvelope, RejectsEmptyAndBinaryInput) {
  auto empty = ParseEnvelope("");
  ASSERT_FALSE(empty);
  EXPECT_NE(empty.error().message().find("offset 0"), std::string::npos);
  const std::string binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  auto result = ParseEnvelope(binary);
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message().find("offset 8"), std::string::npos);
}

TEST(ParseEnvelope, ReadsHeaderOnlyFileWithoutDocuments) {
  auto envelope = ParseEnvelope(
      "<SEC-HEADER>0000018230-22-000107.hdr.sgml : 20220428\n<ACCEPTANCE-DATETIME>20220428063203\n"
      "<TYPE>8-K\n</SEC-HEADER>\n");
  ASSERT_TRUE(envelope);
  EXPECT_EQ(envelope->kind, EnvelopeKind::kHeaderOnly);
  EXPECT_TRUE(envelope->documents.empty());
}

TEST(ParseEnvelope, StaysLinearOnManyUnclosedDocuments) {
  std::string input = "<SEC-HEADER>\n</SEC-HEADER>\n";
  for (int i = 0; i < 50000; ++i) input += "<DOCUMENT>\n<TEXT>\nabc\n";
  input += "</DOCUMENT>\n";
  auto envelope = ParseEnvelope(input);  // quadratic rescans would take minutes
  ASSERT_TRUE(envelope);
  EXPECT_EQ(envelope->documents.size(), 50000u);
  EXPECT_EQ(envelope->warnings.size(), 2u * 50000u - 1u);  // no </DOCUMENT>, no </TEXT>
}

TEST(DetectFormat, UsesContentAndFileName) {
  EXPECT_EQ(DetectFormat("begin 644 logo.jpg\nM\n", "logo.jpg"), DocumentFormat::kBinary);
  EXPECT_EQ(DetectFormat("begin 644 a.pdf\nM\n", "a.pdf"), DocumentFormat::kPdf);
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?><x/>", ""), DocumentFormat::kXml);
  EXPECT_EQ(DetectFormat("<html><body>", ""), DocumentFormat::kHtml);
  EXPECT_EQ(DetectFormat("  UNITED STATES\n<TABLE>\n<S>  <C>\n", ""), DocumentFormat::kText);
}

}  // namespace
}  // namespace edgard::sgml
