#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace Weir {

// Passwords and tokens in the system keychain (Secret Service, macOS Keychain, Windows
// Credential Store) through QtKeychain; the database holds only the key. Asynchronous: each
// call answers once through its callback, later, on the GUI thread; a callback whose Secrets is
// destroyed first is dropped. Never falls back to storing a secret in plain text. GUI thread.
class Secrets : public QObject
{
    Q_OBJECT

public:
    // `service` names Weir's entries in the keychain; tests use their own.
    explicit Secrets(QObject *parent = nullptr);
    Secrets(const QString &service, QObject *parent);

    QString service() const { return m_service; }

    // Keys are stable and distinct per kind: "cluster/<id>", "variable/<name>".
    static QString clusterKey(qint64 clusterId);
    static QString variableKey(const QString &name);

    // The secret stored under `key`; a missing entry is a failure that says so.
    void read(const QString &key, std::function<void(Result<QString>)> done);
    // Stores (or replaces) the secret under `key`.
    void write(const QString &key, const QString &secret, std::function<void(Status)> done);
    // Removes the entry; removing one that does not exist succeeds.
    void remove(const QString &key, std::function<void(Status)> done);

private:
    QString m_service;
};

} // namespace Weir
