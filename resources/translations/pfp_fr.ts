<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CatalogueUpdate</name>
    <message>
        <source>The update was not installed.</source>
        <translation>La mise à jour n&apos;a pas été installée.</translation>
    </message>
    <message>
        <source>Install catalogue update</source>
        <translation>Installer une mise à jour du catalogue</translation>
    </message>
    <message>
        <source>Catalogue updates (*.pfpcat);;All files (*)</source>
        <translation>Mises à jour du catalogue (*.pfpcat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Catalogue update refused</source>
        <translation>Mise à jour du catalogue refusée</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <source>Installing the catalogue update</source>
        <translation>Installation de la mise à jour du catalogue</translation>
    </message>
    <message>
        <source>Trust a key only if you received it from the PfP curators themselves, in person or by a channel you trust: whoever holds the matching private key can then change what this app shows you. Choose a public key file to trust for this update?</source>
        <translation>Ne faites confiance à une clé que si vous l&apos;avez reçue des responsables du catalogue PfP eux-mêmes, en personne ou par un canal sûr : qui détient la clé privée correspondante peut alors modifier ce que cette application vous montre. Choisir un fichier de clé publique à accepter pour cette mise à jour ?</translation>
    </message>
    <message>
        <source>Public key to trust</source>
        <translation>Clé publique à accepter</translation>
    </message>
    <message>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>Clés publiques (*.pem);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The selected item. Links open related items.</source>
        <translation>L&apos;élément sélectionné. Les liens ouvrent les éléments associés.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>An offline reference to the GFMD Platform for Partnerships.</source>
        <translation>Une référence hors ligne de la Plateforme de partenariats du Forum mondial sur la migration et le développement (FMMD).</translation>
    </message>
    <message>
        <source>Catalogue {version}, built {date}</source>
        <translation>Catalogue {version}, constitué le {date}</translation>
    </message>
    <message>
        <source>Source: {name}</source>
        <translation>Source : {name}</translation>
    </message>
    <message>
        <source>Works entirely offline: nothing is ever sent or fetched.</source>
        <translation>Fonctionne entièrement hors ligne : rien n&apos;est jamais envoyé ni téléchargé.</translation>
    </message>
    <message>
        <source>Your notes and settings are kept beside the program, in</source>
        <translation>Vos notes et vos réglages sont conservés à côté du programme, dans</translation>
    </message>
    <message>
        <source>Your notes are kept in</source>
        <translation>Vos notes sont conservées dans</translation>
    </message>
    <message>
        <source>About PfP Desktop</source>
        <translation>À propos de PfP Desktop</translation>
    </message>
    <message>
        <source>Clear the search; leave the note editor</source>
        <translation>Effacer la recherche ; quitter l&apos;éditeur de note</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Move the current pack item up or down</source>
        <translation>Monter ou descendre l&apos;élément courant du dossier</translation>
    </message>
    <message>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Ctrl+Haut, Ctrl+Bas</translation>
    </message>
    <message>
        <source>Remove from the pack; delete a saved search</source>
        <translation>Retirer du dossier ; supprimer une recherche enregistrée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Rename a saved search</source>
        <translation>Renommer une recherche enregistrée</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Open the context menu (tree, results, pack)</source>
        <translation>Ouvrir le menu contextuel (arborescence, résultats, dossier)</translation>
    </message>
    <message>
        <source>Shift+F10, Menu</source>
        <translation>Maj+F10, Menu</translation>
    </message>
    <message>
        <source>Follow a link in the page</source>
        <translation>Suivre un lien de la page</translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <translation>Tab, Entrée</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Move in the tree; open or close a group</source>
        <translation>Se déplacer dans l&apos;arborescence ; ouvrir ou fermer un groupe</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Volet suivant</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
</context>
<context>
    <name>FacetTree</name>
    <message>
        <source>Summit</source>
        <translation>Sommet</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partner kind</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <source>GCM objective</source>
        <translation>Objectif du Pacte mondial</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>Cible des ODD</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Favoris</translation>
    </message>
    <message>
        <source>Has my notes</source>
        <translation>Avec mes notes</translation>
    </message>
    <message>
        <source>Edited locally</source>
        <translation>Modifiées localement</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>By &amp;summit</source>
        <translation>Par &amp;sommet</translation>
    </message>
    <message>
        <source>By &amp;partner</source>
        <translation>Par &amp;partenaire</translation>
    </message>
    <message>
        <source>By &amp;GCM objective</source>
        <translation>Par objectif du Pacte &amp;mondial</translation>
    </message>
    <message>
        <source>By S&amp;DG target</source>
        <translation>Par cible des &amp;ODD</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Sommet</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>GCM objective</source>
        <translation>Objectif du Pacte mondial</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>Cible des ODD</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Page d&apos;accue&amp;il</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus pe&amp;tit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>Go to the &amp;tree</source>
        <translation>Aller à l&apos;&amp;arborescence</translation>
    </message>
    <message>
        <source>Go to the &amp;details</source>
        <translation>Aller aux &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About PfP Desktop</source>
        <translation>À &amp;propos de PfP Desktop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Tout rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Install catalogue update…</source>
        <translation>&amp;Installer une mise à jour du catalogue…</translation>
    </message>
    <message>
        <source>That link leads nowhere.</source>
        <translation>Ce lien ne mène nulle part.</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) · catalogue {version}</source>
        <translation>
            <numerusform>%n initiative · catalogue {version}</numerusform>
            <numerusform>%n initiatives · catalogue {version}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve search…</source>
        <translation>Enre&amp;gistrer la recherche…</translation>
    </message>
    <message>
        <source>Search first, then save the search.</source>
        <translation>Lancez d&apos;abord une recherche, puis enregistrez-la.</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Summits, partners or themes, and their initiatives</source>
        <translation>Sommets, partenaires ou thèmes, et leurs initiatives</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Modifier la note</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre note&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Your note, formatted. Press Edit to change it.</source>
        <translation>Votre note, mise en forme. Appuyez sur Modifier pour la changer.</translation>
    </message>
    <message>
        <source>Edit your note</source>
        <translation>Modifier votre note</translation>
    </message>
    <message>
        <source>Markdown. Saved as you type.</source>
        <translation>Markdown. Enregistrée au fil de la saisie.</translation>
    </message>
    <message>
        <source>Write a note in Markdown: **bold**, *italic*, - lists</source>
        <translation>Écrivez une note en Markdown : **gras**, *italique*, - listes</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Why the note is not saved</source>
        <translation>Pourquoi la note n&apos;est pas enregistrée</translation>
    </message>
    <message>
        <source>*No note yet. Press Edit note to write one.*</source>
        <translation>*Pas encore de note. Appuyez sur Modifier la note pour en écrire une.*</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Notes are off: the notes database could not be opened.</source>
        <translation>Notes désactivées : la base de notes n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
</context>
<context>
    <name>NotesImportJob</name>
    <message>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <source>&amp;Export briefing pack…</source>
        <translation>&amp;Exporter le dossier d&apos;information…</translation>
    </message>
    <message>
        <source>Write the briefing pack as a PDF</source>
        <translation>Enregistrer le dossier d&apos;information en PDF</translation>
    </message>
    <message>
        <source>&amp;Print briefing pack…</source>
        <translation>Im&amp;primer le dossier d&apos;information…</translation>
    </message>
    <message>
        <source>Print the briefing pack</source>
        <translation>Imprimer le dossier d&apos;information</translation>
    </message>
</context>
<context>
    <name>PackDock</name>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier d&apos;information</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Ouverture du catalogue…</translation>
    </message>
    <message>
        <source>Add to &amp;briefing pack</source>
        <translation>Ajouter au &amp;dossier d&apos;information</translation>
    </message>
    <message>
        <source>Add the selected initiatives to the briefing pack</source>
        <translation>Ajouter les initiatives sélectionnées au dossier d&apos;information</translation>
    </message>
    <message>
        <source>Number of initiatives in the pack</source>
        <translation>Nombre d&apos;initiatives dans le dossier</translation>
    </message>
    <message>
        <source>Export the pack as PDF</source>
        <translation>Exporter le dossier en PDF</translation>
    </message>
    <message>
        <source>Briefing packs unavailable</source>
        <translation>Dossiers d&apos;information indisponibles</translation>
    </message>
    <message>
        <source>Print options</source>
        <translation>Options d&apos;impression</translation>
    </message>
    <message>
        <source>Briefing packs are kept with your notes, and your notes cannot be opened right now, so packs are off.</source>
        <translation>Les dossiers d&apos;information sont conservés avec vos notes ; vos notes ne peuvent pas être ouvertes pour l&apos;instant, les dossiers sont donc désactivés.</translation>
    </message>
    <message>
        <source>Select initiatives in the tree or the search results first.</source>
        <translation>Sélectionnez d&apos;abord des initiatives dans l&apos;arborescence ou dans les résultats de recherche.</translation>
    </message>
    <message>
        <source>Added {count} to “{pack}”.</source>
        <translation>{count} ajoutée(s) à « {pack} ».</translation>
    </message>
    <message>
        <source>Already in “{pack}”.</source>
        <translation>Déjà dans « {pack} ».</translation>
    </message>
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
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier d&apos;information</translation>
    </message>
    <message>
        <source>Export briefing pack</source>
        <translation>Exporter le dossier d&apos;information</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the pack…</source>
        <translation>Lecture du dossier…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Wrote {path}: {pages}.</source>
        <translation>{path} écrit : {pages}.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found: open {path} yourself.</source>
        <translation>Aucun programme d&apos;affichage des PDF n&apos;a été trouvé : ouvrez {path} vous-même.</translation>
    </message>
    <message>
        <source>Print briefing pack</source>
        <translation>Imprimer le dossier d&apos;information</translation>
    </message>
    <message>
        <source>Printing {name}…</source>
        <translation>Impression de {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or printed.</source>
        <translation>Annulé : rien n&apos;a été écrit ni imprimé.</translation>
    </message>
    <message>
        <source>Letters that cannot be printed</source>
        <translation>Lettres impossibles à imprimer</translation>
    </message>
    <message>
        <source>Some letters in this pack cannot be printed with the bundled fonts. They would come out as empty boxes or in the wrong order.</source>
        <translation>Certaines lettres de ce dossier ne peuvent pas être imprimées avec les polices fournies. Elles apparaîtraient comme des cases vides ou dans le mauvais ordre.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> et {count} autres</translation>
    </message>
    <message>
        <source>Letters: {letters}</source>
        <translation>Lettres : {letters}</translation>
    </message>
    <message>
        <source>Export &amp;anyway</source>
        <translation>Exporter &amp;quand même</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) left out: not in the catalogue.</source>
        <translation>
            <numerusform>%n initiative est laissée de côté : elle n&apos;est pas dans le catalogue.</numerusform>
            <numerusform>%n initiatives sont laissées de côté : elles ne sont pas dans le catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The briefing pack is saved: {initiatives} on {pages}.</source>
        <translation>Le dossier d&apos;information est enregistré : {initiatives} sur {pages}.</translation>
    </message>
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
    <message>
        <source>Briefing pack written</source>
        <translation>Dossier d&apos;information écrit</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>PackExportJob</name>
    <message>
        <source>Nothing to export: the pack holds no catalogue initiative.</source>
        <translation>Rien à exporter : le dossier ne contient aucune initiative du catalogue.</translation>
    </message>
    <message>
        <source>The pack could not be made: {error}</source>
        <translation>Le dossier n&apos;a pas pu être créé : {error}</translation>
    </message>
</context>
<context>
    <name>PackListButtons</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove from the pack</source>
        <translation>Retirer du dossier</translation>
    </message>
</context>
<context>
    <name>PackListView</name>
    <message>
        <source>Initiatives in the pack</source>
        <translation>Initiatives du dossier</translation>
    </message>
    <message>
        <source>In print order. Ctrl+Up and Ctrl+Down move the current one; Delete removes.</source>
        <translation>Dans l&apos;ordre d&apos;impression. Ctrl+Haut et Ctrl+Bas déplacent l&apos;initiative courante ; Suppr la retire.</translation>
    </message>
    <message>
        <source>Move &amp;up	Ctrl+Up</source>
        <translation>&amp;Monter	Ctrl+Haut</translation>
    </message>
    <message>
        <source>Move &amp;down	Ctrl+Down</source>
        <translation>&amp;Descendre	Ctrl+Bas</translation>
    </message>
    <message>
        <source>&amp;Remove from the pack	Delete</source>
        <translation>&amp;Retirer du dossier	Suppr</translation>
    </message>
    <message>
        <source>Select initiatives, a summit or a partner in the tree, or search results, and press Ctrl+Shift+B (or right-click: Add to briefing pack).</source>
        <translation>Sélectionnez des initiatives, un sommet ou un partenaire dans l&apos;arborescence, ou des résultats de recherche, puis appuyez sur Ctrl+Maj+B (ou clic droit : Ajouter au dossier d&apos;information).</translation>
    </message>
</context>
<context>
    <name>PackOptionsForm</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title on the cover and every page</source>
        <translation>Titre sur la couverture et sur chaque page</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué(e)</translation>
    </message>
    <message>
        <source>Who the pack is for</source>
        <translation>Destinataire du dossier</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>The meeting the pack is for</source>
        <translation>La réunion à laquelle le dossier est destiné</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The date, as you write it</source>
        <translation>La date, telle que vous l&apos;écrivez</translation>
    </message>
    <message>
        <source>e.g. 12 May 2026</source>
        <translation>p. ex. 12 mai 2026</translation>
    </message>
    <message>
        <source>Include my &amp;personal notes</source>
        <translation>Inclure mes notes &amp;personnelles</translation>
    </message>
    <message>
        <source>Printed, marked “Personal note”.</source>
        <translation>Imprimées, marquées « Note personnelle ».</translation>
    </message>
    <message>
        <source>Include a partner &amp;index</source>
        <translation>Inclure un &amp;index des partenaires</translation>
    </message>
    <message>
        <source>Include an &amp;overview page</source>
        <translation>Inclure une page de &amp;vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>La langue de la fenêtre</translation>
    </message>
    <message>
        <source>Include my personal notes</source>
        <translation>Inclure mes notes personnelles</translation>
    </message>
    <message>
        <source>Include a partner index</source>
        <translation>Inclure un index des partenaires</translation>
    </message>
    <message>
        <source>Include an overview page</source>
        <translation>Inclure une page de vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>The catalogue&apos;s initiatives by GCM objective and summit, as on the start page</source>
        <translation>Les initiatives du catalogue par objectif du Pacte mondial et par sommet, comme sur la page d&apos;accueil</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Language of the pack&apos;s labels</source>
        <translation>Langue des intitulés du dossier</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>De&amp;legate:</source>
        <translation>Dé&amp;légué(e) :</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Papi&amp;er :</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
</context>
<context>
    <name>PackPicker</name>
    <message>
        <source>Rena&amp;me pack…</source>
        <translation>Re&amp;nommer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Delete pack…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier d&apos;information</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>A new, empty pack (one per meeting)</source>
        <translation>Un nouveau dossier vide (un par réunion)</translation>
    </message>
    <message>
        <source>Rename or delete the pack</source>
        <translation>Renommer ou supprimer le dossier</translation>
    </message>
    <message>
        <source>New briefing pack</source>
        <translation>Nouveau dossier d&apos;information</translation>
    </message>
    <message>
        <source>Name (for example, the meeting):</source>
        <translation>Nom (par exemple, la réunion) :</translation>
    </message>
    <message>
        <source>Created “{pack}”.</source>
        <translation>« {pack} » créé.</translation>
    </message>
    <message>
        <source>Rename briefing pack</source>
        <translation>Renommer le dossier d&apos;information</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Delete the briefing pack “{pack}”? This cannot be undone. The initiatives and your notes are not affected.</source>
        <translation>Supprimer le dossier d&apos;information « {pack} » ? Cette action est définitive. Les initiatives et vos notes ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Delete briefing pack</source>
        <translation>Supprimer le dossier d&apos;information</translation>
    </message>
    <message>
        <source>Deleted “{pack}”.</source>
        <translation>« {pack} » supprimé.</translation>
    </message>
</context>
<context>
    <name>PackPrinting</name>
    <message>
        <source>{path} cannot be read for printing.</source>
        <translation>{path} ne peut pas être lu pour l&apos;impression.</translation>
    </message>
    <message>
        <source>Printing needs the system&apos;s print service (CUPS); open the PDF and print it from your PDF viewer.</source>
        <translation>L&apos;impression nécessite le service d&apos;impression du système (CUPS) ; ouvrez le PDF et imprimez-le depuis votre lecteur PDF.</translation>
    </message>
    <message>
        <source>The print service did not take the pack within two minutes; nothing was printed.</source>
        <translation>Le service d&apos;impression n&apos;a pas pris le dossier en deux minutes ; rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <source>The print command could not be run: {0}</source>
        <translation>La commande d&apos;impression n&apos;a pas pu être lancée : {0}</translation>
    </message>
    <message>
        <source>The print service (CUPS) is not running, so nothing was printed. Start it (or ask your administrator), or open the PDF and print it from your PDF viewer.</source>
        <translation>Le service d&apos;impression (CUPS) ne fonctionne pas, rien n&apos;a donc été imprimé. Démarrez-le (ou demandez à votre administrateur), ou ouvrez le PDF et imprimez-le depuis votre lecteur PDF.</translation>
    </message>
    <message>
        <source>The printer “{name}” does not exist (any more): choose another printer and print again.</source>
        <translation>L&apos;imprimante « {name} » n&apos;existe pas (ou plus) : choisissez-en une autre et imprimez de nouveau.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>No printer is set up: add one in the system&apos;s printer settings, or print to a file.</source>
        <translation>Aucune imprimante n&apos;est configurée : ajoutez-en une dans les réglages d&apos;impression du système, ou imprimez dans un fichier.</translation>
    </message>
    <message>
        <source>The printer refused the pack: {0}</source>
        <translation>L&apos;imprimante a refusé le dossier : {0}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
</context>
<context>
    <name>PackSources</name>
    <message>
        <source>{ordinal} Summit</source>
        <translation>{ordinal} Sommet</translation>
    </message>
    <message>
        <source>{ordinal} Summit · added by you</source>
        <translation>{ordinal} Sommet · ajoutée par vous</translation>
    </message>
    <message>
        <source>No longer in the catalogue, not printed</source>
        <translation>Plus dans le catalogue, non imprimée</translation>
    </message>
</context>
<context>
    <name>PersonalController</name>
    <message>
        <source>Your notes folder cannot be written (a read-only folder or file). Your notes are shown, but nothing you change can be saved; start with --data-dir to choose another folder.</source>
        <translation>Le dossier de vos notes n&apos;est pas accessible en écriture (dossier ou fichier en lecture seule). Vos notes sont affichées, mais aucune modification ne peut être enregistrée ; lancez le programme avec --data-dir pour choisir un autre dossier.</translation>
    </message>
    <message>
        <source>PfP Desktop is already open with these notes in another window. This window shows them read-only and follows the changes made there; write in the other window.</source>
        <translation>PfP Desktop est déjà ouvert avec ces notes dans une autre fenêtre. Cette fenêtre les affiche en lecture seule et suit les modifications faites là-bas ; écrivez dans l&apos;autre fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Modifier la note</translation>
    </message>
    <message>
        <source>Note &amp;history…</source>
        <translation>&amp;Historique de la note…</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Mettre en &amp;favori</translation>
    </message>
    <message>
        <source>&amp;Correct this initiative…</source>
        <translation>&amp;Corriger cette initiative…</translation>
    </message>
    <message>
        <source>&amp;Add an initiative…</source>
        <translation>A&amp;jouter une initiative…</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>E&amp;xporter les notes…</translation>
    </message>
    <message>
        <source>&amp;Import notes…</source>
        <translation>I&amp;mporter des notes…</translation>
    </message>
    <message>
        <source>&amp;Back up notes now</source>
        <translation>&amp;Sauvegarder les notes maintenant</translation>
    </message>
    <message>
        <source>Remove &amp;star</source>
        <translation>Retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Your edits are saved, but a backup of them could not be made: {reason}</source>
        <translation>Vos modifications sont enregistrées, mais leur sauvegarde n&apos;a pas pu être faite : {reason}</translation>
    </message>
    <message>
        <source>This note was changed elsewhere: updated</source>
        <translation>Cette note a été modifiée ailleurs : mise à jour</translation>
    </message>
    <message>
        <source>Restore note version</source>
        <translation>Rétablir une version de la note</translation>
    </message>
    <message>
        <source>Correct initiative</source>
        <translation>Corriger l&apos;initiative</translation>
    </message>
</context>
<context>
    <name>PersonalDialogs</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Policy challenge</source>
        <translation>Enjeu politique</translation>
    </message>
    <message>
        <source>Solution or approach</source>
        <translation>Solution ou approche</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>Historique de la note</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Versions enregistrées, la plus récente d&apos;abord</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>La version sélectionnée</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>rétablie</translation>
    </message>
    <message>
        <source>merged with a change made elsewhere</source>
        <translation>fusionnée avec une modification faite ailleurs</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>current version</source>
        <translation>version actuelle</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Rétablir cette version</translation>
    </message>
    <message>
        <source>Correct this initiative</source>
        <translation>Corriger cette initiative</translation>
    </message>
    <message>
        <source>Corrections stay on this computer, marked &apos;edited locally&apos;; the catalogue text can be restored at any time.</source>
        <translation>Les corrections restent sur cet ordinateur, marquées « modifié localement » ; le texte du catalogue peut être rétabli à tout moment.</translation>
    </message>
    <message>
        <source>&amp;Save corrections</source>
        <translation>&amp;Enregistrer les corrections</translation>
    </message>
    <message>
        <source>Edit added initiative</source>
        <translation>Modifier l&apos;initiative ajoutée</translation>
    </message>
    <message>
        <source>Add an initiative</source>
        <translation>Ajouter une initiative</translation>
    </message>
    <message>
        <source>Names separated by commas: known partners are suggested</source>
        <translation>Noms séparés par des virgules : les partenaires connus sont proposés</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Sommet</translation>
    </message>
    <message>
        <source>New summit</source>
        <translation>Nouveau sommet</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>New summit, not in the catalogue yet…</source>
        <translation>Nouveau sommet, pas encore dans le catalogue…</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
</context>
<context>
    <name>PersonalFiles</name>
    <message>
        <source>Export notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>The notes could not be written to {0}:
{1}</source>
        <translation>Les notes n&apos;ont pas pu être écrites dans {0} :
{1}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to {name}.</source>
        <translation>
            <numerusform>%n élément écrit dans {name}.</numerusform>
            <numerusform>%n éléments écrits dans {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>Nothing was imported.

{0}</source>
        <translation>Rien n&apos;a été importé.

{0}</translation>
    </message>
    <message>
        <source>Back up notes</source>
        <translation>Sauvegarder les notes</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Sauvegardées dans {0}.</translation>
    </message>
</context>
<context>
    <name>SaveMessages</name>
    <message>
        <source>Not saved: a note can hold at most {limit} characters and this one has {length}. Your text is kept here; shorten it to save it.</source>
        <translation>Non enregistrée : une note peut contenir au plus {limit} caractères et celle-ci en a {length}. Votre texte est conservé ici ; raccourcissez-le pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistrée : {reason}</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Your text is kept here; free some space (it is saved by itself as soon as it can be), or use File → Export notes… to keep a copy.</source>
        <translation>Non enregistrée : le disque est plein. Votre texte est conservé ici ; libérez de la place (il sera enregistré de lui-même dès que possible), ou utilisez Fichier → Exporter les notes… pour en garder une copie.</translation>
    </message>
    <message>
        <source>Not saved: your notes database cannot be written (read-only file or folder). Your text is kept here; quit and choose Save to a file… to keep it.</source>
        <translation>Non enregistrée : votre base de notes n&apos;est pas accessible en écriture (fichier ou dossier en lecture seule). Votre texte est conservé ici ; quittez et choisissez Enregistrer dans un fichier… pour le garder.</translation>
    </message>
    <message>
        <source>Not saved yet: another program (a pfp command, or another PfP Desktop) is writing to your notes. Your text is kept here and saved as soon as it is done.</source>
        <translation>Pas encore enregistrée : un autre programme (une commande pfp, ou un autre PfP Desktop) écrit dans vos notes. Votre texte est conservé ici et sera enregistré dès qu&apos;il aura fini.</translation>
    </message>
    <message>
        <source>Not saved: your notes database is damaged. Your text is kept here; quit and choose Save to a file…, then start PfP Desktop again to repair the database.</source>
        <translation>Non enregistrée : votre base de notes est endommagée. Votre texte est conservé ici ; quittez et choisissez Enregistrer dans un fichier…, puis relancez PfP Desktop pour réparer la base.</translation>
    </message>
    <message>
        <source>Not saved: the notes database could not be written ({detail}). Your text is kept here.</source>
        <translation>Non enregistrée : la base de notes n&apos;a pas pu être écrite ({detail}). Votre texte est conservé ici.</translation>
    </message>
    <message>
        <source>Saved, merged with a change made elsewhere: please check the note</source>
        <translation>Enregistrée, fusionnée avec une modification faite ailleurs : vérifiez la note</translation>
    </message>
    <message>
        <source>Saved, merged with a change made elsewhere</source>
        <translation>Enregistrée, fusionnée avec une modification faite ailleurs</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>My search</source>
        <translation>Ma recherche</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
</context>
<context>
    <name>SearchFilterBar</name>
    <message>
        <source>Active filters</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Keep these filters for the next search</source>
        <translation>Garder ces filtres pour la prochaine recherche</translation>
    </message>
    <message>
        <source>Keep filters for the next search</source>
        <translation>Garder les filtres pour la prochaine recherche</translation>
    </message>
    <message>
        <source>Remove filter: {0}</source>
        <translation>Retirer le filtre : {0}</translation>
    </message>
    <message>
        <source>{0} (typed)</source>
        <translation>{0} (saisi)</translation>
    </message>
    <message>
        <source>Remove typed tag: {0}</source>
        <translation>Retirer l&apos;étiquette saisie : {0}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save this search, to run it again from the tree</source>
        <translation>Enregistrer cette recherche, pour la relancer depuis l&apos;arborescence</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source> (first {0} shown)</source>
        <translation> ({0} premiers affichés)</translation>
    </message>
    <message numerus="yes">
        <source>, and %n summit or session page(s)</source>
        <translation>
            <numerusform>, et %n page de sommet ou de séance</numerusform>
            <numerusform>, et %n pages de sommet ou de séance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsList</name>
    <message>
        <source>Summit page</source>
        <translation>Page du sommet</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>Page de la séance</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>votre note</translation>
    </message>
    <message>
        <source>your correction</source>
        <translation>votre correction</translation>
    </message>
    <message>
        <source>your tag</source>
        <translation>votre étiquette</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ajoutée par vous</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
</context>
<context>
    <name>TreeMarks</name>
    <message>
        <source>has a note</source>
        <translation>a une note</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>en favori</translation>
    </message>
    <message>
        <source>corrected locally</source>
        <translation>corrigée localement</translation>
    </message>
    <message>
        <source>in the current pack</source>
        <translation>dans le dossier courant</translation>
    </message>
</context>
<context>
    <name>TreeMenu</name>
    <message>
        <source>Rename saved search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>policy challenge</source>
        <translation>enjeu politique</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>solution</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Correct {field}</source>
        <translation>Corriger : {field}</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Ajouter une initiative</translation>
    </message>
    <message>
        <source>Delete added initiative</source>
        <translation>Supprimer l&apos;initiative ajoutée</translation>
    </message>
    <message>
        <source>Edit added initiative</source>
        <translation>Modifier l&apos;initiative ajoutée</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Mettre en favori</translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
</context>
<context>
    <name>UnsavedNotes</name>
    <message>
        <source>Notes not saved</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>Your note on {what} could not be saved. It is still here.</source>
        <translation>Votre note sur {what} n&apos;a pas pu être enregistrée. Elle est toujours là.</translation>
    </message>
    <message>
        <source>{count} notes could not be saved. They are still here.</source>
        <translation>{count} notes n&apos;ont pas pu être enregistrées. Elles sont toujours là.</translation>
    </message>
    <message>
        <source>Save your notes to a file</source>
        <translation>Enregistrer vos notes dans un fichier</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another place, such as a USB stick.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}. Choisissez un autre emplacement, une clé USB par exemple.</translation>
    </message>
</context>
<context>
    <name>UpdateReport</name>
    <message>
        <source>No longer in the catalogue</source>
        <translation>Plus dans le catalogue</translation>
    </message>
    <message>
        <source>The catalogue changed this field; new text: </source>
        <translation>Le catalogue a modifié ce champ ; nouveau texte : </translation>
    </message>
    <message>
        <source>Your notes and the new catalogue</source>
        <translation>Vos notes et le nouveau catalogue</translation>
    </message>
    <message>
        <source>What&apos;s new in catalogue {0}</source>
        <translation>Nouveautés du catalogue {0}</translation>
    </message>
    <message>
        <source>The catalogue was updated. These items of yours no longer match it. Nothing has been deleted: tick Drop only for what you no longer want; everything else is kept.</source>
        <translation>Le catalogue a été mis à jour. Ces éléments qui vous appartiennent ne lui correspondent plus. Rien n&apos;a été supprimé : cochez Abandonner seulement pour ce dont vous ne voulez plus ; tout le reste est conservé.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Items to keep or drop</source>
        <translation>Éléments à garder ou abandonner</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Your</source>
        <translation>Votre élément</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>What changed in the catalogue</source>
        <translation>Ce qui a changé dans le catalogue</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>New initiatives</source>
        <translation>Nouvelles initiatives</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>Changed initiatives</source>
        <translation>Initiatives modifiées</translation>
    </message>
    <message>
        <source>Removed initiatives</source>
        <translation>Initiatives retirées</translation>
    </message>
    <message>
        <source>you have notes on it</source>
        <translation>vous avez des notes à son sujet</translation>
    </message>
    <message>
        <source>No initiative changed.</source>
        <translation>Aucune initiative n&apos;a changé.</translation>
    </message>
</context>
<context>
    <name>WindowFrame</name>
    <message>
        <source>PfP Desktop</source>
        <translation>PfP Desktop</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <source>Group the tree by</source>
        <translation>Grouper l&apos;arborescence par</translation>
    </message>
</context>
</TS>
