// Keyboard-wedge detection with QTest key events on a real QWindow and an injected clock: scans are taken
// out of the key stream whole and in order, typing reaches the window unchanged.
#include "keyboardwedge.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace stockhand;
using namespace stockhand::scanner;

namespace {

// Stands for the focused text field: records what reaches it.
class Field : public QWindow
{
public:
    QString typed;

protected:
    void keyPressEvent(QKeyEvent *e) override { typed += (e->key() == Qt::Key_Return) ? u"\r"_s : e->text(); }
};

} // namespace

class TestWedge : public QObject
{
    Q_OBJECT

    ManualClock m_clock;

    // One key per character, `gapMs` apart on the injected clock. "\r" is Enter, "\x1d" is Ctrl+] (GS).
    void type(QWindow *w, const QString &s, qint64 gapMs)
    {
        for (QChar c : s) {
            m_clock.advanceMs(gapMs);
            if (c == u'\r')
                QTest::keyClick(w, Qt::Key_Return);
            else if (c.unicode() == 0x1d)
                QTest::sendKeyEvent(QTest::Click, w, Qt::Key_BracketRight, QString(c), Qt::ControlModifier);
            else
                QTest::keyClick(w, char(c.toLatin1()));
        }
    }

    struct Setup
    {
        Field field;
        std::unique_ptr<KeyboardWedgeFilter> filter;
        std::unique_ptr<QSignalSpy> scans;
    };

    std::unique_ptr<Setup> make(WedgeSettings settings = {})
    {
        auto s = std::make_unique<Setup>();
        s->filter = std::make_unique<KeyboardWedgeFilter>(settings, m_clock);
        s->field.installEventFilter(s->filter.get());
        s->scans = std::make_unique<QSignalSpy>(s->filter.get(), &KeyboardWedgeFilter::scanned);
        return s;
    }

    static QStringList scans(const QSignalSpy &spy)
    {
        QStringList out;
        for (const auto &args : spy)
            out << args.front().toString();
        return out;
    }

private Q_SLOTS:
    void scanWithEnterNeverReachesTheField()
    {
        auto s = make();
        type(&s->field, u"4006381333931\r"_s, 3);
        QCOMPARE(scans(*s->scans), QStringList {u"4006381333931"_s});
        QCOMPARE(s->field.typed, QString());
    }

    void typingPassesThroughInOrder()
    {
        auto s = make();
        type(&s->field, u"abc"_s, 150);
        m_clock.advanceMs(150);
        s->filter->flush();
        QCOMPARE(s->field.typed, u"abc"_s);
        QVERIFY(s->scans->isEmpty());
        type(&s->field, u"12\r"_s, 5); // a short fast burst with Enter is typing too
        QCOMPARE(s->field.typed, u"abc12\r"_s);
        QVERIFY(s->scans->isEmpty());
    }

    void twentyScansPerSecondLoseNoneAndKeepOrder()
    {
        auto s = make();
        QStringList codes;
        for (int i = 0; i < 20; ++i)
            codes << QStringLiteral("WH1/PICK/%1").arg(i, 5, 10, QChar(u'0'));
        const qint64 start = m_clock.monotonicMs();
        for (const QString &code : codes) {
            type(&s->field, code + u'\r', 2); // 15 keys, 2 ms apart
            m_clock.advanceMs(18); // then the next trigger pull
        }
        QVERIFY(m_clock.monotonicMs() - start <= 1000);
        QCOMPARE(scans(*s->scans), codes);
        QCOMPARE(s->field.typed, QString());
    }

    void typingBetweenScansStaysTyping()
    {
        auto s = make();
        type(&s->field, u"x"_s, 500);
        m_clock.advanceMs(300); // the trigger is pulled a while after the last typed key
        type(&s->field, u"LPN-000777\r"_s, 4);
        type(&s->field, u"y"_s, 500);
        m_clock.advanceMs(200);
        s->filter->flush();
        QCOMPARE(scans(*s->scans), QStringList {u"LPN-000777"_s});
        QCOMPARE(s->field.typed, u"xy"_s);
    }

    void shiftAndGroupSeparatorInsideAScan()
    {
        auto s = make();
        m_clock.advanceMs(500);
        QTest::keyPress(&s->field, Qt::Key_Shift);
        type(&s->field, u"0109506000134352\x1d"_s + u"10A12\r"_s, 2);
        QTest::keyRelease(&s->field, Qt::Key_Shift);
        QCOMPARE(scans(*s->scans), QStringList {u"0109506000134352\x1d"_s + u"10A12"_s});
        QCOMPARE(s->field.typed, QString());
    }

    void prefixMode()
    {
        WedgeSettings w;
        w.prefix = u"~"_s;
        auto s = make(w);
        type(&s->field, u"abc"_s, 5); // fast typing without the prefix is typing
        QCOMPARE(s->field.typed, u"abc"_s);
        type(&s->field, u"~ABC123\r"_s, 60); // a slow Bluetooth scanner, but prefixed
        QCOMPARE(scans(*s->scans), QStringList {u"ABC123"_s});
        QSignalSpy abandoned(s->filter.get(), &KeyboardWedgeFilter::scanAbandoned);
        type(&s->field, u"~AB"_s, 5);
        m_clock.advanceMs(400);
        s->filter->flush();
        QCOMPARE(abandoned.size(), 1);
        QCOMPARE(abandoned.front().at(0).toString(), u"AB"_s);
        QCOMPARE(s->field.typed, u"abc"_s);
    }

    void installedOnTheApplication()
    {
        Field field;
        KeyboardWedgeFilter filter({}, m_clock);
        qApp->installEventFilter(&filter);
        QSignalSpy scans(&filter, &KeyboardWedgeFilter::scanned);
        type(&field, u"LPN-000777\r"_s, 3);
        type(&field, u"q"_s, 400);
        m_clock.advanceMs(400);
        filter.flush();
        qApp->removeEventFilter(&filter);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.front().front().toString(), u"LPN-000777"_s);
        QCOMPARE(field.typed, u"q"_s);
    }

    void noSuffixEndsByTimeout()
    {
        WedgeSettings w;
        w.suffix.clear();
        auto s = make(w);
        type(&s->field, u"LPN-000777"_s, 3);
        m_clock.advanceMs(10);
        s->filter->flush(); // too early: still a burst
        QVERIFY(s->scans->isEmpty());
        m_clock.advanceMs(40);
        s->filter->flush();
        QCOMPARE(scans(*s->scans), QStringList {u"LPN-000777"_s});
        type(&s->field, u"ab"_s, 3); // shorter than minLength
        m_clock.advanceMs(50);
        s->filter->flush();
        QCOMPARE(s->field.typed, u"ab"_s);
    }
};

QTEST_MAIN(TestWedge)
#include "tst_wedge.moc"
