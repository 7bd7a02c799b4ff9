// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainStatusPanel.h"

#include "ui/widgets/TimeText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
QString stageName(const QString &stage)
{
    if (stage == u"starting")
        return ChainStatusPanel::tr("starting");
    if (stage == u"starting devnet")
        return ChainStatusPanel::tr("starting the local devnet");
    if (stage == u"deploying contracts")
        return ChainStatusPanel::tr("deploying the contracts");
    if (stage == u"running")
        return ChainStatusPanel::tr("running");
    if (stage == u"stopped")
        return ChainStatusPanel::tr("stopped");
    return stage;
}

// A JSON number that may be null: -1 for none.
qint64 numberOr(const QJsonValue &v, qint64 none = -1)
{
    return v.isDouble() ? v.toInteger() : none;
}
} // namespace

ChainStatusPanel::ChainStatusPanel(QWidget *parent)
    : QWidget(parent), m_warning(new QLabel), m_error(new QLabel)
{
    for (QLabel *&value : m_values) {
        value = new QLabel;
        value->setTextInteractionFlags(Qt::TextSelectableByMouse); // addresses get copied
        value->setTextFormat(Qt::PlainText);
    }
    auto form = [this](std::initializer_list<std::pair<Field, QString>> rows) {
        auto *f = new QFormLayout;
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        f->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        for (const auto &[field, label] : rows)
            f->addRow(label, m_values[field]);
        return f;
    };
    auto *columns = new QHBoxLayout;
    columns->addLayout(form({{Node, tr("Node:")},
                             {ChainId, tr("Chain id:")},
                             {Stage, tr("Stage:")},
                             {Head, tr("Head block:")},
                             {Listener, tr("Listener:")}}),
                       1);
    columns->addSpacing(24);
    columns->addLayout(form({{Operator, tr("Operator:")},
                             {KeyStore, tr("Key store:")},
                             {Contracts, tr("Contracts:")},
                             {Outbox, tr("Outbox:")},
                             {Reconciliation, tr("Reconciliation:")}}),
                       1);
    m_values[KeyStore]->setWordWrap(true);
    m_values[Reconciliation]->setWordWrap(true);

    for (QLabel *l : {m_warning, m_error}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setFrameShape(QFrame::StyledPanel);
        l->setMargin(6);
        l->hide();
    }
    // Fixed light colours with dark text, so they read the same on a dark desktop theme.
    m_warning->setStyleSheet(u"QLabel { background: #fff4ce; color: #4d3b00; }"_s);
    m_error->setStyleSheet(u"QLabel { background: #fde7e9; color: #6e0811; }"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
}

QString ChainStatusPanel::text(Field field) const
{
    return m_values[field]->text();
}

QString ChainStatusPanel::warning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString ChainStatusPanel::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChainStatusPanel::setStatus(const QJsonObject &s)
{
    const QLocale locale;
    const auto set = [this](Field f, const QString &text) {
        if (m_values[f]->text() != text) // an unchanged label is not laid out again
            m_values[f]->setText(text);
    };

    const bool devnet = s.value(u"devnet").toBool();
    const QString reach = !s.contains(u"nodeReachable") ? QString()
                          : s.value(u"nodeReachable").toBool()  ? tr("answering")
                                                                 : tr("not answering");
    QStringList node{s.value(u"node").toString(tr("not known yet"))};
    node << (devnet ? tr("local devnet") : tr("external node"));
    if (!reach.isEmpty())
        node << reach;
    set(Node, node.join(u" · "_s));

    set(ChainId, tr("%1 · confirmations counted: %2")
                     .arg(s.value(u"chainId").toInteger())
                     .arg(s.value(u"confirmations").toInt(1)));
    set(Stage, stageName(s.value(u"stage").toString()));

    const qint64 head = numberOr(s.value(u"head"));
    set(Head, head < 0 ? tr("not known yet") : locale.toString(head));

    const QJsonObject listener = s.value(u"listener").toObject();
    const qint64 last = numberOr(listener.value(u"lastBlock"));
    QString listened;
    if (last < 0)
        listened = tr("has read no block yet");
    else if (head < 0 || last >= head)
        listened = tr("block %1 · up to date").arg(locale.toString(last));
    else
        listened = tr("block %1 · %2 behind the head").arg(locale.toString(last), locale.toString(head - last));
    if (const int reorgs = listener.value(u"reorgs").toInt(); reorgs > 0)
        listened += u" · "_s + tr("reorganisations seen: %1").arg(locale.toString(reorgs));
    set(Listener, listened);

    const QJsonObject outbox = s.value(u"outbox").toObject();
    QString counts = tr("%1 queued · %2 sent · %3 confirmed · %4 failed")
                         .arg(locale.toString(outbox.value(u"queued").toInteger()),
                              locale.toString(outbox.value(u"sent").toInteger()),
                              locale.toString(outbox.value(u"confirmed").toInteger()),
                              locale.toString(outbox.value(u"failed").toInteger()));
    if (const qint64 cancelled = outbox.value(u"cancelled").toInteger(); cancelled > 0)
        counts += u" · "_s + tr("%1 given up").arg(locale.toString(cancelled));
    set(Outbox, outbox.isEmpty() ? tr("not running yet") : counts);

    set(Operator, s.value(u"operator").toString(tr("not known yet")));
    set(KeyStore, s.value(u"keyStore").toString(tr("not known yet")));

    const QJsonObject contracts = s.value(u"contracts").toObject();
    QStringList deployed;
    for (auto it = contracts.begin(); it != contracts.end(); ++it)
        deployed << u"%1  %2"_s.arg(it.key(), it.value().toString());
    set(Contracts, deployed.isEmpty() ? tr("none deployed yet") : deployed.join(u'\n'));

    const QJsonObject rec = listener.value(u"reconciliation").toObject();
    QString reconciled;
    if (rec.isEmpty()) {
        reconciled = tr("not checked yet (every 30 s)");
    } else if (rec.value(u"ok").toBool()) {
        reconciled = tr("ok: %1 confirmed, %2 seen on chain · checked %3")
                         .arg(locale.toString(rec.value(u"confirmed").toInteger()),
                              locale.toString(rec.value(u"seenOnChain").toInteger()),
                              timeText(rec.value(u"checkedAt").toInteger()));
    } else {
        const QJsonArray missing = rec.value(u"missing").toArray();
        QStringList first;
        for (qsizetype i = 0; i < std::min<qsizetype>(3, missing.size()); ++i)
            first << missing.at(i).toString();
        // Whole sentences, one for each case, so that each language can order its own words.
        const QString checked = timeText(rec.value(u"checkedAt").toInteger());
        const QString shown = first.join(u", "_s);
        reconciled = missing.size() > first.size()
                         ? tr("confirmed here but missing on chain: %1 (%2 and %3 more) · checked %4")
                               .arg(locale.toString(missing.size()), shown,
                                    locale.toString(missing.size() - first.size()), checked)
                         : tr("confirmed here but missing on chain: %1 (%2) · checked %3")
                               .arg(locale.toString(missing.size()), shown, checked);
    }
    set(Reconciliation, reconciled);
    // Missing intents are the one finding here that something is wrong on chain.
    const QString recStyle = rec.isEmpty() || rec.value(u"ok").toBool() ? QString() : u"color: #c0392b;"_s;
    if (m_values[Reconciliation]->styleSheet() != recStyle)
        m_values[Reconciliation]->setStyleSheet(recStyle);

    const QString warning = s.value(u"keyStoreWarning").toString();
    m_warning->setText(tr("Key store: %1").arg(warning));
    m_warning->setVisible(!warning.isEmpty());
    const QString error = s.value(u"lastError").toString();
    m_error->setText(tr("Last error: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
}

} // namespace steward::ui
