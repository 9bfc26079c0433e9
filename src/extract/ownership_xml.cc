#include "extract/ownership_xml.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "edgard/ownership.h"
#include "edgard/result.h"
#include "edgard/status.h"

namespace edgard::extract {
namespace {

using pugi::xml_node;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kRootElement = "ownershipDocument";
constexpr size_t kCikDigits = 10;
// Real values carry a few footnote marks (at most 3 in the corpus).
constexpr size_t kMaxMarksPerValue = 64;

// ---------------------------------------------------------------------------
// The XML inside the document body

// The part of `body` handed to the XML parser: without the <XML> ... </XML>
// wrapper of full submissions, the white space around the wrapper, and a
// UTF-8 byte order mark at the start. `offset` is where it starts in `body`, so that parse errors
// name offsets the caller can find.
struct XmlSpan {
  std::string_view xml;
  size_t offset = 0;
};

XmlSpan Unwrap(std::string_view body) {
  const size_t size = body.size();
  if (body.starts_with(kBom)) body.remove_prefix(kBom.size());
  body = ascii::TrimLeft(body);
  if (ascii::StartsWithIgnoreCase(body, "<XML>")) body = ascii::TrimLeft(body.substr(5));
  // A byte order mark after the wrapper, where some filers' tools put it, is
  // left in place: pugixml reads the encoding from it.
  const size_t offset = size - body.size();
  // The end is left alone unless it is the wrapper's, so that a truncated
  // document's error names the input's own end.
  constexpr std::string_view kClose = "</XML>";
  const std::string_view trimmed = ascii::TrimRight(body);
  if (trimmed.size() >= kClose.size() &&
      ascii::EqualsIgnoreCase(trimmed.substr(trimmed.size() - kClose.size()), kClose)) {
    body = trimmed.substr(0, trimmed.size() - kClose.size());
  }
  return XmlSpan{body, offset};
}

// What the parser wanted where it stopped, for the error message.
std::string_view Expected(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_unrecognized_tag:
      return "a tag name, '!' or '?' after '<'";
    case pugi::status_bad_pi:
      return "a declaration or processing instruction closed by '?>'";
    case pugi::status_bad_comment:
      return "a comment closed by '-->'";
    case pugi::status_bad_cdata:
      return "a CDATA section closed by ']]>'";
    case pugi::status_bad_doctype:
      return "a document type declaration closed by '>'";
    case pugi::status_bad_pcdata:
      return "character data";
    case pugi::status_bad_start_element:
      return "a start tag closed by '>' or '/>'";
    case pugi::status_bad_attribute:
      return "an attribute name=\"value\"";
    case pugi::status_bad_end_element:
      return "an end tag closed by '>'";
    case pugi::status_end_element_mismatch:
      return "the end tag of the open element";
    case pugi::status_no_document_element:
      return "an element";
    default:
      return "well-formed XML";
  }
}

Status ParseError(const pugi::xml_parse_result& result, size_t offset) {
  const size_t at = offset + static_cast<size_t>(std::max<ptrdiff_t>(result.offset, 0));
  return InvalidInput("ownership XML at byte " + std::to_string(at) + ": expected " +
                      std::string(Expected(result.status)) + " (" + result.description() + ")");
}

// ---------------------------------------------------------------------------
// Values

// The character data directly inside `node` (text and CDATA children joined),
// trimmed; empty for a null node.
std::string OwnText(xml_node node) {
  // Most values are one text node: no joining needed.
  const xml_node only = node.first_child();
  if (only && !only.next_sibling() &&
      (only.type() == pugi::node_pcdata || only.type() == pugi::node_cdata)) {
    return std::string(ascii::Trim(only.value()));
  }
  std::string text;
  for (xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      text += child.value();
    }
  }
  return std::string(ascii::Trim(text));
}

// All character data under `node`, white space folded: footnotes and remarks
// sometimes carry markup the schema does not allow (<br>, <b>).
std::string AllText(xml_node node) {
  // White space is folded while the text is gathered: no second pass.
  std::string text;
  bool space = false;
  auto add = [&](const char* value) {
    const char* c = value;
    while (*c != 0) {
      if (ascii::IsSpace(*c)) {
        space = !text.empty();
        ++c;
        continue;
      }
      const char* start = c;
      while (*c != 0 && !ascii::IsSpace(*c)) ++c;
      if (space) text.push_back(' ');
      space = false;
      text.append(start, static_cast<size_t>(c - start));  // a word at a time
    }
    space = !text.empty();  // text nodes are separated
  };
  for (xml_node child = node.first_child(); child;) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) add(child.value());
    // Depth-first without recursion, so nesting depth cannot exhaust the stack.
    if (child.first_child()) {
      child = child.first_child();
      continue;
    }
    while (child != node && !child.next_sibling()) child = child.parent();
    if (child == node) break;
    child = child.next_sibling();
  }
  return text;
}

// The footnote marks (<footnoteId id="F1"/>) directly under `node`, recorded
// against `field`; a mark repeated under the same node is kept once. At most
// kMaxMarksPerValue are read per node, which keeps the duplicate check linear.
void AddMarks(xml_node node, std::string_view field, std::vector<FootnoteRef>& marks) {
  const size_t first = marks.size();
  for (xml_node mark : node.children("footnoteId")) {
    if (marks.size() - first >= kMaxMarksPerValue || marks.size() >= kMaxOwnershipRows) break;
    std::string id(ascii::Trim(mark.attribute("id").value()));
    const auto same = [&](const FootnoteRef& m) { return m.id == id; };
    if (id.empty() ||
        std::any_of(marks.begin() + static_cast<ptrdiff_t>(first), marks.end(), same)) {
      continue;
    }
    marks.push_back(FootnoteRef{std::string(field), std::move(id)});
  }
}

// A field's value: <field><value>x</value></field> or <field>x</field>; its
// footnote marks go to `marks` under `field`.
std::string Text(xml_node node, std::string_view field, std::vector<FootnoteRef>& marks) {
  AddMarks(node, field, marks);
  const xml_node value = node.child("value");
  return OwnText(value ? value : node);
}

std::string Text(xml_node node) {
  const xml_node value = node.child("value");
  return OwnText(value ? value : node);
}

// "1,234.5" and " 275.634 " read; anything else that is not a finite number
// ("N/A", "see note") reads as absent.
std::optional<double> ParseNumber(std::string_view text) {
  // Without commas or inner spaces (nearly always) the text is read in place.
  std::string_view s = ascii::Trim(text);
  std::string digits;
  if (s.find_first_of(", \t\r\n") != std::string_view::npos) {
    digits.reserve(s.size());
    for (char c : s) {
      if (!ascii::IsSpace(c) && c != ',') digits.push_back(c);
    }
    s = digits;
  }
  if (s.starts_with('+')) s.remove_prefix(1);
  if (s.starts_with('$')) s.remove_prefix(1);
  double value = 0;
  const char* end = s.data() + s.size();
  const auto [ptr, error] = std::from_chars(s.data(), end, value);
  if (s.empty() || error != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

// xs:date, perhaps with a time zone ("2024-04-29-05:00", "2024-04-29Z"):
// the YYYY-MM-DD; empty when the text is no such date.
std::string ParseDate(std::string_view text) {
  if (text.size() < 10) return "";
  const std::string_view date = text.substr(0, 10);
  for (size_t i = 0; i < date.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? date[i] != '-' : !ascii::IsDigit(date[i])) return "";
  }
  return std::string(date);
}

// xs:boolean as filed: "1"/"0", "true"/"false" in any case.
std::optional<bool> ParseFlag(std::string_view text) {
  if (text == "1" || ascii::EqualsIgnoreCase(text, "true")) return true;
  if (text == "0" || ascii::EqualsIgnoreCase(text, "false")) return false;
  return std::nullopt;
}

// CIKs are filed with or without their leading zeros; anything else is kept
// as written.
std::string PadCik(std::string cik) {
  const bool digits = !cik.empty() && cik.size() <= kCikDigits &&
                      std::all_of(cik.begin(), cik.end(), [](char c) { return ascii::IsDigit(c); });
  if (digits) cik.insert(0, kCikDigits - cik.size(), '0');
  return cik;
}

std::optional<double> Number(xml_node node, std::string_view field,
                             std::vector<FootnoteRef>& marks) {
  return ParseNumber(Text(node, field, marks));
}

std::string Date(xml_node node, std::string_view field, std::vector<FootnoteRef>& marks) {
  return ParseDate(Text(node, field, marks));
}

std::optional<bool> Flag(xml_node node) { return ParseFlag(Text(node)); }

// ---------------------------------------------------------------------------
// Header parts

OwnershipIssuer ReadIssuer(xml_node issuer) {
  return OwnershipIssuer{
      .cik = PadCik(Text(issuer.child("issuerCik"))),
      .name = Text(issuer.child("issuerName")),
      .trading_symbol = Text(issuer.child("issuerTradingSymbol")),
  };
}

OwnershipReportingOwner ReadReportingOwner(xml_node owner) {
  const xml_node id = owner.child("reportingOwnerId");
  const xml_node address = owner.child("reportingOwnerAddress");
  const xml_node relationship = owner.child("reportingOwnerRelationship");
  return OwnershipReportingOwner{
      .cik = PadCik(Text(id.child("rptOwnerCik"))),
      .name = Text(id.child("rptOwnerName")),
      .street1 = Text(address.child("rptOwnerStreet1")),
      .street2 = Text(address.child("rptOwnerStreet2")),
      .city = Text(address.child("rptOwnerCity")),
      .state = Text(address.child("rptOwnerState")),
      .zip = Text(address.child("rptOwnerZipCode")),
      .is_director = Flag(relationship.child("isDirector")),
      .is_officer = Flag(relationship.child("isOfficer")),
      .officer_title = Text(relationship.child("officerTitle")),
      .is_ten_percent_owner = Flag(relationship.child("isTenPercentOwner")),
      .is_other = Flag(relationship.child("isOther")),
      .other_text = Text(relationship.child("otherText")),
  };
}

// ---------------------------------------------------------------------------
// Table rows

// The values a transaction row and a holding row share: the security, the
// position after the row and its nature, and for Table II the derivative's
// terms. `Row` is OwnershipTransaction or OwnershipHolding, whose fields of
// these names mean the same thing.
template <class Row>
Row ReadPosition(xml_node node, bool derivative) {
  Row row;
  row.derivative = derivative;
  std::vector<FootnoteRef>& marks = row.footnotes;
  AddMarks(node, "row", marks);
  row.security_title = Text(node.child("securityTitle"), "security_title", marks);
  row.form_type =
      Text(node.child("transactionCoding").child("transactionFormType"), "form_type", marks);
  if (derivative) {
    row.conversion_or_exercise_price =
        Number(node.child("conversionOrExercisePrice"), "conversion_or_exercise_price", marks);
    row.exercise_date = Date(node.child("exerciseDate"), "exercise_date", marks);
    row.expiration_date = Date(node.child("expirationDate"), "expiration_date", marks);
    const xml_node underlying = node.child("underlyingSecurity");
    AddMarks(underlying, "underlying_security_title", marks);
    row.underlying_security_title =
        Text(underlying.child("underlyingSecurityTitle"), "underlying_security_title", marks);
    row.underlying_shares =
        Number(underlying.child("underlyingSecurityShares"), "underlying_shares", marks);
    row.underlying_value =
        Number(underlying.child("underlyingSecurityValue"), "underlying_value", marks);
  }
  const xml_node post = node.child("postTransactionAmounts");
  AddMarks(post, "shares_owned_following", marks);
  row.shares_owned_following =
      Number(post.child("sharesOwnedFollowingTransaction"), "shares_owned_following", marks);
  row.value_owned_following =
      Number(post.child("valueOwnedFollowingTransaction"), "value_owned_following", marks);
  const xml_node nature = node.child("ownershipNature");
  AddMarks(nature, "direct_indirect", marks);
  row.direct_indirect = Text(nature.child("directOrIndirectOwnership"), "direct_indirect", marks);
  row.nature_of_ownership = Text(nature.child("natureOfOwnership"), "nature_of_ownership", marks);
  return row;
}

OwnershipTransaction ReadTransaction(xml_node node, bool derivative) {
  OwnershipTransaction row = ReadPosition<OwnershipTransaction>(node, derivative);
  std::vector<FootnoteRef>& marks = row.footnotes;
  row.date = Date(node.child("transactionDate"), "date", marks);
  row.deemed_execution_date =
      Date(node.child("deemedExecutionDate"), "deemed_execution_date", marks);
  const xml_node coding = node.child("transactionCoding");
  AddMarks(coding, "code", marks);
  row.code = Text(coding.child("transactionCode"), "code", marks);
  row.equity_swap =
      ParseFlag(Text(coding.child("equitySwapInvolved"), "equity_swap", marks)).value_or(false);
  row.timeliness = Text(node.child("transactionTimeliness"), "timeliness", marks);
  const xml_node amounts = node.child("transactionAmounts");
  AddMarks(amounts, "shares", marks);
  row.shares = Number(amounts.child("transactionShares"), "shares", marks);
  row.total_value = Number(amounts.child("transactionTotalValue"), "total_value", marks);
  row.price = Number(amounts.child("transactionPricePerShare"), "price", marks);
  row.acquired_disposed =
      Text(amounts.child("transactionAcquiredDisposedCode"), "acquired_disposed", marks);
  return row;
}

OwnershipHolding ReadHolding(xml_node node, bool derivative) {
  OwnershipHolding row = ReadPosition<OwnershipHolding>(node, derivative);
  AddMarks(node.child("transactionCoding"), "form_type", row.footnotes);
  return row;
}

// Table I (<nonDerivativeTable>) or Table II (<derivativeTable>) into `out`,
// in document order.
void ReadTable(xml_node table, bool derivative, OwnershipRecord& out) {
  const char* transaction = derivative ? "derivativeTransaction" : "nonDerivativeTransaction";
  const char* holding = derivative ? "derivativeHolding" : "nonDerivativeHolding";
  for (xml_node row = table.first_child(); row; row = row.next_sibling()) {
    const std::string_view name = row.name();
    if (name == transaction && out.transactions.size() < kMaxOwnershipRows) {
      out.transactions.push_back(ReadTransaction(row, derivative));
    } else if (name == holding && out.holdings.size() < kMaxOwnershipRows) {
      out.holdings.push_back(ReadHolding(row, derivative));
    }
  }
}

OwnershipRecord ReadRecord(xml_node root) {
  OwnershipRecord record;
  record.schema_version = Text(root.child("schemaVersion"));
  record.document_type = Text(root.child("documentType"));
  record.period_of_report = ParseDate(Text(root.child("periodOfReport")));
  record.date_of_original_submission = ParseDate(Text(root.child("dateOfOriginalSubmission")));
  record.not_subject_to_section16 = Flag(root.child("notSubjectToSection16"));
  record.no_securities_owned = Flag(root.child("noSecuritiesOwned"));
  record.aff10b5_one = Flag(root.child("aff10b5One"));
  record.issuer = ReadIssuer(root.child("issuer"));
  for (xml_node owner : root.children("reportingOwner")) {
    if (record.reporting_owners.size() >= kMaxOwnershipRows) break;
    record.reporting_owners.push_back(ReadReportingOwner(owner));
  }
  // Schema versions allow one table of each kind; a second is read as well.
  for (xml_node table : root.children("nonDerivativeTable")) ReadTable(table, false, record);
  for (xml_node table : root.children("derivativeTable")) ReadTable(table, true, record);
  for (xml_node note : root.child("footnotes").children("footnote")) {
    if (record.footnotes.size() >= kMaxOwnershipRows) break;
    record.footnotes.push_back(
        {std::string(ascii::Trim(note.attribute("id").value())), AllText(note)});
  }
  record.remarks = AllText(root.child("remarks"));
  for (xml_node signature : root.children("ownerSignature")) {
    if (record.signatures.size() >= kMaxOwnershipRows) break;
    OwnershipSignature& added = record.signatures.emplace_back();
    added.name = Text(signature.child("signatureName"));
    added.date = ParseDate(Text(signature.child("signatureDate")));
  }
  return record;
}

}  // namespace

// Entities and CDATA decoded; line ends and attribute white space left as
// they are (values are trimmed and folded anyway), which saves two passes.
constexpr unsigned kParseOptions = pugi::parse_cdata | pugi::parse_escapes;

Result<OwnershipRecord> ReadOwnershipXml(std::string_view xml) {
  const XmlSpan span = Unwrap(xml);
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer(span.xml.data(), span.xml.size(), kParseOptions);
  if (!parsed) return ParseError(parsed, span.offset);
  const xml_node root = document.document_element();
  if (root.name() != kRootElement) {
    // offset_debug() is where the name starts, one byte after the '<'.
    const ptrdiff_t at = std::max<ptrdiff_t>(root.offset_debug() - 1, 0);
    return InvalidInput(
        "ownership XML at byte " + std::to_string(span.offset + static_cast<size_t>(at)) +
        ": expected <ownershipDocument> as the root element, found <" + root.name() + ">");
  }
  return ReadRecord(root);
}

bool LooksLikeOwnershipXml(std::string_view body) {
  return body.substr(0, kOwnershipSniffBytes).find("<ownershipDocument") != std::string_view::npos;
}

}  // namespace edgard::extract
