#pragma once

#include <QProxyStyle>

namespace quietlegs {

/// The application's style: the one chosen (the desktop's, or Fusion for the light and dark
/// themes), drawing what it would without reading an image file before the window's first
/// paint. Reading one of Qt's PNGs goes through QImageReader, which first loads every
/// image-format plugin to ask whether it reads PNG (SVG, GIF, ICO and JPEG, with their
/// libraries: about 3 ms of start-up, docs/performance.md). Two reads happened: the tool bar
/// extension arrow QMenuBar asks for as it is made (read here when first drawn; the menu bar
/// shows it only when the window is too narrow for its menus), and Fusion's group box frame,
/// an image (drawn here from the same pixels, copied when the app was built: BakedIcons.h).
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    /// Takes ownership of `base`; nullptr: the desktop's own style.
    explicit AppStyle(QStyle* base = nullptr);

    QIcon standardIcon(StandardPixmap which, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

    /// The name QStyleFactory knows `style` by, looking inside an AppStyle (whose own name()
    /// is empty).
    static QString nameOf(const QStyle* style);
};

} // namespace quietlegs
