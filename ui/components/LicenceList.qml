pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"

// The licences of OpenUp and of everything it ships, from the Licences bridge: one entry each
// with name, version and licence; its full text opens below it on request.
ColumnLayout {
    id: list
    objectName: "licenceList"
    // Each entry: {name, version, licence, text, url}.
    property var entries: (typeof Licences !== "undefined" && Licences) ? Licences.entries : []

    spacing: Theme.gapSmall
    Layout.fillWidth: true

    SectionTitle {
        text: qsTr("Licences")
    }
    BodyText {
        text: qsTr("OpenUp is free software under the MIT licence. It is built with the work of many others, listed here with their licences. Choose one to read its full text.")
        muted: true
        Layout.bottomMargin: Theme.gapSmall
    }

    Repeater {
        model: list.entries

        delegate: Rectangle {
            id: entry
            required property var modelData
            required property int index
            property bool expanded: false
            readonly property string title: modelData.version.length > 0 ? qsTr("%1 %2").arg(modelData.name).arg(modelData.version) : modelData.name

            Layout.fillWidth: true
            implicitHeight: column.implicitHeight
            radius: Theme.radiusSmall
            color: Theme.surface
            border.color: Theme.border
            border.width: 1

            ColumnLayout {
                id: column
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                spacing: 0

                AbstractButton {
                    id: toggle
                    objectName: "licenceToggle" + entry.index
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.controlHeight, header.implicitHeight + 2 * Theme.gap)
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("%1, %2").arg(entry.title).arg(entry.modelData.licence)
                    Accessible.description: entry.expanded ? qsTr("Hide the licence text") : qsTr("Show the licence text")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: entry.expanded = !entry.expanded

                    contentItem: Item {
                        implicitHeight: header.implicitHeight
                        RowLayout {
                            id: header
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.leftMargin: Theme.gap
                            anchors.rightMargin: Theme.gap
                            spacing: Theme.gap

                            Text {
                                text: entry.expanded ? "▾" : "▸"
                                font.pixelSize: Theme.fontBody
                                color: Theme.accent
                                Layout.alignment: Qt.AlignTop
                                Accessible.ignored: true
                            }
                            ColumnLayout {
                                spacing: 2
                                Layout.fillWidth: true
                                Text {
                                    text: entry.title
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                    Layout.fillWidth: true
                                }
                                Text {
                                    text: entry.modelData.licence
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                    wrapMode: Text.WordWrap
                                    Layout.fillWidth: true
                                }
                            }
                        }
                    }

                    background: Rectangle {
                        radius: Theme.radiusSmall
                        color: toggle.down || toggle.hovered ? Theme.surfaceAlt : "transparent"
                        FocusRing {
                            shown: toggle.visualFocus
                        }
                    }
                }

                // The text is made only when opened: some licences are long.
                Loader {
                    active: entry.expanded
                    visible: active
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.gap
                    Layout.rightMargin: Theme.gap
                    Layout.bottomMargin: Theme.gap

                    sourceComponent: ColumnLayout {
                        spacing: Theme.gapSmall

                        TextEdit {
                            objectName: "licenceUrl" + entry.index
                            visible: entry.modelData.url.length > 0
                            text: qsTr("Source: %1").arg(entry.modelData.url)
                            readOnly: true
                            selectByMouse: true
                            activeFocusOnTab: visible
                            wrapMode: TextEdit.WrapAnywhere
                            textFormat: TextEdit.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            selectionColor: Theme.focusRing
                            selectedTextColor: "#FFFFFF"
                            Layout.fillWidth: true
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        TextEdit {
                            objectName: "licenceText" + entry.index
                            text: entry.modelData.text
                            readOnly: true
                            selectByMouse: true
                            activeFocusOnTab: true
                            wrapMode: TextEdit.Wrap
                            textFormat: TextEdit.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                            selectionColor: Theme.focusRing
                            selectedTextColor: "#FFFFFF"
                            Layout.fillWidth: true
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("Licence text of %1").arg(entry.modelData.name)
                        }
                    }
                }
            }
        }
    }
}
