import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "theme"

// A start-up problem the couple must see although OpenUp's own window can't open (the data
// folder isn't writable, the saved data can't be opened…). Made by app.py without any bridge.
ApplicationWindow {
    id: problem
    objectName: "problemWindow"
    required property string message
    width: 560
    height: Math.min(column.implicitHeight + 2 * Theme.gapLarge, 600)
    visible: true
    title: "OpenUp"  // the name, never translated
    color: Theme.background

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        spacing: Theme.gap
        Label {
            objectName: "problemText"
            text: problem.message
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Close")
            focus: true
            Layout.alignment: Qt.AlignRight
            onClicked: problem.close()
            Keys.onReturnPressed: problem.close()
        }
    }
}
