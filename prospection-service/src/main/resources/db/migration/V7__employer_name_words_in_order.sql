-- Two employers registered at the same time in one department, whose names share words, each
-- added their words to the vocabulary in no particular order: each could wait for a word the other
-- had just added, and PostgreSQL ended one of them as a deadlock (a 500, seen when the local
-- stack's demo data registered employers four at a time). Adding the words in one order (the
-- key's) makes the second wait for the first instead.
create or replace function employer_name_words_of_new() returns trigger language plpgsql as $$
begin
    insert into employer_name_word (department_code, word, search_name, employer_id)
        select distinct n.department_code, word, n.search_name, n.id
        from new_employers n, unnest(string_to_array(n.search_name, ' ')) as word
        where word !~ '^[0-9]*$';
    insert into employer_name_vocabulary (department_code, word)
        select distinct n.department_code, word collate "C"
        from new_employers n, unnest(string_to_array(n.search_name, ' ')) as word
        where word !~ '^[0-9]*$'
        order by 1, 2
        on conflict do nothing;
    return null;
end
$$;

-- The same for an employer renamed or moved while another is registered.
create or replace function employer_name_words_of_renamed() returns trigger language plpgsql as $$
begin
    delete from employer_name_word
        where department_code = old.department_code
          and word = any (string_to_array(old.search_name, ' '))
          and search_name = old.search_name and employer_id = old.id;
    insert into employer_name_word (department_code, word, search_name, employer_id)
        select distinct new.department_code, word, new.search_name, new.id
        from unnest(string_to_array(new.search_name, ' ')) as word where word !~ '^[0-9]*$';
    insert into employer_name_vocabulary (department_code, word)
        select distinct new.department_code, word collate "C"
        from unnest(string_to_array(new.search_name, ' ')) as word where word !~ '^[0-9]*$'
        order by 1, 2
        on conflict do nothing;
    return null;
end
$$;
