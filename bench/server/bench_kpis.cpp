// bench_kpis: the server's time for GET /v1/kpis over 90 days (docs/operations.md, "KPIs"): the server
// tests' demo world with 20,000 products (3 warehouses) plus 90 days of floor work in warehouse 1 pushed as
// real operations (tests/server/kpiactivity.h). Prints the operations pushed and the time per request
// (in-process, through ServerCore::handle with a supervisor's signed request).
#include "domain/requestproof.h"
#include "kpiactivity.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ServerFixture f;
    if (!f.setUp(20000)) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(f.lastError));
        return 1;
    }
    ActivityOptions o;
    o.from = f.clock().now().date().addDays(-90);
    o.days = 90;
    ActivitySummary summary;
    QString error;
    QElapsedTimer pushTime;
    pushTime.start();
    if (!pushActivity(f, o, &summary, &error)) {
        std::fprintf(stderr, "activity: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("pushed %d operations (%d rejected) in %lld ms\n", summary.operations, summary.rejected,
        qlonglong(pushTime.elapsed()));
    const ServerFixture::Session s = f.signIn(ServerFixture::kSupervisorLogin);
    const QList<QPair<QString, QString>> query {{QStringLiteral("from"), o.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), o.from.addDays(89).toString(Qt::ISODate)}};
    std::printf("| request | ms |\n| --- | --- |\n");
    for (int i = 0; i < 5; ++i) {
        Request r;
        r.method = "GET";
        r.path = QStringLiteral("/v1/kpis");
        r.query = query;
        r.authorization = "Bearer " + f.token().toLatin1();
        r.userSession = RequestProof::sign(s.secret, s.id, utcTime(f.clock().now()), "GET", r.path, query, {}).header();
        QElapsedTimer t;
        t.start();
        const Response answer = f.core().handle(r);
        const qint64 ms = t.elapsed();
        if (answer.status != 200) {
            std::fprintf(stderr, "%s\n", answer.body.constData());
            return 1;
        }
        std::printf("| 90 days, warehouse 1 (%lld bytes) | %lld |\n", qlonglong(answer.body.size()), qlonglong(ms));
    }
    return 0;
}
