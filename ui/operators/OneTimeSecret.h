// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace steward::ui {

// An operator's new key id and secret, shown in the page (not in a blocking dialog) until the
// operator dismisses it: the host keeps only its secret store's copy and never shows it again.
class OneTimeSecret : public QWidget
{
    Q_OBJECT
public:
    explicit OneTimeSecret(QWidget *parent = nullptr);

    void show(const QString &operatorName, const QString &keyId, const QString &secret);
    void clear();
    QString keyId() const;
    QString secret() const;

private:
    QLabel *m_title;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
};

} // namespace steward::ui
