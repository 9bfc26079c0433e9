// Fuzz entry point for the table reader and the financial facts and EX-27
// readers: any bytes as a document's plain text; no crash, every fact has a
// period end and a unit, linear time.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "extract/financial_facts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<edgard::FinancialFactRecord> facts;
  std::vector<edgard::Warning> warnings;
  const auto counts = edgard::extract::ReadFinancialFacts(text, 1, 1, &facts, &warnings);
  if (counts.tables < 0 || counts.totals_checked < 0) std::abort();
  for (const edgard::FinancialFactRecord& fact : facts) {
    if (fact.period_end.size() != 10 || fact.unit.empty() || fact.document != 1) std::abort();
  }
  for (const edgard::FinancialFactRecord& fact :
       edgard::extract::ReadFinancialDataSchedule(text, 1)) {
    if (fact.period_end.size() != 10 || fact.unit.empty()) std::abort();
  }
  return 0;
}
