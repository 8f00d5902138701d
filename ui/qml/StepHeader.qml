import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// The one thing the worker must do now, in large type: "Scan location", then the value to scan.
Rectangle {
    id: step
    property string instruction
    property string value
    property string detail
    implicitHeight: col.implicitHeight + 24
    color: Theme.surface
    border.color: Theme.accent
    border.width: 3
    radius: 6

    ColumnLayout {
        id: col
        anchors.fill: parent
        anchors.margins: 12
        spacing: 4
        Text {
            objectName: "stepInstruction"
            Layout.fillWidth: true
            text: step.instruction
            color: Theme.muted
            font.pixelSize: Theme.fontNormal
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "stepValue"
            Layout.fillWidth: true
            visible: step.value !== ""
            text: step.value
            color: Theme.text
            font.pixelSize: Theme.fontHuge
            font.bold: true
            wrapMode: Text.WrapAnywhere
        }
        Text {
            Layout.fillWidth: true
            visible: step.detail !== ""
            text: step.detail
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.WordWrap
        }
    }
}
