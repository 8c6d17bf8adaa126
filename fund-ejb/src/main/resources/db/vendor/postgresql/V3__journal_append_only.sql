-- The journal is append-only in the database too: any UPDATE, DELETE or TRUNCATE of a journal
-- table is refused, whoever asks. Corrections are reversing entries.

create function journal_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'journal is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'P0001';
end
$$;

create trigger journal_entry_append_only before update or delete on journal_entry
    for each row execute function journal_append_only();
create trigger journal_line_append_only before update or delete on journal_line
    for each row execute function journal_append_only();
create trigger journal_entry_no_truncate before truncate on journal_entry
    for each statement execute function journal_append_only();
create trigger journal_line_no_truncate before truncate on journal_line
    for each statement execute function journal_append_only();
