// The extraction of one input file: what `edgard extract FILE` prints and
// what the store keeps. Field names follow the extraction JSON contract
// (docs/extraction-json.md).

#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/beneficial_ownership.h"
#include "edgard/filing.h"
#include "edgard/ownership.h"
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

// One item of an 8-K, 10-K or 10-Q as found in a document's plain text.
struct ItemRecord {
  int document = 0;    // sequence of the document it is in
  std::string part;    // "I" or "II" in a 10-Q, else empty
  std::string number;  // as the document numbers it: "5", "2.02", "7A"
  std::string title;   // as written, white space folded
  // extracted, incorporated_by_reference, omitted, not_applicable
  std::string status;
  // The item's text (after its heading) is [text_begin, text_end) of the
  // document's plain text (see DocumentTexts).
  size_t text_begin = 0;
  size_t text_end = 0;
};

// An exhibit listed in an exhibit index (or Item 7(c) / 9.01(d)) or attached.
struct ExhibitRecord {
  std::string number;       // "99.1", "10.8.2"
  std::string description;  // as listed, white space folded
  int document = 0;         // sequence of the attached document, 0 when not attached
};

// One signature block entry.
struct SignatureRecord {
  std::string name;     // the person whose signature it is
  std::string title;    // as written
  std::string date;     // YYYY-MM-DD
  std::string company;  // the company signing, when the block names one
  std::string by;       // attorney-in-fact who signed for `name`, when one did
  int document = 0;     // sequence
  size_t offset = 0;    // byte offset in the document's plain text
};

// A person named in a document with a title (dateline quotes, contact
// blocks, lists, signatures, powers of attorney).
struct PersonRecord {
  std::string name;     // as written, honorifics dropped
  std::string title;    // as written; empty when none is given
  std::string company;  // the company the title is held at, when known
  int document = 0;     // sequence
};

struct AttorneyInFact {
  std::string name;
  std::string title;
};

// A power of attorney: who appoints whom to sign what, from when, until when.
struct PowerOfAttorneyRecord {
  std::string grantor;      // the person granting it
  std::string company;      // the company whose filings it covers
  std::string executed_on;  // YYYY-MM-DD
  std::string signing;      // "singly" or "jointly"
  std::vector<AttorneyInFact> attorneys_in_fact;
  std::vector<std::string> scope;  // form types: "3", "4", "5", "ID", "SC 13D", "SC 13G", ...
  std::string ends;                // the termination clause, white space folded
  int document = 0;
};

// A change among a company's officers and directors, or in the size of its
// board, as a report or press release announces it.
struct EventRecord {
  // appointment, election, resignation, retirement, termination, death,
  // departure, board_size_change
  std::string type;
  std::string person;  // as written, honorifics dropped
  std::string role;    // as written; "director" for a seat on the board
  std::string company;
  std::string date;            // the date it was announced, YYYY-MM-DD
  std::string effective_date;  // when the text says
  int from = -1;               // board seats before and after (board_size_change)
  int to = -1;
  std::string reason;    // when the text says
  std::string evidence;  // the sentence, white space folded
  int document = 0;
  size_t offset = 0;  // byte offset of the sentence in the document's plain text
};

// A number from a financial table or an EX-27 financial data schedule.
struct FinancialFactRecord {
  std::string label;         // the row label as written, white space folded, wrapped lines joined
  std::string parent;        // the label-only row it sits under ("(Loss) income per share")
  std::string gaap_concept;  // US-GAAP element name where the label says it unambiguously
  std::string period_start;  // YYYY-MM-DD; empty for an instant
  std::string period_end;    // YYYY-MM-DD
  double value = 0;          // scaled to units; per-share values and ratios are not scaled
  std::string unit;          // USD, shares, USD/shares, pure
  int table = 0;             // 1-based number of the table in the filing
  std::string table_title;   // its caption and headings
  bool checked = false;      // part of a total that adds up, or a total that does
  int document = 0;          // sequence
  size_t offset = 0;         // byte offset of the row in the document's plain text
};

struct Extraction {
  SourceInfo source;
  std::string envelope;  // full_submission, dissemination, header_only, single_document, bare
  // Identity in the store: the accession number, or "sha256:<hex>" for a
  // document with no accession number.
  std::string id;
  SubmissionHeader submission;
  std::vector<DocumentRecord> documents;
  std::vector<ItemRecord> items;
  std::vector<ExhibitRecord> exhibits;
  std::vector<SignatureRecord> signatures;
  std::vector<PersonRecord> people;
  std::vector<PowerOfAttorneyRecord> powers_of_attorney;
  std::vector<EventRecord> events;
  std::vector<FinancialFactRecord> financial_facts;
  // The Form 3, 4 or 5 an ownership XML document reports (one per filing).
  std::optional<OwnershipRecord> ownership;
  // The Schedule 13D or 13G cover pages (one per filing).
  std::optional<BeneficialOwnershipRecord> beneficial_ownership;
  std::vector<Warning> warnings;
};

// The plain text of each document, in document order (empty for documents
// without text: binary, PDF, uuencoded).
using DocumentTexts = std::vector<std::string>;

// Analyses one input. Fails only when the bytes cannot be an EDGAR filing or
// document (empty, binary outside any envelope); the error names the byte
// offset and what was expected. When `texts` is given it receives the plain
// text of every document, which the analysis reads anyway.
Result<Extraction> ExtractFiling(std::string_view bytes, std::string_view path,
                                 DocumentTexts* texts = nullptr);

// The extraction JSON (all top-level keys present; later analysis stages
// fill the arrays that are empty today). `indent` < 0 gives one line. With
// `texts`, each item carries its text; without, only its text range.
std::string ExtractionToJson(const Extraction& extraction, int indent,
                             const DocumentTexts* texts = nullptr);

// Document kind implied by an EDGAR document or form type ("8-K" ->
// "current_report", "EX-24" -> "power_of_attorney"); empty when the type
// says nothing.
std::string_view KindOfType(std::string_view type);

}  // namespace edgard
