-- A name search ("the start of the name or of any of its words") reads a few short runs of an
-- index instead of every employer whose name holds the fragment: one row per word of each
-- employer's search name, in name order within each word, and the words a department uses.
-- For a fragment, each matching word of the vocabulary gives at most one page of employers, already
-- in page order; merging those runs gives the page. Kept by triggers, so that every way of writing
-- an employer (the API, the bulk import, a COPY) keeps it right. The vocabulary only grows: a word
-- no employer uses any more gives an empty run.
create table employer_name_word (
    department_code text not null,
    word            text collate "C" not null,
    search_name     text not null,
    employer_id     uuid not null references employer (id) on delete cascade,
    primary key (department_code, word, search_name, employer_id)
);
create index employer_name_word_of_employer on employer_name_word (employer_id);

create table employer_name_vocabulary (
    department_code text not null,
    word            text collate "C" not null,
    primary key (department_code, word)
);

create function employer_name_words_write() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from employer_name_word where employer_id = old.id;
    end if;
    insert into employer_name_word (department_code, word, search_name, employer_id)
        select distinct new.department_code, word, new.search_name, new.id
        from unnest(string_to_array(new.search_name, ' ')) as word where word <> '';
    insert into employer_name_vocabulary (department_code, word)
        select distinct new.department_code, word
        from unnest(string_to_array(new.search_name, ' ')) as word where word <> ''
        on conflict do nothing;
    return null;
end
$$;

create trigger employer_name_words_of_new after insert on employer
    for each row execute function employer_name_words_write();
-- Hibernate writes every column of an employer it updates (a contact writes its last contact
-- date): the words are rewritten only when the name or the department really changed.
create trigger employer_name_words_of_renamed after update of search_name, department_code on employer
    for each row
    when (old.search_name is distinct from new.search_name
          or old.department_code is distinct from new.department_code)
    execute function employer_name_words_write();

insert into employer_name_word (department_code, word, search_name, employer_id)
    select distinct e.department_code, word, e.search_name, e.id
    from employer e, unnest(string_to_array(e.search_name, ' ')) as word where word <> '';
insert into employer_name_vocabulary (department_code, word)
    select distinct department_code, word from employer_name_word;

-- NAF code (and band) in name order: a page reads its own rows, not the department's.
drop index if exists employer_by_department_naf_band;
create index employer_by_department_naf on employer (department_code, naf_code, search_name, id);
