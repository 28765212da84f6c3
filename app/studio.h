#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTranslator;

namespace Weir {

class MainWindow;
class Settings;
class Storage;

// One running Weir: its workspace store, settings, translation and main window. GUI thread.
// main() and the tests start Weir through this, so both go the same way.
class Studio
{
    Q_DECLARE_TR_FUNCTIONS(Studio)

public:
    explicit Studio(QString dataDir);
    ~Studio();

    // Opens the workspace and shows the main window with the last session restored.
    Status start();

    MainWindow *window() const { return m_window.get(); }
    Storage &storage() const { return *m_storage; }

private:
    void installTranslation();

    QString m_dataDir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Weir
