// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChartCard.h"

#include "ui/common/MessageBox.h"
#include "ui/dashboard/ChartExport.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

enum Page { FigurePage, NumbersPage, EmptyPage };

QString safeFileName(QString text)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : text) {
        if (forbidden.contains(c) || c.isSpace()) {
            c = QLatin1Char('-');
        }
    }
    return text;
}

} // namespace

ChartCard::ChartCard(const QString &title, QWidget *parent) : QFrame(parent), m_titleText(title)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::NoFocus);

    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("chartCardTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_numbersAction = new QAction(tr("Numbers"), this);
    m_numbersAction->setObjectName(QStringLiteral("chartNumbersAction"));
    m_numbersAction->setCheckable(true);
    m_numbersAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_N));
    m_numbersAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_numbersAction->setToolTip(tr("Show the numbers behind the chart (Alt+N)"));
    addAction(m_numbersAction);
    connect(m_numbersAction, &QAction::toggled, this, &ChartCard::updatePage);

    m_exportAction = new QAction(tr("Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("chartExportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_X));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(tr("Save the chart as PNG or as PDF with its numbers (Alt+X)"));
    addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &ChartCard::exportInteractively);

    m_numbersButton = new QToolButton(this);
    m_numbersButton->setObjectName(QStringLiteral("chartNumbersButton"));
    m_numbersButton->setDefaultAction(m_numbersAction);
    m_numbersButton->setFocusPolicy(Qt::StrongFocus);
    m_numbersButton->setAccessibleName(tr("Numbers for %1").arg(title));
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("chartExportButton"));
    m_exportButton->setDefaultAction(m_exportAction);
    m_exportButton->setFocusPolicy(Qt::StrongFocus);
    m_exportButton->setAccessibleName(tr("Export %1").arg(title));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_numbersButton);
    header->addWidget(m_exportButton);

    m_chartView = new QChartView(this);
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::StrongFocus);
    m_chartView->setAccessibleName(title);
    m_chartView->setMinimumHeight(200);
    m_figure = m_chartView;

    m_numbersModel = new ChartNumbersTableModel(this);
    m_numbersView = new QTableView(this);
    m_numbersView->setObjectName(QStringLiteral("chartNumbersTable"));
    m_numbersView->setAccessibleName(tr("Numbers for %1").arg(title));
    m_numbersView->setModel(m_numbersModel);
    m_numbersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_numbersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_numbersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_numbersView->setAlternatingRowColors(true);
    m_numbersView->setTabKeyNavigation(false);
    m_numbersView->setWordWrap(false);
    m_numbersView->verticalHeader()->hide();
    m_numbersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_numbersView->horizontalHeader()->setStretchLastSection(true);
    m_numbersView->installEventFilter(this);
    connect(m_numbersView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_numbersModel->rowIdAt(index); id != 0) {
            Q_EMIT openRow(id);
        }
    });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("chartEmptyState"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_empty->setFocusPolicy(Qt::StrongFocus);

    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(FigurePage, m_chartView);
    m_stack->insertWidget(NumbersPage, m_numbersView);
    m_stack->insertWidget(EmptyPage, m_empty);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("chartCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    m_caption->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_caption);
    updatePage();
}

ChartCard::~ChartCard() = default;

void ChartCard::setChart(QChart *chart)
{
    if (m_figure != m_chartView) {
        setFigure(nullptr);
    }
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    // A QChartView starts with a chart of its own; whichever was shown before goes.
    if (old && old != chart) {
        delete old;
    }
}

void ChartCard::setFigure(QWidget *figure)
{
    QWidget *replacement = figure ? figure : m_chartView;
    if (replacement == m_figure) {
        return;
    }
    m_stack->removeWidget(m_figure);
    if (m_figure != m_chartView) {
        m_figure->deleteLater();
    } else {
        m_chartView->hide();
    }
    m_figure = replacement;
    m_figure->setParent(m_stack);
    m_stack->insertWidget(FigurePage, m_figure);
    updatePage();
}

void ChartCard::setNumbers(const ChartNumbers &numbers)
{
    m_numbersModel->setNumbers(numbers);
}

void ChartCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void ChartCard::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    updatePage();
}

void ChartCard::setFigureHeight(int pixels)
{
    m_stack->setMinimumHeight(pixels);
}

void ChartCard::setNumbersOnly(bool numbersOnly)
{
    m_numbersOnly = numbersOnly;
    m_numbersButton->setVisible(!numbersOnly);
    m_numbersAction->setEnabled(!numbersOnly);
    updatePage();
}

bool ChartCard::numbersShown() const
{
    return m_numbersOnly || m_numbersAction->isChecked();
}

bool ChartCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_numbersView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (const qint64 id = m_numbersModel->rowIdAt(m_numbersView->currentIndex()); id != 0) {
                Q_EMIT openRow(id);
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ChartCard::setNumbersShown(bool shown)
{
    m_numbersAction->setChecked(shown);
}

bool ChartCard::isEmptyState() const
{
    return !m_empty->text().isEmpty();
}

QChart *ChartCard::chart() const
{
    return m_chartView->chart();
}

void ChartCard::updatePage()
{
    const bool hadFocus = m_stack->currentWidget() && m_stack->currentWidget()->hasFocus();
    if (isEmptyState()) {
        m_stack->setCurrentIndex(EmptyPage);
    } else if (numbersShown()) {
        m_stack->setCurrentIndex(NumbersPage);
    } else {
        m_stack->setCurrentIndex(FigurePage);
    }
    m_exportAction->setEnabled(!isEmptyState());
    if (hadFocus) {
        m_stack->currentWidget()->setFocus();
    }
}

QImage ChartCard::image(qreal scale) const
{
    // Render the figure at a steady size, whatever the window size is now, so exports look alike.
    QWidget *figure = m_numbersOnly ? m_numbersView : m_figure;
    const QSize size = figure->size().isEmpty() || !figure->isVisible() ? QSize(720, 360) : figure->size();
    if (figure == m_chartView && !figure->isVisible()) {
        m_chartView->resize(size);
        if (chart()) {
            chart()->resize(size);
        }
    }
    return ChartExport::renderWidget(figure, scale);
}

core::Status ChartCard::exportTo(const QString &path) const
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        return ChartExport::writePdf(m_titleText, m_caption->text(), image(), m_numbersModel->numbers(), path);
    }
    return ChartExport::writePng(image(), path);
}

void ChartCard::exportInteractively()
{
    const QString pngFilter = tr("PNG image (*.png)");
    const QString pdfFilter = tr("PDF with numbers (*.pdf)");
    QString selected = pngFilter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), QDir(folder).filePath(safeFileName(m_titleText) + QStringLiteral(".png")),
        pngFilter + QStringLiteral(";;") + pdfFilter, &selected);
    if (path.isEmpty()) {
        return;
    }
    const bool pdf = selected == pdfFilter || path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix;
    }
    if (auto status = exportTo(path); !status) {
        MessageBox::error(this, tr("Export chart"), status.error());
    }
}

} // namespace caredesk::ui
