#pragma once

#include "store/variablerepository.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Weir {

class Secrets;
class VariablesModel;

// The workspace's variables manager (`${name}` in every script): list, add, edit, remove.
// A secret's value goes to the system keychain (Secrets::variableKey) and the database keeps an
// empty value and the key; secret values show masked unless revealed on demand. Changes are
// saved one variable at a time, as the user presses Save or Remove. GUI thread.
class VariablesDialog : public QDialog
{
    Q_OBJECT

public:
    VariablesDialog(VariableRepository &repository, Secrets &secrets, QWidget *parent = nullptr);

    VariablesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString messageText() const;
    // Whether a keychain call is under way (the form waits for it).
    bool isBusy() const { return m_busy; }

    // Re-reads the variables from the store.
    void reload();
    void selectVariable(const QString &name);
    // Clears the form for a new variable.
    void newVariable();
    // Validates the form and stores the variable (a secret's value in the keychain first).
    void saveVariable();
    // Asks through the confirmation function, then removes the selected variable.
    void removeSelectedVariable();
    // Shows secret values (read from the keychain) or masks them again.
    void setRevealed(bool revealed);
    // Tests replace the question box; the function gets the question and answers yes or no.
    void setConfirmation(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // Empty when `name` can be a variable's name, else what is wrong with it.
    static QString nameError(const QString &name);

signals:
    // A variable was saved or removed.
    void variablesChanged();

private:
    void showSelected();
    void store(const VariableRepository::Variable &variable, const QString &previousName);
    void finishSave(const QString &name);
    void setBusy(bool busy);
    void updateValueEcho();
    void showMessage(const QString &text, bool error);

    VariableRepository &m_repository;
    Secrets &m_secrets;
    VariablesModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_reveal = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_value = nullptr;
    QCheckBox *m_secret = nullptr;
    QLineEdit *m_description = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QString m_editing; // name of the variable in the form; empty for a new one
    bool m_busy = false;
    quint64 m_generation = 0; // drops keychain answers for a form that moved on
    std::function<bool(const QString &)> m_confirm;
};

} // namespace Weir
