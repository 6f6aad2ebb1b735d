// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace caredesk::ui {

/** Stands in for an area that is not built yet: its name and what it will hold, and no made-up data. */
class EmptyStatePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    EmptyStatePage(const QString &title, const QString &description, QWidget *parent = nullptr);
    ~EmptyStatePage() override;

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString description() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace caredesk::ui
