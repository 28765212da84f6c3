#include "variablesmodel.h"

#include <QFont>

namespace Weir {

VariablesModel::VariablesModel(QObject *parent) : QAbstractTableModel(parent) {}

QString VariablesModel::mask()
{
    return QStringLiteral("••••••••");
}

void VariablesModel::setVariables(const QList<VariableRepository::Variable> &variables)
{
    beginResetModel();
    m_variables = variables;
    endResetModel();
}

void VariablesModel::setRevealed(const QMap<QString, QString> &secretValues)
{
    m_revealed = secretValues;
    m_isRevealed = true;
    if (!m_variables.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

void VariablesModel::maskSecrets()
{
    setRevealed({});
    m_isRevealed = false;
}

int VariablesModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_variables.size(); ++row) {
        if (m_variables.at(row).name == name)
            return row;
    }
    return -1;
}

VariableRepository::Variable VariablesModel::variableAt(int row) const
{
    return m_variables.value(row);
}

int VariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variables.size());
}

int VariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VariableRepository::Variable &variable = m_variables.at(index.row());
    const bool masked = variable.secret && !m_revealed.contains(variable.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return variable.name;
        case ValueColumn:
            return masked            ? mask()
                   : variable.secret ? m_revealed.value(variable.name)
                                     : variable.value;
        case DescriptionColumn:
            return variable.description;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && variable.secret)
            return tr("Secret: kept in the system keychain and masked in every display and log");
        if (index.column() == DescriptionColumn && !variable.description.isEmpty())
            return variable.description;
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn) {
            QFont font;
            font.setFamily(QStringLiteral("monospace"));
            return font;
        }
        return {};
    case SecretRole:
        return variable.secret;
    }
    return {};
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

} // namespace Weir
