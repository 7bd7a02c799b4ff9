// SPDX-License-Identifier: GPL-3.0-or-later
#include "JoinCard.h"

#include "ui/widgets/QrCode.h"

#include <QGridLayout>
#include <QLabel>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace steward::ui {

JoinCard::JoinCard(const QString &title, const QUrl &joinUrl, const QString &joinCode, QWidget *parent)
    : QDialog(parent), m_url(joinUrl), m_title(new QLabel(title)), m_address(new QLabel), m_code(new QLabel(joinCode)),
      m_qr(new QLabel), m_hint(new QLabel(tr("Press Esc to close")))
{
    setWindowTitle(tr("Join %1").arg(joinCode));
    // Always light: a projector shows dark text on white best, whatever the desktop's theme.
    setStyleSheet(u"QDialog { background: white; } QLabel { color: #1b1f24; background: transparent; }"_s);
    QUrl shown = joinUrl;
    shown.setQuery(QString());
    m_address->setText(tr("Open %1 and type the code").arg(shown.toDisplayString()));
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setAccessibleName(tr("Join code"));
    m_qr->setAccessibleName(tr("QR code of the join link"));
    m_hint->setStyleSheet(u"color: #6a737d;"_s);
    for (QLabel *l : {m_title, m_address, m_code, m_hint})
        l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(48, 40, 48, 32);
    grid->setHorizontalSpacing(48);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_address, 1, 0);
    grid->addWidget(m_code, 2, 0);
    grid->addWidget(m_hint, 3, 0);
    grid->addWidget(m_qr, 0, 1, 4, 1, Qt::AlignCenter);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    resize(1100, 620);
    layoutForSize();
}

QString JoinCard::codeText() const
{
    return m_code->text();
}

QString JoinCard::addressText() const
{
    return m_address->text();
}

void JoinCard::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    layoutForSize();
}

void JoinCard::mousePressEvent(QMouseEvent *)
{
    accept();
}

void JoinCard::layoutForSize()
{
    // Type grows with the card: on a projector the code fills most of its column.
    const int h = height();
    const auto font = [](int px, int weight) {
        QFont f;
        f.setPixelSize(std::max(px, 10));
        f.setWeight(QFont::Weight(weight));
        return f;
    };
    m_title->setFont(font(h / 16, 600));
    m_address->setFont(font(h / 20, 400));
    // A monospace glyph is about 0.6 em wide: the code fits its column (three fifths of the card).
    const int codeChars = std::max<int>(1, int(m_code->text().size()));
    QFont code = font(std::min(h / 4, int(width() * 0.5 / (codeChars * 0.68))), 700);
    code.setFamilies({u"DejaVu Sans Mono"_s, u"monospace"_s});
    code.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_code->setFont(code);
    m_hint->setFont(font(h / 40, 400));
    const QImage qr = qrCodeImage(m_url.toString(), 1);
    if (!qr.isNull()) {
        const int side = std::min(width() * 3 / 10, h - 120); // with its quiet zone inside its column
        const int scale = std::max(1, side / qr.width());
        const QPixmap pixmap = QPixmap::fromImage(qrCodeImage(m_url.toString(), scale));
        m_qr->setFixedSize(pixmap.size()); // the layout makes room for all of it, quiet zone included
        m_qr->setPixmap(pixmap);
    }
}

} // namespace steward::ui
