#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Weir {

// One configured alert destination (a DingTalk robot, an SMTP mailbox, ...): its channel and
// the channel's settings as JSON. The signing secret / key / password is never here, only the
// keychain key in secretRef. Plain value; any thread.
struct AlertInstance
{
    enum class Kind { DingTalk, WeCom, Feishu, Http, Email, Desktop };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Http;
    // Per kind (keys in AlertSettingKeys, documented on each sender):
    //   DingTalk: webhook (with access_token), atMobiles [], atAll, template
    //   WeCom:    webhook (key from the secret when it is not in the URL), template
    //   Feishu:   webhook, template
    //   Http:     url, method, headers {name: value}, body (template), contentType
    //   Email:    host, port, security (starttls|tls|none), user, from, to [], verifyTls,
    //             caCertificateFile, template
    //   Desktop:  (none)
    QJsonObject settings;
    // Keychain key of the secret (robot signing secret, WeCom key, SMTP password, HTTP token);
    // empty when the instance has none.
    QString secretRef;
    bool enabled = true;

    // Stored names: "dingtalk", "wecom", "feishu", "http", "email", "desktop".
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
    // Settings to start a new instance of `kind` from (the keys each sender reads).
    static QJsonObject sampleSettings(Kind kind);
    // The keychain key of an instance's secret.
    static QString secretKey(qint64 instanceId)
    {
        return QStringLiteral("alert/%1").arg(instanceId);
    }

    friend bool operator==(const AlertInstance &a, const AlertInstance &b)
    {
        return a.id == b.id && a.name == b.name && a.kind == b.kind && a.settings == b.settings &&
               a.secretRef == b.secretRef && a.enabled == b.enabled;
    }
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::AlertInstance)
