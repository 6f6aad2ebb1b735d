// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignsPage.h"

#include "core/campaigns/CampaignRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/loyalty/LoyaltyProgram.h"
#include "core/storage/Database.h"
#include "ui/campaigns/CampaignEditDialog.h"
#include "ui/campaigns/CampaignMemberTableModel.h"
#include "ui/campaigns/CampaignTableModel.h"
#include "ui/common/MessageBox.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace caredesk::ui {

namespace {

enum Mark { Contacted, Responded, Attended };

QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString count(int n)
{
    return QLocale().toString(n);
}

} // namespace

CampaignsPage::CampaignsPage(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_clock(clock),
      m_repository(std::make_unique<core::CampaignRepository>(database, clock)),
      m_customers(std::make_unique<core::CustomerRepository>(database, clock))
{
    auto *title = new QLabel(tr("Campaigns and community activities"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    const bool manage = m_repository->canManage();
    const QString onlyStaff = tr("Only a service officer, a manager or an administrator can do this.");
    m_new = new QPushButton(tr("&New campaign…"), this);
    m_new->setObjectName(QStringLiteral("newCampaignButton"));
    m_new->setEnabled(manage);
    m_edit = new QPushButton(tr("E&dit…"), this);
    m_edit->setObjectName(QStringLiteral("editCampaignButton"));
    m_edit->setToolTip(tr("Change the plan; once it has started, only name, goal, cost and last day."));
    m_build = new QPushButton(tr("&Build audience"), this);
    m_build->setObjectName(QStringLiteral("buildAudienceButton"));
    m_build->setToolTip(tr("Evaluate the segment again (drafts only)."));
    m_status = new QPushButton(tr("&Start campaign"), this);
    m_status->setObjectName(QStringLiteral("campaignStatusButton"));
    m_export = new QPushButton(tr("&Export contact list…"), this);
    m_export->setObjectName(QStringLiteral("exportContactsButton"));
    for (QPushButton *b : {m_new, m_edit, m_build, m_status, m_export}) {
        if (!manage) {
            b->setToolTip(onlyStaff);
        }
    }
    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_build, &QPushButton::clicked, this, &CampaignsPage::buildAudience);
    connect(m_edit, &QPushButton::clicked, this, &CampaignsPage::editCurrent);
    connect(m_status, &QPushButton::clicked, this, &CampaignsPage::changeStatus);
    connect(m_export, &QPushButton::clicked, this, &CampaignsPage::chooseExportFile);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_new);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("campaignsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_model = new CampaignTableModel(this);
    m_table = makeTable(QStringLiteral("campaignsTable"), tr("Campaigns"), this);
    m_table->setModel(m_model);
    setFocusProxy(m_table);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(CampaignTableModel::Name, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignsPage::showCurrent);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_evaluation = new QLabel(this);
    m_evaluation->setObjectName(QStringLiteral("campaignEvaluation"));
    m_evaluation->setTextFormat(Qt::PlainText);
    m_evaluation->setWordWrap(true);
    m_evaluation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evaluation->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_members = new CampaignMemberTableModel(*m_repository, this);
    connect(m_members, &CampaignMemberTableModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    m_memberTable = makeTable(QStringLiteral("campaignMembersTable"), tr("Campaign members"), this);
    m_memberTable->setModel(m_members);
    m_memberTable->horizontalHeader()->setStretchLastSection(false);
    m_memberTable->horizontalHeader()->setSectionResizeMode(CampaignMemberTableModel::Participation,
                                                            QHeaderView::Stretch);
    m_memberTable->installEventFilter(this);
    connect(m_memberTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT openCustomer(m_members->memberAt(index.row()).customerId); });

    m_contacted = new QPushButton(tr("Mark &contacted"), this);
    m_contacted->setObjectName(QStringLiteral("markContactedButton"));
    m_responded = new QPushButton(tr("Mark &responded…"), this);
    m_responded->setObjectName(QStringLiteral("markRespondedButton"));
    m_attended = new QPushButton(tr("Mark &attended"), this);
    m_attended->setObjectName(QStringLiteral("markAttendedButton"));
    connect(m_contacted, &QPushButton::clicked, this, [this] { markSelected(Contacted); });
    connect(m_responded, &QPushButton::clicked, this, [this] { markSelected(Responded); });
    connect(m_attended, &QPushButton::clicked, this, [this] { markSelected(Attended); });

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_build);
    actions->addWidget(m_status);
    actions->addWidget(m_export);
    actions->addStretch(1);
    auto *memberActions = new QHBoxLayout;
    memberActions->addWidget(new QLabel(tr("Selected member:"), this));
    memberActions->addWidget(m_contacted);
    memberActions->addWidget(m_responded);
    memberActions->addWidget(m_attended);
    memberActions->addStretch(1);

    auto *detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("campaignDetail"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_evaluation);
    detailLayout->addLayout(memberActions);
    detailLayout->addWidget(m_memberTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("campaignsEmptyState"));
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setMargin(24);
    m_emptyState->setText(manage ? tr("No campaigns yet. Choose New campaign… to plan an SMS reminder, a health "
                                      "lecture, a free check-up or a win-back, and to see who it would reach.")
                                 : tr("No campaigns yet. A service officer or a manager plans them; once there "
                                      "are some, you can record here who was contacted and who took part."));
    QFont emptyFont = m_emptyState->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyState->setFont(emptyFont);

    m_content = new QStackedWidget(this);
    m_content->addWidget(splitter);
    m_content->addWidget(m_emptyState);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_content, 1);
    setFocusProxy(m_table);
    reload();
}

CampaignsPage::~CampaignsPage() = default;

qint64 CampaignsPage::currentCampaignId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->rowAt(index.row()).campaign.id : 0;
}

void CampaignsPage::reload()
{
    const qint64 current = currentCampaignId();
    m_error->hide();
    auto campaigns = m_repository->campaigns();
    QList<CampaignTableModel::Row> rows;
    if (!campaigns) {
        m_error->setText(campaigns.error().message);
        m_error->show();
    } else {
        for (const core::Campaign &c : *campaigns) {
            auto evaluation = m_repository->evaluate(c.id);
            rows.append({c, evaluation ? *evaluation : core::CampaignEvaluation{}});
        }
    }
    m_model->setRows(rows);
    // Name stretches; the other columns fit what they hold.
    for (int column = CampaignTableModel::Kind; column < CampaignTableModel::ColumnCount; ++column) {
        m_table->resizeColumnToContents(column);
    }
    m_content->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget *>(m_emptyState) : m_content->widget(0));
    if (!rows.isEmpty()) {
        const int row = std::max(0, m_model->rowOf(current));
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    showCurrent();
}

bool CampaignsPage::selectCampaign(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    showCurrent();
    return true;
}

void CampaignsPage::showCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    const bool manage = m_repository->canManage();
    if (!index.isValid()) {
        m_title->clear();
        m_evaluation->clear();
        m_members->setCampaign(0);
        for (QPushButton *b : {m_edit, m_build, m_status, m_export, m_contacted, m_responded, m_attended}) {
            b->setEnabled(false);
        }
        return;
    }
    const CampaignTableModel::Row &row = m_model->rowAt(index.row());
    const core::Campaign &c = row.campaign;
    const core::CampaignEvaluation &e = row.evaluation;
    m_title->setText(
        tr("%1 · %2 · %3").arg(c.name, core::campaignKindLabel(c.kind), core::campaignStatusLabel(c.status)));

    QStringList lines;
    if (!c.goal.isEmpty()) {
        lines << tr("Goal: %1").arg(c.goal);
    }
    lines << tr("Consent needed: %1 for %2. Conversion: a visit within %n day(s) of the first day.", nullptr,
                c.conversionDays)
                 .arg(core::channelName(c.consentChannel()), core::purposeName(c.purpose).toLower());
    if (!c.audienceBuiltAt.isValid()) {
        lines << tr("The audience has not been built yet. Choose Build audience.");
    } else {
        lines << (e.hasHoldout() ? tr("Audience %1: %2 in the target group, %3 kept back as a holdout group.")
                                       .arg(count(e.audience()), count(e.targetSize), count(e.holdoutSize))
                                 : tr("Audience %1, no holdout group.").arg(count(e.audience())));
        QStringList excluded;
        for (core::ExclusionReason reason : core::allExclusionReasons()) {
            if (const int n = e.excluded.value(reason); n > 0) {
                excluded << tr("%1: %2").arg(core::exclusionReasonLabel(reason), count(n));
            }
        }
        lines << (excluded.isEmpty() ? tr("Nobody the segment matched was left out.")
                                     : tr("Left out %1 — %2.").arg(count(e.excludedTotal()), excluded.join(tr("; "))));
    }
    if (c.status != core::CampaignStatus::Draft) {
        lines << tr("Contacted %1; responded %2; participation %3 (responded or attended ÷ contacted).")
                     .arg(count(e.contacted), count(e.responded), CampaignTableModel::percent(e.participationRate()));
        if (e.isEvent) {
            lines << tr("Attended %1 (%2 of those contacted).")
                         .arg(count(e.attended), CampaignTableModel::percent(e.attendanceRate()));
        }
        if (e.hasHoldout()) {
            const auto uplift = e.upliftPoints();
            lines << tr("Converted: target %1 (%2), holdout %3 (%4); uplift %5 points.")
                         .arg(count(e.targetConversions), CampaignTableModel::percent(e.targetConversionRate()),
                              count(e.holdoutConversions), CampaignTableModel::percent(e.holdoutConversionRate()),
                              uplift ? QLocale().toString(*uplift, 'f', 1) : tr("–"));
        } else {
            lines << tr("Converted: %1 (%2).")
                         .arg(count(e.targetConversions), CampaignTableModel::percent(e.targetConversionRate()));
        }
        const QString cost = tr("¥%1").arg(QLocale().toString(e.costCents / 100.0, 'f', 2));
        switch (e.costBasis()) {
        case core::CampaignEvaluation::CostBasis::Incremental:
            lines << tr("Cost %1; %2 per conversion the campaign added (compared with the holdout group).")
                         .arg(cost, tr("¥%1").arg(QLocale().toString(*e.costPerConversionCents() / 100.0, 'f', 2)));
            break;
        case core::CampaignEvaluation::CostBasis::AllConversions:
            lines << tr("Cost %1; %2 per conversion (no holdout group, so all conversions count).")
                         .arg(cost, CampaignTableModel::costPerConversion(e));
            break;
        case core::CampaignEvaluation::CostBasis::None:
            lines << tr("Cost %1; no cost per conversion yet (no conversions the campaign can claim).").arg(cost);
            break;
        }
        lines << (e.averageCsat ? tr("Satisfaction of participants: %1 of 5 from %n survey response(s).", nullptr,
                                     e.satisfactionResponses)
                                      .arg(QLocale().toString(*e.averageCsat, 'f', 1))
                                : tr("No survey responses from participants in the window yet."));
    }
    m_evaluation->setText(lines.join(QLatin1Char('\n')));

    if (m_members->campaignId() != c.id) {
        m_members->setCampaign(c.id);
        for (int column = 0; column < CampaignMemberTableModel::ColumnCount; ++column) {
            if (column != CampaignMemberTableModel::Participation) {
                m_memberTable->resizeColumnToContents(column);
            }
        }
    } else {
        m_members->refresh();
    }
    const bool draft = c.status == core::CampaignStatus::Draft;
    m_build->setEnabled(manage && draft);
    m_edit->setEnabled(manage && c.status != core::CampaignStatus::Finished);
    m_status->setEnabled(manage && c.status != core::CampaignStatus::Finished);
    m_status->setText(draft ? tr("&Start campaign") : tr("&Finish campaign"));
    m_export->setEnabled(manage && !draft);
    for (QPushButton *b : {m_contacted, m_responded}) {
        b->setEnabled(!draft);
    }
    m_attended->setEnabled(!draft && c.isEvent());
}

void CampaignsPage::markSelected(int what)
{
    const qint64 id = currentCampaignId();
    const QModelIndex index = m_memberTable->currentIndex();
    if (id == 0 || !index.isValid()) {
        return;
    }
    const core::CampaignMember member = m_members->memberAt(index.row());
    core::Status done;
    switch (what) {
    case Contacted: done = m_repository->markContacted(id, member.customerId); break;
    case Responded: {
        bool ok = false;
        const QString response = QInputDialog::getText(this, tr("Response"), tr("What did %1 answer?").arg(member.name),
                                                       QLineEdit::Normal, member.response, &ok);
        if (!ok) {
            return;
        }
        done = m_repository->markResponded(id, member.customerId, response.trimmed());
        break;
    }
    default: done = m_repository->markAttended(id, member.customerId); break;
    }
    if (!done) {
        MessageBox::error(this, tr("Not recorded"), done.error());
        return;
    }
    const int row = index.row();
    reload();
    if (row < m_members->rowCount()) {
        m_memberTable->setCurrentIndex(m_members->index(std::min(row + 1, m_members->rowCount() - 1), 0));
    }
    m_memberTable->setFocus();
}

void CampaignsPage::buildAudience()
{
    auto built = m_repository->buildAudience(currentCampaignId());
    if (!built) {
        MessageBox::error(this, tr("Audience not built"), built.error());
    }
    reload();
}

void CampaignsPage::changeStatus()
{
    const qint64 id = currentCampaignId();
    auto c = m_repository->campaign(id);
    if (!c) {
        MessageBox::error(this, tr("Campaign not changed"), c.error());
        return;
    }
    const bool starting = c->status == core::CampaignStatus::Draft;
    const QString question = starting ? tr("Start \"%1\"? Its audience is then frozen: nobody is added or removed.")
                                      : tr("Finish \"%1\"? Participation can still be recorded afterwards.");
    if (MessageBox::question(this, starting ? tr("Start campaign") : tr("Finish campaign"), question.arg(c->name)) !=
        QMessageBox::Yes) {
        return;
    }
    const core::Status done = starting ? m_repository->start(id) : m_repository->finish(id);
    if (!done) {
        MessageBox::error(this, tr("Campaign not changed"), done.error());
    }
    reload();
}

void CampaignsPage::chooseExportFile()
{
    if (!m_repository->canManage() || currentCampaignId() == 0) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export contact list"), folder + QStringLiteral("/campaign-%1.csv").arg(currentCampaignId()),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportContactList(path);
    }
}

void CampaignsPage::exportContactList(const QString &path)
{
    const qint64 id = currentCampaignId();
    if (id == 0) {
        return;
    }
    if (MessageBox::question(this, tr("Export contact list"),
                             tr("The file will contain customers' names and contact details in plain text, "
                                "readable by anyone who gets it. The export is recorded in the audit trail under "
                                "your name. Delete the file when the messages have been sent.\n\nExport to %1?")
                                 .arg(path)) != QMessageBox::Yes) {
        return;
    }
    auto written = m_repository->exportContacts(id, path);
    if (!written) {
        MessageBox::error(this, tr("Contact list not exported"), written.error());
        return;
    }
    MessageBox::information(this, tr("Contact list exported"),
                            tr("%n customer(s) written to %1.", nullptr, written->rows).arg(written->path));
}

void CampaignsPage::editCurrent()
{
    auto campaign = m_repository->campaign(currentCampaignId());
    if (!campaign) {
        MessageBox::warning(this, tr("Edit campaign"), campaign.error().message);
        return;
    }
    openDialog(&*campaign);
}

void CampaignsPage::newCampaign()
{
    openDialog(nullptr);
}

void CampaignsPage::openDialog(const core::Campaign *editing)
{
    if (!m_repository->canManage()) {
        MessageBox::warning(this, tr("New campaign"),
                            tr("Only a service officer, a manager or an administrator can plan campaigns."));
        return;
    }
    QStringList tiers;
    if (auto program = core::LoyaltyProgram::load(m_database)) {
        for (const core::LoyaltyTier &t : program->tiers()) {
            tiers << t.id;
        }
    }
    auto regions = m_customers->regionsInUse();
    auto tags = m_customers->tagsInUse();
    CampaignEditDialog dialog(*m_repository, m_clock, regions ? *regions : QStringList(), tags ? *tags : QStringList(),
                              tiers, this);
    if (editing) {
        dialog.editCampaign(*editing);
    }
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectCampaign(dialog.savedCampaign().id);
    }
}

bool CampaignsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_memberTable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_memberTable->currentIndex().isValid()) {
            Q_EMIT openCustomer(m_members->memberAt(m_memberTable->currentIndex().row()).customerId);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace caredesk::ui
