#pragma once

#include "common/result.h"
#include "store/storetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Weir {

namespace Internal {
class SqlConnection;
}

// Scripts of the project tree and their version history. GUI thread, through Storage's
// connection; each call a few ms.
class ScriptRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScriptRepository)

public:
    explicit ScriptRepository(const Internal::SqlConnection &connection);

    // folderId 0 = the top level. A non-empty text becomes version 1 of the history.
    Result<Script> create(qint64 folderId, const QString &name, ScriptType type,
                          const QString &text = {});
    std::optional<Script> find(qint64 id) const;
    // Ordered by folder, then name.
    QList<Script> all() const;
    // Like all(), but Script::text is left empty: for building the tree without loading every text.
    QList<Script> allWithoutText() const;

    Status rename(qint64 id, const QString &name);
    Status move(qint64 id, qint64 folderId);
    Status remove(qint64 id);

    // true if the text changed; then a new ScriptVersion (previous number + 1) was added.
    // Saving does not touch the edit journal: call EditJournal::discard() after it.
    Result<bool> saveText(qint64 id, const QString &text);
    Status setSettings(qint64 id, const QJsonObject &settings);
    // Replaces the keys of `part` in the stored settings and keeps the others (the execution
    // settings, a chart's settings and the like are stored side by side, each by its owner).
    Status mergeSettings(qint64 id, const QJsonObject &part);
    // Oldest first (version 1, 2, ...).
    QList<ScriptVersion> versions(qint64 scriptId) const;

private:
    QSqlDatabase db() const;
    QList<Script> select(const QString &where, qint64 id, bool withText) const;
    Status checkNameFree(qint64 folderId, const QString &name, qint64 exceptId) const;
    Status addVersion(qint64 scriptId, const QString &text, qint64 now);

    const Internal::SqlConnection &m_connection;
};

} // namespace Weir
