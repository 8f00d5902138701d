import QtQuick
import Stockhand.Handheld
import QtQuick.Controls.Basic

// Scans typed or pasted on a desktop (and keyboard-wedge scanners until the scan detector filters
// them): Enter sends the text to the flow on screen.
TextField {
    id: field
    objectName: "scanInput"
    placeholderText: qsTr("Scan or type a code, then Enter")
    font.pixelSize: Theme.fontNormal
    implicitHeight: 52
    color: Theme.text
    background: Rectangle {
        color: "white"
        border.color: field.activeFocus ? Theme.accent : Theme.muted
        border.width: 2
        radius: 4
    }
    onAccepted: {
        const code = text
        text = ""
        App.scan(code)
    }
}
