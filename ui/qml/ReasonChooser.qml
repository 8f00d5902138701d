import QtQuick
import Stockhand.Handheld
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Asks for a reason code (short pick, putaway override) from the store's list.
Popup {
    id: chooser
    property alias model: list.model
    property string title
    signal chosen(string code)
    objectName: "reasonChooser"
    modal: true
    dim: false // the sync bar stays readable; the thick border and the closed-on-tap-outside carry the focus
    x: Theme.gap
    y: Theme.touch + Theme.gap
    width: parent ? parent.width - 2 * Theme.gap : 400
    padding: Theme.margin
    background: Rectangle {
        color: "white"
        border.color: Theme.accent
        border.width: 3
        radius: 6
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        Text {
            Layout.fillWidth: true
            text: chooser.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, chooser.parent ? chooser.parent.height - 4 * Theme.touch : 400)
            spacing: Theme.gap
            interactive: contentHeight > height
            delegate: BigButton {
                id: reason
                required property string code
                required property string label
                objectName: "reason_" + reason.code
                width: ListView.view.width
                text: reason.label
                onClicked: {
                    chooser.close()
                    chooser.chosen(reason.code)
                }
            }
        }
        BigButton {
            Layout.fillWidth: true
            text: qsTr("Cancel")
            color: Theme.muted
            onClicked: chooser.close()
        }
    }
}
