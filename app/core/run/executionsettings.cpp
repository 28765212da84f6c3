#include "executionsettings.h"

#include <QJsonArray>

#include <iterator>

namespace Weir {

namespace {

const QLatin1String kCluster("clusterId");
const QLatin1String kParallelism("parallelism");
const QLatin1String kRuntimeMode("runtimeMode");
const QLatin1String kStatementSet("statementSet");
const QLatin1String kGlobalVariables("globalVariables");
const QLatin1String kEnvironmentScript("environmentScriptId");
const QLatin1String kExtraOptions("extraOptions");
const QLatin1String kPreview("preview");
const QLatin1String kChangelog("changelog");
const QLatin1String kMaxRows("maxRows");
const QLatin1String kAutoStop("autoStopAtMaxRows");
const QLatin1String kSavepointPath("savepointPath");
const QLatin1String kAlertGroup("alertGroupId");
const QLatin1String kSavepointStrategy("savepointStrategy");
const QLatin1String kClaimMode("claimMode");

// Stored names of the strategies, in the enum's order.
const QLatin1String kStrategyNames[] = {QLatin1String("none"), QLatin1String("latest"),
                                        QLatin1String("earliest"), QLatin1String("chosen"),
                                        QLatin1String("latestCheckpoint")};

bool readBool(const QJsonObject &json, QLatin1String key, bool fallback)
{
    const QJsonValue v = json.value(key);
    return v.isBool() ? v.toBool() : fallback;
}

qint64 readInt(const QJsonObject &json, QLatin1String key, qint64 fallback, qint64 min, qint64 max)
{
    const QJsonValue v = json.value(key);
    if (!v.isDouble())
        return fallback;
    return qBound(min, v.toInteger(fallback), max);
}

} // namespace

QJsonObject ExecutionSettings::toJson() const
{
    QJsonArray options;
    for (const auto &[key, value] : extraOptions)
        options.append(QJsonArray{key, value});
    return QJsonObject{
        {kCluster, clusterId},
        {kParallelism, parallelism},
        {kRuntimeMode, runtimeMode == RuntimeMode::Batch ? QStringLiteral("batch")
                                                         : QStringLiteral("streaming")},
        {kStatementSet, statementSet},
        {kGlobalVariables, globalVariables},
        {kEnvironmentScript, environmentScriptId},
        {kExtraOptions, options},
        {kPreview, preview},
        {kChangelog, changelog},
        {kMaxRows, maxRows},
        {kAutoStop, autoStopAtMaxRows},
        {kSavepointStrategy, kStrategyNames[int(savepointStrategy)]},
        {kSavepointPath, savepointPath},
        {kClaimMode, claimModeName(claimMode)},
        {kAlertGroup, alertGroupId},
    };
}

ExecutionSettings ExecutionSettings::fromJson(const QJsonObject &json)
{
    ExecutionSettings s;
    s.clusterId = readInt(json, kCluster, s.clusterId, 0, std::numeric_limits<qint64>::max());
    s.parallelism = int(readInt(json, kParallelism, s.parallelism, 1, 100000));
    s.runtimeMode = json.value(kRuntimeMode).toString() == QLatin1String("batch")
                        ? RuntimeMode::Batch
                        : RuntimeMode::Streaming;
    s.statementSet = readBool(json, kStatementSet, s.statementSet);
    s.globalVariables = readBool(json, kGlobalVariables, s.globalVariables);
    s.environmentScriptId =
        readInt(json, kEnvironmentScript, 0, 0, std::numeric_limits<qint64>::max());
    for (const QJsonValue &pair : json.value(kExtraOptions).toArray()) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() == 2 && kv.at(0).isString() && !kv.at(0).toString().isEmpty())
            s.extraOptions.append({kv.at(0).toString(), kv.at(1).toString()});
    }
    s.preview = readBool(json, kPreview, s.preview);
    s.changelog = readBool(json, kChangelog, s.changelog);
    s.maxRows = int(readInt(json, kMaxRows, s.maxRows, 1, kMaxRowsLimit));
    s.autoStopAtMaxRows = readBool(json, kAutoStop, s.autoStopAtMaxRows);
    s.savepointPath = json.value(kSavepointPath).toString();
    // Before strategies existed a non-empty path was always restored from: it was the choice.
    const QJsonValue strategy = json.value(kSavepointStrategy);
    if (!strategy.isString() && !s.savepointPath.trimmed().isEmpty())
        s.savepointStrategy = SavepointStrategy::Chosen;
    for (int i = 0; i < int(std::size(kStrategyNames)); ++i) {
        if (strategy.toString() == kStrategyNames[i])
            s.savepointStrategy = SavepointStrategy(i);
    }
    s.claimMode = json.value(kClaimMode).toString() == claimModeName(ClaimMode::Claim) ? ClaimMode::Claim
                                                                                      : ClaimMode::NoClaim;
    s.alertGroupId = json.value(kAlertGroup).toInteger(0);
    return s;
}

QString ExecutionSettings::claimModeName(ClaimMode mode)
{
    return mode == ClaimMode::Claim ? QStringLiteral("CLAIM") : QStringLiteral("NO_CLAIM");
}

bool operator==(const ExecutionSettings &a, const ExecutionSettings &b)
{
    return a.toJson() == b.toJson();
}

} // namespace Weir
