#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace quietlegs {

/// Draws a table's cells of plain one-line text (no icon, no check box, no rich text) from
/// texts laid out once and kept: a Qt item view shapes every cell's text three times per
/// repaint (to size its column, to place it and to draw it), which was most of an Insights
/// period switch (issue 7). Background, selection and focus come from the style as before;
/// a text too wide for its cell is left to QStyledItemDelegate, which elides it.
class PlainTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    /// Forgets what was kept when the cells' font changed, or when too much is kept (the same
    /// few hundred strings come back with every period).
    void keepFor(const QFont& font) const;
    /// `text` laid out in the font keepFor() was last given.
    const QStaticText& laidOut(const QString& text) const;

    static constexpr qsizetype kMaxKept = 4096;
    mutable QHash<QString, QStaticText> m_texts;
    mutable QHash<QString, QSize> m_sizes;
    mutable QFont m_font; // the font both caches were filled in
};

} // namespace quietlegs
