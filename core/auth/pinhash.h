// PBKDF2-HMAC-SHA256 for PINs, so that devices can check a sign-in offline against hashes the server
// hands out. QtCore only (QPasswordDigestor lives in QtNetwork, which core/ may not link).
#pragma once

#include <QByteArray>
#include <QString>

namespace stockhand::auth {

constexpr int kDefaultPinIterations = 60000;

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyLength = 32);

struct PinHash
{
    QByteArray hash;
    QByteArray salt;
    int iterations = kDefaultPinIterations;
};

// salt: 16 random bytes unless given (deterministic demo data passes its own).
PinHash hashPin(const QString &pin, int iterations = kDefaultPinIterations, QByteArray salt = {});
// Constant-time comparison.
bool verifyPin(const QString &pin, const PinHash &stored);

} // namespace stockhand::auth
