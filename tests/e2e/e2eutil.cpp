#include "e2eutil.h"

#include <QProcess>

namespace stockhand::test {

QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        qFatal(
            "%s %s failed: %s", qPrintable(program), qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

qint64 one(db::Database &db, const std::string &sql)
{
    auto r = db.queryInt(sql, -1);
    if (!r)
        qFatal("%s: %s", sql.c_str(), qPrintable(r.error().message));
    return r.value();
}

std::unique_ptr<db::Database> openPlain(const QString &path)
{
    db::OpenOptions o;
    o.create = false;
    auto db = db::Database::openUnconfigured(path, o);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    return std::move(db).value();
}

void seedServer(const QString &server, const QString &dbPath, int products)
{
    runTool(server, {QStringLiteral("--db"), dbPath, QStringLiteral("init")});
    runTool(server,
        {QStringLiteral("--db"), dbPath, QStringLiteral("seed"), QStringLiteral("--products"),
            QString::number(products), QStringLiteral("--warehouses"), QStringLiteral("1"),
            QStringLiteral("--pin-iterations"), QStringLiteral("10"), QStringLiteral("--password-iterations"),
            QStringLiteral("1000")});
}

QString enrolmentCode(const QString &server, const QString &dbPath)
{
    return QString::fromUtf8(runTool(server,
                                 {QStringLiteral("--db"), dbPath, QStringLiteral("enrol"),
                                     QStringLiteral("--warehouse"), QStringLiteral("WH1")}))
        .trimmed()
        .split(u'\n')
        .last();
}

} // namespace stockhand::test
