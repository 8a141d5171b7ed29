<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CatalogueUpdate</name>
    <message>
        <source>The update was not installed.</source>
        <translation>La actualización no se instaló.</translation>
    </message>
    <message>
        <source>Install catalogue update</source>
        <translation>Instalar una actualización del catálogo</translation>
    </message>
    <message>
        <source>Catalogue updates (*.pfpcat);;All files (*)</source>
        <translation>Actualizaciones del catálogo (*.pfpcat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Catalogue update refused</source>
        <translation>Actualización del catálogo rechazada</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <source>Installing the catalogue update</source>
        <translation>Instalando la actualización del catálogo</translation>
    </message>
    <message>
        <source>Trust a key only if you received it from the PfP curators themselves, in person or by a channel you trust: whoever holds the matching private key can then change what this app shows you. Choose a public key file to trust for this update?</source>
        <translation>Confíe en una clave solo si la recibió de los propios responsables del catálogo PfP, en persona o por un canal de confianza: quien tenga la clave privada correspondiente podrá cambiar lo que esta aplicación le muestra. ¿Elegir un archivo de clave pública de confianza para esta actualización?</translation>
    </message>
    <message>
        <source>Public key to trust</source>
        <translation>Clave pública de confianza</translation>
    </message>
    <message>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>Claves públicas (*.pem);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The selected item. Links open related items.</source>
        <translation>El elemento seleccionado. Los enlaces abren los elementos relacionados.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>An offline reference to the GFMD Platform for Partnerships.</source>
        <translation>Una referencia sin conexión de la Plataforma de Alianzas del Foro Mundial sobre Migración y Desarrollo (FMMD).</translation>
    </message>
    <message>
        <source>Catalogue {version}, built {date}</source>
        <translation>Catálogo {version}, generado el {date}</translation>
    </message>
    <message>
        <source>Source: {name}</source>
        <translation>Fuente: {name}</translation>
    </message>
    <message>
        <source>Works entirely offline: nothing is ever sent or fetched.</source>
        <translation>Funciona totalmente sin conexión: nunca se envía ni se descarga nada.</translation>
    </message>
    <message>
        <source>Your notes and settings are kept beside the program, in</source>
        <translation>Sus notas y su configuración se guardan junto al programa, en</translation>
    </message>
    <message>
        <source>Your notes are kept in</source>
        <translation>Sus notas se guardan en</translation>
    </message>
    <message>
        <source>About PfP Desktop</source>
        <translation>Acerca de PfP Desktop</translation>
    </message>
    <message>
        <source>Clear the search; leave the note editor</source>
        <translation>Borrar la búsqueda; salir del editor de notas</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move the current pack item up or down</source>
        <translation>Subir o bajar el elemento actual de la carpeta</translation>
    </message>
    <message>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Ctrl+Arriba, Ctrl+Abajo</translation>
    </message>
    <message>
        <source>Remove from the pack; delete a saved search</source>
        <translation>Quitar de la carpeta; eliminar una búsqueda guardada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Rename a saved search</source>
        <translation>Cambiar el nombre de una búsqueda guardada</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Open the context menu (tree, results, pack)</source>
        <translation>Abrir el menú contextual (árbol, resultados, carpeta)</translation>
    </message>
    <message>
        <source>Shift+F10, Menu</source>
        <translation>Mayús+F10, Menú</translation>
    </message>
    <message>
        <source>Follow a link in the page</source>
        <translation>Seguir un enlace de la página</translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <translation>Tab, Intro</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Move in the tree; open or close a group</source>
        <translation>Moverse por el árbol; abrir o cerrar un grupo</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
</context>
<context>
    <name>FacetTree</name>
    <message>
        <source>Summit</source>
        <translation>Cumbre</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Partner kind</source>
        <translation>Tipo de asociado</translation>
    </message>
    <message>
        <source>GCM objective</source>
        <translation>Objetivo del Pacto Mundial</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>Meta de los ODS</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Destacadas</translation>
    </message>
    <message>
        <source>Has my notes</source>
        <translation>Con mis notas</translation>
    </message>
    <message>
        <source>Edited locally</source>
        <translation>Modificadas localmente</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>By &amp;summit</source>
        <translation>Por &amp;cumbre</translation>
    </message>
    <message>
        <source>By &amp;partner</source>
        <translation>Por &amp;asociado</translation>
    </message>
    <message>
        <source>By &amp;GCM objective</source>
        <translation>Por objetivo del Pacto &amp;Mundial</translation>
    </message>
    <message>
        <source>By S&amp;DG target</source>
        <translation>Por meta de los &amp;ODS</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Cumbre</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>GCM objective</source>
        <translation>Objetivo del Pacto Mundial</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>Meta de los ODS</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Adela&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>Go to the &amp;tree</source>
        <translation>Ir al &amp;árbol</translation>
    </message>
    <message>
        <source>Go to the &amp;details</source>
        <translation>Ir a los &amp;detalles</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About PfP Desktop</source>
        <translation>Acerca &amp;de PfP Desktop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Búsqueda</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Buscar en todo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Install catalogue update…</source>
        <translation>&amp;Instalar una actualización del catálogo…</translation>
    </message>
    <message>
        <source>That link leads nowhere.</source>
        <translation>Ese enlace no lleva a ninguna parte.</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) · catalogue {version}</source>
        <translation>
            <numerusform>%n iniciativa · catálogo {version}</numerusform>
            <numerusform>%n iniciativas · catálogo {version}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve search…</source>
        <translation>&amp;Guardar la búsqueda…</translation>
    </message>
    <message>
        <source>Search first, then save the search.</source>
        <translation>Busque primero y luego guarde la búsqueda.</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Summits, partners or themes, and their initiatives</source>
        <translation>Cumbres, asociados o temas, y sus iniciativas</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Editar la nota</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Su nota&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <source>Your note, formatted. Press Edit to change it.</source>
        <translation>Su nota, con formato. Pulse Editar para cambiarla.</translation>
    </message>
    <message>
        <source>Edit your note</source>
        <translation>Editar su nota</translation>
    </message>
    <message>
        <source>Markdown. Saved as you type.</source>
        <translation>Markdown. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Write a note in Markdown: **bold**, *italic*, - lists</source>
        <translation>Escriba una nota en Markdown: **negrita**, *cursiva*, - listas</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Why the note is not saved</source>
        <translation>Por qué la nota no se ha guardado</translation>
    </message>
    <message>
        <source>*No note yet. Press Edit note to write one.*</source>
        <translation>*Todavía no hay nota. Pulse Editar la nota para escribir una.*</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Notes are off: the notes database could not be opened.</source>
        <translation>Notas desactivadas: no se pudo abrir la base de notas.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
</context>
<context>
    <name>NotesImportJob</name>
    <message>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <source>&amp;Export briefing pack…</source>
        <translation>&amp;Exportar la carpeta informativa…</translation>
    </message>
    <message>
        <source>Write the briefing pack as a PDF</source>
        <translation>Guardar la carpeta informativa como PDF</translation>
    </message>
    <message>
        <source>&amp;Print briefing pack…</source>
        <translation>Im&amp;primir la carpeta informativa…</translation>
    </message>
    <message>
        <source>Print the briefing pack</source>
        <translation>Imprimir la carpeta informativa</translation>
    </message>
</context>
<context>
    <name>PackDock</name>
    <message>
        <source>Briefing pack</source>
        <translation>Carpeta informativa</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Abriendo el catálogo…</translation>
    </message>
    <message>
        <source>Add to &amp;briefing pack</source>
        <translation>Añadir a la carpeta in&amp;formativa</translation>
    </message>
    <message>
        <source>Add the selected initiatives to the briefing pack</source>
        <translation>Añadir las iniciativas seleccionadas a la carpeta informativa</translation>
    </message>
    <message>
        <source>Number of initiatives in the pack</source>
        <translation>Número de iniciativas en la carpeta</translation>
    </message>
    <message>
        <source>Export the pack as PDF</source>
        <translation>Exportar la carpeta como PDF</translation>
    </message>
    <message>
        <source>Briefing packs unavailable</source>
        <translation>Carpetas informativas no disponibles</translation>
    </message>
    <message>
        <source>Print options</source>
        <translation>Opciones de impresión</translation>
    </message>
    <message>
        <source>Briefing packs are kept with your notes, and your notes cannot be opened right now, so packs are off.</source>
        <translation>Las carpetas informativas se guardan con sus notas; ahora no se pueden abrir sus notas, así que las carpetas están desactivadas.</translation>
    </message>
    <message>
        <source>Select initiatives in the tree or the search results first.</source>
        <translation>Seleccione primero iniciativas en el árbol o en los resultados de búsqueda.</translation>
    </message>
    <message>
        <source>Added {count} to “{pack}”.</source>
        <translation>{count} añadida(s) a «{pack}».</translation>
    </message>
    <message>
        <source>Already in “{pack}”.</source>
        <translation>Ya está en «{pack}».</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n iniciativa</numerusform>
            <numerusform>%n iniciativas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackExportFlow</name>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Carpeta informativa</translation>
    </message>
    <message>
        <source>Export briefing pack</source>
        <translation>Exportar la carpeta informativa</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the pack…</source>
        <translation>Leyendo la carpeta…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Wrote {path}: {pages}.</source>
        <translation>Se escribió {path}: {pages}.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found: open {path} yourself.</source>
        <translation>No se encontró ningún programa para ver PDF: abra {path} usted mismo.</translation>
    </message>
    <message>
        <source>Print briefing pack</source>
        <translation>Imprimir la carpeta informativa</translation>
    </message>
    <message>
        <source>Printing {name}…</source>
        <translation>Imprimiendo {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or printed.</source>
        <translation>Cancelado: no se escribió ni imprimió nada.</translation>
    </message>
    <message>
        <source>Letters that cannot be printed</source>
        <translation>Letras que no se pueden imprimir</translation>
    </message>
    <message>
        <source>Some letters in this pack cannot be printed with the bundled fonts. They would come out as empty boxes or in the wrong order.</source>
        <translation>Algunas letras de esta carpeta no se pueden imprimir con las fuentes incluidas. Saldrían como recuadros vacíos o en un orden incorrecto.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>Letters: {letters}</source>
        <translation>Letras: {letters}</translation>
    </message>
    <message>
        <source>Export &amp;anyway</source>
        <translation>Exportar &amp;de todos modos</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) left out: not in the catalogue.</source>
        <translation>
            <numerusform>Se omite %n iniciativa: no está en el catálogo.</numerusform>
            <numerusform>Se omiten %n iniciativas: no están en el catálogo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The briefing pack is saved: {initiatives} on {pages}.</source>
        <translation>La carpeta informativa se guardó: {initiatives} en {pages}.</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n iniciativa</numerusform>
            <numerusform>%n iniciativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing pack written</source>
        <translation>Carpeta informativa escrita</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
</context>
<context>
    <name>PackExportJob</name>
    <message>
        <source>Nothing to export: the pack holds no catalogue initiative.</source>
        <translation>Nada que exportar: la carpeta no contiene ninguna iniciativa del catálogo.</translation>
    </message>
    <message>
        <source>The pack could not be made: {error}</source>
        <translation>No se pudo crear la carpeta: {error}</translation>
    </message>
</context>
<context>
    <name>PackListButtons</name>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove from the pack</source>
        <translation>Quitar de la carpeta</translation>
    </message>
</context>
<context>
    <name>PackListView</name>
    <message>
        <source>Initiatives in the pack</source>
        <translation>Iniciativas de la carpeta</translation>
    </message>
    <message>
        <source>In print order. Ctrl+Up and Ctrl+Down move the current one; Delete removes.</source>
        <translation>En orden de impresión. Ctrl+Arriba y Ctrl+Abajo mueven la actual; Supr la quita.</translation>
    </message>
    <message>
        <source>Move &amp;up	Ctrl+Up</source>
        <translation>&amp;Subir	Ctrl+Arriba</translation>
    </message>
    <message>
        <source>Move &amp;down	Ctrl+Down</source>
        <translation>&amp;Bajar	Ctrl+Abajo</translation>
    </message>
    <message>
        <source>&amp;Remove from the pack	Delete</source>
        <translation>&amp;Quitar de la carpeta	Supr</translation>
    </message>
    <message>
        <source>Select initiatives, a summit or a partner in the tree, or search results, and press Ctrl+Shift+B (or right-click: Add to briefing pack).</source>
        <translation>Seleccione iniciativas, una cumbre o un asociado en el árbol, o resultados de búsqueda, y pulse Ctrl+Mayús+B (o clic derecho: Añadir a la carpeta informativa).</translation>
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
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Title on the cover and every page</source>
        <translation>Título en la portada y en cada página</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado/a</translation>
    </message>
    <message>
        <source>Who the pack is for</source>
        <translation>Destinatario de la carpeta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>The meeting the pack is for</source>
        <translation>La reunión para la que es la carpeta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The date, as you write it</source>
        <translation>La fecha, tal como la escribe</translation>
    </message>
    <message>
        <source>e.g. 12 May 2026</source>
        <translation>p. ej., 12 de mayo de 2026</translation>
    </message>
    <message>
        <source>Include my &amp;personal notes</source>
        <translation>Incluir mis notas &amp;personales</translation>
    </message>
    <message>
        <source>Printed, marked “Personal note”.</source>
        <translation>Impresas, marcadas como «Nota personal».</translation>
    </message>
    <message>
        <source>Include a partner &amp;index</source>
        <translation>Incluir un índice de &amp;asociados</translation>
    </message>
    <message>
        <source>Include an &amp;overview page</source>
        <translation>Incluir una página de &amp;resumen</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>El idioma de la ventana</translation>
    </message>
    <message>
        <source>Include my personal notes</source>
        <translation>Incluir mis notas personales</translation>
    </message>
    <message>
        <source>Include a partner index</source>
        <translation>Incluir un índice de asociados</translation>
    </message>
    <message>
        <source>Include an overview page</source>
        <translation>Incluir una página de resumen</translation>
    </message>
    <message>
        <source>The catalogue&apos;s initiatives by GCM objective and summit, as on the start page</source>
        <translation>Las iniciativas del catálogo por objetivo del Pacto Mundial y por cumbre, como en la página de inicio</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Language of the pack&apos;s labels</source>
        <translation>Idioma de los rótulos de la carpeta</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>De&amp;legate:</source>
        <translation>De&amp;legado/a:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>PackPicker</name>
    <message>
        <source>Rena&amp;me pack…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete pack…</source>
        <translation>&amp;Eliminar la carpeta…</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Carpeta informativa</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>A new, empty pack (one per meeting)</source>
        <translation>Una carpeta nueva y vacía (una por reunión)</translation>
    </message>
    <message>
        <source>Rename or delete the pack</source>
        <translation>Cambiar el nombre de la carpeta o eliminarla</translation>
    </message>
    <message>
        <source>New briefing pack</source>
        <translation>Nueva carpeta informativa</translation>
    </message>
    <message>
        <source>Name (for example, the meeting):</source>
        <translation>Nombre (por ejemplo, la reunión):</translation>
    </message>
    <message>
        <source>Created “{pack}”.</source>
        <translation>Se creó «{pack}».</translation>
    </message>
    <message>
        <source>Rename briefing pack</source>
        <translation>Cambiar el nombre de la carpeta informativa</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Delete the briefing pack “{pack}”? This cannot be undone. The initiatives and your notes are not affected.</source>
        <translation>¿Eliminar la carpeta informativa «{pack}»? No se puede deshacer. Las iniciativas y sus notas no se ven afectadas.</translation>
    </message>
    <message>
        <source>Delete briefing pack</source>
        <translation>Eliminar la carpeta informativa</translation>
    </message>
    <message>
        <source>Deleted “{pack}”.</source>
        <translation>Se eliminó «{pack}».</translation>
    </message>
</context>
<context>
    <name>PackPrinting</name>
    <message>
        <source>{path} cannot be read for printing.</source>
        <translation>No se puede leer {path} para imprimirlo.</translation>
    </message>
    <message>
        <source>Printing needs the system&apos;s print service (CUPS); open the PDF and print it from your PDF viewer.</source>
        <translation>Para imprimir se necesita el servicio de impresión del sistema (CUPS); abra el PDF e imprímalo desde su visor de PDF.</translation>
    </message>
    <message>
        <source>The print service did not take the pack within two minutes; nothing was printed.</source>
        <translation>El servicio de impresión no aceptó la carpeta en dos minutos; no se imprimió nada.</translation>
    </message>
    <message>
        <source>The print command could not be run: {0}</source>
        <translation>No se pudo ejecutar la orden de impresión: {0}</translation>
    </message>
    <message>
        <source>The print service (CUPS) is not running, so nothing was printed. Start it (or ask your administrator), or open the PDF and print it from your PDF viewer.</source>
        <translation>El servicio de impresión (CUPS) no está en marcha, así que no se imprimió nada. Inícielo (o pida ayuda a su administrador), o abra el PDF e imprímalo desde su visor de PDF.</translation>
    </message>
    <message>
        <source>The printer “{name}” does not exist (any more): choose another printer and print again.</source>
        <translation>La impresora «{name}» no existe (o ya no existe): elija otra impresora e imprima de nuevo.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>No printer is set up: add one in the system&apos;s printer settings, or print to a file.</source>
        <translation>No hay ninguna impresora configurada: añada una en la configuración de impresoras del sistema o imprima en un archivo.</translation>
    </message>
    <message>
        <source>The printer refused the pack: {0}</source>
        <translation>La impresora rechazó la carpeta: {0}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
</context>
<context>
    <name>PackSources</name>
    <message>
        <source>{ordinal} Summit</source>
        <translation>{ordinal} Cumbre</translation>
    </message>
    <message>
        <source>{ordinal} Summit · added by you</source>
        <translation>{ordinal} Cumbre · añadida por usted</translation>
    </message>
    <message>
        <source>No longer in the catalogue, not printed</source>
        <translation>Ya no está en el catálogo, no se imprime</translation>
    </message>
</context>
<context>
    <name>PersonalController</name>
    <message>
        <source>Your notes folder cannot be written (a read-only folder or file). Your notes are shown, but nothing you change can be saved; start with --data-dir to choose another folder.</source>
        <translation>No se puede escribir en la carpeta de sus notas (carpeta o archivo de solo lectura). Sus notas se muestran, pero ningún cambio se puede guardar; inicie con --data-dir para elegir otra carpeta.</translation>
    </message>
    <message>
        <source>PfP Desktop is already open with these notes in another window. This window shows them read-only and follows the changes made there; write in the other window.</source>
        <translation>PfP Desktop ya está abierto con estas notas en otra ventana. Esta ventana las muestra en solo lectura y sigue los cambios hechos allí; escriba en la otra ventana.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Editar la nota</translation>
    </message>
    <message>
        <source>Note &amp;history…</source>
        <translation>&amp;Historial de la nota…</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Des&amp;tacar</translation>
    </message>
    <message>
        <source>&amp;Correct this initiative…</source>
        <translation>&amp;Corregir esta iniciativa…</translation>
    </message>
    <message>
        <source>&amp;Add an initiative…</source>
        <translation>A&amp;ñadir una iniciativa…</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>E&amp;xportar las notas…</translation>
    </message>
    <message>
        <source>&amp;Import notes…</source>
        <translation>I&amp;mportar notas…</translation>
    </message>
    <message>
        <source>&amp;Back up notes now</source>
        <translation>Hacer una &amp;copia de las notas ahora</translation>
    </message>
    <message>
        <source>Remove &amp;star</source>
        <translation>Quitar el des&amp;tacado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Your edits are saved, but a backup of them could not be made: {reason}</source>
        <translation>Sus cambios están guardados, pero no se pudo hacer una copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>This note was changed elsewhere: updated</source>
        <translation>Esta nota se cambió en otro lugar: actualizada</translation>
    </message>
    <message>
        <source>Restore note version</source>
        <translation>Restaurar una versión de la nota</translation>
    </message>
    <message>
        <source>Correct initiative</source>
        <translation>Corregir la iniciativa</translation>
    </message>
</context>
<context>
    <name>PersonalDialogs</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Policy challenge</source>
        <translation>Desafío de política</translation>
    </message>
    <message>
        <source>Solution or approach</source>
        <translation>Solución o enfoque</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>Historial de la nota</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Versiones guardadas, la más reciente primero</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>La versión seleccionada</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurada</translation>
    </message>
    <message>
        <source>merged with a change made elsewhere</source>
        <translation>combinada con un cambio hecho en otro lugar</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
    <message>
        <source>current version</source>
        <translation>versión actual</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Correct this initiative</source>
        <translation>Corregir esta iniciativa</translation>
    </message>
    <message>
        <source>Corrections stay on this computer, marked &apos;edited locally&apos;; the catalogue text can be restored at any time.</source>
        <translation>Las correcciones se quedan en este equipo, marcadas como «modificado localmente»; el texto del catálogo se puede restaurar en cualquier momento.</translation>
    </message>
    <message>
        <source>&amp;Save corrections</source>
        <translation>&amp;Guardar las correcciones</translation>
    </message>
    <message>
        <source>Edit added initiative</source>
        <translation>Editar la iniciativa añadida</translation>
    </message>
    <message>
        <source>Add an initiative</source>
        <translation>Añadir una iniciativa</translation>
    </message>
    <message>
        <source>Names separated by commas: known partners are suggested</source>
        <translation>Nombres separados por comas: se sugieren los asociados conocidos</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Cumbre</translation>
    </message>
    <message>
        <source>New summit</source>
        <translation>Nueva cumbre</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>New summit, not in the catalogue yet…</source>
        <translation>Nueva cumbre, aún no incluida en el catálogo…</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>añadida por usted</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>PersonalFiles</name>
    <message>
        <source>Export notes</source>
        <translation>Exportar las notas</translation>
    </message>
    <message>
        <source>The notes could not be written to {0}:
{1}</source>
        <translation>No se pudieron escribir las notas en {0}:
{1}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to {name}.</source>
        <translation>
            <numerusform>Se escribió %n elemento en {name}.</numerusform>
            <numerusform>Se escribieron %n elementos en {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Nothing was imported.

{0}</source>
        <translation>No se importó nada.

{0}</translation>
    </message>
    <message>
        <source>Back up notes</source>
        <translation>Copia de seguridad de las notas</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Copia guardada en {0}.</translation>
    </message>
</context>
<context>
    <name>SaveMessages</name>
    <message>
        <source>Not saved: a note can hold at most {limit} characters and this one has {length}. Your text is kept here; shorten it to save it.</source>
        <translation>No guardada: una nota puede tener como máximo {limit} caracteres y esta tiene {length}. Su texto se conserva aquí; acórtelo para guardarlo.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardada: {reason}</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Your text is kept here; free some space (it is saved by itself as soon as it can be), or use File → Export notes… to keep a copy.</source>
        <translation>No guardada: el disco está lleno. Su texto se conserva aquí; libere espacio (se guardará solo en cuanto sea posible) o use Archivo → Exportar las notas… para conservar una copia.</translation>
    </message>
    <message>
        <source>Not saved: your notes database cannot be written (read-only file or folder). Your text is kept here; quit and choose Save to a file… to keep it.</source>
        <translation>No guardada: no se puede escribir en su base de notas (archivo o carpeta de solo lectura). Su texto se conserva aquí; salga y elija Guardar en un archivo… para conservarlo.</translation>
    </message>
    <message>
        <source>Not saved yet: another program (a pfp command, or another PfP Desktop) is writing to your notes. Your text is kept here and saved as soon as it is done.</source>
        <translation>Todavía no guardada: otro programa (una orden pfp u otro PfP Desktop) está escribiendo en sus notas. Su texto se conserva aquí y se guardará en cuanto termine.</translation>
    </message>
    <message>
        <source>Not saved: your notes database is damaged. Your text is kept here; quit and choose Save to a file…, then start PfP Desktop again to repair the database.</source>
        <translation>No guardada: su base de notas está dañada. Su texto se conserva aquí; salga y elija Guardar en un archivo…, y vuelva a iniciar PfP Desktop para reparar la base.</translation>
    </message>
    <message>
        <source>Not saved: the notes database could not be written ({detail}). Your text is kept here.</source>
        <translation>No guardada: no se pudo escribir en la base de notas ({detail}). Su texto se conserva aquí.</translation>
    </message>
    <message>
        <source>Saved, merged with a change made elsewhere: please check the note</source>
        <translation>Guardada, combinada con un cambio hecho en otro lugar: revise la nota</translation>
    </message>
    <message>
        <source>Saved, merged with a change made elsewhere</source>
        <translation>Guardada, combinada con un cambio hecho en otro lugar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Guardar la búsqueda</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>My search</source>
        <translation>Mi búsqueda</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Cambiar el nombre de la búsqueda guardada</translation>
    </message>
</context>
<context>
    <name>SearchFilterBar</name>
    <message>
        <source>Active filters</source>
        <translation>Filtros activos</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Keep these filters for the next search</source>
        <translation>Mantener estos filtros para la próxima búsqueda</translation>
    </message>
    <message>
        <source>Keep filters for the next search</source>
        <translation>Mantener los filtros para la próxima búsqueda</translation>
    </message>
    <message>
        <source>Remove filter: {0}</source>
        <translation>Quitar el filtro: {0}</translation>
    </message>
    <message>
        <source>{0} (typed)</source>
        <translation>{0} (escrito)</translation>
    </message>
    <message>
        <source>Remove typed tag: {0}</source>
        <translation>Quitar la etiqueta escrita: {0}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Number of results</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save this search, to run it again from the tree</source>
        <translation>Guardar esta búsqueda, para volver a ejecutarla desde el árbol</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source> (first {0} shown)</source>
        <translation> (se muestran los {0} primeros)</translation>
    </message>
    <message numerus="yes">
        <source>, and %n summit or session page(s)</source>
        <translation>
            <numerusform>, y %n página de cumbre o sesión</numerusform>
            <numerusform>, y %n páginas de cumbre o sesión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsList</name>
    <message>
        <source>Summit page</source>
        <translation>Página de la cumbre</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>Página de la sesión</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>su nota</translation>
    </message>
    <message>
        <source>your correction</source>
        <translation>su corrección</translation>
    </message>
    <message>
        <source>your tag</source>
        <translation>su etiqueta</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>añadida por usted</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
</context>
<context>
    <name>TreeMarks</name>
    <message>
        <source>has a note</source>
        <translation>tiene una nota</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>destacada</translation>
    </message>
    <message>
        <source>corrected locally</source>
        <translation>corregida localmente</translation>
    </message>
    <message>
        <source>in the current pack</source>
        <translation>en la carpeta actual</translation>
    </message>
</context>
<context>
    <name>TreeMenu</name>
    <message>
        <source>Rename saved search</source>
        <translation>Cambiar el nombre de la búsqueda guardada</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Eliminar la búsqueda guardada</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>policy challenge</source>
        <translation>desafío de política</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>solución</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <source>Correct {field}</source>
        <translation>Corregir: {field}</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Añadir una iniciativa</translation>
    </message>
    <message>
        <source>Delete added initiative</source>
        <translation>Eliminar la iniciativa añadida</translation>
    </message>
    <message>
        <source>Edit added initiative</source>
        <translation>Editar la iniciativa añadida</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation>Quitar el destacado</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Cambiar las etiquetas</translation>
    </message>
</context>
<context>
    <name>UnsavedNotes</name>
    <message>
        <source>Notes not saved</source>
        <translation>Notas no guardadas</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
    <message>
        <source>Your note on {what} could not be saved. It is still here.</source>
        <translation>Su nota sobre {what} no se pudo guardar. Sigue aquí.</translation>
    </message>
    <message>
        <source>{count} notes could not be saved. They are still here.</source>
        <translation>{count} notas no se pudieron guardar. Siguen aquí.</translation>
    </message>
    <message>
        <source>Save your notes to a file</source>
        <translation>Guardar sus notas en un archivo</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Texto (*.txt)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another place, such as a USB stick.</source>
        <translation>No se pudo escribir {path}: {reason}. Elija otro lugar, por ejemplo una memoria USB.</translation>
    </message>
</context>
<context>
    <name>UpdateReport</name>
    <message>
        <source>No longer in the catalogue</source>
        <translation>Ya no está en el catálogo</translation>
    </message>
    <message>
        <source>The catalogue changed this field; new text: </source>
        <translation>El catálogo cambió este campo; texto nuevo: </translation>
    </message>
    <message>
        <source>Your notes and the new catalogue</source>
        <translation>Sus notas y el nuevo catálogo</translation>
    </message>
    <message>
        <source>What&apos;s new in catalogue {0}</source>
        <translation>Novedades del catálogo {0}</translation>
    </message>
    <message>
        <source>The catalogue was updated. These items of yours no longer match it. Nothing has been deleted: tick Drop only for what you no longer want; everything else is kept.</source>
        <translation>El catálogo se actualizó. Estos elementos suyos ya no coinciden con él. No se ha eliminado nada: marque Descartar solo en lo que ya no quiera; todo lo demás se conserva.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Items to keep or drop</source>
        <translation>Elementos que mantener o descartar</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Your</source>
        <translation>Su elemento</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>What changed in the catalogue</source>
        <translation>Qué cambió en el catálogo</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>New initiatives</source>
        <translation>Iniciativas nuevas</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>Changed initiatives</source>
        <translation>Iniciativas modificadas</translation>
    </message>
    <message>
        <source>Removed initiatives</source>
        <translation>Iniciativas retiradas</translation>
    </message>
    <message>
        <source>you have notes on it</source>
        <translation>tiene notas sobre ella</translation>
    </message>
    <message>
        <source>No initiative changed.</source>
        <translation>No cambió ninguna iniciativa.</translation>
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
        <translation>Agrupar por:</translation>
    </message>
    <message>
        <source>Group the tree by</source>
        <translation>Agrupar el árbol por</translation>
    </message>
</context>
</TS>
