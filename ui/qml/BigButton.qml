import QtQuick
import Stockhand.Handheld
import QtQuick.Controls.Basic

// A button for gloved hands: at least Theme.touch high and wide, bold text.
Button {
    id: control
    property color color: Theme.accent
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, contentItem.implicitWidth + 2 * Theme.margin)
    font.pixelSize: Theme.fontNormal
    font.bold: true
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.enabled ? Theme.accentText : "#eeeeee"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: 6
        color: !control.enabled ? "#9aa3ad" : control.down ? Qt.darker(control.color, 1.4) : control.color
    }
}
