#include "widgets/CompactComboBox.h"

#include <QStyle>
#include <QStyleOptionComboBox>
#include <QtMath>

namespace quietlegs {

CompactComboBox::CompactComboBox(int characters, QWidget* parent)
    : QComboBox(parent), m_characters(characters)
{
}

// As QComboBoxPrivate::recomputeSizeHint does for AdjustToMinimumContentsLengthWithIcon (Qt
// 6.4): the characters' width of 'X' plus an icon and its gap, a line's height or the icon's,
// then the style's frame and arrow around that. The same for the minimum.
QSize CompactComboBox::sizeHint() const
{
    const QFontMetrics& metrics = fontMetrics();
    const QSize icon = iconSize();
    QSize contents(m_characters * metrics.horizontalAdvance(QLatin1Char('X')) + icon.width() + 4,
                   qMax(qCeil(QFontMetricsF(metrics).height()), 14) + 2);
    contents.setHeight(qMax(contents.height(), icon.height() + 2));
    if (!placeholderText().isEmpty())
        contents.setWidth(qMax(contents.width(), metrics.boundingRect(placeholderText()).width()));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this);
}

QSize CompactComboBox::minimumSizeHint() const
{
    return sizeHint();
}

} // namespace quietlegs
