#include "resulttabs.h"

#include "results/resultstore.h"
#include "resultspanel.h"

#include <QMenu>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Weir {

namespace {

// "SELECT a, b FROM t" from a statement as written: its first code line, shortened.
QString titleOf(const QString &origin)
{
    QString title;
    const QStringList lines = origin.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("--"))) {
            title = trimmed;
            break;
        }
    }
    constexpr int kMaxTitle = 32;
    if (title.size() > kMaxTitle)
        title = title.left(kMaxTitle - 1) + QChar(0x2026);
    return title;
}

} // namespace

ResultTabs::ResultTabs(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_empty = new ResultsPanel(m_stack);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ResultTabs::closeResult);
    connect(m_tabs->tabBar(), &QTabBar::customContextMenuRequested, this, &ResultTabs::showTabMenu);
}

void ResultTabs::beginRun(qint64 ownerId)
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        const Entry entry = m_entries.value(m_tabs->widget(i));
        if (entry.ownerId == ownerId && !entry.pinned)
            closeResult(i);
    }
}

ResultsPanel *ResultTabs::addResult(qint64 ownerId, ResultStore *store, const QString &origin)
{
    auto *panel = new ResultsPanel(m_tabs);
    store->setParent(panel);
    panel->setOrigin(origin);
    panel->bind(store);
    m_entries.insert(panel, Entry{ownerId, false, tr("%1: %2").arg(++m_resultNumber).arg(titleOf(origin))});
    connect(panel, &ResultsPanel::jobLinkActivated, this,
            [this, ownerId](const QString &jobId) { emit jobActivated(ownerId, jobId); });
    const int index = m_tabs->addTab(panel, QString());
    updateTab(index);
    m_tabs->setCurrentIndex(index);
    trimTabs();
    updateEmptyState();
    emit resultAdded(panel, ownerId);
    return panel;
}

ResultsPanel *ResultTabs::current() const
{
    if (auto *panel = qobject_cast<ResultsPanel *>(m_tabs->currentWidget()))
        return panel;
    return m_empty;
}

int ResultTabs::count() const
{
    return m_tabs->count();
}

ResultsPanel *ResultTabs::result(int index) const
{
    return qobject_cast<ResultsPanel *>(m_tabs->widget(index));
}

QList<ResultsPanel *> ResultTabs::resultsOf(qint64 ownerId) const
{
    QList<ResultsPanel *> panels;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_entries.value(m_tabs->widget(i)).ownerId == ownerId)
            panels.append(result(i));
    }
    return panels;
}

bool ResultTabs::isPinned(int index) const
{
    return m_entries.value(m_tabs->widget(index)).pinned;
}

void ResultTabs::setPinned(int index, bool pinned)
{
    auto it = m_entries.find(m_tabs->widget(index));
    if (it == m_entries.end())
        return;
    it->pinned = pinned;
    updateTab(index);
}

void ResultTabs::closeResult(int index)
{
    QWidget *panel = m_tabs->widget(index);
    if (!panel)
        return;
    m_tabs->removeTab(index);
    m_entries.remove(panel);
    panel->deleteLater(); // its store goes with it; a run still feeding it just loses its target
    updateEmptyState();
}

void ResultTabs::showTabMenu(const QPoint &pos)
{
    const int index = m_tabs->tabBar()->tabAt(pos);
    if (index < 0)
        return;
    QMenu menu(this);
    const bool pinned = isPinned(index);
    menu.addAction(pinned ? tr("Unpin") : tr("Pin (keep when the script runs again)"), this,
                   [this, index, pinned] { setPinned(index, !pinned); });
    menu.addSeparator();
    menu.addAction(tr("Close"), this, [this, index] { closeResult(index); });
    menu.addAction(tr("Close Others"), this, [this, index] {
        QWidget *keep = m_tabs->widget(index);
        for (int i = m_tabs->count() - 1; i >= 0; --i) {
            if (m_tabs->widget(i) != keep)
                closeResult(i);
        }
    });
    menu.exec(m_tabs->tabBar()->mapToGlobal(pos));
}

void ResultTabs::updateTab(int index)
{
    const Entry entry = m_entries.value(m_tabs->widget(index));
    m_tabs->setTabText(index, entry.pinned ? tr("%1 (pinned)").arg(entry.title) : entry.title);
    m_tabs->setTabToolTip(index, result(index)->origin());
}

void ResultTabs::trimTabs()
{
    int unpinned = 0;
    for (int i = 0; i < m_tabs->count(); ++i)
        unpinned += isPinned(i) ? 0 : 1;
    for (int i = 0; i < m_tabs->count() && unpinned > kMaxTabs;) {
        if (isPinned(i) || i == m_tabs->currentIndex()) {
            ++i;
            continue;
        }
        closeResult(i);
        --unpinned;
    }
}

void ResultTabs::updateEmptyState()
{
    m_stack->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_empty);
}

} // namespace Weir
