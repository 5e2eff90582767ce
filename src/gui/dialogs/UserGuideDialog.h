#pragma once

#include <QDialog>

namespace quietlegs {

/// Help > User guide: docs/user-guide.md with its screenshots, from the app's resources.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
};

} // namespace quietlegs
