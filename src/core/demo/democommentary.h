// The demo's commentary: what a service would write about the periods of one indicator.
#pragma once

#include "core/demo/demoindicatortemplates.h"

#include <QLocale>
#include <QString>

#include <array>
#include <optional>

namespace assure::demo {

class Chance;

// One indicator's commentary, period by period, oldest first. It remembers what came before:
// the previous figure, a period without a return, and which notes it has used (the indicator's
// own notes tell of one-off events, so each is used once; the general ones may come again,
// though not twice running).
class Commentary
{
public:
    // byWhen: the period a recovery plan aims to be back on target by.
    Commentary(const Template &t, Frequency frequency, const QString &byWhen);

    // A period without a return: the next period with a figure says so.
    void skip(const QString &label) { m_missing = label; }
    // Starts a period: its label and the case numbers its words may quote.
    void begin(const QString &label, Chance &rng);
    // What a period whose return did not come says.
    QString notReceived() const;
    // What the period i of n says about its figure, or nothing; the figure becomes the previous one.
    QString figure(int i, int n, std::optional<double> value, DataQuality quality, double target, Chance &rng);

private:
    // What commentary may say about one period.
    struct Story
    {
        QString team;
        QString unit;
        QString units;
        QString value;
        QString prev;
        QString target;
        QString period;
        QString missing;
        QString by;
        QString why;
        int n = 0;
        int n2 = 0;
    };

    QString explain(bool specialFirst, bool specialLast, DataQuality quality, bool latest, double value, double target,
                    int pick, Chance &rng);
    // A note for a figure that went up (1), down (-1) or stayed much the same (0).
    const char *chooseNote(int direction, Chance &rng);
    QString tell(const char *text) const;
    QString format(double v) const;

    const Template &m_t;
    QLocale m_locale;
    Story m_story;
    std::optional<double> m_previous;
    QString m_missing;
    std::array<bool, 2> m_upUsed = {false, false};
    std::array<bool, 2> m_downUsed = {false, false};
    const char *m_lastNote = nullptr;
};

} // namespace assure::demo
