#include "errorclass.h"

namespace stockhand::sync {

FailureClass classifyFailure(QNetworkReply::NetworkError error, int httpStatus)
{
    if (httpStatus == 401)
        return FailureClass::Reauthenticate;
    if (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500)
        return FailureClass::RetryLater;
    if (httpStatus >= 400)
        return FailureClass::Fatal;
    if (error == QNetworkReply::NoError)
        return httpStatus == 0 || (httpStatus >= 200 && httpStatus < 300) ? FailureClass::None
                                                                          : FailureClass::RetryLater;
    // No HTTP status: the request did not get an answer (refused, reset, timeout, TLS, DNS, proxy...).
    return FailureClass::RetryLater;
}

const char *failureClassName(FailureClass c)
{
    switch (c) {
    case FailureClass::None:
        return "none";
    case FailureClass::RetryLater:
        return "retry-later";
    case FailureClass::Reauthenticate:
        return "reauthenticate";
    case FailureClass::Fatal:
        return "fatal";
    }
    return "?";
}

} // namespace stockhand::sync
