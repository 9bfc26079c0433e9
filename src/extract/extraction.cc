#include "edgard/extraction.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "base/accession.h"
#include "base/ascii.h"
#include "base/sha256.h"
#include "extract/analysis.h"
#include "extract/attorney_signatures.h"
#include "extract/beneficial_ownership.h"
#include "extract/ownership_text.h"
#include "extract/ownership_xml.h"
#include "parse/sgml/envelope.h"
#include "parse/sgml/header.h"
#include "parse/text/document_text.h"
#include "parse/uu/uudecode.h"

namespace edgard {
namespace {

// "0000950129-95-001652.txt : 19950601" -> "0000950129-95-001652".
std::string_view AccessionFromName(std::string_view name) {
  name = ascii::Trim(name);
  return name.size() >= 20 && IsAccessionNumber(name.substr(0, 20)) ? name.substr(0, 20)
                                                                    : std::string_view();
}

std::string_view BareXmlType(std::string_view content) {
  // Ownership XML without an envelope: <documentType>4</documentType>.
  constexpr std::string_view kOpen = "<documentType>";
  const size_t head = std::min<size_t>(content.size(), 4096);
  const size_t at = content.substr(0, head).find(kOpen);
  if (at == std::string_view::npos) return {};
  const size_t start = at + kOpen.size();
  const size_t end = content.find('<', start);
  if (end == std::string_view::npos) return {};
  return ascii::Trim(content.substr(start, end - start));
}

}  // namespace

std::string_view KindOfType(std::string_view raw_type) {
  std::string type = ascii::ToUpperCopy(ascii::Trim(raw_type));
  if (type.ends_with("/A")) type.resize(type.size() - 2);
  auto is = [&type](std::string_view t) { return type == t; };
  auto starts = [&type](std::string_view p) { return type.starts_with(p); };
  if (is("8-K") || is("8-K12B") || is("8-K12G3") || is("8-K15D5") || is("6-K")) {
    return "current_report";
  }
  if (starts("10-K") || is("20-F") || is("40-F") || is("10-KSB") || is("10-K405")) {
    return "annual_report";
  }
  if (starts("10-Q")) return "quarterly_report";
  if (is("3") || is("4") || is("5")) return "ownership_report";
  if (starts("SC 13D") || starts("SC 13G") || starts("SCHEDULE 13D") || starts("SCHEDULE 13G")) {
    return "beneficial_ownership_report";
  }
  if (is("DEF 14A") || is("PRE 14A") || is("DEFA14A") || is("DEFM14A") || is("PREM14A") ||
      is("DEF 14C") || is("PRE 14C")) {
    return "proxy_statement";
  }
  if (starts("424B") || is("S-1") || is("S-3") || is("S-4") || is("F-1") || is("F-3") ||
      is("485APOS") || is("485BPOS") || is("N-2") || is("FWP")) {
    return "prospectus";
  }
  if (is("EX-24") || starts("EX-24.")) return "power_of_attorney";
  if (starts("EX-")) return "exhibit";
  return {};
}

namespace {

// Schedules 13D and 13G, and their amendments, by form or document type.
bool IsScheduleType(std::string_view type) {
  return KindOfType(type) == "beneficial_ownership_report";
}

// The cover pages of a Schedule 13D or 13G: from its XML (2024 on) or from
// the text of the document the form type names.
void ReadBeneficialOwnership(std::string_view bytes, const DocumentTexts& texts, Extraction* out) {
  const bool schedule = IsScheduleType(out->submission.form_type);
  for (size_t i = 0; i < out->documents.size() && !out->beneficial_ownership; ++i) {
    const DocumentRecord& doc = out->documents[i];
    if (doc.uuencoded) continue;
    const std::string_view body = bytes.substr(doc.offset, doc.bytes);
    if (doc.format == DocumentFormat::kXml && extract::LooksLikeScheduleXml(body)) {
      auto record = extract::ReadScheduleXml(body, doc.sequence);
      if (record) {
        out->beneficial_ownership = std::move(*record);
      } else {
        out->warnings.push_back({doc.offset, "document " + std::to_string(doc.sequence) + ": " +
                                                 record.error().message()});
      }
      continue;
    }
    // A Schedule TO quotes 13D cover pages too: the form type decides.
    if (!(schedule || IsScheduleType(doc.type)) || texts[i].empty()) continue;
    if (auto record = extract::ReadScheduleCoverPage(texts[i], doc.sequence)) {
      out->beneficial_ownership = std::move(*record);
    }
  }
  if (!out->beneficial_ownership) {
    if (schedule) {
      out->warnings.push_back(
          {0, "no Schedule 13D/13G cover page found in a " + out->submission.form_type});
    }
    return;
  }
  const BeneficialOwnershipRecord& r = *out->beneficial_ownership;
  if (!r.missing.empty()) {
    std::string missing;
    for (const std::string& m : r.missing) missing += (missing.empty() ? "" : ", ") + m;
    out->warnings.push_back(
        {0, "document " + std::to_string(r.document) + ": the cover page does not say " + missing});
  }
}

// A Form 3, 4 or 5 filed as text (before 2003): its boxes, and a warning
// that its transaction tables are not read.
void ReadTextOwnership(const DocumentTexts& texts, Extraction* out) {
  if (out->ownership) return;
  const std::string& form = out->submission.form_type;
  if (KindOfType(form) != "ownership_report") return;
  for (size_t i = 0; i < out->documents.size(); ++i) {
    const DocumentRecord& doc = out->documents[i];
    if (doc.type != form || texts[i].empty()) continue;
    std::vector<std::string> problems;
    auto record = extract::ReadTextOwnershipReport(texts[i], form, doc.sequence, &problems);
    if (!record) continue;
    // The header knows the CIKs.
    for (const Party& p : out->submission.parties) {
      if (p.role == "subject_company" || p.role == "issuer") record->issuer.cik = p.cik;
      if (p.role == "reporting_owner" && record->reporting_owners.size() == 1) {
        record->reporting_owners[0].cik = p.cik;
      }
    }
    out->ownership = std::move(*record);
    for (const std::string& problem : problems) {
      out->warnings.push_back({doc.offset, "document " + std::to_string(doc.sequence) +
                                               ": a text Form " + form + ": " + problem});
    }
    return;
  }
}

// The ownership report of a Form 3, 4 or 5 filed as XML.
void ReadOwnership(std::string_view bytes, Extraction* out) {
  for (DocumentRecord& doc : out->documents) {
    if (doc.format != DocumentFormat::kXml || doc.uuencoded) continue;
    const std::string_view body = bytes.substr(doc.offset, doc.bytes);
    if (!extract::LooksLikeOwnershipXml(body)) continue;
    auto record = extract::ReadOwnershipXml(body);
    if (!record) {
      out->warnings.push_back({doc.offset, "document " + std::to_string(doc.sequence) +
                                               " (body at byte " + std::to_string(doc.offset) +
                                               "): " + record.error().message()});
      continue;
    }
    if (out->ownership) {
      out->warnings.push_back({doc.offset, "document " + std::to_string(doc.sequence) +
                                               ": a second ownership report in one filing; "
                                               "only the first is read"});
      continue;
    }
    record->document = doc.sequence;
    if (doc.kind.empty() || doc.kind == "other") doc.kind = "ownership_report";
    // A report without a header says itself who the issuer and owners are.
    SubmissionHeader& h = out->submission;
    if (h.parties.empty()) {
      for (const OwnershipReportingOwner& owner : record->reporting_owners) {
        Party party;
        party.role = "reporting_owner";
        party.cik = owner.cik;
        party.name = owner.name;
        h.parties.push_back(std::move(party));
      }
      Party issuer;
      issuer.role = "issuer";
      issuer.cik = record->issuer.cik;
      issuer.name = record->issuer.name;
      if (!issuer.cik.empty() || !issuer.name.empty()) h.parties.push_back(std::move(issuer));
    }
    if (h.period_of_report.empty()) h.period_of_report = record->period_of_report;
    if (h.form_type.empty()) h.form_type = record->document_type;
    out->ownership = std::move(*record);
  }
}

}  // namespace

Result<Extraction> ExtractFiling(std::string_view bytes, std::string_view path,
                                 DocumentTexts* texts_out) {
  auto envelope = sgml::ParseEnvelope(bytes);
  if (!envelope) {
    return Status(envelope.error().code(), std::string(path) + ": " + envelope.error().message());
  }
  Extraction out;
  out.source.path = std::string(path);
  out.source.bytes = bytes.size();
  out.source.sha256 = Sha256Hex(bytes);
  out.envelope = std::string(sgml::EnvelopeKindName(envelope->kind));
  out.warnings = std::move(envelope->warnings);
  if (!envelope->header.empty()) {
    sgml::HeaderParse header = sgml::ParseHeader(envelope->header, envelope->header_offset);
    out.submission = std::move(header.header);
    for (Warning& w : header.warnings) out.warnings.push_back(std::move(w));
  }
  if (out.submission.accession_number.empty()) {
    out.submission.accession_number = std::string(AccessionFromName(envelope->document_name));
  }
  std::set<int> sequences;
  for (const sgml::DocumentView& view : envelope->documents) {
    DocumentRecord doc;
    if (!view.sequence.empty()) {
      int sequence = 0;
      auto [ptr, ec] = std::from_chars(view.sequence.data(),
                                       view.sequence.data() + view.sequence.size(), sequence);
      if (ec == std::errc() && sequence > 0) doc.sequence = sequence;
    }
    if (doc.sequence == 0 || !sequences.insert(doc.sequence).second) {
      // Missing or repeated <SEQUENCE>: the next free number, so that every
      // document stays addressable.
      const int given = doc.sequence;
      doc.sequence = sequences.empty() ? 1 : *sequences.rbegin() + 1;
      sequences.insert(doc.sequence);
      if (given != 0) {
        out.warnings.push_back({view.offset, "document at byte " + std::to_string(view.offset) +
                                                 " repeats sequence " + std::to_string(given) +
                                                 "; numbered " + std::to_string(doc.sequence)});
      }
    }
    doc.type = std::string(view.type);
    doc.filename = std::string(view.filename);
    doc.description = std::string(view.description);
    doc.format = view.format;
    doc.bytes = view.content.size();
    doc.offset = view.content_offset;
    doc.uuencoded = view.uuencoded;
    if (doc.type.empty() && view.format == DocumentFormat::kXml) {
      doc.type = std::string(BareXmlType(view.content));
    }
    doc.kind = std::string(KindOfType(doc.type));
    if (doc.kind.empty() && !doc.type.empty()) doc.kind = "other";
    if (view.uuencoded) {
      auto decoded = uu::UuDecode(view.content);
      if (decoded) {
        doc.decoded_bytes = decoded->bytes.size();
      } else {
        out.warnings.push_back({view.content_offset, "document " + std::to_string(doc.sequence) +
                                                         ": " + decoded.error().message()});
      }
    }
    out.documents.push_back(std::move(doc));
  }
  // A document without a header: its own type is the form type.
  if (out.submission.form_type.empty() && envelope->header.empty() && out.documents.size() == 1 &&
      !out.documents[0].type.empty()) {
    out.submission.form_type = out.documents[0].type;
  }
  DocumentTexts texts(out.documents.size());
  text::TextOutput scratch;
  for (size_t i = 0; i < out.documents.size(); ++i) {
    const DocumentRecord& doc = out.documents[i];
    if (doc.uuencoded) continue;
    if (text::DocumentText(bytes.substr(doc.offset, doc.bytes), doc.format, &scratch)) {
      texts[i] = std::move(scratch.text);
    }
    scratch.Clear();
  }
  extract::AnalyzeDocuments(texts, !envelope->header.empty(), &out);
  ReadOwnership(bytes, &out);
  ReadTextOwnership(texts, &out);
  extract::LinkAttorneySignatures(&out);
  ReadBeneficialOwnership(bytes, texts, &out);
  if (out.submission.public_document_count >= 0 && !out.documents.empty() &&
      static_cast<size_t>(out.submission.public_document_count) != out.documents.size()) {
    out.warnings.push_back({0, "header says PUBLIC DOCUMENT COUNT " +
                                   std::to_string(out.submission.public_document_count) +
                                   " but the file holds " + std::to_string(out.documents.size()) +
                                   " documents"});
  }
  if (texts_out != nullptr) *texts_out = std::move(texts);
  out.id = !out.submission.accession_number.empty() ? out.submission.accession_number
                                                    : "sha256:" + out.source.sha256;
  return out;
}

}  // namespace edgard
