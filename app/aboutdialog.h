#pragma once

#include <QDialog>

namespace Weir {

// Help > About Weir: version, build and licence. GUI thread.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Weir
