// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintsDemo.h"

#include "core/common/Tr.h"
#include "core/complaints/BusinessCalendar.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/storage/SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace caredesk::core {

namespace {

/** SplitMix64, as in the other demos: the same sequence everywhere. */
class Rng final {
public:
    explicit Rng(quint64 seed) : m_state(seed ^ 0x434F4D504C41494EULL) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(static_cast<int>(list.size()))); }

private:
    quint64 m_state;
};

struct CategoryText {
    ComplaintCategory category;
    int weight;
    QStringList descriptions;
    QString rootCause;
    QString correctiveAction;
    QString resolution;
    QString department;
};

const QList<CategoryText> &categoryTexts()
{
    static const QList<CategoryText> texts{
        {ComplaintCategory::ServiceProcess,
         30,
         {QStringLiteral("取药排队四十分钟，只开了一个窗口。"), QStringLiteral("预约了九点的号，十点半才叫到。"),
          QStringLiteral("检查报告说三天出，一周了还没拿到。"), QStringLiteral("送药上门晚了一天，老人差点断药。")},
         QStringLiteral("高峰时段窗口排班不足，分诊流程不清。"),
         QStringLiteral("高峰时段增开窗口，安排导诊分流，报告超时自动提醒。"),
         QStringLiteral("向客户说明原因并致歉，下次就诊安排优先服务。"),
         QStringLiteral("门诊部")},
        {ComplaintCategory::Attitude,
         18,
         {QStringLiteral("挂号窗口工作人员说话不耐烦，问两遍就发火。"),
          QStringLiteral("医生看诊不到三分钟，没解释检查结果。"), QStringLiteral("电话咨询时被直接挂断。")},
         QStringLiteral("员工沟通技巧不足，高峰时段情绪管理欠缺。"),
         QStringLiteral("组织服务礼仪与沟通培训，纳入月度服务考核。"),
         QStringLiteral("当事员工向客户致歉，主管电话回访说明整改。"),
         QStringLiteral("门诊部")},
        {ComplaintCategory::Billing,
         12,
         {QStringLiteral("同一项检查被收了两次费。"), QStringLiteral("医保报销后的自付金额和小票不一致。"),
          QStringLiteral("会员积分没有按消费金额累积。")},
         QStringLiteral("收费系统重复计费，日终对账未发现。"),
         QStringLiteral("收费员每日对账，系统补丁已更新。"),
         QStringLiteral("退还多收费用并补录积分。"),
         QStringLiteral("收费处")},
        {ComplaintCategory::ProductUse,
         12,
         {QStringLiteral("买回的胰岛素笔芯没有冷藏包装，担心已经失效。"),
          QStringLiteral("血糖试纸离有效期只有一个月，购买时没有提醒。"),
          QStringLiteral("药盒内说明书缺失，不知道怎么服用。"), QStringLiteral("血压计用了一周就显示错误代码。")},
         QStringLiteral("出库检查缺少包装与效期核对。"),
         QStringLiteral("冷链与近效期药品出库增加核对并登记。"),
         QStringLiteral("为客户更换新品并讲解储存方法。"),
         QStringLiteral("药房")},
        {ComplaintCategory::Environment,
         10,
         {QStringLiteral("候诊区空调太冷，老人孩子都受不了。"), QStringLiteral("卫生间地面湿滑，没有提示牌。"),
          QStringLiteral("停车场指示不清，绕了半天找不到入口。")},
         QStringLiteral("设施巡检频次不足。"),
         QStringLiteral("增加巡检频次，设置提示标识和指引牌。"),
         QStringLiteral("已调整设施并感谢客户反馈。"),
         QStringLiteral("后勤部")},
        {ComplaintCategory::MedicationError,
         8,
         {QStringLiteral("药房发药时把缬沙坦错发成了氯沙坦，回家后才发现。"),
          QStringLiteral("药袋上写的用法是一日三次，医生交代的是一日一次，差点多吃。"),
          QStringLiteral("儿童退烧药给了成人规格，幸好家长仔细核对了。")},
         QStringLiteral("药品外观相似，发药时未执行双人核对。"),
         QStringLiteral("相似药品分柜存放并贴警示标识，恢复发药双人核对。"),
         QStringLiteral("上门更换正确药品并致歉，药师电话随访用药情况。"),
         QStringLiteral("药房")},
        {ComplaintCategory::AdverseDrugReaction,
         5,
         {QStringLiteral("服用阿莫西林后全身起红疹、瘙痒，已停药。"),
          QStringLiteral("换用依那普利降压后持续干咳两周。"), QStringLiteral("服用头孢克肟后恶心、腹泻，休息后缓解。")},
         QStringLiteral("药品已知不良反应，用药前未充分告知。"),
         QStringLiteral("用药指导中增加常见不良反应提示，高风险药品发药时口头告知。"),
         QStringLiteral("建议停药并由医生更换药物，已按规定上报。"),
         QStringLiteral("药房")},
        {ComplaintCategory::Other,
         5,
         {QStringLiteral("网上预约系统总是提示失败。"), QStringLiteral("短信提醒发了三遍，内容还是错的。")},
         QStringLiteral("信息系统故障。"),
         QStringLiteral("联系供应商修复并增加发布前测试。"),
         QStringLiteral("已修复并告知客户。"),
         QStringLiteral("信息科")},
    };
    return texts;
}

const CategoryText &textFor(ComplaintCategory category)
{
    for (const CategoryText &t : categoryTexts()) {
        if (t.category == category) {
            return t;
        }
    }
    return categoryTexts().constFirst();
}

ComplaintCategory weightedCategory(Rng &rng)
{
    int total = 0;
    for (const CategoryText &t : categoryTexts()) {
        total += t.weight;
    }
    int roll = rng.below(total);
    for (const CategoryText &t : categoryTexts()) {
        if (roll < t.weight) {
            return t.category;
        }
        roll -= t.weight;
    }
    return ComplaintCategory::ServiceProcess;
}

struct Outcome {
    QString text;
    int satisfaction;
};

const QList<Outcome> &outcomes()
{
    static const QList<Outcome> list{{QStringLiteral("客户对处理结果表示满意，感谢回访。"), 5},
                                     {QStringLiteral("客户表示理解，希望以后多注意。"), 4},
                                     {QStringLiteral("客户基本满意，建议加快处理速度。"), 4},
                                     {QStringLiteral("客户认可整改措施。"), 5},
                                     {QStringLiteral("客户仍有些不满，已记录意见并转科室。"), 2},
                                     {QStringLiteral("客户觉得处理一般。"), 3}};
    return list;
}

/** The suspected drug of each adverse-reaction description, in the same order. */
const QStringList adrDrugs{QStringLiteral("阿莫西林胶囊"), QStringLiteral("马来酸依那普利片"),
                           QStringLiteral("头孢克肟分散片")};
const QStringList pauseNotes{QStringLiteral("等待客户提供购药小票"), QStringLiteral("客户出差，约定下周再联系"),
                             QStringLiteral("请客户补充检查报告照片")};

/** The planned life of one demo complaint, in business minutes after receipt (0: the step does not happen). */
struct Plan {
    QDateTime received;
    ComplaintCategory category = ComplaintCategory::ServiceProcess;
    std::optional<SlaClass> slaClass;
    ComplaintState target = ComplaintState::Closed;
    QString owner;
    bool ownerAtIntake = true;
    int ack = 0;
    int investigate = 0;
    int resolve = 0;
    int outcome = 0;
    int close = 0;
    int pauseAt = 0;         ///< business minutes after receipt
    int resumeAfter = 0;     ///< business minutes of pause; 0: still waiting
    int reopenAfter = 0;     ///< after the close (or the outcome call), business minutes
    bool secondLoop = false; ///< after the reopen: resolved and closed again
    bool adrReported = false;
};

class Runner final {
public:
    Runner(const QString &connectionName, const Clock &clock, const BusinessCalendar &calendar, Rng &rng)
        : m_clock(clock.nowUtc()), m_now(clock.nowUtc()), m_calendar(calendar), m_rng(rng)
    {
        for (const QString &user :
             {QStringLiteral("liufang"), QStringLiteral("zhaomin"), QStringLiteral("admin"), QStringLiteral("sunli")}) {
            m_repositories.emplace_back(user, std::make_unique<ComplaintRepository>(connectionName, user, m_clock));
        }
    }

    ComplaintRepository &as(const QString &user)
    {
        for (auto &[name, repository] : m_repositories) {
            if (name == user) {
                return *repository;
            }
        }
        return *m_repositories.front().second;
    }

    /** Runs @p plan for @p customer up to its target or to now, whichever comes first; true if it ended open. */
    Result<bool> run(const Plan &plan, CustomerId customer, const std::optional<qint64> &visitId,
                     const QString &department, const QString &staff)
    {
        QList<TimeInterval> pauses;
        if (plan.pauseAt > 0) {
            const QDateTime from = m_calendar.addBusinessMinutes(plan.received, plan.pauseAt);
            const QDateTime to =
                plan.resumeAfter > 0 ? m_calendar.addBusinessMinutes(from, plan.resumeAfter) : QDateTime();
            pauses << TimeInterval{from, to};
        }
        const auto when = [&](int minutes) { return m_calendar.addBusinessMinutes(plan.received, minutes, pauses); };
        const CategoryText &text = textFor(plan.category);

        Complaint c;
        c.customerId = customer;
        c.category = plan.category;
        c.severity = defaultSeverity(plan.category);
        c.slaClass = plan.slaClass.value_or(defaultSlaClass(c.severity));
        c.needsPriority = c.severity == ComplaintSeverity::High ? NeedsPriority::Urgent
                          : m_rng.chance(30)                    ? NeedsPriority::Important
                                                                : NeedsPriority::General;
        const int channelRoll = m_rng.below(100);
        c.channel = channelRoll < 40   ? ComplaintChannel::InPerson
                    : channelRoll < 75 ? ComplaintChannel::Phone
                    : channelRoll < 95 ? ComplaintChannel::Online
                                       : ComplaintChannel::Letter;
        const int textIndex = m_rng.below(static_cast<int>(text.descriptions.size()));
        c.description = text.descriptions.at(textIndex);
        c.visitId = visitId;
        c.department = department.isEmpty() ? text.department : department;
        c.staff = staff;
        c.owner = plan.ownerAtIntake ? plan.owner : QString();
        if (plan.category == ComplaintCategory::AdverseDrugReaction) {
            c.adrDrug = adrDrugs.value(textIndex, adrDrugs.constFirst());
            c.adrOnsetDate = plan.received.toLocalTime().date().addDays(-m_rng.between(0, 3));
        }
        m_clock.set(plan.received);
        const QString intake =
            c.channel == ComplaintChannel::InPerson ? QStringLiteral("sunli") : QStringLiteral("liufang");
        auto created = as(intake).create(c);
        if (!created) {
            return created.error();
        }
        const ComplaintId id = created->id;
        ComplaintRepository &owner = as(plan.owner.isEmpty() ? QStringLiteral("liufang") : plan.owner);

        // Steps in time order; each stops the story when it would lie after now.
        const auto at = [&](const QDateTime &moment) {
            if (!moment.isValid() || moment > m_now) {
                return false;
            }
            m_clock.set(moment);
            return true;
        };
        const auto reached = [&](ComplaintState state) {
            return static_cast<int>(plan.target) >= static_cast<int>(state) || plan.reopenAfter > 0;
        };
        bool open = true;
        Status status;
        const auto step = [&](auto &&write) -> bool {
            auto result = write();
            if (!result) {
                status = result.error();
                return false;
            }
            return true;
        };
        do {
            if (!reached(ComplaintState::Acknowledged) || !at(when(plan.ack))) {
                break;
            }
            if (!plan.ownerAtIntake && !step([&] { return as(QStringLiteral("zhaomin")).assign(id, plan.owner); })) {
                break;
            }
            if (!step([&] {
                    return owner.transition(id, ComplaintState::Acknowledged,
                                            QStringLiteral("已电话联系客户，说明会尽快调查处理。"));
                })) {
                break;
            }
            if (plan.pauseAt > 0 && plan.pauseAt < plan.investigate && at(pauses.first().from)) {
                if (!step([&] { return owner.pause(id, m_rng.pick(pauseNotes)); })) {
                    break;
                }
                if (plan.resumeAfter > 0 && at(pauses.first().to) &&
                    !step([&] { return owner.resume(id, QStringLiteral("客户已回复")); })) {
                    break;
                }
            }
            if (!reached(ComplaintState::Investigating) || !at(when(plan.investigate))) {
                break;
            }
            if (!step([&] { return owner.transition(id, ComplaintState::Investigating); })) {
                break;
            }
            if (plan.category == ComplaintCategory::AdverseDrugReaction && !c.adrDrug.isEmpty() &&
                !step([&] { return owner.setAdrDetails(id, c.adrDrug, c.adrOnsetDate); })) {
                break;
            }
            if (plan.pauseAt > 0 && plan.pauseAt >= plan.investigate && at(pauses.first().from)) {
                if (!step([&] { return owner.pause(id, m_rng.pick(pauseNotes)); })) {
                    break;
                }
                if (plan.resumeAfter > 0 && at(pauses.first().to) &&
                    !step([&] { return owner.resume(id, QStringLiteral("客户已回复")); })) {
                    break;
                }
            }
            if (!reached(ComplaintState::Resolved) || !at(when(plan.resolve))) {
                break;
            }
            if (!step([&] {
                    return owner.updateInvestigation(id, {text.rootCause, text.correctiveAction, c.department,
                                                          c.staff.isEmpty() ? QString() : c.staff});
                })) {
                break;
            }
            if (!step([&] {
                    return owner.transition(id, ComplaintState::Resolved, {},
                                            TransitionDetails{text.resolution, {}, {}, {}, std::nullopt});
                })) {
                break;
            }
            if (plan.adrReported && !step([&] { return owner.markAdrReported(id, AdrRecipient::Regulator); })) {
                break;
            }
            if (plan.adrReported && !step([&] { return owner.markAdrReported(id, AdrRecipient::Manufacturer); })) {
                break;
            }
            if (!reached(ComplaintState::OutcomeTold) || !at(when(plan.outcome))) {
                break;
            }
            const Outcome &call = m_rng.pick(outcomes());
            if (!step([&] {
                    return owner.transition(id, ComplaintState::OutcomeTold, {},
                                            TransitionDetails{{}, {}, {}, call.text, call.satisfaction});
                })) {
                break;
            }
            if (!reached(ComplaintState::Closed) || !at(when(plan.close))) {
                break;
            }
            if (!step([&] { return owner.transition(id, ComplaintState::Closed); })) {
                break;
            }
            open = false;
            if (plan.reopenAfter <= 0 || !at(when(plan.close + plan.reopenAfter))) {
                break;
            }
            if (!step([&] { return owner.reopen(id, QStringLiteral("客户来电表示问题再次出现，重新调查。")); })) {
                break;
            }
            open = true;
            if (!plan.secondLoop) {
                break;
            }
            const int base = plan.close + plan.reopenAfter;
            if (!at(when(base + 300)) || !step([&] {
                    return owner.transition(id, ComplaintState::Resolved, QStringLiteral("复查后彻底解决"));
                })) {
                break;
            }
            const Outcome &again = m_rng.pick(outcomes());
            if (!at(when(base + 420)) || !step([&] {
                    return owner.transition(id, ComplaintState::OutcomeTold, {},
                                            TransitionDetails{{}, {}, {}, again.text, again.satisfaction});
                })) {
                break;
            }
            if (!at(when(base + 480)) || !step([&] { return owner.transition(id, ComplaintState::Closed); })) {
                break;
            }
            open = false;
        } while (false);
        if (!status) {
            return status.error();
        }
        return open;
    }

    /** The latest moment with exactly @p minutes of business time between it and now. */
    QDateTime businessMinutesAgo(int minutes) const
    {
        qint64 low = m_now.addDays(-90).toMSecsSinceEpoch();
        qint64 high = m_now.toMSecsSinceEpoch();
        while (high - low > 1000) {
            const qint64 mid = low + (high - low) / 2;
            if (m_calendar.businessMinutesBetween(QDateTime::fromMSecsSinceEpoch(mid, Qt::UTC), m_now) >= minutes) {
                low = mid;
            } else {
                high = mid;
            }
        }
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(low, Qt::UTC);
        return t.addSecs(-t.time().second()).addMSecs(-t.time().msec());
    }

    [[nodiscard]] const QDateTime &now() const { return m_now; }

private:
    FixedClock m_clock;
    QDateTime m_now;
    const BusinessCalendar &m_calendar;
    Rng &m_rng;
    std::vector<std::pair<QString, std::unique_ptr<ComplaintRepository>>> m_repositories;
};

/** The complaints standing open at the demo's now, by business minutes since receipt. */
QList<Plan> currentPlans()
{
    const auto plan = [](ComplaintCategory category, ComplaintState target, int ago, const QString &owner) {
        Plan p;
        p.category = category;
        p.target = target;
        p.owner = owner;
        p.resolve = ago + 1000; // never reached unless the target says so
        p.received = {};
        p.ack = 0;
        p.close = ago; // abused below as "minutes ago"
        return p;
    };
    QList<Plan> plans;
    Plan p = plan(ComplaintCategory::ServiceProcess, ComplaintState::Received, 90, {});
    plans << p;
    p = plan(ComplaintCategory::Attitude, ComplaintState::Received, 1150, QStringLiteral("liufang"));
    plans << p;
    p = plan(ComplaintCategory::Billing, ComplaintState::Received, 1700, QStringLiteral("liufang"));
    plans << p;
    p = plan(ComplaintCategory::ProductUse, ComplaintState::Acknowledged, 600, QStringLiteral("zhaomin"));
    p.ack = 120;
    plans << p;
    p = plan(ComplaintCategory::ServiceProcess, ComplaintState::Investigating, 2250, QStringLiteral("liufang"));
    p.ack = 200;
    p.investigate = 260;
    plans << p;
    p = plan(ComplaintCategory::MedicationError, ComplaintState::Investigating, 1600, QStringLiteral("liufang"));
    p.ack = 30;
    p.investigate = 45;
    plans << p;
    p = plan(ComplaintCategory::Environment, ComplaintState::Investigating, 1500, QStringLiteral("admin"));
    p.ack = 100;
    p.investigate = 150;
    p.pauseAt = 600;
    plans << p;
    p = plan(ComplaintCategory::Attitude, ComplaintState::Acknowledged, 800, QStringLiteral("liufang"));
    p.ack = 60;
    p.investigate = 2000;
    p.pauseAt = 300;
    plans << p;
    p = plan(ComplaintCategory::ServiceProcess, ComplaintState::Resolved, 2000, QStringLiteral("zhaomin"));
    p.ack = 60;
    p.investigate = 90;
    p.resolve = 1800;
    plans << p;
    p = plan(ComplaintCategory::Billing, ComplaintState::OutcomeTold, 2600, QStringLiteral("liufang"));
    p.ack = 60;
    p.investigate = 100;
    p.resolve = 1500;
    p.outcome = 2400;
    plans << p;
    p = plan(ComplaintCategory::ServiceProcess, ComplaintState::Closed, 3400, QStringLiteral("liufang"));
    p.ack = 40;
    p.investigate = 60;
    p.resolve = 1200;
    p.outcome = 1500;
    p.reopenAfter = 400; // closed at 1600, reopened at 2000
    plans << p;
    p = plan(ComplaintCategory::AdverseDrugReaction, ComplaintState::Investigating, 400, QStringLiteral("zhaomin"));
    p.ack = 60;
    p.investigate = 90;
    plans << p;
    p = plan(ComplaintCategory::Other, ComplaintState::Investigating, 3000, QStringLiteral("admin"));
    p.slaClass = SlaClass::Complex;
    p.ack = 200;
    p.investigate = 400;
    plans << p;
    return plans;
}

} // namespace

Result<ComplaintsDemo::Stats> ComplaintsDemo::generate(const QString &connectionName, const QString &userName,
                                                       const Clock &clock, quint64 seed)
{
    Q_UNUSED(userName) // the demo acts as the demo staff accounts: intake at the desk, handling by the officers
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const QString failed = ComplaintsTr::tr("The demo complaints could not be generated.");
    auto calendar = BusinessCalendar::load(connectionName);
    if (!calendar) {
        return calendar.error();
    }
    QList<CustomerId> customers;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!execPrepared(q, QStringLiteral("SELECT id FROM customer WHERE kind = 'individual' AND merged_into IS "
                                            "NULL ORDER BY id"))) {
            return databaseError(q.lastError(), failed);
        }
        while (q.next()) {
            customers << q.value(0).toLongLong();
        }
    }
    Stats stats;
    if (customers.isEmpty()) {
        return stats;
    }
    const int total = std::clamp(static_cast<int>(customers.size()) / customersPerComplaint, 1, maxComplaints);
    Rng rng(seed);
    Runner runner(connectionName, clock, *calendar, rng);
    const QDateTime now = runner.now();

    QList<Plan> plans;
    const QList<Plan> current = currentPlans();
    const int currentCount = std::min(static_cast<int>(current.size()), total);
    const int historical = total - currentCount;
    for (int i = 0; i < historical; ++i) {
        Plan p;
        // Exactly two adverse reactions in the history (the first reported), and one more stands open now.
        p.category = i == 0 || i == 2 ? ComplaintCategory::AdverseDrugReaction : weightedCategory(rng);
        while (i != 0 && i != 2 && p.category == ComplaintCategory::AdverseDrugReaction) {
            p.category = weightedCategory(rng);
        }
        p.adrReported = i == 0;
        const int ownerRoll = rng.below(5);
        p.owner = ownerRoll < 3    ? QStringLiteral("liufang")
                  : ownerRoll == 3 ? QStringLiteral("zhaomin")
                                   : QStringLiteral("admin");
        p.ownerAtIntake = rng.chance(50);
        if (rng.chance(5)) {
            p.slaClass = SlaClass::Complex;
        }
        // A working day 40–365 days ago, at a time inside the hours.
        QDate day = now.toLocalTime().date().addDays(-rng.between(40, 365));
        while (!calendar->isWorkingDay(day)) {
            day = day.addDays(-1);
        }
        const BusinessHours &h = calendar->hours(day.dayOfWeek());
        const int span = std::max(1, h.closeMinute - h.openMinute - 30);
        p.received = calendar->addBusinessMinutes(QDateTime(day, QTime(0, 0)), rng.below(span) + 10);
        const int allowance = p.slaClass == SlaClass::Complex                          ? 4320
                              : defaultSeverity(p.category) == ComplaintSeverity::High ? 1440
                                                                                       : 2880;
        p.ack = rng.chance(8) ? rng.between(1450, 2200) : rng.between(10, 600);
        p.investigate = p.ack + rng.between(10, 240);
        p.resolve = std::max(p.investigate + 30, rng.chance(10) ? allowance * rng.between(105, 160) / 100
                                                                : allowance * rng.between(10, 90) / 100);
        if (rng.chance(12)) {
            p.pauseAt = p.investigate + 30;
            p.resumeAfter = rng.between(300, 1500);
            p.resolve = std::max(p.resolve, p.pauseAt + 60); // resolved after the customer answered
        }
        p.outcome = p.resolve + rng.between(60, 900);
        p.close = p.outcome + rng.between(10, 300);
        if (i == 1) {
            p.reopenAfter = rng.between(450, 1350);
            p.secondLoop = true;
        }
        plans << p;
    }
    for (int i = 0; i < currentCount; ++i) {
        Plan p = current.at(i);
        const int ago = p.close;
        p.received = runner.businessMinutesAgo(ago);
        p.close = p.reopenAfter > 0 ? 1600 : 0;
        if (p.target == ComplaintState::Resolved || p.target == ComplaintState::OutcomeTold) {
            p.close = ago + 1000;
        }
        plans << p;
    }

    if (!db.transaction()) {
        return databaseError(db.lastError(), failed);
    }
    QSqlQuery visits(db);
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const Plan &plan = plans.at(i);
        const CustomerId customer = customers.at(rng.below(static_cast<int>(customers.size())));
        std::optional<qint64> visitId;
        QString department;
        QString staff;
        if (!execPrepared(visits,
                          QStringLiteral("SELECT id, department, staff FROM visit WHERE customer_id = ? AND at <= ? "
                                         "ORDER BY at DESC LIMIT 1"),
                          {customer, iso(plan.received)})) {
            const QSqlError error = visits.lastError();
            db.rollback();
            return databaseError(error, failed);
        }
        if (visits.next()) {
            visitId = visits.value(0).toLongLong();
            department = visits.value(1).toString();
            staff = visits.value(2).toString();
        }
        visits.finish();
        auto open = runner.run(plan, customer, visitId, department, staff);
        if (!open) {
            db.rollback();
            return open.error();
        }
        ++stats.complaints;
        stats.open += *open ? 1 : 0;
    }
    QSqlQuery count(db);
    if (execPrepared(count, QStringLiteral("SELECT COUNT(*) FROM complaint_event")) && count.next()) {
        stats.events = count.value(0).toInt();
    }
    count.finish();
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(error, failed);
    }
    return stats;
}

} // namespace caredesk::core
