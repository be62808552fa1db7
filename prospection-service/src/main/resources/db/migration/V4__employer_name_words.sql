-- A name search ("the start of the name or of any of its words") reads a few short runs of an
-- index instead of every employer whose name holds the fragment: one row per word of each
-- employer's search name, in name order within each word, and the words a department uses.
-- For a fragment, each matching word of the vocabulary gives at most one page of employers, already
-- in page order; merging those runs gives the page. Kept by triggers, so that every way of writing
-- an employer (the API, the bulk import, a COPY) keeps it right. The vocabulary only grows: a word
-- no employer uses any more gives an empty run. Numbers are left out (a street number, a rank: many
-- distinct words that nobody searches a name by); a name fragment that starts with one is searched
-- through the trigrams of V3.
create table employer_name_word (
    department_code text not null,
    word            text collate "C" not null,
    search_name     text not null,
    employer_id     uuid not null,
    primary key (department_code, word, search_name, employer_id)
);

create table employer_name_vocabulary (
    department_code text not null,
    word            text collate "C" not null,
    primary key (department_code, word)
);

-- New employers, a statement at a time (an import's chunk of 1,000 rows in two statements).
create function employer_name_words_of_new() returns trigger language plpgsql as $$
begin
    insert into employer_name_word (department_code, word, search_name, employer_id)
        select distinct n.department_code, word, n.search_name, n.id
        from new_employers n, unnest(string_to_array(n.search_name, ' ')) as word
        where word !~ '^[0-9]*$';
    insert into employer_name_vocabulary (department_code, word)
        select distinct n.department_code, word
        from new_employers n, unnest(string_to_array(n.search_name, ' ')) as word
        where word !~ '^[0-9]*$'
        on conflict do nothing;
    return null;
end
$$;
create trigger employer_name_words_of_new after insert on employer
    referencing new table as new_employers
    for each statement execute function employer_name_words_of_new();

-- A renamed (or moved) employer, a row at a time: Hibernate writes every column of an employer it
-- updates (a contact writes its last contact date), and the condition keeps those updates free.
create function employer_name_words_of_renamed() returns trigger language plpgsql as $$
begin
    delete from employer_name_word
        where department_code = old.department_code
          and word = any (string_to_array(old.search_name, ' '))
          and search_name = old.search_name and employer_id = old.id;
    insert into employer_name_word (department_code, word, search_name, employer_id)
        select distinct new.department_code, word, new.search_name, new.id
        from unnest(string_to_array(new.search_name, ' ')) as word where word !~ '^[0-9]*$';
    insert into employer_name_vocabulary (department_code, word)
        select distinct new.department_code, word
        from unnest(string_to_array(new.search_name, ' ')) as word where word !~ '^[0-9]*$'
        on conflict do nothing;
    return null;
end
$$;
create trigger employer_name_words_of_renamed after update of search_name, department_code on employer
    for each row
    when (old.search_name is distinct from new.search_name
          or old.department_code is distinct from new.department_code)
    execute function employer_name_words_of_renamed();

-- No foreign key (its check per word row doubled an import's time): removed employers take their
-- words with them here.
create function employer_name_words_of_removed() returns trigger language plpgsql as $$
begin
    delete from employer_name_word w using removed_employers o
        where w.department_code = o.department_code
          and w.word = any (string_to_array(o.search_name, ' '))
          and w.search_name = o.search_name and w.employer_id = o.id;
    return null;
end
$$;
create trigger employer_name_words_of_removed after delete on employer
    referencing old table as removed_employers
    for each statement execute function employer_name_words_of_removed();

insert into employer_name_word (department_code, word, search_name, employer_id)
    select distinct e.department_code, word, e.search_name, e.id
    from employer e, unnest(string_to_array(e.search_name, ' ')) as word where word !~ '^[0-9]*$';
insert into employer_name_vocabulary (department_code, word)
    select distinct department_code, word from employer_name_word;

-- NAF code (and band) in name order: a page reads its own rows, not the department's.
drop index if exists employer_by_department_naf_band;
create index employer_by_department_naf on employer (department_code, naf_code, search_name, id);
