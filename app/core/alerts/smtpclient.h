#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace Weir {

// One mail through SMTP (RFC 5321) over QSslSocket: EHLO, STARTTLS or implicit TLS, AUTH
// PLAIN or LOGIN, MAIL / RCPT / DATA with dot-stuffing, QUIT; the message is RFC 5322 with a
// UTF-8 subject as RFC 2047 encoded words. One send at a time. GUI thread; never blocks.
class SmtpClient : public QObject
{
    Q_OBJECT

public:
    enum class Security { StartTls, ImplicitTls, None };

    struct Options
    {
        QString host;
        quint16 port = 587;
        Security security = Security::StartTls;
        QString user;     // empty: no AUTH
        QString password; // from the keychain
        bool verifyTls = true;
        QString caCertificateFile; // PEM; trusted besides the system's
        int timeoutMs = 30000;     // the whole conversation
    };

    struct Message
    {
        QString from;   // an address
        QStringList to; // addresses
        QString subject;
        QString body; // plain text; any line endings
    };

    using Done = std::function<void(const Status &)>;

    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override;

    // `done` runs once, later, unless the client is destroyed first.
    void send(const Options &options, const Message &message, Done done);
    bool isBusy() const { return static_cast<bool>(m_done); }

    // The message as DATA carries it (before dot-stuffing). `eightBit`: the body as UTF-8
    // text (the server offers 8BITMIME) instead of Base64.
    static QByteArray format(const Message &message, bool eightBit, const QDateTime &date,
                             const QByteArray &messageId);
    // A header value: ASCII stays as is, anything else becomes folded UTF-8 B encoded words.
    static QByteArray encodeHeader(const QString &text);
    // CRLF line endings and a '.' doubled at the start of every line (RFC 5321 4.5.2).
    static QByteArray dotStuff(const QByteArray &text);

private:
    enum class Step {
        Greeting,
        Ehlo,
        StartTls,
        EhloAfterTls,
        AuthPlain,
        AuthLogin,
        AuthUser,
        AuthPassword,
        MailFrom,
        RcptTo,
        Data,
        Content,
        Quit
    };

    void onReadyRead();
    void onReply(int code, const QStringList &lines);
    void afterEhlo();
    void mailFrom();
    void write(const QByteArray &line);
    void expect(Step step) { m_step = step; }
    void fail(const QString &why);
    void finish(const Status &status);
    QString stepName() const;

    Options m_options;
    Message m_message;
    Done m_done;
    QSslSocket *m_socket = nullptr;
    QTimer m_timeout;
    Step m_step = Step::Greeting;
    QByteArray m_buffer;
    QStringList m_replyLines;
    QStringList m_capabilities;
    int m_rcptIndex = 0;
    bool m_encrypted = false;
};

} // namespace Weir
