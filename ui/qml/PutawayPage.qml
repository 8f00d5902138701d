import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Putaway: item or package -> suggested bin -> confirm by scanning it, or override with a reason.
Item {
    id: page
    objectName: "putawayPage"
    readonly property var flow: App.putaway
    readonly property int step: flow.step
    Component.onCompleted: App.activeFlow = "putaway"
    StackView.onActivated: App.activeFlow = "putaway"

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Putaway")
            subtitle: App.summary.revision >= 0 ? qsTr("%n item(s) at the receiving dock", "", App.summary.countOf("putaway")) : ""
            onBack: page.StackView.view.pop()
        }
        StepHeader {
            objectName: "putawayStep"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            instruction: page.step === PutawayFlow.Item ? qsTr("Scan an item or package at the dock")
                       : page.step === PutawayFlow.Destination ? qsTr("Take it to this bin and scan it")
                       : qsTr("Why not the suggested bin?")
            value: page.step === PutawayFlow.Destination ? page.flow.suggestion
                 : page.step === PutawayFlow.Override ? page.flow.overrideLocation : ""
            detail: page.flow.item !== "" ? page.flow.item + " · " + qsTr("qty %1").arg(page.flow.quantity) : ""
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
            visible: page.step === PutawayFlow.Destination
            confirmText: qsTr("Set quantity")
            onAccepted: function(text) {
                if (text !== "")
                    page.flow.setQuantity(text)
                pad.text = ""
            }
        }
        Repeater {
            model: page.step === PutawayFlow.Override ? page.flow.reasons : null
            delegate: BigButton {
                id: reason
                required property string code
                required property string label
                objectName: "override_" + reason.code
                Layout.fillWidth: true
                Layout.leftMargin: 6
                Layout.rightMargin: 6
                text: reason.label
                color: Theme.warning
                onClicked: page.flow.overrideWith(reason.code)
            }
        }
        Item { Layout.fillHeight: true }
        BigButton {
            Layout.fillWidth: true
            Layout.margins: 6
            visible: page.step !== PutawayFlow.Item
            text: qsTr("Cancel")
            color: Theme.muted
            onClicked: page.flow.cancel()
        }
    }
}
