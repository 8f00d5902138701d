import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// A rare or costly action in the page header (skip, short pick, finish): full header height, outlined,
// it asks before it does anything (the flow's request()).
BigButton {
    Layout.fillHeight: true
    Layout.topMargin: 0
    color: Qt.darker(Theme.accent, 1.35)
}
