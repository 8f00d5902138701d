import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Receiving: items -> quantity -> lot and expiry; unexpected items and over-receipts flagged. Finishing
// asks first, with what stays open in numbers.
Item {
    id: page
    objectName: "receivePage"
    readonly property var flow: App.receive
    readonly property int step: flow.step
    // A short screen (a 4" handheld: about 70 mm for the page) while the pad is up: the news goes into the
    // step's detail line and the banner gives its room to the pad, so everything fits without scrolling.
    readonly property bool compact: height < 80 * Theme.mm && pad.visible
    readonly property bool badNews: page.flow.news && page.flow.messageLevel >= 2 && page.flow.message !== ""
    Component.onCompleted: App.activeFlow = "receive"
    StackView.onActivated: App.activeFlow = "receive"

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
                objectName: "receiveCancelItem"
                visible: page.step === ReceiveFlow.Quantity || page.step === ReceiveFlow.Lot
                         || page.step === ReceiveFlow.Expiry
                text: qsTr("Cancel item")
                onClicked: page.flow.cancelItem()
            }
        }
        StepHeader {
            objectName: "receiveStep"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            wrong: page.flow.wrongScan
            wrongExpected: page.flow.wrongExpected
            wrongScanned: page.flow.wrongScanned
            instruction: page.step === ReceiveFlow.Item ? qsTr("NEXT")
                       : page.step === ReceiveFlow.Quantity ? qsTr("RECEIVING NOW")
                       : page.step === ReceiveFlow.Lot ? qsTr("SCAN OR TYPE THE LOT NUMBER")
                       : qsTr("TYPE THE EXPIRY DATE")
            value: page.step === ReceiveFlow.Item ? qsTr("SCAN ITEM")
                 : page.step === ReceiveFlow.Quantity ? (pad.text !== "" ? pad.text : (page.flow.quantity || "0"))
                 : page.step === ReceiveFlow.Lot ? (textEntry.text || page.flow.lot || "…")
                 : (textEntry.text || page.flow.expiry || qsTr("YYYY-MM-DD"))
            quantityLabel: page.flow.unexpected ? qsTr("NOT EXPECTED") : qsTr("EXPECTED")
            quantity: page.step === ReceiveFlow.Item ? ""
                      : page.flow.unexpected ? "—" : page.flow.expected
            detailLines: page.compact ? 1 : 2
            detail: page.compact && page.badNews ? page.flow.message
                  : page.step === ReceiveFlow.Item ? qsTr("%n line(s) still expected", "", page.flow.openLines)
                    : page.flow.product + (page.flow.lot !== "" ? " · " + qsTr("Lot %1").arg(page.flow.lot) : "")
                      + (page.flow.expiry !== "" ? " · " + qsTr("exp %1").arg(page.flow.expiry) : "")
        }
        Rectangle {
            objectName: "receiveFlag"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            implicitHeight: Math.ceil(Theme.fontNormal * 1.8)
            // Not beside a warning that already says it (the banner, or the detail on a short screen).
            visible: (page.flow.unexpected || page.flow.overReceipt) && !page.badNews
            color: Theme.warning
            Text {
                anchors.centerIn: parent
                text: page.flow.unexpected ? qsTr("NOT ON THIS RECEIPT") : qsTr("MORE THAN EXPECTED")
                color: "white"
                font.pixelSize: Theme.fontNormal
                font.bold: true
            }
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
        TextField {
            id: textEntry
            objectName: "receiveTextEntry"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            implicitHeight: Theme.touch
            visible: page.step === ReceiveFlow.Lot || page.step === ReceiveFlow.Expiry
            font.pixelSize: Theme.fontLarge
            inputMethodHints: page.step === ReceiveFlow.Expiry ? Qt.ImhDate : Qt.ImhNoPredictiveText
            placeholderText: page.step === ReceiveFlow.Lot ? qsTr("Lot number") : qsTr("2027-03-31")
            onAccepted: {
                const value = text
                text = ""
                if (page.step === ReceiveFlow.Lot)
                    page.flow.enterLot(value)
                else
                    page.flow.enterExpiry(value)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            visible: page.step === ReceiveFlow.Lot || page.step === ReceiveFlow.Expiry
            spacing: Theme.gap
            BigButton {
                objectName: "receiveNoExpiry"
                Layout.fillWidth: true
                visible: page.step === ReceiveFlow.Expiry
                text: qsTr("No expiry date")
                color: Theme.muted
                onClicked: page.flow.enterExpiry("")
            }
            BigButton {
                objectName: "receiveTextOk"
                Layout.fillWidth: true
                text: qsTr("OK")
                color: Theme.ok
                enabled: textEntry.text !== ""
                onClicked: textEntry.accepted()
            }
        }
        QuantityPad {
            id: pad
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            visible: page.step === ReceiveFlow.Quantity
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
            objectName: "receiveLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            visible: page.step === ReceiveFlow.Item
            clip: true
            spacing: 2
            model: page.flow.lines
            delegate: LineDelegate {
                width: ListView.view.width
                showLocation: false
            }
        }
        Item {
            Layout.fillHeight: true
            visible: page.step !== ReceiveFlow.Item
        }
        BigButton {
            objectName: "receiveFinishButton"
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            visible: page.step === ReceiveFlow.Item
            text: page.flow.openLines > 0 ? qsTr("Finish receipt…") : qsTr("Finish receipt")
            color: page.flow.openLines > 0 ? Theme.muted : Theme.ok
            onClicked: page.flow.request("finish")
        }
    }
    ConfirmDialog {
        flow: page.flow
    }
}
