// Recording and replay of Odoo exchanges (docs/odoo.md, "Tests"). RecordingTransport wraps a real transport
// and writes every exchange (request, answer or error) to a transcript file; ReplayTransport serves a
// transcript's answers in order and fails on a request that is not the next one recorded. Transcripts are
// made by the recorder from a real Odoo, never by hand (tests/data/odoo/*.json). Secrets (the key or
// password) are replaced by "<secret>" before anything is written or compared.
#pragma once

#include "odootransport.h"

#include <QJsonObject>
#include <QStringList>

namespace stockhand::odoo {

class RecordingTransport : public OdooTransport
{
public:
    RecordingTransport(OdooTransport &inner, QString path, QStringList secrets);
    Result<QJsonValue> call(const QString &service, const QString &method, const QJsonArray &args) override;
    // Adds a note between exchanges (what the suite did at this point), for a reader of the transcript.
    void mark(const QString &note);
    Status save() const;

private:
    OdooTransport &m_inner;
    QString m_path;
    QStringList m_secrets;
    QJsonArray m_exchanges;
};

class ReplayTransport : public OdooTransport
{
public:
    ReplayTransport(QStringList secrets);
    Status load(const QString &path);
    Result<QJsonValue> call(const QString &service, const QString &method, const QJsonArray &args) override;
    void mark(const QString &note); // skips to past this note (must be the next one)
    int remaining() const;

private:
    QStringList m_secrets;
    QJsonArray m_exchanges;
    int m_next = 0;
};

// The request with every secret string replaced (recursively).
QJsonValue maskSecrets(const QJsonValue &v, const QStringList &secrets);

} // namespace stockhand::odoo
