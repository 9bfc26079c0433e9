#include "extract/ownership_xml.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "base/accession.h"
#include "base/ascii.h"
#include "edgard/ownership.h"
#include "edgard/result.h"
#include "edgard/status.h"
#include "extract/xml_body.h"

namespace edgard::extract {
namespace {

using pugi::xml_node;

constexpr std::string_view kRootElement = "ownershipDocument";
// Real values carry a few footnote marks (at most 3 in the corpus).
constexpr size_t kMaxMarksPerValue = 64;

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

// The character data directly inside `node` (text and CDATA children
// joined), trimmed; empty for a null node. A value in one text node (nearly
// all) is viewed where the parser left it; one in several is joined into
// `joined`, which the view then points into.
std::string_view OwnText(xml_node node, std::string& joined) {
  const xml_node only = node.first_child();
  if (!only) return {};
  if (!only.next_sibling() &&
      (only.type() == pugi::node_pcdata || only.type() == pugi::node_cdata)) {
    return ascii::Trim(only.value());
  }
  joined.clear();
  for (xml_node child = only; child; child = child.next_sibling()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      joined += child.value();
    }
  }
  return ascii::Trim(joined);
}

// All character data under `node`, white space folded: footnotes and remarks
// sometimes carry markup the schema does not allow (<br>, <b>).
std::string AllText(xml_node node) {
  std::string text;
  for (xml_node child = node.first_child(); child;) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      if (!text.empty()) text.push_back(' ');  // text nodes are separated
      text += child.value();
    }
    // Depth-first without recursion, so nesting depth cannot exhaust the stack.
    if (child.first_child()) {
      child = child.first_child();
      continue;
    }
    while (child != node && !child.next_sibling()) child = child.parent();
    if (child == node) break;
    child = child.next_sibling();
  }
  // White space folded in place, in one pass without branches (a branch per
  // word boundary mispredicts often): each byte is written, white space as
  // one ' ', and the write position moves on unless the byte is white space
  // after white space. The write position never passes the read position.
  size_t out = 0;
  bool after_space = true;  // leading white space is dropped
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool space = (byte == ' ') | (static_cast<unsigned char>(byte - '\t') <= '\r' - '\t');
    text[out] = space ? ' ' : c;
    out += static_cast<size_t>(!(space && after_space));
    after_space = space;
  }
  if (out > 0 && text[out - 1] == ' ') --out;  // trailing white space
  text.resize(out);
  return text;
}

// Records footnote mark `mark` (<footnoteId id="F1"/>) against `field`; a
// mark repeated under the same node (whose marks start at `first`) is kept
// once. At most kMaxMarksPerValue are read per node, which keeps the
// duplicate check linear.
void AddMark(xml_node mark, std::string_view field, size_t first, std::vector<FootnoteRef>& marks) {
  if (marks.size() - first >= kMaxMarksPerValue || marks.size() >= kMaxOwnershipRows) return;
  std::string id(ascii::Trim(mark.attribute("id").value()));
  const auto same = [&](const FootnoteRef& m) { return m.id == id; };
  if (id.empty() || std::any_of(marks.begin() + static_cast<ptrdiff_t>(first), marks.end(), same)) {
    return;
  }
  marks.push_back(FootnoteRef{std::string(field), std::move(id)});
}

// The first bytes are compared inline: most children asked about are not the
// one looked for, and their names differ early.
bool Named(xml_node node, const char* name) {
  const char* own = node.name();
  return own[0] == name[0] && std::strcmp(own, name) == 0;
}

// The footnote marks directly under `node`, recorded against `field`.
void AddMarks(xml_node node, std::string_view field, std::vector<FootnoteRef>& marks) {
  const size_t first = marks.size();
  for (xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (Named(child, "footnoteId")) AddMark(child, field, first, marks);
  }
}

// A field's value: <field><value>x</value></field> or <field>x</field>; its
// footnote marks go to `marks` under `field`. One pass over the children
// finds both. The view is into the document or `joined`.
std::string_view ValueOf(xml_node node, std::string_view field, std::vector<FootnoteRef>& marks,
                         std::string& joined) {
  const size_t first = marks.size();
  xml_node value;
  for (xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    if (!value && Named(child, "value")) {
      value = child;
    } else if (Named(child, "footnoteId")) {
      AddMark(child, field, first, marks);
    }
  }
  return OwnText(value ? value : node, joined);
}

std::string Text(xml_node node, std::string_view field, std::vector<FootnoteRef>& marks) {
  std::string joined;
  return std::string(ValueOf(node, field, marks, joined));
}

std::string Text(xml_node node) {
  const xml_node value = node.child("value");
  std::string joined;
  return std::string(OwnText(value ? value : node, joined));
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

std::optional<double> Number(xml_node node, std::string_view field,
                             std::vector<FootnoteRef>& marks) {
  std::string joined;
  return ParseNumber(ValueOf(node, field, marks, joined));
}

std::string Date(xml_node node, std::string_view field, std::vector<FootnoteRef>& marks) {
  std::string joined;
  return ParseDate(ValueOf(node, field, marks, joined));
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

// The named children of one element, looked up one by one. Filers' tools
// write the schema's order and a row's reader asks in that order, so each
// lookup starts where the last one ended and a row's children are compared
// about once each; a child out of order is still found (the search wraps).
class Fields {
 public:
  explicit Fields(xml_node node) : first_(node.first_child()), next_(first_) {}

  xml_node operator[](const char* name) {
    for (xml_node n = next_; n; n = n.next_sibling()) {
      if (Named(n, name)) return Take(n);
    }
    for (xml_node n = first_; n != next_; n = n.next_sibling()) {
      if (Named(n, name)) return Take(n);
    }
    return {};
  }

 private:
  xml_node Take(xml_node found) {
    next_ = found.next_sibling();
    return found;
  }

  xml_node first_;
  xml_node next_;
};

// A group of values (<transactionAmounts>, <ownershipNature>, ...): the marks
// on the group itself are recorded against `field`.
Fields Group(xml_node group, std::string_view field, std::vector<FootnoteRef>& marks) {
  AddMarks(group, field, marks);
  return Fields(group);
}

// The values transaction rows and holding rows share are read in the schema's
// order around the row's own. `Row` is OwnershipTransaction or
// OwnershipHolding, whose fields of these names mean the same thing.

// A row's start: the marks on the row itself, the security and, for Table
// II, the conversion or exercise price; the rest of the row is read from the
// Fields returned.
template <class Row>
Fields ReadSecurity(xml_node node, bool derivative, Row& row) {
  row.derivative = derivative;
  AddMarks(node, "row", row.footnotes);
  Fields fields(node);
  row.security_title = Text(fields["securityTitle"], "security_title", row.footnotes);
  if (derivative) {
    row.conversion_or_exercise_price =
        Number(fields["conversionOrExercisePrice"], "conversion_or_exercise_price", row.footnotes);
  }
  return fields;
}

// For Table II the derivative's terms, then the position after the row and
// its nature.
template <class Row>
void ReadPosition(Fields& fields, Row& row) {
  std::vector<FootnoteRef>& marks = row.footnotes;
  if (row.derivative) {
    row.exercise_date = Date(fields["exerciseDate"], "exercise_date", marks);
    row.expiration_date = Date(fields["expirationDate"], "expiration_date", marks);
    Fields terms = Group(fields["underlyingSecurity"], "underlying_security_title", marks);
    row.underlying_security_title =
        Text(terms["underlyingSecurityTitle"], "underlying_security_title", marks);
    row.underlying_shares = Number(terms["underlyingSecurityShares"], "underlying_shares", marks);
    row.underlying_value = Number(terms["underlyingSecurityValue"], "underlying_value", marks);
  }
  Fields after = Group(fields["postTransactionAmounts"], "shares_owned_following", marks);
  row.shares_owned_following =
      Number(after["sharesOwnedFollowingTransaction"], "shares_owned_following", marks);
  row.value_owned_following =
      Number(after["valueOwnedFollowingTransaction"], "value_owned_following", marks);
  Fields nature = Group(fields["ownershipNature"], "direct_indirect", marks);
  row.direct_indirect = Text(nature["directOrIndirectOwnership"], "direct_indirect", marks);
  row.nature_of_ownership = Text(nature["natureOfOwnership"], "nature_of_ownership", marks);
}

// Rows are read into their place in the record: they are large to move.
void ReadTransaction(xml_node node, bool derivative, OwnershipTransaction& row) {
  std::vector<FootnoteRef>& marks = row.footnotes;
  Fields fields = ReadSecurity(node, derivative, row);
  row.date = Date(fields["transactionDate"], "date", marks);
  row.deemed_execution_date = Date(fields["deemedExecutionDate"], "deemed_execution_date", marks);
  Fields coding = Group(fields["transactionCoding"], "code", marks);
  row.form_type = Text(coding["transactionFormType"], "form_type", marks);
  row.code = Text(coding["transactionCode"], "code", marks);
  std::string joined;
  row.equity_swap = ParseFlag(ValueOf(coding["equitySwapInvolved"], "equity_swap", marks, joined))
                        .value_or(false);
  row.timeliness = Text(fields["transactionTimeliness"], "timeliness", marks);
  Fields amounts = Group(fields["transactionAmounts"], "shares", marks);
  row.shares = Number(amounts["transactionShares"], "shares", marks);
  row.total_value = Number(amounts["transactionTotalValue"], "total_value", marks);
  row.price = Number(amounts["transactionPricePerShare"], "price", marks);
  row.acquired_disposed =
      Text(amounts["transactionAcquiredDisposedCode"], "acquired_disposed", marks);
  ReadPosition(fields, row);
}

void ReadHolding(xml_node node, bool derivative, OwnershipHolding& row) {
  std::vector<FootnoteRef>& marks = row.footnotes;
  Fields fields = ReadSecurity(node, derivative, row);
  Fields coding = Group(fields["transactionCoding"], "form_type", marks);
  row.form_type = Text(coding["transactionFormType"], "form_type", marks);
  ReadPosition(fields, row);
}

// Table I (<nonDerivativeTable>) or Table II (<derivativeTable>) into `out`,
// in document order.
void ReadTable(xml_node table, bool derivative, OwnershipRecord& out) {
  const char* transaction = derivative ? "derivativeTransaction" : "nonDerivativeTransaction";
  const char* holding = derivative ? "derivativeHolding" : "nonDerivativeHolding";
  for (xml_node row = table.first_child(); row; row = row.next_sibling()) {
    const std::string_view name = row.name();
    if (name == transaction && out.transactions.size() < kMaxOwnershipRows) {
      ReadTransaction(row, derivative, out.transactions.emplace_back());
    } else if (name == holding && out.holdings.size() < kMaxOwnershipRows) {
      ReadHolding(row, derivative, out.holdings.emplace_back());
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
// Reports are tens of KB; the largest in the corpus is 69 KB.
constexpr size_t kMaxKeptScratch = size_t{1} << 20;

namespace {

// `scratch` holds the copy of the XML that pugixml parses in place.
Result<OwnershipRecord> Read(std::string_view xml, std::string& scratch) {
  const XmlBody span = UnwrapXml(xml);
  scratch.assign(span.xml);
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer_inplace(scratch.data(), scratch.size(), kParseOptions);
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

}  // namespace

Result<OwnershipRecord> ReadOwnershipXml(std::string_view xml) {
  // The copy pugixml parses goes to a buffer this thread keeps rather than a
  // fresh allocation per report (fresh pages cost page faults); a rare large
  // report's buffer is let go.
  thread_local std::string scratch;
  Result<OwnershipRecord> record = Read(xml, scratch);
  if (scratch.capacity() > kMaxKeptScratch) std::string().swap(scratch);
  return record;
}

bool LooksLikeOwnershipXml(std::string_view body) {
  return body.substr(0, kOwnershipSniffBytes).find("<ownershipDocument") != std::string_view::npos;
}

}  // namespace edgard::extract
