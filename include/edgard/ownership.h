// Insider ownership reports: what a Form 3, 4 or 5 (or an amendment) says in
// its XML (<ownershipDocument>), as plain values that outlive the input.
//
// Conventions: an empty string is an absent value; numbers and the flags whose
// absence matters are std::optional; dates are YYYY-MM-DD; CIKs are 10 digits,
// zero-padded. Field names follow the extraction JSON (docs/extraction-json.md),
// which is also what FootnoteRef::field names.

#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace edgard {

// The form types of Section 16 reports: Forms 3, 4, 5 and their amendments
// (KindOfType gives them "ownership_report").
inline constexpr std::array<std::string_view, 6> kOwnershipForms = {"3",   "4",   "5",
                                                                    "3/A", "4/A", "5/A"};

struct OwnershipIssuer {
  std::string cik;  // 10 digits
  std::string name;
  std::string trading_symbol;
};

struct OwnershipReportingOwner {
  std::string cik;  // 10 digits
  std::string name;
  std::string street1;
  std::string street2;
  std::string city;
  std::string state;
  std::string zip;
  std::optional<bool> is_director;
  std::optional<bool> is_officer;
  std::string officer_title;
  std::optional<bool> is_ten_percent_owner;
  std::optional<bool> is_other;
  std::string other_text;
};

// A footnote mark on one value of a row: `field` is the JSON name of the value
// it annotates ("price", "shares", "date", "security_title", ...), `id` the
// footnote's id ("F1"). A mark on a group of values (<transactionCoding>,
// <transactionAmounts>, ...) names the group's main value ("code", "shares");
// a mark on the row itself names "row".
struct FootnoteRef {
  std::string field;
  std::string id;
};

// One row of Table I (non-derivative) or Table II (derivative) that reports a
// transaction.
struct OwnershipTransaction {
  bool derivative = false;
  std::string security_title;
  std::string date;                   // transaction date
  std::string deemed_execution_date;  // Rule 16a-3(g)
  std::string form_type;              // transactionFormType: "4", "5", ...
  std::string code;                   // transactionCode: "P", "S", "M", "A", ...
  bool equity_swap = false;
  std::string timeliness;  // transactionTimeliness: "E" early, "L" late, else empty
  std::optional<double> shares;
  std::optional<double> total_value;  // given instead of shares for some derivatives
  std::optional<double> price;        // per share
  std::string acquired_disposed;      // "A" or "D"
  std::optional<double> shares_owned_following;
  std::optional<double> value_owned_following;
  std::string direct_indirect;  // "D" or "I"
  std::string nature_of_ownership;
  // Table II only.
  std::optional<double> conversion_or_exercise_price;
  std::string exercise_date;
  std::string expiration_date;
  std::string underlying_security_title;
  std::optional<double> underlying_shares;
  std::optional<double> underlying_value;  // given instead of underlying_shares
  std::vector<FootnoteRef> footnotes;
};

// One row of Table I or Table II that reports a holding (no transaction). A
// holding carries the same position values as a transaction, and a Form 5
// holding its form type; the transaction values are not part of it.
struct OwnershipHolding {
  bool derivative = false;
  std::string security_title;
  std::string form_type;
  std::optional<double> shares_owned_following;
  std::optional<double> value_owned_following;
  std::string direct_indirect;  // "D" or "I"
  std::string nature_of_ownership;
  // Table II only.
  std::optional<double> conversion_or_exercise_price;
  std::string exercise_date;
  std::string expiration_date;
  std::string underlying_security_title;
  std::optional<double> underlying_shares;
  std::optional<double> underlying_value;
  std::vector<FootnoteRef> footnotes;
};

struct OwnershipFootnote {
  std::string id;  // "F1"
  std::string text;
};

struct OwnershipSignature {
  std::string name;  // as signed: "/s/ Jennifer L. Gill, By Power of Attorney"
  std::string date;
  // For a signature made under a power of attorney: who signed, for whom,
  // and the sequence of the document in the filing holding the power of
  // attorney that covers it (0 when none in the filing does).
  std::string attorney_in_fact;
  std::string principal;
  int power_of_attorney = 0;
};

struct OwnershipRecord {
  std::string document_type;   // "3", "4", "5", "3/A", "4/A", "5/A"
  std::string schema_version;  // "X0508"
  std::string period_of_report;
  std::string date_of_original_submission;  // amendments
  std::optional<bool> not_subject_to_section16;
  std::optional<bool> no_securities_owned;  // Form 3 box
  std::optional<bool> aff10b5_one;          // Rule 10b5-1(c) plan box (X0508 on)
  OwnershipIssuer issuer;
  std::vector<OwnershipReportingOwner> reporting_owners;
  std::vector<OwnershipTransaction> transactions;  // Table I rows first, then Table II
  std::vector<OwnershipHolding> holdings;          // likewise
  std::vector<OwnershipFootnote> footnotes;
  std::string remarks;
  std::vector<OwnershipSignature> signatures;
  int document = 0;  // sequence of the document it came from, 0 if unknown
};

}  // namespace edgard
