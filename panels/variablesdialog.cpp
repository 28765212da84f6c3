#include "variablesdialog.h"

#include "listtableview.h"
#include "run/workspacevariablesloader.h"
#include "store/secrets.h"
#include "variablesmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace Weir {

VariablesDialog::VariablesDialog(VariableRepository &repository, Secrets &secrets, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_secrets(secrets)
{
    setObjectName(QStringLiteral("variablesDialog"));
    setWindowTitle(tr("Global Variables"));

    auto *intro = new QLabel(tr("Variables of this workspace, used as ${name} in every script. "
                                "A script's own “name := value;” takes precedence."),
                             this);
    intro->setWordWrap(true);

    m_model = new VariablesModel(this);
    m_view = new ListTableView(this);
    m_view->setObjectName(QStringLiteral("variablesView"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->resizeSection(VariablesModel::NameColumn, 160);
    m_view->horizontalHeader()->resizeSection(VariablesModel::ValueColumn, 220);

    m_reveal = new QCheckBox(tr("Show secret &values"), this);
    m_reveal->setObjectName(QStringLiteral("reveal"));
    m_reveal->setToolTip(tr("Read the secret values from the system keychain and show them"));

    auto makeEdit = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = makeEdit(QStringLiteral("name"), tr("e.g. kafka_servers"));
    m_value = makeEdit(QStringLiteral("value"), QString());
    m_secret = new QCheckBox(tr("&Secret: kept in the system keychain, masked in every display "
                                "and log"),
                             this);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_description = makeEdit(QStringLiteral("description"), tr("Optional"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(QString(), m_secret);
    form->addRow(tr("&Description:"), m_description);
    m_new = new QPushButton(tr("&New"), this);
    m_new->setObjectName(QStringLiteral("new"));
    m_save = new QPushButton(tr("Sa&ve"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    // Enter in the form saves it (the dialog's default button), whichever field has focus.
    m_save->setDefault(true);
    m_new->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_new);
    formButtons->addStretch(1);
    formButtons->addWidget(m_remove);
    formButtons->addWidget(m_save);
    auto *group = new QGroupBox(tr("Variable"), this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addLayout(form);
    groupLayout->addLayout(formButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &VariablesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_reveal, 0, Qt::AlignRight);
    layout->addWidget(group);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove Variable"), question) == QMessageBox::Yes;
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VariablesDialog::showSelected);
    connect(m_reveal, &QCheckBox::toggled, this, &VariablesDialog::setRevealed);
    connect(m_secret, &QCheckBox::toggled, this, &VariablesDialog::updateValueEcho);
    connect(m_new, &QPushButton::clicked, this, &VariablesDialog::newVariable);
    connect(m_save, &QPushButton::clicked, this, &VariablesDialog::saveVariable);
    connect(m_remove, &QPushButton::clicked, this, &VariablesDialog::removeSelectedVariable);

    resize(640, 480);
    reload();
    newVariable();
}

QString VariablesDialog::nameError(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (name.isEmpty())
        return tr("Enter a name for the variable.");
    if (!identifier.match(name).hasMatch())
        return tr("“%1” cannot be a variable name: use letters, digits and _, not starting with "
                  "a digit.")
            .arg(name);
    return QString();
}

QString VariablesDialog::messageText() const
{
    return m_message->text();
}

void VariablesDialog::reload()
{
    m_model->setVariables(m_repository.all());
    if (m_model->isRevealed())
        setRevealed(true); // the new values too
    if (!m_editing.isEmpty())
        selectVariable(m_editing);
}

void VariablesDialog::selectVariable(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->selectRow(row);
}

void VariablesDialog::newVariable()
{
    m_view->clearSelection(); // showSelected() empties the form
    showSelected();
    m_name->setFocus();
}

void VariablesDialog::showSelected()
{
    ++m_generation;
    setBusy(false);
    showMessage(QString(), false); // about the variable shown before
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const VariableRepository::Variable variable =
        rows.isEmpty() ? VariableRepository::Variable() : m_model->variableAt(rows.first().row());
    m_editing = variable.name;
    m_name->setText(variable.name);
    m_value->setText(variable.value);
    m_secret->setChecked(variable.secret);
    m_description->setText(variable.description);
    m_remove->setEnabled(!rows.isEmpty());
    if (!variable.secret)
        return;
    // The form holds the true value, so Save keeps it and unticking Secret moves it along.
    setBusy(true);
    m_value->setPlaceholderText(tr("Reading from the system keychain..."));
    m_secrets.read(variable.secretRef, [self = QPointer<VariablesDialog>(this),
                                        generation = m_generation,
                                        name = variable.name](const Result<QString> &value) {
        if (!self || self->m_generation != generation)
            return;
        self->setBusy(false);
        self->m_value->setPlaceholderText(QString());
        if (value)
            self->m_value->setText(value.value());
        else
            self->showMessage(
                tr("The value of “%1” could not be read: %2").arg(name, value.error()), true);
    });
}

void VariablesDialog::saveVariable()
{
    if (m_busy)
        return;
    VariableRepository::Variable variable;
    variable.name = m_name->text().trimmed();
    variable.value = m_value->text();
    variable.secret = m_secret->isChecked();
    variable.description = m_description->text().trimmed();
    if (const QString error = nameError(variable.name); !error.isEmpty()) {
        showMessage(error, true);
        return;
    }
    if (variable.name != m_editing && m_model->rowOf(variable.name) >= 0) {
        showMessage(tr("A variable named “%1” already exists.").arg(variable.name), true);
        return;
    }
    const QString previousName = m_editing;
    if (!variable.secret) {
        store(variable, previousName);
        return;
    }
    // The keychain first: the database never names a secret the keychain does not hold.
    const QString value = variable.value;
    variable.value.clear();
    variable.secretRef = Secrets::variableKey(variable.name);
    setBusy(true);
    showMessage(tr("Storing the secret in the system keychain..."), false);
    m_secrets.write(
        variable.secretRef, value,
        [self = QPointer<VariablesDialog>(this), variable, previousName](const Status &written) {
            if (!self)
                return;
            self->setBusy(false);
            if (!written) {
                self->showMessage(tr("“%1” was not saved: %2").arg(variable.name, written.error()),
                                  true);
                return;
            }
            self->store(variable, previousName);
        });
}

void VariablesDialog::store(const VariableRepository::Variable &variable,
                            const QString &previousName)
{
    const VariableRepository::Variable before =
        m_model->variableAt(previousName.isEmpty() ? -1 : m_model->rowOf(previousName));
    if (const Status status = m_repository.put(variable); !status) {
        showMessage(status.error(), true);
        return;
    }
    if (!previousName.isEmpty() && previousName != variable.name) {
        if (const Status status = m_repository.remove(previousName); !status) {
            showMessage(status.error(), true);
            return;
        }
    }
    // A secret that became plain or changed its name leaves its old keychain entry.
    if (before.secret && !before.secretRef.isEmpty() && before.secretRef != variable.secretRef) {
        m_secrets.remove(before.secretRef,
                         [self = QPointer<VariablesDialog>(this)](const Status &removed) {
                             if (self && !removed)
                                 self->showMessage(removed.error(), true);
                         });
    }
    m_editing = variable.name;
    reload();
    showMessage(tr("Saved “%1”.").arg(variable.name), false);
    emit variablesChanged();
}

void VariablesDialog::removeSelectedVariable()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_busy)
        return;
    const VariableRepository::Variable variable = m_model->variableAt(rows.first().row());
    if (!m_confirm(tr("Remove the variable “%1”? Scripts that use ${%1} will not run until it is "
                      "defined again.")
                       .arg(variable.name)))
        return;
    if (const Status status = m_repository.remove(variable.name); !status) {
        showMessage(status.error(), true);
        return;
    }
    if (variable.secret && !variable.secretRef.isEmpty()) {
        m_secrets.remove(variable.secretRef, [self = QPointer<VariablesDialog>(this),
                                              name = variable.name](const Status &removed) {
            if (self && !removed)
                self->showMessage(tr("“%1” was removed, but its secret stays in the keychain: %2")
                                      .arg(name, removed.error()),
                                  true);
        });
    }
    m_editing.clear();
    reload();
    newVariable();
    showMessage(tr("Removed “%1”.").arg(variable.name), false);
    emit variablesChanged();
}

void VariablesDialog::setRevealed(bool revealed)
{
    {
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(revealed);
    }
    updateValueEcho();
    if (!revealed) {
        m_model->maskSecrets();
        return;
    }
    WorkspaceVariablesLoader::load(m_repository, m_secrets,
                                   [self = QPointer<VariablesDialog>(this)](
                                       const Result<WorkspaceVariablesLoader::Variables> &loaded) {
                                       if (!self || !self->m_reveal->isChecked())
                                           return;
                                       if (!loaded) {
                                           self->showMessage(loaded.error(), true);
                                           self->setRevealed(false);
                                           return;
                                       }
                                       QMap<QString, QString> secretValues;
                                       for (auto it = loaded->cbegin(); it != loaded->cend();
                                            ++it) {
                                           if (it->secret)
                                               secretValues.insert(it.key(), it->value);
                                       }
                                       self->m_model->setRevealed(secretValues);
                                   });
}

void VariablesDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_value), static_cast<QWidget *>(m_save),
                            static_cast<QWidget *>(m_remove), static_cast<QWidget *>(m_new)})
        widget->setEnabled(!busy);
    if (!busy)
        m_remove->setEnabled(!m_editing.isEmpty());
}

void VariablesDialog::updateValueEcho()
{
    m_value->setEchoMode(m_secret->isChecked() && !m_reveal->isChecked() ? QLineEdit::Password
                                                                         : QLineEdit::Normal);
}

void VariablesDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace Weir
