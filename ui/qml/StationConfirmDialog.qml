import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// The receiving station's confirmations: the consequence in words and numbers (built in C++), a button
// that names the action, optionally a second one (finish: backorder or close short), and Cancel (Esc).
// The focus starts on Cancel: nothing irreversible happens on a stray Enter.
Dialog {
    id: dialog
    property string what: ""
    property string text: ""
    property string acceptText: ""
    property string secondText: ""
    signal chosen(string what, bool second)

    function ask(kind, heading, body, accept, second) {
        what = kind
        title = heading
        text = body
        acceptText = accept
        secondText = second
        open()
    }

    modal: true
    width: 680
    padding: 18
    anchors.centerIn: parent
    onOpened: cancelButton.forceActiveFocus()

    Label {
        objectName: "stationConfirmText"
        width: parent.width
        text: dialog.text
        wrapMode: Text.WordWrap
        font.pixelSize: 16
    }

    footer: Item {
        implicitHeight: buttons.implicitHeight + 20
        RowLayout {
        id: buttons
        anchors.fill: parent
        anchors.margins: 10
        spacing: 8
        Item { Layout.fillWidth: true }
        Button {
            id: cancelButton
            objectName: dialog.objectName + "Cancel"
            text: qsTr("Cancel (Esc)")
            onClicked: dialog.reject()
            Keys.onReturnPressed: clicked()
        }
        Button {
            objectName: dialog.objectName + "Second"
            visible: dialog.secondText !== ""
            text: dialog.secondText
            onClicked: {
                dialog.close()
                dialog.chosen(dialog.what, true)
            }
            Keys.onReturnPressed: clicked()
        }
        Button {
            objectName: dialog.objectName + "Accept"
            text: dialog.acceptText
            highlighted: true
            onClicked: {
                dialog.close()
                dialog.chosen(dialog.what, false)
            }
            Keys.onReturnPressed: clicked()
        }
        }
    }
}
