#include "extract/financial_facts.h"

#include <array>
#include <cmath>
#include <string>
#include <utility>

#include "base/ascii.h"
#include "base/dates.h"
#include "extract/tables.h"
#include "extract/words.h"

namespace edgard::extract {
namespace {

// Lower case, letters and digits only, one space between words, and the
// owners of equity called by one name: "Net (loss) income" -> "net loss
// income"; "Shareholders' equity" -> "stockholders equity".
std::string Normalize(std::string_view label) {
  std::string out;
  for (char c : label) {
    if (ascii::IsAlnum(c)) {
      out.push_back(ascii::ToLower(c));
    } else if (c != '\'' && !out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  for (std::string_view owner : {"shareholders", "shareowners", "stockholder", "shareholder"}) {
    for (size_t at = out.find(owner); at != std::string::npos; at = out.find(owner, at + 1)) {
      const size_t end = at + owner.size();
      const bool plural = end < out.size() && out[end] == 's';
      out.replace(at, owner.size() + (plural ? 1 : 0), "stockholders");
    }
  }
  return out;
}

struct Mapping {
  std::string_view label;  // normalized
  std::string_view gaap_concept;
};

// Labels that name one element and nothing else.
constexpr Mapping kConcepts[] = {
    {"revenues", "Revenues"},
    {"revenue", "Revenues"},
    {"total revenues", "Revenues"},
    {"total revenue", "Revenues"},
    {"net revenues", "Revenues"},
    {"net revenue", "Revenues"},
    {"total net revenues", "Revenues"},
    {"net sales", "Revenues"},
    {"total net sales", "Revenues"},
    {"sales", "Revenues"},
    {"net sales and revenues", "Revenues"},
    {"net income", "NetIncomeLoss"},
    {"net loss", "NetIncomeLoss"},
    {"net income loss", "NetIncomeLoss"},
    {"net loss income", "NetIncomeLoss"},
    {"net earnings", "NetIncomeLoss"},
    {"net earnings loss", "NetIncomeLoss"},
    {"net loss earnings", "NetIncomeLoss"},
    {"total assets", "Assets"},
    {"total current assets", "AssetsCurrent"},
    {"total liabilities", "Liabilities"},
    {"total current liabilities", "LiabilitiesCurrent"},
    {"stockholders equity", "StockholdersEquity"},
    {"total stockholders equity", "StockholdersEquity"},
    {"stockholders equity deficit", "StockholdersEquity"},
    {"total stockholders equity deficit", "StockholdersEquity"},
    {"total liabilities and stockholders equity", "LiabilitiesAndStockholdersEquity"},
    {"liabilities and stockholders equity", "LiabilitiesAndStockholdersEquity"},
    {"total liabilities and stockholders equity deficit", "LiabilitiesAndStockholdersEquity"},
    {"gross profit", "GrossProfit"},
    {"gross margin", "GrossProfit"},
    {"operating income", "OperatingIncomeLoss"},
    {"operating loss", "OperatingIncomeLoss"},
    {"operating income loss", "OperatingIncomeLoss"},
    {"income from operations", "OperatingIncomeLoss"},
    {"loss from operations", "OperatingIncomeLoss"},
    {"income loss from operations", "OperatingIncomeLoss"},
    {"cash and cash equivalents", "CashAndCashEquivalentsAtCarryingValue"},
    {"provision for income taxes", "IncomeTaxExpenseBenefit"},
    {"income tax expense", "IncomeTaxExpenseBenefit"},
};

bool Contains(std::string_view text, std::string_view phrase) {
  return text.find(phrase) != std::string_view::npos;
}

// Words that make a per-share or share-count row something more specific
// than earnings per share or the weighted average shares.
bool Qualified(std::string_view normalized) {
  for (std::string_view word :
       {"continuing", "discontinued", "extraordinary", "before", "pro forma", "dividend",
        "cumulative", "accounting", "book value", "class"}) {
    if (Contains(normalized, word)) return true;
  }
  return false;
}

bool IsShareCount(std::string_view text) {
  return Contains(text, "weighted average") || Contains(text, "shares used") ||
         Contains(text, "average shares") || Contains(text, "shares outstanding") ||
         Contains(text, "number of shares") || Contains(text, "average number");
}

bool IsPerShare(std::string_view text) {
  return Contains(text, "per share") || Contains(text, "per common share") ||
         Contains(text, "per basic share") || Contains(text, "per diluted share");
}

std::string_view Basis(std::string_view label) {
  const bool basic = Contains(label, "basic") || Contains(label, "primary");
  const bool diluted = Contains(label, "diluted") || Contains(label, "fully diluted");
  if (basic && diluted) return "both";
  if (basic) return "basic";
  if (diluted) return "diluted";
  return "";
}

std::string_view PerShareConcept(std::string_view basis) {
  if (basis == "basic") return "EarningsPerShareBasic";
  if (basis == "diluted") return "EarningsPerShareDiluted";
  if (basis == "both") return "EarningsPerShareBasicAndDiluted";
  return "";
}

std::string_view ShareCountConcept(std::string_view basis) {
  if (basis == "basic") return "WeightedAverageNumberOfSharesOutstandingBasic";
  if (basis == "diluted") return "WeightedAverageNumberOfDilutedSharesOutstanding";
  return "";
}

struct Meaning {
  std::string_view gaap_concept;
  std::string_view unit;  // before a cell's own % sign or $ sign is seen
};

Meaning MeaningOf(std::string_view label, std::string_view parent) {
  const std::string l = Normalize(label);
  const std::string p = Normalize(parent);
  const std::string both = p.empty() ? l : p + " " + l;
  const std::string_view gaap_concept = ConceptOf(label, parent);
  if (IsShareCount(both) && !Contains(l, "per share")) return {gaap_concept, "shares"};
  if (IsPerShare(both)) return {gaap_concept, "USD/shares"};
  return {gaap_concept, "USD"};
}

// A "Total ..." row, or a subtotal printed without a label under a rule.
bool IsTotal(const TableRow& row) {
  return ascii::StartsWithIgnoreCase(row.label, "total") || (row.label.empty() && row.ruled);
}

enum class Sum { kNotComparable, kAddsUp, kDoesNot };

// Totals kept open to be summed by a later total.
constexpr size_t kMaxOpenTotals = 16;

// Whether `total`'s cells equal the sums of `parts`' cells, within a unit of
// rounding, in every column where two or more parts print a number.
// Percentages are no parts of sums.
Sum AddsUp(const TextTable& table, const std::vector<size_t>& parts, size_t total) {
  if (parts.size() < 2) return Sum::kNotComparable;
  bool compared = false;
  for (size_t c = 0; c < table.rows[total].cells.size(); ++c) {
    const auto& cell = table.rows[total].cells[c];
    if (!cell || cell->percent) continue;
    double sum = 0;
    int terms = 0;
    for (size_t r : parts) {
      const auto& part = table.rows[r].cells[c];
      if (part && !part->percent) {
        sum += part->value;
        ++terms;
      }
    }
    if (terms < 2) continue;
    if (std::fabs(sum - cell->value) > 1.0 + 1e-9) return Sum::kDoesNot;
    compared = true;
  }
  return compared ? Sum::kAddsUp : Sum::kNotComparable;
}

double Scaled(double value, double scale) {
  if (scale == 1) return value;
  return std::round(value * scale * 1e4) / 1e4;
}

int MonthOfAbbreviation(std::string_view text) {
  int month = 0;
  return MonthNameAt(text, &month) == 3 ? month : 0;
}

// "JUN-26-1998" -> "1998-06-26".
std::string ScheduleDate(std::string_view text) {
  if (text.size() != 11 || text[3] != '-' || text[6] != '-') return "";
  const int month = MonthOfAbbreviation(text.substr(0, 3));
  if (month == 0) return "";
  const std::string digits = std::string(text.substr(4, 2)) + std::string(text.substr(7, 4));
  for (char c : digits) {
    if (!ascii::IsDigit(c)) return "";
  }
  const int day = std::stoi(digits.substr(0, 2));
  const int year = std::stoi(digits.substr(2));
  if (!dates::IsValidDate(year, month, day)) return "";
  return dates::FormatIsoDate(year, month, day);
}

// Article 5 (commercial and industrial companies) tags: balance-sheet
// instants, then income-statement durations, with their elements.
constexpr Mapping kScheduleInstants[] = {
    {"CASH", ""},
    {"SECURITIES", ""},
    {"RECEIVABLES", ""},
    {"ALLOWANCES", ""},
    {"INVENTORY", "InventoryNet"},
    {"CURRENT-ASSETS", "AssetsCurrent"},
    {"PP&E", ""},
    {"DEPRECIATION", ""},
    {"TOTAL-ASSETS", "Assets"},
    {"CURRENT-LIABILITIES", "LiabilitiesCurrent"},
    {"BONDS", ""},
    {"PREFERRED-MANDATORY", ""},
    {"PREFERRED", ""},
    {"COMMON", ""},
    {"OTHER-SE", ""},
    {"TOTAL-LIABILITY-AND-EQUITY", "LiabilitiesAndStockholdersEquity"},
};
constexpr Mapping kScheduleDurations[] = {
    {"SALES", ""},
    {"TOTAL-REVENUES", "Revenues"},
    {"CGS", ""},
    {"TOTAL-COSTS", ""},
    {"OTHER-EXPENSES", ""},
    {"LOSS-PROVISION", ""},
    {"INTEREST-EXPENSE", "InterestExpense"},
    {"INCOME-PRETAX", ""},
    {"INCOME-TAX", "IncomeTaxExpenseBenefit"},
    {"INCOME-CONTINUING", ""},
    {"DISCONTINUED", ""},
    {"EXTRAORDINARY", ""},
    {"CHANGES", ""},
    {"NET-INCOME", "NetIncomeLoss"},
    {"EPS-PRIMARY", "EarningsPerShareBasic"},
    {"EPS-BASIC", "EarningsPerShareBasic"},
    {"EPS-DILUTED", "EarningsPerShareDiluted"},
};

const Mapping* FindTag(std::string_view tag, bool* instant) {
  for (const Mapping& m : kScheduleInstants) {
    if (m.label == tag) {
      *instant = true;
      return &m;
    }
  }
  for (const Mapping& m : kScheduleDurations) {
    if (m.label == tag) {
      *instant = false;
      return &m;
    }
  }
  return nullptr;
}

int MonthsOfPeriodType(std::string_view type) {
  if (type == "YEAR" || type == "12-MOS") return 12;
  if (type.size() >= 5 && type.ends_with("-MOS") && ascii::IsDigit(type[0])) {
    return std::atoi(std::string(type.substr(0, type.size() - 4)).c_str());
  }
  return 0;
}

}  // namespace

std::string_view ConceptOf(std::string_view label, std::string_view parent) {
  const std::string l = Normalize(label);
  const std::string p = Normalize(parent);
  for (const Mapping& m : kConcepts) {
    if (m.label == l) return m.gaap_concept;
  }
  const std::string both = p.empty() ? l : p + " " + l;
  if (Qualified(both)) return "";
  const std::string_view basis = Basis(l);
  if (basis.empty()) return "";
  // "Basic" under "Weighted average shares outstanding:", or "Weighted
  // average shares - basic".
  if (IsShareCount(both) && !Contains(l, "per share")) return ShareCountConcept(basis);
  if (!IsPerShare(both)) return "";
  // "Basic" under "Net (loss) income per share:", "Basic earnings per share":
  // no words but these.
  static constexpr std::array<std::string_view, 15> kPlain = {
      "net",     "income", "loss", "earnings", "per",   "share", "common",  "basic",
      "diluted", "and",    "the",  "primary",  "fully", "eps",   "ordinary"};
  for (std::string_view word : Words(both)) {
    if (!InSet(word, kPlain)) return "";
  }
  return PerShareConcept(basis);
}

FactCounts ReadFinancialFacts(std::string_view text, int document, int first_table,
                              std::vector<FinancialFactRecord>* facts,
                              std::vector<Warning>* warnings) {
  FactCounts counts;
  const std::vector<TextTable> tables = ReadTables(text);
  for (size_t t = 0; t < tables.size(); ++t) {
    const TextTable& table = tables[t];
    bool any_period = false;
    for (const TablePeriod& p : table.periods) any_period = any_period || !p.end.empty();
    if (!any_period) continue;
    ++counts.tables;
    const int number = first_table + counts.tables - 1;
    // Totals: a "Total ..." row is the sum of the rows since the section
    // began (a label-only row), with earlier totals standing for their
    // parts; else of the totals still open ("Total liabilities and
    // equity" = total liabilities + total equity).
    std::vector<bool> checked(table.rows.size(), false);
    std::vector<size_t> terms;
    std::vector<size_t> open_totals;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const TableRow& row = table.rows[r];
      if (row.cells.empty()) {
        terms.clear();
        continue;
      }
      if (!IsTotal(row)) {
        terms.push_back(r);
        continue;
      }
      // In a text table a sum is ruled off; a "Total assets" line in a list
      // of selected data is none.
      if (!table.html && !row.ruled) {
        terms.push_back(r);
        continue;
      }
      const std::vector<size_t>* parts = nullptr;
      const Sum sum = AddsUp(table, terms, r);
      if (sum == Sum::kAddsUp) {
        parts = &terms;
      } else if (AddsUp(table, open_totals, r) == Sum::kAddsUp) {
        parts = &open_totals;
      }
      if (parts != nullptr) {
        ++counts.totals_checked;
        checked[r] = true;
        for (size_t part : *parts) checked[part] = true;
        if (parts == &open_totals) open_totals.clear();
      } else if (sum == Sum::kDoesNot) {
        ++counts.totals_unchecked;
        warnings->push_back({0, "document " + std::to_string(document) + " text offset " +
                                    std::to_string(row.offset) + ": \"" + row.label +
                                    "\" does not add up to the rows above it"});
      }
      std::erase_if(open_totals, [&](size_t o) {
        for (size_t part : terms) {
          if (part == o) return true;
        }
        return false;
      });
      open_totals.push_back(r);
      // A sum of totals adds a few: the oldest give way (and the work per
      // row stays bounded on hostile input).
      if (open_totals.size() > kMaxOpenTotals) open_totals.erase(open_totals.begin());
      terms.assign(1, r);
    }
    // Columns that share a period are measures of one period ("Cost",
    // "Unrealized Gains", "Fair Value"): their rows name no element.
    std::vector<bool> shared(table.periods.size(), false);
    for (size_t a = 0; a < table.periods.size(); ++a) {
      for (size_t b = 0; b < table.periods.size(); ++b) {
        if (a != b && table.periods[a].end == table.periods[b].end &&
            table.periods[a].start == table.periods[b].start) {
          shared[a] = true;
        }
      }
    }
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const TableRow& row = table.rows[r];
      if (row.cells.empty() || row.label.empty()) continue;
      const Meaning meaning = MeaningOf(row.label, row.parent);
      bool dollar = false;
      for (const auto& cell : row.cells) dollar = dollar || (cell && cell->dollar);
      for (size_t c = 0; c < row.cells.size(); ++c) {
        const auto& cell = row.cells[c];
        const TablePeriod& period = table.periods[c];
        if (!cell || period.end.empty()) continue;
        FinancialFactRecord fact;
        fact.label = row.label;
        fact.parent = row.parent;
        fact.period_start = period.start;
        fact.period_end = period.end;
        fact.table = number;
        fact.table_title = table.title;
        fact.checked = checked[r];
        fact.document = document;
        fact.offset = row.offset;
        if (cell->percent) {
          fact.unit = "pure";
          fact.value = cell->value / 100;
        } else if (meaning.unit == "USD/shares") {
          fact.unit = "USD/shares";
          fact.value = cell->value;
          fact.gaap_concept = std::string(meaning.gaap_concept);
        } else if (meaning.unit == "shares" && !dollar) {
          fact.unit = "shares";
          fact.value = Scaled(cell->value, table.share_scale);
          fact.gaap_concept = std::string(meaning.gaap_concept);
        } else {
          fact.unit = "USD";
          fact.value = Scaled(cell->value, table.scale);
          if (meaning.unit == "USD") fact.gaap_concept = std::string(meaning.gaap_concept);
        }
        if (shared[c]) fact.gaap_concept.clear();
        facts->push_back(std::move(fact));
      }
    }
  }
  return counts;
}

std::vector<FinancialFactRecord> ReadFinancialDataSchedule(std::string_view text, int document) {
  std::vector<FinancialFactRecord> facts;
  double multiplier = 1;
  std::vector<std::string> ends;
  std::vector<int> months;
  size_t offset = 0;
  while (offset < text.size()) {
    size_t end = text.find('\n', offset);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = ascii::Trim(text.substr(offset, end - offset));
    const size_t line_offset = offset;
    offset = end + 1;
    if (!line.starts_with('<')) continue;
    const size_t close = line.find('>');
    if (close == std::string_view::npos) continue;
    const std::string_view tag = line.substr(1, close - 1);
    const std::vector<std::string_view> values = Words(ascii::Trim(line.substr(close + 1)));
    if (values.empty()) continue;
    if (tag == "MULTIPLIER") {
      if (auto v = ParseTableValue(values.front()); v && v->value > 0) multiplier = v->value;
      continue;
    }
    if (tag == "PERIOD-TYPE") {
      months.clear();
      for (std::string_view v : values) months.push_back(MonthsOfPeriodType(v));
      continue;
    }
    if (tag == "PERIOD-END") {
      ends.clear();
      for (std::string_view v : values) ends.push_back(ScheduleDate(v));
      continue;
    }
    bool instant = false;
    const Mapping* mapping = FindTag(tag, &instant);
    if (mapping == nullptr) continue;
    for (size_t c = 0; c < values.size() && c < ends.size(); ++c) {
      const std::optional<TableValue> v = ParseTableValue(values[c]);
      if (!v || ends[c].empty()) continue;
      FinancialFactRecord fact;
      fact.label = std::string(tag);
      fact.gaap_concept = std::string(mapping->gaap_concept);
      fact.period_end = ends[c];
      if (!instant) {
        const int m = c < months.size() ? months[c] : (months.empty() ? 0 : months.front());
        if (m == 0) continue;
        fact.period_start = PeriodStart(ends[c], m, 0);
      }
      const bool per_share = tag.starts_with("EPS-");
      fact.unit = per_share ? "USD/shares" : "USD";
      fact.value = per_share ? v->value : Scaled(v->value, multiplier);
      fact.table_title = "EX-27 financial data schedule";
      fact.document = document;
      fact.offset = line_offset;
      facts.push_back(std::move(fact));
    }
  }
  return facts;
}

}  // namespace edgard::extract
