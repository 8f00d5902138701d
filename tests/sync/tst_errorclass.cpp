#include "errorclass.h"

#include <QTest>

using namespace stockhand::sync;

namespace {
Reply reply(int error, int status, RequestKind request = RequestKind::Other)
{
    Reply r;
    r.request = request;
    r.error = QNetworkReply::NetworkError(error);
    r.httpStatus = status;
    return r;
}
const QString kA = QStringLiteral("0190c0de-0000-7000-8000-00000000000a");
const QString kB = QStringLiteral("0190c0de-0000-7000-8000-00000000000b");
} // namespace

Q_DECLARE_METATYPE(stockhand::sync::Reply)

class TestErrorClass : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("ok") << int(QNetworkReply::NoError) << 200 << int(Decision::Proceed);
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << int(Decision::RetryLater);
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << 0 << int(Decision::RetryLater);
        QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError) << 0 << int(Decision::RetryLater);
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0 << int(Decision::RetryLater);
        QTest::newRow("401") << int(QNetworkReply::AuthenticationRequiredError) << 401 << int(Decision::Reenrol);
        QTest::newRow("403") << int(QNetworkReply::ContentAccessDenied) << 403 << int(Decision::Fatal);
        QTest::newRow("400") << int(QNetworkReply::ProtocolInvalidOperationError) << 400 << int(Decision::Fatal);
        QTest::newRow("404") << int(QNetworkReply::ContentNotFoundError) << 404 << int(Decision::Fatal);
        QTest::newRow("408") << int(QNetworkReply::UnknownContentError) << 408 << int(Decision::RetryLater);
        QTest::newRow("429") << int(QNetworkReply::UnknownContentError) << 429 << int(Decision::RetryLater);
        QTest::newRow("500") << int(QNetworkReply::InternalServerError) << 500 << int(Decision::RetryLater);
        QTest::newRow("503") << int(QNetworkReply::ServiceUnavailableError) << 503 << int(Decision::RetryLater);
    }
    void classify()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(int, expected);
        QCOMPARE(int(stockhand::sync::classify(reply(error, status))), expected);
    }

    // The decisions that depend on what was asked and on the server's error body.
    void decisions_data()
    {
        QTest::addColumn<Reply>("reply");
        QTest::addColumn<int>("expected");
        Reply r = reply(QNetworkReply::ProtocolInvalidOperationError, 400, RequestKind::Push);
        r.batch = {kA, kB};
        QTest::newRow("push 400, batch of two: shrink") << r << int(Decision::ShrinkBatch);
        r.httpStatus = 413;
        QTest::newRow("push 413, batch of two: shrink") << r << int(Decision::ShrinkBatch);
        r.httpStatus = 400;
        r.batch = {kA};
        QTest::newRow("push 400, batch of one: set aside") << r << int(Decision::SetAsideOne);
        r = reply(QNetworkReply::ContentAccessDenied, 403, RequestKind::Push);
        r.code = QStringLiteral("role.forbidden");
        r.batch = {kA, kB};
        r.operation = kB;
        QTest::newRow("push 403 naming an op of the batch") << r << int(Decision::SetAsideOne);
        r.batch = {kA};
        QTest::newRow("push 403 naming an op not sent") << r << int(Decision::Fatal);
        r.operation = QString();
        QTest::newRow("push 403 naming nothing") << r << int(Decision::Fatal);
        QTest::newRow("feed 409: resync")
            << reply(QNetworkReply::ContentConflictError, 409, RequestKind::Feed) << int(Decision::Resync);
        QTest::newRow("push 409") << reply(QNetworkReply::ContentConflictError, 409, RequestKind::Push)
                                  << int(Decision::Fatal);
        QTest::newRow("feed 400") << reply(QNetworkReply::ProtocolInvalidOperationError, 400, RequestKind::Feed)
                                  << int(Decision::Fatal);
        QTest::newRow("page of another epoch: resync")
            << Reply::local(RequestKind::Feed, QStringLiteral("feed.epoch-changed"), QString())
            << int(Decision::Resync);
        QTest::newRow("page cut short") << Reply::local(RequestKind::Feed, QStringLiteral("feed.truncated"), QString())
                                        << int(Decision::RetryLater);
        QTest::newRow("store busy") << Reply::local(RequestKind::Push, QStringLiteral("sqlite.busy"), QString())
                                    << int(Decision::RetryLater);
        QTest::newRow("push 500") << reply(QNetworkReply::InternalServerError, 500, RequestKind::Push)
                                  << int(Decision::RetryLater);
        QTest::newRow("feed 401") << reply(QNetworkReply::AuthenticationRequiredError, 401, RequestKind::Feed)
                                  << int(Decision::Reenrol);
    }
    void decisions()
    {
        QFETCH(Reply, reply);
        QFETCH(int, expected);
        QCOMPARE(decisionName(stockhand::sync::classify(reply)), decisionName(Decision(expected)));
    }
};

QTEST_GUILESS_MAIN(TestErrorClass)
#include "tst_errorclass.moc"
