// SPDX-License-Identifier: GPL-3.0-or-later
#include "OneTimeSecret.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

OneTimeSecret::OneTimeSecret(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_keyId(new QLineEdit), m_secret(new QLineEdit)
{
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *warning = new QLabel(tr("Copy the secret now and give it to the operator over a safe channel. "
                                  "It is not shown again: the host keeps it only in its secret store."));
    warning->setWordWrap(true);
    for (QLineEdit *e : {m_keyId, m_secret}) {
        e->setReadOnly(true);
        // Monospaced, so a secret read out over the phone has no ambiguous glyphs.
        e->setFont(QFont(u"monospace"_s));
        e->setMinimumWidth(e->fontMetrics().horizontalAdvance(QString(66, u'0')));
    }
    m_keyId->setAccessibleName(tr("New key id"));
    m_secret->setAccessibleName(tr("New secret, shown once"));

    auto *copyKey = new QPushButton(tr("Copy"));
    auto *copySecret = new QPushButton(tr("Copy secret"));
    auto *done = new QPushButton(tr("I have copied it"));
    connect(copyKey, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_keyId->text()); });
    connect(copySecret, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_secret->text()); });
    connect(done, &QPushButton::clicked, this, &OneTimeSecret::clear);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyId, 1);
    keyRow->addWidget(copyKey);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(copySecret);
    auto *form = new QFormLayout;
    form->addRow(tr("Key id:"), keyRow);
    form->addRow(tr("Secret:"), secretRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(done);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addLayout(buttons);
    setVisible(false);
}

void OneTimeSecret::show(const QString &operatorName, const QString &keyId, const QString &secret)
{
    m_title->setText(tr("New key for %1").arg(operatorName));
    m_keyId->setText(keyId);
    m_secret->setText(secret);
    setVisible(true);
}

void OneTimeSecret::clear()
{
    // Emptied, not just hidden: nothing of it is left for a later glance at the screen.
    m_keyId->clear();
    m_secret->clear();
    setVisible(false);
}

QString OneTimeSecret::keyId() const
{
    return m_keyId->text();
}

QString OneTimeSecret::secret() const
{
    return m_secret->text();
}

} // namespace steward::ui
