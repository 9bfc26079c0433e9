#include "extract/attorney_signatures.h"

#include <algorithm>

#include "base/ascii.h"
#include "extract/words.h"

namespace edgard::extract {
namespace {

// Where a signature says it was made under a power of attorney.
constexpr std::string_view kMarkers[] = {"attorney-in-fact",  "attorney in fact",
                                         "atty-in-fact",      "by power of attorney",
                                         "power of attorney", "pursuant to power of attorney"};

// `text` without a leading "/s/", "By:" or "by", and without trailing
// commas, "as" and "by".
std::string_view CleanName(std::string_view text) {
  text = ascii::Trim(text);
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view prefix : {"/s/", "s/", "by:", "by "}) {
      if (ascii::StartsWithIgnoreCase(text, prefix)) {
        text = ascii::Trim(text.substr(prefix.size()));
        changed = true;
      }
    }
    for (std::string_view suffix : {",", " as", " by", ";", "-"}) {
      if (text.size() >= suffix.size() &&
          ascii::EqualsIgnoreCase(text.substr(text.size() - suffix.size()), suffix)) {
        text = ascii::Trim(text.substr(0, text.size() - suffix.size()));
        changed = true;
      }
    }
  }
  return text;
}

bool Covers(const PowerOfAttorneyRecord& poa, std::string_view form) {
  if (poa.scope.empty()) return true;  // the reader found no list of forms: not known to exclude
  std::string base(form);
  if (base.ends_with("/A")) base.resize(base.size() - 2);
  return std::find(poa.scope.begin(), poa.scope.end(), base) != poa.scope.end();
}

}  // namespace

bool SameNameAnyOrder(std::string_view a, std::string_view b) {
  return NameWordsWithin(a, b, /*initials=*/false);
}

AttorneyFit FitOf(const PowerOfAttorneyRecord& poa, std::string_view principal,
                  std::string_view attorney, std::string_view form, std::string_view date) {
  const bool grantor =
      principal.empty() || poa.grantor.empty() || SameNameAnyOrder(poa.grantor, principal);
  const bool appointed =
      std::any_of(poa.attorneys_in_fact.begin(), poa.attorneys_in_fact.end(),
                  [&](const AttorneyInFact& a) { return SameNameAnyOrder(a.name, attorney); });
  if (!grantor || !appointed) return AttorneyFit::kOtherPeople;
  const bool dated = poa.executed_on.empty() || date.empty() || poa.executed_on <= date;
  return Covers(poa, form) && dated ? AttorneyFit::kCovers : AttorneyFit::kNotCovering;
}

std::optional<AttorneySignature> ReadAttorneySignature(std::string_view signature) {
  size_t at = std::string_view::npos;
  size_t length = 0;
  for (std::string_view marker : kMarkers) {
    const size_t p = ascii::FindIgnoreCase(signature, marker);
    if (p < at) {
      at = p;
      length = marker.size();
    }
  }
  if (at == std::string_view::npos) return std::nullopt;
  AttorneySignature out;
  out.signer = std::string(CleanName(signature.substr(0, at)));
  std::string_view rest = ascii::Trim(signature.substr(at + length));
  for (std::string_view lead : {"for:", "for ", "of "}) {
    if (ascii::StartsWithIgnoreCase(rest, lead)) {
      rest = CleanName(rest.substr(lead.size()));
      // "the Reporting Person": the report's own owner.
      if (ascii::FindIgnoreCase(rest, "reporting person") == std::string_view::npos) {
        out.principal = std::string(rest);
      }
      break;
    }
  }
  if (out.signer.empty()) return std::nullopt;
  return out;
}

void LinkAttorneySignatures(Extraction* out) {
  if (!out->ownership) return;
  OwnershipRecord& report = *out->ownership;
  const std::string form =
      !report.document_type.empty() ? report.document_type : out->submission.form_type;
  for (OwnershipSignature& signature : report.signatures) {
    const std::optional<AttorneySignature> attorney = ReadAttorneySignature(signature.name);
    if (!attorney) continue;
    signature.attorney_in_fact = attorney->signer;
    signature.principal = attorney->principal;
    if (signature.principal.empty() && report.reporting_owners.size() == 1) {
      signature.principal = report.reporting_owners.front().name;
    }
    const PowerOfAttorneyRecord* granted = nullptr;  // to this attorney by this principal
    for (const PowerOfAttorneyRecord& poa : out->powers_of_attorney) {
      const AttorneyFit fit =
          FitOf(poa, signature.principal, attorney->signer, form, signature.date);
      if (fit == AttorneyFit::kOtherPeople) continue;
      granted = &poa;
      if (fit == AttorneyFit::kCovers) {
        signature.power_of_attorney = poa.document;
        break;
      }
    }
    if (signature.power_of_attorney != 0) continue;
    std::string message =
        "signature \"" + signature.name + "\" by attorney-in-fact " + attorney->signer + ": ";
    if (granted != nullptr) {
      message += "the power of attorney in document " + std::to_string(granted->document) +
                 " does not cover Form " + form +
                 (granted->executed_on.empty() ? "" : " on " + signature.date);
    } else {
      message += "no power of attorney in this filing appoints " + attorney->signer +
                 (signature.principal.empty() ? "" : " for " + signature.principal);
    }
    out->warnings.push_back({0, std::move(message)});
  }
}

}  // namespace edgard::extract
