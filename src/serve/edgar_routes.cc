// EDGAR's own paths, produced from the store in EDGAR's formats.

#include "serve/routes.h"

namespace edgard::serve {

void AddEdgarRoutes(httplib::Server* /*server*/, const std::string& /*db*/) {}

}  // namespace edgard::serve
