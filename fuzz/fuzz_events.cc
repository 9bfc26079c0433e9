// Fuzz entry point for ReadEvents: any bytes as an 8-K item's or a press
// release's plain text; no crash, a bounded number of events, each with a
// type and its sentence, linear time.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/events.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto events = edgard::extract::ReadEvents(text, 1, "Acme Corp", "2003-07-24");
  if (events.size() > edgard::extract::kMaxEventsPerText) std::abort();
  for (const edgard::EventRecord& e : events) {
    if (e.type.empty() || e.evidence.empty() || e.offset > size || e.document != 1) std::abort();
  }
  return 0;
}
