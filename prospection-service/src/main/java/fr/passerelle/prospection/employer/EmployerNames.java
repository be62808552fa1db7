package fr.passerelle.prospection.employer;

import fr.passerelle.platform.web.pagination.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of one page of employers whose name, or one of its words, starts with a fragment, read
 * through the name words of migration V4: for each word of the departments' vocabulary that the
 * fragment's first word starts, the first rows of that word in page order, then the page of their
 * union. It costs a few index reads per matching word, however many employers share it.
 */
@ApplicationScoped
class EmployerNames {

  private static final UUID BEFORE_ALL = new UUID(0, 0);

  private final EntityManager entityManager;

  EmployerNames(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * @param departments the departments searched, or null for all of them
   * @param fragment a search name (see {@link SearchNames}), not empty
   * @param after the position of the last row of the previous page (search name, id), if any
   * @param rows the rows wanted
   * @return the ids in page order, or empty when the fragment starts with a number (numbers are not
   *     in the name words)
   */
  Optional<List<UUID>> page(
      Set<String> departments, String fragment, Optional<Cursor> after, int rows) {
    String[] words = fragment.split(" ", 2);
    String firstWord = words[0];
    if (firstWord.chars().allMatch(Character::isDigit)) {
      return Optional.empty(); // numbers are not in the name words
    }
    // A word followed by another is complete: only that word of the vocabulary.
    String pastFirstWord = words.length > 1 ? firstWord + " " : pastPrefix(firstWord);
    String sql =
        "select m.employer_id from employer_name_vocabulary v cross join lateral ("
            + "  select w.employer_id, w.search_name from employer_name_word w"
            + "  where w.department_code = v.department_code and w.word = v.word"
            + "    and (w.search_name like :namePrefix or w.search_name like :wordPrefix)"
            + "    and (w.search_name, w.employer_id) > (:afterName, :afterId)"
            + "  order by w.search_name, w.employer_id limit :rows) m"
            + " where v.word >= :firstWord and v.word < :pastFirstWord"
            + (departments == null ? "" : " and v.department_code in (:departments)")
            + " group by m.search_name, m.employer_id"
            + " order by m.search_name, m.employer_id limit :rows";
    Query query =
        entityManager
            .createNativeQuery(sql, UUID.class)
            .setParameter("namePrefix", fragment + "%")
            .setParameter("wordPrefix", "% " + fragment + "%")
            .setParameter("afterName", after.map(c -> c.key(0)).orElse(""))
            .setParameter("afterId", after.map(c -> c.uuid(1)).orElse(BEFORE_ALL))
            .setParameter("rows", rows)
            .setParameter("firstWord", firstWord)
            .setParameter("pastFirstWord", pastFirstWord);
    if (departments != null) {
      query.setParameter("departments", departments);
    }
    @SuppressWarnings("unchecked")
    List<UUID> ids = query.getResultList();
    return Optional.of(ids);
  }

  /** The first string after every string that starts with the prefix (in byte order). */
  private static String pastPrefix(String prefix) {
    char last = prefix.charAt(prefix.length() - 1);
    return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
  }
}
