pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"

// How strong a new passphrase looks, in bars and plain words.
ColumnLayout {
    id: meter
    property var check: ({
            "ok": false,
            "strength": 0,
            "label": "",
            "advice": "",
            "problems": ""
        })
    property bool empty: true
    spacing: 6
    Accessible.role: Accessible.StaticText
    Accessible.name: empty ? "" : qsTr("Strength: %1").arg(check.label)

    RowLayout {
        spacing: 6
        Repeater {
            model: 4
            delegate: Rectangle {
                required property int index
                Layout.preferredWidth: 64
                height: 10
                radius: 5
                color: !meter.empty && meter.check.strength > index ? (meter.check.strength >= 3 ? "#2F6B4F" : meter.check.strength === 2 ? "#8A5A00" : Theme.danger) : Theme.surfaceAlt
            }
        }
        Label {
            objectName: "strengthLabel"
            visible: !meter.empty
            text: meter.check.label
            color: Theme.text
            font.pixelSize: Theme.fontLabel
            Layout.leftMargin: Theme.gapSmall
        }
    }
    BodyText {
        objectName: "strengthAdvice"
        visible: !meter.empty
        muted: meter.check.ok
        color: meter.check.ok ? Theme.textMuted : Theme.danger
        text: meter.check.ok ? meter.check.advice : meter.check.problems
    }
}
