; Inno Setup script: a per-user install of the PyInstaller folder (no administrator rights).
; Build on Windows after `py packaging\build.py`:  iscc packaging\windows\framework-ready.iss
; The uninstaller removes the program, never the user's data (their database, evidence and
; backups in %LOCALAPPDATA%\Framework Ready), unless they tick the box it offers.

#define AppName "Framework Ready"
#define AppVersion "0.1.0"
#define AppExe "framework-ready.exe"

[Setup]
AppId={{6B1D0E53-8F0A-4C5E-9C1B-2F7C5A0E4D21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Framework Ready
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=framework-ready-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\framework-ready.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
DisableProgramGroupPage=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "welsh"; MessagesFile: "compiler:Languages\Welsh.isl"

[Files]
Source: "..\..\dist\framework-ready\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Put an icon on the desktop"; Flags: unchecked

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent

[Code]
var
  RemoveData: Boolean;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Framework Ready');
    RemoveData := DirExists(DataDir) and (MsgBox(
      'Also delete your Framework Ready data (your database, evidence documents and backups)?' + #13#10 +
      'Choose No to keep it: a new installation will find it again.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES);
    if RemoveData then
      DelTree(DataDir, True, True, True);
  end;
end;
