<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms of the window's counts: the source texts say "%n initiative(s)" so
     that every language can give its own forms; English gives "1 initiative", "2 initiatives".
     Compiled to pfp_en.qm with: .venv/bin/pyside6-lrelease resources/translations/pfp_en.ts -->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n initiative(s) · catalogue {version}</source>
        <translation>
            <numerusform>%n initiative · catalogue {version}</numerusform>
            <numerusform>%n initiatives · catalogue {version}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackDock</name>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackExportFlow</name>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) left out: not in the catalogue.</source>
        <translation>
            <numerusform>%n initiative is left out: it is not in the catalogue.</numerusform>
            <numerusform>%n initiatives are left out: they are not in the catalogue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalFiles</name>
    <message numerus="yes">
        <source>%n item(s) written to {name}.</source>
        <translation>
            <numerusform>%n item written to {name}.</numerusform>
            <numerusform>%n items written to {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n summit or session page(s)</source>
        <translation>
            <numerusform>, and %n summit or session page</numerusform>
            <numerusform>, and %n summit or session pages</numerusform>
        </translation>
    </message>
</context>
</TS>
