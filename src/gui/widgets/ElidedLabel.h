#pragma once

#include <QLabel>

namespace quietlegs {

/// A one-line label that gives up width before anything beside it does: it shows as much of
/// its text as fits, ending in "…", cut again whenever it is resized. A plain QLabel asks for
/// its whole text's width, so a long translation widened the window past the screen. The
/// whole text is its tooltip and accessible name unless the owner sets others after it.
class ElidedLabel : public QLabel
{
    Q_OBJECT
    Q_PROPERTY(QString wholeText READ wholeText WRITE setWholeText)

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
