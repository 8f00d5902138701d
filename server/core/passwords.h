// Supervisors' and admins' passwords: PBKDF2-HMAC-SHA256 with 600,000 iterations by default (OWASP's
// 2023 figure for this function), a 16-byte random salt, a 32-byte hash. Verified on the server only:
// the verifier never reaches a device (docs/security.md). OpenSSL computes it (about 0.2 s here; the
// PIN code of core/auth would take seconds for the same work).
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace stockhand::server {

constexpr int kMinPasswordLength = 10;

struct PasswordHash
{
    QByteArray hash;
    QByteArray salt;
    int iterations = 0;
};

// user.weak-password when shorter than kMinPasswordLength characters or all digits.
Status checkPasswordStrength(const QString &password);
PasswordHash hashPassword(const QString &password, int iterations);
// Constant-time comparison; false for an empty verifier.
bool verifyPassword(const QString &password, const PasswordHash &stored);

} // namespace stockhand::server
