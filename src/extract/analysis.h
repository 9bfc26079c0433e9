// The text analysis of a filing, after its envelope and header are read:
// cover pages, document kinds and dates, items, exhibits and signatures,
// with warnings where the text and the header disagree.

#pragma once

#include "edgard/extraction.h"

namespace edgard::extract {

// Fills `out`'s items, exhibits and signatures, the kinds and dates of its
// documents and, for a document without a header, the submission from its
// cover page. `texts` holds the plain text of each of out->documents.
void AnalyzeDocuments(const DocumentTexts& texts, bool has_header, Extraction* out);

}  // namespace edgard::extract
