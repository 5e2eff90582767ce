#pragma once

#include <QLabel>

namespace quietlegs {

/// A one-line label that gives up width before anything beside it does: it shows as much of
/// its text as fits, ending in "…", and the whole text in its tooltip. A plain QLabel asks for
/// its whole text's width, so a long translation widened the window past the screen.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    /// The whole text (what `text()` shows may be cut).
    void setWholeText(const QString& text);
    QString wholeText() const { return m_wholeText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void elide();

    QString m_wholeText;
};

} // namespace quietlegs
