// The interpreter's fuzz entry: shared by the libFuzzer target and the deterministic mutation test.
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace scanfuzz {

// Interprets the bytes (as UTF-8 and as Latin-1) and checks invariants: valid GS1 data survives a round
// trip through its element string and its HRI form; every failure has a code and a message.
// Returns an empty string, or what was violated.
QString interpretOnce(const uint8_t *data, size_t size);

} // namespace scanfuzz
