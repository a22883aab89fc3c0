<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerView</name>
    <message numerus="yes">
        <location filename="../../src/expertreader/ui/views/answer_view.py" line="+101"/>
        <source>%n question(s): choose one in the list.</source>
        <translation>
            <numerusform>%n question: choose one in the list.</numerusform>
            <numerusform>%n questions: choose one in the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleReports</name>
    <message numerus="yes">
        <location filename="../../src/expertreader/ui/controllers/article_reports.py" line="+59"/>
        <source>%n part(s) could not be read well and are shown as they are.</source>
        <translation>
            <numerusform>%n part could not be read well and is shown as it is.</numerusform>
            <numerusform>%n parts could not be read well and are shown as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n file(s) could not be added.</source>
        <translation>
            <numerusform>%n file could not be added.</numerusform>
            <numerusform>%n files could not be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n article file(s) could not be opened and were skipped: {files}</source>
        <translation>
            <numerusform>%n article file could not be opened and was skipped: {files}</numerusform>
            <numerusform>%n article files could not be opened and were skipped: {files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticlesController</name>
    <message numerus="yes">
        <location filename="../../src/expertreader/ui/controllers/articles.py" line="+158"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../../src/expertreader/ui/controllers/exporting.py" line="+247"/>
        <source>%n question(s) in the file are not in these articles ({questions}); the notes on them were kept and appear in exports.</source>
        <translation>
            <numerusform>%n question in the file is not in these articles ({questions}); the notes on it were kept and appear in exports.</numerusform>
            <numerusform>%n questions in the file are not in these articles ({questions}); the notes on them were kept and appear in exports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n entry(ies) could not be read and left out.</source>
        <translation>
            <numerusform>%n entry could not be read and left out.</numerusform>
            <numerusform>%n entries could not be read and left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message numerus="yes">
        <location filename="../../src/expertreader/ui/controllers/notes.py" line="+164"/>
        <source>%n note(s) in your notes file could not be read and are left out. Nothing has been deleted: the file keeps them as they are.</source>
        <translation>
            <numerusform>%n note in your notes file could not be read and is left out. Nothing has been deleted: the file keeps it as it is.</numerusform>
            <numerusform>%n notes in your notes file could not be read and are left out. Nothing has been deleted: the file keeps them as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message numerus="yes">
        <location filename="../../src/expertreader/ui/controllers/search.py" line="+165"/>
        <source>Showing results for “{query}”: {count} result(s).</source>
        <translation>
            <numerusform>Showing results for “{query}”: {count} result.</numerusform>
            <numerusform>Showing results for “{query}”: {count} results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{count} result(s)</source>
        <translation>
            <numerusform>{count} result</numerusform>
            <numerusform>{count} results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetLines</name>
    <message numerus="yes">
        <location filename="../../src/expertreader/ui/controllers/sheets.py" line="+368"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sheet, deleted {when}: {title} (%n question(s))</source>
        <translation>
            <numerusform>Sheet, deleted {when}: {title} (%n question)</numerusform>
            <numerusform>Sheet, deleted {when}: {title} (%n questions)</numerusform>
        </translation>
    </message>
</context>
</TS>
