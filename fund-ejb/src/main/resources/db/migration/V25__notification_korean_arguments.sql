-- Notices name rounds in the reader's language (issue 15): the message arguments as Korean readers
-- see them, kept beside the English ones; null when both are the same (every notice written before).
alter table notification add column message_args_ko varchar(1000);
