; Inno Setup 6 script: a Windows installer for the one-folder bundle.
; It cannot be built or tested on this project's Linux machines. On Windows, with Python 3.11
; and Inno Setup 6.3 or newer (for x64compatible):
;   python -m venv .venv && .venv\Scripts\pip install -e ".[bundle]"
;   bash packaging/build-bundle.sh seeds   (Git Bash, PAKRU_VENV_BIN=.venv/Scripts; as CI does,
;                                          .github/workflows/installers.yml)
;   iscc /DAppVersion=0.1.0 packaging\windows\pakru-desktop.iss
; → dist\pakru-desktop-0.1.0-setup.exe. The spec keeps the Windows platform and style plugins
; (qwindows, qmodernwindowsstyle); the ICU subset and library pruning are Linux-only.
; Portable use needs no installer: copy dist\pakru-desktop anywhere and create an empty file
; named "portable" beside pakru-desktop.exe.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Pakru Desktop"
#define FileName "pakru-desktop"
#define BundleDir "..\..\dist\pakru-desktop"

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{6F0C2B7E-4D1A-4E8B-9B7F-3C2A5D9E1F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
; the maintainer named in pyproject.toml
AppPublisher=pakru-desktop maintainers
DefaultDirName={autopf}\{#FileName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per-user by default (no administrator needed); the user may choose all users
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#FileName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; the installer's folder goes on PATH (pakru.exe in a terminal); Windows is told of the change
ChangesEnvironment=yes
UninstallDisplayIcon={app}\pakru-desktop.exe
; our MIT licence, shown before installing; the bundle's third-party licences are installed
; with it (LICENSE, THIRD-PARTY-NOTICES.md, licenses\, written by packaging/notices.py)
LicenseFile=..\..\LICENSE
; the user's library and settings live in %LOCALAPPDATA%\pakru-desktop, not in {app}:
; an upgrade replaces the program and keeps them; new seeds are added on the next start

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade must not keep libraries or plugins the new bundle no longer has
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\pakru-desktop.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\pakru-desktop.exe"; Tasks: desktopicon

[Registry]
; pakru.exe on PATH: the user's PATH for a per-user install, the system's for all users
Root: HKA; Subkey: "{code:EnvironmentKey}"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NotOnPath(ExpandConstant('{app}'))

[Code]
function EnvironmentKey(Param: string): string;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function RootKey: Integer;
begin
  if IsAdminInstallMode then Result := HKEY_LOCAL_MACHINE else Result := HKEY_CURRENT_USER;
end;

function NotOnPath(Folder: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(RootKey, EnvironmentKey(''), 'Path', Paths) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Folder: string;
  At: Integer;
begin
  { the uninstaller takes the folder off PATH again }
  if (CurUninstallStep = usPostUninstall) and
     RegQueryStringValue(RootKey, EnvironmentKey(''), 'Path', Paths) then
  begin
    Folder := ';' + ExpandConstant('{app}');
    At := Pos(Uppercase(Folder), Uppercase(Paths));
    if At > 0 then
    begin
      Delete(Paths, At, Length(Folder));
      RegWriteExpandStringValue(RootKey, EnvironmentKey(''), 'Path', Paths);
    end;
  end;
end;

[Run]
Filename: "{app}\pakru-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
