import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import QtQuick.Dialogs
import QtCharts
import Stockhand.Handheld

// The supervisors' KPIs, computed by the server for a date range (days in UTC): tiles with the range's
// figures, a chart per KPI over the days, backorder ageing, export to CSV. Offline it shows the last
// figures the console got, with their age. Qt Charts needs a QApplication (app/stockhand/main.cpp).
Item {
    id: page
    objectName: "kpiPage"
    property var kpis: App.console.kpis
    readonly property var colors: ["#209fdf", "#99ca53", "#f6a625", "#6d5fd5"]

    // One chart over the range's days: a line per figure (key, name), y scaled (percent: 100).
    component DayChart: ChartView {
        id: chart
        property var lines: [] // [{key, name}]
        property real scale: 1
        property string unit: ""
        property real floor: 0
        property real fixedMax: 0 // percent charts: 0-100
        antialiasing: true
        legend.alignment: Qt.AlignBottom
        legend.font.pixelSize: 11
        titleFont.pixelSize: 13
        titleFont.bold: true
        margins.top: 4
        margins.bottom: 4
        margins.left: 4
        margins.right: 4
        backgroundRoundness: 0

        DateTimeAxis {
            id: xAxis
            format: "dd.MM"
            tickCount: 6
            labelsFont.pixelSize: 10
        }
        ValueAxis {
            id: yAxis
            labelFormat: "%.0f"
            labelsFont.pixelSize: 10
            titleText: chart.unit
            titleFont.pixelSize: 10
        }

        function fill() {
            chart.removeAllSeries()
            const day = 12 * 3600 * 1000
            xAxis.min = new Date(page.kpis.firstDay.getTime() - day)
            xAxis.max = new Date(page.kpis.lastDay.getTime() + day)
            const keys = chart.lines.map(l => l.key)
            if (chart.fixedMax > 0) {
                yAxis.min = 0
                yAxis.max = chart.fixedMax
                yAxis.tickCount = 5
            } else {
                const top = page.kpis.maxOf(keys, chart.scale)
                yAxis.min = Math.min(chart.floor, Math.floor(page.kpis.minOf(keys, chart.scale)))
                yAxis.max = top > 0 ? Math.ceil(top * 1.05) : 1
                yAxis.applyNiceNumbers()
            }
            for (let i = 0; i < chart.lines.length; ++i) {
                const l = chart.lines[i]
                const s = chart.createSeries(ChartView.SeriesTypeLine, l.name, xAxis, yAxis)
                s.color = page.colors[i % page.colors.length]
                s.pointsVisible = true
                s.width = 2
                for (const p of page.kpis.points(l.key, chart.scale))
                    s.append(p.x, p.y)
            }
        }
        Connections {
            target: page.kpis
            function onFiguresChanged() { chart.fill() }
        }
        onLinesChanged: fill() // names in another language
        Component.onCompleted: fill()
    }

    Timer { // the age of the figures, said again every minute
        interval: 60000
        repeat: true
        running: page.visible && page.kpis.hasFigures
        onTriggered: page.kpis.updateAge()
    }

    FileDialog {
        id: exportDialog
        objectName: "kpiExportDialog"
        title: qsTr("Export the KPIs as CSV")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: page.kpis.exportCsv(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: qsTr("KPIs")
                font.pixelSize: 20
                font.bold: true
            }
            Label { text: qsTr("From") }
            TextField {
                objectName: "kpiFrom"
                Layout.preferredWidth: 110
                text: page.kpis.from
                placeholderText: "YYYY-MM-DD"
                inputMask: "9999-99-99"
                onEditingFinished: page.kpis.from = text
            }
            Label { text: qsTr("to") }
            TextField {
                objectName: "kpiTo"
                Layout.preferredWidth: 110
                text: page.kpis.to
                placeholderText: "YYYY-MM-DD"
                inputMask: "9999-99-99"
                onEditingFinished: page.kpis.to = text
            }
            Repeater {
                model: [7, 30, 90]
                delegate: Button {
                    required property int modelData
                    objectName: "kpiPreset" + modelData
                    text: qsTr("%1 days").arg(modelData)
                    onClicked: {
                        page.kpis.setPreset(modelData)
                        page.kpis.refresh()
                    }
                }
            }
            Button {
                objectName: "kpiRefresh"
                text: page.kpis.loading ? qsTr("Loading…") : qsTr("Show")
                enabled: !page.kpis.loading
                highlighted: true
                onClicked: page.kpis.refresh()
            }
            Button {
                objectName: "kpiExport"
                text: qsTr("Export CSV…")
                enabled: page.kpis.hasFigures
                onClicked: {
                    exportDialog.selectedFile = "file:///" + page.kpis.suggestedFileName()
                    exportDialog.open()
                }
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "kpiAge"
                visible: page.kpis.hasFigures
                text: page.kpis.ageText
                font.bold: page.kpis.stored || page.kpis.offline
                color: page.kpis.stored || page.kpis.offline ? Theme.warning : Theme.muted
            }
        }

        Label {
            objectName: "kpiMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.kpis.message
            color: page.kpis.offline ? Theme.warning : Theme.error
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "kpiRange"
            visible: page.kpis.hasFigures
            text: page.kpis.shownRange
            color: Theme.muted
        }
        Label {
            objectName: "kpiEmpty"
            visible: !page.kpis.hasFigures
            Layout.fillWidth: true
            Layout.fillHeight: true // keeps the controls at the top
            Layout.topMargin: 40
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignTop
            text: qsTr("No figures yet: choose a range and press Show (the server computes them).")
            color: Theme.muted
            font.pixelSize: 16
        }

        // The range's figures.
        RowLayout {
            Layout.fillWidth: true
            visible: page.kpis.hasFigures
            spacing: 6
            Repeater {
                model: page.kpis.tiles
                delegate: Rectangle {
                    required property var modelData
                    objectName: "kpiTile_" + modelData.key
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    Layout.preferredHeight: 84
                    color: Theme.surface
                    radius: 4
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 6
                        spacing: 2
                        Label {
                            text: modelData.label
                            font.pixelSize: 11
                            color: Theme.muted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: modelData.value
                            font.pixelSize: 22
                            font.bold: true
                        }
                        Label {
                            text: modelData.detail
                            font.pixelSize: 10
                            color: Theme.muted
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.kpis.hasFigures
            columns: 4
            rowSpacing: 4
            columnSpacing: 4
            DayChart {
                objectName: "kpiChartAccuracy"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Inventory record accuracy")
                unit: "%"
                scale: 100
                fixedMax: 100
                lines: [{key: "accuracy", name: qsTr("locations within tolerance")}]
            }
            DayChart {
                objectName: "kpiChartVariance"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Count variance (units)")
                lines: [{key: "variance_net", name: qsTr("net")}, {key: "variance_abs", name: qsTr("absolute")}]
            }
            DayChart {
                objectName: "kpiChartValue"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Count variance (value)")
                scale: 0.01
                lines: [{key: "variance_value_net_cents", name: qsTr("net")},
                    {key: "variance_value_abs_cents", name: qsTr("absolute")}]
            }
            DayChart {
                objectName: "kpiChartPerHour"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Lines per active hour")
                lines: [{key: "picked_per_hour", name: qsTr("picked")}, {key: "received_per_hour", name: qsTr("received")}]
            }
            DayChart {
                objectName: "kpiChartFill"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Order fill rate")
                unit: "%"
                scale: 100
                fixedMax: 100
                lines: [{key: "fill_rate", name: qsTr("pick lines filled at validation")}]
            }
            DayChart {
                objectName: "kpiChartDock"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Dock-to-stock (hours)")
                lines: [{key: "dock_to_stock_median_h", name: qsTr("median")},
                    {key: "dock_to_stock_p90_h", name: qsTr("p90")}]
            }
            ChartView {
                id: ageing
                objectName: "kpiChartBackorders"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Backorder ageing (open lines)")
                titleFont.pixelSize: 13
                titleFont.bold: true
                antialiasing: true
                legend.visible: false
                margins.top: 4
                margins.bottom: 4
                backgroundRoundness: 0
                HorizontalBarSeries {
                    id: ageingSeries
                    labelsVisible: true
                    axisY: BarCategoryAxis {
                        id: ageingAxis
                        labelsFont.pixelSize: 10
                    }
                    axisX: ValueAxis {
                        id: ageingValues
                        min: 0
                        labelFormat: "%.0f"
                        labelsFont.pixelSize: 10
                    }
                }
                function fill() {
                    ageingSeries.clear()
                    const rows = page.kpis.backorders
                    ageingAxis.categories = rows.map(r => r.bucket)
                    const values = rows.map(r => r.lines)
                    ageingValues.max = Math.max(1, Math.ceil(Math.max(...values, 0) * 1.15))
                    ageingValues.applyNiceNumbers()
                    ageingSeries.append(qsTr("open lines"), values).color = page.colors[0]
                }
                Connections {
                    target: page.kpis
                    function onFiguresChanged() { ageing.fill() }
                }
                Component.onCompleted: fill()
            }
            ChartView {
                id: hours
                objectName: "kpiChartHours"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Lines by hour of day (UTC)")
                titleFont.pixelSize: 13
                titleFont.bold: true
                antialiasing: true
                legend.alignment: Qt.AlignBottom
                legend.font.pixelSize: 11
                margins.top: 4
                margins.bottom: 4
                backgroundRoundness: 0
                ValueAxis {
                    id: hourAxis
                    min: 0
                    max: 24
                    tickCount: 9
                    labelFormat: "%.0f"
                    labelsFont.pixelSize: 10
                }
                ValueAxis {
                    id: hourValues
                    min: 0
                    labelFormat: "%.0f"
                    labelsFont.pixelSize: 10
                }
                LineSeries {
                    id: pickedHours
                    name: qsTr("picked")
                    color: page.colors[0]
                    axisX: hourAxis
                    axisY: hourValues
                    pointsVisible: true
                    width: 2
                }
                LineSeries {
                    id: receivedHours
                    name: qsTr("received")
                    color: page.colors[1]
                    axisX: hourAxis
                    axisY: hourValues
                    pointsVisible: true
                    width: 2
                }
                function fill() { // a point at the start of each hour
                    pickedHours.clear()
                    receivedHours.clear()
                    const picked = page.kpis.pickedByHour, received = page.kpis.receivedByHour
                    for (let h = 0; h < picked.length; ++h)
                        pickedHours.append(h, picked[h])
                    for (let h = 0; h < received.length; ++h)
                        receivedHours.append(h, received[h])
                    hourValues.max = Math.max(1, Math.ceil(Math.max(...picked, ...received, 0) * 1.05))
                    hourValues.applyNiceNumbers()
                }
                Connections {
                    target: page.kpis
                    function onFiguresChanged() { hours.fill() }
                }
                Component.onCompleted: fill()
            }
        }
    }
}
