// Percentiles and table rows for bench_scan.
#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace scanbench {

struct Summary
{
    qsizetype n = 0;
    double p50 = 0, p99 = 0, max = 0; // microseconds
};

inline Summary summarize(QList<double> us)
{
    Summary s;
    s.n = us.size();
    if (us.isEmpty())
        return s;
    std::sort(us.begin(), us.end());
    auto at = [&](double q) { return us.at(qMin(us.size() - 1, qsizetype(q * double(us.size())))); };
    s.p50 = at(0.50);
    s.p99 = at(0.99);
    s.max = us.back();
    return s;
}

// CPU time of the calling thread in microseconds: unlike wall time, not inflated when other processes
// take the CPU (this machine is shared; wall-time outliers are scheduler ticks).
inline double threadCpuUs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e6 + double(t.tv_nsec) / 1e3;
}

inline QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

// Camera-frame decode timings; defined in benchdecode.cpp.
void runDecodeBench(QTextStream &out, int iterations);

} // namespace scanbench
