// Every network failure is classified in ONE place (STYLE.md: ownCloud classifyError).
#pragma once

#include <QNetworkReply>

namespace stockhand::sync {

enum class FailureClass {
    None, // success
    RetryLater, // network down, timeout, 5xx, 429: back off and try again; nothing is lost
    Reauthenticate, // 401: the device token is missing, expired or revoked
    Fatal, // 4xx other than 401/408/429: the request itself is wrong; retrying cannot help
};

FailureClass classifyFailure(QNetworkReply::NetworkError error, int httpStatus);
const char *failureClassName(FailureClass c);

} // namespace stockhand::sync
