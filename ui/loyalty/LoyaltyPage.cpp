// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/loyalty/LoyaltyPage.h"

#include "core/loyalty/LoyaltyLedger.h"
#include "core/storage/Database.h"
#include "ui/loyalty/LoyaltyProgramForm.h"

#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QShowEvent>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

QString currency(qint64 cents)
{
    return LoyaltyPage::tr("¥%1").arg(QLocale().toString(static_cast<double>(cents) / 100.0, 'f', 2));
}

QString points(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

LoyaltyPage::LoyaltyPage(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_clock(clock)
{
    auto *title = new QLabel(tr("Loyalty and membership"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // Overview.
    auto *overview = new QWidget(this);
    overview->setObjectName(QStringLiteral("loyaltyOverview"));
    m_asOf = new QLabel(overview);
    m_asOf->setObjectName(QStringLiteral("overviewAsOf"));
    m_asOf->setTextFormat(Qt::PlainText);
    m_refresh = new QPushButton(tr("&Refresh"), overview);
    m_refresh->setObjectName(QStringLiteral("overviewRefreshButton"));
    m_refresh->setToolTip(tr("Count again from the points ledger"));
    connect(m_refresh, &QPushButton::clicked, this, &LoyaltyPage::refreshOverview);
    auto *header = new QHBoxLayout;
    header->addWidget(m_asOf, 1);
    header->addWidget(m_refresh);

    m_error = new QLabel(overview);
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();
    m_note = new QLabel(overview);
    m_note->setObjectName(QStringLiteral("overviewNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();

    m_figures = new QWidget(overview);
    auto *grid = new QGridLayout(m_figures);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    QLabel *unused = nullptr;
    m_membersWithPoints = addFigure(QStringLiteral("overviewMembersWithPoints"), tr("Members with points"),
                                    tr("Customers whose balance is above 0"), 0, 0, &unused);
    m_outstanding =
        addFigure(QStringLiteral("overviewOutstandingPoints"), tr("Outstanding points"),
                  tr("Points earned and neither redeemed nor expired: what the site still owes its members"), 0, 1,
                  &m_outstandingDetail);
    m_outstandingDetail->setObjectName(QStringLiteral("overviewOutstandingValue"));
    m_expiring = addFigure(QStringLiteral("overviewExpiring"),
                           tr("Expiring in the next %1 days").arg(core::LoyaltyOverview::expiringWithinDays),
                           tr("Points whose lot reaches its expiry day within the next %1 days: a reason to remind "
                              "those members")
                               .arg(core::LoyaltyOverview::expiringWithinDays),
                           0, 2, &m_expiringDetail);
    m_expiringDetail->setObjectName(QStringLiteral("overviewExpiringMembers"));
    m_earned = addFigure(QStringLiteral("overviewEarned"), tr("Earned, last 12 months"),
                         tr("Points earned on purchases and referral rewards, less the ones reversed"), 1, 0, &unused);
    m_redeemed = addFigure(QStringLiteral("overviewRedeemed"), tr("Redeemed, last 12 months"),
                           tr("Points paid for drugs, devices or services, less redemptions reversed"), 1, 1, &unused);
    m_expired = addFigure(QStringLiteral("overviewExpired"), tr("Expired, last 12 months"),
                          tr("Points that reached their expiry day unused"), 1, 2, &unused);
    m_rate = addFigure(QStringLiteral("overviewRedemptionRate"), tr("Redemption rate"),
                       tr("Points redeemed ÷ points earned in the last 12 months. A low rate means members do not "
                          "see value in their points; a high one, that the liability turns into cost."),
                       0, 3, &m_rateDetail);
    for (int column = 0; column < 4; ++column) {
        grid->setColumnStretch(column, 1);
    }

    m_tierBox = new QGroupBox(tr("Members per tier"), overview);
    m_tierBox->setToolTip(tr("Customers with points history, by their tier as last evaluated"));
    m_tierForm = new QFormLayout(m_tierBox);
    grid->addWidget(m_tierBox, 1, 3, 2, 1, Qt::AlignTop);

    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(12, 12, 12, 12);
    overviewLayout->setSpacing(12);
    overviewLayout->addLayout(header);
    overviewLayout->addWidget(m_error);
    overviewLayout->addWidget(m_note);
    overviewLayout->addWidget(m_figures);
    overviewLayout->addStretch(1);

    // Settings.
    m_form = new LoyaltyProgramForm(database, this);
    m_form->setObjectName(QStringLiteral("loyaltyProgramForm"));
    connect(m_form, &LoyaltyProgramForm::saved, this, &LoyaltyPage::refreshOverview);
    auto *settings = new QScrollArea(this);
    settings->setObjectName(QStringLiteral("loyaltySettings"));
    settings->setWidgetResizable(true);
    settings->setFrameShape(QFrame::NoFrame);
    auto *settingsBody = new QWidget(settings);
    auto *settingsLayout = new QVBoxLayout(settingsBody);
    settingsLayout->setContentsMargins(12, 12, 12, 12);
    settingsLayout->addWidget(m_form);
    settings->setWidget(settingsBody);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("loyaltyTabs"));
    m_tabs->addTab(overview, tr("&Overview"));
    m_tabs->addTab(settings, tr("&Programme settings"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    // The overview aggregates the whole ledger (seconds at 1M customers): it is read when the page is shown, not
    // while the main window is being built.
}

LoyaltyPage::~LoyaltyPage() = default;

QLabel *LoyaltyPage::addFigure(const QString &objectName, const QString &caption, const QString &toolTip, int row,
                               int column, QLabel **detail)
{
    auto *card = new QFrame(m_figures);
    card->setFrameShape(QFrame::StyledPanel);
    card->setToolTip(toolTip);
    auto *captionLabel = new QLabel(caption, card);
    captionLabel->setWordWrap(true);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(card);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(caption);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    value->setFont(font);
    *detail = new QLabel(card);
    (*detail)->setTextFormat(Qt::PlainText);
    (*detail)->setWordWrap(true);
    auto *layout = new QVBoxLayout(card);
    layout->addWidget(captionLabel);
    layout->addWidget(value);
    layout->addWidget(*detail);
    layout->addStretch(1);
    static_cast<QGridLayout *>(m_figures->layout())->addWidget(card, row, column);
    return value;
}

void LoyaltyPage::refreshOverview()
{
    m_error->hide();
    const QDate today = m_clock.today();
    const core::LoyaltyLedger ledger(m_database, m_clock);
    auto overview = ledger.overview(today);
    if (!overview) {
        m_error->setText(overview.error().message);
        m_error->show();
        m_figures->hide();
        return;
    }
    m_figures->show();
    m_asOf->setText(tr("At the end of %1; the last 12 months are %2 to %1.")
                        .arg(today.toString(QStringLiteral("yyyy-MM-dd")),
                             overview->windowStart.toString(QStringLiteral("yyyy-MM-dd"))));
    showFigures(*overview);
    const qint64 rate = ledger.program().pointsPerCurrencyUnitRedeemed();
    m_outstandingDetail->setText(
        tr("worth %1 at %2 points per ¥1").arg(currency(overview->outstandingValueCents), points(rate)));
}

void LoyaltyPage::showFigures(const core::LoyaltyOverview &overview)
{
    const QLocale locale;
    m_membersWithPoints->setText(points(overview.membersWithPoints));
    m_outstanding->setText(points(overview.outstandingPoints));
    m_earned->setText(points(overview.earned));
    m_redeemed->setText(points(overview.redeemed));
    m_expired->setText(points(overview.expired));
    if (overview.redemptionRate) {
        m_rate->setText(tr("%1%").arg(locale.toString(*overview.redemptionRate * 100.0, 'f', 1)));
        m_rateDetail->setText(tr("redeemed ÷ earned"));
    } else {
        m_rate->setText(tr("–"));
        m_rateDetail->setText(tr("nothing earned in the last 12 months"));
    }
    m_expiring->setText(points(overview.expiringPoints));
    m_expiringDetail->setText(tr("held by %n member(s)", nullptr, static_cast<int>(overview.expiringMembers)));

    while (m_tierForm->rowCount() > 0) {
        m_tierForm->removeRow(0);
    }
    qint64 members = 0;
    for (const core::LoyaltyTierCount &tier : overview.tiers) {
        auto *count = new QLabel(tr("%n member(s)", nullptr, static_cast<int>(tier.members)), m_tierBox);
        count->setObjectName(QStringLiteral("overviewTier_%1").arg(tier.tierId));
        count->setTextFormat(Qt::PlainText);
        m_tierForm->addRow(tr("%1:").arg(core::LoyaltyProgram::tierName(tier.tierId)), count);
        members += tier.members;
    }

    const bool nothing = members == 0;
    m_note->setVisible(nothing);
    if (nothing) {
        m_note->setText(tr("No member has earned points yet. Points are earned when a purchase or visit is recorded "
                           "for a customer, under the programme settings."));
    }
}

void LoyaltyPage::showOverview()
{
    m_tabs->setCurrentIndex(0);
}

void LoyaltyPage::showSettings()
{
    m_tabs->setCurrentIndex(1);
}

void LoyaltyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read on every show: points change at the counter while this area is hidden.
    if (!event->spontaneous()) {
        refreshOverview();
    }
}

} // namespace caredesk::ui
