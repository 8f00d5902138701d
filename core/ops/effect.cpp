#include "ops/effect.h"

namespace stockhand::ops {

const char *targetName(Effect::Target target)
{
    switch (target) {
    case Effect::Target::Quant:
        return "quant";
    case Effect::Target::TransferLine:
        return "transfer_line";
    case Effect::Target::CountLine:
        return "count_line";
    }
    return "quant";
}

} // namespace stockhand::ops
