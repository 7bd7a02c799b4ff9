// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;

namespace steward::ui {

// The card for the projector: where to go, the join code, and a QR code of the link, large
// enough to read from the back of a classroom. Esc or a click closes it.
class JoinCard : public QDialog
{
    Q_OBJECT
public:
    JoinCard(const QString &title, const QUrl &joinUrl, const QString &joinCode, QWidget *parent = nullptr);

    QString codeText() const;
    QString addressText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void layoutForSize();

    QUrl m_url;
    QLabel *m_title;
    QLabel *m_address;
    QLabel *m_code;
    QLabel *m_qr;
    QLabel *m_hint;
};

} // namespace steward::ui
