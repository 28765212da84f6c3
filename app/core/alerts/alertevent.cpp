#include "alertevent.h"

namespace Weir {

namespace {

struct RuleName
{
    AlertEvent::Rule rule;
    const char *name;
};

constexpr RuleName kRuleNames[] = {
    {AlertEvent::Rule::JobFailed, "job_failed"},
    {AlertEvent::Rule::JobRestarting, "job_restarting"},
    {AlertEvent::Rule::CheckpointFailed, "checkpoint_failed"},
    {AlertEvent::Rule::StreamingFinished, "streaming_finished"},
    {AlertEvent::Rule::ClusterUnreachable, "cluster_unreachable"},
};

} // namespace

QString AlertEvent::ruleName(Rule rule)
{
    for (const RuleName &entry : kRuleNames) {
        if (entry.rule == rule)
            return QLatin1String(entry.name);
    }
    return QString();
}

bool AlertEvent::ruleFromName(const QString &name, Rule *rule)
{
    for (const RuleName &entry : kRuleNames) {
        if (name == QLatin1String(entry.name)) {
            *rule = entry.rule;
            return true;
        }
    }
    return false;
}

} // namespace Weir
