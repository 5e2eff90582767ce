#include "UserGuideDialog.h"

#include "GuiResources.h"

#include <QDialogButtonBox>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace quietlegs {
namespace {
constexpr int kImageWidth = 820;
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent)
{
    initGuiResources();
    setWindowTitle(tr("QuietLegs user guide"));
    auto* layout = new QVBoxLayout(this);
    auto* browser = new QTextBrowser(this);
    browser->setOpenExternalLinks(true);
    browser->setAccessibleName(tr("User guide"));
    // From the resource, so that its screenshots (docs/images/) resolve as in the repository.
    browser->setSource(QUrl(QStringLiteral("qrc:/docs/user-guide.md")),
                       QTextDocument::MarkdownResource);
    // Screenshots are full-window size: show them at the guide's width, keeping their shape.
    QTextDocument* document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            image.setWidth(kImageWidth);
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
    layout->addWidget(browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(kImageWidth + 80, 720);
}

} // namespace quietlegs
