// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomerProfilePage.h"

#include "core/auth/Permission.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/followups/FollowUpRepository.h"

#include "core/common/Clock.h"
#include "core/customers/CustomerRepository.h"
#include "core/feedback/SurveyRepository.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/storage/Database.h"
#include "core/timeline/CustomerTimeline.h"
#include "core/visits/VisitRepository.h"
#include "ui/common/MessageBox.h"
#include "ui/customers/ConsentChangeDialog.h"
#include "ui/customers/CustomerText.h"
#include "ui/customers/RevealDialog.h"
#include "ui/customers/TimelineTableModel.h"
#include "ui/feedback/SurveyResponseDialog.h"
#include "ui/loyalty/MemberStatementPdf.h"
#include "ui/loyalty/RedeemPointsDialog.h"
#include "ui/visits/InteractionDialog.h"
#include "ui/visits/VisitEditDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace caredesk::ui {

namespace {

constexpr int membersShown = 10;

QLabel *valueLabel(const QString &text, QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(format);
    label->setWordWrap(true);
    label->setTextInteractionFlags(format == Qt::RichText ? Qt::TextBrowserInteraction : Qt::TextSelectableByMouse);
    return label;
}

void clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0) {
        form->removeRow(0);
    }
}

QString sectionStyle()
{
    return QStringLiteral("QGroupBox { font-weight: bold; } QGroupBox QLabel { font-weight: normal; }");
}

} // namespace

CustomerProfilePage::CustomerProfilePage(core::Database &database, core::CustomerRepository &repository,
                                         const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_repository(repository), m_clock(clock),
      m_visits(std::make_unique<core::VisitRepository>(database, clock)),
      m_surveys(std::make_unique<core::SurveyRepository>(database, clock)),
      m_loyalty(std::make_unique<core::LoyaltyLedger>(database, clock)),
      m_complaints(std::make_unique<core::ComplaintRepository>(database, clock)),
      m_followUps(std::make_unique<core::FollowUpRepository>(database, clock)),
      m_history(std::make_unique<core::CustomerTimeline>(repository, *m_visits, *m_surveys, *m_loyalty))
{
    m_history->setServiceSources(m_complaints.get(), m_followUps.get());
    m_backAction = new QAction(tr("Back to List"), this);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_backAction, &QAction::triggered, this, &CustomerProfilePage::backRequested);
    addAction(m_backAction);

    m_editAction = new QAction(tr("Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (m_customer.id != 0 && !m_customer.mergedInto) {
            Q_EMIT editRequested(m_customer.id);
        }
    });
    addAction(m_editAction);

    const auto shortcutText = [](const QAction *action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    auto *back = new QPushButton(tr("← &Back"), this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setToolTip(tr("Back to the customer list (%1)").arg(shortcutText(m_backAction)));
    connect(back, &QPushButton::clicked, m_backAction, &QAction::trigger);
    m_consentButton = new QPushButton(tr("Record Co&nsent Change…"), this);
    m_consentButton->setObjectName(QStringLiteral("recordConsent"));
    m_consentButton->setToolTip(tr("Record that the customer gave or withdrew consent to be contacted"));
    connect(m_consentButton, &QPushButton::clicked, this, &CustomerProfilePage::recordConsent);

    // What happens at the desk, each one keystroke away: Alt + the underlined letter opens the form, Enter saves.
    const auto recordButton = [this](const QString &text, const char *name, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setToolTip(tip);
        button->setAutoDefault(false);
        m_recordButtons.append(button);
        return button;
    };
    QPushButton *visitButton =
        recordButton(tr("Record &Visit…"), "recordVisit", tr("Record a visit or purchase (Alt+V), then Enter to save"));
    connect(visitButton, &QPushButton::clicked, this, &CustomerProfilePage::recordVisit);
    QPushButton *contactButton = recordButton(tr("&Log Contact…"), "logContact",
                                              tr("Log a call, message or conversation with this customer (Alt+L)"));
    connect(contactButton, &QPushButton::clicked, this, &CustomerProfilePage::logContact);
    QPushButton *surveyButton =
        recordButton(tr("&Survey…"), "recordSurvey", tr("Enter a satisfaction survey, e.g. a paper form (Alt+S)"));
    connect(surveyButton, &QPushButton::clicked, this, &CustomerProfilePage::recordSurvey);
    QPushButton *redeemButton =
        recordButton(tr("Redeem &Points…"), "redeemPoints", tr("Pay with loyalty points (Alt+P)"));
    connect(redeemButton, &QPushButton::clicked, this, &CustomerProfilePage::redeemPoints);
    QPushButton *statementButton = recordButton(tr("S&tatement…"), "memberStatement",
                                                tr("Save the member's points statement for the last 12 months as a "
                                                   "PDF to print or hand over (Alt+T)"));
    connect(statementButton, &QPushButton::clicked, this, &CustomerProfilePage::chooseStatementFile);
    QPushButton *complaintButton =
        recordButton(tr("Co&mplaint…"), "recordComplaint", tr("Take a complaint from this customer (Alt+M)"));
    connect(complaintButton, &QPushButton::clicked, this, [this] { emit complaintRequested(m_customer.id); });
    QPushButton *followUpButton =
        recordButton(tr("Pl&an Follow-up…"), "planFollowUp", tr("Plan a follow-up call with this customer (Alt+A)"));
    connect(followUpButton, &QPushButton::clicked, this, [this] { emit followUpRequested(m_customer.id); });
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setToolTip(tr("Edit this customer's details (%1)").arg(shortcutText(m_editAction)));
    connect(m_editButton, &QPushButton::clicked, m_editAction, &QAction::trigger);

    auto *topBar = new QHBoxLayout;
    topBar->addWidget(back);
    topBar->addSpacing(12);
    for (QPushButton *button : std::as_const(m_recordButtons)) {
        topBar->addWidget(button);
    }
    topBar->addStretch(1);
    topBar->addWidget(m_consentButton);
    topBar->addWidget(m_editButton);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_body = new QWidget(this);

    m_mergedBanner = new QLabel(m_body);
    m_mergedBanner->setObjectName(QStringLiteral("mergedBanner"));
    m_mergedBanner->setTextFormat(Qt::RichText);
    m_mergedBanner->setWordWrap(true);
    m_mergedBanner->setStyleSheet(QStringLiteral("QLabel { background-color: #fff4e5; border: 1px solid #f0c36d; "
                                                 "border-radius: 4px; padding: 6px 8px; }"));
    connect(m_mergedBanner, &QLabel::linkActivated, this, &CustomerProfilePage::onLinkActivated);
    m_mergedBanner->hide();

    m_name = new QLabel(m_body);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.7);
    nameFont.setBold(true);
    m_name->setFont(nameFont);

    m_subtitle = new QLabel(m_body);
    m_subtitle->setObjectName(QStringLiteral("profileSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subtitleFont = m_subtitle->font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.1);
    m_subtitle->setFont(subtitleFont);

    m_phone = new QLabel(m_body);
    m_phone->setObjectName(QStringLiteral("profilePhone"));
    m_phone->setTextFormat(Qt::PlainText);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phone->setFont(subtitleFont);
    m_phone2 = new QLabel(m_body);
    m_phone2->setObjectName(QStringLiteral("profilePhone2"));
    m_phone2->setTextFormat(Qt::PlainText);
    m_phone2->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revealPhone = new QPushButton(m_body);
    m_revealPhone->setObjectName(QStringLiteral("revealPhone"));
    m_revealPhone->setAutoDefault(false);
    // Who may reveal, and an audit record of each reveal, come with staff roles; until then anyone signed in may.
    connect(m_revealPhone, &QPushButton::clicked, this, &CustomerProfilePage::togglePhones);
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone);
    phoneRow->addSpacing(12);
    phoneRow->addWidget(m_phone2);
    phoneRow->addSpacing(12);
    phoneRow->addWidget(m_revealPhone);
    phoneRow->addStretch(1);

    auto *detailsBox = new QGroupBox(tr("Details"), m_body);
    detailsBox->setStyleSheet(sectionStyle());
    m_details = new QFormLayout(detailsBox);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *relationshipBox = new QGroupBox(tr("Relationship"), m_body);
    relationshipBox->setStyleSheet(sectionStyle());
    m_relationship = new QFormLayout(relationshipBox);
    m_relationship->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(detailsBox, 1);
    columns->addWidget(relationshipBox, 1);

    auto *timelineBox = new QGroupBox(tr("Timeline"), m_body);
    timelineBox->setObjectName(QStringLiteral("timeline"));
    timelineBox->setStyleSheet(sectionStyle());
    m_timeline = timelineBox;
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setSpacing(6);
    m_kindFilter = new QComboBox(timelineBox);
    m_kindFilter->setObjectName(QStringLiteral("timelineKindFilter"));
    m_kindFilter->setAccessibleName(tr("Show in the timeline"));
    m_kindFilter->addItem(tr("Everything"), -1);
    for (core::TimelineKind kind : core::CustomerTimeline::allKinds()) {
        m_kindFilter->addItem(core::CustomerTimeline::kindName(kind), static_cast<int>(kind));
    }
    m_periodFilter = new QComboBox(timelineBox);
    m_periodFilter->setObjectName(QStringLiteral("timelinePeriodFilter"));
    m_periodFilter->setAccessibleName(tr("Period"));
    m_periodFilter->addItem(tr("All time"), 0);
    m_periodFilter->addItem(tr("Last 30 days"), 30);
    m_periodFilter->addItem(tr("Last 3 months"), 91);
    m_periodFilter->addItem(tr("Last 12 months"), 365);
    m_undoMerge = new QPushButton(tr("&Undo Merge…"), timelineBox);
    m_undoMerge->setObjectName(QStringLiteral("unmergeButton"));
    m_undoMerge->setAutoDefault(false);
    m_undoMerge->setToolTip(tr("Restore both customers exactly as they were before the selected merge"));
    m_undoMerge->setEnabled(false);
    m_undoMerge->hide();
    auto *filterRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Sh&ow:"), timelineBox);
    showLabel->setBuddy(m_kindFilter);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_kindFilter);
    filterRow->addWidget(m_periodFilter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_undoMerge);
    timelineLayout->addLayout(filterRow);

    m_timelineModel = new TimelineTableModel(this);
    m_timelineView = new QTreeView(timelineBox);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setUniformRowHeights(true);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setModel(m_timelineModel);
    m_timelineView->setMinimumHeight(220);
    const int charWidth = m_timelineView->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_timelineView->header()->setStretchLastSection(true);
    m_timelineView->header()->resizeSection(TimelineTableModel::When, charWidth * 18);
    m_timelineView->header()->resizeSection(TimelineTableModel::What, charWidth * 42);
    timelineLayout->addWidget(m_timelineView, 1);
    m_timelineEmpty = new QLabel(timelineBox);
    m_timelineEmpty->setObjectName(QStringLiteral("timelineNote"));
    m_timelineEmpty->setWordWrap(true);
    m_timelineEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_timelineEmpty->hide();
    timelineLayout->addWidget(m_timelineEmpty);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &CustomerProfilePage::renderTimeline);
    connect(m_periodFilter, &QComboBox::currentIndexChanged, this, &CustomerProfilePage::renderTimeline);
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerProfilePage::updateUndoMerge);
    connect(m_undoMerge, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_timelineView->currentIndex();
        if (current.isValid() && m_timelineModel->entryAt(current).undoableMerge) {
            const core::TimelineEntry &entry = m_timelineModel->entryAt(current);
            undoMerge(entry.sourceId, entry.survivorName, entry.mergedName);
        }
    });

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(10);
    bodyLayout->addWidget(m_mergedBanner);
    bodyLayout->addWidget(m_name);
    bodyLayout->addWidget(m_subtitle);
    bodyLayout->addLayout(phoneRow);
    bodyLayout->addLayout(columns);
    bodyLayout->addWidget(timelineBox, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(topBar);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    m_body->hide();
}

CustomerProfilePage::~CustomerProfilePage() = default;

bool CustomerProfilePage::showCustomer(core::CustomerId id)
{
    m_phonesRevealed = false;
    auto customer = m_repository.findById(id);
    if (!customer) {
        m_customer = {};
        m_error->setText(customer.error().message);
        m_error->show();
        m_body->hide();
        m_editAction->setEnabled(false);
        m_consentButton->setEnabled(false);
        m_editButton->setEnabled(false);
        for (QPushButton *button : std::as_const(m_recordButtons)) {
            button->setEnabled(false);
        }
        return false;
    }
    if (m_customer.id != id) {
        (void)m_repository.recordView(id); // the audit trail: who opened whose profile (a refresh is not a view)
    }
    m_customer = *customer;
    render();
    return true;
}

void CustomerProfilePage::reload()
{
    if (m_customer.id != 0) {
        const bool revealed = m_phonesRevealed;
        if (showCustomer(m_customer.id)) {
            m_phonesRevealed = revealed;
            updatePhones();
        }
    }
}

QString CustomerProfilePage::customerLink(core::CustomerId id, const QString &text) const
{
    return QStringLiteral("<a href=\"customer:%1\">%2</a>").arg(id).arg(text.toHtmlEscaped());
}

void CustomerProfilePage::onLinkActivated(const QString &link)
{
    if (link.startsWith(QLatin1String("customer:"))) {
        Q_EMIT openCustomer(link.mid(9).toLongLong());
    }
}

void CustomerProfilePage::render()
{
    m_error->hide();
    m_body->show();
    const core::Customer &c = m_customer;
    const bool individual = c.kind == core::CustomerKind::Individual;
    const bool active = !c.mergedInto;
    m_editAction->setEnabled(active);
    m_editButton->setEnabled(active);
    m_consentButton->setEnabled(active);
    for (QPushButton *button : std::as_const(m_recordButtons)) {
        button->setEnabled(active);
    }

    if (c.mergedInto) {
        auto survivor = m_repository.findById(*c.mergedInto);
        const QString name = survivor ? survivor->name : QString::number(*c.mergedInto);
        m_mergedBanner->setText(
            tr("This record was merged into %1. Its history is there now.").arg(customerLink(*c.mergedInto, name)));
        m_mergedBanner->show();
    } else {
        m_mergedBanner->hide();
    }

    m_name->setText(c.name);
    QString subtitle;
    if (individual) {
        subtitle = tr("%1 · %2 · Member no. %3")
                       .arg(core::sexName(c.sex), CustomerText::age(c.birthDate, m_clock.today()), c.memberNumber);
    } else {
        subtitle = tr("%1 · Member no. %2").arg(core::kindName(c.kind), c.memberNumber);
    }
    m_subtitle->setText(subtitle);
    updatePhones();
    renderDetails();
    renderRelationship();
    renderTimeline();
}

void CustomerProfilePage::updatePhones()
{
    const core::Customer &c = m_customer;
    const auto shown = [this](const QString &phone) {
        return m_phonesRevealed ? phone : CustomerText::maskedPhone(phone);
    };
    m_phone->setText(c.phone.isEmpty() ? tr("No phone number") : tr("Phone: %1").arg(shown(c.phone)));
    m_phone2->setText(tr("Second phone: %1").arg(shown(c.phone2)));
    m_phone2->setVisible(!c.phone2.isEmpty());
    m_revealPhone->setVisible(!c.phone.isEmpty() || !c.phone2.isEmpty());
    m_revealPhone->setEnabled(m_phonesRevealed ||
                              core::roleAllows(m_database.session().role, core::Permission::RevealMasked));
    m_revealPhone->setText(m_phonesRevealed ? tr("&Hide Number") : tr("&Reveal Number"));
    m_revealPhone->setToolTip(m_phonesRevealed ? tr("Mask the phone numbers again")
                                               : tr("Show the full phone numbers, for calling the customer"));
}

void CustomerProfilePage::togglePhones()
{
    if (!m_phonesRevealed) {
        // The full number comes from core, with a reason, into the audit trail; it lives in this view only.
        RevealDialog dialog(m_database, m_clock, m_customer.id, core::MaskedField::Phone, this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        m_customer.phone = dialog.revealedValue();
        if (!m_customer.phone2.isEmpty()) {
            if (auto second = m_repository.reveal(m_customer.id, core::MaskedField::Phone2, dialog.reason())) {
                m_customer.phone2 = *second;
            }
        }
    }
    m_phonesRevealed = !m_phonesRevealed;
    updatePhones();
}

void CustomerProfilePage::renderDetails()
{
    const core::Customer &c = m_customer;
    const bool individual = c.kind == core::CustomerKind::Individual;
    clearForm(m_details);
    QWidget *parent = m_details->parentWidget();
    const auto add = [this, parent](const QString &label, const QString &value, const QString &objectName) {
        QLabel *field = valueLabel(value, parent);
        field->setObjectName(objectName);
        m_details->addRow(label, field);
        return field;
    };
    add(tr("Member number:"), c.memberNumber, QStringLiteral("profileMemberNumber"));
    if (individual) {
        add(tr("Date of birth:"), CustomerText::date(c.birthDate), QStringLiteral("profileBirthDate"));
        add(tr("ID number:"), c.idNumber.isEmpty() ? tr("Not recorded") : CustomerText::maskedIdNumber(c.idNumber),
            QStringLiteral("profileIdNumber"));
    }
    add(tr("Email:"), c.email.isEmpty() ? tr("Not recorded") : c.email, QStringLiteral("profileEmail"));
    add(tr("Region:"), c.region.isEmpty() ? tr("Not recorded") : c.region, QStringLiteral("profileRegion"));
    add(tr("Address:"), c.address.isEmpty() ? tr("Not recorded") : c.address, QStringLiteral("profileAddress"));
    add(tr("Source:"), core::sourceName(c.source), QStringLiteral("profileSource"));
    add(tr("Preferred channel:"), core::channelName(c.preferredChannel), QStringLiteral("profileChannel"));
    if (!c.categories.isEmpty()) {
        add(tr("Specialties:"), c.categories.join(QStringLiteral(", ")), QStringLiteral("profileCategories"));
    }
    if (individual) {
        add(tr("Medication:"),
            c.chronicMedication ? tr("Needs regular (chronic) medication") : tr("No regular medication recorded"),
            QStringLiteral("profileChronic"));
    }
    add(tr("Notes:"), c.notes.isEmpty() ? tr("None") : c.notes, QStringLiteral("profileNotes"));
}

void CustomerProfilePage::renderRelationship()
{
    const core::Customer &c = m_customer;
    clearForm(m_relationship);
    QWidget *parent = m_relationship->parentWidget();
    const auto add = [this, parent](const QString &label, const QString &value, const QString &objectName,
                                    Qt::TextFormat format = Qt::PlainText) {
        QLabel *field = valueLabel(value, parent, format);
        field->setObjectName(objectName);
        if (format == Qt::RichText) {
            connect(field, &QLabel::linkActivated, this, &CustomerProfilePage::onLinkActivated);
        }
        m_relationship->addRow(label, field);
        return field;
    };

    add(tr("Membership:"), membershipText(), QStringLiteral("profileTier"));

    const core::ActivityStatus status = m_repository.statusOf(c);
    const QString since =
        c.lastActivityAt.isValid()
            ? tr("last activity %1").arg(CustomerText::localDate(c.lastActivityAt))
            : tr("no activity recorded since registration on %1").arg(CustomerText::localDate(c.createdAt));
    add(tr("Status:"), tr("%1 (%2)").arg(core::statusName(status), since), QStringLiteral("profileStatus"));
    add(tr("Lifecycle:"), core::lifecycleName(c.lifecycle), QStringLiteral("profileLifecycle"));
    add(tr("Tags:"), c.tags.isEmpty() ? tr("None") : c.tags.join(QStringLiteral(", ")), QStringLiteral("profileTags"));

    // Consent: the latest event per channel and purpose decides.
    QStringList consentLines;
    auto history = m_repository.consentHistory(c.id);
    if (!history) {
        consentLines << history.error().message;
    } else {
        QMap<QString, core::ConsentEvent> latest;
        for (const core::ConsentEvent &event : std::as_const(*history)) {
            latest.insert(core::channelId(event.channel) + QLatin1Char('|') + event.purpose, event);
        }
        for (const core::ConsentEvent &event : std::as_const(latest)) {
            const QString key = CustomerText::consentKey(event.channel, event.purpose).toHtmlEscaped();
            const QString date = CustomerText::localDate(event.at);
            const QString mark = event.granted ? QStringLiteral("<span style=\"color:#1e6b2e\">\u2714</span> ")
                                               : QStringLiteral("<span style=\"color:#8c1d18\">\u2718</span> ");
            consentLines << mark + (event.granted ? tr("%1: given %2") : tr("%1: withdrawn %2")).arg(key, date);
        }
        if (latest.isEmpty()) {
            consentLines << tr("No consent recorded: do not contact for marketing or surveys.").toHtmlEscaped();
        }
    }
    add(tr("Consent:"), consentLines.join(QStringLiteral("<br>")), QStringLiteral("profileConsent"), Qt::RichText);

    if (c.kind == core::CustomerKind::Organisation) {
        core::CustomerFilter members;
        members.organisationId = c.id;
        auto count = m_repository.count(members);
        auto page = m_repository.page(members, core::CustomerSort::Name, true, std::nullopt, membersShown);
        QString text;
        if (!count || !page) {
            text = (!count ? count.error().message : page.error().message).toHtmlEscaped();
        } else if (*count == 0) {
            text = tr("No members linked yet.").toHtmlEscaped();
        } else {
            QStringList links;
            for (const core::Customer &member : std::as_const(*page)) {
                links << customerLink(member.id, member.name);
            }
            text = links.join(QStringLiteral(", "));
            if (*count > page->size()) {
                text = tr("%1 and %2 more").arg(text).arg(*count - page->size());
            }
        }
        add(tr("Members:"), text, QStringLiteral("profileMembers"), Qt::RichText);
    } else if (c.organisationId) {
        auto organisation = m_repository.findById(*c.organisationId);
        add(tr("Organisation:"),
            organisation ? customerLink(organisation->id, organisation->name)
                         : organisation.error().message.toHtmlEscaped(),
            QStringLiteral("profileOrganisation"), Qt::RichText);
    }
    if (c.referredBy) {
        auto referrer = m_repository.findById(*c.referredBy);
        add(tr("Referred by:"),
            referrer ? tr("%1 (%2)").arg(customerLink(referrer->id, referrer->name), referrer->memberNumber)
                     : referrer.error().message.toHtmlEscaped(),
            QStringLiteral("profileReferredBy"), Qt::RichText);
    } else {
        add(tr("Referred by:"), tr("Nobody recorded"), QStringLiteral("profileReferredBy"));
    }
}

void CustomerProfilePage::renderTimeline()
{
    if (m_customer.id == 0) {
        return;
    }
    core::TimelineFilter filter;
    if (const int kind = m_kindFilter->currentData().toInt(); kind >= 0) {
        filter.kinds.insert(static_cast<core::TimelineKind>(kind));
    }
    if (const int days = m_periodFilter->currentData().toInt(); days > 0) {
        filter.from = m_clock.nowUtc().addDays(-days);
    }
    auto entries = m_history->entries(m_customer, filter);
    if (!entries) {
        m_timelineModel->setEntries({});
        m_timelineEmpty->setText(entries.error().message);
        m_timelineEmpty->show();
        updateUndoMerge();
        return;
    }
    const bool anyMerge =
        std::any_of(entries->cbegin(), entries->cend(), [](const core::TimelineEntry &e) { return e.undoableMerge; });
    m_timelineModel->setEntries(std::move(entries).value());
    m_undoMerge->setVisible(anyMerge);
    if (m_timelineModel->rowCount() == 0) {
        m_timelineEmpty->setText(tr("Nothing of this kind was recorded in this period."));
        m_timelineEmpty->show();
    } else {
        m_timelineEmpty->hide();
        // The first undoable merge is selected, so Undo Merge is one keystroke away when that is what one came for.
        int row = 0;
        for (int i = 0; i < m_timelineModel->rowCount(); ++i) {
            if (m_timelineModel->entryAt(m_timelineModel->index(i, 0)).undoableMerge) {
                row = i;
                break;
            }
        }
        m_timelineView->setCurrentIndex(m_timelineModel->index(row, 0));
    }
    updateUndoMerge();
}

QString CustomerProfilePage::membershipText() const
{
    auto tier = m_loyalty->currentTier(m_customer.id);
    auto balance = m_loyalty->balance(m_customer.id);
    if (!tier || !balance) {
        return (!tier ? tier.error() : balance.error()).message;
    }
    QString text = tr("%1 · %2 points").arg(core::LoyaltyProgram::tierName(*tier)).arg(*balance);
    auto lots = m_loyalty->lots(m_customer.id);
    if (lots) {
        const QDate soon = m_clock.today().addDays(30);
        qint64 expiring = 0;
        for (const core::LoyaltyLot &lot : std::as_const(*lots)) {
            if (lot.remaining > 0 && lot.expiresOn.isValid() && lot.expiresOn <= soon) {
                expiring += lot.remaining;
            }
        }
        if (expiring > 0) {
            text = tr("%1 (%2 expire within 30 days)").arg(text).arg(expiring);
        }
    }
    return text;
}

void CustomerProfilePage::updateUndoMerge()
{
    const QModelIndex current = m_timelineView->currentIndex();
    m_undoMerge->setEnabled(current.isValid() && m_timelineModel->entryAt(current).undoableMerge &&
                            !m_customer.mergedInto);
}

void CustomerProfilePage::recordConsent()
{
    if (m_customer.id == 0) {
        return;
    }
    auto *dialog = new ConsentChangeDialog(m_customer.name, this);
    dialog->setObjectName(QStringLiteral("consentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::Status status = m_repository.recordConsent(dialog->event(m_customer.id));
        if (!status) {
            MessageBox::error(this, tr("Consent Not Recorded"), status.error());
            return;
        }
        reload();
        Q_EMIT customersChanged();
    });
    dialog->open();
}

void CustomerProfilePage::recordVisit()
{
    if (m_customer.id == 0 || m_customer.mergedInto) {
        return;
    }
    VisitEditDialog dialog(m_customer, *m_visits, m_clock, m_database.profile(), m_database.session().userName,
                           m_loyalty.get(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT customersChanged(); // last activity moved
    }
}

void CustomerProfilePage::logContact()
{
    if (m_customer.id == 0 || m_customer.mergedInto) {
        return;
    }
    InteractionDialog dialog(m_customer, *m_visits, m_clock, m_database.session().userName, this);
    if (dialog.exec() == QDialog::Accepted) {
        renderTimeline();
    }
}

void CustomerProfilePage::recordSurvey()
{
    if (m_customer.id == 0 || m_customer.mergedInto) {
        return;
    }
    SurveyResponseDialog dialog(m_customer, *m_surveys, m_database.profile(), m_clock, m_visits.get(), this);
    if (dialog.exec() == QDialog::Accepted) {
        renderTimeline();
    }
}

void CustomerProfilePage::redeemPoints()
{
    if (m_customer.id == 0 || m_customer.mergedInto) {
        return;
    }
    RedeemPointsDialog dialog(m_customer, *m_loyalty, m_clock, m_database.session().userName, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

void CustomerProfilePage::chooseStatementFile()
{
    if (m_customer.id == 0) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("points-statement-%1.pdf").arg(m_customer.memberNumber));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Points Statement"), suggested, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        saveStatement(path);
    }
}

bool CustomerProfilePage::saveStatement(const QString &path)
{
    const QDate to = m_clock.today();
    auto statement = m_loyalty->statement(m_customer.id, to.addYears(-1).addDays(1), to);
    if (!statement) {
        MessageBox::error(this, tr("Statement Not Saved"), statement.error());
        return false;
    }
    const core::Status written = MemberStatementPdf::write(*statement, m_database.siteName(), path);
    if (!written) {
        MessageBox::error(this, tr("Statement Not Saved"), written.error());
        return false;
    }
    return true;
}

void CustomerProfilePage::undoMerge(qint64 journalId, const QString &survivorName, const QString &mergedName)
{
    const auto answer =
        MessageBox::question(this, tr("Undo Merge"),
                             tr("Undo the merge of %1 into %2?\n\nBoth customers will be listed separately again, "
                                "each with the details and history they had before the merge.")
                                 .arg(mergedName, survivorName));
    if (answer != QMessageBox::Yes) {
        return;
    }
    const core::Status status = m_repository.unmerge(journalId);
    if (!status) {
        MessageBox::error(this, tr("Merge Not Undone"), status.error());
        return;
    }
    reload();
    Q_EMIT customersChanged();
}

} // namespace caredesk::ui
