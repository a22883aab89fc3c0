<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnswerChangedNotice</name>
    <message>
        <location filename="../../src/expertreader/ui/views/answer_changed.py" line="+12"/>
        <source>The answer changed after you wrote this note.</source>
        <translation>La respuesta cambió después de que usted escribiera esta nota.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show the earlier answer…</source>
        <translation>Ver la respuesta anterior…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the answer as it was when you wrote this note</source>
        <translation>Ver la respuesta tal como era cuando escribió esta nota</translation>
    </message>
</context>
<context>
    <name>AnswerChanges</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/answer_changes.py" line="+17"/>
        <source>The answer changed after you wrote this note.</source>
        <translation>La respuesta cambió después de que usted escribiera esta nota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question is no longer in your articles. You can still read the answer you wrote about.</source>
        <translation>Esta pregunta ya no está en sus artículos. Puede seguir leyendo la respuesta sobre la que escribió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer when you wrote your note</source>
        <translation>La respuesta cuando escribió su nota</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your note is on these words: “{passage}”</source>
        <translation>Su nota es sobre estas palabras: «{passage}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer to “{question}” when you wrote your note:</source>
        <translation>La respuesta a «{question}» cuando escribió su nota:</translation>
    </message>
</context>
<context>
    <name>AnswerNoteController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/answer_note.py" line="+75"/>
        <location line="+46"/>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: {status}</source>
        <translation>Nota: {status}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>delete note</source>
        <translation>borrar la nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your note on this answer was deleted. Edit &gt; Undo brings it back; it is also in Edit &gt; Recently deleted.</source>
        <translation>Se borró su nota sobre esta respuesta. Puede recuperarla con Editar &gt; Deshacer. También está en Editar &gt; Eliminados recientemente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>AnswerPrinter</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/answer_printing.py" line="+51"/>
        <source>First choose a question to read.</source>
        <translation>Primero elija una pregunta para leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your notes could not be read for printing: {reason}</source>
        <translation>No se pudieron leer sus notas para imprimirlas: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Print this answer</source>
        <translation>Imprimir esta respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview of this answer</source>
        <translation>Vista previa de esta respuesta</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../../src/expertreader/ui/views/answer_view.py" line="+47"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asked by {name}</source>
        <translation>Pregunta de {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This article gives no answer to this question (the page it came from may have been cut off).</source>
        <translation>Este artículo no da respuesta a esta pregunta (puede que la página de origen estuviera incompleta).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This question is no longer in the bundled articles, so its answer cannot be shown. Your notes on it are kept below and in every export.</source>
        <translation>Esta pregunta ya no está en los artículos incluidos, así que no se puede mostrar su respuesta. Sus notas sobre ella se guardan abajo y en cada exportación.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n question(s): choose one in the list.</source>
        <translation>
            <numerusform>%n pregunta: elíjala en la lista.</numerusform>
            <numerusform>%n preguntas: elija una en la lista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <location filename="../../src/expertreader/ui/appointments.py" line="+39"/>
        <source>&amp;My notes…</source>
        <translation>M&amp;is notas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointment &amp;sheets…</source>
        <translation>&amp;Hojas para las citas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add this question to a sheet</source>
        <translation>&amp;Añadir esta pregunta a una hoja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print this &amp;answer…</source>
        <translation>Imprimir esta &amp;respuesta…</translation>
    </message>
</context>
<context>
    <name>ArticleReports</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/article_reports.py" line="+45"/>
        <source>Updated “{title}”: {questions}.</source>
        <translation>Se actualizó «{title}»: {questions}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added “{title}”: {questions}.</source>
        <translation>Se añadió «{title}»: {questions}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added {articles} articles, {questions} questions in all.</source>
        <translation>Se añadieron {articles} artículos, con {questions} preguntas en total.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n part(s) could not be read well and are shown as they are.</source>
        <translation>
            <numerusform>%n parte no se pudo leer bien y se muestra tal como está.</numerusform>
            <numerusform>%n partes no se pudieron leer bien y se muestran tal como están.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” is in your library already.</source>
        <translation>«{title}» ya está en su biblioteca.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You kept the “{title}” you had.</source>
        <translation>Se quedó con el «{title}» que ya tenía.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) could not be added.</source>
        <translation>
            <numerusform>No se pudo añadir %n archivo.</numerusform>
            <numerusform>No se pudieron añadir %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added: “{title}” from {file}, {questions}.</source>
        <translation>Añadido: «{title}», de {file}, {questions}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: “{title}” from {file}, {questions}.</source>
        <translation>Actualizado: «{title}», de {file}, {questions}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged: “{title}” from {file}, {questions}.</source>
        <translation>Sin cambios: «{title}», de {file}, {questions}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kept the one you had: “{title}”.</source>
        <translation>Se quedó con el que ya tenía: «{title}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not added: {problem}</source>
        <translation>No se añadió: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adding articles</source>
        <translation>Añadir artículos</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n article file(s) could not be opened and were skipped: {files}</source>
        <translation>
            <numerusform>No se pudo abrir %n archivo de artículos y se dejó de lado: {files}</numerusform>
            <numerusform>No se pudieron abrir %n archivos de artículos y se dejaron de lado: {files}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}, line {line}: {message}</source>
        <translation>{file}, línea {line}: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Update these articles?</source>
        <translation>¿Actualizar estos artículos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These articles are in your library already:
{titles}

Update them with the files you chose? Your bookmarks and notes stay.</source>
        <translation>Estos artículos ya están en su biblioteca:
{titles}

¿Quiere actualizarlos con los archivos que eligió? Sus marcadores y notas se conservan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Keep the ones I have</source>
        <translation>Quedarme con los que tengo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update this article?</source>
        <translation>¿Actualizar este artículo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This article is in your library already:
{titles}

Update it with the file you chose? Your bookmarks and notes stay.</source>
        <translation>Este artículo ya está en su biblioteca:
{titles}

¿Quiere actualizarlo con el archivo que eligió? Sus marcadores y notas se conservan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the one I have</source>
        <translation>Quedarme con el que tengo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove this article?</source>
        <translation>¿Quitar este artículo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from your library?

Your bookmarks and notes on it are kept. You find them at the end of the question list, and they come back if you add the article again.</source>
        <translation>¿Quitar «{title}» de su biblioteca?

Sus marcadores y notas sobre él se conservan. Los encontrará al final de la lista de preguntas, y vuelven a su sitio si añade el artículo otra vez.</translation>
    </message>
</context>
<context>
    <name>ArticlesController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/articles.py" line="+91"/>
        <source>&amp;Add articles…</source>
        <translation>&amp;Añadir artículos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove this article…</source>
        <translation>&amp;Quitar este artículo…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add articles</source>
        <translation>Añadir artículos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles (*.txt *.htm *.html)</source>
        <translation>Artículos (*.txt *.htm *.html)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Leyendo %n archivo…</numerusform>
            <numerusform>Leyendo %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has the same title as {file}</source>
        <translation>tiene el mismo título que {file}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your articles could not be copied into your notes folder: {reason}. Nothing was added.</source>
        <translation>No se pudieron copiar sus artículos en su carpeta de notas: {reason}. No se añadió nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This article comes with ExpertReader</source>
        <translation>Este artículo viene con ExpertReader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” comes with ExpertReader, so it cannot be removed. Only articles you added yourself can be.</source>
        <translation>«{title}» viene con ExpertReader, así que no se puede quitar. Solo puede quitar los artículos que añadió usted.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{title}” could not be removed: {reason}.</source>
        <translation>No se pudo quitar «{title}»: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed “{title}”. Your bookmarks and notes on it are kept.</source>
        <translation>Se quitó «{title}». Sus marcadores y notas sobre él se conservan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add it back</source>
        <translation>Volver a añadirlo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{title}” is back.</source>
        <translation>«{title}» está de nuevo en su biblioteca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” could not be added back: {reason}.</source>
        <translation>No se pudo volver a añadir «{title}»: {reason}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Remove “{title}” from your library…</source>
        <translation>Quitar «{title}» de su biblioteca…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>no folder for added articles</source>
        <translation>no hay carpeta para los artículos añadidos</translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/bookmarks.py" line="+53"/>
        <source>Not saved yet: it is saved as soon as the disk takes it.</source>
        <translation>Aún sin guardar: se guardará en cuanto el disco lo permita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>★ &amp;Bookmarked</source>
        <translation>★ &amp;Marcada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Marcar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove bookmark from this question</source>
        <translation>Quitar el marcador de esta pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bookmark this question</source>
        <translation>Marcar esta pregunta</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>remove bookmark</source>
        <translation>quitar el marcador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bookmark removed. Edit &gt; Undo brings it back.</source>
        <translation>Marcador quitado. Puede recuperarlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <location filename="../../src/expertreader/content/disclaimer.py" line="+19"/>
        <source>Remember: this program cannot provide diagnoses, medical consultations or specific treatment recommendations. The answers are for educational and informational purposes only. For specific healthcare questions or concerns, consult your healthcare provider.</source>
        <translation>Recuerde: este programa no puede hacer diagnósticos, dar consultas médicas ni recomendar tratamientos concretos. Las respuestas sirven solo para informar y educar. Si tiene preguntas o inquietudes sobre su salud, consulte a su médico o a su equipo de atención médica.</translation>
    </message>
</context>
<context>
    <name>DisclaimerBanner</name>
    <message>
        <location filename="../../src/expertreader/ui/views/disclaimer_banner.py" line="+25"/>
        <source>Disclaimer</source>
        <translation>Aviso importante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disclaimer text</source>
        <translation>Texto del aviso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the full disclaimer</source>
        <translation>Mostrar u ocultar el aviso completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disclaimer always stays in view, whole or short.</source>
        <translation>El aviso siempre está a la vista, completo o en una línea.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
</context>
<context>
    <name>DoctorSaid</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/doctor_said.py" line="+59"/>
        <location line="+32"/>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Earlier versions of what the doctor said</source>
        <translation>Versiones anteriores de lo que dijo el médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every text you saved here, newest first. Choose one and press Enter to use it again.</source>
        <translation>Todo lo que guardó aquí, lo más reciente primero. Elija un texto y pulse Intro para volver a usarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this version</source>
        <translation>Usar esta versión</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What the doctor said: {status}</source>
        <translation>Lo que dijo el médico: {status}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
</context>
<context>
    <name>ExpertReaderUI</name>
    <message>
        <location filename="../../src/expertreader/ui/app.py" line="+258"/>
        <source>The daily backup of your notes could not be made: {reason}</source>
        <translation>No se pudo hacer la copia de seguridad diaria de sus notas: {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>About {program}</source>
        <translation>Acerca de {program}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{program} {version}

Reads expert answers offline. Nothing you read or write leaves this computer.

Your notes are kept in:
{folder}</source>
        <translation>{program} {version}

Muestra respuestas de especialistas sin conexión a internet. Nada de lo que lee o escribe sale de este ordenador.

Sus notas se guardan en:
{folder}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../src/expertreader/export/annotations.py" line="+63"/>
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
    <name>ExportController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/exporting.py" line="+119"/>
        <source>ExpertReader notes{suffix}</source>
        <translation>Notas de ExpertReader{suffix}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save your notes as</source>
        <translation>Guardar sus notas como</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Making the PDF of your notes…</source>
        <translation>Preparando el PDF de sus notas…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The export was stopped. Nothing was written.</source>
        <translation>Se detuvo la exportación. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your notes could not be saved to {target}: {reason}. Nothing was written.</source>
        <translation>No se pudieron guardar sus notas en {target}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your notes were saved to {target}.</source>
        <translation>Sus notas se guardaron en {target}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your notes could not be read for printing: {reason}</source>
        <translation>No se pudieron leer sus notas para imprimirlas: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Print your notes</source>
        <translation>Imprimir sus notas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the pages…</source>
        <translation>Preparando las páginas…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import notes from a JSON export</source>
        <translation>Importar notas de una exportación JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Importing notes</source>
        <translation>Importando notas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{error}. Nothing was changed.</source>
        <translation>{error}. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import could not be saved: {reason} Nothing was changed.</source>
        <translation>No se pudo guardar la importación: {reason} No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import of {source} stopped because of an unexpected problem; your notes were not changed. Details: {where}</source>
        <translation>La importación de {source} se detuvo por un problema inesperado. Sus notas no cambiaron. Detalles: {where}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {source}: {summary}</source>
        <translation>Importado {source}: {summary}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{added} added, {updated} updated, {unchanged} already here.</source>
        <translation>Nuevas: {added}. Actualizadas: {updated}. Ya estaban: {unchanged}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n question(s) in the file are not in these articles ({questions}); the notes on them were kept and appear in exports.</source>
        <translation>
            <numerusform>%n pregunta del archivo no está en estos artículos ({questions}). Sus notas se conservaron y aparecen en las exportaciones.</numerusform>
            <numerusform>%n preguntas del archivo no están en estos artículos ({questions}). Sus notas se conservaron y aparecen en las exportaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n entry(ies) could not be read and left out.</source>
        <translation>
            <numerusform>%n entrada no se pudo leer y se dejó fuera.</numerusform>
            <numerusform>%n entradas no se pudieron leer y se dejaron fuera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your notes as they were before the import are saved in {backup}.</source>
        <translation>Sus notas tal como estaban antes de importar se guardaron en {backup}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/expertreader/ui/views/export_dialog.py" line="+27"/>
        <location line="+1"/>
        <source>Export your notes</source>
        <translation>Exportar sus notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save your bookmarks and notes to a file you can print, bring to an appointment or keep as a backup. The article&apos;s disclaimer is always included.</source>
        <translation>Guarde sus marcadores y notas en un archivo que pueda imprimir, llevar a una cita o conservar como copia de seguridad. El aviso del artículo siempre se incluye.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Markdown</source>
        <translation>Markdown (texto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup for ExpertReader and annotation tools (JSON)</source>
        <translation>Copia de seguridad para ExpertReader y otros programas (JSON)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saves a {suffix} file. Arrow keys choose another.</source>
        <translation>Guarda un archivo {suffix}. Las flechas eligen otro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Include the full text of each answer</source>
        <translation>Incluir el texto completo de cada respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each answer comes after your notes on it.</source>
        <translation>Cada respuesta va después de sus notas sobre ella.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the export</source>
        <translation>Elegir dónde guardar la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
</context>
<context>
    <name>FittedDialog</name>
    <message>
        <location filename="../../src/expertreader/ui/views/screen_fit.py" line="+106"/>
        <source>Scroll with the arrow keys to read all of it.</source>
        <translation>Use las flechas para leerlo todo.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/header.py" line="+22"/>
        <source>No articles could be opened</source>
        <translation>No se pudo abrir ningún artículo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expert: {expert}</source>
        <translation>Especialista: {expert}</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/help.py" line="+18"/>
        <source>New here? Press F1 to see the keys you can use instead of the mouse.</source>
        <translation>¿Primera vez aquí? Pulse F1 para ver las teclas que puede usar en lugar del ratón.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Don&apos;t show again</source>
        <translation>No volver a mostrar</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../src/expertreader/ui/views/main_window.py" line="+53"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Article title</source>
        <translation>Título del artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article date and expert</source>
        <translation>Fecha y especialista del artículo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Article: {title}</source>
        <translation>Artículo: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date or expert given</source>
        <translation>Sin fecha ni especialista</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Results show as you type. Down arrow goes to them; Escape clears the search.</source>
        <translation>Los resultados aparecen mientras escribe. La flecha abajo lleva a ellos; Escape borra la búsqueda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks only</source>
        <translation>Solo marcadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show bookmarked questions only</source>
        <translation>Mostrar solo las preguntas marcadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+B turns this on and off.</source>
        <translation>Ctrl+B lo activa y desactiva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position in the article</source>
        <translation>Posición en el artículo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bookmark this question</source>
        <translation>Marcar esta pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+D adds or removes the bookmark.</source>
        <translation>Ctrl+D pone o quita el marcador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on selection…</source>
        <translation>Nota sobre lo seleccionado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note to the selected text of the answer</source>
        <translation>Añadir una nota al texto seleccionado de la respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select words in the answer first (Shift and the arrow keys). Ctrl+Shift+N.</source>
        <translation>Primero seleccione palabras de la respuesta (Mayúsculas y las flechas). Ctrl+Mayúsculas+N.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>&amp;Export notes…</source>
        <translation>&amp;Exportar notas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print notes…</source>
        <translation>&amp;Imprimir notas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import notes…</source>
        <translation>I&amp;mportar notas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier &amp;versions of this note…</source>
        <translation>&amp;Versiones anteriores de esta nota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently &amp;deleted…</source>
        <translation>Eliminados re&amp;cientemente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next question</source>
        <translation>Pregunta &amp;siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the question &amp;list</source>
        <translation>Ir a la &amp;lista de preguntas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the &amp;answer</source>
        <translation>Ir a la &amp;respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark this question</source>
        <translation>&amp;Marcar esta pregunta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a &amp;note on this answer</source>
        <translation>Escribir una &amp;nota sobre esta respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a note to the selected &amp;text…</source>
        <translation>Añadir una nota al &amp;texto seleccionado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show bookmarks &amp;only</source>
        <translation>Mostrar s&amp;olo las marcadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the full &amp;disclaimer</source>
        <translation>Mostrar el &amp;aviso completo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles by &amp;date, newest first</source>
        <translation>Artículos por &amp;fecha, los más recientes primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles by t&amp;itle</source>
        <translation>Artículos por &amp;orden alfabético</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About {program}</source>
        <translation>&amp;Acerca de {program}</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <location filename="../../src/expertreader/ui/views/message_bar.py" line="+152"/>
        <location line="+82"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>No messages</source>
        <translation>No hay mensajes</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+69"/>
        <location line="+35"/>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Show all messages</source>
        <translation>Mostrar todos los mensajes</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Warning: {text}</source>
        <translation>Advertencia: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no messages.</source>
        <translation>No hay mensajes.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All messages ({count})</source>
        <translation>Todos los mensajes ({count})</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location line="-212"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>MyNotesController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/my_notes.py" line="+30"/>
        <source>Questions no longer in these articles</source>
        <translation>Preguntas que ya no están en estos artículos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(The text of this question was not saved.)</source>
        <translation>(No se guardó el texto de esta pregunta)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Disclaimer</source>
        <translation>Aviso importante</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>You have no bookmarks or notes yet.</source>
        <translation>Todavía no tiene marcadores ni notas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your bookmarks and notes: {count}.</source>
        <translation>Todos sus marcadores y notas: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {count} match “{words}”.</source>
        <translation>{shown} de {count} contienen «{words}».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Bookmarked on {when}.</source>
        <translation>Marcada el {when}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passage: “{passage}”</source>
        <translation>Fragmento: «{passage}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written or changed {when}.</source>
        <translation>Escrita o cambiada el {when}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>★ Bookmark: {question}</source>
        <translation>★ Marcada: {question}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✎ On “{passage}”: {text}</source>
        <translation>✎ Sobre «{passage}»: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✎ Note: {text}</source>
        <translation>✎ Nota: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bookmark: {question}</source>
        <translation>Marcada: {question}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note on the passage {passage}: {text}. Question: {question}</source>
        <translation>Nota sobre el fragmento {passage}: {text}. Pregunta: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {text}. Question: {question}</source>
        <translation>Nota: {text}. Pregunta: {question}</translation>
    </message>
</context>
<context>
    <name>MyNotesDialog</name>
    <message>
        <location filename="../../src/expertreader/ui/views/my_notes.py" line="+42"/>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type words to find a note</source>
        <translation>Escriba palabras para encontrar una nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the notes with these words</source>
        <translation>Mostrar solo las notas con estas palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By &amp;article</source>
        <translation>Por &amp;artículo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By &amp;date, newest first</source>
        <translation>Por &amp;fecha, lo más reciente primero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many notes are shown</source>
        <translation>Cuántas notas se muestran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your bookmarks and notes</source>
        <translation>Sus marcadores y notas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chosen note in full</source>
        <translation>La nota elegida completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the answer</source>
        <translation>Abrir la &amp;respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the answer of the chosen note</source>
        <translation>Abrir la respuesta de la nota elegida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close My notes</source>
        <translation>Cerrar Mis notas</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../src/expertreader/ui/views/note_dialog.py" line="+33"/>
        <source>Passage: {quote}</source>
        <translation>Fragmento: {quote}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;note:</source>
        <translation>Su &amp;nota:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your note on this passage</source>
        <translation>Su nota sobre este fragmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter saves the note; Escape cancels.</source>
        <translation>Ctrl+Intro guarda la nota; Escape cancela.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Guardar la nota (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NotesContext</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/notes_context.py" line="+17"/>
        <source>(The text of this question was not saved.)</source>
        <translation>(No se guardó el texto de esta pregunta)</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message numerus="yes">
        <location filename="../../src/expertreader/ui/controllers/notes.py" line="+164"/>
        <source>%n note(s) in your notes file could not be read and are left out. Nothing has been deleted: the file keeps them as they are.</source>
        <translation>
            <numerusform>No se pudo leer %n nota de su archivo de notas y se ha dejado fuera. No se ha borrado nada: el archivo la conserva tal como está.</numerusform>
            <numerusform>No se pudieron leer %n notas de su archivo de notas y se han dejado fuera. No se ha borrado nada: el archivo las conserva tal como están.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/expertreader/ui/views/notes_panel.py" line="+79"/>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note save status</source>
        <translation>Estado de la nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note on this answer</source>
        <translation>Nota sobre esta respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is saved as you type. Tab goes on.</source>
        <translation>Se guarda mientras escribe. La tecla Tab pasa a lo siguiente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a note about this answer. It is saved as you type.</source>
        <translation>Escriba una nota sobre esta respuesta. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes on highlighted passages</source>
        <translation>Notas sobre fragmentos resaltados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up and Down choose a note; its passage is marked in the answer. Enter edits it.</source>
        <translation>Arriba y Abajo eligen una nota; su fragmento se marca en la respuesta. Intro la edita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit note…</source>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen passage note</source>
        <translation>Editar la nota del fragmento elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note</source>
        <translation>Borrar nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen passage note</source>
        <translation>Borrar la nota del fragmento elegido</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>Passage notes</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Passage notes ({count})</source>
        <translation>Fragmentos ({count})</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../src/expertreader/ui/views/panes.py" line="+44"/>
        <source>‹ Questions</source>
        <translation>‹ Preguntas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the list of questions again (Alt+Left).</source>
        <translation>Muestra otra vez la lista de preguntas (Alt+Izquierda).</translation>
    </message>
</context>
<context>
    <name>PassageNotesController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/passage_notes.py" line="+82"/>
        <source>First select some words in the answer, then add your note to them.</source>
        <translation>Primero seleccione unas palabras de la respuesta y luego añada su nota.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note on a passage</source>
        <translation>Nota sobre un fragmento</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>edit note</source>
        <translation>editar la nota</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>delete note</source>
        <translation>borrar la nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note deleted. Edit &gt; Undo brings it back; it is also in Edit &gt; Recently deleted.</source>
        <translation>Nota borrada. Puede recuperarla con Editar &gt; Deshacer. También está en Editar &gt; Eliminados recientemente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add note</source>
        <translation>añadir la nota</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (passage not found in the answer any more)</source>
        <translation> (el fragmento ya no está en la respuesta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the answer changed after you wrote this note)</source>
        <translation> (la respuesta cambió después de escribir esta nota)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (not saved yet)</source>
        <translation> (aún sin guardar)</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../src/expertreader/ui/views/print_preview.py" line="+43"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print these pages</source>
        <translation>Imprimir estas páginas</translation>
    </message>
</context>
<context>
    <name>QuestionDetails</name>
    <message>
        <location filename="../../src/expertreader/ui/views/sheets_window.py" line="+221"/>
        <source>The chosen question</source>
        <translation>La pregunta elegida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the &amp;words…</source>
        <translation>Cambiar las pala&amp;bras…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the words</source>
        <translation>Cambiar las palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a &amp;quote</source>
        <translation>Imprimir un &amp;fragmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a short quote of the expert’s answer</source>
        <translation>Imprimir un fragmento breve de la respuesta del especialista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quote</source>
        <translation>El fragmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my &amp;note</source>
        <translation>Imprimir mi &amp;nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my note</source>
        <translation>Imprimir mi nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I as&amp;ked it</source>
        <translation>Ya la &amp;hice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I asked this question</source>
        <translation>Ya hice esta pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the doctor &amp;said:</source>
        <translation>Lo que dijo el &amp;médico:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the doctor said</source>
        <translation>Lo que dijo el médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as you type.</source>
        <translation>Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the doctor said: saved or not</source>
        <translation>Lo que dijo el médico: guardado o no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier &amp;versions…</source>
        <translation>&amp;Versiones anteriores…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions of what the doctor said</source>
        <translation>Versiones anteriores de lo que dijo el médico</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <location filename="../../src/expertreader/ui/views/question_list.py" line="+41"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up and Down choose a question; its answer shows. Enter goes to the answer.</source>
        <translation>Arriba y Abajo eligen una pregunta y muestran su respuesta. Intro lleva a la respuesta.</translation>
    </message>
</context>
<context>
    <name>QuestionPickerDialog</name>
    <message>
        <location filename="../../src/expertreader/ui/views/sheet_dialogs.py" line="+154"/>
        <location line="+1"/>
        <source>Add questions to the sheet</source>
        <translation>Añadir preguntas a la hoja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the questions to add (Space ticks the chosen one), then press Enter to add them.</source>
        <translation>Marque las preguntas que quiere añadir (Espacio marca la elegida) y pulse Intro para añadirlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to add questions</source>
        <translation>Cómo añadir preguntas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions you can add</source>
        <translation>Preguntas que puede añadir</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add to the sheet</source>
        <translation>Añadir a la hoja</translation>
    </message>
</context>
<context>
    <name>QuestionTreeModel</name>
    <message>
        <location filename="../../src/expertreader/ui/models/question_tree.py" line="+176"/>
        <source>bookmarked</source>
        <translation>marcada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has notes</source>
        <translation>tiene notas</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/reader.py" line="+34"/>
        <source>Your notes on questions no longer in these articles</source>
        <translation>Sus notas sobre preguntas que ya no están en estos artículos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These questions were in an earlier version of the articles. Their answers are gone, but your bookmarks and notes on them are kept here and in every export.</source>
        <translation>Estas preguntas estaban en una versión anterior de los artículos. Sus respuestas ya no están, pero sus marcadores y notas sobre ellas se guardan aquí y en cada exportación.</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Question {number} of {count}</source>
        <translation>Pregunta {number} de {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bookmarked question</source>
        <translation>Pregunta marcada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a question</source>
        <translation>Elija una pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick a question from the list.</source>
        <translation>Elija una pregunta de la lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No articles to show</source>
        <translation>No hay artículos para mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the articles could be read. The message below says why.</source>
        <translation>No se pudo leer ninguno de los artículos. El mensaje de abajo explica por qué.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Disclaimer</source>
        <translation>Aviso importante</translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <location filename="../../src/expertreader/ui/views/record_list_dialog.py" line="+44"/>
        <source>Up and Down choose one; it shows in full below. Enter brings it back.</source>
        <translation>Arriba y Abajo eligen una entrada, que se ve completa debajo. Intro la recupera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chosen entry in full</source>
        <translation>La entrada elegida completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only. Tab goes on to the buttons.</source>
        <translation>Solo lectura. La tecla Tab lleva a los botones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In full:</source>
        <translation>Texto completo:</translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/recovery.py" line="+47"/>
        <source>This answer has no note yet, so it has no earlier versions. Deleted notes are in Edit &gt; Recently deleted.</source>
        <translation>Esta respuesta todavía no tiene nota, así que no hay versiones anteriores. Las notas borradas están en Editar &gt; Eliminados recientemente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier versions of this note</source>
        <translation>Versiones anteriores de esta nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every saved text of this note, newest first. Choose one and press Enter to make it the note&apos;s text again; the text it replaces stays in this list.</source>
        <translation>Todos los textos guardados de esta nota, el más reciente primero. Elija uno y pulse Intro para que vuelva a ser el texto de la nota. El texto que reemplaza se queda en esta lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this version</source>
        <translation>Usar esta versión</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Recently deleted</source>
        <translation>Eliminados recientemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes and bookmarks you deleted, kept here for at least 30 days. Choose one and press Enter to put it back.</source>
        <translation>Notas y marcadores que usted borró. Se guardan aquí al menos 30 días. Elija uno y pulse Intro para recuperarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored.</source>
        <translation>Recuperado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bookmark, deleted {when}: {question}</source>
        <translation>Marcador, borrado el {when}: {question}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passage note, deleted {when}: {text} — on “{question}”</source>
        <translation>Nota sobre un fragmento, borrada el {when}: {text} — sobre «{question}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note, deleted {when}: {text} — on “{question}”</source>
        <translation>Nota, borrada el {when}: {text} — sobre «{question}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bookmark on: {question}</source>
        <translation>Pregunta marcada: {question}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passage: “{passage}”</source>
        <translation>Fragmento: «{passage}»</translation>
    </message>
</context>
<context>
    <name>Saver</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/saving.py" line="+86"/>
        <source>The notes file cannot be written.</source>
        <translation>No se puede escribir en el archivo de notas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a problem with your notes file: {reason} Anything you write now is kept while ExpertReader stays open and saved as soon as that becomes possible; if you close it before then, it offers to save those notes to a file.</source>
        <translation>Hay un problema con su archivo de notas: {reason} Lo que escriba ahora se conserva mientras ExpertReader siga abierto y se guardará en cuanto se pueda. Si lo cierra antes, le ofrecerá guardar esas notas en un archivo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your notes are saved now.</source>
        <translation>Sus notas ya están guardadas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of your latest notes could not be saved: {reason}</source>
        <translation>No se pudieron guardar algunas de sus últimas notas: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of your latest notes could not be saved.</source>
        <translation>No se pudieron guardar algunas de sus últimas notas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them to a file you choose before closing, so no word is lost?</source>
        <translation>¿Quiere guardarlas en un archivo antes de cerrar, para no perder ninguna palabra?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes not saved yet</source>
        <translation>Notas aún sin guardar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save them to a file…</source>
        <translation>Guardarlas en un archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without them</source>
        <translation>Cerrar sin guardarlas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save unsaved notes</source>
        <translation>Guardar las notas pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExpertReader unsaved notes.txt</source>
        <translation>Notas pendientes de ExpertReader.txt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written: {reason}</source>
        <translation>No se pudo escribir {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/search.py" line="+158"/>
        <source>No questions match “{query}”.</source>
        <translation>Ninguna pregunta coincide con «{query}». Si los artículos están en inglés, pruebe con palabras en inglés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Perhaps you meant one of these:</source>
        <translation> Quizá quiso decir:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Showing results for “{query}”: {count} result(s).</source>
        <translation>
            <numerusform>{count} resultado para «{query}».</numerusform>
            <numerusform>{count} resultados para «{query}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{count} result(s)</source>
        <translation>
            <numerusform>{count} resultado</numerusform>
            <numerusform>{count} resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../src/expertreader/ui/views/search_field.py" line="+12"/>
        <source>Search questions, answers and your notes</source>
        <translation>Buscar en preguntas, respuestas y sus notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search answers and notes</source>
        <translation>Buscar en respuestas y notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/expertreader/ui/models/search_results.py" line="+21"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the answer</source>
        <translation>En la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>an article no longer here</source>
        <translation>un artículo que ya no está</translation>
    </message>
</context>
<context>
    <name>SearchResultsPane</name>
    <message>
        <location filename="../../src/expertreader/ui/views/search_results.py" line="+45"/>
        <location line="+16"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search instead for “{typed}”</source>
        <translation>Buscar tal cual «{typed}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search instead for {typed}</source>
        <translation>Buscar tal cual {typed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try “{query}”</source>
        <translation>Pruebe «{query}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for {query}</source>
        <translation>Buscar {query}</translation>
    </message>
</context>
<context>
    <name>SheetCandidates</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/sheet_candidates.py" line="+29"/>
        <source>The question you are reading</source>
        <translation>La pregunta que está leyendo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your search results</source>
        <translation>Sus resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your bookmarks</source>
        <translation>Sus marcadores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your note: {text}</source>
        <translation>Su nota: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your note on “{passage}”: {text}</source>
        <translation>Su nota sobre «{passage}»: {text}</translation>
    </message>
</context>
<context>
    <name>SheetDetailsDialog</name>
    <message>
        <location filename="../../src/expertreader/ui/views/sheet_dialogs.py" line="-111"/>
        <source>Name of the sheet</source>
        <translation>Nombre de la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I know the &amp;date</source>
        <translation>Ya sé la &amp;fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the appointment</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMMM d, yyyy</source>
        <comment>how the date reads: Qt date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who you will see</source>
        <translation>A quién verá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is coming along</source>
        <translation>Quién le acompaña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;te:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who you will see:</source>
        <translation>A &amp;quién verá:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is &amp;coming along:</source>
        <translation>Quién le &amp;acompaña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>SheetDialogs</name>
    <message>
        <location line="-45"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SheetEditor</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/sheet_editor.py" line="+102"/>
        <source>✓ asked</source>
        <translation>✓ hecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a quote</source>
        <translation>con un fragmento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with your note</source>
        <translation>con su nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the doctor’s answer written down</source>
        <translation>con la respuesta del médico anotada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your own question</source>
        <translation>su propia pregunta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {number} of {count}: {question}. {marks}</source>
        <translation>Pregunta {number} de {count}: {question}. {marks}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a question to this sheet to start.</source>
        <translation>Para empezar, añada una pregunta a esta hoja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question {number} of {count}</source>
        <translation>Pregunta {number} de {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your own question has no quote.</source>
        <translation>Su propia pregunta no tiene fragmento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have no note on this question.</source>
        <translation>No tiene ninguna nota sobre esta pregunta.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Change your question</source>
        <translation>Cambiar su pregunta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change question</source>
        <translation>cambiar la pregunta</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Type your own question</source>
        <translation>Escribir su propia pregunta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>take a question off the sheet</source>
        <translation>quitar una pregunta de la hoja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The question was taken off the sheet.</source>
        <translation>Se quitó la pregunta de la hoja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>SheetLines</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/sheets.py" line="+362"/>
        <source>with {whom}</source>
        <translation>con {whom}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coming along: {whom}</source>
        <translation>le acompaña: {whom}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date yet</source>
        <translation>aún sin fecha</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Sheet, deleted {when}: {title} (%n question(s))</source>
        <translation>
            <numerusform>Hoja, borrada el {when}: {title} (%n pregunta)</numerusform>
            <numerusform>Hoja, borrada el {when}: {title} (%n preguntas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question, deleted {when}: {question}</source>
        <translation>Pregunta, borrada el {when}: {question}</translation>
    </message>
</context>
<context>
    <name>SheetListPage</name>
    <message>
        <location filename="../../src/expertreader/ui/views/sheets_window.py" line="-182"/>
        <source>Make a list of questions to take to a visit. Print it, take it along, and write down what the doctor said.</source>
        <translation>Haga una lista de preguntas para su próxima cita. Imprímala, llévela y anote lo que le dijo el médico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About appointment sheets</source>
        <translation>Sobre las hojas para las citas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;sheets, the next visit first:</source>
        <translation>Sus &amp;hojas, la próxima cita primero:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your appointment sheets</source>
        <translation>Sus hojas para las citas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New sheet…</source>
        <translation>&amp;Nueva hoja…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new sheet</source>
        <translation>Hacer una hoja nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the chosen sheet</source>
        <translation>Abrir la hoja elegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change details…</source>
        <translation>Cambiar los &amp;datos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the details</source>
        <translation>Cambiar los datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen sheet</source>
        <translation>Borrar la hoja elegida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recently d&amp;eleted…</source>
        <translation>Borradas &amp;recientemente…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recently deleted sheets</source>
        <translation>Hojas borradas recientemente</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location line="+25"/>
        <source>← &amp;All sheets</source>
        <translation>← &amp;Todas las hojas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to all sheets</source>
        <translation>Volver a todas las hojas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointment details</source>
        <translation>Datos de la cita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change details…</source>
        <translation>Cambiar los &amp;datos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the details</source>
        <translation>Cambiar los datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions on this sheet, most important first</source>
        <translation>Preguntas de esta hoja, la más importante primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move the chosen question. You can also drag it.</source>
        <translation>Alt+Arriba y Alt+Abajo mueven la pregunta elegida. También puede arrastrarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Questions, most important first:</source>
        <translation>&amp;Preguntas, por importancia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add questions…</source>
        <translation>&amp;Añadir preguntas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add questions</source>
        <translation>Añadir preguntas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type a question…</source>
        <translation>&amp;Escribir una pregunta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type your own question</source>
        <translation>Escribir su propia pregunta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the question up (Alt+Up)</source>
        <translation>Subir la pregunta (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the question down (Alt+Down)</source>
        <translation>Bajar la pregunta (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ta&amp;ke off</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the question off</source>
        <translation>Quitar la pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the sheet</source>
        <translation>Imprimir la hoja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as a file…</source>
        <translation>&amp;Guardar como archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the sheet as PDF, a web page or text</source>
        <translation>Guardar la hoja como PDF, página web o texto</translation>
    </message>
</context>
<context>
    <name>SheetPrinter</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/sheet_printing.py" line="+31"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown text (*.md)</source>
        <translation>Texto Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sheet could not be read: {reason}</source>
        <translation>No se pudo leer la hoja: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print: {title}</source>
        <translation>Imprimir: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview of {title}</source>
        <translation>Vista previa de {title}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sheet could not be saved to {target}: {reason}. Nothing was written.</source>
        <translation>No se pudo guardar la hoja en {target}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sheet was saved to {target}.</source>
        <translation>La hoja se guardó en {target}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the sheet as</source>
        <translation>Guardar la hoja como</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Appointment sheet</source>
        <translation>Hoja para la cita</translation>
    </message>
</context>
<context>
    <name>SheetsController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/sheets.py" line="-338"/>
        <source>Questions for my next visit</source>
        <translation>Preguntas para mi próxima cita</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Disclaimer</source>
        <translation>Aviso importante</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Sheet: {title}</source>
        <translation>Hoja: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date yet. Press Change details to add it.</source>
        <translation>Aún sin fecha. Pulse Cambiar los datos para añadirla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date yet</source>
        <translation>Aún sin fecha</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New appointment sheet</source>
        <translation>Nueva hoja para una cita</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change the details</source>
        <translation>Cambiar los datos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>delete sheet</source>
        <translation>borrar la hoja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” was deleted. It is in Recently deleted for 30 days.</source>
        <translation>Se borró «{title}». Estará en Borradas recientemente durante 30 días.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recently deleted sheets</source>
        <translation>Hojas borradas recientemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheets and questions you deleted, kept here for at least 30 days. Choose one and press Enter to put it back.</source>
        <translation>Hojas y preguntas que usted borró. Se guardan aquí al menos 30 días. Elija una y pulse Intro para recuperarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored.</source>
        <translation>Recuperado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>First choose a question to read.</source>
        <translation>Primero elija una pregunta para leer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That question is on this sheet already.</source>
        <translation>Esa pregunta ya está en esta hoja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The question was added to the sheet.</source>
        <translation>Se añadió la pregunta a la hoja.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing to add yet</source>
        <translation>Aún no hay nada que añadir</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Nothing more to add</source>
        <translation>No hay nada más que añadir</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Every question you bookmarked, wrote a note on or found is on this sheet already. You can type your own question.</source>
        <translation>Todas las preguntas que marcó, anotó o encontró ya están en esta hoja. Puede escribir su propia pregunta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bookmark questions, write notes or search first, or type your own question.</source>
        <translation>Primero marque preguntas, escriba notas o busque, o escriba su propia pregunta.</translation>
    </message>
</context>
<context>
    <name>SheetsWindow</name>
    <message>
        <location filename="../../src/expertreader/ui/views/sheets_window.py" line="+116"/>
        <location line="+1"/>
        <source>Appointment sheets</source>
        <translation>Hojas para las citas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close appointment sheets</source>
        <translation>Cerrar las hojas para las citas</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/expertreader/ui/views/shortcuts_dialog.py" line="+26"/>
        <source>Moving around</source>
        <translation>Moverse por la ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tabulador, Mayúsculas+Tabulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next or the previous part of the window</source>
        <translation>Ir a la parte siguiente o anterior de la ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a question in the list, or a search result</source>
        <translation>Elegir una pregunta de la lista o un resultado de búsqueda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen question or search result</source>
        <translation>Abrir la pregunta o el resultado elegido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right, Left</source>
        <translation>Derecha, Izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or close an article&apos;s questions in the list</source>
        <translation>Abrir o cerrar las preguntas de un artículo en la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down (in the search box)</source>
        <translation>Abajo (en el cuadro de búsqueda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the search results</source>
        <translation>Ir a los resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search. From the answer, go back to the questions when they take turns</source>
        <translation>Borrar la búsqueda. Desde la respuesta, volver a las preguntas cuando se muestran por turnos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shift+arrow keys</source>
        <translation>Mayúsculas+flechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select words in the answer, to write a note on them</source>
        <translation>Seleccionar palabras de la respuesta para escribir una nota sobre ellas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Enter</source>
        <translation>Control+Intro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the note you are writing in a note window</source>
        <translation>Guardar la nota que escribe en una ventana de nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escape (in a window)</source>
        <translation>Escape (en una ventana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the window without saving</source>
        <translation>Cerrar la ventana sin guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt and a letter</source>
        <translation>Alt y una letra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a menu: the letter is underlined in its name</source>
        <translation>Abrir un menú: la letra está subrayada en su nombre</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Keys you can use instead of the mouse. Press Escape to close this.</source>
        <translation>Teclas que puede usar en lugar del ratón. Pulse Escape para cerrar esta ventana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each row: the keys, then what they do.</source>
        <translation>Cada fila: las teclas y lo que hacen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Lo que hacen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close the keyboard shortcuts</source>
        <translation>Cerrar los atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/expertreader/ui/startup.py" line="+62"/>
        <source>ExpertReader needs a screen to open its window, and none was found (DISPLAY is not set). The commands parse, check, search, export and import work without one.</source>
        <translation>ExpertReader necesita una pantalla para abrir su ventana y no se encontró ninguna (DISPLAY no está definido). Las órdenes parse, check, search, export e import funcionan sin pantalla.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your notes cannot be opened: {reason} Bookmarks and notes are switched off for now. Nothing has been changed or deleted. Notes folder: {folder}</source>
        <translation>No se pueden abrir sus notas: {reason} Los marcadores y las notas están desactivados por ahora. No se ha cambiado ni borrado nada. Carpeta de notas: {folder}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source> The last note you wrote was saved on {when}.</source>
        <translation> Su última nota se guardó el {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ExpertReader closed unexpectedly last time. Your notes are safe: everything you saw as saved is kept.{last} Details for the developers are in {file}.</source>
        <translation>La última vez, ExpertReader se cerró de forma inesperada. Sus notas están a salvo: se conserva todo lo que vio como guardado.{last} Los detalles para los desarrolladores están en {file}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ExpertReader is already open. Look for its window on your screen or taskbar.</source>
        <translation>ExpertReader ya está abierto. Busque su ventana en la pantalla o en la barra de tareas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your notes folder says ExpertReader is open on another computer ({host}).

If it is not open there any more (for example, the folder was copied or is on a USB stick), you can open it here. If it is still open there, close it first, or notes written in one place may overwrite the other.</source>
        <translation>Su carpeta de notas indica que ExpertReader está abierto en otro ordenador ({host}).

Si allí ya no está abierto (por ejemplo, si copió la carpeta o está en una memoria USB), puede abrirlo aquí. Si sigue abierto allí, ciérrelo antes; si no, las notas escritas en un sitio pueden borrar las del otro.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Something went wrong, but your saved notes are safe.

{error}

Details were written to {where}.</source>
        <translation>Algo salió mal, pero sus notas guardadas están a salvo.

{error}

Los detalles se escribieron en {where}.</translation>
    </message>
</context>
<context>
    <name>ThemeController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/theme.py" line="+20"/>
        <source>&amp;System (like the desktop)</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Theme (set by {variable})</source>
        <translation>&amp;Tema (fijado por {variable})</translation>
    </message>
</context>
<context>
    <name>TypedQuestionDialog</name>
    <message>
        <location filename="../../src/expertreader/ui/views/sheet_dialogs.py" line="+66"/>
        <source>Your &amp;question:</source>
        <translation>Su &amp;pregunta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your question</source>
        <translation>Su pregunta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save question</source>
        <translation>Guardar la pregunta</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/undo.py" line="+74"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
</TS>
