import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// A rare or costly action in the page header (skip, short pick, finish): full header height, outlined,
// it asks before it does anything (the flow's request()).
BigButton {
    Layout.fillHeight: true
    // At most 24 mm: a long label takes two lines and leaves the title its room.
    Layout.maximumWidth: Math.max(Theme.touch, Math.round(24 * Theme.mm))
    Layout.topMargin: 0
    color: Qt.darker(Theme.accent, 1.35)
}
