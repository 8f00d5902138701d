// Runs the fuzz entry over a deterministic corpus: every scan of the GS1 tables, plus 200,000 mutations of
// them from a fixed seed. Part of every CI run (and of the ASan build), unlike the libFuzzer target.
#include "fuzzentry.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

    QList<QByteArray> m_seeds;

    static QByteArray mutate(QByteArray s, QRandomGenerator &rng, const QList<QByteArray> &seeds)
    {
        static const QByteArray interesting = QByteArrayLiteral("0123456789()]/\x1d?=&%#CEdQe01710213730");
        const int steps = 1 + int(rng.bounded(4));
        for (int i = 0; i < steps; ++i) {
            const int pos = s.isEmpty() ? 0 : int(rng.bounded(int(s.size()) + 1));
            switch (rng.bounded(7)) {
            case 0: // replace a byte with anything
                if (!s.isEmpty())
                    s[qMin(pos, int(s.size()) - 1)] = char(rng.bounded(256));
                break;
            case 1: // insert an interesting byte
                s.insert(pos, interesting.at(int(rng.bounded(int(interesting.size())))));
                break;
            case 2: // delete a run
                s.remove(pos, int(rng.bounded(4)) + 1);
                break;
            case 3: // duplicate a chunk
                s.insert(pos, s.mid(pos, int(rng.bounded(12))));
                break;
            case 4: // splice with another seed
                s = s.left(pos) + seeds.at(int(rng.bounded(int(seeds.size())))).mid(int(rng.bounded(20)));
                break;
            case 5: // truncate
                s.truncate(pos);
                break;
            default: // change a digit
                for (int k = pos; k < s.size(); ++k) {
                    if (s[k] >= '0' && s[k] <= '9') {
                        s[k] = char('0' + rng.bounded(10));
                        break;
                    }
                }
                break;
            }
        }
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The scan column of both tables: gs1_examples.tsv (first) and gs1_conformance.tsv (third).
        for (const auto &[name, column] : {std::pair {"gs1_examples.tsv", 0}, std::pair {"gs1_conformance.tsv", 2}}) {
            QFile file(QStringLiteral(SCAN_TEST_DIR "/data/") + QLatin1String(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            while (!file.atEnd()) {
                const QByteArray line = file.readLine().chopped(1);
                if (line.isEmpty() || line.startsWith('#'))
                    continue;
                m_seeds.append(line.split('\t').value(column).replace("<GS>", "\x1d"));
            }
        }
        QVERIFY(m_seeds.size() > 1000);
    }

    void seeds()
    {
        for (const QByteArray &s : std::as_const(m_seeds)) {
            const QString failure
                = scanfuzz::interpretOnce(reinterpret_cast<const uint8_t *>(s.constData()), size_t(s.size()));
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
    }

    void mutations()
    {
        QRandomGenerator rng(20261126);
        const int count = qEnvironmentVariableIntValue("STOCKHAND_FUZZ_MUTATIONS") > 0
            ? qEnvironmentVariableIntValue("STOCKHAND_FUZZ_MUTATIONS")
            : 200000;
        for (int i = 0; i < count; ++i) {
            const QByteArray input = mutate(m_seeds.at(int(rng.bounded(int(m_seeds.size())))), rng, m_seeds);
            const QString failure
                = scanfuzz::interpretOnce(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
            if (!failure.isEmpty())
                QFAIL(qPrintable(u"mutation %1: %2"_s.arg(i).arg(failure)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
