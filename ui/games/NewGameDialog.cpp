// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewGameDialog.h"

#include "ConsoleKindRegistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

NewGameDialog::NewGameDialog(QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox), m_summary(new QLabel), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New game"));
    auto *top = new QFormLayout;
    top->addRow(tr("&Game:"), m_kind);

    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: palette(link); font-weight: 600;"_s);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    // Every kind's form is in the layout; only the chosen kind's shows.
    for (const ConsoleKind *k : ConsoleKindRegistry::instance().kinds()) {
        NewGameForm *form = k->newGameForm();
        if (!form)
            continue;
        m_kind->addItem(k->formName(), k->id());
        m_forms.insert(k->id(), form);
        layout->addWidget(form);
        connect(form, &NewGameForm::changed, this, &NewGameDialog::updateForKind);
    }
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewGameDialog::tryAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewGameDialog::updateForKind);
    updateForKind();
    m_kind->setFocus();
}

QString NewGameDialog::kind() const
{
    return m_kind->currentData().toString();
}

QJsonObject NewGameDialog::config() const
{
    const NewGameForm *form = m_forms.value(kind());
    return form ? form->config() : QJsonObject();
}

void NewGameDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NewGameDialog::tryAccept()
{
    const NewGameForm *form = m_forms.value(kind());
    const QString problem = form ? form->validate() : QString();
    if (!problem.isEmpty())
        return showError(problem);
    accept();
}

void NewGameDialog::updateForKind()
{
    const NewGameForm *chosen = m_forms.value(kind());
    for (NewGameForm *form : std::as_const(m_forms))
        form->setVisible(form == chosen);
    m_summary->setText(chosen ? chosen->summary() : QString());
    showError({});
}

} // namespace steward::ui
