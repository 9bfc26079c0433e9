#include "base/dates.h"

#include <cstdio>
#include <ctime>

#include "base/ascii.h"

namespace edgard::dates {
namespace {

bool ParseDigits(std::string_view text, int* out) {
  int value = 0;
  for (char c : text) {
    if (!ascii::IsDigit(c)) return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return !text.empty();
}

}  // namespace

bool IsValidDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  if (day > kDays[month - 1]) return false;
  if (month == 2 && day == 29) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap;
  }
  return true;
}

std::string FormatIsoDate(int year, int month, int day) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

int DayOfWeek(int year, int month, int day) {
  static constexpr int kOffsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (month < 3) year -= 1;
  return (year + year / 4 - year / 100 + year / 400 + kOffsets[month - 1] + day) % 7;
}

namespace {

// Day of the month of the n-th (1-based) Sunday, or of the last one when n == 0.
int NthSunday(int year, int month, int n) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (n == 0) {
    const int last = kDays[month - 1];
    return last - DayOfWeek(year, month, last);
  }
  const int first = 1 + (7 - DayOfWeek(year, month, 1)) % 7;
  return first + 7 * (n - 1);
}

}  // namespace

std::string EasternOffset(std::string_view iso_datetime) {
  int year = 0, month = 0, day = 0, hour = 0;
  if (iso_datetime.size() < 13 || !ParseDigits(iso_datetime.substr(0, 4), &year) ||
      !ParseDigits(iso_datetime.substr(5, 2), &month) ||
      !ParseDigits(iso_datetime.substr(8, 2), &day) ||
      !ParseDigits(iso_datetime.substr(11, 2), &hour) || month < 1 || month > 12) {
    return "";
  }
  int start_month = 4, start_day = NthSunday(year, 4, 1);
  int end_month = 10, end_day = NthSunday(year, 10, 0);
  if (year >= 2007) {
    start_month = 3;
    start_day = NthSunday(year, 3, 2);
    end_month = 11;
    end_day = NthSunday(year, 11, 1);
  } else if (year < 1987) {
    start_day = NthSunday(year, 4, 0);
  }
  const int now = month * 10000 + day * 100 + hour;
  const bool summer = now >= start_month * 10000 + start_day * 100 + 2 &&
                      now < end_month * 10000 + end_day * 100 + 2;
  return summer ? "-04:00" : "-05:00";
}

std::optional<std::string> IsoDate(std::string_view text) {
  text = ascii::Trim(text);
  int year = 0, month = 0, day = 0;
  if (text.size() == 8) {
    if (!ParseDigits(text.substr(0, 4), &year) || !ParseDigits(text.substr(4, 2), &month) ||
        !ParseDigits(text.substr(6, 2), &day)) {
      return std::nullopt;
    }
  } else if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    if (!ParseDigits(text.substr(0, 4), &year) || !ParseDigits(text.substr(5, 2), &month) ||
        !ParseDigits(text.substr(8, 2), &day)) {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (!IsValidDate(year, month, day)) return std::nullopt;
  return FormatIsoDate(year, month, day);
}

std::optional<std::string> IsoDateTime(std::string_view text) {
  text = ascii::Trim(text);
  if (text.size() != 14) return std::nullopt;
  auto date = IsoDate(text.substr(0, 8));
  int hour = 0, minute = 0, second = 0;
  if (!date || !ParseDigits(text.substr(8, 2), &hour) ||
      !ParseDigits(text.substr(10, 2), &minute) || !ParseDigits(text.substr(12, 2), &second) ||
      hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02d", hour, minute, second);
  return *date + buffer;
}

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &utc);
  return buffer;
}

}  // namespace edgard::dates
