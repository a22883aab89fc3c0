"""Qt-free heart of ExpertReader: content, notes, export. A test forbids Qt imports here."""
