import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Guided picking: location -> product -> quantity -> lot; short pick, skip, finish. The next scan is
// the biggest thing; skip and short pick sit in the header, far from Confirm, and ask first.
Item {
    id: page
    objectName: "pickPage"
    readonly property var flow: App.pick
    readonly property int step: flow.step
    // A short screen (a 4" handheld: about 70 mm for the page) while the pad is up: the news goes into the
    // step's detail line and the banner gives its room to the pad, so everything fits without scrolling.
    readonly property bool compact: height < 80 * Theme.mm && pad.visible
    readonly property bool badNews: page.flow.news && page.flow.messageLevel >= 2 && page.flow.message !== ""
    readonly property bool working: step === PickFlow.Location || step === PickFlow.Product
                                    || step === PickFlow.Quantity || step === PickFlow.Lot
    Component.onCompleted: App.activeFlow = "pick"
    StackView.onActivated: App.activeFlow = "pick"

    Connections {
        target: page.flow
        function onFinished() { page.StackView.view.pop() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        PageHeader {
            Layout.fillWidth: true
            title: page.flow.reference
            titleElide: Text.ElideLeft
            subtitle: qsTr("%n line(s) open", "", page.flow.openLines)
            onBack: page.StackView.view.pop()
            HeaderButton {
                objectName: "skipButton"
                visible: page.working
                text: qsTr("Skip")
                onClicked: page.flow.request("skip")
            }
            HeaderButton {
                objectName: "shortButton"
                visible: page.working
                text: qsTr("Short")
                onClicked: reasons.open()
            }
        }
        StepHeader {
            objectName: "pickStep"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            wrong: page.flow.wrongScan
            wrongExpected: page.flow.wrongExpected
            wrongScanned: page.flow.wrongScanned
            instruction: page.step === PickFlow.Location ? qsTr("SCAN BIN")
                       : page.step === PickFlow.Product ? qsTr("SCAN ITEM")
                       : page.step === PickFlow.Quantity ? qsTr("PICKING NOW")
                       : page.step === PickFlow.Lot ? qsTr("SCAN LOT OR SERIAL")
                       : qsTr("ALL LINES DONE")
            value: page.step === PickFlow.Location ? page.flow.current.location
                 : page.step === PickFlow.Product ? page.flow.current.sku
                 : page.step === PickFlow.Quantity ? (pad.text !== "" ? pad.text : (page.flow.quantity || "0")) + " " + page.flow.current.uom
                 : page.step === PickFlow.Lot ? (page.flow.current.lot || page.flow.current.sku)
                 : qsTr("Finish the pick")
            quantityLabel: qsTr("TO PICK")
            quantity: page.working ? page.flow.current.remaining + " " + page.flow.current.uom : ""
            detailLines: page.compact ? 1 : 2
            detail: page.compact && page.badNews ? page.flow.message
                  : page.step === PickFlow.Finished ? ""
                  : (page.flow.batchSize > 1 ? page.flow.current.reference + " · " : "")
                    + (page.step === PickFlow.Product || page.step === PickFlow.Quantity
                       ? page.flow.current.productName + " · " + page.flow.current.location
                       : page.flow.current.sku + " · " + page.flow.current.productName)
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
            visible: page.step === PickFlow.Product || page.step === PickFlow.Quantity
            enabled: page.flow.quantityEnabled
            decimals: page.flow.decimals
            allQuantity: page.flow.openQuantity
            confirmText: qsTr("OK")
            onAccepted: function(text) {
                if (text !== "")
                    page.flow.setQuantity(text)
                pad.text = ""
                page.flow.confirmQuantity()
            }
        }
        ListView {
            id: lines
            objectName: "pickLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            visible: !pad.visible
            clip: true
            spacing: 2
            model: page.flow.lines
            currentIndex: page.flow.lines.currentRow
            highlightMoveDuration: 0
            // The current line stays in view, with the line before it when there is room.
            onCurrentIndexChanged: Qt.callLater(() => lines.positionViewAtIndex(Math.max(0, lines.currentIndex - 1),
                                                                                ListView.Beginning))
            delegate: LineDelegate {
                width: ListView.view.width
            }
        }
        Item {
            Layout.fillHeight: true
            visible: !lines.visible
        }
        BigButton {
            objectName: "finishButton"
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            visible: page.step === PickFlow.Finished || page.step === PickFlow.Location
            text: page.flow.openLines > 0 ? qsTr("Finish now…") : qsTr("Finish the pick")
            color: page.flow.openLines > 0 ? Theme.muted : Theme.ok
            onClicked: page.flow.request("finish")
        }
    }
    ReasonChooser {
        id: reasons
        title: qsTr("Why is the line short?")
        model: page.flow.reasons
        onChosen: function(code) { page.flow.request("short:" + code) }
    }
    ConfirmDialog {
        flow: page.flow
    }
}
