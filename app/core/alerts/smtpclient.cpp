#include "smtpclient.h"

#include <QHostInfo>
#include <QLocale>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QUuid>

namespace Weir {

namespace {

QByteArray base64(const QString &text)
{
    return text.toUtf8().toBase64();
}

bool hasLongLine(const QByteArray &text)
{
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        if (end - start > 990)
            return true;
        start = end + 1;
    }
    return false;
}

QByteArray crlf(const QByteArray &text)
{
    QByteArray out = text;
    out.replace("\r\n", "\n");
    out.replace('\r', '\n');
    out.replace("\n", "\r\n");
    return out;
}

} // namespace

SmtpClient::SmtpClient(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("no answer within %1 s (timeout).").arg(m_options.timeoutMs / 1000));
    });
}

SmtpClient::~SmtpClient()
{
    m_done = nullptr;
    if (m_socket)
        m_socket->abort();
}

QByteArray SmtpClient::encodeHeader(const QString &text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() > 126 || (c.unicode() < 32 && c != QLatin1Char('\t'))) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLatin1();
    // Encoded words are at most 75 characters: 45 bytes of UTF-8 become 60 of Base64, plus
    // "=?UTF-8?B?" and "?=". A word never splits a character.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            one += text.at(++i);
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray SmtpClient::dotStuff(const QByteArray &text)
{
    QByteArray out = crlf(text);
    if (out.startsWith('.'))
        out.prepend('.');
    out.replace("\r\n.", "\r\n..");
    return out;
}

QByteArray SmtpClient::format(const Message &message, bool eightBit, const QDateTime &date,
                              const QByteArray &messageId)
{
    QByteArray body = crlf(message.body.toUtf8());
    if (eightBit && hasLongLine(body))
        eightBit = false; // SMTP lines end at 998 octets; Base64 has no long lines
    QByteArray out;
    const int offsetMinutes = date.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
    out += "Date: " +
           QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1() +
           zone.toLatin1() + "\r\n";
    out += "From: <" + message.from.toUtf8() + ">\r\n";
    QList<QByteArray> to;
    for (const QString &address : message.to)
        to.append('<' + address.toUtf8() + '>');
    out += "To: " + to.join(", ") + "\r\n";
    out += "Subject: " + encodeHeader(message.subject) + "\r\n";
    out += "Message-ID: <" + messageId + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    if (eightBit) {
        out += "Content-Transfer-Encoding: 8bit\r\n\r\n";
        out += body;
    } else {
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        const QByteArray encoded = message.body.toUtf8().toBase64();
        for (qsizetype i = 0; i < encoded.size(); i += 76)
            out += encoded.mid(i, 76) + "\r\n";
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

void SmtpClient::send(const Options &options, const Message &message, Done done)
{
    if (m_done) {
        QTimer::singleShot(0, this,
                           [done] { done(Status::failure(tr("Another mail is being sent."))); });
        return;
    }
    m_options = options;
    m_message = message;
    m_done = std::move(done);
    m_buffer.clear();
    m_replyLines.clear();
    m_capabilities.clear();
    m_rcptIndex = 0;
    m_encrypted = false;
    if (m_message.to.isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(tr("the mail has no recipient.")); });
        return;
    }

    if (m_socket)
        m_socket->deleteLater();
    m_socket = new QSslSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!options.verifyTls)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!options.caCertificateFile.isEmpty())
        tls.addCaCertificates(QSslCertificate::fromPath(options.caCertificateFile, QSsl::Pem));
    m_socket->setSslConfiguration(tls);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_done && m_step != Step::Quit)
            fail(m_socket->errorString());
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        if (m_options.verifyTls)
            fail(tr("TLS error: %1").arg(reasons.join(QLatin1String("; "))));
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_encrypted = true;
        if (m_step == Step::EhloAfterTls)
            write("EHLO " + QHostInfo::localHostName().toUtf8());
    });
    m_step = Step::Greeting;
    m_timeout.start(options.timeoutMs);
    if (options.security == Security::ImplicitTls)
        m_socket->connectToHostEncrypted(options.host, options.port);
    else
        m_socket->connectToHost(options.host, options.port);
}

void SmtpClient::write(const QByteArray &line)
{
    m_socket->write(line + "\r\n");
}

void SmtpClient::onReadyRead()
{
    m_buffer += m_socket->readAll();
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end < 0)
            return;
        const QString line = QString::fromUtf8(m_buffer.left(end));
        m_buffer.remove(0, end + 2);
        m_replyLines.append(line);
        // "250-..." continues a reply, "250 ..." (or a bare code) ends it.
        if (line.size() >= 4 && line.at(3) == QLatin1Char('-'))
            continue;
        const int code = line.left(3).toInt();
        const QStringList lines = m_replyLines;
        m_replyLines.clear();
        onReply(code, lines);
        if (!m_done)
            return;
    }
}

QString SmtpClient::stepName() const
{
    switch (m_step) {
    case Step::Greeting:
        return QStringLiteral("greeting");
    case Step::Ehlo:
    case Step::EhloAfterTls:
        return QStringLiteral("EHLO");
    case Step::StartTls:
        return QStringLiteral("STARTTLS");
    case Step::AuthPlain:
    case Step::AuthLogin:
    case Step::AuthUser:
    case Step::AuthPassword:
        return QStringLiteral("AUTH");
    case Step::MailFrom:
        return QStringLiteral("MAIL FROM");
    case Step::RcptTo:
        return QStringLiteral("RCPT TO");
    case Step::Data:
        return QStringLiteral("DATA");
    case Step::Content:
        return QStringLiteral("the message");
    case Step::Quit:
        return QStringLiteral("QUIT");
    }
    return QString();
}

void SmtpClient::onReply(int code, const QStringList &lines)
{
    const auto refuse = [&] {
        fail(tr("the server answered “%1” to %2.").arg(lines.join(QLatin1Char(' ')), stepName()));
    };
    switch (m_step) {
    case Step::Greeting:
        if (code != 220)
            return refuse();
        expect(Step::Ehlo);
        write("EHLO " + QHostInfo::localHostName().toUtf8());
        return;
    case Step::Ehlo:
    case Step::EhloAfterTls:
        if (code != 250)
            return refuse();
        m_capabilities.clear();
        for (qsizetype i = 1; i < lines.size(); ++i)
            m_capabilities.append(lines.at(i).mid(4).toUpper());
        afterEhlo();
        return;
    case Step::StartTls:
        if (code != 220)
            return refuse();
        expect(Step::EhloAfterTls);
        m_socket->startClientEncryption(); // EHLO again once encrypted()
        return;
    case Step::AuthPlain:
    case Step::AuthPassword:
        if (code != 235)
            return refuse();
        mailFrom();
        return;
    case Step::AuthLogin:
        if (code != 334)
            return refuse();
        expect(Step::AuthUser);
        write(base64(m_options.user));
        return;
    case Step::AuthUser:
        if (code != 334)
            return refuse();
        expect(Step::AuthPassword);
        write(base64(m_options.password));
        return;
    case Step::MailFrom:
        if (code != 250)
            return refuse();
        expect(Step::RcptTo);
        write("RCPT TO:<" + m_message.to.at(0).toUtf8() + '>');
        return;
    case Step::RcptTo:
        if (code != 250 && code != 251)
            return refuse();
        if (++m_rcptIndex < m_message.to.size()) {
            write("RCPT TO:<" + m_message.to.at(m_rcptIndex).toUtf8() + '>');
            return;
        }
        expect(Step::Data);
        write("DATA");
        return;
    case Step::Data: {
        if (code != 354)
            return refuse();
        expect(Step::Content);
        const bool eightBit = m_capabilities.contains(QStringLiteral("8BITMIME"));
        const QByteArray id =
            QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@weir";
        m_socket->write(dotStuff(format(m_message, eightBit, QDateTime::currentDateTime(), id)) +
                        ".\r\n");
        return;
    }
    case Step::Content:
        if (code != 250)
            return refuse();
        // The mail is accepted; QUIT is a courtesy whose answer changes nothing.
        expect(Step::Quit);
        write("QUIT");
        finish(Status());
        return;
    case Step::Quit:
        return;
    }
}

void SmtpClient::afterEhlo()
{
    if (m_options.security == Security::StartTls && !m_encrypted) {
        if (!m_capabilities.contains(QStringLiteral("STARTTLS")))
            return fail(tr("the server does not offer STARTTLS."));
        expect(Step::StartTls);
        write("STARTTLS");
        return;
    }
    if (m_options.user.isEmpty())
        return mailFrom();
    if (!m_encrypted)
        return fail(tr("refusing to send the password without TLS."));
    QString auth;
    for (const QString &capability : std::as_const(m_capabilities)) {
        if (capability.startsWith(QLatin1String("AUTH ")) ||
            capability.startsWith(QLatin1String("AUTH=")))
            auth += capability.mid(5) + QLatin1Char(' ');
    }
    const QStringList mechanisms = auth.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (mechanisms.contains(QStringLiteral("PLAIN"))) {
        expect(Step::AuthPlain);
        write("AUTH PLAIN " +
              ('\0' + m_options.user.toUtf8() + '\0' + m_options.password.toUtf8()).toBase64());
    } else if (mechanisms.contains(QStringLiteral("LOGIN"))) {
        expect(Step::AuthLogin);
        write("AUTH LOGIN");
    } else {
        fail(tr("the server offers no AUTH mechanism Weir speaks (PLAIN, LOGIN): %1")
                 .arg(auth.trimmed()));
    }
}

void SmtpClient::mailFrom()
{
    expect(Step::MailFrom);
    QByteArray line = "MAIL FROM:<" + m_message.from.toUtf8() + '>';
    if (m_capabilities.contains(QStringLiteral("8BITMIME")))
        line += " BODY=8BITMIME";
    write(line);
}

void SmtpClient::fail(const QString &why)
{
    finish(Status::failure(
        tr("Mail through %1:%2 failed: %3").arg(m_options.host).arg(m_options.port).arg(why)));
}

void SmtpClient::finish(const Status &status)
{
    if (!m_done)
        return;
    m_timeout.stop();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (!status.ok() && m_socket)
        m_socket->abort();
    else if (m_socket)
        m_socket->disconnectFromHost();
    done(status);
}

} // namespace Weir
