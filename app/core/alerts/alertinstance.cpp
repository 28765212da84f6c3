#include "alertinstance.h"

#include <QJsonArray>

namespace Weir {

namespace {

struct KindName
{
    AlertInstance::Kind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {AlertInstance::Kind::DingTalk, "dingtalk"}, {AlertInstance::Kind::WeCom, "wecom"},
    {AlertInstance::Kind::Feishu, "feishu"},     {AlertInstance::Kind::Http, "http"},
    {AlertInstance::Kind::Email, "email"},       {AlertInstance::Kind::Desktop, "desktop"},
};

} // namespace

QString AlertInstance::kindName(Kind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return QString();
}

bool AlertInstance::kindFromName(const QString &name, Kind *kind)
{
    for (const KindName &entry : kKindNames) {
        if (name == QLatin1String(entry.name)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

QJsonObject AlertInstance::sampleSettings(Kind kind)
{
    switch (kind) {
    case Kind::DingTalk:
        return {{QStringLiteral("webhook"),
                 QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=")},
                {QStringLiteral("atMobiles"), QJsonArray()},
                {QStringLiteral("atAll"), false}};
    case Kind::WeCom:
        return {{QStringLiteral("webhook"),
                 QStringLiteral("https://qyapi.weixin.qq.com/cgi-bin/webhook/send")}};
    case Kind::Feishu:
        return {{QStringLiteral("webhook"),
                 QStringLiteral("https://open.feishu.cn/open-apis/bot/v2/hook/")}};
    case Kind::Http:
        return {{QStringLiteral("url"), QStringLiteral("https://")},
                {QStringLiteral("method"), QStringLiteral("POST")},
                {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Authorization"),
                                                         QStringLiteral("Bearer ${secret}")}}},
                {QStringLiteral("body"), QStringLiteral("")}};
    case Kind::Email:
        return {{QStringLiteral("host"), QStringLiteral("smtp.example.com")},
                {QStringLiteral("port"), 587},
                {QStringLiteral("security"), QStringLiteral("starttls")},
                {QStringLiteral("user"), QStringLiteral("")},
                {QStringLiteral("from"), QStringLiteral("")},
                {QStringLiteral("to"), QJsonArray()}};
    case Kind::Desktop:
        return {};
    }
    return {};
}

} // namespace Weir
