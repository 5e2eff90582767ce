#pragma once

#include <QHash>
#include <QLabel>

namespace quietlegs {

/// A word-wrapped label for a sentence that changes with the data (a finding, a caption). Its
/// height for a width is remembered until the text or font changes: a layout asks a wrapped
/// label for its height hundreds of times per change, at a few widths, and QLabel lays the
/// whole text out again each time (selectable text goes through a QTextDocument). In Insights
/// that was most of a period switch (docs/performance.md).
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget* parent = nullptr);
    explicit WrappingLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    mutable QString m_measuredText;
    mutable QHash<int, int> m_heights; // width -> height, for m_measuredText
};

} // namespace quietlegs
