// A kind that exists only in the tests, declared the way the README's "Adding a kind" says: its
// struct, its table mapping, its traits and its own migration (notekind.sql). Nothing under src/
// knows it; registerNoteKinds() adds it to the workspace.
#pragma once

#include "core/board/agency.h"
#include "storage/board/boardrepository.h"
#include "storage/boardfile.h"
#include "storage/repository.h"
#include "storage/tablemapping.h"
#include "workspace/kindops.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

#include <memory>

namespace assure {

// 1. The core struct: a note, about an agency or about nothing in particular.
struct Note
{
    qint64 id = 0;
    qint64 agencyId = 0;
    QString title;
    QString body;

    QStringList problems() const
    {
        if (title.trimmed().isEmpty())
            return {QStringLiteral("A note needs a title.")};
        return {};
    }
    bool operator==(const Note &o) const
    {
        return id == o.id && agencyId == o.agencyId && title == o.title && body == o.body;
    }
    bool operator!=(const Note &o) const { return !(*this == o); }
};

// ... and a line of a note, which goes with it.
struct NoteLine
{
    qint64 id = 0;
    qint64 noteId = 0;
    QString text;

    QStringList problems() const { return {}; }
    bool operator==(const NoteLine &o) const { return id == o.id && noteId == o.noteId && text == o.text; }
    bool operator!=(const NoteLine &o) const { return !(*this == o); }
};

// 2. The table mappings.
template <> struct TableMapping<Note> : RowIdKey
{
    static QString table() { return QStringLiteral("note"); }
    static QStringList columns()
    {
        return {QStringLiteral("title"), QStringLiteral("agency_id"), QStringLiteral("body")};
    }
    static auto values(const Note &n) { return columnValues(n.title, NullableId{n.agencyId}, n.body); }
    static Note read(const Row &r)
    {
        Note n;
        n.id = r.integer(0);
        n.title = r.text(1);
        n.agencyId = r.integer(2);
        n.body = r.text(3);
        return n;
    }
};

template <> struct TableMapping<NoteLine> : RowIdKey
{
    static QString table() { return QStringLiteral("note_line"); }
    static QStringList columns() { return {QStringLiteral("note_id"), QStringLiteral("text")}; }
    static auto values(const NoteLine &l) { return columnValues(l.noteId, l.text); }
    static NoteLine read(const Row &r)
    {
        NoteLine l;
        l.id = r.integer(0);
        l.noteId = r.integer(1);
        l.text = r.text(2);
        return l;
    }
};

// 3. The traits: names for people, uniqueness, references and what deleting the referred item does.
class NoteKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::NoteKinds)
};

template <> struct KindTraits<Note> : KindDefaults<Note>
{
    using Store = EntityStore<Note>;
    static QString name() { return NoteKinds::tr("Note"); }
    static QString singular() { return NoteKinds::tr("note"); }
    static QString plural() { return NoteKinds::tr("notes"); }
    static QString addText(const Workspace &, const Note &n) { return NoteKinds::tr("Add note %1").arg(n.title); }
    static QString editText(const Workspace &, const Note &n) { return NoteKinds::tr("Edit note %1").arg(n.title); }
    static QString deleteText(const Workspace &, const Note &n) { return NoteKinds::tr("Delete note %1").arg(n.title); }
    static QString clash(const Workspace &ws, const Note &n)
    {
        if (!nameTaken(ws.items<Note>(), n, &Note::title))
            return {};
        return NoteKinds::tr("There is already a note called “%1”.").arg(n.title.trimmed());
    }
    static auto references()
    {
        return std::make_tuple(
            reference<Agency>(&Note::agencyId, OnDelete::Refuse, "assure::NoteKinds",
                              QT_TRANSLATE_N_NOOP("assure::NoteKinds", "%n notes are about it; delete them first.")));
    }
};

template <> struct KindTraits<NoteLine> : KindDefaults<NoteLine>
{
    using Store = EntityStore<NoteLine>;
    static QString name() { return NoteKinds::tr("Note line"); }
    static QString singular() { return NoteKinds::tr("note line"); }
    static QString plural() { return NoteKinds::tr("note lines"); }
    static QString addText(const Workspace &, const NoteLine &) { return NoteKinds::tr("Add a line"); }
    static QString editText(const Workspace &, const NoteLine &) { return NoteKinds::tr("Edit a line"); }
    static QString deleteText(const Workspace &, const NoteLine &) { return NoteKinds::tr("Delete a line"); }
    static auto references()
    {
        return std::make_tuple(reference<Note>(&NoteLine::noteId, OnDelete::Cascade, "assure::NoteKinds",
                                               QT_TRANSLATE_N_NOOP("assure::NoteKinds", "Its %n lines go with it.")));
    }
};

// 4. The registration, before a board is opened.
inline void registerNoteKinds()
{
    registerKind<Note>();
    registerKind<NoteLine>();
}

// A new board file with the note kind's own migration applied, opened for editing.
inline std::unique_ptr<Workspace> createNoteBoard(const QString &path, QString *error)
{
    {
        OpenResult r;
        auto file = BoardFile::create(path, &r);
        if (!file) {
            *error = r.message;
            return nullptr;
        }
        Board board;
        board.name = QStringLiteral("Fenholt Safeguarding Adults Board");
        if (!BoardRepository(file->database()).save(board, error))
            return nullptr;
        QFile sql(QStringLiteral(ASSURE_SOURCE_DIR "/tests/workspace/notekind.sql"));
        if (!sql.open(QIODevice::ReadOnly)) {
            *error = sql.errorString();
            return nullptr;
        }
        char *message = nullptr;
        if (sqlite3_exec(sqliteHandle(file->database()), sql.readAll().constData(), nullptr, nullptr, &message) !=
            SQLITE_OK) {
            *error = QString::fromUtf8(message);
            sqlite3_free(message);
            return nullptr;
        }
    }
    OpenResult r;
    auto ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &r);
    if (!ws)
        *error = r.message;
    return ws;
}

} // namespace assure
