#include "storage/postgresql/pgerror.h"

#include <QLoggingCategory>

#include <libpq-fe.h>

// Every failure PostgreSQL reports, as the storage error it becomes (a constraint a rule expects included):
// QT_LOGGING_RULES="stockhand.server.postgresql.debug=true".
Q_LOGGING_CATEGORY(lcPostgres, "stockhand.server.postgresql", QtWarningMsg)

namespace stockhand::server::pg {

QString storageCodeForSqlState(const QByteArray &s)
{
    if (s.startsWith("23"))
        return QStringLiteral("storage.constraint");
    if (s == "53100")
        return QStringLiteral("storage.full");
    if (s.startsWith("53") || s == "55P03" || s == "57014")
        return QStringLiteral("storage.busy");
    if (s.startsWith("58"))
        return QStringLiteral("storage.io");
    if (s == "XX001" || s == "XX002")
        return QStringLiteral("storage.corrupt");
    // 40001, 40P01 (the device retries the batch), 08xxx (a lost connection), the rest.
    return QStringLiteral("storage.failure");
}

Error pgError(PGconn *conn, const PGresult *result, const char *what)
{
    QByteArray state;
    QString message;
    if (result) {
        if (const char *s = PQresultErrorField(result, PG_DIAG_SQLSTATE))
            state = s;
        message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    }
    if (message.isEmpty() && conn)
        message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    if (conn && PQstatus(conn) == CONNECTION_BAD && state.isEmpty())
        state = "08006";
    Error e;
    e.code = storageCodeForSqlState(state);
    e.message = QStringLiteral("%1 (PostgreSQL %2, %3)")
                    .arg(message, state.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(state),
                        QString::fromLatin1(what));
    qCDebug(lcPostgres).noquote() << e.toString();
    return e;
}

} // namespace stockhand::server::pg
