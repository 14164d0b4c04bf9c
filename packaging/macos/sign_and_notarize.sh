#!/usr/bin/env bash
# Sign OpenUp.app, or sign + notarize + staple the .dmg, when the Apple secrets are present.
#
#     packaging/macos/sign_and_notarize.sh dist/OpenUp.app       # codesign the app
#     packaging/macos/sign_and_notarize.sh dist/OpenUp-x.dmg     # codesign, notarize, staple
#
# packaging/build.py calls it for the app (before the disk image is made) and for the dmg.
# Without the secrets it prints why it skips and exits 0: the build stays usable, unsigned
# (users then confirm the first start in System Settings > Privacy & Security, see README
# "Install").
#
# The app is signed inside-out: every Mach-O file in the bundle (Python, Qt, each extension
# module), then every nested bundle (.framework), deepest first, then OpenUp.app itself.
# `codesign --deep` is not used for signing: it misses .so/.dylib files outside the places it
# looks, and notarization then rejects the bundle. It is only used to --verify the result.
#
# Environment (GitHub secrets in .github/workflows/release.yml):
#   MACOS_SIGN_IDENTITY           "Developer ID Application: Name (TEAMID)"       to sign
#   MACOS_CERTIFICATE_P12_BASE64  the Developer ID certificate + key, .p12 base64  (CI only:
#   MACOS_CERTIFICATE_PASSWORD    its password                                    imported into
#                                                                                  a temporary keychain)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   (app-specific password)          to notarize
set -euo pipefail

target=${1:?usage: sign_and_notarize.sh <OpenUp.app | OpenUp.dmg>}
here=$(cd "$(dirname "$0")" && pwd)
entitlements="$here/entitlements.plist"

if [[ $(uname -s) != Darwin ]]; then
    echo "sign_and_notarize: not on macOS; nothing to do." >&2
    exit 0
fi
if [[ ! -e $target ]]; then
    echo "sign_and_notarize: $target does not exist" >&2
    exit 1
fi
if [[ -z ${MACOS_SIGN_IDENTITY:-} ]]; then
    echo "sign_and_notarize: MACOS_SIGN_IDENTITY is not set; $target stays unsigned" \
         "(ad-hoc signature only). Users will have to confirm the first start in" \
         "System Settings > Privacy & Security." >&2
    exit 0
fi

# CI: put the certificate into a temporary keychain (once per job).
if [[ -n ${MACOS_CERTIFICATE_P12_BASE64:-} ]]; then
    keychain="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/openup-signing.keychain-db"
    if [[ ! -f $keychain ]]; then
        keychain_password=$(uuidgen)
        p12="${keychain%.keychain-db}.p12"
        printf '%s' "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode > "$p12"
        security create-keychain -p "$keychain_password" "$keychain"
        security set-keychain-settings -lut 21600 "$keychain"
        security unlock-keychain -p "$keychain_password" "$keychain"
        security import "$p12" -k "$keychain" -P "${MACOS_CERTIFICATE_PASSWORD:-}" \
            -T /usr/bin/codesign -T /usr/bin/security
        security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" \
            >/dev/null
        # Search this keychain first, keep the user's others.
        # shellcheck disable=SC2046
        security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
        rm -f "$p12"
    fi
fi

# A Mach-O file starts with one of these magic numbers (thin 32/64-bit, either byte order,
# or a universal "fat" binary); checked here so the script needs no `file` command.
is_macho() {
    local magic
    magic=$(head -c 4 "$1" | od -An -tx1 | tr -d ' \n')
    case $magic in
        feedface | feedfacf | cefaedfe | cffaedfe | cafebabe | bebafeca) return 0 ;;
        *) return 1 ;;
    esac
}

# Libraries and frameworks: hardened runtime and a timestamp, no entitlements (those belong to
# programs).
sign_code() {
    codesign --force --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$1"
}

# Programs (OpenUp.app and any executable in Contents/MacOS): with the entitlements.
sign_program() {
    codesign --force --options runtime --timestamp \
        --entitlements "$entitlements" --sign "$MACOS_SIGN_IDENTITY" "$1"
}

sign_app_inside_out() {
    local app=$1 path count=0
    # 1. Every Mach-O file (not symlinks: they point at a file signed on its own).
    while IFS= read -r -d '' path; do
        is_macho "$path" || continue
        if [[ $path == "$app/Contents/MacOS/"* ]]; then
            sign_program "$path"
        else
            sign_code "$path"
        fi
        count=$((count + 1))
    done < <(find "$app/Contents" -type f -print0)
    # 2. Nested bundles, each after everything inside it (-depth lists contents first).
    while IFS= read -r -d '' path; do
        sign_code "$path"
    done < <(find "$app/Contents" -depth -type d \
        \( -name '*.framework' -o -name '*.app' -o -name '*.bundle' -o -name '*.xpc' \) -print0)
    # 3. The app itself, last: its seal covers everything signed above.
    sign_program "$app"
    echo "sign_and_notarize: signed $count binaries inside $app, then the app"
}

case $target in
    *.app)
        echo "sign_and_notarize: signing $target inside-out"
        sign_app_inside_out "$target"
        codesign --verify --deep --strict --verbose=2 "$target"
        ;;
    *.dmg)
        echo "sign_and_notarize: signing $target"
        codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$target"
        if [[ -z ${APPLE_ID:-} || -z ${APPLE_TEAM_ID:-} || -z ${APPLE_APP_PASSWORD:-} ]]; then
            echo "sign_and_notarize: APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD is not set;" \
                 "$target is signed but not notarized." >&2
            exit 0
        fi
        echo "sign_and_notarize: notarizing $target (this waits for Apple, often a few minutes)"
        credentials=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
        result=$(xcrun notarytool submit "$target" --wait "${credentials[@]}" 2>&1) || true
        echo "$result"
        if ! grep -q "status: Accepted" <<<"$result"; then
            # notarytool can exit 0 for a rejected submission; show Apple's reasons.
            submission=$(awk '/^ *id:/ {print $2; exit}' <<<"$result")
            [[ -n $submission ]] && xcrun notarytool log "$submission" "${credentials[@]}" || true
            echo "sign_and_notarize: notarization of $target failed" >&2
            exit 1
        fi
        xcrun stapler staple "$target"
        xcrun stapler validate "$target"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$target" || true
        ;;
    *)
        echo "sign_and_notarize: expected a .app or a .dmg, got $target" >&2
        exit 1
        ;;
esac
