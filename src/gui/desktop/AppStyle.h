#pragma once

#include <QProxyStyle>

namespace quietlegs {

/// The application's style: the one chosen (the desktop's, or Fusion for the light and dark
/// themes), with the tool bar extension arrows read when first drawn. QMenuBar asks for its
/// arrow as it is made, and reading Qt's PNGs goes through QImageReader, which first loads
/// every image-format plugin to ask whether it reads PNG (SVG, GIF, ICO and JPEG, with their
/// libraries: about 3 ms before the window's first paint, docs/performance.md). The menu bar
/// shows the arrow only when the window is too narrow for its menus.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    /// Takes ownership of `base`; nullptr: the desktop's own style.
    explicit AppStyle(QStyle* base = nullptr);

    QIcon standardIcon(StandardPixmap which, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

    /// The name QStyleFactory knows `style` by, looking inside an AppStyle (whose own name()
    /// is empty).
    static QString nameOf(const QStyle* style);
};

} // namespace quietlegs
