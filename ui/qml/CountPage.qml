import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Blind count: location -> items (+1 per scan or the pad) -> close the location. No book quantities.
Item {
    id: page
    objectName: "countPage"
    readonly property var flow: App.count
    readonly property int step: flow.step
    Component.onCompleted: App.activeFlow = "count"
    StackView.onActivated: App.activeFlow = "count"

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        PageHeader {
            Layout.fillWidth: true
            title: page.flow.reference
            subtitle: page.flow.recount ? qsTr("Recount") : qsTr("Blind count")
            onBack: page.StackView.view.pop()
        }
        StepHeader {
            objectName: "countStep"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            instruction: page.step === CountFlow.Location ? qsTr("Go to location and scan it")
                       : page.step === CountFlow.Items ? qsTr("Scan every item at")
                       : qsTr("All locations counted")
            value: page.step === CountFlow.Finished ? "" : page.flow.location
            detail: page.step === CountFlow.Items && page.flow.lastItem !== ""
                    ? qsTr("Last: %1 · counted %2").arg(page.flow.lastItem).arg(page.flow.lastQuantity) : ""
        }
        MessageBanner {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            message: page.flow.message
            understood: page.flow.understood
            level: page.flow.messageLevel
        }
        QuantityPad {
            id: pad
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            visible: page.step === CountFlow.Items && page.flow.lastItem !== ""
            confirmText: qsTr("Set count")
            onAccepted: function(text) {
                if (text !== "")
                    page.flow.setQuantity(text)
                pad.text = ""
            }
        }
        BigButton {
            objectName: "closeLocationButton"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            visible: page.step === CountFlow.Items
            text: qsTr("Close location")
            color: Theme.ok
            onClicked: page.flow.closeLocation()
        }
        BigButton {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            visible: page.step === CountFlow.Finished
            text: qsTr("Back to tasks")
            onClicked: page.StackView.view.pop()
        }
        ListView {
            objectName: "countedItems"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 64
            clip: true
            spacing: 2
            model: page.step === CountFlow.Items ? page.flow.items : page.flow.lines
            delegate: Rectangle {
                id: row
                required property var model
                width: ListView.view.width
                height: 52
                color: row.model.current ? "#dbe8f7" : "white"
                border.color: "#c9d0d7"
                Text {
                    anchors.fill: parent
                    anchors.margins: 8
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.fontNormal
                    elide: Text.ElideRight
                    text: page.step === CountFlow.Items
                          ? row.model.quantity + " × " + row.model.label + (row.model.lot ? " · " + row.model.lot : "")
                          : row.model.location + (row.model.product ? " · " + row.model.product : "")
                            + (row.model.counted ? "  ✓" : "")
                }
            }
        }
    }
}
