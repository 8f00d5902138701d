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
    // A short screen (a 4" handheld: about 70 mm for the page) while the pad is up: the news goes into the
    // step's detail line and the banner gives its room to the pad, so everything fits without scrolling.
    readonly property bool compact: height < 80 * Theme.mm && pad.visible
    readonly property bool badNews: page.flow.news && page.flow.messageLevel >= 2 && page.flow.message !== ""
    Component.onCompleted: App.activeFlow = "putaway"
    StackView.onActivated: App.activeFlow = "putaway"

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Putaway")
            subtitle: App.summary.revision >= 0 ? qsTr("%n item(s) at the receiving dock", "", App.summary.countOf("putaway")) : ""
            onBack: page.StackView.view.pop()
            HeaderButton {
                objectName: "putawayCancel"
                visible: page.step !== PutawayFlow.Item
                text: qsTr("Cancel")
                onClicked: page.flow.cancel()
            }
        }
        StepHeader {
            objectName: "putawayStep"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            wrong: page.flow.wrongScan
            wrongExpected: page.flow.wrongExpected
            wrongScanned: page.flow.wrongScanned
            instruction: page.step === PutawayFlow.Item ? qsTr("AT THE RECEIVING DOCK")
                       : page.step === PutawayFlow.Destination ? qsTr("TAKE IT THERE · SCAN BIN")
                       : qsTr("WHY NOT THE SUGGESTED BIN?")
            value: page.step === PutawayFlow.Item ? qsTr("SCAN ITEM")
                 : page.step === PutawayFlow.Destination ? (page.flow.suggestion || qsTr("any bin"))
                 : page.flow.overrideLocation
            quantityLabel: qsTr("MOVE")
            quantity: page.step === PutawayFlow.Item ? "" : (pad.text !== "" ? pad.text + "…" : page.flow.quantity)
            detailLines: page.compact ? 1 : 2
            detail: page.compact && page.badNews ? page.flow.message
                  : page.step === PutawayFlow.Item ? qsTr("or a package label") : page.flow.item
        }
        MessageBanner {
            visible: !page.compact
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            message: page.flow.news ? page.flow.message : ""
            understood: page.flow.understood
            level: page.flow.messageLevel
        }
        QuantityPad {
            id: pad
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            visible: page.step === PutawayFlow.Destination && page.flow.quantityEnabled
            enabled: page.flow.quantityEnabled
            decimals: page.flow.decimals
            allQuantity: page.flow.openQuantity
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
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                text: reason.label
                color: Theme.warning
                onClicked: page.flow.overrideWith(reason.code)
            }
        }
        Item { Layout.fillHeight: true }
    }
}
