// libFuzzer target for the scan interpreter (build with -DSTOCKHAND_FUZZ=ON and clang).
#include "fuzzentry.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString failure = scanfuzz::interpretOnce(data, size);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "invariant violated: %s\n", qPrintable(failure));
        std::abort();
    }
    return 0;
}
