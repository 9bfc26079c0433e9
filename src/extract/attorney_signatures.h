// Signatures made for someone else under a power of attorney, as Section 16
// reports write them ("/s/ Jung Yeon Son, Attorney-in-Fact for Roelof
// Botha", "By: Aaron Beckman by Power of Attorney For: Elon Musk", "/s/
// Katherine Kwiat, power of attorney"), and their link to the power of
// attorney that allows them.

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/extraction.h"

namespace edgard::extract {

struct AttorneySignature {
  std::string signer;     // the attorney-in-fact who signed
  std::string principal;  // for whom, when the signature says; else empty
};

// The attorney-in-fact and principal of a signature; nullopt when the
// signature is the person's own.
std::optional<AttorneySignature> ReadAttorneySignature(std::string_view signature);

// Whether two spellings name one person in any word order: "Garascia
// Jessica A." (Section 16 XML writes surname first) and "Jessica A.
// Garascia". Every word of the shorter, initials aside, is in the longer.
bool SameNameAnyOrder(std::string_view a, std::string_view b);

// How a power of attorney stands to one signature made under one.
enum class AttorneyFit {
  kOtherPeople,  // a different grantor, or it does not appoint the signer
  kNotCovering,  // the signer's, for the principal, but not for this form or date
  kCovers,
};

// Whether `poa` lets `attorney` sign Form `form` on `date` (YYYY-MM-DD, or
// empty when unknown) for `principal` (empty when unknown). A power of
// attorney without a list of forms or a date of execution is not known to
// exclude any.
AttorneyFit FitOf(const PowerOfAttorneyRecord& poa, std::string_view principal,
                  std::string_view attorney, std::string_view form, std::string_view date);

// Links each signature of `out->ownership` made by an attorney-in-fact to
// the power of attorney in the same filing that appoints that attorney for
// that reporting owner and covers the form; a warning for each one that no
// such power of attorney in the filing covers.
void LinkAttorneySignatures(Extraction* out);

}  // namespace edgard::extract
