; Inno Setup script: a per-user install of the PyInstaller folder (no administrator rights).
; Build on Windows after `py packaging\build.py`:  iscc packaging\windows\framework-ready.iss
; The uninstaller removes the program, never the user's data (their database, evidence and
; backups in %LOCALAPPDATA%\Framework Ready), unless they answer Yes to the question it asks; a
; silent uninstall (/VERYSILENT /SUPPRESSMSGBOXES) keeps it. An update is a newer installer run
; over this one: the same AppId below finds and replaces the installed copy, data untouched.
; CI builds, installs, starts and uninstalls it: packaging/windows/install_check.py.

#define AppName "Framework Ready"
#define AppVersion "0.1.0"
#define AppExe "framework-ready.exe"
; Welsh set-up screens when a Welsh translation of Inno Setup's messages is at hand (it is not
; one of those Inno Setup ships): Welsh.isl beside this script, or in the compiler's Languages.
#if FileExists(AddBackslash(SourcePath) + "Welsh.isl")
  #define WelshMessages AddBackslash(SourcePath) + "Welsh.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Welsh.isl")
  #define WelshMessages "compiler:Languages\Welsh.isl"
#endif

[Setup]
AppId={{6B1D0E53-8F0A-4C5E-9C1B-2F7C5A0E4D21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Framework Ready
DefaultDirName={autopf}\{#AppName}
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
#ifdef WelshMessages
Name: "welsh"; MessagesFile: "{#WelshMessages}"
#endif

[CustomMessages]
english.RemoveData=Also delete your Framework Ready data (your database, evidence documents and backups)?%nChoose No to keep it: a new installation will find it again.
#ifdef WelshMessages
welsh.RemoveData=Dileu eich data Framework Ready hefyd (eich cronfa ddata, eich dogfennau tystiolaeth a'ch ffeiliau wrth gefn)?%nDewiswch Na i'w gadw: bydd gosodiad newydd yn dod o hyd iddo eto.
#endif

[InstallDelete]
; An update replaces the whole program folder's libraries, so nothing of the old version lingers
; (the data is elsewhere, in %LOCALAPPDATA%\Framework Ready, and never touched).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\framework-ready\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

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
    { Suppressible, answering No: a silent uninstall must never wait for a click, nor delete }
    RemoveData := DirExists(DataDir) and (SuppressibleMsgBox(CustomMessage('RemoveData'),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES);
    if RemoveData then
      DelTree(DataDir, True, True, True);
  end;
end;
