#include "auth/pinhash.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace stockhand::auth {

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyLength)
{
    QByteArray key;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; key.size() < keyLength; ++block) {
        QByteArray counter(4, '\0');
        counter[0] = char(block >> 24);
        counter[1] = char(block >> 16);
        counter[2] = char(block >> 8);
        counter[3] = char(block);
        mac.reset();
        mac.addData(salt);
        mac.addData(counter);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = char(t[j] ^ u[j]);
        }
        key += t;
    }
    key.truncate(keyLength);
    return key;
}

PinHash hashPin(const QString &pin, int iterations, QByteArray salt)
{
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    }
    return PinHash {pbkdf2Sha256(pin.toUtf8(), salt, iterations), salt, iterations};
}

bool verifyPin(const QString &pin, const PinHash &stored)
{
    const QByteArray candidate = pbkdf2Sha256(pin.toUtf8(), stored.salt, stored.iterations, int(stored.hash.size()));
    if (candidate.size() != stored.hash.size() || candidate.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < candidate.size(); ++i)
        diff |= static_cast<unsigned char>(candidate[i] ^ stored.hash[i]);
    return diff == 0;
}

} // namespace stockhand::auth
