; Inno Setup script: a per-user installer for Windows (no administrator rights asked).
; NOT RUN YET: written with the spec, to be compiled on Windows by packaging/ci/build.yml:
;   iscc /DVersion=0.1.0 /DSource=dist\pfp-desktop /DIcons=build\icons packaging\windows\pfp-desktop.iss
#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
AppId={{6B0F5A3E-3C1D-4C8E-9C55-2F7A1E0D9B41}
AppName=PfP Desktop
AppVersion={#Version}
AppPublisher=PfP Desktop team
DefaultDirName={localappdata}\Programs\PfP Desktop
DefaultGroupName=PfP Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=dist
OutputBaseFilename=pfp-desktop-{#Version}-windows-x86_64-setup
SetupIconFile={#Icons}\pfp-desktop.ico
UninstallDisplayIcon={app}\pfp-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\PfP Desktop"; Filename: "{app}\pfp-desktop.exe"
Name: "{autodesktop}\PfP Desktop"; Filename: "{app}\pfp-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\pfp-desktop.exe"; Description: "{cm:LaunchProgram,PfP Desktop}"; Flags: nowait postinstall skipifsilent
