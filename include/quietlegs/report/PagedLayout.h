#pragma once

#include <QRectF>
#include <functional>
#include <vector>

class QPainter;

namespace quietlegs {

/// Places blocks of known height down the body of successive pages, and paints a page's
/// blocks later. Two passes let every page say "page X of Y". Coordinates are report units
/// (see kReportUnitsPerPoint), independent of the paint device.
class PagedLayout
{
public:
    /// Paints one placed block into its rectangle.
    using Painting = std::function<void(QPainter&, const QRectF&)>;

    explicit PagedLayout(const QRectF& body);

    const QRectF& body() const { return m_body; }
    /// Height left on the current page.
    double remaining() const { return m_body.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_body.top(); }

    /// Places a block of `height` on the current page, or at the top of a new page when it
    /// does not fit there (a block taller than a page is clipped to the page).
    void place(double height, Painting painting);
    /// Starts a new page unless at least `height` is left on this one (keeps a heading with
    /// what follows it).
    void ensureRoom(double height);
    /// Vertical space; dropped at the top of a page.
    void addSpace(double height);
    void startPage();

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    void paintPage(QPainter& painter, int index) const;

private:
    struct Block
    {
        QRectF rect;
        Painting painting;
    };
    QRectF m_body;
    double m_y = 0;
    std::vector<std::vector<Block>> m_pages;
};

} // namespace quietlegs
