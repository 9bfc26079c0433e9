// Splits an EDGAR input into its header block and its <DOCUMENT>s in one
// forward pass. Understands every envelope of EDGAR's history:
//   - full submissions (<SEC-DOCUMENT>, <SEC-HEADER>, <ACCEPTANCE-DATETIME>),
//   - the 1993-96 PEM wrapper and <IMS-DOCUMENT>/<IMS-HEADER>,
//   - the tag-delimited dissemination format (.nc: <SUBMISSION>), one tag per
//     line or run together on one line,
//   - header-only files (.hdr.sgml), single documents wrapped in <DOCUMENT>,
//   - bare documents with no envelope at all.
// All string_views in the result point into the caller's buffer, which must
// outlive the Envelope.

#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "edgard/filing.h"
#include "edgard/result.h"

namespace edgard::sgml {

enum class EnvelopeKind : uint8_t {
  kFullSubmission,  // <SEC-DOCUMENT> / <IMS-DOCUMENT>
  kDissemination,   // .nc <SUBMISSION>
  kHeaderOnly,      // <SEC-HEADER> with no documents
  kSingleDocument,  // one <DOCUMENT> with no header
  kBare,            // no envelope: the whole input is one document
};

std::string_view EnvelopeKindName(EnvelopeKind kind);

struct DocumentView {
  size_t offset = 0;  // byte offset of <DOCUMENT> (0 for a bare document)
  std::string_view type;
  std::string_view sequence;
  std::string_view filename;
  std::string_view description;
  std::string_view body;      // between <TEXT> and </TEXT>, as written
  std::string_view content;   // body without an <XML>, <PDF> or <XBRL> wrapper
  size_t content_offset = 0;  // byte offset of content in the input
  DocumentFormat format = DocumentFormat::kText;
  bool uuencoded = false;  // content is a uuencoded file
};

struct Envelope {
  EnvelopeKind kind = EnvelopeKind::kBare;
  bool pem_wrapped = false;
  std::string_view header;  // header text, empty when there is none
  size_t header_offset = 0;
  std::string_view header_tag;     // "SEC-HEADER", "IMS-HEADER", "SUBMISSION" or empty
  std::string_view document_name;  // "<SEC-DOCUMENT>0000950129-95-001652.txt : 19950601" value
  std::vector<DocumentView> documents;
  std::vector<Warning> warnings;
};

// Largest input ParseEnvelope accepts; callers refuse larger files before
// reading them (see ingest).
inline constexpr size_t kMaxInputBytes = size_t{1} << 31;

// Fails only on input that cannot be an EDGAR filing or document: empty
// input, or binary data outside any envelope. Everything else yields an
// Envelope, with warnings for what is malformed (unclosed tags, truncation).
Result<Envelope> ParseEnvelope(std::string_view input);

// Format of a document body from its first bytes and its file name.
DocumentFormat DetectFormat(std::string_view content, std::string_view filename);

}  // namespace edgard::sgml
