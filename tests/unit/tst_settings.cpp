// Settings: the typed table of keys, the repository round trip of every type, changed().

#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/storage.h"
#include "workspace/workspacepaths.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Weir;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;

    void reopen()
    {
        m_storage.reset();
        auto opened = Storage::open(WorkspacePaths(m_dir->path()));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_storage = std::move(opened.value());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        reopen();
    }

    void cleanup()
    {
        m_storage.reset();
        m_dir.reset();
    }

    void keyTable()
    {
        const QList<SettingInfo> all = SettingKeys::all();
        QCOMPARE(all.size(), 14);
        QSet<QString> keys;
        for (const SettingInfo &info : all) {
            QVERIFY(info.key && *info.key);
            QVERIFY2(info.label && *info.label, info.key);
            QVERIFY2(info.type.isValid(), info.key);
            QCOMPARE(info.defaultValue.metaType(), info.type);
            keys.insert(QString::fromLatin1(info.key));
        }
        QCOMPARE(keys.size(), all.size());

        Settings settings(m_storage->settings());
        QCOMPARE(settings.get(SettingKeys::editorFontFamily), QStringLiteral("Monospace"));
        QCOMPARE(settings.get(SettingKeys::editorFontSize), 11);
        QCOMPARE(settings.get(SettingKeys::theme), QStringLiteral("light"));
        QVERIFY(SettingKeys::themeChoices().contains(settings.get(SettingKeys::theme)));
        QCOMPARE(settings.get(SettingKeys::language), QStringLiteral("system"));
        QVERIFY(SettingKeys::languageChoices().contains(QStringLiteral("zh_CN")));
        QVERIFY(settings.get(SettingKeys::flinkHome).isEmpty());
        QCOMPARE(settings.get(SettingKeys::jobsPollIntervalSeconds), 5);
        QCOMPARE(settings.get(SettingKeys::requestTimeoutSeconds), 30);
        QCOMPARE(settings.get(SettingKeys::requestRetries), 2);
        QCOMPARE(settings.get(SettingKeys::journalDelayMs), 300);
        QVERIFY(settings.get(SettingKeys::mainWindowGeometry).isEmpty());
        QVERIFY(settings.get(SettingKeys::openScriptIds).isEmpty());
        QCOMPARE(settings.get(SettingKeys::currentScriptId), qint64(0));
        QCOMPARE(Settings::label(SettingKeys::theme.label), QStringLiteral("Theme"));
    }

    void repositoryRoundTrip_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addRow("bool true") << QVariant(true);
        QTest::addRow("bool false") << QVariant(false);
        QTest::addRow("int") << QVariant(-42);
        QTest::addRow("qint64") << QVariant(Q_INT64_C(9007199254740993)); // 2^53 + 1: not a double
        QTest::addRow("double") << QVariant(0.1 + 0.2);
        QTest::addRow("string") << QVariant(QStringLiteral("漢字 and tabs\t"));
        QTest::addRow("empty string") << QVariant(QStringLiteral(""));
        QTest::addRow("bytes") << QVariant(QByteArray("\x00\x01\xff geometry", 13));
        QTest::addRow("empty bytes") << QVariant(QByteArray());
        QTest::addRow("string list")
            << QVariant(QStringList{QStringLiteral("a,b"), QStringLiteral("\"c\"")});
        QTest::addRow("id list") << QVariant::fromValue(
            QList<qint64>{3, Q_INT64_C(9007199254740993), -1});
        QTest::addRow("datetime") << QVariant(
            QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123), Qt::UTC));
        QTest::addRow("json object")
            << QVariant(QJsonObject{{QStringLiteral("k"), QJsonArray{1, 2}}});
        QTest::addRow("json array") << QVariant(QJsonArray{QStringLiteral("x"), true});
    }

    void repositoryRoundTrip()
    {
        QFETCH(QVariant, value);
        const QString key = QStringLiteral("test/value");
        QVERIFY(!m_storage->settings().value(key).isValid());
        const Status status = m_storage->settings().setValue(key, value);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        reopen(); // from the file, not from a cache
        const QVariant read = m_storage->settings().value(key);
        QVERIFY(read.isValid());
        if (value.metaType() == QMetaType::fromType<int>()) {
            QCOMPARE(read.toLongLong(), value.toLongLong()); // integers read back as qint64
        } else {
            QCOMPARE(read.metaType(), value.metaType());
            QCOMPARE(read, value);
        }

        QVERIFY(m_storage->settings().setValue(key, QVariant()).ok());
        QVERIFY(!m_storage->settings().value(key).isValid());
    }

    void unsupportedTypeIsRefused()
    {
        const Status status =
            m_storage->settings().setValue(QStringLiteral("x"), QVariant(QPointF(1, 2)));
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(QStringLiteral("QPointF")));
    }

    void typedSetAndChanged()
    {
        Settings settings(m_storage->settings());
        QSignalSpy changed(&settings, &Settings::changed);

        QVERIFY(settings.set(SettingKeys::editorFontSize, 14).ok());
        QVERIFY(settings.set(SettingKeys::theme, QStringLiteral("dark")).ok());
        QVERIFY(settings.set(SettingKeys::mainWindowGeometry, QByteArray("\x01\x02", 2)).ok());
        QVERIFY(settings.set(SettingKeys::openScriptIds, QList<qint64>{7, 3, 11}).ok());
        QVERIFY(settings.set(SettingKeys::currentScriptId, qint64(3)).ok());
        QCOMPARE(changed.size(), 5);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("editor/fontSize"));
        QCOMPARE(changed.at(1).at(0).toString(), QString::fromLatin1(SettingKeys::theme.key));

        // Writing the same value again is not a change.
        QVERIFY(settings.set(SettingKeys::editorFontSize, 14).ok());
        QCOMPARE(changed.size(), 5);

        reopen();
        Settings reread(m_storage->settings());
        QCOMPARE(reread.get(SettingKeys::editorFontSize), 14);
        QCOMPARE(reread.get(SettingKeys::theme), QStringLiteral("dark"));
        QCOMPARE(reread.get(SettingKeys::mainWindowGeometry), QByteArray("\x01\x02", 2));
        QCOMPARE(reread.get(SettingKeys::openScriptIds), (QList<qint64>{7, 3, 11}));
        QCOMPARE(reread.get(SettingKeys::currentScriptId), qint64(3));
        QCOMPARE(reread.get(SettingKeys::editorFontFamily), QStringLiteral("Monospace"));

        QSignalSpy rereadChanged(&reread, &Settings::changed);
        QVERIFY(reread.reset(SettingKeys::editorFontSize).ok());
        QCOMPARE(reread.get(SettingKeys::editorFontSize), 11);
        QCOMPARE(rereadChanged.size(), 1);
        QVERIFY(!m_storage->settings()
                     .value(QString::fromLatin1(SettingKeys::editorFontSize.key))
                     .isValid());
    }

    void wrongStoredTypeFallsBackToDefault()
    {
        const QString key = QString::fromLatin1(SettingKeys::editorFontSize.key);
        QVERIFY(m_storage->settings().setValue(key, QStringLiteral("large")).ok());
        Settings settings(m_storage->settings());
        // "large" does not convert to int... but QVariant's string->int conversion succeeds with 0,
        // so get() must tell a failed conversion from a real 0.
        QCOMPARE(settings.get(SettingKeys::editorFontSize), 11);
        QVERIFY(m_storage->settings().setValue(key, QStringLiteral("16")).ok());
        QCOMPARE(settings.get(SettingKeys::editorFontSize), 16);
    }

    void untypedAccessForPreferences()
    {
        Settings settings(m_storage->settings());
        const SettingInfo info = settingInfo(SettingKeys::jobsPollIntervalSeconds);
        QCOMPARE(settings.value(info).toInt(), 5);
        QVERIFY(settings.setValue(info, QVariant(QStringLiteral("9"))).ok()); // converted to int
        QCOMPARE(settings.get(SettingKeys::jobsPollIntervalSeconds), 9);
        QVERIFY(!settings.setValue(info, QVariant(QStringLiteral("soon"))).ok());
        QCOMPARE(settings.get(SettingKeys::jobsPollIntervalSeconds), 9);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
