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
        <location filename="../../src/expertreader/export/annotations.py" line="+47"/>
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
</context>
<context>
    <name>LanguageController</name>
    <message>
        <location filename="../../src/expertreader/ui/controllers/language.py" line="+24"/>
        <source>The new language will be used the next time you open ExpertReader.</source>
        <translation>El nuevo idioma se usará la próxima vez que abra ExpertReader.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
</context>
</TS>
