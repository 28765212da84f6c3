#include "lifecyclehistorydialog.h"

#include "lifecyclehistorymodel.h"
#include "listtableview.h"
#include "store/lifecyclerepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Weir {

namespace {
// A script goes through a handful of transitions a week; this is years of them.
constexpr int kShownEvents = 1000;
} // namespace

LifecycleHistoryDialog::LifecycleHistoryDialog(LifecycleRepository &repository, qint64 scriptId,
                                               const QString &scriptName, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_scriptId(scriptId), m_scriptName(scriptName)
{
    setObjectName(QStringLiteral("lifecycleHistoryDialog"));
    setWindowTitle(tr("Lifecycle History — %1").arg(scriptName));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("lifecycleSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_model = new LifecycleHistoryModel(this);
    m_view = new ListTableView(this);
    m_view->setObjectName(QStringLiteral("lifecycleHistoryView"));
    m_view->setModel(m_model);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &LifecycleHistoryDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1100, 360);
    reload();
}

QString LifecycleHistoryDialog::summaryText() const
{
    return m_summary->text();
}

void LifecycleHistoryDialog::reload()
{
    const ScriptLifecycle now = m_repository.of(m_scriptId);
    QString summary = tr("\"%1\" is %2.").arg(m_scriptName, Lifecycle::statePhrase(now.state));
    if (now.state != LifecycleState::Develop && now.publishedVersion > 0)
        summary += QLatin1Char(' ') + tr("Published version: %1.").arg(now.publishedVersion);
    if (now.state == LifecycleState::Online && !now.jobId.isEmpty())
        summary += QLatin1Char(' ') + tr("Online job: %1.").arg(now.jobId);
    m_summary->setText(summary);
    m_model->setEvents(m_repository.events(m_scriptId, kShownEvents));
    // Sized once per reload on what is there, capped so that the note keeps room; the full
    // savepoint path and note are in the tooltips.
    m_view->resizeColumnsToContents();
    for (int column = 0; column < LifecycleHistoryModel::Note; ++column)
        m_view->setColumnWidth(column,
                               qMin(m_view->columnWidth(column),
                                    column == LifecycleHistoryModel::Savepoint ? 270 : 250));
}

} // namespace Weir
