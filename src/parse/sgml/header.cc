#include "parse/sgml/header.h"

#include <array>
#include <charconv>
#include <span>
#include <string>
#include <unordered_set>

#include "base/ascii.h"
#include "base/dates.h"

namespace edgard::sgml {
namespace {

constexpr size_t kMaxDepth = 16;

// Tab-form key (upper-cased, spaces as '-') -> tag-form spelling.
constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kAliases = {{
    {"COMPANY-CONFORMED-NAME", "CONFORMED-NAME"},
    {"CENTRAL-INDEX-KEY", "CIK"},
    {"STANDARD-INDUSTRIAL-CLASSIFICATION", "ASSIGNED-SIC"},
    {"SEC-ACT", "ACT"},
    {"SEC-FILE-NUMBER", "FILE-NUMBER"},
    {"STREET-1", "STREET1"},
    {"STREET-2", "STREET2"},
    {"BUSINESS-PHONE", "PHONE"},
    {"DATE-OF-NAME-CHANGE", "DATE-CHANGED"},
    {"CONFORMED-SUBMISSION-TYPE", "TYPE"},
    {"CONFORMED-PERIOD-OF-REPORT", "PERIOD"},
    {"ITEM-INFORMATION", "ITEMS"},
    {"FILED-AS-OF-DATE", "FILING-DATE"},
    {"DATE-AS-OF-CHANGE", "DATE-OF-FILING-DATE-CHANGE"},
    {"EIN", "IRS-NUMBER"},
    {"FORMER-NAME", "FORMER-COMPANY"},
    {"REPORTING-OWNERS", "REPORTING-OWNER"},
    {"SUBJECT-COMPANIES", "SUBJECT-COMPANY"},
    {"FILER-DATA", "COMPANY-DATA"},
    {"FORMER-COMPANY-NAME", "FORMER-CONFORMED-NAME"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kPartyRoles = {{
    {"FILER", "filer"},
    {"SUBJECT-COMPANY", "subject_company"},
    {"FILED-BY", "filed_by"},
    {"REPORTING-OWNER", "reporting_owner"},
    {"ISSUER", "issuer"},
    {"SERIAL-COMPANY", "serial_company"},
    {"DEPOSITOR", "depositor"},
    {"SECURITIZER", "securitizer"},
}};

std::string Canonical(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  bool pending_dash = false;
  for (char c : key) {
    if (c == ' ' || c == '\t' || c == '_' || c == '-') {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out.push_back('-');
    pending_dash = false;
    out.push_back(ascii::ToUpper(c));
  }
  for (const auto& [from, to] : kAliases) {
    if (out == from) return std::string(to);
  }
  return out;
}

std::string_view PartyRole(std::string_view canonical) {
  for (const auto& [tag, role] : kPartyRoles) {
    if (canonical == tag) return role;
  }
  return {};
}

std::string DigitsOnly(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (ascii::IsDigit(c)) out.push_back(c);
  }
  return out;
}

std::string PadCik(std::string_view text) {
  std::string digits = DigitsOnly(text);
  if (digits.empty() || digits.size() > 10) return std::string(ascii::Trim(text));
  return std::string(10 - digits.size(), '0') + digits;
}

std::string NormalizeDate(std::string_view text) {
  auto iso = dates::IsoDate(text);
  return iso ? *iso : std::string(ascii::Trim(text));
}

// "ELECTRONIC COMPUTERS [3571]" -> code "3571", description "ELECTRONIC COMPUTERS".
void SetSic(std::string_view value, Party* party) {
  value = ascii::Trim(value);
  const size_t open = value.rfind('[');
  const size_t close = value.rfind(']');
  if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
    party->sic = std::string(ascii::Trim(value.substr(open + 1, close - open - 1)));
    party->sic_description = std::string(ascii::Trim(value.substr(0, open)));
  } else {
    party->sic = std::string(value);
  }
}

void SetAddressField(std::string_view key, std::string_view value, Address* address) {
  std::string v(value);
  if (key == "STREET1") {
    address->street1 = v;
  } else if (key == "STREET2") {
    address->street2 = v;
  } else if (key == "CITY") {
    address->city = v;
  } else if (key == "STATE") {
    address->state = v;
  } else if (key == "ZIP") {
    address->zip = v;
  } else if (key == "PHONE") {
    address->phone = v;
  }
}

struct Frame {
  std::string name;  // canonical
  int indent = 0;    // indentation blocks close at a line indented this much or less
  bool tag = false;  // tag containers close only at their end tag
};

class Builder {
 public:
  explicit Builder(size_t base_offset) : base_offset_(base_offset) {}

  // `indent` < 0 opens a tag container.
  void Open(std::string_view raw_name, int indent, size_t offset) {
    std::string name = Canonical(raw_name);
    if (stack_.size() >= kMaxDepth) {
      Warn(offset, "header nesting deeper than " + std::to_string(kMaxDepth) + " at '" +
                       std::string(raw_name) + "'");
      return;
    }
    if (std::string_view role = PartyRole(name); !role.empty()) {
      CloseIndentBlocks();  // a party is a top-level block
      Party party;
      party.role = std::string(role);
      result_.header.parties.push_back(std::move(party));
      party_depth_ = stack_.size();
    } else if (name == "FORMER-COMPANY" && InParty()) {
      result_.header.parties.back().former_names.emplace_back();
    }
    stack_.push_back({std::move(name), indent < 0 ? 0 : indent, indent < 0});
  }

  // A party block whose sub-blocks follow at its own indentation
  // ("SERIAL COMPANY:" then "COMPANY DATA:" at the same level).
  void OpenFlatParty(std::string_view raw_name, int indent, size_t offset) {
    Open(raw_name, indent, offset);
    if (!stack_.empty() && !stack_.back().tag) stack_.back().indent = indent - 1;
  }

  // Closes the innermost tag container named `raw_name` and every block inside it.
  void Close(std::string_view raw_name, size_t offset) {
    std::string name = Canonical(raw_name);
    for (size_t i = stack_.size(); i > 0; --i) {
      if (stack_[i - 1].name == name) {
        PopTo(i - 1);
        return;
      }
    }
    Warn(offset, "closing tag </" + std::string(raw_name) + "> without a matching open tag");
  }

  // Closes indentation blocks at `indent` or deeper.
  void Dedent(int indent) {
    size_t keep = stack_.size();
    while (keep > 0 && !stack_[keep - 1].tag && stack_[keep - 1].indent >= indent) --keep;
    PopTo(keep);
  }

  // Closes every indentation block down to the innermost tag container.
  void CloseIndentBlocks() {
    size_t keep = stack_.size();
    while (keep > 0 && !stack_[keep - 1].tag) --keep;
    PopTo(keep);
  }

  void Field(std::string_view raw_key, std::string_view raw_value) {
    std::string key = Canonical(raw_key);
    std::string_view value = ascii::Trim(raw_value);
    std::string path;
    for (const Frame& frame : stack_) {
      path += frame.name;
      path += '/';
    }
    path += key;
    result_.header.fields.push_back({std::move(path), std::string(value)});
    if (InParty()) {
      PartyField(key, value);
    } else {
      TopField(key, value);
    }
  }

  void Warn(size_t offset, std::string message) {
    result_.warnings.push_back({base_offset_ + offset, std::move(message)});
  }

  HeaderParse Finish() && {
    Normalize();
    return std::move(result_);
  }

 private:
  bool InParty() const { return party_depth_ < stack_.size(); }

  void PopTo(size_t size) {
    stack_.resize(size);
    if (party_depth_ >= stack_.size()) party_depth_ = kNoParty;
  }

  // The innermost block below the party block ("COMPANY-DATA", "MAIL-ADDRESS").
  std::string_view Block() const {
    return stack_.size() > party_depth_ + 1 ? std::string_view(stack_.back().name)
                                            : std::string_view();
  }

  void PartyField(const std::string& key, std::string_view value) {
    Party& party = result_.header.parties.back();
    std::string_view block = Block();
    if (block == "BUSINESS-ADDRESS") {
      SetAddressField(key, value, &party.business_address);
      return;
    }
    if (block == "MAIL-ADDRESS") {
      SetAddressField(key, value, &party.mail_address);
      return;
    }
    if (block == "FORMER-COMPANY") {
      if (party.former_names.empty()) party.former_names.emplace_back();
      if (key == "FORMER-CONFORMED-NAME") {
        party.former_names.back().name = std::string(value);
      } else if (key == "DATE-CHANGED") {
        party.former_names.back().date_changed = NormalizeDate(value);
      }
      return;
    }
    std::string v(value);
    if (key == "CONFORMED-NAME") {
      party.name = v;
    } else if (key == "CIK") {
      party.cik = PadCik(value);
    } else if (key == "ASSIGNED-SIC") {
      SetSic(value, &party);
    } else if (key == "IRS-NUMBER") {
      std::string digits = DigitsOnly(value);
      party.irs_number = digits.empty() ? v : digits;
    } else if (key == "STATE-OF-INCORPORATION") {
      party.state_of_incorporation = v;
    } else if (key == "FISCAL-YEAR-END") {
      party.fiscal_year_end = v;
    } else if (key == "FORM-TYPE") {
      party.form_type = v;
    } else if (key == "ACT") {
      party.sec_act = v;
    } else if (key == "FILE-NUMBER") {
      party.file_number = v;
    } else if (key == "FILM-NUMBER") {
      party.film_number = v;
    } else if (key == "RELATIONSHIP") {
      party.relationship = v;
    } else if (block.empty() && (key == "STREET1" || key == "CITY" || key == "ZIP")) {
      SetAddressField(key, value, &party.business_address);
    }
  }

  void TopField(const std::string& key, std::string_view value) {
    SubmissionHeader& h = result_.header;
    std::string v(value);
    if (key == "ACCESSION-NUMBER") {
      h.accession_number = v;
    } else if (key == "TYPE") {
      h.form_type = v;
    } else if (key == "PUBLIC-DOCUMENT-COUNT") {
      int count = 0;
      auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), count);
      if (ec == std::errc() && ptr == value.data() + value.size()) h.public_document_count = count;
    } else if (key == "PERIOD") {
      h.period_of_report = NormalizeDate(value);
    } else if (key == "FILING-DATE") {
      h.filed_at = NormalizeDate(value);
    } else if (key == "DATE-OF-FILING-DATE-CHANGE") {
      h.date_of_change = NormalizeDate(value);
    } else if (key == "EFFECTIVENESS-DATE") {
      h.effectiveness_date = NormalizeDate(value);
    } else if (key == "ACCEPTANCE-DATETIME") {
      auto iso = dates::IsoDateTime(value);
      h.acceptance_datetime = iso ? *iso + dates::EasternOffset(*iso) : v;
    } else if (key == "ITEMS") {
      if (!value.empty()) raw_items_.push_back(v);
    } else if (key == "GROUP-MEMBERS") {
      if (!value.empty()) h.group_members.push_back(v);
    }
  }

  void Normalize() {
    SubmissionHeader& h = result_.header;
    std::unordered_set<std::string> seen;
    for (const std::string& item : raw_items_) {
      std::string_view number = EightKItemNumber(item, h.filed_at);
      std::string value = number.empty() ? item : std::string(number);
      if (seen.insert(value).second) h.items.push_back(std::move(value));
    }
    // Drop empty former-name records left by empty blocks.
    for (Party& party : h.parties) {
      std::erase_if(party.former_names, [](const FormerName& f) { return f.name.empty(); });
    }
  }

  static constexpr size_t kNoParty = static_cast<size_t>(-1);

  size_t base_offset_;
  std::vector<Frame> stack_;
  size_t party_depth_ = kNoParty;
  std::vector<std::string> raw_items_;
  HeaderParse result_;
};

bool IsTagNameChar(char c) { return ascii::IsAlnum(c) || c == '-' || c == '_'; }

// Reads a tag at text[pos] == '<'. Sets name and closing; returns the
// position after '>', or npos when there is no well-formed tag.
size_t ReadTag(std::string_view text, size_t pos, std::string_view* name, bool* closing) {
  size_t i = pos + 1;
  *closing = i < text.size() && text[i] == '/';
  if (*closing) ++i;
  const size_t start = i;
  while (i < text.size() && i - start < 80 && IsTagNameChar(text[i])) ++i;
  if (i == start || i >= text.size() || text[i] != '>') return std::string_view::npos;
  *name = text.substr(start, i - start);
  return i + 1;
}

// Names of every closing tag in the header: a tag with no value is a
// container exactly when its closing tag occurs.
std::unordered_set<std::string> ClosingTags(std::string_view text) {
  std::unordered_set<std::string> names;
  size_t pos = 0;
  while ((pos = text.find("</", pos)) != std::string_view::npos) {
    std::string_view name;
    bool closing = false;
    size_t after = ReadTag(text, pos, &name, &closing);
    if (after != std::string_view::npos) names.insert(Canonical(name));
    pos += 2;
  }
  return names;
}

int IndentOf(std::string_view line) {
  int indent = 0;
  for (char c : line) {
    if (c != ' ' && c != '\t') break;
    ++indent;
  }
  return indent;
}

}  // namespace

namespace {

struct ItemTitle {
  std::string_view number;
  std::string_view key;    // the start of the title, lower case, letters and digits only
  std::string_view title;  // as EDGAR writes it
};

// EDGAR's ITEM INFORMATION titles: the start of each, normalised to
// letters and digits, for recognising them; whole, for writing them.
constexpr ItemTitle kCurrent[] = {
    {"1.01", "entryintoamaterialdefinitiveagreement", "Entry into a Material Definitive Agreement"},
    {"1.02", "terminationofamaterialdefinitiveagreement",
     "Termination of a Material Definitive Agreement"},
    {"1.03", "bankruptcyorreceivership", "Bankruptcy or Receivership"},
    {"1.04", "minesafety", "Mine Safety - Reporting of Shutdowns and Patterns of Violations"},
    {"1.05", "materialcybersecurityincidents", "Material Cybersecurity Incidents"},
    {"2.01", "completionofacquisitionordispositionofassets",
     "Completion of Acquisition or Disposition of Assets"},
    {"2.02", "resultsofoperationsandfinancialcondition",
     "Results of Operations and Financial Condition"},
    {"2.03", "creationofadirectfinancialobligation",
     "Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet "
     "Arrangement of a Registrant"},
    {"2.04", "triggeringeventsthataccelerateorincrease",
     "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation "
     "under an Off-Balance Sheet Arrangement"},
    {"2.05", "costsassociatedwithexitordisposalactivities",
     "Costs Associated with Exit or Disposal Activities"},
    {"2.06", "materialimpairments", "Material Impairments"},
    {"3.01", "noticeofdelistingorfailuretosatisfy",
     "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of "
     "Listing"},
    {"3.02", "unregisteredsalesofequitysecurities", "Unregistered Sales of Equity Securities"},
    {"3.03", "materialmodificationtorightsofsecurityholders",
     "Material Modification to Rights of Security Holders"},
    {"4.01", "changesinregistrantscertifyingaccountant",
     "Changes in Registrant's Certifying Accountant"},
    {"4.02", "nonrelianceonpreviouslyissuedfinancialstatements",
     "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or "
     "Completed Interim Review"},
    {"5.01", "changesincontrolofregistrant", "Changes in Control of Registrant"},
    {"5.02", "departureofdirectorsorcertainofficers",
     "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain "
     "Officers: Compensatory Arrangements of Certain Officers"},
    {"5.03", "amendmentstoarticlesofincorporationorbylaws",
     "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year"},
    {"5.04", "temporarysuspensionoftrading",
     "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans"},
    {"5.05", "amendmentstotheregistrantscodeofethics",
     "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of "
     "Ethics"},
    {"5.06", "changeinshellcompanystatus", "Change in Shell Company Status"},
    {"5.07", "submissionofmatterstoavoteofsecurityholders",
     "Submission of Matters to a Vote of Security Holders"},
    {"5.08", "shareholderdirectornominations", "Shareholder Director Nominations"},
    {"6.01", "absinformationalandcomputationalmaterial",
     "ABS Informational and Computational Material"},
    {"6.02", "changeofservicerortrustee", "Change of Servicer or Trustee"},
    {"6.03", "changeincreditenhancement", "Change in Credit Enhancement or Other External Support"},
    {"6.04", "failuretomakearequireddistribution", "Failure to Make a Required Distribution"},
    {"6.05", "securitiesactupdatingdisclosure", "Securities Act Updating Disclosure"},
    {"6.06", "staticpool", "Static Pool"},
    {"6.10", "alternativefilingsofassetbackedissuers",
     "Alternative Filings of Asset-Backed Issuers"},
    {"7.01", "regulationfddisclosure", "Regulation FD Disclosure"},
    {"8.01", "otherevents", "Other Events"},
    {"9.01", "financialstatementsandexhibits", "Financial Statements and Exhibits"},
};
constexpr ItemTitle kLegacy[] = {
    {"1", "changesincontrolofregistrant", "Changes in Control of Registrant"},
    {"2", "acquisitionordispositionofassets", "Acquisition or Disposition of Assets"},
    {"3", "bankruptcyorreceivership", "Bankruptcy or Receivership"},
    {"4", "changesinregistrantscertifyingaccountant",
     "Changes in Registrant's Certifying Accountant"},
    {"5", "otherevents", "Other Events"},
    {"6", "resignationsofregistrantsdirectors", "Resignations of Registrant's Directors"},
    {"7", "financialstatementsandexhibits", "Financial Statements and Exhibits"},
    {"7", "financialstatementsproformafinancialinformationandexhibits",
     "Financial Statements, Pro Forma Financial Information and Exhibits"},
    {"8", "changeinfiscalyear", "Change in Fiscal Year"},
    {"9", "regulationfddisclosure", "Regulation FD Disclosure"},
    {"9", "salesofequitysecuritiespursuanttoregulations",
     "Sales of Equity Securities Pursuant to Regulation S"},
    {"10", "amendmentstotheregistrantscodeofethics",
     "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of "
     "Ethics"},
    {"11", "temporarysuspensionoftrading",
     "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans"},
    {"12", "resultsofoperationsandfinancialcondition",
     "Results of Operations and Financial Condition"},
};

// Items were renumbered on 2004-08-23.
bool LegacyNumbering(std::string_view filed_at) {
  return !filed_at.empty() && filed_at < std::string_view("2004-08-23");
}

}  // namespace

std::string_view EightKItemNumber(std::string_view title, std::string_view filed_at) {
  std::string key;
  for (char c : title) {
    if (ascii::IsAlnum(c)) key.push_back(ascii::ToLower(c));
  }
  if (key.empty()) return {};
  const bool legacy = LegacyNumbering(filed_at);
  auto find = [&key](const auto& table) -> std::string_view {
    for (const ItemTitle& item : table) {
      if (key.starts_with(item.key)) return item.number;
    }
    return {};
  };
  return legacy ? find(kLegacy) : find(kCurrent);
}

std::string_view EightKItemTitle(std::string_view number, std::string_view filed_at) {
  const bool legacy = LegacyNumbering(filed_at) && number.find('.') == std::string_view::npos;
  for (const ItemTitle& item :
       legacy ? std::span<const ItemTitle>(kLegacy) : std::span<const ItemTitle>(kCurrent)) {
    if (item.number == number) return item.title;
  }
  return {};
}

HeaderParse ParseHeader(std::string_view text, size_t base_offset) {
  Builder builder(base_offset);
  const std::unordered_set<std::string> containers = ClosingTags(text);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    const size_t line_offset = pos;
    const size_t next = end < text.size() ? end + 1 : end;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const int indent = IndentOf(line);
    std::string_view body = ascii::Trim(line);
    if (body.empty()) {
      pos = next;
      continue;
    }
    if (body[0] == '<') {
      // Tag form: one or more <TAG>value / </TAG> on this line.
      size_t i = static_cast<size_t>(body.data() - text.data());
      const size_t line_end = static_cast<size_t>(body.data() - text.data()) + body.size();
      while (i < line_end) {
        std::string_view name;
        bool closing = false;
        size_t after = ReadTag(text.substr(0, line_end), i, &name, &closing);
        if (after == std::string_view::npos) {
          builder.Warn(i, "expected a header tag like <CIK> at '" +
                              std::string(text.substr(i, std::min<size_t>(20, line_end - i))) +
                              "'");
          break;
        }
        size_t value_end = after;
        while (value_end < line_end) {
          if (text[value_end] == '<') {
            std::string_view next_name;
            bool next_closing = false;
            if (ReadTag(text.substr(0, line_end), value_end, &next_name, &next_closing) !=
                std::string_view::npos) {
              break;
            }
          }
          ++value_end;
        }
        std::string_view value = ascii::Trim(text.substr(after, value_end - after));
        if (closing) {
          builder.Close(name, i);
        } else if (value.empty() && containers.contains(Canonical(name))) {
          builder.Open(name, -1, i);
        } else if (ascii::EqualsIgnoreCase(name, "SEC-HEADER") ||
                   ascii::EqualsIgnoreCase(name, "IMS-HEADER")) {
          // "<SEC-HEADER>0000018230-22-000107.hdr.sgml : 20220428": the header's own name.
        } else {
          builder.Field(name, value);
        }
        i = value_end;
      }
      pos = next;
      continue;
    }
    const size_t colon = body.find(':');
    if (colon == std::string_view::npos) {
      builder.Warn(line_offset, "line does not look like 'KEY: value': '" +
                                    std::string(body.substr(0, 40)) + "'");
      pos = next;
      continue;
    }
    std::string_view key = ascii::Trim(body.substr(0, colon));
    std::string_view value = ascii::Trim(body.substr(colon + 1));
    builder.Dedent(indent);
    if (value.empty()) {
      // A block when the next non-blank line is indented deeper.
      size_t look = next;
      int next_indent = -1;
      while (look < text.size()) {
        size_t look_end = text.find('\n', look);
        if (look_end == std::string_view::npos) look_end = text.size();
        std::string_view look_line = text.substr(look, look_end - look);
        if (!ascii::Trim(look_line).empty()) {
          next_indent = ascii::Trim(look_line)[0] == '<' ? -1 : IndentOf(look_line);
          break;
        }
        look = look_end + 1;
      }
      if (next_indent > indent) {
        builder.Open(key, indent, line_offset);
      } else if (!PartyRole(Canonical(key)).empty()) {
        builder.OpenFlatParty(key, indent, line_offset);
      } else {
        builder.Field(key, value);
      }
    } else {
      builder.Field(key, value);
    }
    pos = next;
  }
  return std::move(builder).Finish();
}

}  // namespace edgard::sgml
