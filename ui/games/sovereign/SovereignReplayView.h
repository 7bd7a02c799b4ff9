// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QTabWidget;
class QTimer;

namespace steward::ui {

class SovereignMapWidget;
class SovereignStandingsTable;

// A finished Sovereign Lines match played again in the console, from the host's replay
// (GET /api/sovereign/<gameId>/replay, docs/games/territory.md "The replay viewer"): the map at
// any second with a time slider, play and pause at 1×, 2×, 4× or 8× and a step either way; the
// standings at that second; the final standings; and the hashes, with whether the host, playing
// the match again, reached the state it recorded. Position 0 is `start`, position k the state
// after frames[0..k-1], one frame a second; a keyframe every 30 positions keeps a jump quick.
class SovereignReplayView : public QDialog
{
    Q_OBJECT
public:
    explicit SovereignReplayView(QWidget *parent = nullptr);
    ~SovereignReplayView() override;

    // `joinCode` names the match in the title; `hostUrl` goes into the steward-verify command.
    void setReplay(const QJsonObject &replay, const QString &joinCode = {}, const QUrl &hostUrl = {});
    QJsonObject replay() const { return m_replay; }

    // The last position: one a second of the match.
    int positions() const;
    int position() const { return m_position; }
    void seek(int position);
    void setPlaying(bool playing);
    bool isPlaying() const;
    // 1, 2, 4 or 8 positions a second.
    void setSpeed(int speed);
    // The regions at a position, as the host's view has them: {"id": [owner, troops]}.
    QJsonObject regionsAt(int position) const;
    // "1:42": the match's time at a position.
    QString timeAt(int position) const;

    SovereignMapWidget *map() const { return m_map; }
    QSlider *slider() const { return m_slider; }
    QPushButton *playButton() const { return m_play; }
    QLabel *timeLabel() const { return m_time; }
    QTabWidget *standingsTabs() const { return m_standingsTabs; }
    SovereignStandingsTable *momentTable() const { return m_moment; }
    SovereignStandingsTable *finalTable() const { return m_final; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLineEdit *inputHashEdit() const { return m_inputHash; }
    QLineEdit *stateHashEdit() const { return m_stateHash; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct State
    {
        std::vector<int> owners; // by region: a player's number, -1 neutral (and water)
        std::vector<int> troops;
    };
    void applyFrame(const QJsonObject &frame, State &state) const;
    State stateAt(int position) const;
    QJsonObject regionsOf(const State &state) const;
    qint64 tickAt(int position) const;
    // Every player's [hexes, troops] at a position.
    QList<std::pair<int, int>> playersAt(int position, const State &state) const;
    QHash<int, int> colours() const;
    void showVerification(const QUrl &hostUrl);
    void saveReplay();

    QJsonObject m_replay;
    QJsonObject m_start;
    QJsonArray m_frames;
    int m_tickMs = 50;
    std::vector<int> m_regionHexes; // by region; 0 for water
    std::vector<State> m_keyframes;
    int m_position = 0;
    int m_speed = 1;

    QLabel *m_title;
    QLabel *m_facts;
    SovereignMapWidget *m_map;
    QTabWidget *m_standingsTabs; // the standings at the second shown, and the final ones
    SovereignStandingsTable *m_moment;
    QLabel *m_finalReason;
    SovereignStandingsTable *m_final;
    QLabel *m_verdict;
    QLineEdit *m_inputHash;
    QLineEdit *m_stateHash;
    QLineEdit *m_command;
    QPushButton *m_save;
    QPushButton *m_play;
    QPushButton *m_back;
    QPushButton *m_forward;
    QComboBox *m_speedBox;
    QSlider *m_slider;
    QLabel *m_time;
    QTimer *m_clock;
};

} // namespace steward::ui
