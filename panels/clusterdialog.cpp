#include "clusterdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Weir {

namespace {

QString checkUrl(const QString &text, const QString &what, bool required)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return required ? ClusterDialog::tr("Enter the %1 URL.").arg(what) : QString();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return ClusterDialog::tr(
                   "The %1 URL “%2” is not valid: use http:// or https:// with a host, "
                   "e.g. http://localhost:8083.")
            .arg(what, trimmed);
    }
    return QString();
}

} // namespace

ClusterDialog::ClusterDialog(const Cluster &cluster, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent), m_original(cluster), m_takenNames(takenNames)
{
    setObjectName(QStringLiteral("clusterDialog"));
    setWindowTitle(cluster.id ? tr("Edit Cluster") : tr("Add Cluster"));

    auto makeEdit = [this](const QString &name, const QString &text, const QString &placeholder) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = makeEdit(QStringLiteral("name"), cluster.name, tr("e.g. Staging"));
    m_gatewayUrl = makeEdit(QStringLiteral("gatewayUrl"), cluster.gatewayUrl,
                            QStringLiteral("http://localhost:8083"));
    m_jobManagerUrl = makeEdit(QStringLiteral("jobManagerUrl"), cluster.jobManagerUrl,
                               QStringLiteral("http://localhost:8081"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->addItem(tr("None"), QStringLiteral("none"));
    m_auth->addItem(tr("Basic (user and password)"), QStringLiteral("basic"));
    m_auth->addItem(tr("Bearer token"), QStringLiteral("bearer"));
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(cluster.authKind)));
    m_user = makeEdit(QStringLiteral("user"), cluster.userName, QString());
    m_secret = makeEdit(QStringLiteral("secret"), QString(), secretPlaceholder());
    m_secret->setEchoMode(QLineEdit::Password);
    m_verifyTls = new QCheckBox(tr("Verify TLS certificates"), this);
    m_verifyTls->setObjectName(QStringLiteral("verifyTls"));
    m_verifyTls->setChecked(cluster.verifyTls);
    m_caFile = makeEdit(QStringLiteral("caFile"), cluster.caCertificatePath,
                        tr("System certificates only"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("..."));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA Certificates (PEM)"), m_caFile->text(),
                                         tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("SQL &Gateway URL:"), m_gatewayUrl);
    form->addRow(tr("&JobManager URL:"), m_jobManagerUrl);
    form->addRow(tr("&Authentication:"), m_auth);
    m_userLabel = new QLabel(tr("&User:"), this);
    m_userLabel->setBuddy(m_user);
    form->addRow(m_userLabel, m_user);
    m_secretLabel = new QLabel(tr("&Password:"), this);
    m_secretLabel->setBuddy(m_secret);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_verifyTls);
    auto *caLabel = new QLabel(tr("&CA certificates:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);

    if (cluster.isLocal) {
        // Weir sets the Local target's URLs itself each time it starts it.
        m_gatewayUrl->setReadOnly(true);
        m_jobManagerUrl->setReadOnly(true);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClusterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClusterDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ClusterDialog::testConnection);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ClusterDialog::updateAuthFields);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_probe = new ClusterProbe(this);
    connect(m_probe, &ClusterProbe::finished, this, [this](const ClusterProbe::Health &health) {
        m_test->setEnabled(true);
        showHealth(health);
        emit probeFinished(health);
    });
    updateAuthFields();
    setMinimumWidth(520);
}

Cluster ClusterDialog::cluster() const
{
    Cluster result = m_original;
    result.name = m_name->text().trimmed();
    result.gatewayUrl = m_gatewayUrl->text().trimmed();
    result.jobManagerUrl = m_jobManagerUrl->text().trimmed();
    result.authKind = m_auth->currentData().toString();
    result.userName =
        result.authKind == QLatin1String("basic") ? m_user->text().trimmed() : QString();
    result.verifyTls = m_verifyTls->isChecked();
    result.caCertificatePath = m_caFile->text().trimmed();
    return result;
}

QString ClusterDialog::secret() const
{
    return m_auth->currentData().toString() == QLatin1String("none") ? QString() : m_secret->text();
}

void ClusterDialog::setSecret(const QString &secret)
{
    m_secret->setText(secret);
    m_secret->setEnabled(true);
    m_secret->setPlaceholderText(secretPlaceholder());
    m_test->setEnabled(true);
}

bool ClusterDialog::secretModified() const
{
    return m_secret->isModified();
}

void ClusterDialog::setSecretLoading()
{
    m_secret->setEnabled(false);
    m_secret->setPlaceholderText(tr("Reading from the system keychain..."));
    m_test->setEnabled(false); // a test without the secret would report a false failure
}

void ClusterDialog::setSecretUnavailable(const QString &reason)
{
    setSecret(QString());
    showMessage(reason, true);
}

QString ClusterDialog::secretPlaceholder()
{
    return tr("Stored in the system keychain");
}

QString ClusterDialog::validationError() const
{
    const Cluster c = cluster();
    if (c.name.isEmpty())
        return tr("Enter a name for the cluster.");
    for (const QString &taken : m_takenNames) {
        if (taken.compare(c.name, Qt::CaseInsensitive) == 0)
            return tr("A cluster named “%1” already exists.").arg(taken);
    }
    if (!c.isLocal) {
        if (c.gatewayUrl.isEmpty() && c.jobManagerUrl.isEmpty())
            return tr("Enter the SQL Gateway URL (and the JobManager URL to see jobs and slots).");
        if (QString e = checkUrl(c.gatewayUrl, tr("SQL Gateway"), false); !e.isEmpty())
            return e;
        if (QString e = checkUrl(c.jobManagerUrl, tr("JobManager"), false); !e.isEmpty())
            return e;
    }
    if (c.authKind == QLatin1String("basic") && c.userName.isEmpty())
        return tr("Enter the user name for basic authentication.");
    if (!c.caCertificatePath.isEmpty() && !QFileInfo(c.caCertificatePath).isReadable())
        return tr("The CA certificate file %1 cannot be read.").arg(c.caCertificatePath);
    return QString();
}

QString ClusterDialog::messageText() const
{
    return m_plainMessage;
}

void ClusterDialog::accept()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        showMessage(error, true);
        return;
    }
    QDialog::accept();
}

void ClusterDialog::testConnection()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        showMessage(error, true);
        return;
    }
    m_test->setEnabled(false);
    showMessage(tr("Testing the connection..."), false);
    m_probe->probe(cluster(), secret());
}

void ClusterDialog::updateAuthFields()
{
    const QString kind = m_auth->currentData().toString();
    m_userLabel->setVisible(kind == QLatin1String("basic"));
    m_user->setVisible(kind == QLatin1String("basic"));
    m_secretLabel->setVisible(kind != QLatin1String("none"));
    m_secret->setVisible(kind != QLatin1String("none"));
    m_secretLabel->setText(kind == QLatin1String("bearer") ? tr("&Token:") : tr("&Password:"));
}

void ClusterDialog::showHealth(const ClusterProbe::Health &health)
{
    // One line per endpoint, each in the colour of its own outcome: what works and what not.
    const QStringList lines = health.summary().split(QLatin1Char('\n'));
    const ClusterProbe::Endpoint *endpoints[] = {&health.gateway, &health.jobManager};
    QStringList html;
    for (int i = 0; i < lines.size() && i < 2; ++i) {
        const QString colour = !endpoints[i]->checked ? QStringLiteral("#808080")
                               : endpoints[i]->ok     ? QStringLiteral("#2e8b3e")
                                                      : QStringLiteral("#c62828");
        html.append(QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                        .arg(colour, endpoints[i]->ok ? QStringLiteral("✔") : QStringLiteral("✘"),
                             lines.at(i).toHtmlEscaped()));
    }
    m_message->setStyleSheet(QString());
    m_message->setTextFormat(Qt::RichText);
    m_message->setText(html.join(QLatin1String("<br>")));
    m_plainMessage = health.summary();
}

void ClusterDialog::showMessage(const QString &text, bool error)
{
    m_message->setTextFormat(Qt::PlainText);
    m_plainMessage = text;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace Weir
