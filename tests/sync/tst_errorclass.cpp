#include "errorclass.h"

#include <QTest>

using namespace stockhand::sync;

class TestErrorClass : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("ok") << int(QNetworkReply::NoError) << 200 << int(FailureClass::None);
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << int(FailureClass::RetryLater);
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << 0 << int(FailureClass::RetryLater);
        QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError) << 0 << int(FailureClass::RetryLater);
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0 << int(FailureClass::RetryLater);
        QTest::newRow("401") << int(QNetworkReply::AuthenticationRequiredError) << 401
                             << int(FailureClass::Reauthenticate);
        QTest::newRow("403") << int(QNetworkReply::ContentAccessDenied) << 403 << int(FailureClass::Fatal);
        QTest::newRow("400") << int(QNetworkReply::ProtocolInvalidOperationError) << 400 << int(FailureClass::Fatal);
        QTest::newRow("408") << int(QNetworkReply::UnknownContentError) << 408 << int(FailureClass::RetryLater);
        QTest::newRow("429") << int(QNetworkReply::UnknownContentError) << 429 << int(FailureClass::RetryLater);
        QTest::newRow("500") << int(QNetworkReply::InternalServerError) << 500 << int(FailureClass::RetryLater);
        QTest::newRow("503") << int(QNetworkReply::ServiceUnavailableError) << 503 << int(FailureClass::RetryLater);
    }
    void classify()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(int, expected);
        QCOMPARE(int(classifyFailure(QNetworkReply::NetworkError(error), status)), expected);
    }
};

QTEST_GUILESS_MAIN(TestErrorClass)
#include "tst_errorclass.moc"
