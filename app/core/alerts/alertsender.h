#pragma once

#include "alerts/alertevent.h"
#include "alerts/alertinstance.h"
#include "common/result.h"
#include "flink/httpclient.h"

#include <QObject>
#include <functional>
#include <memory>

namespace Weir {

// Delivers alerts to one configured instance (one subclass per channel); the webhook channels
// share postJson() over HttpClient. Each send answers once through its callback with success
// or the cause in words. Lives on the GUI thread; nothing here blocks.
class AlertSender : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Status &)>;

    explicit AlertSender(const AlertInstance &instance, QObject *parent = nullptr);
    ~AlertSender() override;

    const AlertInstance &instance() const { return m_instance; }
    // `secret` is the instance's secret from the keychain (empty when it has none). `done`
    // runs later, never inside this call, and not after the sender is destroyed.
    virtual void send(const AlertEvent &event, const QString &secret, Done done) = 0;
    // Whether the settings are complete enough to try (the URL is there, ...).
    virtual Status validate() const = 0;

    // The sender for the instance's kind; nullptr for Desktop when Weir was built without
    // QtDBus.
    static std::unique_ptr<AlertSender> create(const AlertInstance &instance,
                                               QObject *parent = nullptr);
    // The refusal in a robot's 2xx answer: DingTalk and WeCom say {"errcode", "errmsg"},
    // Feishu {"code", "msg"} (older bots {"StatusCode", "StatusMessage"}); 0 is success.
    static QString robotAnswerError(const QByteArray &body);

protected:
    // The instance's "template" setting rendered for the event, or the default Markdown.
    QString text(const AlertEvent &event) const;
    QString setting(const char *key) const;
    // Sends `body` to the full `url` and checks the status; `answerError` reads a 2xx answer
    // (the robots say "errcode" there) and returns a non-empty cause when it is a refusal.
    void request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                 const QList<HttpClient::Header> &headers,
                 std::function<QString(const QByteArray &)> answerError, Done done);
    // A Status later, never inside the call (callers rely on it).
    void finishLater(Done done, const Status &status);
    // A failure in words that names the instance.
    Status refused(const QString &why) const;

private:
    AlertInstance m_instance;
};

} // namespace Weir
