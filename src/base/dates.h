// EDGAR date spellings turned into ISO 8601.

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace edgard::dates {

// "20030724" or "2003-07-24" -> "2003-07-24"; nullopt unless it is a valid
// calendar date.
std::optional<std::string> IsoDate(std::string_view text);

// "20220428063203" -> "2022-04-28T06:32:03"; nullopt unless valid.
std::optional<std::string> IsoDateTime(std::string_view text);

// The current time in UTC, "YYYY-MM-DDThh:mm:ss".
std::string UtcNow();

// "2003-07-24" for a date already known to be valid.
std::string FormatIsoDate(int year, int month, int day);

// UTC offset of US Eastern time ("-05:00" or "-04:00") at a local date-time
// "YYYY-MM-DDThh:mm:ss", by the daylight-saving rules in force that year.
std::string EasternOffset(std::string_view iso_datetime);

// Day of the week, 0 = Sunday.
int DayOfWeek(int year, int month, int day);

bool IsValidDate(int year, int month, int day);

}  // namespace edgard::dates
