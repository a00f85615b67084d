<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Westmere County Council Children&apos;s Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the Section &amp;11 duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardDetailsForm</name>
    <message>
        <source>Board details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year starts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Designated safeguarding lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubGroupDialog</name>
    <message>
        <source>Sub-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Quality Assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Agency</name>
    <message>
        <source>The agency needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary and community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AgencyDialog</name>
    <message>
        <source>Add agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AgencyModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section 11 duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Board</name>
    <message>
        <source>The board needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year must start in a month from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s safeguarding partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding adults board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint children&apos;s and adults&apos; board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BoardFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Assure board file: it is not a database at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another application, not an Assure board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Assure (file format %2; this version reads up to %3). Open it with the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older version of Assure and must be upgraded, which needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs upgrading, but the backup copy before the upgrade could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded to format %2 (%3); it is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder does not exist or is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BoardPage</name>
    <message>
        <source>1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else refers to it. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sub-group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::CheckVerb</name>
    <message>
        <source>Check a board file&apos;s integrity and references; exit 3 when it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Cli</name>
    <message>
        <source>Usage: assure-cli VERB [options]

Assure, headless: board files, demo data and checks.

Verbs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
assure-cli VERB --help describes one verb.
Exit codes: 0 done; 2 bad usage or not a board file; 3 damaged file; 4 rows rejected.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assure-cli needs a verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an assure-cli verb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::CreateVerb</name>
    <message>
        <source>Create a new, empty board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DemoVerb</name>
    <message>
        <source>Write a demo board: a fictional partnership, the same for the same seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small (a real board) or large (ten times the largest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale is small or large, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh demo board (a fictional partnership).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DesktopApp</name>
    <message>
        <source>Assure: performance management and quality assurance for safeguarding partnerships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board file (.assure) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every page, save DIR/&lt;page&gt;.png for each, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one board file at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a board file or --demo, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::EntityTablePanel</name>
    <message>
        <source>&amp;Add %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::InfoVerb</name>
    <message>
        <source>Print the board file&apos;s format version, application id and row counts as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ItemDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MainWindow</name>
    <message>
        <source>Assure board files (*.assure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Assure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only] — Assure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Assure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open board file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open board file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New board file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the board file that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New safeguarding board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create board file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> copy.assure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name: that is the open board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Assure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Assure %1&lt;/h3&gt;&lt;p&gt;Performance management and quality assurance for safeguarding partnerships: indicators, self-assessments, audits, action plans and board papers, in one file that works offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::OverviewPage</name>
    <message>
        <source>%1 · %2
Reporting year %3, now in %4 (%5 to %6).
Board file: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no area set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;8&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;partner agencies (%2 active)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;people&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sub-groups&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Period</name>
    <message>
        <source>the period is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a quarter is Q1 to Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the year in a quarter reads like %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a month is 1 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period: write a year (%2), a quarter (%2 Q2) or a month (Sep 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a financial year: the second year must follow the first, as in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” spans two years, but this board&apos;s year runs January to December: write %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Person</name>
    <message>
        <source>The person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PersonModel</name>
    <message>
        <source>No agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Repository</name>
    <message>
        <source>that name is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board file is read-only; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item is no longer in the board file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SubGroup</name>
    <message>
        <source>The sub-group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SubGroupDialog</name>
    <message>
        <source>Add sub-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sub-group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SubGroupModel</name>
    <message>
        <source>Sub-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Verb</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: assure-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::WelcomeWidget</name>
    <message>
        <source>Assure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance and quality assurance for safeguarding partnerships. A board file holds one partnership&apos;s whole framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New board file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open board file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent board files:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Workspace</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board file is open read-only; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit board details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an agency called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a sub-group called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sub-group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sub-group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
