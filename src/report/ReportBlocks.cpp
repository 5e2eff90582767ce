#include "ReportStyle.h"
#include "quietlegs/report/NutritionistReport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addHeading(const QString& text)
{
    const QFont headingFont = font(kHeadingSize, true);
    const double height = QFontMetricsF(headingFont).height() + 6 * kUnit;
    m_layout->addSpace(10 * kUnit);
    // A heading never ends a page: keep room for a few lines of what follows.
    m_layout->ensureRoom(height + 80 * kUnit);
    m_layout->place(height, [text, headingFont](QPainter& painter, const QRectF& rect) {
        painter.setFont(headingFont);
        painter.setPen(kInk);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop, text);
        painter.setPen(QPen(kRule, 0.8 * kUnit));
        const double y = rect.bottom() - 2.5 * kUnit;
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    });
}

void NutritionistReport::addSubheading(const QString& text)
{
    const QFont subheadingFont = font(kSubheadingSize, true);
    const double height = QFontMetricsF(subheadingFont).height() + 3 * kUnit;
    m_layout->addSpace(6 * kUnit);
    m_layout->ensureRoom(height + 60 * kUnit);
    m_layout->place(height, [text, subheadingFont](QPainter& painter, const QRectF& rect) {
        painter.setFont(subheadingFont);
        painter.setPen(kInk);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop, text);
    });
}

void NutritionistReport::addParagraph(const QString& text, const QFont& paragraphFont)
{
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const double width = m_layout->body().width();
    const double height =
        QFontMetricsF(paragraphFont).boundingRect(QRectF(0, 0, width, 1e7), flags, text).height();
    m_layout->place(height + 4 * kUnit,
                    [text, paragraphFont, flags](QPainter& painter, const QRectF& rect) {
                        painter.setFont(paragraphFont);
                        painter.setPen(kInk);
                        painter.drawText(rect, flags, text);
                    });
}

void NutritionistReport::addParagraph(const QString& text)
{
    addParagraph(text, font(kBodySize));
}

double NutritionistReport::rowHeight(const std::vector<Column>& columns, const TableRow& row,
                                     const QFont& cellFont) const
{
    double totalWeight = 0;
    for (const Column& column : columns)
        totalWeight += column.weight;
    const double width = m_layout->body().width();
    QFont measured = cellFont;
    if (row.emphasised)
        measured.setBold(true);
    const QFontMetricsF metrics(measured);
    double height = metrics.height();
    std::size_t column = 0;
    for (int i = 0; i < row.cells.size() && column < columns.size(); ++i) {
        const int span = row.spans.empty() ? 1 : row.spans[std::size_t(i)];
        double cellWidth = 0;
        for (int s = 0; s < span && column < columns.size(); ++s, ++column)
            cellWidth += columns[column].weight / totalWeight * width;
        const QRectF box(0, 0, cellWidth - 2 * kCellPadX * kUnit, 1e7);
        height = std::max(
            height,
            metrics.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, row.cells[i]).height());
    }
    return height + 2 * kCellPadY * kUnit;
}

void NutritionistReport::addTable(const std::vector<Column>& columns,
                                  const std::vector<TableRow>& rows)
{
    const QFont cellFont = font(kTableSize);
    const QFont headerFont = font(kTableSize, true);
    TableRow header;
    for (const Column& column : columns)
        header.cells << column.title;
    const double headerHeight = rowHeight(columns, header, headerFont);

    // Paints one row; the header row is bold on grey, body rows are striped.
    auto rowPainting = [columns](TableRow row, QFont rowFont, bool isHeader, bool striped) {
        return [columns, row = std::move(row), rowFont, isHeader, striped](QPainter& painter,
                                                                           const QRectF& rect) {
            double totalWeight = 0;
            for (const Column& column : columns)
                totalWeight += column.weight;
            if (isHeader)
                painter.fillRect(rect, kHeaderFill);
            else if (striped)
                painter.fillRect(rect, kStripeFill);
            QFont cellFont = rowFont;
            if (row.emphasised)
                cellFont.setBold(true);
            painter.setFont(cellFont);
            painter.setPen(kInk);
            double x = rect.left();
            std::size_t column = 0;
            for (int i = 0; i < row.cells.size() && column < columns.size(); ++i) {
                const int span = row.spans.empty() ? 1 : row.spans[std::size_t(i)];
                double cellWidth = 0;
                const Qt::Alignment alignment =
                    span == 1 ? columns[column].alignment : Qt::AlignLeft;
                for (int s = 0; s < span && column < columns.size(); ++s, ++column)
                    cellWidth += columns[column].weight / totalWeight * rect.width();
                const QRectF box(x + kCellPadX * kUnit, rect.top() + kCellPadY * kUnit,
                                 cellWidth - 2 * kCellPadX * kUnit,
                                 rect.height() - 2 * kCellPadY * kUnit);
                painter.drawText(box, int(alignment) | Qt::AlignTop | Qt::TextWordWrap,
                                 row.cells[i]);
                x += cellWidth;
            }
            painter.setPen(
                QPen(isHeader ? kRule : QColor(205, 205, 205), (isHeader ? 0.8 : 0.4) * kUnit));
            painter.drawLine(rect.bottomLeft(), rect.bottomRight());
        };
    };

    // Keep the header with at least its first row.
    const double firstRow = rows.empty() ? 0 : rowHeight(columns, rows.front(), cellFont);
    m_layout->ensureRoom(headerHeight + firstRow);
    m_layout->place(headerHeight, rowPainting(header, headerFont, true, false));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double height = rowHeight(columns, rows[i], cellFont);
        if (m_layout->remaining() < height) {
            // Break cleanly between rows and repeat the header row on the new page.
            m_layout->startPage();
            m_layout->place(headerHeight, rowPainting(header, headerFont, true, false));
        }
        m_layout->place(height, rowPainting(rows[i], cellFont, false, i % 2 == 1));
    }
    m_layout->addSpace(4 * kUnit);
}

} // namespace quietlegs
