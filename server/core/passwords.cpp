#include "passwords.h"

#include <QRandomGenerator>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>

namespace stockhand::server {

namespace {

QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations, int length)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(length, '\0');
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
            int(salt.size()), iterations, EVP_sha256(), length, reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return QByteArray();
    return out;
}

} // namespace

Status checkPasswordStrength(const QString &password)
{
    if (password.size() < kMinPasswordLength
        || std::all_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); }))
        return makeError("user.weak-password",
            QStringLiteral("A password has at least %1 characters and is not only digits.").arg(kMinPasswordLength));
    return {};
}

PasswordHash hashPassword(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(salt.data()), reinterpret_cast<quint32 *>(salt.data() + salt.size()));
    return PasswordHash {pbkdf2(password, salt, iterations, 32), salt, iterations};
}

bool verifyPassword(const QString &password, const PasswordHash &stored)
{
    if (stored.hash.isEmpty() || stored.iterations < 1)
        return false;
    const QByteArray candidate = pbkdf2(password, stored.salt, stored.iterations, int(stored.hash.size()));
    return candidate.size() == stored.hash.size()
        && CRYPTO_memcmp(candidate.constData(), stored.hash.constData(), size_t(candidate.size())) == 0;
}

} // namespace stockhand::server
