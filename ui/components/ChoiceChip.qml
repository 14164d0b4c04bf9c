import QtQuick

// One option of a small set (talk length, turn length, who starts …). The chosen one is filled.
AppButton {
    id: chip
    property bool chosen: false
    kind: chosen ? "primary" : "secondary"
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: chosen
}
