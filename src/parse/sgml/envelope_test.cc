#include "parse/sgml/envelope.h"

#include <gtest/gtest.h>

TEST(ParseEnvelope, Placeholder) {}
