#pragma once

#include <QComboBox>

namespace quietlegs {

/// A combo box as wide as a given number of characters (plus room for an icon), whatever its
/// items say: QComboBox's AdjustToMinimumContentsLengthWithIcon, computed the same way. Setting
/// that policy makes QComboBox build its popup at once (a frame, a list view, its viewport,
/// scroll bars and scroll arrows, eight widgets); this one builds it when first opened. Today
/// has four of them before its first paint (docs/performance.md).
class CompactComboBox : public QComboBox
{
    Q_OBJECT

public:
    CompactComboBox(int characters, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int m_characters;
};

} // namespace quietlegs
