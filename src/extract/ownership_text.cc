#include "extract/ownership_text.h"

#include <string>
#include <vector>

#include "base/ascii.h"
#include "extract/cover_page.h"

namespace edgard::extract {
namespace {

// The first non-empty line after the one holding `label`, or empty.
std::string_view LineAfter(const std::vector<std::string_view>& lines, std::string_view label,
                           size_t* at = nullptr) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (ascii::FindIgnoreCase(lines[i], label) == std::string_view::npos) continue;
    for (size_t k = i + 1; k < lines.size() && k < i + 4; ++k) {
      if (lines[k].empty()) continue;
      if (at != nullptr) *at = k;
      return lines[k];
    }
    return {};
  }
  return {};
}

// Whether the box before `label` in `text` is checked: "(X) Director",
// "[X] Director", "X  Director".
std::optional<bool> Checked(std::string_view text, std::string_view label) {
  const size_t at = ascii::FindIgnoreCase(text, label);
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view before = ascii::TrimRight(text.substr(0, at));
  if (before.size() >= 3 && (before.ends_with(')') || before.ends_with(']'))) {
    const std::string_view box = before.substr(before.size() - 3);
    return ascii::EqualsIgnoreCase(box.substr(1, 1), "x");
  }
  return std::nullopt;
}

// "February 29,2000" -> "2000-02-29"; "02/29/2000" too.
std::string DateIn(std::string_view text) {
  std::string spaced;
  for (char c : text) {
    spaced.push_back(c);
    if (c == ',') spaced.push_back(' ');
  }
  std::string date = FindWrittenDate(ascii::CollapseSpace(spaced));
  if (!date.empty()) return date;
  const std::string_view t = ascii::Trim(text);
  if (t.size() == 10 && t[2] == '/' && t[5] == '/') {
    return std::string(t.substr(6, 4)) + "-" + std::string(t.substr(0, 2)) + "-" +
           std::string(t.substr(3, 2));
  }
  return {};
}

}  // namespace

std::optional<OwnershipRecord> ReadTextOwnershipReport(std::string_view text,
                                                       std::string_view form_type, int document) {
  const std::vector<std::string_view> lines =
      ascii::SplitLines(text.substr(0, kOwnershipTextBytes), true);
  const std::string_view owner = LineAfter(lines, "Name and Address of Reporting Person");
  size_t issuer_line = 0;
  const std::string_view issuer = LineAfter(lines, "Issuer Name and Ticker", &issuer_line);
  if (owner.empty() || issuer.empty()) return std::nullopt;
  OwnershipRecord record;
  record.document_type = std::string(form_type);
  record.document = document;
  record.issuer.name = std::string(issuer);
  if (issuer_line + 1 < lines.size()) {
    const std::string_view symbol = lines[issuer_line + 1];
    bool ticker = !symbol.empty() && symbol.size() <= 6;
    for (char c : symbol) ticker = ticker && (ascii::IsUpper(c) || c == '.');
    if (ticker) record.issuer.trading_symbol = std::string(symbol);
  }
  OwnershipReportingOwner person;
  person.name = std::string(owner);
  // The relationship boxes, on the lines after their heading.
  size_t relationship = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (ascii::FindIgnoreCase(lines[i], "Relationship of Reporting Person") !=
        std::string_view::npos) {
      relationship = i;
      break;
    }
  }
  std::string boxes;
  for (size_t k = relationship + 1; k < lines.size() && k < relationship + 4; ++k) {
    boxes += std::string(lines[k]) + " ";
  }
  person.is_director = Checked(boxes, "Director");
  person.is_ten_percent_owner = Checked(boxes, "10% Owner");
  person.is_officer = Checked(boxes, "Officer");
  person.is_other = Checked(boxes, "Other");
  record.reporting_owners.push_back(std::move(person));
  for (std::string_view label :
       {"Statement for Month/Year", "Statement for Issuer's Fiscal Year Ended",
        "Date of Event Requiring Statement"}) {
    const std::string_view value = LineAfter(lines, label);
    if (!value.empty()) {
      record.period_of_report = DateIn(value);
      break;
    }
  }
  // "SIGNATURE OF REPORTING PERSON / /s/ Alan H. Foster / DATE / March 13, 2000".
  size_t signature_line = 0;
  const std::string_view signed_by =
      LineAfter(lines, "SIGNATURE OF REPORTING PERSON", &signature_line);
  if (!signed_by.empty()) {
    OwnershipSignature& signature = record.signatures.emplace_back();
    std::string_view name = signed_by;
    if (name.starts_with("/s/")) name = ascii::Trim(name.substr(3));
    signature.name = ascii::CollapseSpace(name);
    for (size_t k = signature_line + 1; k < lines.size() && k < signature_line + 4; ++k) {
      const std::string date = DateIn(lines[k]);
      if (!date.empty()) {
        signature.date = date;
        break;
      }
    }
  }
  return record;
}

}  // namespace edgard::extract
