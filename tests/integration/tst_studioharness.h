#pragma once

// A studio (the real MainWindow through Studio) on a fresh workspace whose one FlinkSQL script
// targets the fixture's cluster. Shared by the studio-level integration tests. Header-only; test
// thread.

#include "flinkfixture.h"
#include "mainwindow.h"
#include "run/executionsettings.h"
#include "scripttabs.h"
#include "sqleditor.h"
#include "store/storage.h"
#include "studio.h"
#include "workspace/workspacepaths.h"

#include <QTemporaryDir>
#include <QTest>

namespace Weir::Test {

// The test job of tst_jobharness.h (a keyed count over datagen into blackhole) as a script that
// can run again in the same session.
inline QString testJobScript()
{
    return QStringLiteral(
        "CREATE TABLE IF NOT EXISTS src (id BIGINT, k INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts "
        "- INTERVAL '1' SECOND)\n"
        "  WITH ('connector'='datagen', 'rows-per-second'='20', 'fields.k.min'='0', "
        "'fields.k.max'='9');\n"
        "CREATE TABLE IF NOT EXISTS snk (k INT, c BIGINT) WITH ('connector'='blackhole');\n"
        "INSERT INTO snk SELECT k, COUNT(*) FROM src GROUP BY k;\n");
}

// A workspace holding one FlinkSQL script whose target is the fixture (a cluster "Fixture" with
// its gateway and JobManager); returns the script's id, 0 if it could not be made.
inline qint64 makeFixtureWorkspace(const QString &dir, const FlinkFixture &fixture,
                                   const QString &name, const QString &text)
{
    auto storage = Storage::open(WorkspacePaths(dir));
    if (!storage)
        return 0;
    Cluster cluster;
    cluster.name = QStringLiteral("Fixture");
    cluster.gatewayUrl = fixture.gatewayUrl().toString();
    cluster.jobManagerUrl = fixture.jobManagerUrl().toString();
    const Result<Cluster> added = storage.value()->clusters().add(cluster);
    const Result<Script> created =
        storage.value()->scripts().create(0, name, ScriptType::FlinkSql, text);
    if (!added || !created)
        return 0;
    ExecutionSettings settings;
    settings.clusterId = added->id;
    return storage.value()->scripts().setSettings(created->id, settings.toJson()) ? created->id : 0;
}

// A studio on a fresh workspace whose one script targets the fixture, opened in an editor tab.
class StudioOnFixture
{
public:
    StudioOnFixture(const FlinkFixture &fixture, const QString &name, const QString &text)
        : m_scriptId(makeFixtureWorkspace(m_dir.path(), fixture, name, text)),
          m_studio(m_dir.path())
    {}
    // False if the workspace, the window or the tab could not be made.
    bool open()
    {
        if (!m_scriptId || !m_studio.start() || !window()->scriptTabs()->openScript(m_scriptId))
            return false;
        editor()->setFocus();
        return true;
    }
    // Ctrl+Enter (the statement at the caret) or Ctrl+Shift+Enter (the whole script).
    void run(bool wholeScript)
    {
        QTest::keyClick(editor(), Qt::Key_Return,
                        wholeScript ? Qt::ControlModifier | Qt::ShiftModifier
                                    : Qt::ControlModifier);
    }
    qint64 scriptId() const { return m_scriptId; }
    Studio &studio() { return m_studio; }
    MainWindow *window() const { return m_studio.window(); }
    SqlEditor *editor() const { return window()->scriptTabs()->editorFor(m_scriptId); }

private:
    QTemporaryDir m_dir;
    qint64 m_scriptId;
    Studio m_studio;
};

} // namespace Weir::Test
