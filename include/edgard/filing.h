// Domain types of an EDGAR filing: the submission header, its parties and
// its documents. These own their strings: they outlive the parse buffer and
// are what extraction, storage and retrieval pass around. An empty string
// means "not stated".

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace edgard {

struct Address {
  std::string street1;
  std::string street2;
  std::string city;
  std::string state;
  std::string zip;
  std::string phone;

  bool empty() const {
    return street1.empty() && street2.empty() && city.empty() && state.empty() && zip.empty() &&
           phone.empty();
  }
};

struct FormerName {
  std::string name;
  std::string date_changed;  // YYYY-MM-DD
};

// One party block of the header (FILER, SUBJECT COMPANY, REPORTING-OWNER, ...).
struct Party {
  std::string
      role;  // filer, subject_company, filed_by, reporting_owner, issuer, serial_company, ...
  std::string cik;  // 10 digits, zero-padded
  std::string name;
  std::string sic;  // 4 digits
  std::string sic_description;
  std::string irs_number;  // 9 digits, no dash
  std::string state_of_incorporation;
  std::string fiscal_year_end;  // MMDD
  std::string form_type;
  std::string sec_act;
  std::string file_number;
  std::string film_number;
  std::string relationship;  // 1990s Form 4 <RELATIONSHIP>
  Address business_address;
  Address mail_address;
  std::vector<FormerName> former_names;
};

// Every header field as written, so keys edgard does not map are kept.
// `path` is the canonical tag spelling of the enclosing blocks and the key,
// e.g. "FILER/COMPANY-DATA/CONFORMED-NAME".
struct HeaderField {
  std::string path;
  std::string value;
};

struct SubmissionHeader {
  std::string accession_number;  // NNNNNNNNNN-YY-NNNNNN
  std::string form_type;
  std::string filed_at;             // YYYY-MM-DD
  std::string acceptance_datetime;  // YYYY-MM-DDThh:mm:ss (Eastern time)
  std::string period_of_report;     // YYYY-MM-DD
  std::string date_of_change;       // YYYY-MM-DD
  std::string effectiveness_date;   // YYYY-MM-DD
  int public_document_count = -1;   // -1 when not stated
  std::vector<std::string> items;   // 8-K item numbers ("5", "2.02") or codes as written
  std::vector<std::string> group_members;
  std::vector<Party> parties;
  std::vector<HeaderField> fields;
};

// Something in the input that could not be understood, with the byte offset
// where it was found. Warnings are data, not failures: real filings are messy.
struct Warning {
  size_t offset = 0;
  std::string message;
};

enum class DocumentFormat : uint8_t { kText, kHtml, kXml, kPdf, kBinary };

std::string_view DocumentFormatName(DocumentFormat format);

}  // namespace edgard
