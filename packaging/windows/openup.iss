; Inno Setup 6 script for OpenUp: makes OpenUp-Setup-<version>.exe from the PyInstaller bundle.
;
; Built by `python packaging\build.py`, which runs:
;   ISCC /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 /DDistDir=<repo>\dist\OpenUp ^
;        /DOutputDir=<repo>\dist packaging\windows\openup.iss
;
; Per-user install without administrator rights (into %LOCALAPPDATA%\Programs\OpenUp), a
; Start-menu entry, an optional desktop icon, and an uninstaller that asks whether to keep the
; couple's data (%LOCALAPPDATA%\OpenUp\OpenUp, platformdirs' user_data_dir("OpenUp", "OpenUp"));
; keeping it is the default, and a silent uninstall always keeps it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (python packaging\build.py does this)
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\OpenUp"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "OpenUp"
#define AppExe "OpenUp.exe"

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{5B7C2E1A-3F4D-4C8B-9A61-0E2D7F3B8C45}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The OpenUp developers
AppCopyright=OpenUp is free software under the MIT licence
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-Setup-{#AppVersion}
SetupIconFile=..\..\assets\icons\openup.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
RestartApplications=no
; The running app holds this named mutex (single_instance.APP_MUTEX_NAME; a test keeps the two
; equal). Setup and the uninstaller both ask the couple to close OpenUp while it exists:
; CloseApplications doesn't cover the uninstaller, and OpenUp often runs hidden in the tray.
AppMutex=OpenUp-5B7C2E1A-3F4D-4C8B-9A61-0E2D7F3B8C45
ShowLanguageDialog=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; When the app ships Spanish:
; Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update installs over the old version: without this, files the old version had in
; _internal (a library renamed or dropped since) would stay beside the new ones, and Python or
; Qt could load the stale one. Only the bundle's own folder: the couple's data lives elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; OpenUp.exe (no console), openup-cli.exe (the same program with a console, for --self-check)
; and _internal\ with Python, Qt, the screens and assets.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
english.KeepDataQuestion=Keep your OpenUp data on this computer?%n%nYour talks, your vault and your settings are in:%n%1%n%nChoose Yes to keep them: if you install OpenUp again, you carry on where you left off.%nChoose No to delete them for good.
english.DataNotDeleted=Some of OpenUp's data could not be deleted. You can delete this folder yourself:%n%1

[Code]
function DataDir: String;
begin
  Result := ExpandConstant('{localappdata}\OpenUp\OpenUp');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Dir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Dir := DataDir;
  { Silent uninstalls keep the data; so does every answer but an explicit No. }
  if UninstallSilent or not DirExists(Dir) then
    exit;
  if SuppressibleMsgBox(FmtMessage(CustomMessage('KeepDataQuestion'), [Dir]),
                        mbConfirmation, MB_YESNO or MB_DEFBUTTON1, IDYES) = IDNO then
  begin
    if not DelTree(Dir, True, True, True) then
      MsgBox(FmtMessage(CustomMessage('DataNotDeleted'), [Dir]), mbError, MB_OK)
    else
      RemoveDir(ExpandConstant('{localappdata}\OpenUp'));  { only if nothing else is in it }
  end;
end;
