import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import Stockhand.Handheld

// The camera as a scanner, for devices without a hardware scanner: a live preview with an aiming frame
// and the torch where the camera has one. Frames are decoded by ui/camera's CameraScanner on a worker
// thread; each code read goes to App.scan like a hardware scan (to the flow the page was opened from) and
// the page goes back to that flow's screen, which answers it. Without a camera (a desktop, the offscreen
// test platform) the page says so.
Item {
    id: page
    objectName: "cameraPage"
    readonly property var camera: App.camera
    readonly property bool hasCamera: camera !== null && camera.available
    property bool startedHere: false
    property string lastScan: ""

    Component.onCompleted: {
        if (!hasCamera)
            return
        camera.videoSink = preview.videoSink
        if (!camera.active) {
            camera.start()
            startedHere = true
        }
    }
    Component.onDestruction: {
        if (!camera)
            return
        camera.videoSink = null
        if (startedHere)
            camera.stop()
    }
    Connections {
        target: App
        function onScanned(data) {
            page.lastScan = data
            if (page.hasCamera && page.StackView.status === StackView.Active)
                page.StackView.view.pop()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Camera scanner")
            subtitle: page.hasCamera ? qsTr("Hold the code inside the frame") : qsTr("No camera")
            onBack: page.StackView.view.pop()
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: "black"
            VideoOutput {
                id: preview
                anchors.fill: parent
                visible: page.hasCamera
                fillMode: VideoOutput.PreserveAspectCrop
            }
            // The aiming frame: codes are read anywhere in the picture, but this is where to hold them.
            Rectangle {
                objectName: "aimingFrame"
                visible: page.hasCamera
                anchors.centerIn: parent
                width: parent.width * 0.8
                height: parent.height * 0.35
                color: "transparent"
                border.color: "#ffd400"
                border.width: 4
                radius: 8
            }
            ColumnLayout {
                objectName: "noCamera"
                visible: !page.hasCamera
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                spacing: Theme.margin
                Text {
                    objectName: "noCameraText"
                    Layout.fillWidth: true
                    text: qsTr("This device has no camera that Stockhand can use.")
                    color: "white"
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Scan with the hardware scanner, or type the code in the scan field below.")
                    color: "white"
                    font.pixelSize: Theme.fontNormal
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
            Text {
                objectName: "cameraError"
                anchors.bottom: parent.bottom
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.margin
                visible: page.camera !== null && page.camera.error !== "" && page.hasCamera
                text: page.camera ? page.camera.error : ""
                color: "white"
                font.pixelSize: Theme.fontNormal
                wrapMode: Text.WordWrap
            }
        }
        Text {
            objectName: "cameraLastScan"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.lastScan !== ""
            text: qsTr("Read: %1").arg(page.lastScan)
            font.pixelSize: Theme.fontNormal
            font.bold: true
            elide: Text.ElideMiddle
        }
        BigButton {
            objectName: "torchButton"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.hasCamera && page.camera.torchAvailable
            text: page.hasCamera && page.camera.torch ? qsTr("Light off") : qsTr("Light on")
            color: Theme.muted
            onClicked: page.camera.torch = !page.camera.torch
        }
    }
}
