#pragma once

#include "run/runplan.h"
#include "run/runreportwriter.h"
#include "run/statementoutcome.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace Weir {

struct Cluster;
class GatewayClient;
class Secrets;
class Storage;
class LocalFlink;
class ResultStore;
class ScriptRunner;

// `weir run FILE [--target NAME | --gateway URL] [--var k=v]... [--max-rows N]
//           [--format table|changelog|csv|jsonl] [--timeout S] [--keep-going] [--data-dir DIR]`
// runs a script with the GUI's core (RunPlan, ScriptRunner, ResultStore) and prints every
// statement's outcome (RunReportWriter). --target local starts the Local target when none is
// running and stops it afterwards (the Flink of Preferences, else FLINK_HOME, else
// scripts/fetch-flink's newest); --target NAME uses a cluster of the workspace in --data-dir
// (with its authentication and TLS; the secret from the system keychain). The workspace's global
// variables apply as in the studio, --var overrides them.
// Queries stop at --max-rows (default 1000) changes. Exit code: 0 fine, 1 a statement failed
// (each failure printed as FILE:LINE:COL: error: MESSAGE on stderr) or the timeout hit, 2 usage
// error or unreadable file, -1 when arguments[1] is not "run". Creates a QCoreApplication when
// none exists and runs its event loop (main thread).
int runRunCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The asynchronous body of `weir run`: target, run, output, clean-up; exits the application's
// event loop with the exit code. Main thread.
class RunCommand : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString file;
        QString target;
        QString gatewayUrl;
        QMap<QString, QString> variables;
        int maxRows = 1000;
        RunReportWriter::Format format = RunReportWriter::Format::Table;
        int timeoutSeconds = 0; // 0: none
        bool keepGoing = false;
        QString dataDir;
    };

    // Parses arguments[2...]; nullopt with *error set on a usage error.
    static std::optional<Options> parse(const QStringList &arguments, QString *error);

    RunCommand(const Options &options, QTextStream &out, QTextStream &err);
    ~RunCommand() override;

    void start();

private:
    void startLocal();
    void startOwnLocal();
    QString preferredFlinkHome();
    // `cluster` (with its `secret`) gives auth and TLS; null for a bare URL.
    void connectGateway(const QUrl &url, bool fallBackToOwnLocal, const Cluster *cluster = nullptr,
                        const QString &secret = QString());
    void connectCluster(const Cluster &cluster);
    // The workspace's global variables (secrets from the keychain), as a run from the studio
    // has them; --var values win.
    void loadVariables();
    Storage *workspace();
    void runScript();
    void onFinished(const StatementOutcome &outcome);
    void fail(const QString &message);
    void finish(int exitCode);
    void exitNow();

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    RunReportWriter m_writer;
    QString m_script;
    std::unique_ptr<Storage> m_storage;
    bool m_storageTried = false;
    Secrets *m_secrets = nullptr;
    QMap<QString, RunPlan::Variable> m_variables;
    std::unique_ptr<LocalFlink> m_local;
    bool m_startedLocal = false;
    QPointer<GatewayClient> m_client;
    QPointer<ScriptRunner> m_runner;
    QHash<int, ResultStore *> m_stores;
    QHash<int, int> m_scriptIndex; // plan index → index among the script's statements
    bool m_failed = false;
    bool m_timedOut = false;
    bool m_finishing = false;
    int m_exitCode = 0;
};

} // namespace Weir
