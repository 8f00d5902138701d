import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// A numeric pad for quantities and PINs: keys of Theme.touch, no keyboard needed. Typing only enters
// (`text`, shown large by the page); the OK key commits. "All N" enters the open quantity; the "." key
// is there only for units that take decimals (never for pieces, never for a PIN). Disabled (grey) until
// the step allows a quantity.
Rectangle {
    id: pad
    property string text: ""
    property string confirmText: qsTr("OK")
    property bool decimals: false
    property string allQuantity: "" // the open quantity; empty: no "All" key
    property int maxLength: 9
    signal accepted(string text)
    objectName: "quantityPad"
    implicitHeight: grid.implicitHeight + 2 * Theme.gap
    color: Theme.surface
    radius: 6
    opacity: enabled ? 1.0 : 0.45
    onEnabledChanged: if (!enabled) text = ""

    function press(key) {
        if (key === "⌫")
            text = text.slice(0, -1)
        else if (key === "C")
            text = ""
        else if (key === "all")
            text = allQuantity
        else if (key === "." && (!decimals || text.indexOf(".") >= 0))
            return
        else if (text.length < maxLength)
            text += key
    }

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.margins: Theme.gap
        columns: 4
        rowSpacing: Theme.gap
        columnSpacing: Theme.gap

        component Key: Rectangle {
            id: key
            property string label
            property string value: label
            property color face: "white"
            objectName: "padKey_" + value
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.preferredHeight: Theme.touch
            Layout.minimumHeight: Theme.touch
            radius: 4
            color: keyArea.pressed ? "#c5ccd4" : face
            border.color: Theme.muted
            Text {
                anchors.fill: parent
                anchors.margins: 2
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: key.label
                font.pixelSize: key.label.length > 2 ? Theme.fontNormal : Theme.fontLarge
                font.bold: true
                color: Theme.text
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontNormal
            }
            MouseArea {
                id: keyArea
                anchors.fill: parent
                onClicked: pad.press(key.value)
            }
        }

        Key { label: "7" }
        Key { label: "8" }
        Key { label: "9" }
        Key { label: "⌫" }
        Key { label: "4" }
        Key { label: "5" }
        Key { label: "6" }
        Key {
            label: pad.allQuantity !== "" ? qsTr("All %1").arg(pad.allQuantity) : "C"
            value: pad.allQuantity !== "" ? "all" : "C"
            face: pad.allQuantity !== "" ? "#dbe8f7" : "white"
        }
        Key { label: "1" }
        Key { label: "2" }
        Key { label: "3" }
        BigButton {
            objectName: "padOk"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 100
            Layout.rowSpan: 2
            text: pad.confirmText
            color: Theme.ok
            onClicked: pad.accepted(pad.text)
        }
        Key {
            label: "0"
            Layout.columnSpan: pad.decimals ? 2 : 3
            Layout.preferredWidth: pad.decimals ? 200 : 300
        }
        Key {
            label: "."
            visible: pad.decimals
        }
    }
}
