-- The journal is append-only in the embedded H2 database too: any UPDATE or DELETE of a journal
-- row is refused by a trigger (org.usrok.fund.persistence.h2.AppendOnlyTrigger), whoever asks.
-- H2 fires no trigger on TRUNCATE, but refuses to truncate a table that a foreign key refers to:
-- journal_entry is referenced by journal_line, and the empty guard table below refers to
-- journal_line, so neither table can be emptied either. Corrections are reversing entries.

create trigger journal_entry_append_only before update, delete on journal_entry
    for each row call 'org.usrok.fund.persistence.h2.AppendOnlyTrigger';
create trigger journal_line_append_only before update, delete on journal_line
    for each row call 'org.usrok.fund.persistence.h2.AppendOnlyTrigger';

create table journal_truncate_guard (
    entry_sequence bigint  not null,
    line_no        integer not null,
    constraint fk_journal_truncate_guard foreign key (entry_sequence, line_no)
        references journal_line (entry_sequence, line_no)
);
