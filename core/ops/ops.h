// Every operation kind, for the code that handles them all (the server's registry, stockhand-cli).
#pragma once

#include "ops/adjustment.h"
#include "ops/barcode.h"
#include "ops/count.h"
#include "ops/discrepancy.h"
#include "ops/exception.h"
#include "ops/kinds.h"
#include "ops/move.h"
#include "ops/package.h"
#include "ops/pick.h"
#include "ops/policy.h"
#include "ops/receive.h"
#include "ops/validate.h"
