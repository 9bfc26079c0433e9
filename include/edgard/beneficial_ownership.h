// Beneficial-ownership reports: what the cover pages of a Schedule 13D or 13G
// (or an amendment) say about a class of an issuer's securities and about
// each reporting person's holding of it, as plain values that outlive the
// input.
//
// Conventions as in ownership.h: an empty string is an absent value; numbers
// are std::optional; dates are YYYY-MM-DD; CIKs are 10 digits, zero-padded.
// Field names follow the "ownership" object of the extraction JSON
// (`cusip`, `class`, `event_date`, `reporting_persons`, ...).

#pragma once

#include <optional>
#include <string>
#include <vector>

namespace edgard {

// One reporting person's cover page (rows 1 to 12 of a 13G, 1 to 14 of a 13D).
struct BeneficialOwner {
  std::string name;  // without an I.R.S. number or a defined term ("(“BCP VI”)")
  // As written ("Delaware", "United States"); the XML forms give an EDGAR
  // state or country code ("DE", "X1").
  std::string citizenship;
  // Numbers of shares; "-0-", "None" and "Not applicable" read as 0. A row
  // that answers with a reference ("See response to row 5") is absent.
  std::optional<double> sole_voting;
  std::optional<double> shared_voting;
  std::optional<double> sole_dispositive;
  std::optional<double> shared_dispositive;
  std::optional<double> aggregate;
  std::optional<double> percent_of_class;  // 5.6 for "5.6%"; absent for "<0.1%"
  // The codes of the form's instructions ("IN", "CO", "IA", "HC", "PN", ...);
  // several are joined by ", " ("HC, CO").
  std::string type;
};

struct BeneficialOwnershipRecord {
  // "SC 13D", "SC 13G", "SC 13D/A", "SC 13G/A" when read from a cover page
  // (EDGAR's form types before the XML forms); the XML's own submission type
  // ("SCHEDULE 13D", "SCHEDULE 13G/A") when read from XML.
  std::string form;
  std::optional<int> amendment_number;  // "(Amendment No. 2)"; absent when blank
  std::string issuer;                   // name of the issuer
  std::string issuer_cik;               // 10 digits, when the XML says
  std::string cusip;                    // 9 characters, upper case, no spaces or dashes
  std::string class_title;              // "Common Stock, par value $0.01 per share"
  std::string event_date;               // date of the event which requires filing
  std::vector<BeneficialOwner> reporting_persons;
  // What could not be read, by JSON name: "issuer", "cusip", "class",
  // "event_date", "reporting_persons" (none found), and per person
  // "reporting_persons[2].percent_of_class" and the like. "cusip_check_digit"
  // says that `cusip` was read but fails its check digit (a misprint).
  std::vector<std::string> missing;
  int document = 0;  // sequence of the document it came from, 0 if unknown
};

}  // namespace edgard
