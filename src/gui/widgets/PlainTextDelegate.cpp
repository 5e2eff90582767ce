#include "PlainTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace quietlegs {
namespace {

QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

/// A cell of text alone is drawn here; one with an icon or a check box is the style's. (Word
/// wrap, on in every QTableView, changes nothing for a text that fits on its line; one that
/// does not is left to the style too.)
bool isPlainText(const QStyleOptionViewItem& option)
{
    constexpr auto kOther =
        QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration;
    return (option.features & QStyleOptionViewItem::HasDisplay) && !(option.features & kOther) &&
           !option.text.contains(QLatin1Char('\n'));
}

} // namespace

void PlainTextDelegate::keepFor(const QFont& font) const
{
    if (font != m_font || m_texts.size() >= kMaxKept || m_sizes.size() >= kMaxKept) {
        m_texts.clear();
        m_sizes.clear();
        m_font = font;
    }
}

const QStaticText& PlainTextDelegate::laidOut(const QString& text) const
{
    auto it = m_texts.find(text);
    if (it == m_texts.end()) {
        QStaticText laid(text);
        laid.setTextFormat(Qt::PlainText);
        laid.setPerformanceHint(QStaticText::AggressiveCaching);
        laid.prepare(QTransform(), m_font);
        it = m_texts.insert(text, laid);
    }
    return *it;
}

QSize PlainTextDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!isPlainText(opt))
        return QStyledItemDelegate::sizeHint(option, index);
    keepFor(opt.font);
    auto it = m_sizes.constFind(opt.text);
    if (it != m_sizes.cend())
        return *it;
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    m_sizes.insert(opt.text, size);
    return size;
}

void PlainTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!isPlainText(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyle* style = styleOf(opt);
    // The text's room, as QCommonStyle lays out a cell of text alone.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    keepFor(opt.font);
    const QStaticText& text = laidOut(opt.text);
    const QSizeF size = text.size();
    if (size.width() > textRect.width()) {
        QStyledItemDelegate::paint(painter, option, index); // elided by the style
        return;
    }
    const QString shown = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QPalette::ColorRole role =
        (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    const QRect placed =
        QStyle::alignedRect(opt.direction, opt.displayAlignment, size.toSize(), textRect);
    painter->save();
    painter->setPen(opt.palette.color(group, role));
    painter->setFont(opt.font);
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->drawStaticText(placed.topLeft(), text);
    painter->restore();
}

} // namespace quietlegs
