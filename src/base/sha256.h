// SHA-256 of a byte string, as lower-case hex (OpenSSL's implementation).

#pragma once

#include <string>
#include <string_view>

namespace edgard {

std::string Sha256Hex(std::string_view bytes);

}  // namespace edgard
