import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"

// A masked passphrase field with show/hide. It never offers copy, prediction or history.
RowLayout {
    id: root
    property alias text: field.text
    property string label: qsTr("Passphrase")
    property bool shown: false
    property string fieldName: "passphraseField"
    // Where Tab goes from the field: the confirmation or the Continue button, not "Show"
    // (typing the confirmation into "Show" would toggle it and lose what was typed).
    property var tabTarget: null
    signal accepted
    spacing: Theme.gapSmall

    function clear() {
        field.text = "";
        shown = false;
    }
    function focusField() {
        field.forceActiveFocus();
    }

    AppTextField {
        id: field
        objectName: root.fieldName
        label: root.label
        placeholderText: root.label
        echoMode: root.shown ? TextInput.Normal : TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        maximumLength: VaultSetup.passphraseMaxLength
        Layout.fillWidth: true
        onAccepted: root.accepted()
        Keys.onTabPressed: function (event) {
            if (!root.tabTarget || !root.tabTarget.visible) {
                event.accepted = false;
                return;
            }
            if (root.tabTarget.focusField)
                root.tabTarget.focusField();
            else
                root.tabTarget.forceActiveFocus(Qt.TabFocusReason);
            event.accepted = true;
        }
        // No copy or cut, even when shown: a passphrase never goes to the clipboard (V11).
        Keys.onPressed: function (event) {
            if (event.matches(StandardKey.Copy) || event.matches(StandardKey.Cut))
                event.accepted = true;
        }
        ContextMenu.menu: null
        selectByMouse: false
    }
    AppButton {
        objectName: root.fieldName + "Show"
        text: root.shown ? qsTr("Hide") : qsTr("Show")
        Accessible.name: root.shown ? qsTr("Hide the passphrase") : qsTr("Show the passphrase")
        onClicked: root.shown = !root.shown
    }
}
