// The extraction of one input file: what `edgard extract FILE` prints and
// what the store keeps. Field names follow the extraction JSON contract
// (docs/extraction-json.md).

#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/filing.h"
#include "edgard/result.h"

namespace edgard {

struct SourceInfo {
  std::string path;
  size_t bytes = 0;
  std::string sha256;  // lower-case hex of the input bytes
};

struct DocumentRecord {
  int sequence = 0;  // 0 when the envelope does not say
  std::string type;
  std::string filename;
  std::string description;
  DocumentFormat format = DocumentFormat::kText;
  std::string kind;          // current_report, annual_report, ... (empty: not known yet)
  std::string date;          // YYYY-MM-DD
  size_t bytes = 0;          // size of the document body as stored in the submission
  size_t offset = 0;         // byte offset of the body (content) in the input
  size_t decoded_bytes = 0;  // size after uudecoding, for uuencoded bodies
  bool uuencoded = false;
};

struct Extraction {
  SourceInfo source;
  std::string envelope;  // full_submission, dissemination, header_only, single_document, bare
  // Identity in the store: the accession number, or "sha256:<hex>" for a
  // document with no accession number.
  std::string id;
  SubmissionHeader submission;
  std::vector<DocumentRecord> documents;
  std::vector<Warning> warnings;
};

// Analyses one input. Fails only when the bytes cannot be an EDGAR filing or
// document (empty, binary outside any envelope); the error names the byte
// offset and what was expected.
Result<Extraction> ExtractFiling(std::string_view bytes, std::string_view path);

// The extraction JSON (all top-level keys present; later analysis stages
// fill the arrays that are empty today). `indent` < 0 gives one line.
std::string ExtractionToJson(const Extraction& extraction, int indent);

// Document kind implied by an EDGAR document or form type ("8-K" ->
// "current_report", "EX-24" -> "power_of_attorney"); empty when the type
// says nothing.
std::string_view KindOfType(std::string_view type);

}  // namespace edgard
