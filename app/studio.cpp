#include "studio.h"

#include "consolepanel.h"
#include "mainwindow.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/storage.h"
#include "workspace/gettingstarted.h"
#include "workspace/workspacepaths.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

namespace Weir {

Studio::Studio(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

Studio::~Studio() = default;

Status Studio::start()
{
    const WorkspacePaths paths(m_dataDir);
    Result<std::unique_ptr<Storage>> opened = Storage::open(paths);
    if (!opened)
        return Status::failure(opened.error());
    m_storage = std::move(opened.value());
    m_settings = std::make_unique<Settings>(m_storage->settings());
    installTranslation();
    const Result<bool> seeded = GettingStarted::seedIfNew(*m_storage, *m_settings);
    if (seeded && seeded.value()) {
        // A newcomer lands in the hello world, ready to run.
        const QList<Script> scripts = m_storage->scripts().allWithoutText();
        if (!scripts.isEmpty())
            m_settings->set(SettingKeys::openScriptIds, QList<qint64>{scripts.constFirst().id});
    }

    m_window = std::make_unique<MainWindow>(*m_storage, *m_settings);
    m_window->restoreSession();
    m_window->show();
    if (!seeded)
        m_window->console()->append(ConsolePanel::Level::Error, seeded.error());

    if (const QString notice = m_storage->notice(); !notice.isEmpty()) {
        m_window->console()->append(ConsolePanel::Level::Error, notice);
        // After the window is up, so the message has a parent and start-up is not held.
        QTimer::singleShot(0, m_window.get(), [window = m_window.get(), notice] {
            QMessageBox::warning(window, tr("Workspace"), notice);
        });
    }
    return {};
}

void Studio::installTranslation()
{
    QString language = m_settings->get(SettingKeys::language);
    if (language == QLatin1String("system"))
        language = QLocale::system().name();
    if (!language.startsWith(QLatin1String("zh")))
        return;
    m_translator = std::make_unique<QTranslator>();
    if (m_translator->load(QStringLiteral(":/i18n/weir_zh_CN.qm")))
        QCoreApplication::installTranslator(m_translator.get());
}

} // namespace Weir
