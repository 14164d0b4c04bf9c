import QtQuick
import QtQuick.Layouts
import OpenUp
import "../theme"

// Adding a prompt of your own to the "Ours" deck.
ColumnLayout {
    id: editor
    property string error: ""
    spacing: Theme.gapSmall

    function add() {
        editor.error = Prompts.addOwnPrompt(newPrompt.text);
        if (editor.error === "")
            newPrompt.text = "";
    }

    BodyText {
        muted: true
        text: qsTr("Write a prompt of your own. Keep it kind and open, something either of you could answer in a minute or two.")
    }
    RowLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        AppTextField {
            id: newPrompt
            objectName: "ownPromptField"
            label: qsTr("A prompt of your own")
            placeholderText: qsTr("What would you like to ask each other?")
            maximumLength: Prompts.customPromptMaxLength
            Layout.fillWidth: true
            onAccepted: editor.add()
        }
        AppButton {
            objectName: "addOwnPrompt"
            text: qsTr("Add")
            onClicked: editor.add()
        }
    }
    BodyText {
        objectName: "ownPromptError"
        visible: editor.error.length > 0
        text: editor.error
        color: Theme.danger
    }
}
