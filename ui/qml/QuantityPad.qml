import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// A numeric pad for quantities: large keys, no keyboard needed.
Rectangle {
    id: pad
    property string text: ""
    property string confirmText: qsTr("OK")
    signal accepted(string text)
    objectName: "quantityPad"
    implicitHeight: grid.implicitHeight + 8
    color: Theme.surface
    radius: 6

    function press(key) {
        if (key === "⌫")
            text = text.slice(0, -1)
        else if (key === "C")
            text = ""
        else if (key === "." && text.indexOf(".") >= 0)
            return
        else if (text.length < 9)
            text += key
    }

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.margins: 4
        columns: 4
        rowSpacing: 4
        columnSpacing: 4
        Repeater {
            model: ["7", "8", "9", "⌫", "4", "5", "6", "C", "1", "2", "3", ".", "0"]
            delegate: Rectangle {
                id: key
                required property string modelData
                objectName: "padKey_" + modelData
                // Equal preferred widths: the grid shares the width evenly.
                Layout.fillWidth: true
                Layout.preferredWidth: modelData === "0" ? 200 : 100
                Layout.preferredHeight: 56
                Layout.columnSpan: modelData === "0" ? 2 : 1
                radius: 4
                color: keyArea.pressed ? "#c5ccd4" : "white"
                border.color: Theme.muted
                Text {
                    anchors.centerIn: parent
                    text: parent.modelData
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                MouseArea {
                    id: keyArea
                    anchors.fill: parent
                    onClicked: pad.press(key.modelData)
                }
            }
        }
        BigButton {
            objectName: "padOk"
            Layout.fillWidth: true
            Layout.preferredWidth: 200
            Layout.columnSpan: 2
            Layout.preferredHeight: 56
            text: pad.confirmText
            color: Theme.ok
            onClicked: pad.accepted(pad.text)
        }
    }
}
