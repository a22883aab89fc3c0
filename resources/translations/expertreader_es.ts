<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Disclaimer</name>
    <message>
        <location filename="../../src/expertreader/content/disclaimer.py" line="+19"/>
        <source>Remember: this program cannot provide diagnoses, medical consultations or specific treatment recommendations. The answers are for educational and informational purposes only. For specific healthcare questions or concerns, consult your healthcare provider.</source>
        <translation>Recuerde: este programa no puede hacer diagnósticos, dar consultas médicas ni recomendar tratamientos concretos. Las respuestas sirven solo para informar y educar. Si tiene preguntas o inquietudes sobre su salud, consulte a su médico o a su equipo de atención médica.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../src/expertreader/export/annotations.py" line="+60"/>
        <location filename="../../src/expertreader/export/document.py" line="+35"/>
        <source>ExpertReader notes</source>
        <translation>Notas de ExpertReader</translation>
    </message>
    <message>
        <location filename="../../src/expertreader/export/document.py" line="+1"/>
        <source>This file is not encrypted and contains private health notes. Keep it safe.</source>
        <translation>Este archivo no está cifrado y contiene notas privadas sobre su salud. Guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(The text of this question was not saved.)</source>
        <translation>(No se guardó el texto de esta pregunta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown article)</source>
        <translation>(artículo desconocido)</translation>
    </message>
    <message>
        <location filename="../../src/expertreader/export/phrases.py" line="+19"/>
        <source>Exported on {when} with {program}.</source>
        <translation>Exportado el {when} con {program}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disclaimer</source>
        <translation>Aviso importante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have no bookmarks or notes yet.</source>
        <translation>Todavía no tiene marcadores ni notas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on questions that are no longer available</source>
        <translation>Notas sobre preguntas que ya no están disponibles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These notes were written on questions that the articles installed now do not contain. They are kept here exactly as written.</source>
        <translation>Estas notas se escribieron sobre preguntas que ya no están en los artículos instalados. Se guardan aquí tal como usted las escribió.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Published {date}.</source>
        <translation>Publicado el {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expert: {expert}.</source>
        <translation>Especialista: {expert}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the article: {title}</source>
        <translation>Del artículo: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bookmarked on {when}.</source>
        <translation>Marcador añadido el {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The expert’s answer</source>
        <translation>Respuesta del especialista, tal como se publicó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note on the whole answer</source>
        <translation>Su nota sobre toda la respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note on this passage</source>
        <translation>Su nota sobre este fragmento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>written {written}, changed {changed}</source>
        <translation>escrita el {written}, cambiada el {changed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written {written}</source>
        <translation>escrita el {written}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {number} of {pages}</source>
        <translation>página {number} de {pages}</translation>
    </message>
    <message>
        <location filename="../../src/expertreader/export/answer_document.py" line="+28"/>
        <source>An expert’s answer and my notes</source>
        <translation>La respuesta de un especialista y mis notas</translation>
    </message>
    <message>
        <location filename="../../src/expertreader/export/sheet_document.py" line="+32"/>
        <source>Questions for my appointment</source>
        <translation>Preguntas para mi cita</translation>
    </message>
    <message>
        <location filename="../../src/expertreader/export/sheet_phrases.py" line="+22"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coming along</source>
        <translation>Me acompaña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed on {when} with {program}.</source>
        <translation>Impreso el {when} con {program}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{program} · printed {date}</source>
        <translation>{program} · impreso el {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no questions on this sheet yet.</source>
        <translation>Esta hoja todavía no tiene preguntas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked</source>
        <translation>Preguntado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From the expert’s answer:</source>
        <translation>De la respuesta del especialista:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My note:</source>
        <translation>Mi nota:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the doctor said:</source>
        <translation>Lo que dijo el médico:</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/language.py" line="+24"/>
        <source>The new language will be used the next time you open ExpertReader.</source>
        <translation>El nuevo idioma se usará la próxima vez que abra ExpertReader.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
</context>
<context>
    <name>ui: not in tr() yet</name>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="vanished">&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="vanished">&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation type="vanished">&amp;Exportar notas…</translation>
    </message>
    <message>
        <source>&amp;Print notes…</source>
        <translation type="vanished">&amp;Imprimir notas…</translation>
    </message>
    <message>
        <source>&amp;Import notes…</source>
        <translation type="vanished">I&amp;mportar notas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="vanished">&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="vanished">&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="vanished">&amp;Buscar</translation>
    </message>
    <message>
        <source>Earlier &amp;versions of this note…</source>
        <translation type="vanished">&amp;Versiones anteriores de esta nota…</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation type="vanished">Borrado &amp;recientemente…</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="vanished">Pregunta &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation type="vanished">Pregunta &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the question &amp;list</source>
        <translation type="vanished">Ir a la &amp;lista de preguntas</translation>
    </message>
    <message>
        <source>Go to the &amp;answer</source>
        <translation type="vanished">Ir a la &amp;respuesta</translation>
    </message>
    <message>
        <source>&amp;Bookmark this question</source>
        <translation type="vanished">&amp;Marcar esta pregunta</translation>
    </message>
    <message>
        <source>Write a &amp;note on this answer</source>
        <translation type="vanished">Escribir una &amp;nota sobre esta respuesta</translation>
    </message>
    <message>
        <source>Add a note to the selected &amp;text…</source>
        <translation type="vanished">Añadir una nota al &amp;texto seleccionado…</translation>
    </message>
    <message>
        <source>Show bookmarks &amp;only</source>
        <translation type="vanished">Mostrar &amp;solo los marcadores</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="vanished">Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="vanished">Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="vanished">Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>Show the full &amp;disclaimer</source>
        <translation type="vanished">Mostrar el &amp;aviso completo</translation>
    </message>
    <message>
        <source>Articles by &amp;date, newest first</source>
        <translation type="vanished">Artículos por &amp;fecha, los más recientes primero</translation>
    </message>
    <message>
        <source>Articles by t&amp;itle</source>
        <translation type="vanished">Artículos por &amp;título</translation>
    </message>
    <message>
        <source>&amp;About {program}</source>
        <translation type="vanished">&amp;Acerca de {program}</translation>
    </message>
    <message>
        <source>About {program}</source>
        <translation type="vanished">Acerca de {program}</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="vanished">&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Theme (set by {variable})</source>
        <translation type="vanished">&amp;Tema (fijado por {variable})</translation>
    </message>
    <message>
        <source>&amp;System (like the desktop)</source>
        <translation type="vanished">Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="vanished">&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="vanished">&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="vanished">&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation type="vanished">Título del artículo</translation>
    </message>
    <message>
        <source>Article date and expert</source>
        <translation type="vanished">Fecha y especialista del artículo</translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation type="vanished">Artículo: {title}</translation>
    </message>
    <message>
        <source>No date or expert given</source>
        <translation type="vanished">No se indica la fecha ni el especialista</translation>
    </message>
    <message>
        <source>Expert: {expert}</source>
        <translation type="vanished">Especialista: {expert}</translation>
    </message>
    <message>
        <source>No articles could be opened</source>
        <translation type="vanished">No se pudo abrir ningún artículo</translation>
    </message>
    <message>
        <source>Search questions, answers and your notes</source>
        <translation type="vanished">Buscar en las preguntas, las respuestas y sus notas</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="vanished">Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Bookmarks only</source>
        <translation type="vanished">Solo marcadores</translation>
    </message>
    <message>
        <source>Show bookmarked questions only</source>
        <translation type="vanished">Mostrar solo las preguntas marcadas</translation>
    </message>
    <message>
        <source>Position in the article</source>
        <translation type="vanished">Posición en el artículo</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation type="vanished">Pregunta {number} de {count}</translation>
    </message>
    <message>
        <source>Bookmark this question</source>
        <translation type="vanished">Marcar esta pregunta</translation>
    </message>
    <message>
        <source>Remove bookmark from this question</source>
        <translation type="vanished">Quitar el marcador de esta pregunta</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation type="vanished">★ Marcada</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation type="vanished">☆ Marcar</translation>
    </message>
    <message>
        <source>Bookmarked question</source>
        <translation type="vanished">Pregunta marcada</translation>
    </message>
    <message>
        <source>Bookmark removed. Edit &gt; Undo brings it back.</source>
        <translation type="vanished">Marcador quitado. Puede recuperarlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">Deshacer</translation>
    </message>
    <message>
        <source>Note on selection…</source>
        <translation type="vanished">Nota sobre la selección…</translation>
    </message>
    <message>
        <source>Add a note to the selected text of the answer</source>
        <translation type="vanished">Añadir una nota al texto seleccionado de la respuesta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="vanished">Respuesta</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation type="vanished">Aviso importante</translation>
    </message>
    <message>
        <source>Disclaimer text</source>
        <translation type="vanished">Texto del aviso</translation>
    </message>
    <message>
        <source>Show or hide the full disclaimer</source>
        <translation type="vanished">Mostrar u ocultar el aviso completo</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="vanished">Mostrar menos</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="vanished">Mostrar todo</translation>
    </message>
    <message>
        <source>Choose a question</source>
        <translation type="vanished">Elija una pregunta</translation>
    </message>
    <message>
        <source>Pick a question from the list.</source>
        <translation type="vanished">Elija una pregunta de la lista.</translation>
    </message>
    <message>
        <source>No articles to show</source>
        <translation type="vanished">No hay artículos para mostrar</translation>
    </message>
    <message>
        <source>None of the articles could be read. The message below says why.</source>
        <translation type="vanished">No se pudo leer ninguno de los artículos. El mensaje de abajo explica por qué.</translation>
    </message>
    <message>
        <source>Your notes on questions no longer in these articles</source>
        <translation type="vanished">Sus notas sobre preguntas que ya no están en estos artículos</translation>
    </message>
    <message>
        <source>These questions were in an earlier version of the articles. Their answers are gone, but your bookmarks and notes on them are kept here and in every export.</source>
        <translation type="vanished">Estas preguntas estaban en una versión anterior de los artículos. Sus respuestas ya no están, pero sus marcadores y notas sobre ellas se guardan aquí y en cada exportación.</translation>
    </message>
    <message>
        <source>This article gives no answer to this question (the page it came from may have been cut off).</source>
        <translation type="vanished">Este artículo no da una respuesta a esta pregunta (puede que la página de origen estuviera incompleta).</translation>
    </message>
    <message>
        <source>This question is no longer in the bundled articles, so its answer cannot be shown. Your notes on it are kept below and in every export.</source>
        <translation type="vanished">Esta pregunta ya no está en los artículos incluidos, así que no se puede mostrar su respuesta. Sus notas sobre ella se guardan abajo y en cada exportación.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="vanished">Todavía no se ha guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="vanished">Guardando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="vanished">Guardada</translation>
    </message>
    <message>
        <source>Note: {status}</source>
        <translation type="vanished">Nota: {status}</translation>
    </message>
    <message>
        <source>Your note on this answer was deleted. Edit &gt; Undo brings it back; it is also in Edit &gt; Recently deleted.</source>
        <translation type="vanished">Se borró su nota sobre esta respuesta. Puede recuperarla con Editar &gt; Deshacer; también está en Editar &gt; Borrado recientemente.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="vanished">Sus notas</translation>
    </message>
    <message>
        <source>Note save status</source>
        <translation type="vanished">Estado de la nota</translation>
    </message>
    <message>
        <source>Note on this answer</source>
        <translation type="vanished">Nota sobre esta respuesta</translation>
    </message>
    <message>
        <source>Write a note about this answer. It is saved as you type.</source>
        <translation type="vanished">Escriba una nota sobre esta respuesta. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Your note on this answer</source>
        <translation type="vanished">Su nota sobre esta respuesta</translation>
    </message>
    <message>
        <source>Notes on highlighted passages</source>
        <translation type="vanished">Notas sobre fragmentos resaltados</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="vanished">Editar nota…</translation>
    </message>
    <message>
        <source>Edit the chosen passage note</source>
        <translation type="vanished">Editar la nota del fragmento elegido</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="vanished">Borrar nota</translation>
    </message>
    <message>
        <source>Delete the chosen passage note</source>
        <translation type="vanished">Borrar la nota del fragmento elegido</translation>
    </message>
    <message>
        <source>Notes on passages</source>
        <translation type="vanished">Notas sobre fragmentos</translation>
    </message>
    <message>
        <source>Notes on passages ({count})</source>
        <translation type="vanished">Notas sobre fragmentos ({count})</translation>
    </message>
    <message>
        <source>First select some words in the answer, then add your note to them.</source>
        <translation type="vanished">Primero seleccione unas palabras de la respuesta y luego añada su nota.</translation>
    </message>
    <message>
        <source>Note on a passage</source>
        <translation type="vanished">Nota sobre un fragmento</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="vanished">Editar nota</translation>
    </message>
    <message>
        <source>Note deleted. Edit &gt; Undo brings it back; it is also in Edit &gt; Recently deleted.</source>
        <translation type="vanished">Nota borrada. Puede recuperarla con Editar &gt; Deshacer; también está en Editar &gt; Borrado recientemente.</translation>
    </message>
    <message>
        <source> (passage not found in the answer any more)</source>
        <translation type="vanished"> (el fragmento ya no está en la respuesta)</translation>
    </message>
    <message>
        <source> (not saved yet)</source>
        <translation type="vanished"> (todavía no se ha guardado)</translation>
    </message>
    <message>
        <source>Passage: {quote}</source>
        <translation type="vanished">Fragmento: {quote}</translation>
    </message>
    <message>
        <source>Your &amp;note:</source>
        <translation type="vanished">Su &amp;nota:</translation>
    </message>
    <message>
        <source>Your note on this passage</source>
        <translation type="vanished">Su nota sobre este fragmento</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note; Escape cancels.</source>
        <translation type="vanished">Ctrl+Intro guarda la nota; Escape cancela.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="vanished">Guardar nota</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation type="vanished">Guardar la nota (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <source>This answer has no note yet, so it has no earlier versions. Deleted notes are in Edit &gt; Recently deleted.</source>
        <translation type="vanished">Esta respuesta todavía no tiene nota, así que no hay versiones anteriores. Las notas borradas están en Editar &gt; Borrado recientemente.</translation>
    </message>
    <message>
        <source>Earlier versions of this note</source>
        <translation type="vanished">Versiones anteriores de esta nota</translation>
    </message>
    <message>
        <source>Every saved text of this note, newest first. Choose one and press Enter to make it the note&apos;s text again; the text it replaces stays in this list.</source>
        <translation type="vanished">Todos los textos guardados de esta nota, del más reciente al más antiguo. Elija uno y pulse Intro para que vuelva a ser el texto de la nota; el texto que reemplaza se queda en esta lista.</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation type="vanished">Usar esta versión</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation type="vanished">Borrado recientemente</translation>
    </message>
    <message>
        <source>Notes and bookmarks you deleted, kept here for at least 30 days. Choose one and press Enter to put it back.</source>
        <translation type="vanished">Notas y marcadores que usted borró, guardados aquí al menos 30 días. Elija uno y pulse Intro para recuperarlo.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="vanished">Recuperar</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation type="vanished">Recuperado.</translation>
    </message>
    <message>
        <source>Bookmark, deleted {when}: {question}</source>
        <translation type="vanished">Marcador, borrado el {when}: {question}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">Nota</translation>
    </message>
    <message>
        <source>Passage note</source>
        <translation type="vanished">Nota de fragmento</translation>
    </message>
    <message>
        <source>{kind}, deleted {when}: {text} — on “{question}”</source>
        <translation type="vanished">{kind}, borrada el {when}: {text} — sobre «{question}»</translation>
    </message>
    <message>
        <source>Bookmark on: {question}</source>
        <translation type="vanished">Marcador en: {question}</translation>
    </message>
    <message>
        <source>The chosen entry in full</source>
        <translation type="vanished">La entrada elegida completa</translation>
    </message>
    <message>
        <source>In full:</source>
        <translation type="vanished">Completa:</translation>
    </message>
    <message>
        <source>The notes file cannot be written.</source>
        <translation type="vanished">No se puede escribir en el archivo de notas.</translation>
    </message>
    <message>
        <source>There is a problem with your notes file: {reason} Anything you write now is kept while ExpertReader stays open and saved as soon as that becomes possible; if you close it before then, it offers to save those notes to a file.</source>
        <translation type="vanished">Hay un problema con su archivo de notas: {reason} Lo que escriba ahora se conserva mientras ExpertReader siga abierto y se guardará en cuanto sea posible; si lo cierra antes, le ofrecerá guardar esas notas en un archivo.</translation>
    </message>
    <message>
        <source>Your notes are saved now.</source>
        <translation type="vanished">Sus notas ya están guardadas.</translation>
    </message>
    <message>
        <source>Some of your latest notes could not be saved</source>
        <translation type="vanished">No se pudieron guardar algunas de sus últimas notas</translation>
    </message>
    <message>
        <source>Save them to a file you choose before closing, so no word is lost?</source>
        <translation type="vanished">¿Quiere guardarlas en un archivo que usted elija antes de cerrar, para no perder ninguna palabra?</translation>
    </message>
    <message>
        <source>Notes not saved yet</source>
        <translation type="vanished">Notas todavía sin guardar</translation>
    </message>
    <message>
        <source>Save them to a file…</source>
        <translation type="vanished">Guardarlas en un archivo…</translation>
    </message>
    <message>
        <source>Close without them</source>
        <translation type="vanished">Cerrar sin guardarlas</translation>
    </message>
    <message>
        <source>ExpertReader unsaved notes.txt</source>
        <translation type="vanished">Notas sin guardar de ExpertReader.txt</translation>
    </message>
    <message>
        <source>Save unsaved notes</source>
        <translation type="vanished">Guardar las notas sin guardar</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="vanished">Texto (*.txt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="vanished">No se guardó</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation type="vanished">No se pudo escribir {file}: {reason}</translation>
    </message>
    <message>
        <source>No questions match “{query}”.</source>
        <translation type="vanished">Ninguna pregunta coincide con «{query}».</translation>
    </message>
    <message>
        <source> Perhaps you meant one of these:</source>
        <translation type="vanished"> Quizá quiso decir una de estas:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="vanished">Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search instead for “{typed}”</source>
        <translation type="vanished">Buscar en su lugar «{typed}»</translation>
    </message>
    <message>
        <source>Search instead for {typed}</source>
        <translation type="vanished">Buscar en su lugar {typed}</translation>
    </message>
    <message>
        <source>Try “{query}”</source>
        <translation type="vanished">Pruebe «{query}»</translation>
    </message>
    <message>
        <source>Search for {query}</source>
        <translation type="vanished">Buscar {query}</translation>
    </message>
    <message>
        <source>In the answer</source>
        <translation type="vanished">En la respuesta</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="vanished">Su nota</translation>
    </message>
    <message>
        <source>an article no longer here</source>
        <translation type="vanished">un artículo que ya no está</translation>
    </message>
    <message>
        <source>has notes</source>
        <translation type="vanished">tiene notas</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="vanished">Aviso</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="vanished">Advertencia</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="vanished">Advertencia: </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="vanished">Cerrar</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="vanished">Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="vanished">Mensajes</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation type="vanished">No hay mensajes</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="vanished">Todos los mensajes</translation>
    </message>
    <message>
        <source>All messages ({count})</source>
        <translation type="vanished">Todos los mensajes ({count})</translation>
    </message>
    <message>
        <source>Show all messages</source>
        <translation type="vanished">Mostrar todos los mensajes</translation>
    </message>
    <message>
        <source>There are no messages.</source>
        <translation type="vanished">No hay mensajes.</translation>
    </message>
    <message>
        <source>Export your notes</source>
        <translation type="vanished">Exportar sus notas</translation>
    </message>
    <message>
        <source>Save your bookmarks and notes to a file you can print, bring to an appointment or keep as a backup. The article&apos;s disclaimer is always included.</source>
        <translation type="vanished">Guarde sus marcadores y notas en un archivo que pueda imprimir, llevar a una cita o conservar como copia de seguridad. El aviso del artículo siempre se incluye.</translation>
    </message>
    <message>
        <source>Include the full text of each answer</source>
        <translation type="vanished">Incluir el texto completo de cada respuesta</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="vanished">Guardar como…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation type="vanished">Elija dónde guardar la exportación</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="vanished">Cancelar la exportación</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="vanished">Markdown (texto)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="vanished">Página web (HTML)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="vanished">Documento PDF</translation>
    </message>
    <message>
        <source>Backup for ExpertReader and annotation tools (JSON)</source>
        <translation type="vanished">Copia de seguridad para ExpertReader y programas de anotaciones (JSON)</translation>
    </message>
    <message>
        <source>ExpertReader notes{suffix}</source>
        <translation type="vanished">Notas de ExpertReader{suffix}</translation>
    </message>
    <message>
        <source>Save your notes as</source>
        <translation type="vanished">Guardar sus notas como</translation>
    </message>
    <message>
        <source>Your notes could not be saved to {target}: {reason}. Nothing was written.</source>
        <translation type="vanished">No se pudieron guardar sus notas en {target}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <source>Your notes were saved to {target}.</source>
        <translation type="vanished">Sus notas se guardaron en {target}.</translation>
    </message>
    <message>
        <source>Your notes could not be read for printing: {reason}</source>
        <translation type="vanished">No se pudieron leer sus notas para imprimirlas: {reason}</translation>
    </message>
    <message>
        <source>Print your notes</source>
        <translation type="vanished">Imprimir sus notas</translation>
    </message>
    <message>
        <source>Import notes from a JSON export</source>
        <translation type="vanished">Importar notas de una exportación JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="vanished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="vanished">Importando {file}…</translation>
    </message>
    <message>
        <source>Importing notes</source>
        <translation type="vanished">Importando notas</translation>
    </message>
    <message>
        <source>{error}. Nothing was changed.</source>
        <translation type="vanished">{error}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The import could not be saved: {reason} Nothing was changed.</source>
        <translation type="vanished">No se pudo guardar la importación: {reason} No se cambió nada.</translation>
    </message>
    <message>
        <source>The import of {source} stopped because of an unexpected problem; your notes were not changed. Details: {where}</source>
        <translation type="vanished">La importación de {source} se detuvo por un problema inesperado; sus notas no cambiaron. Detalles: {where}</translation>
    </message>
    <message>
        <source>Imported {source}: {summary}</source>
        <translation type="vanished">Importado {source}: {summary}</translation>
    </message>
    <message>
        <source>The daily backup of your notes could not be made: {reason}</source>
        <translation type="vanished">No se pudo hacer la copia de seguridad diaria de sus notas: {reason}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {message}</source>
        <translation type="vanished">{file}, línea {line}: {message}</translation>
    </message>
    <message>
        <source>{program} {version}

Reads expert answers offline. Nothing you read or write leaves this computer.

Your notes are kept in:
{folder}</source>
        <translation type="vanished">{program} {version}

Muestra respuestas de especialistas sin conexión a internet. Nada de lo que lee o escribe sale de este ordenador.

Sus notas se guardan en:
{folder}</translation>
    </message>
    <message>
        <source>ExpertReader needs a screen to open its window, and none was found (DISPLAY is not set). The commands parse, check, search, export and import work without one.</source>
        <translation type="vanished">ExpertReader necesita una pantalla para abrir su ventana y no se encontró ninguna (DISPLAY no está definido). Las órdenes parse, check, search, export e import funcionan sin pantalla.</translation>
    </message>
    <message>
        <source>Your notes cannot be opened: {reason} Bookmarks and notes are switched off for now. Nothing has been changed or deleted. Notes folder: {folder}</source>
        <translation type="vanished">No se pueden abrir sus notas: {reason} Los marcadores y las notas están desactivados por ahora. No se ha cambiado ni borrado nada. Carpeta de notas: {folder}</translation>
    </message>
    <message>
        <source> The last note you wrote was saved on {when}.</source>
        <translation type="vanished"> Su última nota se guardó el {when}.</translation>
    </message>
    <message>
        <source>ExpertReader closed unexpectedly last time. Your notes are safe: everything you saw as saved is kept.{last} Details for the developers are in {file}.</source>
        <translation type="vanished">La última vez, ExpertReader se cerró de forma inesperada. Sus notas están a salvo: se conserva todo lo que vio como guardado.{last} Los detalles para los desarrolladores están en {file}.</translation>
    </message>
    <message>
        <source>ExpertReader is already open. Look for its window on your screen or taskbar.</source>
        <translation type="vanished">ExpertReader ya está abierto. Busque su ventana en la pantalla o en la barra de tareas.</translation>
    </message>
    <message>
        <source>Your notes folder says ExpertReader is open on another computer ({host}).

If it is not open there any more (for example, the folder was copied or is on a USB stick), you can open it here. If it is still open there, close it first, or notes written in one place may overwrite the other.</source>
        <translation type="vanished">Su carpeta de notas indica que ExpertReader está abierto en otro ordenador ({host}).

Si allí ya no está abierto (por ejemplo, si copió la carpeta o está en una memoria USB), puede abrirlo aquí. Si sigue abierto allí, ciérrelo antes; si no, las notas escritas en un sitio pueden sobrescribir las del otro.</translation>
    </message>
    <message>
        <source>Something went wrong, but your saved notes are safe.

{error}

Details were written to {where}.</source>
        <translation type="vanished">Algo salió mal, pero sus notas guardadas están a salvo.

{error}

Los detalles se escribieron en {where}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s): choose one in the list.</source>
        <translation type="vanished">
            <numerusform>%n pregunta: elíjala en la lista.</numerusform>
            <numerusform>%n preguntas: elija una en la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article file(s) could not be opened and were skipped: {files}</source>
        <translation type="vanished">
            <numerusform>No se pudo abrir %n archivo de artículo y se omitió: {files}</numerusform>
            <numerusform>No se pudieron abrir %n archivos de artículos y se omitieron: {files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing results for “{query}”: %n result(s).</source>
        <translation type="vanished">
            <numerusform>Resultados para «{query}»: %n resultado.</numerusform>
            <numerusform>Resultados para «{query}»: %n resultados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in your notes file could not be read and are left out. Nothing has been deleted: the file keeps them as they are.</source>
        <translation type="vanished">
            <numerusform>No se pudo leer %n nota de su archivo de notas y se ha dejado fuera. No se ha borrado nada: el archivo la conserva tal como está.</numerusform>
            <numerusform>No se pudieron leer %n notas de su archivo de notas y se han dejado fuera. No se ha borrado nada: el archivo las conserva tal como están.</numerusform>
        </translation>
    </message>
</context>
</TS>
