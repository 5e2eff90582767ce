#pragma once

#include <QMessageBox>

namespace quietlegs {

/// Help > About: the version, Qt and SQLite versions, and the sources of every number the app
/// shows (domain.md), the IFCT 2017 food table included.
class AboutBox : public QMessageBox
{
    Q_OBJECT

public:
    explicit AboutBox(QWidget* parent = nullptr);
};

} // namespace quietlegs
