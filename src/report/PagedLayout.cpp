#include "quietlegs/report/PagedLayout.h"

#include <QPainter>
#include <algorithm>

namespace quietlegs {

PagedLayout::PagedLayout(const QRectF& body) : m_body(body)
{
    startPage();
}

void PagedLayout::startPage()
{
    m_pages.emplace_back();
    m_y = m_body.top();
}

void PagedLayout::ensureRoom(double height)
{
    if (!atPageTop() && remaining() < height)
        startPage();
}

void PagedLayout::addSpace(double height)
{
    if (atPageTop())
        return;
    m_y = std::min(m_y + height, m_body.bottom());
}

void PagedLayout::place(double height, Painting painting)
{
    ensureRoom(height);
    const double clipped = std::min(height, m_body.height());
    m_pages.back().push_back(
        Block{QRectF(m_body.left(), m_y, m_body.width(), clipped), std::move(painting)});
    m_y += clipped;
}

void PagedLayout::paintPage(QPainter& painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    for (const Block& block : m_pages[static_cast<std::size_t>(index)]) {
        painter.save();
        painter.setClipRect(block.rect.adjusted(-2, -2, 2, 2));
        block.painting(painter, block.rect);
        painter.restore();
    }
}

} // namespace quietlegs
