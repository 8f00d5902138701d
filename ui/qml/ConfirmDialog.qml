import QtQuick
import Stockhand.Handheld
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Asks before a costly action (close short, close a location with uncounted items, skip, short pick,
// finish with a backorder): the flow's consequence in numbers, the action(s), and "Go back". It opens at
// the top of the screen, far from the pad's Confirm key; a tap outside it (where Confirm was) only
// closes it. Nothing is recorded until one of its actions is tapped (the flow's confirm()).
Popup {
    id: dialog
    property var flow
    objectName: "confirmDialog"
    modal: true
    dim: false // the sync bar stays readable; the thick border and the closed-on-tap-outside carry the focus
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    x: Theme.gap
    y: Theme.gap // over the page header too: a 4" screen needs the height for the German text
    width: parent ? parent.width - 2 * Theme.gap : 400
    padding: Theme.margin
    visible: flow ? flow.confirming : false
    onClosed: if (flow && flow.confirming) flow.cancelConfirmation()
    background: Rectangle {
        color: "white"
        border.color: Theme.warning
        border.width: 4
        radius: 6
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin
        Text {
            objectName: "confirmTitle"
            Layout.fillWidth: true
            text: dialog.flow ? dialog.flow.confirmTitle : ""
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "confirmText"
            Layout.fillWidth: true
            text: dialog.flow ? dialog.flow.confirmText : ""
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.WordWrap
        }
        BigButton {
            objectName: "confirmYes"
            Layout.fillWidth: true
            text: dialog.flow ? dialog.flow.confirmLabel : ""
            color: Theme.warning
            onClicked: dialog.flow.confirm(false)
        }
        BigButton {
            objectName: "confirmAlternative"
            Layout.fillWidth: true
            visible: dialog.flow ? dialog.flow.confirmAltLabel !== "" : false
            text: dialog.flow ? dialog.flow.confirmAltLabel : ""
            color: Theme.error
            onClicked: dialog.flow.confirm(true)
        }
        BigButton {
            objectName: "confirmCancel"
            Layout.fillWidth: true
            Layout.topMargin: Theme.touch / 2 // apart from the actions above
            text: qsTr("Go back")
            color: Theme.muted
            onClicked: dialog.flow.cancelConfirmation()
        }
    }
}
