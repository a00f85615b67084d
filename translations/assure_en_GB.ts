<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given the next free one when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Train every GP practice lead in neglect recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specifically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success &amp;measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What success looks like, in numbers where you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner &amp;agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reso&amp;urces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ans&amp;wers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the action answers: a priority, a recommendation, a finding...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rati&amp;onale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the board needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART check (advice: it never stops you saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item it answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionGroupsForm</name>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the completed, impact evidenced and cancelled: what each still owes the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionSettingsDialog</name>
    <message>
        <source>Action settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s own numbers for its action plans: the Actions page, the dashboard, the command line and the reports all read actions by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due soon within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open action is due soon when due today or within this many days after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is GREEN when the percentage reported is at least this share of the time elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amber at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMBER at this share of the time elapsed; RED below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTimelineForm</name>
    <message>
        <source>Show m&amp;ilestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates and milestones by month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPageForm</name>
    <message>
        <source>Show only the actions this agency owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the actions of this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the actions of this progress RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the open actions past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the open actions due within the next days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;progress update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change stat&amp;us…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record i&amp;mpact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bul&amp;k change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status, due date or lead of every selected action at once (select with Shift or Ctrl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;ns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s development plans and their components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s due soon days and progress RAG thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emai&amp;l the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your mail program with a message to this action&apos;s lead listing all their open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AssessmentPageForm</name>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-assessment round the heatmap and returns show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agencies&apos; own ratings, or the ratings the QA sub-group agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each standard&apos;s worst rating, or its typical (median) rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating per standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new round for next year with the same framework and agencies; ratings and evidence start empty, and this year&apos;s are shown beside them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap of agencies against standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this agency&apos;s return stands; the day it changes is noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s return, criterion by criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ro&amp;und…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a round: a framework, the year, the deadline and the agencies invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next year&apos;s round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a workbook per agency of this round, for it to fill in with its ratings and evidence and send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an agency&apos;s filled-in pack and show what it changes before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards and criteria of the frameworks; a framework a round uses is changed as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new action answering the selected criterion, in the action editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetailsPanel</name>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given the next free one when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Neglect: multi-agency case audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope or terms of reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other auditors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names or roles, as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Independent of the agencies audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agencies involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fulfils:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferred on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blished on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period the report covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cove&amp;rs from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the audit as it is saved, dropping the changes typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes as one step (Edit &gt; Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditsPageForm</name>
    <message>
        <source>Show only the audits of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the audits of this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the audits planned (or started, or reported) in this financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the audits that involve this agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency involved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assure copies a board each time it is opened for editing, every few minutes while it is being edited, and before its file format is upgraded. Changes here apply to boards opened from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy while editing &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And one a &amp;day for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And one a &amp;week for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
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
    <name>BudgetImportDialog</name>
    <message>
        <source>Import budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do with each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row is rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Police contribution, Training pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget for the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. £12,000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;1 actual (Apr–Jun):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;2 actual (Jul–Sep):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;3 actual (Oct–Dec):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;4 actual (Jan–Mar):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a quarter blank until it is reported: a blank quarter is not £0.00. Write a negative amount as (250.00) or -250.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPageForm</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year of the budget shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lines and agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tolerance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far a line may be from its budget to date before it is highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s budget position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetSettingsDialog</name>
    <message>
        <source>Budget settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s tolerance for its budget: the Budget page, the command line and the board pack highlight a line whose variance is beyond it, over or under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line is highlighted when its variance is more than this share of its budget to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Change selected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;status to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for cancelling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;due date to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;lead to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint or compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s reference, never a name: e.g. CSC-2026-041</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eceived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agency learnt, in anonymised words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions that followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsDialog</name>
    <message>
        <source>Complaints settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is in time when it comes within the target, counted in working days after the day of receipt: weekends, the bank holidays of England and Wales and the days off below are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s own &amp;days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Council closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentPlanDialog</name>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How one business plan objective will be delivered, completed by the sub-group chair. Its components are actions answering the plan, each with its own timescale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Neglect strategy delivery 2026/27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpertise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsultation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reso&amp;urces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality assurance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performance measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components (actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add component…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentPlansDialog</name>
    <message>
        <source>Development plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A development plan sets out how one business plan objective will be delivered. Open one to see and add its components.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymised reference, never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to resolve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolu&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lear&amp;ning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions taken because of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPacksDialog</name>
    <message>
        <source>Export self-assessment packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook per agency with a sheet for each standard, for the agency to rate itself against each criterion in any spreadsheet program and send back. Last year&apos;s ratings and evidence are shown beside each criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportReturnsDialog</name>
    <message>
        <source>Export progress returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook of an agency&apos;s open actions, for its leads to report progress on in any spreadsheet program and send back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for it &amp;back by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, in anonymised words: no names, dates of birth or case numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the board or its agencies did because of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions taken because of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <source>Self-assessment frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards and criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace stored values and targets that differ from the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CSC-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Re-referrals within 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Polarity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Children&apos;s social care case management system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual ta&amp;rget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: no target (rated N/A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statutory (national) indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPageForm</name>
    <message>
        <source>Show only the indicators this agency owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the indicators of this business plan priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the indicators of this RAG status for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RAG chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;PC chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indicator&apos;s SPC settings and RAG thresholds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of &amp;the:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Extraordinary meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSettingsDialog</name>
    <message>
        <source>Attendance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight attendance below:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sits for &amp;agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of &amp;the:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Member, Chair, Designated Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrativeDialog</name>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story behind the data: what each section of the board papers says first, under its heading. Each indicator&apos;s own commentary is written with its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <source>Import self-assessment pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (nothing is imported until they are put right in the pack):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
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
    <name>PriorityDialog</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Neglect and its impact on children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead sub-group:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEntryDialog</name>
    <message>
        <source>Programme entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Multi-agency case audit: neglect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;riteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the audit looks for, as the programme states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months it falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: the months its frequency gives (the year&apos;s last month for an annual entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person or a sub-group of the board; or name someone else below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or &amp;someone else:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. County Community Safety Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;porting route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Report to the partnership and the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePageForm</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year of the programme shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every occurrence of the year, one a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry&apos;s year, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entries of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the occurrences of this status (in the calendar: the entries that have one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year&apos;s counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned audit for this occurrence, titled after the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Board papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency whose action plan the report lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protective marking printed at the top and foot of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A for the &amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF that archives keep: every font embedded, nothing fetched from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarterly performance report, the whole board pack, what one agency owes the board, or one audit&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit or review whose report to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is restored to a new board file that you name; the board that is open is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPreviewDialog</name>
    <message>
        <source>Import progress returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (nothing is imported until they are put right in the pack):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Partners cannot release staff for case audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 negligible, 2 minor, 3 moderate, 4 major, 5 severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;arget score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score the board aims to bring the risk down to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mitigating actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskSettingsDialog</name>
    <message>
        <source>Risk bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s score bands: a risk&apos;s score (likelihood × impact) is rated by them on the Risks page, the command line and in the board pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amber from score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores below this are GREEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Red from score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores from this up are RED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>Draw a sample of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste one case reference a line, or import a CSV or Excel file (references in the first column, or the one headed case_ref).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-2026-0001
C-2026-0002
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case references to leave out, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases this board audited in the &amp;last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same candidates, options and seed always draw the same sample. The seed is recorded with the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tratify by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;each stratum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases from each stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the sample size in p&amp;roportion to each stratum&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpcSettingsDialog</name>
    <message>
        <source>SPC settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run or trend of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screen out moving ranges over 3.267 × the average (outliers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix limits after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fixed: limits from every point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebase: new limits start at the ticked periods (after a real change in the process, such as a new service).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <source>Start a self-assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards the agencies assess themselves against; a shipped framework is added to the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agencies invited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies invited</source>
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
    <name>ThresholdsDialog</name>
    <message>
        <source>RAG thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Takes effect from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amber at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BLUE at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Action</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business plan priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action needs a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled action needs the reason it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact is evidenced only once the evidence of outcome is recorded and accepted, by whom and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone belongs to an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone needs to say what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress update belongs to an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress update needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress update needs some words or a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage of progress is from 0 to 100, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionBulkEdits</name>
    <message>
        <source>That action is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is no longer on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n actions</source>
        <translation>
            <numerusform>Change %n action</numerusform>
            <numerusform>Change %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the actions you lead for %1 that are still open (as of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 %2 (%3, OVERDUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please send an update on each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your open actions for %1: %n</source>
        <translation>
            <numerusform>Your open action for %1: %n</numerusform>
            <numerusform>Your open actions for %1: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::ActionDialog</name>
    <message>
        <source>SMART: %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ &lt;b&gt;%1&lt;/b&gt; %2: passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specifically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionEdits</name>
    <message>
        <source>That action is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add progress update to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact of %1 is accepted; reopen the action to change its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That indicator is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record impact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept impact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agency is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has problems; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n progress returns from %1</source>
        <translation>
            <numerusform>Import %n progress return from %1</numerusform>
            <numerusform>Import %n progress returns from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n actions from %1</source>
        <translation>
            <numerusform>Import %n action from %1</numerusform>
            <numerusform>Import %n actions from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::ActionGroupsView</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner agency: what each owes the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group / action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown · %2 overdue · %3 due soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionImport</name>
    <message>
        <source>ref %1 is given on an earlier row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title is empty; every action needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title %1 is longer than a title may be (%2 characters); put the detail in description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency %1 is not an agency of this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 is not a person on this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 names %2 people on this board; it cannot say which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 is not a source (none, priority, recommendation, finding, audit, review, self_assessment, development_plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 is not a status (not_started, in_progress, completed, impact_evidenced, cancelled, or in words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent %1 is not a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionKinds</name>
    <message>
        <source>There is already an action with the reference “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit milestone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete milestone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add progress update to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit progress update of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete progress update of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actions are owned by it and will be kept without an owner.</source>
        <translation>
            <numerusform>%n action is owned by it and will be kept without an owner.</numerusform>
            <numerusform>%n actions are owned by it and will be kept without an owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions are led by them and will be kept without a lead.</source>
        <translation>
            <numerusform>%n action is led by them and will be kept without a lead.</numerusform>
            <numerusform>%n actions are led by them and will be kept without a lead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions show their impact by it and will be kept without that link.</source>
        <translation>
            <numerusform>%n action shows its impact by it and will be kept without that link.</numerusform>
            <numerusform>%n actions show their impact by it and will be kept without that link.</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n milestones go with it.</source>
        <translation>
            <numerusform>Its %n milestone goes with it.</numerusform>
            <numerusform>Its %n milestones go with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n progress updates go with it.</source>
        <translation>
            <numerusform>Its %n progress update goes with it.</numerusform>
            <numerusform>Its %n progress updates go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions answer it and will be kept without naming their source.</source>
        <translation>
            <numerusform>%n action answers it and will be kept without naming its source.</numerusform>
            <numerusform>%n actions answer it and will be kept without naming their source.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::ActionLinks</name>
    <message>
        <source>Answers: stands alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation raised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback heard %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionModel</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% done, as last reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SMART letter passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionPlanKinds</name>
    <message>
        <source>Action settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add development plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit development plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete development plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the development plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n development plans deliver it and will be kept without it.</source>
        <translation>
            <numerusform>%n development plan delivers it and will be kept without it.</numerusform>
            <numerusform>%n development plans deliver it and will be kept without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n development plans name them as chair and will be kept without.</source>
        <translation>
            <numerusform>%n development plan names them as chair and will be kept without.</numerusform>
            <numerusform>%n development plans name them as chair and will be kept without.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::ActionReturns</name>
    <message>
        <source>Action progress return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The board&apos;s open actions owned by %1 (%n actions), for its leads to report progress on.</source>
        <translation>
            <numerusform>The board&apos;s open actions owned by %1 (%n action), for its leads to report progress on.</numerusform>
            <numerusform>The board&apos;s open actions owned by %1 (%n actions), for its leads to report progress on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please return by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as soon as you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the sheet “%1”, fill in the shaded cells of each action you have news of: what has happened since the last return, how complete the action now is (a whole number from 0 to 100), and, if it should change, its status (choose from the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave an action&apos;s shaded cells empty when there is nothing new. To propose cancelling an action, say why in its progress cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other cells are locked so that the board can match your answers to its actions. Please do not rename, add or remove sheets, and send the file back as it is (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has happened since the last return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the status should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack is for %1, and the board has no such agency now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has no action reference, so its return cannot be matched to an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an action reference of this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action %1 is no longer owned by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action %1 is in the pack twice; give its return once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a percentage from 0 to 100 (a whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a status: choose one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact evidenced is for the board to accept; propose “%1” and send the evidence instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to propose cancelling %1, say why in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionRules</name>
    <message>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact can be evidenced only once the action is completed; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the evidence of outcome before marking the impact evidenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence of outcome must be accepted (by whom and when) before the impact is evidenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the action is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific: say what exactly will change; “%1” alone does not, and there is no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable: there is no success measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable: there is no owner agency and no lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable: there is no owner agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable: there is no named lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant: there is no source and no rationale; say what it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed: there is no due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed: the due date is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The success measure only restates the title: say what will be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the evidence that will show the success measure is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action of more than three months needs milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone falls outside the action&apos;s start and due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead belongs to another agency than the owner: agree who answers for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date falls on a weekend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionSettings</name>
    <message>
        <source>Due soon is a number of days from 0 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress thresholds are whole percentages from 1% to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMBER starts at no more than GREEN does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionSettingsDialog</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the time elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, an action half-way through its time is GREEN from %1% reported, AMBER from %2%, and RED below; it is due soon from %3 days before its due date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionSources</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment criterion %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionTimelineView</name>
    <message>
        <source>Month / date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1 · milestones: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due dates or milestones among the actions shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionsPackVerb</name>
    <message>
        <source>Write an agency&apos;s action progress return pack (XLSX) for its leads to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency whose open actions go in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack for every agency that owns open actions, one file each, into --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack (.xlsx), or with --all the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the board wants it back, YYYY-MM-DD (said on the cover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --agency NAME or --all, and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a pack is written as .xlsx; give that ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with --all, --out is a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deadline: “%1” is not a date like 2026-09-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency owns an open action: there is no pack to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agency: the board has no agency called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns no open action: there is no pack to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (open actions: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionsPage</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action to see its SMART check, milestones and progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to %1 about all their open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action&apos;s lead has no email address on the Board page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board is open read-only: actions cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions changed: %1. Undo puts them all back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ActionsVerb</name>
    <message>
        <source>The board&apos;s actions: status, due date, overdue or due soon, progress RAG and SMART check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions owned by this agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions led by this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions of this status: not_started, in_progress, completed, impact_evidenced or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions due soon (with --overdue: either).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to judge them on, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: “%1” is not one of not_started, in_progress, completed, impact_evidenced, cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agency: the board has no agency called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lead: the board has no one called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
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
    <name>assure::Assessment</name>
    <message>
        <source>Self-rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderated rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GREEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A framework needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A framework&apos;s version is 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard belongs to a framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard needs a number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion belongs to a standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion needs a number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion needs to say what is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round needs a framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round needs the year it starts in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invited agency belongs to a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round invites an agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer belongs to an agency&apos;s return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer answers a criterion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AssessmentEdits</name>
    <message>
        <source>Add framework %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That framework is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agency is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That round is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That return or criterion is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That return is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set return to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack is for the round “%1”, and the board has no such round now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack is for %1, and %1 is not invited to the round “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has problems; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n answers from %1</source>
        <translation>
            <numerusform>Import %n answer from %1</numerusform>
            <numerusform>Import %n answers from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit framework %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AssessmentKinds</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the framework “%2” is used by a self-assessment round and is kept as it is; make a new version of it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a version %1 of the framework “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a round called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the return of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the return of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agency is already invited to the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit answer %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answer %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That criterion already has an answer in this return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add framework %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit framework %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete framework %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the framework “%1”, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add standard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit standard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete standard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n standards go with it, with their criteria.</source>
        <translation>
            <numerusform>Its %n standard goes with it, with its criteria.</numerusform>
            <numerusform>Its %n standards go with it, with their criteria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessment rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the self-assessment round “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n self-assessment rounds use it.</source>
        <translation>
            <numerusform>%n self-assessment round uses it.</numerusform>
            <numerusform>%n self-assessment rounds use it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rounds were started from it and will no longer show its ratings as last year&apos;s.</source>
        <translation>
            <numerusform>%n round was started from it and will no longer show its ratings as last year&apos;s.</numerusform>
            <numerusform>%n rounds were started from it and will no longer show its ratings as last year&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n agency returns go with it, with their ratings and evidence.</source>
        <translation>
            <numerusform>Its %n agency return goes with it, with its ratings and evidence.</numerusform>
            <numerusform>Its %n agency returns go with it, with their ratings and evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n self-assessment returns go with it, with their ratings and evidence.</source>
        <translation>
            <numerusform>Its %n self-assessment return goes with it, with its ratings and evidence.</numerusform>
            <numerusform>Its %n self-assessment returns go with it, with their ratings and evidence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agencies have answered it; make a new version of the framework instead.</source>
        <translation>
            <numerusform>%n agency has answered it; make a new version of the framework instead.</numerusform>
            <numerusform>%n agencies have answered it; make a new version of the framework instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::AssessmentPackFlow</name>
    <message>
        <source>Export self-assessment packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency is invited to this round, so there is no pack to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the self-assessment packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export self-assessment pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the self-assessment packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n packs; those written are in %1</source>
        <translation>
            <numerusform>Export cancelled after %n pack; the one written is in %1</numerusform>
            <numerusform>Export cancelled after %n packs; those written are in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the pack of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n self-assessment packs to %1</source>
        <translation>
            <numerusform>Wrote %n self-assessment pack to %1</numerusform>
            <numerusform>Wrote %n self-assessment packs to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import self-assessment pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n answers from %1; Edit &gt; Undo takes them all back.</source>
        <translation>
            <numerusform>Imported %n answer from %1; Edit &gt; Undo takes it back.</numerusform>
            <numerusform>Imported %n answers from %1; Edit &gt; Undo takes them all back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::AssessmentPackVerb</name>
    <message>
        <source>rating %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round, by its label: &quot;Section 11 2026/27&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invited agency whose pack to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack for every agency invited to the round, one file each, into --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack (.xlsx), or with --all the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --round LABEL, --agency NAME or --all, and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a pack is written as .xlsx; give that ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with --all, --out is a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--round: the board has no round called “%1” (assessment rounds lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency is invited to %1: there is no pack to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agency: “%1” is not invited to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every cell and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AssessmentPacks</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please return by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as soon as you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each standard has a sheet of its own. For each criterion, fill in the shaded cells: your rating (choose %1 from the list), the evidence that supports it, where that evidence can be found (documents, policies, audits), and what you plan to improve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year&apos;s rating and evidence are shown beside each criterion for reference; they are not read back. Anything already in the shaded cells is what the board holds of your return so far: change it if it is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other cells are locked so that the board can match your answers to its criteria. Please do not rename, add or remove sheets, and send the file back as it is (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a rating from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows that the criterion is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents, policies or audits the evidence is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will do to improve, and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row names no criterion, so its answer cannot be matched to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a criterion of standard %2 in this framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion %1 is in the pack twice; give its answer once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a rating: choose one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AssessmentPage</name>
    <message>
        <source>Self-ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderated ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst per standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical per standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rounds yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Click a cell to open that return at that standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-assessment round yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a criterion of the return first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AssessmentVerb</name>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (version %3)  deadline %4  %5 agencies
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round, by its label: &quot;Section 11 2026/27&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the moderated ratings the QA sub-group agreed (default: self-ratings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--round: say which round, by its label (assessment rounds lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--round: the board has no round called “%1” (assessment rounds lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, the worst per standard
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment: `rounds FILE` lists the rounds; `summary FILE --round LABEL` gives each agency&apos;s status, evidence completeness and ratings; `export-pack` and `import-pack` send return packs out and read them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: assure-cli assessment rounds FILE [--json]
       assure-cli assessment summary FILE --round LABEL [--moderated] [--json]
       assure-cli assessment export-pack FILE --round LABEL --agency NAME --out PACK.xlsx | --all --out DIR
       assure-cli assessment import-pack FILE PACK.xlsx [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AttendanceGridModel</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type P (present), A (apologies), D (deputy sent) or X (absent), or pick from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AttendanceImport</name>
    <message>
        <source>date is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date %1 is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting %1 is not the board or one of its sub-groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency %1 is not an agency of this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 is not a person on this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 was not a member of %2 on %3 sitting for no agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 was not a member of %2 for %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 names %2 members of %3 on %4; it cannot say which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 is not a status (present, apologies, deputy, absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 already gives this member&apos;s attendance at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AttendanceImportDialog</name>
    <message>
        <source>Import attendance from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the meeting is made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 changed, %4 already recorded, %5 rejected. Import writes the new and changed rows as one step you can undo; rejected rows are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AttendanceRateModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Audit</name>
    <message>
        <source>Single-agency audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-agency case audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themed review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding adults review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child safeguarding practice review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDOP report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality assurance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit needs a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sampling seed “%1” is not a whole number from 0 to 18446744073709551615.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit cannot repeat itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit is reported after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period covered ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit&apos;s agency names the audit and the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case belongs to an audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs its anonymised reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding belongs to an audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding needs its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recommendation belongs to an audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recommendation needs its words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AuditDetails</name>
    <message>
        <source>That audit is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the agencies chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AuditDetailsPanel</name>
    <message>
        <source>No earlier audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AuditEdits</name>
    <message>
        <source>That programme entry is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 of “%2” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 of “%2” to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That audit is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the sample of %1 (seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan audit %1 for %2 of “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AuditKinds</name>
    <message>
        <source>There is already an audit with the reference “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has an occurrence due in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agency to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an agency of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an agency from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agency is already named in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add case %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second auditor&apos;s grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” is not one of the audit&apos;s grades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers of case %1 are not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a finding to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a finding of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a finding of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recommendation to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a recommendation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a recommendation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit programme entry “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete programme entry “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit programme entries are led by them and will be kept without that lead.</source>
        <translation>
            <numerusform>%n audit programme entry is led by them and will be kept without that lead.</numerusform>
            <numerusform>%n audit programme entries are led by them and will be kept without that lead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit programme entries are led by it and will be kept without that lead.</source>
        <translation>
            <numerusform>%n audit programme entry is led by it and will be kept without that lead.</numerusform>
            <numerusform>%n audit programme entries are led by it and will be kept without that lead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit audit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete audit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audits are led by them and will be kept without a lead.</source>
        <translation>
            <numerusform>%n audit is led by them and will be kept without a lead.</numerusform>
            <numerusform>%n audits are led by them and will be kept without a lead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audits fulfil it and will be kept without that link to the programme.</source>
        <translation>
            <numerusform>%n audit fulfils it and will be kept without that link to the programme.</numerusform>
            <numerusform>%n audits fulfil it and will be kept without that link to the programme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audits repeat it and will be kept as audits of their own.</source>
        <translation>
            <numerusform>%n audit repeats it and will be kept as an audit of its own.</numerusform>
            <numerusform>%n audits repeat it and will be kept as audits of their own.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n occurrences go with it.</source>
        <translation>
            <numerusform>Its %n occurrence goes with it.</numerusform>
            <numerusform>Its %n occurrences go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme occurrences were done by it and will be kept without that link.</source>
        <translation>
            <numerusform>%n programme occurrence was done by it and will be kept without that link.</numerusform>
            <numerusform>%n programme occurrences were done by it and will be kept without that link.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency of an audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency of an audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agencies of audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is named in %n audits, which will be kept without it.</source>
        <translation>
            <numerusform>It is named in %n audit, which will be kept without it.</numerusform>
            <numerusform>It is named in %n audits, which will be kept without it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audited case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audited case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audited cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n cases go with it.</source>
        <translation>
            <numerusform>Its %n case goes with it.</numerusform>
            <numerusform>Its %n cases go with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n findings go with it.</source>
        <translation>
            <numerusform>Its %n finding goes with it.</numerusform>
            <numerusform>Its %n findings go with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n recommendations go with it.</source>
        <translation>
            <numerusform>Its %n recommendation goes with it.</numerusform>
            <numerusform>Its %n recommendations go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations are owned by it and will be kept without an owner.</source>
        <translation>
            <numerusform>%n recommendation is owned by it and will be kept without an owner.</numerusform>
            <numerusform>%n recommendations are owned by it and will be kept without an owner.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already an audit tool called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audit tool “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit audit tool “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete audit tool “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AuditListModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AuditsPage</name>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;tools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaires audits are carried out with: an audit takes its own copy when it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw &amp;sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw this audit&apos;s cases at random from a list of case references, with a seed that draws the same sample again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an audit to see its details, findings and recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action answers its findings or recommendations and is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions answer its findings or recommendations and are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::AuditsVerb</name>
    <message>
        <source>The board&apos;s audits: status, cases, grades, findings, recommendations and the auditors&apos; agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BackupCopy</name>
    <message>
        <source>%1 already exists; choose a new name.</source>
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
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BackupScheduler</name>
    <message>
        <source>The automatic backup of %1 was not made: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BackupSettingsDialog</name>
    <message>
        <source>Backups are kept in %1, one folder per board. Copies made before an upgrade are never removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BackupStore</name>
    <message>
        <source>the backups folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backups folder %1 is full of copies from this moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; restore to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BackupSummary</name>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln agency</numerusform>
            <numerusform>%Ln agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicators</source>
        <translation>
            <numerusform>%Ln indicator</numerusform>
            <numerusform>%Ln indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measurements</source>
        <translation>
            <numerusform>%Ln measurement</numerusform>
            <numerusform>%Ln measurements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BackupVerb</name>
    <message>
        <source>Copy a board file consistently (even while it is open) into a folder; print the copy&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the copy (default: Assure&apos;s backups folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy was made: %1</source>
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
    <name>assure::BoardExport</name>
    <message>
        <source>The board has no indicator with the code “%1”.</source>
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
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for changes by %2. Only one person can change a board file at a time: open it read-only, or ask them to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History started: board file created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History started: board file upgraded from format %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BoardIdentity</name>
    <message>
        <source>The board file has no change history to tell it from other boards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BoardKinds</name>
    <message>
        <source>There is already an agency called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a sub-group called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit board details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people belong to it and will be kept without an agency.</source>
        <translation type="unfinished">
            <numerusform>%n person belongs to it and will be kept without an agency.</numerusform>
            <numerusform>%n people belong to it and will be kept without an agency.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sub-group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sub-group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sub-group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sub-groups are chaired by them and will be left without a chair.</source>
        <translation type="unfinished">
            <numerusform>%n sub-group is chaired by them and will be left without a chair.</numerusform>
            <numerusform>%n sub-groups are chaired by them and will be left without a chair.</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the priority “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n priorities are led by it and will be kept without a lead.</source>
        <translation>
            <numerusform>%n priority is led by it and will be kept without a lead.</numerusform>
            <numerusform>%n priorities are led by it and will be kept without a lead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::BoardLock</name>
    <message>
        <source>the lock file %1 cannot be made there, so others could not be kept from changing it at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock has changed since it was shown: %1 has just opened the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file %1 cannot be removed; the program holding it may still be running.</source>
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
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s RAG &amp;thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a&amp;ction for this priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BoardRecovery</name>
    <message>
        <source>%1 has a change under way or interrupted, and %2 has it open for changes, so it cannot be read now. Try again when they have closed it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a change that was interrupted, and it cannot be read until that change is rolled back, which needs write access: the file or its folder is read-only. Copy it together with %2 to a folder you can change and open the copy; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a change that was interrupted and could not be rolled back: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a change that was interrupted and could not be rolled back (%2). The change is still kept beside it, so nothing is lost: make sure no other program uses it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted change was rolled back; everything saved before it is intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BoardYearVerb</name>
    <message>
        <source>The board&apos;s own business in a year: priorities, attendance, budget, risks and the effectiveness survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year, e.g. 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to judge on, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year is needed, e.g. --year 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --json: the %1 verb prints JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the board heard in a year: complaints and compliments, escalations, feedback, and the scorecard by domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BudgetEdits</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n budget lines from %1</source>
        <translation>
            <numerusform>Import %n budget line from %1</numerusform>
            <numerusform>Import %n budget lines from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::BudgetImport</name>
    <message>
        <source>kind is empty; say income or spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1 is neither income nor spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line is empty; every budget line needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 is given on an earlier row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency %1 is not an agency of this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency is empty; an income line is a partner agency&apos;s contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget: %1 is below zero; a year&apos;s budget may not be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BudgetImportDialog</name>
    <message>
        <source>Import budget lines into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BudgetKinds</name>
    <message>
        <source>The year already has an income line called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year already has a spending line called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit budget settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add budget line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit budget line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete budget line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget line “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n budget lines name it; change or delete them first.</source>
        <translation>
            <numerusform>%n budget line names it; change or delete it first.</numerusform>
            <numerusform>%n budget lines name it; change or delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::BudgetLine</name>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget line needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An income line needs the partner agency that contributes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget may not be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget is more than an amount may be (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 is more than an amount may be (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not a financial year Assure can show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BudgetLineDialog</name>
    <message>
        <source>Edit budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some amounts cannot be read; see under each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency (if any):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year&apos;s budget may not be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BudgetModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 its budget to date of %3 (%n of 4 quarters reported): beyond the board&apos;s tolerance of %4%.</source>
        <translation>
            <numerusform>%1 %2 its budget to date of %3 (%n of 4 quarters reported): beyond the board&apos;s tolerance of %4%.</numerusform>
            <numerusform>%1 %2 its budget to date of %3 (%n of 4 quarters reported): beyond the board&apos;s tolerance of %4%.</numerusform>
        </translation>
    </message>
    <message>
        <source>under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contribution from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net (income − spend)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BudgetPage</name>
    <message>
        <source>Budget &amp;Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year&apos;s budget lines from a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no budget lines yet: add them here, or import them with File &gt; Import &gt; Budget Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: income &lt;b&gt;%2&lt;/b&gt; received of %3 budgeted · spend &lt;b&gt;%4&lt;/b&gt; of %5 · net variance to date &lt;b&gt;%6&lt;/b&gt; · forecast net position at the year&apos;s end &lt;b&gt;%7&lt;/b&gt; · lines beyond the %8% tolerance: &lt;b&gt;%9&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date: the quarters reported. Variance: actual to date − budget to date. Forecast: actual to date + the budget of the quarters not reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line added; Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the budget line “%1” with its actuals? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n budget lines; Edit &gt; Undo takes the whole import back.</source>
        <translation>
            <numerusform>Imported %n budget line; Edit &gt; Undo takes the whole import back.</numerusform>
            <numerusform>Imported %n budget lines; Edit &gt; Undo takes the whole import back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BudgetSettings</name>
    <message>
        <source>The tolerance is a whole percentage from 0% to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BudgetSettingsDialog</name>
    <message>
        <source>% of the budget to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, a line of %1 a year with one quarter reported is highlighted when its actual is below %2 or above %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::BulkChangeDialog</name>
    <message>
        <source>Change the actions selected (%1). Whatever is not ticked stays as each action has it; one undo puts every action back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n will change</source>
        <translation>
            <numerusform>%n will change</numerusform>
            <numerusform>%n will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as asked</source>
        <translation>
            <numerusform>%n already as asked</numerusform>
            <numerusform>%n already as asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused, as listed below</source>
        <translation>
            <numerusform>%n refused, as listed below</numerusform>
            <numerusform>%n refused, as listed below</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::CaseEdits</name>
    <message>
        <source>That audit or tool is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has answers to its own questions already; its tool can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::CaseForm</name>
    <message>
        <source>Choose a case to audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab moves on. Grades: 1 to %1 or the initial; yes / partial / no / n/a: Y, P, N, A. Ctrl+Return saves and opens the next case not yet graded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overall grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;reas for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second auditor&apos;s grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::CaseModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second grade given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::CaseSampling</name>
    <message>
        <source>The number of cases from each stratum must be 1 or more, not %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample size must be 1 or more, not %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %L1 has no case reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate has no case reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %L1 repeats the case reference “%2” of row %L3; each case may be listed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case reference “%1” is listed twice; each case may be listed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stratum “%1” has fewer cases left to draw from (%2) than the %3 asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no cases left to draw from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample of %L1 is more than the cases left to draw from (%L2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::CasesPanel</name>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of cases for a second auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drawn for a second auditor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case has a second auditor&apos;s grade yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between auditors: %1 of the moderated cases graded alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Cohen&apos;s kappa %1 (n = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Cohen&apos;s kappa cannot be worked out when both auditors gave every case the same grade (n = %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few moderated cases to rely on: moderate at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions from this audit&apos;s own copy of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions from “%1”: copied into the audit when its first case is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::CellParse</name>
    <message>
        <source>%1 is not a date: the year %2 is out of range (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2 (dates are read day first, as in 30/09/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: %2 %3 has %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number: commas may only separate thousands, as in 1,234 (decimals take a point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number: %2 is not part of a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: write it as 30/09/2026 or 2026-09-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: %2 is not a month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Charts</name>
    <message>
        <source>Percentage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::CheckVerb</name>
    <message>
        <source>%1: sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a board file&apos;s integrity, references and change history; exit 3 when it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change history: %n entries (one per edit, import, undo or redo), chain whole, ending %1</source>
        <translation>
            <numerusform>Change history: %n entry (one per edit, import, undo or redo), chain whole, ending %1</numerusform>
            <numerusform>Change history: %n entries (one per edit, import, undo or redo), chain whole, ending %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::ChoiceField</name>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the key for yes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <comment>the key for partial</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key for no</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>the key for not applicable</comment>
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
        <source>assure-cli needs a verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an assure-cli verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
assure-cli VERB --help describes one verb.
Exit codes: 0 done; 2 bad usage or not a board file; 3 damaged file; 4 rows rejected, or personal data found; 5 the board file is open for changes elsewhere (who holds it is on stderr).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Complaint</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1: local resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2: investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3: ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: every entry needs the agency&apos;s reference (never a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received: the date it was received is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: choose the agency it was made to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responded: %1 is before the date it was received, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage: a complaint is at stage 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage: only a complaint has a stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome: only a complaint is upheld or not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ComplaintDialog</name>
    <message>
        <source>Add complaint or compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date responded is before the date received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working days: %1 (target %2, to %3)</source>
        <translation>
            <numerusform>%n working day: %1 (target %2, to %3)</numerusform>
            <numerusform>%n working days: %1 (target %2, to %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the target of %2 working days runs to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ComplaintEdits</name>
    <message>
        <source>The agency chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the actions chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice as a day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n complaints and compliments from %1</source>
        <translation>
            <numerusform>Import %n complaint or compliment from %1</numerusform>
            <numerusform>Import %n complaints and compliments from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::ComplaintFiguresView</name>
    <message numerus="yes">
        <source>%1, received to %2. An answer is in time within %n working days of receipt.</source>
        <translation>
            <numerusform>%1, received to %2. An answer is in time within %n working day of receipt.</numerusform>
            <numerusform>%1, received to %2. An answer is in time within %n working days of receipt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning and the actions that followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning recorded this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ComplaintImport</name>
    <message>
        <source>%1: looks like %2 (%3); write it in anonymised words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agencies, listed on the Board page</source>
        <translation>
            <numerusform>%n agency, listed on the Board page</numerusform>
            <numerusform>%n agencies, listed on the Board page</numerusform>
        </translation>
    </message>
    <message>
        <source>ref: empty; every entry needs the agency&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref: %1 is given on an earlier row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received: empty; the date it was received is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responded: %1 is before received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: empty; name one of the board&apos;s agencies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: %1 is not an agency of this board (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: %1 is not complaint, compliment or comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome: %1 is not upheld, partly upheld or not upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome: only a complaint is upheld or not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ComplaintImportDialog</name>
    <message>
        <source>Import complaints and compliments from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 changed, %4 already recorded, %5 rejected. Import writes the new and changed rows as one step you can undo; rejected rows are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ComplaintKinds</name>
    <message>
        <source>Link an action to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an action of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink an action from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That action is already linked to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add day off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit day off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete day off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint or compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint or compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints and compliments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action from a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action from a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions from complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It follows from %n complaints, which will be kept without it.</source>
        <translation>
            <numerusform>It follows from %n complaint, which will be kept without it.</numerusform>
            <numerusform>It follows from %n complaints, which will be kept without it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints&apos; response target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints&apos; response target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints&apos; response targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit complaints&apos; response target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has %n complaints, compliments and comments on record; move them to another agency or delete them first.</source>
        <translation>
            <numerusform>It has %n complaint, compliment or comment on record; move it to another agency or delete it first.</numerusform>
            <numerusform>It has %n complaints, compliments and comments on record; move them to another agency or delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::ComplaintModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Working days to respond; the target is %n working days, to %1</source>
        <translation>
            <numerusform>Working days to respond; the target is %n working day, to %1</numerusform>
            <numerusform>Working days to respond; the target is %n working days, to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ComplaintRules</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: the response target must be from 1 to %1 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date: a day off needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ComplaintSettingsDialog</name>
    <message>
        <source>%1 is already a day off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ComplaintsPage</name>
    <message>
        <source>Import &amp;complaints and compliments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints and compliments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target and days off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeliness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complaints and compliments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to see its timeliness, learning and the actions that followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, received %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage and outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>answered %1 after %n working days: %2</source>
        <translation>
            <numerusform>answered %1 after %n working day: %2</numerusform>
            <numerusform>answered %1 after %n working days: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, to be answered by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that followed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n complaints and compliments from %1</source>
        <translation>
            <numerusform>Imported %n complaint or compliment from %1</numerusform>
            <numerusform>Imported %n complaints and compliments from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions linked to it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ConfirmDelete</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else refers to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
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
    <name>assure::CsvReader</name>
    <message>
        <source>“%1” is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot separate the fields of a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: a quoted field has no closing quote mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: the cell holds a NUL character, which a text file never has; the file may not be a CSV file, or may be UTF-16 without its byte order mark. Save it again from the spreadsheet as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the file has more rows than a spreadsheet can hold (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the row has more columns than a spreadsheet can hold (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: the cell %3 is longer than a spreadsheet cell can be (%4 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to read: it holds more than %2 MB, more than a spreadsheet&apos;s largest sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::CsvWriter</name>
    <message>
        <source>there is nowhere to write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DashboardPage</name>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open actions past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open actions due within the next days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed actions awaiting evidence of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 partner agencies (%4 active), %5 people, %6 sub-groups · %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no area set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;exceptions in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exceptions in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;indicators yet: add them on the Indicators page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;indicator in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;actions overdue or due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions overdue or due soon (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board papers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The performance report, the board pack or an agency&apos;s action plan, as PDF, ODT or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators by RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary under each section heading of the board papers, for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints past their response target without an answer, and escalations not yet resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DashboardTile</name>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Click to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DemoBoard</name>
    <message>
        <source>History started: demo board generated</source>
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
    <message>
        <source>Histories run up to this date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Dependents</name>
    <message numerus="yes">
        <source>%n other items refer to it.</source>
        <translation>
            <numerusform>%n other item refers to it.</numerusform>
            <numerusform>%n other items refer to it.</numerusform>
        </translation>
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
    <message>
        <source>Show every string marked and a third longer, to find text that is not translated or is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DevelopmentPlan</name>
    <message>
        <source>The development plan needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DevelopmentPlanDialog</name>
    <message>
        <source>Add development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan first; then add its components here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components: %1. Each is an action on the Actions page, with its own SMART check and progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DevelopmentPlanModel</name>
    <message>
        <source>Delivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DevelopmentPlansDialog</name>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its components stay on the Actions page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DomainBlock</name>
    <message>
        <source>%1 %2</source>
        <comment>RAG chip: word, then count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators in this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators not yet given a domain: choose one in the indicator&apos;s editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No summary written for this period.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the summary of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DomainChoices</name>
    <message>
        <source>No domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DomainIndicatorsModel</name>
    <message>
        <source>Open %1 on the Indicators page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::DomainsDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domains the scorecard groups indicators under, in the order it shows them. Each change can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the domain “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the board&apos;s domains with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicators will be left without a domain, and the domains&apos; summaries go with them. This can be undone.</source>
        <translation>
            <numerusform>%n indicator will be left without a domain, and the domains&apos; summaries go with them. This can be undone.</numerusform>
            <numerusform>%n indicators will be left without a domain, and the domains&apos; summaries go with them. This can be undone.</numerusform>
        </translation>
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
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recorded change of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Escalation</name>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; give the case&apos;s anonymised reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agency is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the agency that raised it; an escalation is between two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the day it was raised (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There must be from 1 to %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner to practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager to manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior manager to senior manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director to director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan or decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance at meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; give a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::EscalationChart</name>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::EscalationDetail</name>
    <message>
        <source>Raised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, after %n calendar days</source>
        <translation type="unfinished">
            <numerusform>%1, after %n calendar day</numerusform>
            <numerusform>%1, after %n calendar days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not yet: open for %n days</source>
        <translation type="unfinished">
            <numerusform>not yet: open for %n day</numerusform>
            <numerusform>not yet: open for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::EscalationDialog</name>
    <message>
        <source>Add escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved before it was raised: check the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar days</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::EscalationEdits</name>
    <message>
        <source>One of the agencies chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the actions chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That escalation is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason “%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason “%1” is given by escalations on record; it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit escalation levels and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n escalations from %1</source>
        <translation>
            <numerusform>Import %n escalation from %1</numerusform>
            <numerusform>Import %n escalations from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::EscalationImport</name>
    <message>
        <source>looks like %1 (%2); only anonymised words may be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is empty; give %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not %3 of this board (it knows %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref: is empty; every escalation needs its case&apos;s anonymised reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised: is empty; give the day it was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref: %1 raised on %2 is given on an earlier row too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::EscalationImportDialog</name>
    <message>
        <source>Import escalations from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 unchanged, %4 rejected. Rejected rows are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::EscalationKinds</name>
    <message>
        <source>There is already a reason called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an action to escalation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an action of escalation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink an action from escalation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That action is already linked to escalation “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation on record reached level %1: keep at least %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add escalation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit escalation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete escalation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escalation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n escalations give it as their reason.</source>
        <translation>
            <numerusform>%n escalation gives it as its reason.</numerusform>
            <numerusform>%n escalations give it as their reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasons for escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reason for escalating “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename reason for escalating “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete reason for escalating “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason for escalating “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action from an escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action from an escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions from escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It came from %n escalations, which will be kept without it.</source>
        <translation>
            <numerusform>It came from %n escalation, which will be kept without it.</numerusform>
            <numerusform>It came from %n escalations, which will be kept without it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalation levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit escalation levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It was a party to %n escalations on record; move them to another agency or delete them first.</source>
        <translation>
            <numerusform>It was a party to %n escalation on record; move it to another agency or delete it first.</numerusform>
            <numerusform>It was a party to %n escalations on record; move them to another agency or delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::EscalationModel</name>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::EscalationSettingsDialog</name>
    <message>
        <source>Add &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation levels and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the &amp;highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels, lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a level to rename it. The highest level an escalation may reach is the last; from 1 to %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a reason to rename it. A reason given by an escalation on record cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::EscalationTrends</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::EscalationsPage</name>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels and &amp;reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by → raised with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agency pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an escalation to see how it was resolved, what was learnt and the actions taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 raised and %2 resolved in the year to %3; median %4 days to resolve; %5 open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations raised and resolved, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions linked to it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ExceptionModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it stands out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Exceptions</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of step with benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistical neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated red against the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than the previous period (%1, now %2) by more than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A special cause of concern on the SPC chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A special cause of concern on the SPC chart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the %2 benchmark (%3) by more than %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is worse than the %2 benchmark (%3) by more than %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ExportPacksDialog</name>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every agency invited (%n files, one each)</source>
        <translation>
            <numerusform>Every agency invited (%n file)</numerusform>
            <numerusform>Every agency invited (%n files, one each)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ExportReturnsDialog</name>
    <message>
        <source>Every agency with open actions (a file each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ExportVerb</name>
    <message>
        <source>Write the indicator definitions to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the measurements and targets to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these indicators (codes separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is written as .csv or .xlsx; give one of those endings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no indicator with the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: “%1” is not one of not_started, in_progress, completed, impact_evidenced, cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agency: the board has no agency called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lead: the board has no one called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export indicator definitions, measurements or actions to CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the actions to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: only those owned by this agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: only those led by this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: only those of this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: only overdue ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: only those due soon (with --overdue: either).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: the day for overdue and due soon, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --indicators, --measurements or --actions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Feedback</name>
    <message>
        <source>Child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case audit conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: the entry needs the date it was heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: the entry needs a summary of what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice: not one of the voices the log knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How heard: not one of the ways the log knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: a theme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::FeedbackDialog</name>
    <message>
        <source>Add feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::FeedbackEdits</name>
    <message>
        <source>Agency: the agency chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes: one of the themes chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: one of the actions chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That feedback entry is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n feedback entries from %1</source>
        <translation>
            <numerusform>Import %n feedback entry from %1</numerusform>
            <numerusform>Import %n feedback entries from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::FeedbackImport</name>
    <message>
        <source>it has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date is empty; every entry needs the date it was heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date: %1 is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice: %1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method: %1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: %1 is not an agency of this board (it knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes: %1 is not one of the board&apos;s themes (it knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary is empty; every entry needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: looks like it holds %1; write it in anonymised words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same entry is given on row %1 too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::FeedbackImportDialog</name>
    <message>
        <source>Import feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already in the log, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::FeedbackKinds</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a feedback theme called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feedback of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit feedback of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete feedback of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feedback entries name it and will be kept without an agency.</source>
        <translation>
            <numerusform>%n feedback entry names it and will be kept without an agency.</numerusform>
            <numerusform>%n feedback entries name it and will be kept without an agency.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feedback theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename feedback theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete feedback theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme of feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme of feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes of feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a theme of feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It tags %n feedback entries, which will be kept without it.</source>
        <translation>
            <numerusform>It tags %n feedback entry, which will be kept without it.</numerusform>
            <numerusform>It tags %n feedback entries, which will be kept without it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action answering feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action answering feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions answering feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an action to feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an action of feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink an action from feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It answers %n feedback entries, which will be kept without it.</source>
        <translation>
            <numerusform>It answers %n feedback entry, which will be kept without it.</numerusform>
            <numerusform>It answers %n feedback entries, which will be kept without it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::FeedbackModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::FeedbackPage</name>
    <message>
        <source>&amp;Feedback Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any way heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, &amp;we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import feedback log entries from a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to see what was said, its themes and what changed because of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from a %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feedback entries; Edit &gt; Undo takes the whole import back.</source>
        <translation>
            <numerusform>Imported %n feedback entry; Edit &gt; Undo takes the whole import back.</numerusform>
            <numerusform>Imported %n feedback entries; Edit &gt; Undo takes the whole import back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::FeedbackThemesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The themes an entry of the feedback log can be tagged with. Renaming a theme renames it on every entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::FileGuard</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board file moved or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::FileLocation</name>
    <message>
        <source>This board file is in a folder synced by %1. Sync conflicts and half-copied files can damage a board file or lose your edits, and two people may end up changing different copies. Keep the file you work on on this computer&apos;s own disk, and put a copy in the synced folder when you want to share it (File › Save a Copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This board file is on a network drive (%1). If the connection drops while a change is being written, the file can be damaged or edits lost, and network drives do not always stop two people changing it at once. Keep the file you work on on this computer&apos;s own disk, and put a copy on the network drive when you want to share it (File › Save a Copy).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::FindingDialog</name>
    <message>
        <source>Add finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::FindingsPanel</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
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
        <source>&amp;Create action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;recommendation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected finding or recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the action editor for a new action answering the selected finding or recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected action on the Actions page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by the board on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet accepted by the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Enter or double-click opens this action on the Actions page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this finding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this recommendation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action answers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action answers it and is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions answer it and are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::FrameworkDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no framework yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1 is used by %n self-assessment rounds and is kept as it is for them. Saving your changes makes version %2, for rounds started later.</source>
        <translation>
            <numerusform>Version %1 is used by %n self-assessment round and is kept as it is for it. Saving your changes makes version %2, for rounds started later.</numerusform>
            <numerusform>Version %1 is used by %n self-assessment rounds and is kept as it is for them. Saving your changes makes version %2, for rounds started later.</numerusform>
        </translation>
    </message>
    <message>
        <source>No round uses version %1 yet, so your changes are saved into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1. The rounds that used the earlier version keep it; rounds started from now on take this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes to “%1” that are not saved?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::GradeScale</name>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::HeatmapModel</name>
    <message>
        <source>Self-ratings, the worst per standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderated ratings, the worst per standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-ratings, the typical (median) rating per standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderated ratings, the typical (median) rating per standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 criteria rated with evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moderated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 lower, %L2 higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of %L1 criteria moderated: %L2 agreed, %L3 rated lower by the QA sub-group, %L4 higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, standard %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::HistoryModel</name>
    <message>
        <source>History started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (undo of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (redo of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As part of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::HistoryPage</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1 “%2”: its own changes and those of rows that refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2 changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::HistoryVerb</name>
    <message>
        <source>List the change history (who changed what, when, old and new values), or export it as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entries to OUT as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the entries as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries from DATE on (YYYY-MM-DD, local time), or from a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --csv OUT or --json, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: “%1” is not a date; write it as 2026-04-01 or 2026-04-01T09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n history entries written to %1</source>
        <translation>
            <numerusform>%n history entry written to %1</numerusform>
            <numerusform>%n history entries written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::HistoryVerifier</name>
    <message>
        <source>The change history cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 is missing: it was removed outside Assure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries %1 to %2 are missing: they were removed outside Assure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 (%2, recorded %3) was altered outside Assure: it no longer matches its hash, or the entry before it was altered and its hash rewritten. Restore the file from a backup to get the history as Assure wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of where the change history ends is missing: it was removed outside Assure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1, the newest, is missing: it was removed outside Assure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries %1 to %2, the newest, are missing: they were removed outside Assure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 was added outside Assure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries %1 to %2 were added outside Assure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1, the newest, was altered outside Assure: it no longer matches the recorded end of the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ImpactDialog</name>
    <message>
        <source>Impact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty until the evidence is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence of outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by &amp;indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accepted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ImportColumns</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2 times (columns %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” is not read: “%2” is read as “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “%1” column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “%1” column (also read from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the header row (row %2) is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the header row (row %2) has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row (row %1) names %2: rename or remove all but one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ImportDialog</name>
    <message>
        <source>Import Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Indicator Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that change the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick “Replace stored values” to overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be imported while a row is rejected: correct the file, or untick “Import nothing if any row is rejected” to import the other rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing new to import: the board already holds every accepted row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows are left out; the others are imported as one change you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are imported as one change you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n rows</source>
        <translation>
            <numerusform>&amp;Import %n row</numerusform>
            <numerusform>&amp;Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, and the board is as it was.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ImportPreviewModel</name>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens, or the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to replace</source>
        <translation>
            <numerusform>%n to replace</numerusform>
            <numerusform>%n to replace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ImportStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ImportVerb</name>
    <message>
        <source>Indicator definitions to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite stored values that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write nothing if any row is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (row %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions to add or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action progress return pack, filled in by an agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --action-returns: refuse a pack of any other agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agency goes with --action-returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rows from a CSV or XLSX file (%1), or action progress returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year the rows are for, e.g. 2026/27 (where asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year does not go with this import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --year, e.g. --year 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped, never stored (they identify respondents): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year&apos;s survey responses (with --year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year&apos;s budget lines (with --year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks to add or update (matched by title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting attendance to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback log entries to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations to add or update (by ref and day raised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints and compliments to add or update (by ref).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Indicator</name>
    <message>
        <source>The indicator needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code “%1” may hold only letters, digits, single spaces and . - _ /, start with a letter or digit and be at most 32 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a reporting period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The denominator cannot be zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::IndicatorDialog</name>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual target “%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::IndicatorEdits</name>
    <message numerus="yes">
        <source>Import %n measurements from %1</source>
        <translation type="unfinished">
            <numerusform>Import %n measurement from %1</numerusform>
            <numerusform>Import %n measurements from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n indicators from %1</source>
        <translation type="unfinished">
            <numerusform>Import %n indicator from %1</numerusform>
            <numerusform>Import %n indicators from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set benchmarks for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear benchmarks for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set national benchmark for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear national benchmark for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set regional benchmark for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear regional benchmark for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set statistical neighbours&apos; benchmark for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear statistical neighbours&apos; benchmark for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That indicator is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set target of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a reporting period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A benchmark must be a number; leave it blank when there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change SPC settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds need the date they take effect from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add RAG thresholds for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change RAG thresholds for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::IndicatorImport</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and has values or targets stored; its frequency cannot change to %3 by import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new indicator needs a frequency (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual target %1</source>
        <comment>then why its cell is not a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polarity %1 is not one of %2 (or “higher is better”, “lower is better”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency %1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown owner agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual target %1 has a % sign, but %2 is not a percentage indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::IndicatorKinds</name>
    <message>
        <source>There is already an indicator with the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete RAG thresholds for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicators are owned by it and will be kept without an owner.</source>
        <translation type="unfinished">
            <numerusform>%n indicator is owned by it and will be kept without an owner.</numerusform>
            <numerusform>%n indicators are owned by it and will be kept without an owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators are under it and will be kept without a priority.</source>
        <translation type="unfinished">
            <numerusform>%n indicator is under it and will be kept without a priority.</numerusform>
            <numerusform>%n indicators are under it and will be kept without a priority.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n measurements, targets and benchmarks go with it.</source>
        <translation type="unfinished">
            <numerusform>Its %n measurement, target or benchmark goes with it.</numerusform>
            <numerusform>Its %n measurements, targets and benchmarks go with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPC settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicators are in it and will be kept without a domain.</source>
        <translation>
            <numerusform>%n indicator is in it and will be kept without a domain.</numerusform>
            <numerusform>%n indicators are in it and will be kept without a domain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::IndicatorSpcSettings</name>
    <message>
        <source>A run is 6 or 7 points, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits need at least 2 points to be fixed from (12 or more is advised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period is chosen twice as a rebase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::IndicatorTableModel</name>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (trial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the limits are trial limits, from fewer than 13 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::IndicatorTransfer</name>
    <message>
        <source>Import &amp;Measurements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Indicator Definitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Measurements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Indicator &amp;Definitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Measurements &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows; Edit &gt; Undo takes the whole import back.</source>
        <translation type="unfinished">
            <numerusform>Imported %n row; Edit &gt; Undo takes the whole import back.</numerusform>
            <numerusform>Imported %n rows; Edit &gt; Undo takes the whole import back.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export measurements of %n indicators</source>
        <translation type="unfinished">
            <numerusform>Export measurements of %n indicator</numerusform>
            <numerusform>Export measurements of %n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n indicator definitions</source>
        <translation type="unfinished">
            <numerusform>Export %n indicator definition</numerusform>
            <numerusform>Export %n indicator definitions</numerusform>
        </translation>
    </message>
    <message>
        <source>measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a measurements template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurements template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::IndicatorVerb</name>
    <message>
        <source>One indicator&apos;s history: values, targets, RAG and SPC (mean, limits, special causes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator with the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::IndicatorsPage</name>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an indicator above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the indicator %1 “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPC se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run length, outlier screening, fixed limits and rebases for this indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG t&amp;hresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indicator&apos;s own RAG thresholds, by the date they take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value typed in this grid is saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::IndicatorsVerb</name>
    <message>
        <source>Every indicator&apos;s value, target, achievement, RAG and trend for a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period: 2026/27 Q2, Sep 2026 or 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is needed, e.g. --period &quot;2026/27 Q2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period: %1</source>
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
    <message>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::LinkPicker</name>
    <message>
        <source>Search the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n linked</numerusform>
            <numerusform>%n linked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::LockHolder</name>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program (the lock file does not say who)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on this computer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2 yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::LockedFilePrompt</name>
    <message>
        <source>the other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the lock?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the lock only if you are sure %1 is no longer using this file, for example because their computer crashed or was switched off with it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they are still working in it, you would both be changing the same file, and edits can be lost. If in doubt, ask them first, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Lock and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board file in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for changes by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one person can change a board file at a time. You can open it read-only to look, search and copy; changes made by the person who holds it show when you open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock is more than %1 hours old and comes from another computer, so it may have been left behind when that computer crashed or was switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This board file is open read-only because it is open for changes by %1. You can look, search and copy; to change it, ask them to close it, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::LogAttentionModel</name>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response; due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No response yet; the answer was due by %1, %n working days after it was received.</source>
        <translation>
            <numerusform>No response yet; the answer was due by %1, %n working day after it was received.</numerusform>
            <numerusform>No response yet; the answer was due by %1, %n working days after it was received.</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Level %1, open %n days</source>
        <translation>
            <numerusform>Level %1, open %n day</numerusform>
            <numerusform>Level %1, open %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open for %n days; it reached level %1 (%2).</source>
        <translation>
            <numerusform>Open for %n day; it reached level %1 (%2).</numerusform>
            <numerusform>Open for %n days; it reached level %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it needs chasing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::LogAttentionView</name>
    <message>
        <source>Complaints and escalations to chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No c&amp;omplaints or escalations to chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omplaints, escalations (%1)</source>
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
    <message>
        <source>This board file is open read-only: you can look, search and copy, but not change anything. To make changes, close it and open it again without “read-only”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-&amp;Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open board file read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import and Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for changes by %2, so it cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for &amp;Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the board (a report, or done elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by &amp;audit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MeasurementExport</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers may be in any case. A blank cell leaves what is stored as it is; nothing is written until the preview has been accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator&apos;s code as the board has it, such as CP-01. Case does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month (Sep 2026), a quarter (%1 Q2 or Q2 %1) or a financial year (%1), matching how often the indicator is reported; or a date (30/09/2026 or 2026-09-30), which stands for the month, quarter or year that holds it. A year on a monthly or quarterly indicator may only set that year&apos;s target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, such as 1,234 or 87.5. A percentage indicator&apos;s value may carry a % sign (87.5%). Leave it blank when there is no value yet, and say why in the commentary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target for this period, as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the value was worked out from: give both the numerator and the denominator, or neither. The denominator cannot be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The denominator; see the numerator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story behind the data. It may run to several lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated, provisional or estimated. A new value is validated when this is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, single spaces and . - _ /, at most 32 characters, such as CP-01. An indicator the board already has is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the indicator measures, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is counted: what is included and where the data comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent, count, rate, days or money. A new indicator is a count when this is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher (higher is better), lower (lower is better) or none (information only, never rated). A new indicator is none when this is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly, quarterly or annual. Required for a new indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of one of the board&apos;s agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standing target for each year, as a number (87.5 or 87.5% for a percentage).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MeasurementGridModel</name>
    <message>
        <source>Target set for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for the year (set a value here to override it for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistical neighbours&apos; average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat. neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MeasurementImport</name>
    <message>
        <source>use --replace to overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a monthly indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarterly indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annual indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a monthly period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarterly period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a yearly period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a field, then why its cell is not a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no indicator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import: the value, target and commentary are blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a year row may only set a target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2; this row says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both the numerator and the denominator, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the denominator cannot be zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the target %2; this row says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces the target %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a period: the year %2 is out of range (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a period: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be a percentage: give the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has a % sign, but %3 is not a percentage indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown indicator code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data quality %1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Meeting</name>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership needs a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance needs a meeting and a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance threshold must be from 1% to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MeetingDialog</name>
    <message>
        <source>Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MeetingEdits</name>
    <message>
        <source>The meeting or the member is no longer on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>board</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n attendance records from %1</source>
        <translation>
            <numerusform>Import %n attendance record from %1</numerusform>
            <numerusform>Import %n attendance records from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::MeetingKinds</name>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(someone no longer on the board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record attendance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear attendance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s attendance at this meeting is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their %n memberships go with them, with their attendance.</source>
        <translation>
            <numerusform>Their %n membership goes with them, with its attendance.</numerusform>
            <numerusform>Their %n memberships go with them, with their attendance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members sit for it and will be kept without an agency.</source>
        <translation>
            <numerusform>%n member sits for it and will be kept without an agency.</numerusform>
            <numerusform>%n members sit for it and will be kept without an agency.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n memberships go with it.</source>
        <translation>
            <numerusform>Its %n membership goes with it.</numerusform>
            <numerusform>Its %n memberships go with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has %n meetings on record; delete them first.</source>
        <translation>
            <numerusform>It has %n meeting on record; delete it first.</numerusform>
            <numerusform>It has %n meetings on record; delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n attendance records go with it.</source>
        <translation>
            <numerusform>Its %n attendance record goes with it.</numerusform>
            <numerusform>Its %n attendance records go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n attendance records of the seat go with it.</source>
        <translation>
            <numerusform>The %n attendance record of the seat goes with it.</numerusform>
            <numerusform>The %n attendance records of the seat go with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MeetingModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MeetingSettingsDialog</name>
    <message>
        <source>% of the meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency or member is highlighted for the year when they attended fewer than %1% of the meetings held while they were a member: of six meetings, they need to have attended %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MeetingsPage</name>
    <message>
        <source>Import &amp;attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;embers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a member&apos;s row type P (present), A (apologies), D (deputy sent) or X (absent); Delete clears it. Or double-click the attendance to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance &amp;threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agency: a meeting counts as attended when its member or a deputy was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By member: the meetings held while they were a member, attended in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting to record who attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. No one was a member of that body on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %n members were due.</source>
        <translation>
            <numerusform>%1. %n member was due.</numerusform>
            <numerusform>%1. %n members were due.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings held in %1 so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1: %2 of %3 agencies and %4 of %5 members attended less than %6% of the meetings held; they are marked “Below %6%” and shaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n attendances from %1</source>
        <translation>
            <numerusform>Recorded %n attendance from %1</numerusform>
            <numerusform>Recorded %n attendances from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MembershipDialog</name>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MembershipModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Money</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative twice (a minus sign inside brackets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an amount of money like £1,234.56 or (250.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than two decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than an amount may be (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::MoveDialog</name>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;month:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Narrative</name>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary belongs to a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary needs some words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business plan priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board effectiveness survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints and compliments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::NarrativeDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary under “%1”, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may hold personal data: %1. Board papers are published: take it out or anonymise it before they go out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::NarrativeEdits</name>
    <message>
        <source>A summary belongs to a period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::NarrativeKinds</name>
    <message>
        <source>%1 already has a summary for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write narrative “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit narrative “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear narrative “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::OversightTiles</name>
    <message>
        <source>Audits due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme audits due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme audits past the month they were due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agencies invited have returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PackIdentity</name>
    <message>
        <source>it was not made by Assure: its sheet “%1” does not say “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sheet “%1” is damaged: it has no layout number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer Assure (pack layout %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sheet “%1” is damaged: it does not say which board and export it is from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PackPreviewDialog</name>
    <message>
        <source>%1: the return of %2 for %3, exported on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria the pack changes: %1. Left as they were: %2. The QA sub-group&apos;s challenges and moderated ratings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1. Nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PackReader</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1…” (%n characters)</source>
        <translation>
            <numerusform>“%1…” (%n character)</numerusform>
            <numerusform>“%1…” (%n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a folder, not a return pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Assure return pack: it has no sheet “%2” (was it made by another program, or the sheet removed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a return pack: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a return pack Assure can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a pack of another kind (“%1”, not “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was exported from another board (“%1”), not from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the pack of %1, not of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is for the round “%1”, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made for version “%1” of the framework, and the board now has version “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no sheet “%2”: was it renamed or removed? Its sheets are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column headings were moved from row 1; put them back as exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column heading is %2 where the pack had “%3”: were columns moved or removed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected by a password, so Assure cannot read it: open it, remove the password (in Excel: File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password) and save it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PackWorkbook</name>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a workbook (out of memory or no temporary folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text for %1!%2 is longer than a spreadsheet cell holds (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a sheet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the list of choices to %1: %2</source>
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
    <name>assure::PeriodChooser</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
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
    <name>assure::PlanAuditDialog</name>
    <message>
        <source>Plan audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Priority</name>
    <message>
        <source>The priority needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not a financial year Assure can show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PriorityDialog</name>
    <message>
        <source>Add priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead sub-group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PriorityModel</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 green, %2 amber, %3 red, %4 not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on track, %2 amber, %3 red, %4 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PriorityProgress</name>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PrivacyAcceptance</name>
    <message>
        <source>an NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person&apos;s name after a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acceptance names the table, the row and the field it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acceptance names the text it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the text is acceptable: the reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PrivacyCheck</name>
    <message>
        <source>Personal data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Some of what you are saving looks like personal data.&lt;/b&gt; Names, dates of birth, NHS numbers, addresses and contact details of the people in a case do not belong in the board file. Go back and correct it, or say why it is acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What looks like personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to save it: e.g. the review is published and names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it is acceptable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back and correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save, it is acceptable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PrivacyEdits</name>
    <message numerus="yes">
        <source>Accept %n pieces of personal data</source>
        <translation>
            <numerusform>Accept %n piece of personal data</numerusform>
            <numerusform>Accept %n pieces of personal data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::PrivacyGuard</name>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name after a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PrivacyKinds</name>
    <message>
        <source>Personal data accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptance of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptances of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the acceptance of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the acceptance of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PrivacyScanDialog</name>
    <message>
        <source>Check for Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this board&apos;s case material or narrative looks like personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like personal data in this board&apos;s case material and narrative: %1. Correct each where it is written, or select those that may stay and accept them with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why may the selected text stay in the board file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::PrivacyScanVerb</name>
    <message>
        <source>What looks like personal data (NHS numbers, dates of birth, postcodes, titled names, email addresses, phone numbers) in a board or in text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check each line of standard input instead of a board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Programme</name>
    <message>
        <source>Board performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality assurance reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioned scrutiny audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsive audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme entry needs its subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month is from 1 to 12, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An occurrence belongs to a programme entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An occurrence falls due in a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An occurrence is moved to a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skipped occurrence needs the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ProgrammeCalendarModel</name>
    <message>
        <source>Moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due in %2, moved to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more this month</source>
        <translation>
            <numerusform>and %n more this month</numerusform>
            <numerusform>and %n more this month</numerusform>
        </translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a calendar column: the month&apos;s short name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ProgrammeEntryDialog</name>
    <message>
        <source>Add programme entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit programme entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sub-group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a month&apos;s short name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ProgrammeModel</name>
    <message>
        <source>%1 (moved from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1, moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ProgrammePage</name>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%L2&lt;/b&gt; due · &lt;b&gt;%L3&lt;/b&gt; overdue · &lt;b&gt;%L4&lt;/b&gt; done · &lt;b&gt;%L5&lt;/b&gt; skipped · %L6 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an occurrence to plan, mark done, move or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” to the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the programme entry “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned audit %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ProgrammeVerb</name>
    <message>
        <source>The audit programme of a year: each occurrence&apos;s month and whether it is planned, due, overdue, done or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year, e.g. 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to judge them on, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year is needed, e.g. --year 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ProgressReturns</name>
    <message>
        <source>Export progress &amp;returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a workbook per agency of its open actions, for its leads to report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress re&amp;turns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an agency&apos;s filled-in progress return and show what it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency owns an open action, so there is no return to ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the progress returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 progress returns to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 progress returns from %2; Edit &gt; Undo takes them all back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ProgressUpdateDialog</name>
    <message>
        <source>Progress update on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Questionnaire</name>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no / partial / n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit tool is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit tool&apos;s kind %1 is not multi_agency or single_agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question %1 has the answer kind %2, which is not grade, yes_no, number or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit tool needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1.%2 needs its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1.%2 needs an id of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the grades %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yes, no, partial or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a question of the audit&apos;s tool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::QuotedText</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1…” (%2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Rag</name>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GREEN and AMBER thresholds must be positive percentages of target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AMBER threshold cannot be above the GREEN threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The margin for BLUE cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GREEN band must end at or below the AMBER band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GREEN band must start at or above the AMBER band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BLUE band must end at or below the GREEN band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BLUE band must start at or above the GREEN band.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RagChart</name>
    <message>
        <source>blue ≥ %1, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands by achievement (target ÷ value): %1green ≥ %2, amber %3–%2, red under %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands by achievement (value ÷ target): %1green ≥ %2, amber %3–%2, red under %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue ≤ %1, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: %1green ≤ %2, amber %2–%3, red over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: %1green ≥ %2, amber %3–%2, red under %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the latest period&apos;s thresholds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat. neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RecommendationDialog</name>
    <message>
        <source>&amp;Accepted by the board on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner agency:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RecommendationProgress</name>
    <message>
        <source>no actions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ReportDialog</name>
    <message>
        <source>PDF, to publish and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT, to edit in Word or LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML, one file for a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview to see the report before it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export board paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board paper not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the summary under each section heading for the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ReportVerb</name>
    <message>
        <source>The period: 2026/27 Q2, Sep 2026 or 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency whose action plan --kind agency reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, odt or html (by default, from the ending of --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protective marking on every page (OFFICIAL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A-1b, for the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the actions stand on and the paper is dated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is needed, e.g. --period &quot;2026/27 Q2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is needed: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: “%1” is not pdf, odt or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdfa is for PDF only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board paper: the performance report, the board pack or an agency&apos;s action plan for a period, or an audit&apos;s report, as PDF, ODT or HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>performance, board-pack, agency or audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit (its reference) that --kind audit reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is needed: performance, board-pack, agency or audit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Reports</name>
    <message>
        <source>Of %1 indicators in %2, %3 are rated green, %4 amber and %5 red; %6 have no value yet and %7 are for information only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking: %1. Handle, store and share this paper as its marking requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no performance indicators yet, so this pack reports none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator is an exception this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicators are exceptions and are reported first in the performance section, each with its chart and the story behind the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no actions in its action plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of %1 actions in the board&apos;s action plan, %2 are open, %3 are overdue and %4 are due within the next 14 days; %5 are completed. Progress is reported as of %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board is asked to note the performance reported, to seek assurance on the exceptions from the agencies that own them, and to hold the leads of overdue actions to account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no actions to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2 open, %3 overdue, %4 due within 14 days, %5 completed. Overdue actions come first, the longest overdue at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: the lead&apos;s last reported percentage against the share of the action&apos;s time gone; overdue actions are red, completed ones green and those with their impact evidenced blue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red, amber, green: how near an indicator is to its target. Green at 95% of the target or better, amber from 90%, red below 90%, unless the board set other thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better than the target by the margin the board set, where it uses blue; for an action, its impact is evidenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target is set but no value has been given for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated: the indicator has no target or is for information only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator the board should look at: rated red, worse than the period before by more than the tolerance, showing a special cause of concern, or out of step with its benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving, steady or worsening against the period before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistical process control: reading a run of values to tell real change (a special cause) from the ordinary ups and downs (common cause).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern the ordinary variation would rarely give: a point outside the process limits, a run, a trend, or two of three points near a limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range the values are expected to stay within while nothing changes: the mean plus or minus 2.66 times the average moving range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the process limits show the target will be met consistently, missed consistently, or met only sometimes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistical neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas most like this one, published for comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open action whose due date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open action due within the next 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific, measurable, achievable, relevant and timed: what an action must be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1, Q2, Q3, Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarters of the financial year: April to June, July to September, October to December, January to March.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Government Security Classification for the routine business of public bodies; OFFICIAL-SENSITIVE where a paper holds case material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix A: indicator definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no indicators yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix B: how the ratings are worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement is the value divided by the target where higher is better, and the target divided by the value where lower is better. A period keeps the rating of the thresholds in force when it ended, so a change of thresholds never re-rates earlier periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPC charts follow NHS England&apos;s Making Data Count: the mean of the values, process limits at the mean plus or minus 2.66 times the average moving range, and four rules for a special cause. Each chart in this paper is described in words beneath it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator is an exception in %1: none is rated red, none is worse than the period before by more than the tolerance, none shows a special cause of concern and none is out of step with its benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 indicators are exceptions in %3. Each is listed with the reasons it is one; its chart and commentary follow in the detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is an exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every indicator at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value and RAG are for each indicator&apos;s own period that answers for %1 (a monthly indicator&apos;s last month of the quarter). Trend is against the period before; variation and assurance are read from the SPC chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commentary was given with this period&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicators are reported for %2; %3 are exceptions and come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every indicator in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 owes the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no actions in the board&apos;s action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads %2 actions in the board&apos;s action plan: %3 open, of which %4 are overdue and %5 due within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly performance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency&apos;s action plan needs the agency&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no agency called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no value for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> against a target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no special cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODT could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest round is %1, against the %2 framework, with returns due by %3. %4 of the %5 agencies invited have returned their self-assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria rated with evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings by standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell is the worst of the agency&apos;s own ratings of that standard&apos;s criteria, before moderation; the word is printed on its colour, so the table reads in greyscale too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scope has been written for this audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No method has been written for this audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample and grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases have been audited yet, so there are no grades to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases were audited. No sampling seed is recorded: the sample was chosen by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases were audited, drawn at random with the seed %2: the same candidates and seed draw the same sample again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each case counts once, at the grade agreed in moderation or, where it was not moderated, the auditor&apos;s grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case has been graded by a second auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases were graded by a second auditor; the two gave the same grade to %2 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, which discounts the agreement chance alone would give, is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings have been agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working well: %1. To improve: %2. What works is reported first, so that it can be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is working well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good practice or strength was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area for improvement was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit makes no recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions answering the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action in the board&apos;s action plan answers this audit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit programme for %1 has %2 entries. As of %3, %4 of their audits are done, %5 due this month, %6 overdue and %7 skipped; %8 are planned for later in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits reported this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit was reported to the board in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audits reported this period recorded no good practice or strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audits reported this period recorded no area for improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audits and reports the board plans for the year, each due in the months its frequency sets: done, due this month, overdue after it, or skipped with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work an audit found worth sharing across the partnership, reported as prominently as what needs to improve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shortfall an audit found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number a random sample of cases was drawn with: the same candidates and seed draw the same cases again, so anyone can check the sample was not chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second auditor grading the same case, and the two agreeing the grade that stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far two auditors agree beyond what chance would give: 1 is full agreement, 0 no better than chance; above 0.6 is usually read as good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each agency rating itself against the framework&apos;s standards, with its evidence, then challenged and moderated by the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Children Act 2004&apos;s duty on agencies to make arrangements to safeguard and promote the welfare of children; the usual framework of a self-assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLUE, GREEN, AMBER, RED ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard exceeded, met, partly met or not met, as the agency rates itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table of agencies against standards, each cell the worst rating of that standard&apos;s criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, reported to the board on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit&apos;s report needs the audit&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no audit “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of responses giving each rating, from 1 (strongly disagree) to 5 (strongly agree); the mean is of the responses that rated the statement. Last year: the same statement in the survey before, where it was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rating per statement by group. A group with fewer than %1 responses is not shown, so that no one&apos;s answers can be told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; where one group alone is too small, the next smallest is not shown either, as its figures and the total would give the small group&apos;s away</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>. %n groups are not shown this year.</source>
        <translation>
            <numerusform>. %n group is not shown this year.</numerusform>
            <numerusform>. %n groups are not shown this year.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answers given most often of %2 different ones; the rest are on the Survey page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board effectiveness survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 survey of board members had %2 responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 the year before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Responses are anonymous: the board file keeps no name, email, form number or time with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no self-assessment round yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 up to %2 the board and its sub-groups held %3 meetings. %4 of the %5 agencies with members attended fewer than %6 of the meetings they were due at, and are marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency is due at each meeting of the board, and of each sub-group, held while one of its people was a member of it; a meeting counts as attended when its member or a deputy was there. The threshold of %1 is the board&apos;s choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s budget for %1: income of %2 budgeted from its partners, of which %3 has been received in the quarters reported; spending of %4 budgeted, of which %5 has been spent. The forecast net position at the year&apos;s end is %6, against %7 budgeted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net (income − spend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date means the quarters reported. Variance is the actual to date less the budget&apos;s share of the quarters reported; the forecast adds the budget of the quarters not yet reported to the actual to date. Amounts in brackets are negative; the net variance is positive when the board is better off than budgeted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines beyond the %1% tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line is within %1% of its budget to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business plan priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has %1 priorities for %2: %3 on track, %4 with some concern and %5 off track. Their indicators are rated for %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How progress is judged: of a priority&apos;s indicators with a rating, the share green (or blue); of its actions (those answering it and its development plans&apos; components), the share on track (progress green, or impact evidenced; cancelled actions left out). On track when every share is 75% or more; off track when one is below 50%; some concern otherwise; no data when nothing is rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds %1 risks: %2 red, %3 amber and %4 green. As of %5, %6 are past their review date and %7 have a linked indicator that is red or shows a special cause of concern in %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell counts the risks of that likelihood and impact, coloured by the band its score (likelihood × impact) falls in: red from %1, amber from %2, green below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risks, highest score first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no business plan priorities for this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s risk register is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings are recorded for this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no budget for this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responses to the board&apos;s effectiveness survey are recorded for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback from children, families or practitioners is recorded for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints, compliments or comments are recorded for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalations are recorded for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators are in this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s indicators for %1, by domain: how many are at each RAG rating, the line the board&apos;s officer wrote on each domain, and each indicator&apos;s value, RAG, trend and SPC variation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings are those of the Performance section, for each indicator&apos;s own period that answers for %1. Trend is against the period before; variation is read from the SPC chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered, past the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>By the quarter received, as known on %1. In time: answered within %n working days of receipt, not counting weekends, bank holidays in England and Wales or the board&apos;s own days off.</source>
        <translation>
            <numerusform>By the quarter received, as known on %1. In time: answered within %n working day of receipt, not counting weekends, bank holidays in England and Wales or the board&apos;s own days off.</numerusform>
            <numerusform>By the quarter received, as known on %1. In time: answered within %n working days of receipt, not counting weekends, bank holidays in England and Wales or the board&apos;s own days off.</numerusform>
        </translation>
    </message>
    <message>
        <source>No theme given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning and the actions that followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning is recorded for this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency and theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 of %2 entries with learning; the Complaints page lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 to %2 the agencies received %3 complaints, %4 compliments and %5 comments; %6 of the answers came within the target of %7 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: %2 received, %3 answered in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 to %2: %3 escalations raised under the escalation policy and %4 resolved, a median of %5 calendar days to resolve; %6 open on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the level reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by → raised with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 oldest of %2 open; the rest are on the Escalations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning is recorded for the escalations resolved this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 escalations resolved this year with their learning recorded; the rest are on the Escalations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 the board heard %2 pieces of feedback from children and young people, parents and carers, practitioners and partners; %3 led to action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 entries shown are those the board acted on, newest first, then the newest others; all %2 of the year are on the Feedback page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Repository</name>
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
    <message>
        <source>that name or code is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to something that is not in the board file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RestoreDialog</name>
    <message>
        <source>On opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By assure-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore to New File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the open board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Assure makes one each time a board is opened for editing, and every few minutes while it is edited, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored.assure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to a new board file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assure board files (*.assure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored to %1. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RestoreVerb</name>
    <message>
        <source>Check a backup and copy it to a new board file (never over an existing one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new board file to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: assure-cli restore BACKUP --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; restore to a new file (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ReturnModel</name>
    <message>
        <source>Choose an agency in the heatmap to see its return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3, evidence %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Evidence expected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year: self-rating %1, moderated %2
Evidence: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned improvement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ReturnsPreviewDialog</name>
    <message>
        <source>%1: the progress return of %2, exported on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions with news: %1. Left as they were: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1, in rows: %2. Nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Risk</name>
    <message>
        <source>The risk needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The likelihood %1 is not from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact %1 is not from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target score %1 is not from 1 to 25.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RiskDialog</name>
    <message>
        <source>Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the target is above the score now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RiskEdits</name>
    <message>
        <source>The owner chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the indicators chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the actions chosen is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That risk is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n risks from %1</source>
        <translation>
            <numerusform>Import %n risk from %1</numerusform>
            <numerusform>Import %n risks from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::RiskHeatMapModel</name>
    <message numerus="yes">
        <source>Likelihood %1 × impact %2 = %3 (%4): %n risks</source>
        <translation>
            <numerusform>Likelihood %1 × impact %2 = %3 (%4): %n risk</numerusform>
            <numerusform>Likelihood %1 × impact %2 = %3 (%4): %n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1, impact %2: %n risks</source>
        <translation>
            <numerusform>Likelihood %1, impact %2: %n risk</numerusform>
            <numerusform>Likelihood %1, impact %2: %n risks</numerusform>
        </translation>
    </message>
    <message>
        <source>Likelihood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RiskImport</name>
    <message>
        <source>title is empty; every risk needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title %1 is given on an earlier row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: %1 is not a person on this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: %1 names %2 people on this board; it cannot say which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target_score: %1 is not a whole number from 1 to 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review_date: %1 is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RiskKinds</name>
    <message>
        <source>Link an indicator to risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an indicator of risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink an indicator from risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That indicator is already linked to risk “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an action to risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an action of risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink an action from risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That action is already linked to risk “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n risks are owned by them and will be kept without an owner.</source>
        <translation>
            <numerusform>%n risk is owned by them and will be kept without an owner.</numerusform>
            <numerusform>%n risks are owned by them and will be kept without an owner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator of a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator of a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators of risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is linked to %n risks, which will be kept without it.</source>
        <translation>
            <numerusform>It is linked to %n risk, which will be kept without it.</numerusform>
            <numerusform>It is linked to %n risks, which will be kept without it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action mitigating a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action mitigating a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions mitigating risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It mitigates %n risks, which will be kept without it.</source>
        <translation>
            <numerusform>It mitigates %n risk, which will be kept without it.</numerusform>
            <numerusform>It mitigates %n risks, which will be kept without it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit risk bands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RiskModel</name>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RiskRules</name>
    <message>
        <source>AMBER must start at a score from 2 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RED must start at a score from 2 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RED must start above the score AMBER starts at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; give a whole number from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special cause of concern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RiskSettingsDialog</name>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores a risk can have: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::RisksPage</name>
    <message>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of &amp;concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp;bands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to list its risks;
click it again to list all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood %1 × impact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a risk to see its cause, consequence, indicators and mitigating actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 = %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigating actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators and actions linked to it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SampleCandidates</name>
    <message>
        <source>Row %1 of %2 has nothing in “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SampleDialog</name>
    <message>
        <source>Draw a sample of cases for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a sample of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: one draw from every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import candidate cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cases, references from “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates are imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-2026-0001
C-2026-0002
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no candidate cases: paste their references or import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the case reference “%2” holds %3 (%4). Case references must be anonymised: correct the list, then draw again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: “%1” is not a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size: “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From each stratum: “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 candidates drawn with seed %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SampleVerb</name>
    <message>
        <source>A reproducible random sample of case references: the same input and seed, the same sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases to draw from, .csv or .xlsx: a header row, then one case a row; the references in the column headed case_ref, or else the first column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed, a whole number from 0 to 18446744073709551615; record it with the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw from each value of this column (a team, an agency) in turn: in proportion to its cases unless --per-stratum is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stratify: K cases from every stratum (--size, if given, must be the total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stratify: share --size between strata in proportion to their cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases never to draw (audited lately), .csv or .xlsx, read like the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample needs --candidates FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample needs --seed S, so that the sample can be drawn again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-stratum and --proportional are two ways to stratify: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-stratum and --proportional need --stratify COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample needs --size N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: “%1” is not a whole number from 0 to 18446744073709551615.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-stratum: “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stratify: %1 has no column “%2”; its columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size %1 is not %2 from each stratum, which comes to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Scorecard</name>
    <message>
        <source>The domain needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain needs a place in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary belongs to a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary belongs to a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five performance domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four perspectives of a balanced scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National priorities and strategic objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness of service delivery and outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of services for users and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children, families and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ScorecardEdits</name>
    <message>
        <source>No domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That domain is no longer in the board file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move domain “%1” up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move domain “%1” down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary belongs to a domain of the board and a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the domains again from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ScorecardKinds</name>
    <message>
        <source>There is already a domain called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the summary of “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the summary of “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the summary of “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a summary for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add domain “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit domain “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete domain “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n summaries go with it.</source>
        <translation>
            <numerusform>Its %n summary goes with it.</numerusform>
            <numerusform>Its %n summaries go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::ScorecardPage</name>
    <message>
        <source>&amp;Domains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators by domain, rated as on the Indicators page. Click an indicator to open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ShippedFrameworks</name>
    <message>
        <source>Section 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duties of section 11 of the Children Act 2004: how each agency safeguards and promotes the welfare of children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior management commitment to safeguarding and promoting the welfare of children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named senior manager is accountable for safeguarding and reports on it to the agency&apos;s board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job description; board or executive minutes with safeguarding reports in the last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding is part of the agency&apos;s strategic plans and its budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business or strategic plan; budget lines for safeguarding posts and training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior leaders know the agency&apos;s safeguarding performance and act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance reports seen by leaders; actions they agreed and their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clear statement of the agency&apos;s responsibility to children, available to all staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safeguarding policy states the agency&apos;s responsibility and is reviewed at least every three years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy with its approval and review dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member of staff and volunteer can find the policy and knows what it asks of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet page, induction checklist, staff survey results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and families are told what the agency will do to keep children safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflets, web pages or posters written for children and families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clear line of accountability for safeguarding and promoting welfare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff know who to go to with a safeguarding concern, at any hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure chart with named safeguarding leads; out-of-hours arrangements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding leads have the time, training and authority for the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job descriptions, protected time, training records of the leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns are recorded and followed up, and managers check that they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file audit results; supervision records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service development takes account of safeguarding and is informed by the views of children and families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or changed services are checked for their effect on children&apos;s safety before they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessments or project documents with a safeguarding section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The views of children and families are sought and change what the agency does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations, feedback surveys, and examples of changes made because of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from reviews and audits is built into services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans from reviews with evidence of what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff training on safeguarding and promoting welfare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member of staff has safeguarding training at the level their role needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs analysis; the percentage of staff trained at each level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is refreshed at set intervals and its effect on practice is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresher schedule; evaluation of training; audit of practice after training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff attend multi-agency training run by the partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance figures for partnership courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe recruitment, vetting procedures and allegations against staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment follows safer recruitment practice, with DBS checks at the right level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment policy; a sample of personnel files; the single central record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations against staff are reported to the LADO within one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations policy; log of referrals to the LADO with dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those who recruit have been trained in safer recruitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records of recruiting managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interagency working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency takes part in strategy discussions, conferences and core groups when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance at child protection conferences and core groups; reports submitted on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff know the partnership&apos;s thresholds and escalation procedure and use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral quality audits; escalations raised and their outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency is represented at the board and its sub-groups by people who can commit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board and sub-group attendance records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff know when and how to share information to keep a child safe, with or without consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing guidance; training content; audit of case records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records show what was shared, with whom, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file audit of information sharing decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing agreements with partners are in place and current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed agreements with their review dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems let staff see relevant information from partners in time to act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to shared systems; notification processes; examples from audits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six safeguarding principles of the Care Act 2014: how each agency protects adults at risk of abuse or neglect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment: people are supported and encouraged to make their own decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults are asked what outcomes they want from a safeguarding enquiry, and their answers are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of enquiries recording the person&apos;s desired outcomes (Making Safeguarding Personal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff apply the Mental Capacity Act when a person may lack capacity to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity assessments in case records; MCA training figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates are offered when a person has substantial difficulty taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy referrals and the number of enquiries with an advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention: it is better to take action before harm occurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff recognise the signs of abuse and neglect, including self-neglect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training content and figures; examples of early concerns raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public and people who use services know how to raise a concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information published for the public; contacts received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from enquiries and reviews is used to prevent harm recurring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans from safeguarding adults reviews with evidence of change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportionality: the least intrusive response appropriate to the risk presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses are in proportion to the risk and the person&apos;s wishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of concerns and the decisions taken on them, with reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessments are recorded and reviewed as circumstances change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessments in case records with review dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions not to proceed to an enquiry are explained and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample of concerns that did not lead to an enquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection: support and representation for those in greatest need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns are referred to the local authority without delay when the section 42 criteria may be met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral figures and timeliness; the referral pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection plans are made with the person and reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of protection plans and their reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations against people in positions of trust are managed under the partnership&apos;s procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PiPoT procedure; log of cases and their outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership: local solutions through services working with their communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency contributes to safeguarding enquiries and adults reviews when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests for information answered, and when; review panel attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information is shared with partners to protect adults, within the law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing agreements; audit of shared decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency takes part in the board and its sub-groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance records; contributions to the board&apos;s strategic plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability: accountability and transparency in safeguarding practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named lead is accountable for adult safeguarding and reports to the agency&apos;s leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job description; reports to leaders in the last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff know their roles and responsibilities in safeguarding adults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy, induction and supervision records; staff survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency reports its safeguarding activity and learning to the board each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s annual contribution to the board&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SkipDialog</name>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not done this time (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Spc</name>
    <message>
        <source>A point outside the process limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trend of points each higher or lower than the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of three points beyond the two-sigma line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of points on one side of the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause: improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause: concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause: neither improvement nor concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common cause variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause improvement: high values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause improvement: low values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause concern: high values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause concern: low values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause: high values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cause: low values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistently meets the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistently fails the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sometimes meets and sometimes fails the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run or trend is 6 or 7 points long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits can be fixed after 2 or more points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rebase point must be a point of the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SpcChart</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (too few points for process limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (trial limits: fewer than 13 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-sigma lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SpcSettingsDialog</name>
    <message>
        <source>SPC settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 points (Making Data Count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::StartRoundDialog</name>
    <message>
        <source>%1 (as shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round will be called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::StatusDialog</name>
    <message>
        <source>Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason if cancelled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason if cancelled</source>
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
    <name>assure::SummaryDialog</name>
    <message>
        <source>Summary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line on how “%1” stood in %2, for the scorecard and the board pack. Leave it blank to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SummaryPanel</name>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes %1, partial %2, no %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 good or better (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written in %n cases</source>
        <translation>
            <numerusform>Written in %n case</numerusform>
            <numerusform>Written in %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source> points yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %1 (%n cases)</source>
        <translation>
            <numerusform>• %1 (%n case)</numerusform>
            <numerusform>• %1 (%n cases)</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question by question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths the cases name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas for improvement the cases name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n cases</source>
        <translation>
            <numerusform>%1 %2: %n case</numerusform>
            <numerusform>%1 %2: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; repeats %1 %2 (%n cases)</source>
        <translation>
            <numerusform>; repeats %1 %2 (%n case)</numerusform>
            <numerusform>; repeats %1 %2 (%n cases)</numerusform>
        </translation>
    </message>
    <message>
        <source>No case has a second auditor&apos;s grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 moderated cases graded alike; Cohen&apos;s kappa %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not defined (one grade throughout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by final grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases answered yes, partial, no and not applicable, question by question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Survey</name>
    <message>
        <source>Strongly disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement (rated 1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown (a group such as sector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question needs its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not a financial year Assure can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question needs a place in the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SurveyBreakdownModel</name>
    <message>
        <source>Not shown, so that a smaller group cannot be worked out from the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: fewer than %1 responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SurveyEdits</name>
    <message>
        <source>An answer is to a question that is not in the %1 questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not rated: it is answered in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form answers no question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 questionnaire changed after the file was checked; check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n survey responses from %1</source>
        <translation>
            <numerusform>Import %n survey response from %1</numerusform>
            <numerusform>Import %n survey responses from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::SurveyFormDialog</name>
    <message>
        <source>&amp;Save and enter the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 survey forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each returned form&apos;s answers: for a statement, its rating&apos;s number (1 strongly disagree … 5 strongly agree); leave a field empty where the form is. Nothing about who filled the form in is asked or kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 questionnaire has no questions yet: add them, or import responses, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n forms saved.</source>
        <translation>
            <numerusform>%n form saved.</numerusform>
            <numerusform>%n forms saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::SurveyImport</name>
    <message>
        <source>Column %1 is the same question as an earlier column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The columns %1 are not questions of the %2 questionnaire. A file for a year that has a questionnaire must have its questions as its columns.</source>
        <translation>
            <numerusform>The column %1 is not a question of the %2 questionnaire. A file for a year that has a questionnaire must have its questions as its columns.</numerusform>
            <numerusform>The columns %1 are not questions of the %2 questionnaire. A file for a year that has a questionnaire must have its questions as its columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has no column for the statements %1 of the %2 questionnaire.</source>
        <translation>
            <numerusform>The file has no column for the statement %1 of the %2 questionnaire.</numerusform>
            <numerusform>The file has no column for the statements %1 of the %2 questionnaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>identifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s only columns identify respondents (%1), and are never stored: it has no answers to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is there twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 breakdown columns (Sector, Breakdown or Group); a survey has one at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n responses; these are added to them (responses carry no identity, so a file imported twice is counted twice).</source>
        <translation>
            <numerusform>%1 already holds %n response; these are added to it (responses carry no identity, so a file imported twice is counted twice).</numerusform>
            <numerusform>%1 already holds %n responses; these are added to them (responses carry no identity, so a file imported twice is counted twice).</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1: %2 is not a rating (1 to 5, or Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answers no question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SurveyImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 survey responses from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column identifies a respondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped, never stored (they identify respondents): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifying: dropped, never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n responses to import</source>
        <translation>
            <numerusform>%n response to import</numerusform>
            <numerusform>%n responses to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n rows rejected (below)</source>
        <translation>
            <numerusform>; %n row rejected (below)</numerusform>
            <numerusform>; %n rows rejected (below)</numerusform>
        </translation>
    </message>
    <message>
        <source>. The %1 questionnaire is made from the file&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, answering the %1 questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SurveyKinds</name>
    <message>
        <source>Add %1 survey question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 survey question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 survey question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 questionnaire already asks “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 questionnaire already has a breakdown, “%2”; it may have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n answers go with it.</source>
        <translation>
            <numerusform>Its %n answer goes with it.</numerusform>
            <numerusform>Its %n answers go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assure::SurveyPage</name>
    <message>
        <source>&amp;Enter returned forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 survey yet: import a form tool&apos;s file of responses, or add the questions and enter the returned forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses; %2 the year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings per statement, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 survey asks for no breakdown (such as sector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>By %1. A group with fewer than %2 responses is not shown, so that no one&apos;s answers can be told apart: %n groups are suppressed.</source>
        <translation>
            <numerusform>By %1. A group with fewer than %2 responses is not shown, so that no one&apos;s answers can be told apart: %n group is suppressed.</numerusform>
            <numerusform>By %1. A group with fewer than %2 responses is not shown, so that no one&apos;s answers can be told apart: %n groups are suppressed.</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1. A group with fewer than %2 responses would not be shown; every group here has enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n answers)</source>
        <translation>
            <numerusform>%1 (%n answer)</numerusform>
            <numerusform>%1 (%n answers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a statement to see how its answers fell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 of %2 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n survey forms entered.</source>
        <translation>
            <numerusform>%n survey form entered.</numerusform>
            <numerusform>%n survey forms entered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n survey responses.</source>
        <translation>
            <numerusform>Imported %n survey response.</numerusform>
            <numerusform>Imported %n survey responses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen statement&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen statement and its answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the statement “%1” from the %2 survey?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SurveyQuestionDialog</name>
    <message>
        <source>Add a question to the %1 survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change question %1 of the %2 survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has answers: its kind stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::SurveyStatementModel</name>
    <message>
        <source>S%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked last year in these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::TableFile</name>
    <message>
        <source>“%1” is neither a .csv nor an .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to write to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::TemplateVerb</name>
    <message>
        <source>Write an empty measurements import template (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the template is written as .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ThresholdsDialog</name>
    <message>
        <source>RAG thresholds of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of %1&apos;s own thresholds, which override the board&apos;s. A version rates the periods that end on or after its date; earlier periods keep their rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s RAG thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s thresholds, for every indicator without its own. Without a version the board&apos;s rule applies: Green at 95% of target, Amber at 90%, Red below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLUE at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amber value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amber at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ToolsDialog</name>
    <message>
        <source>Audit Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit has taken a copy of this tool yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied into %1. Changes here never reach those audits: each keeps the copy it started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New audit tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New audit tool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::Trend</name>
    <message>
        <source>Improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::UnlockVerb</name>
    <message>
        <source>Clear the lock a crashed or switched-off computer left on a board file (--force for a recent one from another computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a lock from another computer even if it is recent: only when you know the program that took it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open for changes anywhere: there is no lock to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the lock left by %1: that program has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for changes by %2, a program still running on this computer. Close the board there; the lock of a running program is never cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for changes by %2. If that computer crashed or was switched off with the board open, and you are sure the program is closed, run this again with --force. A lock from another computer counts as abandoned after %3 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the lock of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::ValueFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>trend: arrow, then its word</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving ▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving ▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern ▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern ▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special ▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special ▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit and miss</source>
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
    <message>
        <source>Usage: assure-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of: “%1” is not a date like 2026-09-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: “%1” is not a financial year like %2.</source>
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
        <source>The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board file is open read-only; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::WriteFault</name>
    <message>
        <source>Every change saved before this one is safe in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: the disk that holds %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space and make the change again, or save a copy on another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1 no longer accepts changes (the file, its folder or the disk has become read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy somewhere you can write to and open that, or ask whoever manages the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1 was moved, renamed or deleted while it was open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved before this change is still in the open board, but only until it is closed: save a copy now, then open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1 could not be written (a disk error; was a USB stick or network drive removed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the drive and open the file again, or save a copy elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been moved, renamed or deleted while it was open (or the drive holding it was removed). Nothing more can be saved to it. Everything saved so far is still in the open board, but only until it is closed: save a copy now, then open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::XlsxFileWriter</name>
    <message>
        <source>there is nothing to write to “%1”: the workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write “%1”: no temporary folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a workbook (out of memory or no temporary folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a sheet name: Excel needs a different name for each sheet, of up to 31 characters and without any of [ ] : * ? / \</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet “%1” has more rows than Excel allows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet “%1” has more columns than Excel allows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text in cell %1%2 of the sheet “%3” is longer than Excel allows (%4 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a cell of the sheet “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::XlsxReader</name>
    <message>
        <source>“%1” is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 in %3, line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it is a zip file without a workbook inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to read: it holds more than %2 strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2%3 refers to shared string %4, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” is missing from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the cell reference “%2” is outside what Excel allows (A1 to XFD1048576)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to read: the sheet has more than %2 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet “%1” in %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls): open it in Excel and save it as an .xlsx workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: it cannot be opened as a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet “%1” in %2 is a chart or dialog, not a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to read: its part %2 unpacks to more than %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not read: its part %2 unpacks to more than %3 times its packed size, which no spreadsheet does (a file built to exhaust memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1%2 in %3 holds %4, longer than a spreadsheet cell can be (%5 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not read: its part %2 holds %4 bytes in one piece, beginning %3, longer than any spreadsheet cell can be (%5 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assure::YouSaidPanel</name>
    <message>
        <source>Every voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries led to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry here has an action linked yet. Link the actions taken because of what was said in an entry&apos;s editor, on the Log tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
