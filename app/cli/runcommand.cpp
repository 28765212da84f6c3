#include "runcommand.h"

#include "flink/clusterprobe.h"
#include "flink/flinkinstallationfinder.h"
#include "flink/gatewayclient.h"
#include "flink/localflink.h"
#include "flink/statementrun.h"
#include "results/resultstore.h"
#include "run/runplan.h"
#include "run/scriptrunner.h"
#include "run/workspacevariablesloader.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/secrets.h"
#include "store/storage.h"
#include "workspace/workspacepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Weir {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "RunCommand",
        "usage: weir run FILE [--target NAME | --gateway URL] [--var k=v]... [--max-rows N]\n"
        "                [--format table|changelog|csv|jsonl] [--timeout S] [--keep-going]\n"
        "                [--data-dir DIR]\n");
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return (end < 0 ? text : text.left(end)).trimmed();
}

} // namespace

std::optional<RunCommand::Options> RunCommand::parse(const QStringList &arguments, QString *error)
{
    Options options;
    auto value = [&](int &i, QString *out) {
        if (i + 1 >= arguments.size()) {
            *error = QCoreApplication::translate("RunCommand", "%1 needs a value").arg(arguments.at(i));
            return false;
        }
        *out = arguments.at(++i);
        return true;
    };
    for (int i = 2; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        QString v;
        bool ok = true;
        if (arg == QLatin1String("--target")) {
            ok = value(i, &options.target);
        } else if (arg == QLatin1String("--gateway")) {
            ok = value(i, &options.gatewayUrl);
        } else if (arg == QLatin1String("--data-dir")) {
            ok = value(i, &options.dataDir);
        } else if (arg == QLatin1String("--keep-going")) {
            options.keepGoing = true;
        } else if (arg == QLatin1String("--var")) {
            if (!(ok = value(i, &v)))
                break;
            const qsizetype eq = v.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                *error = QCoreApplication::translate("RunCommand", "--var needs NAME=VALUE, not “%1”").arg(v);
                return std::nullopt;
            }
            options.variables.insert(v.left(eq), v.mid(eq + 1));
        } else if (arg == QLatin1String("--max-rows") || arg == QLatin1String("--timeout")) {
            if (!(ok = value(i, &v)))
                break;
            bool number = false;
            const int n = v.toInt(&number);
            if (!number || n < (arg == QLatin1String("--timeout") ? 0 : 1)) {
                *error = QCoreApplication::translate("RunCommand", "%1 needs a positive number, not “%2”").arg(arg, v);
                return std::nullopt;
            }
            (arg == QLatin1String("--timeout") ? options.timeoutSeconds : options.maxRows) = n;
        } else if (arg == QLatin1String("--format")) {
            if (!(ok = value(i, &v)))
                break;
            const auto format = RunReportWriter::formatFromName(v);
            if (!format) {
                *error = QCoreApplication::translate("RunCommand", "unknown format “%1”").arg(v);
                return std::nullopt;
            }
            options.format = *format;
        } else if (arg.startsWith(QLatin1Char('-')) || !options.file.isEmpty()) {
            *error = QCoreApplication::translate("RunCommand", "unexpected argument “%1”").arg(arg);
            return std::nullopt;
        } else {
            options.file = arg;
        }
        if (!ok)
            return std::nullopt;
    }
    if (!error->isEmpty())
        return std::nullopt;
    if (options.file.isEmpty()) {
        *error = QCoreApplication::translate("RunCommand", "no script given");
        return std::nullopt;
    }
    if (options.target.isEmpty() == options.gatewayUrl.isEmpty()) {
        *error = QCoreApplication::translate("RunCommand", "give exactly one of --target NAME and --gateway URL");
        return std::nullopt;
    }
    return options;
}

int runRunCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("run"))
        return -1;
    QString error;
    const std::optional<RunCommand::Options> options = RunCommand::parse(arguments, &error);
    if (!options) {
        err << "weir run: " << error << '\n' << usage();
        err.flush();
        return 2;
    }
    QFile file(options->file);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "weir: " << QCoreApplication::translate("RunCommand", "cannot read %1: %2")
                                 .arg(options->file, file.errorString())
            << '\n';
        err.flush();
        return 2;
    }
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "weir";
        static char *argv[] = {name, nullptr};
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    RunCommand command(*options, out, err);
    QTimer::singleShot(0, &command, &RunCommand::start);
    return QCoreApplication::exec();
}

RunCommand::RunCommand(const Options &options, QTextStream &out, QTextStream &err)
    : m_options(options), m_out(out), m_err(err), m_writer(options.format, out)
{
}

RunCommand::~RunCommand() = default;

void RunCommand::start()
{
    QFile file(m_options.file);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("cannot read %1: %2").arg(m_options.file, file.errorString()));
        return;
    }
    m_script = QString::fromUtf8(file.readAll());
    if (m_options.timeoutSeconds > 0) {
        QTimer::singleShot(m_options.timeoutSeconds * 1000, this, [this] {
            m_timedOut = true;
            m_err << m_options.file << ": error: "
                  << tr("timed out after %1 s").arg(m_options.timeoutSeconds) << '\n';
            m_err.flush();
            if (m_runner && m_runner->isRunning())
                m_runner->stop();
            else
                finish(1);
        });
    }
    if (!m_options.gatewayUrl.isEmpty()) {
        connectGateway(QUrl(m_options.gatewayUrl), false);
        return;
    }
    if (m_options.target.compare(QLatin1String("local"), Qt::CaseInsensitive) == 0) {
        startLocal();
        return;
    }
    const WorkspacePaths paths(m_options.dataDir);
    auto storage = Storage::open(paths);
    if (!storage) {
        fail(tr("cannot open the workspace in %1: %2").arg(paths.dataDir(), storage.error()));
        return;
    }
    m_storage = std::move(storage.value());
    m_storageTried = true;
    for (const Cluster &cluster : m_storage->clusters().all()) {
        if (cluster.name != m_options.target)
            continue;
        if (cluster.isLocal)
            startLocal();
        else
            connectCluster(cluster);
        return;
    }
    fail(tr("no target named “%1” in the workspace %2").arg(m_options.target, paths.dataDir()));
}

void RunCommand::connectCluster(const Cluster &cluster)
{
    if (cluster.authKind != QLatin1String("basic") && cluster.authKind != QLatin1String("bearer")) {
        connectGateway(QUrl(cluster.gatewayUrl), false, &cluster);
        return;
    }
    if (!m_secrets)
        m_secrets = new Secrets(this);
    const QString key = cluster.secretRef.isEmpty() ? Secrets::clusterKey(cluster.id) : cluster.secretRef;
    m_secrets->read(key, [this, cluster](const Result<QString> &secret) {
        if (!secret) {
            fail(tr("the password or token of “%1”: %2").arg(cluster.name, secret.error()));
            return;
        }
        connectGateway(QUrl(cluster.gatewayUrl), false, &cluster, secret.value());
    });
}

Storage *RunCommand::workspace()
{
    // Opened for variables only when it exists: a run does not create a workspace.
    if (!m_storageTried) {
        m_storageTried = true;
        const WorkspacePaths paths(m_options.dataDir);
        if (QFileInfo::exists(paths.databaseFile())) {
            if (auto storage = Storage::open(paths))
                m_storage = std::move(storage.value());
        }
    }
    return m_storage.get();
}

void RunCommand::loadVariables()
{
    Storage *storage = workspace();
    if (!storage || storage->variables().all().isEmpty()) {
        runScript();
        return;
    }
    if (!m_secrets)
        m_secrets = new Secrets(this);
    WorkspaceVariablesLoader::load(storage->variables(), *m_secrets,
                                   [this](const Result<WorkspaceVariablesLoader::Variables> &variables) {
        if (!variables) {
            fail(tr("global variables: %1").arg(variables.error()));
            return;
        }
        m_variables = variables.value();
        runScript();
    });
}

void RunCommand::startLocal()
{
    // A Local target the studio (or another run) keeps running is used as it is.
    const QString workDir = WorkspacePaths(m_options.dataDir).localFlinkDir();
    QFile status(LocalFlink::statusFile(workDir));
    if (status.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(status.readAll()).object();
        const QString gateway = json.value(QLatin1String("gateway")).toString();
        if (json.value(QLatin1String("state")).toString() == QLatin1String("running") &&
            !gateway.isEmpty()) {
            connectGateway(QUrl(gateway), true);
            return;
        }
    }
    startOwnLocal();
}

QString RunCommand::preferredFlinkHome()
{
    // The Flink installation chosen in Preferences, as the studio's Local target uses it.
    Storage *storage = workspace();
    return storage ? Settings(storage->settings()).get(SettingKeys::flinkHome) : QString();
}

void RunCommand::startOwnLocal()
{
    const QString preferred = preferredFlinkHome();
    const std::optional<FlinkInstallation> installation = FlinkInstallationFinder::find(preferred);
    if (!installation) {
        // Name every place: the candidates tried, FLINK_HOME and the fetch cache.
        QStringList places = FlinkInstallationFinder::candidates(preferred);
        if (!preferred.isEmpty())
            places.replace(0, tr("%1 (Preferences)").arg(preferred));
        const QString flinkHome = qEnvironmentVariable("FLINK_HOME");
        if (flinkHome.isEmpty())
            places.prepend(tr("FLINK_HOME (not set)"));
        places.append(tr("%1 (scripts/fetch-flink's cache)").arg(FlinkInstallationFinder::fetchCacheRoot()));
        places.removeDuplicates();
        fail(tr("no Flink installation found for the local target; looked in: %1. Set FLINK_HOME "
                "or run scripts/fetch-flink.")
                 .arg(places.join(QStringLiteral(", "))));
        return;
    }
    m_local = std::make_unique<LocalFlink>();
    LocalFlink::Options options;
    options.workDir = QDir(WorkspacePaths(m_options.dataDir).localFlinkDir())
                          .filePath(QStringLiteral("cli-%1").arg(QCoreApplication::applicationPid()));
    connect(m_local.get(), &LocalFlink::started, this,
            [this](const QUrl &gateway) { connectGateway(gateway, false); });
    connect(m_local.get(), &LocalFlink::failed, this, [this](const QString &message) {
        m_startedLocal = false; // it tears itself down
        fail(tr("the local Flink did not start: %1").arg(message));
    });
    m_err << "-- " << tr("Starting a local Flink %1 from %2").arg(installation->version(), installation->homeDir()) << '\n';
    m_err.flush();
    const Status started = m_local->start(*installation, options);
    if (!started) {
        fail(tr("the local Flink did not start: %1").arg(started.error()));
        return;
    }
    m_startedLocal = true;
}

void RunCommand::connectGateway(const QUrl &url, bool fallBackToOwnLocal, const Cluster *cluster,
                                const QString &secret)
{
    HttpClient::Options options;
    if (cluster)
        options = ClusterProbe::options(*cluster, url, secret, options.timeoutMs);
    options.baseUrl = url;
    if (m_client)
        m_client->deleteLater();
    m_client = new GatewayClient(options, this);
    connect(m_client, &GatewayClient::negotiated, this, &RunCommand::loadVariables);
    connect(m_client, &GatewayClient::failed, this,
            [this, url, fallBackToOwnLocal](const GatewayError &error) {
                if (fallBackToOwnLocal) {
                    startOwnLocal();
                    return;
                }
                fail(tr("cannot use the SQL Gateway at %1: %2").arg(url.toString(), error.message));
            });
    m_client->negotiate();
}

void RunCommand::runScript()
{
    RunPlan::Input input;
    input.script = m_script;
    input.settings.maxRows = m_options.maxRows;
    input.settings.autoStopAtMaxRows = true;
    input.workspaceVariables = m_variables;
    for (auto it = m_options.variables.cbegin(); it != m_options.variables.cend(); ++it)
        input.workspaceVariables.insert(it.key(), {it.value(), false});
    const RunPlan plan = RunPlan::build(input);
    int scriptIndex = 0;
    for (int i = 0; i < plan.statements().size(); ++i) {
        if (plan.statements().at(i).source == PlannedStatement::Source::Script)
            m_scriptIndex.insert(i, scriptIndex++);
    }
    m_runner = new ScriptRunner(m_client, this);
    m_runner->setKeepGoing(m_options.keepGoing);
    connect(m_runner, &ScriptRunner::logged, this, [this](const QString &line) {
        m_err << "-- " << line << '\n';
        m_err.flush();
    });
    connect(m_runner, &ScriptRunner::resultStarted, this, [this](int index, StatementRun *run) {
        auto *store = new ResultStore(this);
        store->setMaxRows(m_options.maxRows);
        store->setMaxChanges(qMax(m_options.maxRows, 1'000'000));
        m_stores.insert(index, store);
        connect(run, &StatementRun::columnsReceived, store,
                [store, run](const QList<ColumnInfo> &columns) {
                    store->begin(run->generation(), columns);
                });
        connect(run, &StatementRun::rowsReceived, store,
                [store](const RowBatch &batch) { store->apply(batch); });
    });
    connect(m_runner, &ScriptRunner::statementFinished, this, &RunCommand::onFinished);
    connect(m_runner, &ScriptRunner::runFinished, this, [this](ScriptRunner::RunStatus status) {
        finish(m_failed || m_timedOut || status != ScriptRunner::RunStatus::Succeeded ? 1 : 0);
    });
    m_runner->run(plan);
}

void RunCommand::onFinished(const StatementOutcome &outcome)
{
    ResultStore *store = m_stores.take(outcome.index);
    if (outcome.status == StatementOutcome::Status::Failed) {
        m_failed = true;
        const LineColumn at = outcome.errorStart.value_or(outcome.start);
        m_err << m_options.file << ':' << at.line << ':' << at.column << ": error: "
              << firstLine(outcome.error) << '\n';
        m_err.flush();
    }
    const bool scriptStatement = outcome.index < 0 || m_scriptIndex.contains(outcome.index);
    if (scriptStatement && (outcome.status != StatementOutcome::Status::Skipped ||
                            m_options.format == RunReportWriter::Format::Jsonl))
        m_writer.write(m_scriptIndex.value(outcome.index, -1), outcome, store);
    if (store)
        store->deleteLater();
}

void RunCommand::fail(const QString &message)
{
    m_err << "weir run: " << message << '\n';
    m_err.flush();
    finish(1);
}

void RunCommand::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = exitCode;
    m_out.flush();
    if (m_runner && m_runner->session()) {
        connect(m_runner, &ScriptRunner::sessionClosed, this, &RunCommand::exitNow);
        m_runner->closeSession();
        return;
    }
    exitNow();
}

void RunCommand::exitNow()
{
    if (m_local && m_startedLocal && m_local->state() != LocalFlink::State::Idle) {
        m_startedLocal = false;
        m_err << "-- " << tr("Stopping the local Flink this run started") << '\n';
        m_err.flush();
        connect(m_local.get(), &LocalFlink::stopped, this, &RunCommand::exitNow);
        m_local->stop();
        return;
    }
    QCoreApplication::exit(m_exitCode);
}

} // namespace Weir
