#include "serve/edgar_formats.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <utility>

#include "base/ascii.h"
#include "base/dates.h"

namespace edgard::serve {
namespace {

// ------------------------------------------------------------------ helpers

std::string UnpaddedCik(std::string_view cik) {
  size_t first = 0;
  while (first + 1 < cik.size() && cik[first] == '0') ++first;
  return std::string(cik.substr(first));
}

std::string PaddedCik(std::string_view cik) {
  std::string digits = UnpaddedCik(cik);
  if (digits.size() < 10) digits.insert(0, 10 - digits.size(), '0');
  return digits;
}

std::string WithoutDashes(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != '-') out.push_back(c);
  }
  return out;
}

bool IsIsoDate(std::string_view text) {
  return text.size() == 10 && text[4] == '-' && text[7] == '-' &&
         std::all_of(text.begin(), text.end(),
                     [](char c) { return ascii::IsDigit(c) || c == '-'; });
}

int Digits(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kDayNames = {"Sun", "Mon", "Tue", "Wed",
                                                       "Thu", "Fri", "Sat"};

// "/Archives/edgar/data/320193/000032019324000123": the folder of a filing.
std::string FolderPath(std::string_view cik, std::string_view accession) {
  return "/Archives/edgar/data/" + UnpaddedCik(cik) + "/" + WithoutDashes(accession);
}

// Decodes one UTF-8 sequence at `text[*at]`; a byte that does not start a
// valid sequence is taken as Latin-1, so any input gives some character.
uint32_t NextCodePoint(std::string_view text, size_t* at) {
  const auto byte = [&](size_t i) {
    return static_cast<uint32_t>(static_cast<unsigned char>(text[i]));
  };
  const uint32_t lead = byte(*at);
  size_t length = 0;
  uint32_t code = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code = lead & 0x07;
  }
  if (length == 0 || *at + length > text.size()) {
    ++*at;
    return lead;
  }
  for (size_t k = 1; k < length; ++k) {
    const uint32_t next = byte(*at + k);
    if ((next & 0xC0) != 0x80) {
      ++*at;
      return lead;
    }
    code = (code << 6) | (next & 0x3F);
  }
  const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
  if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
    ++*at;
    return lead;
  }
  *at += length;
  return code;
}

enum class NonAscii { kKeep, kReference };

// Escapes text for XML/HTML content and attribute values. Control characters
// other than tab and line breaks are dropped (XML 1.0 cannot carry them).
std::string Escape(std::string_view text, NonAscii non_ascii = NonAscii::kReference) {
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    if (static_cast<unsigned char>(c) >= 0x80) {
      if (non_ascii == NonAscii::kKeep) {
        out.push_back(c);
        ++at;
      } else {
        out += "&#" + std::to_string(NextCodePoint(text, &at)) + ";";
      }
      continue;
    }
    ++at;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
          out.push_back(c);
        }
    }
  }
  return out;
}

// Percent-encoding of a query value.
std::string UrlEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    if (ascii::IsAlnum(c) || c == '-' || c == '.' || c == '_' || c == '/') {
      out.push_back(c);
    } else {
      const auto b = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 0x0F];
    }
  }
  return out;
}

// "2024-03-15T21:45:18" -> "2024-03-15T21:45:18-04:00"; empty when not a time.
std::string WithEasternOffset(std::string_view local) {
  if (local.size() < 19) return "";
  const std::string offset = dates::EasternOffset(local.substr(0, 19));
  if (offset.empty()) return "";
  std::string out(local.substr(0, 19));
  out[10] = 'T';
  return out + offset;
}

// Party::role ("reporting_owner") or a label as EDGAR prints it -> "Reporting".
std::string RoleLabel(std::string_view role) {
  struct Label {
    std::string_view role, label;
  };
  static constexpr std::array<Label, 7> kLabels = {{{"filer", "Filer"},
                                                    {"subject_company", "Subject"},
                                                    {"reporting_owner", "Reporting"},
                                                    {"issuer", "Issuer"},
                                                    {"filed_by", "Filed by"},
                                                    {"serial_company", "Serial"},
                                                    {"depositor", "Depositor"}}};
  for (const Label& label : kLabels) {
    if (ascii::EqualsIgnoreCase(role, label.role)) return std::string(label.label);
  }
  return role.empty() ? "Filer" : std::string(role);
}

// ------------------------------------------------------------- index files

struct IndexStyle {
  bool wrapped_header = false;  // daily form/company: column header on two lines
  size_t form_width = 10;       // form type characters before the two-space gap
};

// The year at the end of "Mar 18, 2020" / "March 31, 2021"; 0 when absent.
int TrailingYear(std::string_view text) {
  text = ascii::TrimRight(text);
  if (text.size() < 4) return 0;
  const std::string_view year = text.substr(text.size() - 4);
  if (!std::all_of(year.begin(), year.end(), ascii::IsDigit)) return 0;
  return Digits(year);
}

IndexStyle StyleFor(bool daily, std::string_view last_data_received) {
  int year = TrailingYear(last_data_received);
  if (year == 0) year = 9999;
  IndexStyle style;
  style.wrapped_header = daily && year >= 2021;
  if (year >= 2025) style.form_width = 15;
  return style;
}

// Appends `value` left-aligned in a field of `width` characters and the
// two-space gap; `cut` shortens a longer value, else it pushes the row right.
void AppendField(std::string* out, std::string_view value, size_t width, bool cut) {
  if (cut && value.size() > width) value = value.substr(0, width);
  out->append(value);
  if (value.size() < width) out->append(width - value.size(), ' ');
  out->append("  ");
}

constexpr size_t kNameWidth = 60;
constexpr size_t kShortWidth = 10;  // CIK and date
constexpr size_t kFileNameWidth = 52;

// A value with its line breaks made spaces, so that one entry stays one row.
std::string OneLine(std::string_view text) {
  std::string out(text);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return out;
}

std::string IndexRow(IndexLayout layout, bool daily, const IndexStyle& style,
                     const IndexEntry& entry) {
  const std::string cik = OneLine(UnpaddedCik(entry.cik));
  const std::string name = OneLine(entry.company_name);
  const std::string form = OneLine(entry.form_type);
  const std::string date = OneLine(daily ? WithoutDashes(entry.date_filed) : entry.date_filed);
  const std::string file_name = "edgar/data/" + cik + "/" + OneLine(entry.accession) + ".txt";
  if (layout == IndexLayout::kMaster) {
    return cik + "|" + name + "|" + form + "|" + date + "|" + file_name;
  }
  std::string row;
  if (layout == IndexLayout::kForm) {
    AppendField(&row, form, style.form_width, daily);
    AppendField(&row, name, kNameWidth, daily);
  } else {
    AppendField(&row, name, kNameWidth, daily);
    AppendField(&row, form, style.form_width, daily);
  }
  AppendField(&row, cik, kShortWidth, false);
  AppendField(&row, date, kShortWidth, false);
  row += file_name;
  if (file_name.size() < kFileNameWidth) row.append(kFileNameWidth - file_name.size(), ' ');
  return row;
}

std::string IndexHeader(IndexLayout layout, bool daily, std::string_view last_data_received,
                        const IndexStyle& style) {
  std::string description = daily ? "Daily Index of EDGAR Dissemination Feed"
                                  : "Master Index of EDGAR Dissemination Feed";
  if (layout == IndexLayout::kForm) description += " by Form Type";
  if (layout == IndexLayout::kCompany) description += " by Company Name";
  std::string out = "Description:           " + description + "\n";
  out += "Last Data Received:    " + std::string(last_data_received) + "\n";
  out += "Comments:              webmaster@sec.gov\n";
  out += "Anonymous FTP:         ftp://ftp.sec.gov/edgar/\n";
  if (layout == IndexLayout::kMaster) {
    if (daily) {
      out += "\n";
      out += "CIK|Company Name|Form Type|Date Filed|File Name\n";
    } else {
      out += "Cloud HTTP:            https://www.sec.gov/Archives/\n";
      out += "\n \n \n \n";
      out += "CIK|Company Name|Form Type|Date Filed|Filename\n";
    }
    out += std::string(80, '-') + "\n";
    return out;
  }
  out += " \n \n \n \n";
  const std::string first = layout == IndexLayout::kForm
                                ? "Form Type   Company Name" + std::string(50, ' ') + "CIK"
                                : "Company Name" + std::string(50, ' ') + "Form Type   CIK";
  out += first;
  out += style.wrapped_header ? "\n      " : "         ";
  out += "Date Filed  File Name\n";
  const size_t dashes = layout == IndexLayout::kCompany && daily ? 145 : 141;
  out += std::string(dashes, '-') + "\n";
  return out;
}

// ------------------------------------------------------------- JSON helpers

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

Json OrNull(const std::optional<bool>& value) {
  return value.has_value() ? Json(*value ? 1 : 0) : Json(nullptr);
}

// A two-letter code is a US state or territory, which EDGAR describes by the
// code itself; foreign codes ("A1", "E9") name countries edgard has no table of.
Json StateDescription(const std::string& code) {
  if (code.size() == 2 && ascii::IsUpper(code[0]) && ascii::IsUpper(code[1])) return code;
  return nullptr;
}

Json AddressJson(const Address& address) {
  Json out;
  out["street1"] = OrNull(address.street1);
  out["street2"] = OrNull(address.street2);
  out["city"] = OrNull(address.city);
  out["stateOrCountry"] = OrNull(address.state);
  out["zipCode"] = OrNull(address.zip);
  out["stateOrCountryDescription"] = StateDescription(address.state);
  out["isForeignLocation"] = nullptr;
  out["foreignStateTerritory"] = nullptr;
  out["country"] = nullptr;
  out["countryCode"] = nullptr;
  return out;
}

std::string IsoTimestamp(const std::string& date) {
  if (IsIsoDate(date)) return date + "T00:00:00.000Z";
  return date;
}

std::string AcceptanceTimestamp(const std::string& datetime) {
  if (datetime.size() == 19 && datetime[10] == 'T') return datetime + ".000Z";
  return datetime;
}

// -------------------------------------------------------------- Atom helpers

// "2024-03-17T13:35:35" -> "Sun, 17 Mar 2024 13:35:35 EDT".
std::string FeedTitleTime(std::string_view local) {
  if (local.size() < 19 || !IsIsoDate(local.substr(0, 10))) return std::string(local);
  const int year = Digits(local.substr(0, 4));
  const int month = Digits(local.substr(5, 2));
  const int day = Digits(local.substr(8, 2));
  if (!dates::IsValidDate(year, month, day)) return std::string(local);
  const std::string offset = dates::EasternOffset(local.substr(0, 19));
  std::string out = std::string(kDayNames[static_cast<size_t>(dates::DayOfWeek(year, month, day))]);
  out += ", " + std::string(local.substr(8, 2)) + " ";
  out += kMonthNames[static_cast<size_t>(month - 1)].substr(0, 3);
  out += " " + std::string(local.substr(0, 4)) + " " + std::string(local.substr(11, 8));
  out += offset == "-04:00" ? " EDT" : " EST";
  return out;
}

void AppendElement(std::string* out, std::string_view indent, std::string_view name,
                   std::string_view value) {
  if (value.empty()) return;
  *out += std::string(indent) + "<" + std::string(name) + ">" + Escape(value) + "</" +
          std::string(name) + ">\n";
}

void AppendCompanyAddress(std::string* out, std::string_view type, const Address& address,
                          std::string_view phone) {
  if (address.empty() && phone.empty()) return;
  const std::string_view in = "          ";
  *out += "        <address type=\"" + std::string(type) + "\">\n";
  AppendElement(out, in, "city", address.city);
  AppendElement(out, in, "phone", phone);
  AppendElement(out, in, "state", address.state);
  AppendElement(out, in, "street1", address.street1);
  AppendElement(out, in, "street2", address.street2);
  AppendElement(out, in, "zip", address.zip);
  *out += "        </address>\n";
}

// ---------------------------------------------------------- index page helpers

bool IsDataFile(std::string_view type) {
  return type.starts_with("EX-101.") || type.starts_with("EX-100.") || type == "XML" ||
         type == "ZIP" || type == "JSON";
}

void AppendDocumentTable(std::string* out, std::string_view title,
                         const std::vector<const IndexPageDocument*>& documents,
                         std::string_view folder, const FilingIndexPage* with_submission) {
  *out += "<div id=\"formDiv\">\n<p>" + std::string(title) + "</p>\n";
  *out += "<table class=\"tableFile\" summary=\"" + std::string(title) + "\">\n";
  *out +=
      "<tr><th scope=\"col\"><acronym title=\"Sequence Number\">Seq</acronym></th>"
      "<th scope=\"col\">Description</th><th scope=\"col\">Document</th>"
      "<th scope=\"col\">Type</th><th scope=\"col\">Size</th></tr>\n";
  bool blue = false;
  const auto row = [&](std::string_view sequence, std::string_view description,
                       std::string_view filename, std::string_view type, int64_t size) {
    *out += blue ? "<tr class=\"blueRow\">" : "<tr>";
    blue = !blue;
    *out += "<td scope=\"row\">" +
            (sequence.empty() ? "&nbsp;" : Escape(sequence, NonAscii::kKeep)) + "</td>";
    *out += "<td scope=\"row\">" + Escape(description, NonAscii::kKeep) + "</td>";
    *out += "<td scope=\"row\">";
    if (!filename.empty()) {
      *out += "<a href=\"" + std::string(folder) + "/" + Escape(filename, NonAscii::kKeep) + "\">" +
              Escape(filename, NonAscii::kKeep) + "</a>";
    }
    *out += "</td>";
    *out +=
        "<td scope=\"row\">" + (type.empty() ? "&nbsp;" : Escape(type, NonAscii::kKeep)) + "</td>";
    *out += "<td scope=\"row\">" + (size > 0 ? std::to_string(size) : std::string("&nbsp;")) +
            "</td></tr>\n";
  };
  for (const IndexPageDocument* document : documents) {
    row(document->sequence, document->description, document->filename, document->type,
        document->size);
  }
  if (with_submission != nullptr) {
    row("", "Complete submission text file", with_submission->accession + ".txt", "",
        with_submission->submission_size);
  }
  *out += "</table>\n</div>\n";
}

void AppendMailer(std::string* out, std::string_view title, const Address& address) {
  if (address.empty()) return;
  *out += "<div class=\"mailer\">" + std::string(title) + "\n";
  for (const std::string* line : {&address.street1, &address.street2}) {
    if (!line->empty()) {
      *out += "<span class=\"mailerAddress\">" + Escape(*line, NonAscii::kKeep) + "</span>\n";
    }
  }
  std::string city = address.city;
  for (const std::string* part : {&address.state, &address.zip}) {
    if (part->empty()) continue;
    if (!city.empty()) city += " ";
    city += *part;
  }
  if (!city.empty()) {
    *out += "<span class=\"mailerAddress\">" + Escape(city, NonAscii::kKeep) + "</span>\n";
  }
  if (!address.phone.empty()) {
    *out += "<span class=\"mailerAddress\">" + Escape(address.phone, NonAscii::kKeep) + "</span>\n";
  }
  *out += "</div>\n";
}

// " | "-separated "Label: <strong>value</strong>" pairs of the values present.
std::string IdentLine(std::initializer_list<std::pair<std::string_view, std::string_view>> pairs) {
  std::string out;
  for (const auto& [label, value] : pairs) {
    if (value.empty()) continue;
    if (!out.empty()) out += " | ";
    out += std::string(label) + ": <strong>" + Escape(value, NonAscii::kKeep) + "</strong>";
  }
  return out;
}

}  // namespace

// ------------------------------------------------------------- index files

std::string FormatIndex(IndexLayout layout, bool daily, std::string_view last_data_received,
                        std::vector<IndexEntry> entries) {
  const IndexStyle style = StyleFor(daily, last_data_received);
  std::vector<std::string> rows;
  rows.reserve(entries.size());
  for (const IndexEntry& entry : entries) rows.push_back(IndexRow(layout, daily, style, entry));
  std::sort(rows.begin(), rows.end());
  std::string out = IndexHeader(layout, daily, last_data_received, style);
  for (const std::string& row : rows) {
    out += row;
    out += '\n';
  }
  return out;
}

std::string LastDataReceived(std::string_view iso_date, bool daily) {
  if (!IsIsoDate(iso_date)) return "";
  const int year = Digits(iso_date.substr(0, 4));
  const int month = Digits(iso_date.substr(5, 2));
  const int day = Digits(iso_date.substr(8, 2));
  if (!dates::IsValidDate(year, month, day)) return "";
  const std::string_view name = kMonthNames[static_cast<size_t>(month - 1)];
  std::string out = std::string(daily ? name.substr(0, 3) : name) + " ";
  if (daily && day < 10) out += ' ';
  return out + std::to_string(day) + ", " + std::string(iso_date.substr(0, 4));
}

// -------------------------------------------------------- submissions JSON

std::string SubmissionsJson(const CompanyProfile& company, const std::vector<FilingRow>& filings) {
  Json out;
  out["cik"] = PaddedCik(company.cik);
  out["entityType"] = OrNull(company.entity_type);
  out["sic"] = OrNull(company.sic);
  out["sicDescription"] = OrNull(company.sic_description);
  out["ownerOrg"] = OrNull(company.owner_org);
  out["insiderTransactionForOwnerExists"] = OrNull(company.insider_transaction_for_owner_exists);
  out["insiderTransactionForIssuerExists"] = OrNull(company.insider_transaction_for_issuer_exists);
  out["name"] = OrNull(company.name);
  out["tickers"] = company.tickers;
  out["exchanges"] = company.exchanges;
  out["ein"] = OrNull(company.ein);
  out["lei"] = OrNull(company.lei);
  out["description"] = "";
  out["website"] = "";
  out["investorWebsite"] = "";
  out["category"] = OrNull(company.category);
  out["fiscalYearEnd"] = OrNull(company.fiscal_year_end);
  out["stateOfIncorporation"] = OrNull(company.state_of_incorporation);
  out["stateOfIncorporationDescription"] = StateDescription(company.state_of_incorporation);
  out["addresses"]["mailing"] = AddressJson(company.mail_address);
  out["addresses"]["business"] = AddressJson(company.business_address);
  out["phone"] = OrNull(company.phone);
  out["flags"] = "";
  Json former = Json::array();
  for (const FormerNameRow& row : company.former_names) {
    Json name;
    name["name"] = row.name;
    name["from"] = OrNull(IsoTimestamp(row.from));
    name["to"] = OrNull(IsoTimestamp(row.to));
    former.push_back(std::move(name));
  }
  out["formerNames"] = std::move(former);

  Json recent;
  const auto column = [&](const char* key, auto value_of) {
    Json values = Json::array();
    for (const FilingRow& row : filings) values.push_back(value_of(row));
    recent[key] = std::move(values);
  };
  column("accessionNumber", [](const FilingRow& r) { return r.accession; });
  column("filingDate", [](const FilingRow& r) { return r.filing_date; });
  column("reportDate", [](const FilingRow& r) { return r.report_date; });
  column("acceptanceDateTime",
         [](const FilingRow& r) { return AcceptanceTimestamp(r.acceptance_datetime); });
  column("act", [](const FilingRow& r) { return r.act; });
  column("form", [](const FilingRow& r) { return r.form; });
  column("fileNumber", [](const FilingRow& r) { return r.file_number; });
  column("filmNumber", [](const FilingRow& r) { return r.film_number; });
  column("items", [](const FilingRow& r) { return r.items; });
  column("core_type", [](const FilingRow& r) {
    if (!r.core_type.empty()) return r.core_type;
    return r.is_inline_xbrl ? std::string("XBRL") : r.form;
  });
  column("size", [](const FilingRow& r) { return r.size; });
  column("isXBRL", [](const FilingRow& r) { return r.is_xbrl ? 1 : 0; });
  column("isInlineXBRL", [](const FilingRow& r) { return r.is_inline_xbrl ? 1 : 0; });
  column("primaryDocument", [](const FilingRow& r) { return r.primary_document; });
  column("primaryDocDescription", [](const FilingRow& r) { return r.primary_doc_description; });
  out["filings"]["recent"] = std::move(recent);
  out["filings"]["files"] = Json::array();
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// ---------------------------------------------------------------- Atom feeds

std::string FeedSize(int64_t bytes) {
  if (bytes >= 1000000) return std::to_string(bytes / 1000000) + " MB";
  return std::to_string(bytes / 1000) + " KB";
}

std::string CurrentFilingsAtom(const CurrentFeed& feed) {
  std::string out = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  out += "<title>Latest Filings - " + Escape(FeedTitleTime(feed.updated)) + "</title>\n";
  out += "<link rel=\"alternate\" href=\"/cgi-bin/browse-edgar?action=getcurrent\"/>\n";
  out += "<link rel=\"self\" href=\"/cgi-bin/browse-edgar?action=getcurrent\"/>\n";
  out += "<id>" + Escape(feed.base_url) + "/cgi-bin/browse-edgar?action=getcurrent</id>\n";
  out += "<author><name>Webmaster</name><email>webmaster@sec.gov</email></author>\n";
  out += "<updated>" + WithEasternOffset(feed.updated) + "</updated>\n";
  for (const AtomFiling& entry : feed.entries) {
    const std::string index = Escape(feed.base_url + FolderPath(entry.cik, entry.accession) + "/" +
                                     entry.accession + "-index.htm");
    out += "<entry>\n";
    out += "<title>" + Escape(entry.form) + " - " + Escape(entry.company_name) + " (" +
           Escape(PaddedCik(entry.cik)) + ") (" + Escape(RoleLabel(entry.role)) + ")</title>\n";
    out += "<link rel=\"alternate\" type=\"text/html\" href=\"" + index + "\"/>\n";
    out += "<summary type=\"html\">\n &lt;b&gt;Filed:&lt;/b&gt; " + Escape(entry.filing_date) +
           " &lt;b&gt;AccNo:&lt;/b&gt; " + Escape(entry.accession) + " &lt;b&gt;Size:&lt;/b&gt; " +
           FeedSize(entry.size) + "\n</summary>\n";
    out += "<updated>" + WithEasternOffset(entry.acceptance_datetime) + "</updated>\n";
    out += "<category scheme=\"https://www.sec.gov/\" label=\"form type\" term=\"" +
           Escape(entry.form) + "\"/>\n";
    out += "<id>urn:tag:sec.gov,2008:accession-number=" + Escape(entry.accession) + "</id>\n";
    out += "</entry>\n";
  }
  out += "</feed>\n";
  return out;
}

namespace {

// <items-desc> as EDGAR writes it: "item 5.02", "items 2.02 and 9.01",
// "items 1.01, 3.02, 8.01and9.01" (three or more: the last two joined by
// "and" without spaces, as in feeds of 2026).
std::string ItemsDescription(const std::vector<std::pair<std::string, std::string>>& items) {
  if (items.empty()) return {};
  if (items.size() == 1) return "item " + items[0].first;
  if (items.size() == 2) return "items " + items[0].first + " and " + items[1].first;
  std::string out = "items ";
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    out += items[i].first + (i + 2 < items.size() ? ", " : "and");
  }
  return out + items.back().first;
}

// The summary's lines for the items: "<br>Item 2.02: Results of Operations
// and Financial Condition", escaped as the summary's HTML is.
std::string ItemLines(const std::vector<std::pair<std::string, std::string>>& items) {
  std::string out;
  for (const auto& [number, title] : items) {
    out += "&lt;br&gt;Item " + Escape(number) + (title.empty() ? "" : ": " + Escape(title));
  }
  return out;
}

}  // namespace

std::string CompanyFilingsAtom(const CompanyFeed& feed) {
  const CompanyProfile& company = feed.company;
  const std::string base = Escape(feed.base_url);
  const std::string cik = Escape(PaddedCik(company.cik));
  const std::string browse = base + "/cgi-bin/browse-edgar?action=getcompany";
  const std::string owner = Escape(UrlEncode(feed.owner));
  const std::string count = std::to_string(feed.count);
  const std::string request_tail = "&amp;owner=" + owner + "&amp;count=" + count;

  std::string out = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n";
  out += "  <feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  out += "    <author>\n      <email>webmaster@sec.gov</email>\n      <name>Webmaster</name>\n";
  out += "    </author>\n";
  out += "    <company-info>\n";
  if (!company.mail_address.empty() || !company.business_address.empty() ||
      !company.phone.empty()) {
    out += "      <addresses>\n";
    AppendCompanyAddress(&out, "mailing", company.mail_address, "");
    AppendCompanyAddress(&out, "business", company.business_address, company.phone);
    out += "      </addresses>\n";
  }
  const std::string_view in = "      ";
  if (!company.sic.empty()) {
    AppendElement(&out, in, "assigned-sic", company.sic);
    AppendElement(&out, in, "assigned-sic-desc", ascii::ToUpperCopy(company.sic_description));
    out += "      <assigned-sic-href>" + browse + "&amp;SIC=" + Escape(UrlEncode(company.sic)) +
           request_tail + "</assigned-sic-href>\n";
  }
  out += "      <cik>" + cik + "</cik>\n";
  out += "      <cik-href>" + browse + "&amp;CIK=" + cik + request_tail + "</cik-href>\n";
  AppendElement(&out, in, "conformed-name", company.name);
  AppendElement(&out, in, "fiscal-year-end", company.fiscal_year_end);
  if (!company.former_names.empty()) {
    out += "      <formerly-names count=\"" + std::to_string(company.former_names.size()) + "\">\n";
    for (const FormerNameRow& row : company.former_names) {
      out += "        <names>\n";
      AppendElement(&out, "          ", "date", std::string_view(row.to).substr(0, 10));
      AppendElement(&out, "          ", "name", row.name);
      out += "        </names>\n";
    }
    out += "      </formerly-names>\n";
  }
  AppendElement(&out, in, "office", feed.office);
  const std::string& state = company.business_address.state;
  if (!state.empty()) {
    AppendElement(&out, in, "state-location", state);
    out += "      <state-location-href>" + browse + "&amp;State=" + Escape(UrlEncode(state)) +
           request_tail + "</state-location-href>\n";
  }
  AppendElement(&out, in, "state-of-incorporation", company.state_of_incorporation);
  out += "    </company-info>\n";

  for (const AtomFiling& entry : feed.filings) {
    const std::string index = base + Escape(FolderPath(company.cik, entry.accession) + "/" +
                                            entry.accession + "-index.htm");
    const std::string form_name = entry.form_name.empty() ? entry.form : entry.form_name;
    const std::string c = "        ";
    out += "    <entry>\n";
    out += "      <category label=\"form type\" scheme=\"https://www.sec.gov/\" term=\"" +
           Escape(entry.form) + "\" />\n";
    out += "      <content type=\"text/xml\">\n";
    AppendElement(&out, c, "accession-number", entry.accession);
    AppendElement(&out, c, "act", entry.act);
    if (!entry.file_number.empty()) {
      AppendElement(&out, c, "file-number", entry.file_number);
      out += c + "<file-number-href>" + browse +
             "&amp;filenum=" + Escape(UrlEncode(entry.file_number)) + request_tail +
             "</file-number-href>\n";
    }
    AppendElement(&out, c, "filing-date", entry.filing_date);
    out += c + "<filing-href>" + index + "</filing-href>\n";
    AppendElement(&out, c, "filing-type", entry.form);
    AppendElement(&out, c, "film-number", entry.film_number);
    AppendElement(&out, c, "form-name", form_name);
    AppendElement(&out, c, "items-desc", ItemsDescription(entry.items));
    AppendElement(&out, c, "size", FeedSize(entry.size));
    if (entry.is_xbrl) {
      out += c + "<xbrl_href>" + base +
             "/cgi-bin/viewer?action=view&amp;cik=" + Escape(UnpaddedCik(company.cik)) +
             "&amp;accession_number=" + Escape(entry.accession) + "&amp;xbrl_type=v</xbrl_href>\n";
    }
    out += "      </content>\n";
    out += "      <id>urn:tag:sec.gov,2008:accession-number=" + Escape(entry.accession) + "</id>\n";
    out += "      <link href=\"" + index + "\" rel=\"alternate\" type=\"text/html\" />\n";
    out += "      <summary type=\"html\"> &lt;b&gt;Filed:&lt;/b&gt; " + Escape(entry.filing_date) +
           " &lt;b&gt;AccNo:&lt;/b&gt; " + Escape(entry.accession) + " &lt;b&gt;Size:&lt;/b&gt; " +
           FeedSize(entry.size) + ItemLines(entry.items) + "</summary>\n";
    out += "      <title>" + Escape(entry.form) + "  - " + Escape(form_name) + "</title>\n";
    out += "      <updated>" + WithEasternOffset(entry.acceptance_datetime) + "</updated>\n";
    out += "    </entry>\n";
  }

  const std::string type = Escape(UrlEncode(feed.type));
  const std::string listing = browse + "&amp;CIK=" + cik + "&amp;type=" + type +
                              "&amp;owner=" + owner + "&amp;start=" + std::to_string(feed.start) +
                              "&amp;count=" + count;
  out += "    <id>" + browse + "&amp;CIK=" + cik + "</id>\n";
  out += "    <link href=\"" + listing + "\" rel=\"alternate\" type=\"text/html\" />\n";
  out += "    <link href=\"" + listing +
         "&amp;output=atom\" rel=\"self\" type=\"application/atom+xml\" />\n";
  if (feed.has_next_page) {
    out += "    <link href=\"" + browse + "&amp;CIK=" + cik + "&amp;type=" + type +
           "%25&amp;datea=&amp;dateb=&amp;owner=" + owner + "&amp;count=" + count +
           "&amp;output=atom&amp;start=" + std::to_string(feed.start + feed.count) +
           "\" rel=\"next\" type=\"application/atom+xml\" />\n";
  }
  out += "    <title>" + Escape(company.name) + "  (" + cik + ")</title>\n";
  out += "    <updated>" + WithEasternOffset(feed.updated) + "</updated>\n";
  out += "  </feed>\n";
  return out;
}

// ------------------------------------------------------- filing index page

std::string FilingIndexHtml(const FilingIndexPage& page) {
  const auto html = [](std::string_view text) { return Escape(text, NonAscii::kKeep); };
  const std::string folder = Escape(FolderPath(page.cik, page.accession), NonAscii::kKeep);
  std::string accepted = page.accepted;
  if (accepted.size() > 10 && accepted[10] == 'T') accepted[10] = ' ';
  const int documents =
      page.document_count >= 0 ? page.document_count : static_cast<int>(page.documents.size());

  std::string out =
      "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\" />\n"
      "<title>EDGAR Filing Documents for " +
      html(page.accession) + "</title>\n</head>\n<body>\n<div id=\"contentDiv\">\n";
  out += "<div id=\"formDiv\">\n<div id=\"formHeader\">\n<div id=\"formName\">\n<strong>Form " +
         html(page.form_type) + "</strong>";
  if (!page.form_description.empty()) out += " - " + html(page.form_description) + ":";
  out +=
      "\n</div>\n<div id=\"secNum\">\n<strong><acronym title=\"Securities and Exchange "
      "Commission\">SEC</acronym> Accession <acronym title=\"Number\">No.</acronym></strong> " +
      html(page.accession) + "\n</div>\n</div>\n";
  out += "<div class=\"formContent\">\n<div class=\"formGrouping\">\n";
  const auto info = [&](std::string_view head, std::string_view value) {
    out += "<div class=\"infoHead\">" + std::string(head) + "</div>\n<div class=\"info\">" +
           html(value) + "</div>\n";
  };
  info("Filing Date", page.filing_date);
  if (!accepted.empty()) info("Accepted", accepted);
  info("Documents", std::to_string(documents));
  out += "</div>\n";
  if (!page.period_of_report.empty() || !page.items.empty()) {
    out += "<div class=\"formGrouping\">\n";
    if (!page.period_of_report.empty()) info("Period of Report", page.period_of_report);
    if (!page.items.empty()) {
      out += "<div class=\"infoHead\">Items</div>\n<div class=\"info\">";
      for (size_t i = 0; i < page.items.size(); ++i) {
        if (i > 0) out += "<br />";
        out += html(page.items[i]);
      }
      out += "</div>\n";
    }
    out += "</div>\n";
  }
  out += "</div>\n</div>\n";

  std::vector<const IndexPageDocument*> format_files;
  std::vector<const IndexPageDocument*> data_files;
  for (const IndexPageDocument& document : page.documents) {
    (IsDataFile(document.type) ? data_files : format_files).push_back(&document);
  }
  AppendDocumentTable(&out, "Document Format Files", format_files, folder, &page);
  if (!data_files.empty()) AppendDocumentTable(&out, "Data Files", data_files, folder, nullptr);

  for (const Party& party : page.parties) {
    out += "<div id=\"filerDiv\">\n";
    AppendMailer(&out, "Mailing Address", party.mail_address);
    AppendMailer(&out, "Business Address", party.business_address);
    const std::string cik = html(PaddedCik(party.cik));
    out += "<div class=\"companyInfo\">\n<span class=\"companyName\">" + html(party.name) + " (" +
           html(RoleLabel(party.role)) + ")\n<acronym title=\"Central Index Key\">CIK</acronym>: ";
    out += "<a href=\"/cgi-bin/browse-edgar?CIK=" + cik + "&amp;action=getcompany\">" + cik +
           " (see all company filings)</a></span>\n";
    out += "<p class=\"identInfo\">";
    out += IdentLine(
        {{"<acronym title=\"Internal Revenue Service Number\">IRS No.</acronym>", party.irs_number},
         {"State of Incorp.", party.state_of_incorporation},
         {"Fiscal Year End", party.fiscal_year_end}});
    out += "<br />";
    out += IdentLine({{"Type", party.form_type},
                      {"Act", party.sec_act},
                      {"File No.", party.file_number},
                      {"Film No.", party.film_number}});
    if (!party.sic.empty()) {
      out += "<br /><acronym title=\"Standard Industrial Code\">SIC</acronym>: <b>" +
             html(party.sic) + "</b> " + html(party.sic_description);
    }
    out += "</p>\n</div>\n</div>\n";
  }
  out += "<p><a href=\"" + folder + "/" + html(page.accession) + ".txt\">" + html(page.accession) +
         ".txt</a></p>\n";
  out += "</div>\n</body>\n</html>\n";
  return out;
}

}  // namespace edgard::serve
