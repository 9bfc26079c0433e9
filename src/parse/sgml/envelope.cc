#include "parse/sgml/envelope.h"

#include <string>

#include "base/ascii.h"
#include "base/bytes.h"

namespace edgard::sgml {
namespace {

constexpr std::string_view kPemBegin = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----";
constexpr size_t kSniffBytes = 4096;

// The line starting at `pos` (without its end of line) and the position of
// the next line.
std::string_view LineAt(std::string_view input, size_t pos, size_t* next) {
  size_t end = input.find('\n', pos);
  if (end == std::string_view::npos) end = input.size();
  *next = end < input.size() ? end + 1 : end;
  std::string_view line = input.substr(pos, end - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Name of the tag at the start of `text` ("<SEC-HEADER>..." -> "SEC-HEADER"),
// or empty when `text` does not start with a tag.
std::string_view LeadingTagName(std::string_view text) {
  if (text.size() < 3 || text[0] != '<') return {};
  size_t i = 1;
  while (i < text.size() && i < 64 && (ascii::IsAlnum(text[i]) || text[i] == '-')) ++i;
  if (i == 1 || i >= text.size() || text[i] != '>') return {};
  return text.substr(1, i - 1);
}

bool HasBinaryBytes(std::string_view text) {
  text = text.substr(0, kSniffBytes);
  return text.find('\0') != std::string_view::npos;
}

// Whether `head` holds an HTML tag: <html> only, or also the tags that mark
// HTML bodies (<body>, <p>, <div>, <td>, <tr>, <font>, <br>). One pass over
// the '<' characters; legacy text's <TABLE>, <S>, <C> and <PAGE> are not HTML.
bool HasHtmlTag(std::string_view head, bool html_only) {
  static constexpr std::string_view kBodyTags[] = {"body", "p", "div", "td", "tr", "font", "br"};
  size_t pos = 0;
  while ((pos = head.find('<', pos)) != std::string_view::npos) {
    ++pos;
    size_t end = pos;
    while (end < head.size() && end - pos < 8 && ascii::IsAlpha(head[end])) ++end;
    if (end == pos || (end < head.size() && ascii::IsAlnum(head[end]))) continue;
    const std::string_view name = head.substr(pos, end - pos);
    if (ascii::EqualsIgnoreCase(name, "html")) return true;
    if (html_only) continue;
    for (std::string_view tag : kBodyTags) {
      if (ascii::EqualsIgnoreCase(name, tag)) return true;
    }
  }
  return false;
}

bool EndsWithIgnoreCase(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         ascii::EqualsIgnoreCase(text.substr(text.size() - suffix.size()), suffix);
}

// Value of a document metadata tag: up to the end of the line or the next tag.
std::string_view TagValue(std::string_view text, size_t pos, size_t* next) {
  size_t end = pos;
  while (end < text.size() && text[end] != '\n' && text[end] != '\r') {
    if (text[end] == '<' && !LeadingTagName(text.substr(end)).empty()) break;
    ++end;
  }
  *next = end;
  return ascii::Trim(text.substr(pos, end - pos));
}

// Strips one wrapper element (<XML>, <PDF>, <XBRL>) around a body.
std::string_view Unwrap(std::string_view body, std::string_view open, std::string_view close,
                        size_t* offset) {
  std::string_view trimmed = ascii::TrimLeft(body);
  if (!ascii::StartsWithIgnoreCase(trimmed, open)) return {};
  size_t start = static_cast<size_t>(trimmed.data() - body.data()) + open.size();
  size_t end = body.size();
  size_t close_at =
      ascii::FindIgnoreCase(body.substr(body.size() > 64 ? body.size() - 64 : 0), close);
  if (close_at != std::string_view::npos) {
    end = (body.size() > 64 ? body.size() - 64 : 0) + close_at;
  }
  if (end < start) end = start;
  *offset += start;
  return body.substr(start, end - start);
}

void ClassifyBody(DocumentView* doc) {
  doc->content = doc->body;
  size_t offset = doc->content_offset;
  if (auto inner = Unwrap(doc->body, "<XML>", "</XML>", &offset); inner.data() != nullptr) {
    doc->content = inner;
    doc->content_offset = offset;
    doc->format = DocumentFormat::kXml;
    return;
  }
  offset = doc->content_offset;
  if (auto inner = Unwrap(doc->body, "<PDF>", "</PDF>", &offset); inner.data() != nullptr) {
    doc->content = inner;
    doc->content_offset = offset;
    doc->format = DocumentFormat::kPdf;
    doc->uuencoded = ascii::TrimLeft(inner).starts_with("begin ");
    return;
  }
  offset = doc->content_offset;
  if (auto inner = Unwrap(doc->body, "<XBRL>", "</XBRL>", &offset); inner.data() != nullptr) {
    doc->content = inner;
    doc->content_offset = offset;
    doc->format = DocumentFormat::kXml;
    return;
  }
  doc->format = DetectFormat(doc->content, doc->filename);
  doc->uuencoded = ascii::TrimLeft(doc->content).starts_with("begin ");
}

// Parses the <DOCUMENT> whose tag is at `tag_offset`; the next <DOCUMENT>
// (or the end of the input) is at `limit`. One forward scan found `limit`;
// the closing tags are looked for backwards from it, so each byte is read
// about once.
void ParseDocument(std::string_view input, size_t tag_offset, size_t limit, Envelope* envelope) {
  constexpr std::string_view kClose = "</DOCUMENT>";
  DocumentView doc;
  doc.offset = tag_offset;
  const size_t start = tag_offset + std::string_view("<DOCUMENT>").size();
  // Searched within this document only, so that hostile input with many
  // unclosed documents stays linear.
  size_t doc_end = input.substr(start, limit - start).rfind(kClose);
  if (doc_end != std::string_view::npos) doc_end += start;
  if (doc_end == std::string_view::npos) {
    envelope->warnings.push_back(
        {tag_offset, "document at byte " + std::to_string(tag_offset) +
                         " is not closed: expected </DOCUMENT> before byte " +
                         std::to_string(limit)});
    doc_end = limit;
  }
  const std::string_view region = input.substr(0, doc_end);

  // Metadata tags up to <TEXT>.
  size_t pos = start;
  size_t text_start = std::string_view::npos;
  while (pos < region.size()) {
    while (pos < region.size() && ascii::IsSpace(region[pos])) ++pos;
    if (pos >= region.size()) break;
    std::string_view name = LeadingTagName(region.substr(pos));
    if (name.empty()) break;  // body without <TEXT>
    pos += name.size() + 2;
    if (ascii::EqualsIgnoreCase(name, "TEXT")) {
      text_start = pos;
      break;
    }
    size_t next = pos;
    std::string_view value = TagValue(region, pos, &next);
    if (ascii::EqualsIgnoreCase(name, "TYPE")) {
      doc.type = value;
    } else if (ascii::EqualsIgnoreCase(name, "SEQUENCE")) {
      doc.sequence = value;
    } else if (ascii::EqualsIgnoreCase(name, "FILENAME")) {
      doc.filename = value;
    } else if (ascii::EqualsIgnoreCase(name, "DESCRIPTION")) {
      doc.description = value;
    }
    pos = next;
  }
  size_t body_start = text_start != std::string_view::npos ? text_start : pos;
  if (body_start > region.size()) body_start = region.size();
  // Skip the end of line after <TEXT>.
  if (body_start < region.size() && region[body_start] == '\r') ++body_start;
  if (body_start < region.size() && region[body_start] == '\n') ++body_start;
  size_t body_end = region.size();
  if (text_start != std::string_view::npos) {
    const size_t close = region.substr(body_start).rfind("</TEXT>");
    if (close != std::string_view::npos) {
      body_end = body_start + close;
    } else {
      envelope->warnings.push_back({body_start, "document at byte " + std::to_string(tag_offset) +
                                                    ": expected </TEXT> before byte " +
                                                    std::to_string(doc_end)});
    }
  }
  doc.body = input.substr(body_start, body_end - body_start);
  doc.content_offset = body_start;
  ClassifyBody(&doc);
  envelope->documents.push_back(doc);
}

void ParseDocuments(std::string_view input, size_t from, Envelope* envelope) {
  constexpr std::string_view kOpen = "<DOCUMENT>";
  size_t at = FindBytes(input, kOpen, from);
  while (at != std::string_view::npos) {
    const size_t next = FindBytes(input, kOpen, at + kOpen.size());
    ParseDocument(input, at, next == std::string_view::npos ? input.size() : next, envelope);
    at = next;
  }
}

void ParseBare(std::string_view input, Envelope* envelope) {
  envelope->kind = EnvelopeKind::kBare;
  DocumentView doc;
  doc.body = input;
  doc.content_offset = 0;
  ClassifyBody(&doc);
  envelope->documents.push_back(doc);
}

}  // namespace

std::string_view EnvelopeKindName(EnvelopeKind kind) {
  switch (kind) {
    case EnvelopeKind::kFullSubmission:
      return "full_submission";
    case EnvelopeKind::kDissemination:
      return "dissemination";
    case EnvelopeKind::kHeaderOnly:
      return "header_only";
    case EnvelopeKind::kSingleDocument:
      return "single_document";
    case EnvelopeKind::kBare:
      return "bare";
  }
  return "bare";
}

DocumentFormat DetectFormat(std::string_view content, std::string_view filename) {
  std::string_view head = ascii::TrimLeft(content.substr(0, kSniffBytes));
  if (head.starts_with("begin ")) {
    return EndsWithIgnoreCase(filename, ".pdf") ? DocumentFormat::kPdf : DocumentFormat::kBinary;
  }
  if (head.starts_with("%PDF")) return DocumentFormat::kPdf;
  if (HasBinaryBytes(head)) return DocumentFormat::kBinary;
  for (std::string_view ext : {".jpg", ".jpeg", ".gif", ".png", ".zip", ".xls", ".xlsx"}) {
    if (EndsWithIgnoreCase(filename, ext)) return DocumentFormat::kBinary;
  }
  if (EndsWithIgnoreCase(filename, ".htm") || EndsWithIgnoreCase(filename, ".html")) {
    return DocumentFormat::kHtml;
  }
  const bool xml_decl = head.starts_with("<?xml") || head.starts_with("<?XML");
  if (ascii::StartsWithIgnoreCase(head, "<!doctype html") || HasHtmlTag(head, /*html_only=*/true)) {
    return DocumentFormat::kHtml;
  }
  if (xml_decl || EndsWithIgnoreCase(filename, ".xml") || EndsWithIgnoreCase(filename, ".xsd")) {
    return DocumentFormat::kXml;
  }
  if (HasHtmlTag(head, /*html_only=*/false)) return DocumentFormat::kHtml;
  if (!head.empty() && head[0] == '<' && head.size() > 1 && ascii::IsLower(head[1])) {
    return DocumentFormat::kXml;  // bare XML without a declaration (<ownershipDocument>)
  }
  return DocumentFormat::kText;
}

Result<Envelope> ParseEnvelope(std::string_view input) {
  if (ascii::Trim(input).empty()) {
    return InvalidInput(input.empty()
                            ? "offset 0: empty input: expected an EDGAR filing or document"
                            : "offset 0: input holds only white space");
  }
  Envelope envelope;
  size_t pos = 0;
  size_t next = 0;
  std::string_view line;
  // First non-blank line, after a PEM preamble when there is one.
  while (pos < input.size()) {
    line = LineAt(input, pos, &next);
    if (!ascii::Trim(line).empty()) break;
    pos = next;
  }
  if (line.starts_with(kPemBegin)) {
    envelope.pem_wrapped = true;
    pos = next;
    while (pos < input.size()) {  // PEM header fields end at a blank line
      line = LineAt(input, pos, &next);
      pos = next;
      if (ascii::Trim(line).empty()) break;
    }
    while (pos < input.size()) {
      line = LineAt(input, pos, &next);
      if (!ascii::Trim(line).empty()) break;
      pos = next;
    }
  }
  std::string_view first = ascii::TrimLeft(line);
  std::string_view tag = LeadingTagName(first);
  const bool is_document =
      ascii::EqualsIgnoreCase(tag, "SEC-DOCUMENT") || ascii::EqualsIgnoreCase(tag, "IMS-DOCUMENT");
  if (is_document) {
    envelope.kind = EnvelopeKind::kFullSubmission;
    envelope.document_name = ascii::Trim(first.substr(tag.size() + 2));
    pos = next;
    // The header tag normally follows on the next non-blank line.
    while (pos < input.size()) {
      line = LineAt(input, pos, &next);
      if (!ascii::Trim(line).empty()) break;
      pos = next;
    }
    first = ascii::TrimLeft(line);
    tag = LeadingTagName(first);
  }
  const bool is_header =
      ascii::EqualsIgnoreCase(tag, "SEC-HEADER") || ascii::EqualsIgnoreCase(tag, "IMS-HEADER");
  if (is_header) {
    if (!is_document) envelope.kind = EnvelopeKind::kHeaderOnly;
    envelope.header_tag = tag;
    // The header starts on the line after <SEC-HEADER>...; that line names the .hdr.sgml.
    const size_t header_start = next;
    const std::string close = "</" + std::string(tag) + ">";
    size_t header_end = FindBytes(input, close, header_start);
    size_t after = std::string_view::npos;
    if (header_end == std::string_view::npos) {
      // Truncated header: it runs to the first document or the end.
      header_end = FindBytes(input, "<DOCUMENT>", header_start);
      if (header_end == std::string_view::npos) header_end = input.size();
      envelope.warnings.push_back({header_end, "header not closed: expected " + close +
                                                   " before byte " + std::to_string(header_end)});
      after = header_end;
    } else {
      after = header_end + close.size();
    }
    envelope.header = input.substr(header_start, header_end - header_start);
    envelope.header_offset = header_start;
    ParseDocuments(input, after, &envelope);
    if (!envelope.documents.empty() && !is_document) {
      envelope.kind = EnvelopeKind::kFullSubmission;
    }
    if (is_document && envelope.documents.empty()) envelope.kind = EnvelopeKind::kHeaderOnly;
    return envelope;
  }
  if (is_document) {
    envelope.warnings.push_back(
        {pos,
         "expected <SEC-HEADER> after <SEC-DOCUMENT>, found none at byte " + std::to_string(pos)});
    ParseDocuments(input, pos, &envelope);
    return envelope;
  }
  // A header excerpt without its <SEC-HEADER> line: it starts with a header field.
  if (ascii::EqualsIgnoreCase(tag, "ACCEPTANCE-DATETIME") ||
      ascii::EqualsIgnoreCase(tag, "ACCESSION-NUMBER") || first.starts_with("ACCESSION NUMBER:")) {
    envelope.kind = EnvelopeKind::kHeaderOnly;
    const size_t header_start = static_cast<size_t>(first.data() - input.data());
    size_t header_end = FindBytes(input, "</SEC-HEADER>", header_start);
    size_t after = header_end == std::string_view::npos ? header_end : header_end + 13;
    if (header_end == std::string_view::npos) {
      header_end = FindBytes(input, "<DOCUMENT>", header_start);
      after = header_end;
    }
    if (header_end == std::string_view::npos) header_end = input.size();
    envelope.header = input.substr(header_start, header_end - header_start);
    envelope.header_offset = header_start;
    if (after != std::string_view::npos) ParseDocuments(input, after, &envelope);
    if (!envelope.documents.empty()) envelope.kind = EnvelopeKind::kFullSubmission;
    return envelope;
  }
  if (ascii::EqualsIgnoreCase(tag, "SUBMISSION")) {
    envelope.kind = EnvelopeKind::kDissemination;
    envelope.header_tag = tag;
    const size_t header_start = static_cast<size_t>(first.data() - input.data()) + tag.size() + 2;
    size_t header_end = FindBytes(input, "<DOCUMENT>", header_start);
    if (header_end == std::string_view::npos) {
      header_end = FindBytes(input, "</SUBMISSION>", header_start);
      if (header_end == std::string_view::npos) header_end = input.size();
    }
    envelope.header = input.substr(header_start, header_end - header_start);
    envelope.header_offset = header_start;
    ParseDocuments(input, header_end, &envelope);
    if (envelope.documents.empty()) envelope.kind = EnvelopeKind::kHeaderOnly;
    return envelope;
  }
  if (ascii::EqualsIgnoreCase(tag, "DOCUMENT")) {
    envelope.kind = EnvelopeKind::kSingleDocument;
    const auto at = static_cast<size_t>(first.data() - input.data());
    ParseDocuments(input, at, &envelope);
    if (envelope.documents.empty()) {
      envelope.warnings.push_back(
          {at, "offset " + std::to_string(at) +
                   ": a document tag that is not <DOCUMENT> in upper case; no document read"});
    }
    return envelope;
  }
  if (HasBinaryBytes(input) && !input.starts_with("%PDF")) {
    const size_t nul = input.substr(0, kSniffBytes).find('\0');
    return InvalidInput("offset " + std::to_string(nul) +
                        ": binary data (NUL byte) outside any EDGAR envelope: expected text, "
                        "SGML, HTML or XML");
  }
  ParseBare(input, &envelope);
  return envelope;
}

}  // namespace edgard::sgml
