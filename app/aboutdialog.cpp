#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Weir {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Weir"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/weir/icons/weir.svg")).pixmap(64, 64));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setText(tr("<h2>Weir %1</h2>"
                     "<p>A desktop studio for Apache Flink SQL: write, run and operate Flink jobs "
                     "without a server.</p>"
                     "<p>Built with Qt %2 and QScintilla.</p>"
                     "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                      .arg(QLatin1String(WEIR_VERSION), QLatin1String(QT_VERSION_STR)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace Weir
