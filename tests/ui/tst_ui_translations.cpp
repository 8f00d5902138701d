// Every text a worker reads exists in German (and every plural in English): the test runs lupdate over
// the sources of stockhand_ui into copies of ui/i18n/*.ts, so a string added in C++ or QML without
// running lupdate counts too, then reads the XML. It fails on any German message left unfinished (a new
// string nobody translated, or one lupdate brought back from "vanished" because code uses it again) and
// on an unfinished English plural, naming each one.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Unfinished
    {
        QStringList entries; // "context | source"
        int messages = 0;
    };

    // The messages of a .ts file whose translation is not finished; onlyPlurals: numerus messages only.
    static Unfinished unfinished(const QString &path, bool onlyPlurals)
    {
        Unfinished out;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return out;
        QXmlStreamReader xml(&file);
        QString context, source;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                ++out.messages;
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                const bool open = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
                if (open && (!onlyPlurals || numerus))
                    out.entries << context + QStringLiteral(" | ") + source;
            }
        }
        if (xml.hasError())
            out.entries << QStringLiteral("XML error: ") + xml.errorString();
        return out;
    }

private Q_SLOTS:
    void everyUsedTextIsTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir source(QStringLiteral(STOCKHAND_TS_DIR));
        for (const QString &name : {QStringLiteral("stockhand_de.ts"), QStringLiteral("stockhand_en.ts")})
            QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));

        // The project file lupdate reads (the sources of stockhand_ui), as the stockhand_ui_lupdate target makes it.
        const QString project = dir.filePath(QStringLiteral("project.json"));
        QProcess generate;
        generate.start(QStringLiteral(STOCKHAND_CMAKE),
            {QStringLiteral("-DIN_FILE=" STOCKHAND_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + project,
                QStringLiteral("-P"), QStringLiteral(STOCKHAND_LUPDATE_SCRIPT)});
        QVERIFY(generate.waitForFinished(60000));
        QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());

        QProcess lupdate;
        lupdate.start(QStringLiteral(STOCKHAND_LUPDATE),
            {QStringLiteral("-project"), project, QStringLiteral("-ts"),
                dir.filePath(QStringLiteral("stockhand_de.ts")), dir.filePath(QStringLiteral("stockhand_en.ts")),
                QStringLiteral("-no-obsolete")});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const Unfinished de = unfinished(dir.filePath(QStringLiteral("stockhand_de.ts")), false);
        const Unfinished en = unfinished(dir.filePath(QStringLiteral("stockhand_en.ts")), true);
        QVERIFY(de.messages > 500); // lupdate found the sources
        QCOMPARE(en.messages, de.messages);
        QVERIFY2(de.entries.isEmpty(),
            qPrintable(QStringLiteral("German not translated (run the stockhand_ui_lupdate target, then translate):\n")
                + de.entries.join(u'\n')));
        QVERIFY2(en.entries.isEmpty(),
            qPrintable(QStringLiteral("English plural forms missing:\n") + en.entries.join(u'\n')));
    }

    // The check itself finds an unfinished entry (it is not vacuous).
    void anUnfinishedEntryIsFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.ts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE TS><TS version=\"2.1\" language=\"de_DE\">"
                   "<context><name>Page</name><message><source>Done</source><translation>Fertig</translation></message>"
                   "<message><source>New</source><translation type=\"unfinished\"></translation></message>"
                   "<message numerus=\"yes\"><source>%n line(s)</source><translation type=\"unfinished\">"
                   "<numerusform></numerusform></translation></message></context></TS>");
        file.close();
        const Unfinished all = unfinished(path, false);
        QCOMPARE(all.messages, 3);
        QCOMPARE(all.entries, (QStringList {QStringLiteral("Page | New"), QStringLiteral("Page | %n line(s)")}));
        QCOMPARE(unfinished(path, true).entries, QStringList {QStringLiteral("Page | %n line(s)")});
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_ui_translations.moc"
