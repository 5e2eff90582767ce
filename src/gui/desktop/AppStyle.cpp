#include "desktop/AppStyle.h"

#include "BakedIcons.h"

#include <qdrawutil.h>
#include <QGroupBox>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>

namespace quietlegs {
namespace {

/// A standard icon of `style`, asked for when it is first drawn or measured.
class DeferredStandardIcon : public QIconEngine
{
public:
    DeferredStandardIcon(QStyle* style, QStyle::StandardPixmap which, const QStyleOption* option,
                         const QWidget* widget)
        : m_style(style), m_which(which),
          m_direction(option ? option->direction : Qt::LayoutDirectionAuto), m_widget(widget)
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    // The styles' arrows are never empty; saying so does not read them.
    bool isNull() override { return false; }
    QIconEngine* clone() const override { return new DeferredStandardIcon(*this); }

private:
    QIcon icon()
    {
        if (!m_loaded) {
            m_loaded = true;
            // The style may have been replaced since (a theme change): then the button has
            // asked the new one for its icon already, and an empty icon is drawn meanwhile.
            if (m_style) {
                QStyleOption option;
                option.direction = m_direction;
                m_icon = m_style->standardIcon(
                    m_which, m_direction == Qt::LayoutDirectionAuto ? nullptr : &option,
                    m_widget);
            }
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    Qt::LayoutDirection m_direction;
    QPointer<const QWidget> m_widget;
    bool m_loaded = false;
    QIcon m_icon;
};

} // namespace

AppStyle::AppStyle(QStyle* base) : QProxyStyle(base) {}

QIcon AppStyle::standardIcon(StandardPixmap which, const QStyleOption* option,
                             const QWidget* widget) const
{
    if (which == SP_ToolBarHorizontalExtensionButton || which == SP_ToolBarVerticalExtensionButton)
        return QIcon(new DeferredStandardIcon(baseStyle(), which, option, widget));
    return QProxyStyle::standardIcon(which, option, widget);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                             QPainter* painter, const QWidget* widget) const
{
    if (element == PE_FrameGroupBox && baseStyle()->name().compare(QLatin1String("fusion"),
                                                                   Qt::CaseInsensitive) == 0) {
        // As QFusionStyle draws it (Qt 6.4), from its image's pixels; DesktopTests compares
        // the two, pixel for pixel.
        static const QPixmap frameImage = bakedPixmap("fusion_groupbox");
        constexpr int kGroupBoxTopMargin = 3; // qfusionstyle.cpp's groupBoxTopMargin
        const auto* box = qobject_cast<const QGroupBox*>(widget);
        const int topMargin = box && !box->isCheckable() && box->title().isEmpty()
                                  ? kGroupBoxTopMargin
                                  : qMax(baseStyle()->pixelMetric(PM_ExclusiveIndicatorHeight),
                                         option->fontMetrics.height()) +
                                        kGroupBoxTopMargin;
        qDrawBorderPixmap(painter, option->rect.adjusted(0, topMargin, 0, 0),
                          QMargins(6, 6, 6, 6), frameImage);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

QString AppStyle::nameOf(const QStyle* style)
{
    if (const auto* app = qobject_cast<const AppStyle*>(style))
        return app->baseStyle()->name();
    return style->name();
}

} // namespace quietlegs
