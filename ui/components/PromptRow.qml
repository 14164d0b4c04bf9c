import QtQuick
import QtQuick.Layouts
import OpenUp
import "../theme"

// One prompt in the picker; the couple's own prompts can be changed or removed.
Rectangle {
    id: row
    property string promptId: ""
    property string promptText: ""
    property bool own: false
    property bool chosen: false
    property bool editing: false
    property string error: ""
    signal picked

    function saveEdit() {
        error = Prompts.editOwnPrompt(promptId, editField.text);
        if (error === "")
            editing = false;
    }

    objectName: "promptRow_" + promptId
    implicitHeight: layout.implicitHeight + 2 * Theme.gapSmall
    radius: Theme.radiusSmall
    color: chosen ? Theme.surfaceAlt : "transparent"
    border.color: chosen ? Theme.accent : Theme.border
    border.width: chosen ? 2 : 1

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.gapSmall
        spacing: Theme.gap
        BodyText {
            visible: !row.editing
            text: row.promptText
            Layout.leftMargin: Theme.gapSmall
        }
        ColumnLayout {
            visible: row.editing
            Layout.fillWidth: true
            AppTextField {
                id: editField
                objectName: "edit_field_" + row.promptId
                label: qsTr("Change this prompt")
                text: row.promptText
                maximumLength: Prompts.customPromptMaxLength
                Layout.fillWidth: true
                onAccepted: row.saveEdit()
            }
            BodyText {
                visible: row.error.length > 0
                text: row.error
                color: Theme.danger
            }
        }
        AppButton {
            visible: row.editing
            objectName: "save_edit_" + row.promptId
            kind: "primary"
            text: qsTr("Save")
            onClicked: row.saveEdit()
        }
        AppButton {
            visible: row.own && !row.editing
            objectName: "edit_" + row.promptId
            kind: "quiet"
            text: qsTr("Change")
            Accessible.name: qsTr("Change: %1").arg(row.promptText)
            onClicked: {
                row.editing = true;
                editField.text = row.promptText;
                editField.forceActiveFocus();
            }
        }
        AppButton {
            visible: !row.editing
            objectName: "pick_" + row.promptId
            text: row.chosen ? qsTr("Chosen") : qsTr("Choose")
            kind: row.chosen ? "primary" : "secondary"
            Accessible.name: qsTr("Choose: %1").arg(row.promptText)
            onClicked: row.picked()
        }
        AppButton {
            visible: row.own && !row.editing
            objectName: "delete_" + row.promptId
            kind: "quiet"
            text: qsTr("Remove")
            Accessible.name: qsTr("Remove: %1").arg(row.promptText)
            onClicked: Prompts.deleteOwnPrompt(row.promptId)
        }
    }
}
