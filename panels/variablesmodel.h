#pragma once

#include "store/variablerepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

namespace Weir {

// The workspace's variables as a table: name, value, description. A secret's value shows as
// dots unless its value was revealed on demand (setRevealed). GUI thread; it only holds values,
// the dialog feeds it.
class VariablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, DescriptionColumn, ColumnCount };
    enum Role { SecretRole = Qt::UserRole + 1 };

    explicit VariablesModel(QObject *parent = nullptr);

    // What a secret's value shows while it is not revealed.
    static QString mask();

    void setVariables(const QList<VariableRepository::Variable> &variables);
    // Secret values by name, shown instead of the mask until maskSecrets().
    void setRevealed(const QMap<QString, QString> &secretValues);
    void maskSecrets();
    bool isRevealed() const { return m_isRevealed; }

    int rowOf(const QString &name) const; // -1 when absent
    VariableRepository::Variable variableAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<VariableRepository::Variable> m_variables;
    QMap<QString, QString> m_revealed;
    bool m_isRevealed = false;
};

} // namespace Weir
