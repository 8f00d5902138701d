// Days of floor work in warehouse 1 of a ServerFixture, pushed as real operations with the device times a
// shift gives them: receipts and their putaways, picks (some short) and validations with backorders, cycle
// counts with small and large variances, and pick orders left open at several ages. Deterministic (a seed).
// For the KPI screenshots and the KPI timing (docs/operations.md, "KPIs"); not a test of its own.
#pragma once

#include "serverfixture.h"

#include <QDate>

namespace stockhand::server::test {

struct ActivityOptions
{
    QDate from; // the first day of work
    QDate to; // the last (else from + days - 1)
    int days = 30;
    quint64 seed = 20261126;
    int receiptLinesPerDay = 8;
    int pickOrdersPerDay = 12; // of 1-5 lines each
    int countsPerDay = 10;
    int openOrders = 25; // pick orders never started, scheduled over the range and before it
};

struct ActivitySummary
{
    int operations = 0;
    int rejected = 0;
};

// false (and `error`) when a push failed or the world lacks what it needs.
bool pushActivity(ServerFixture &f, const ActivityOptions &options, ActivitySummary *summary, QString *error);

} // namespace stockhand::server::test
