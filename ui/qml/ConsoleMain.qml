import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// The desktop profile's window (1280x800 or larger, mouse and keyboard): the supervisor console and the
// receiving station. Same store, same sync engine and the same sync bar as the handheld; the pages are
// tables, not big buttons. A supervisor sees every tab; a receiving clerk the receiving station only.
ApplicationWindow {
    id: window
    objectName: "consoleWindow"
    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    title: qsTr("Stockhand — desktop")
    font.pixelSize: 13

    property int page: 0 // 0 adjustments, 1 exceptions, 2 KPIs, 3 fleet, 4 receiving
    readonly property bool supervisor: App.session.signedIn
                                       && (App.session.hasRole("supervisor") || App.session.hasRole("admin"))

    Connections {
        target: App.session
        function onChanged() {
            if (App.session.signedIn && !window.supervisor)
                window.page = 4 // a receiving clerk: the station is the only page
            else if (!App.session.signedIn)
                window.page = 0
        }
    }

    header: ToolBar {
        objectName: "consoleHeader"
        visible: App.session.signedIn
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 12
            Label {
                text: window.supervisor ? qsTr("Supervisor console") : qsTr("Receiving station")
                font.pixelSize: 18
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "consoleUser"
                text: qsTr("Signed in: %1").arg(App.session.userName)
            }
            Repeater {
                model: App.language.available
                delegate: ToolButton {
                    required property string modelData
                    objectName: "consoleLanguage_" + modelData
                    text: modelData.toUpperCase()
                    checkable: true
                    checked: App.language.language === modelData
                    onClicked: App.language.setLanguage(modelData)
                }
            }
            Button {
                objectName: "consoleSignOut"
                text: qsTr("Sign out")
                // Staged lines of a delivery are not recorded: the station says so instead of losing them.
                onClicked: App.station.staged.count > 0 ? App.station.close(false) : App.console.signOut()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: App.session.signedIn

        // Navigation: only what is built.
        TabBar {
            id: nav
            objectName: "consoleNav"
            visible: window.supervisor
            Layout.fillWidth: true
            currentIndex: window.page
            onCurrentIndexChanged: window.page = currentIndex
            TabButton {
                objectName: "navAdjustments"
                text: qsTr("Count adjustments (%1)").arg(App.console.adjustmentTable.count)
                width: implicitWidth + 24
            }
            TabButton {
                objectName: "navExceptions"
                text: qsTr("Exceptions (%1)").arg(App.console.exceptionList.openCount)
                width: implicitWidth + 24
            }
            TabButton {
                objectName: "navKpis"
                text: qsTr("KPIs")
                width: implicitWidth + 24
            }
            TabButton {
                objectName: "navFleet"
                text: qsTr("Fleet")
                width: implicitWidth + 24
            }
            TabButton {
                objectName: "navReceiving"
                text: qsTr("Receiving")
                width: implicitWidth + 24
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.page
            AdjustmentsPage {}
            ConsoleExceptionsPage {}
            Loader { // Qt Charts: made when first shown
                objectName: "kpiLoader"
                active: window.page === 2 || item !== null
                sourceComponent: KpiPage {}
            }
            FleetPage {}
            ReceivingPage {}
        }
    }

    ConsoleSignInPage {
        anchors.fill: parent
        visible: !App.session.signedIn
    }

    footer: ColumnLayout {
        spacing: 0
        // The console's answer to the last action: green done, red refused.
        Label {
            objectName: "consoleMessage"
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            Layout.topMargin: 4
            Layout.bottomMargin: 4
            visible: App.session.signedIn && text !== "" && window.page !== 4 // the station shows its own
            text: App.console.message
            color: Theme.levelColor(App.console.messageLevel)
            font.bold: true
            wrapMode: Text.WordWrap
        }
        SyncBar {
            Layout.fillWidth: true
            onExceptionsClicked: if (App.session.signedIn) window.page = 1
        }
    }
}
