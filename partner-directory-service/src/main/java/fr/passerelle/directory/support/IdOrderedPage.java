package fr.passerelle.directory.support;

import fr.passerelle.platform.web.pagination.Cursor;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page of an entity list ordered by id, with optional equality filters: the keyset query every
 * plain list of the directory runs ({@code id > last id of the previous page}).
 */
public final class IdOrderedPage<E> {

  private final Class<E> type;
  private final Function<E, UUID> id;
  private final Map<String, Object> filters = new LinkedHashMap<>();

  private IdOrderedPage(Class<E> type, Function<E, UUID> id) {
    this.type = type;
    this.id = id;
  }

  public static <E> IdOrderedPage<E> of(Class<E> type, Function<E, UUID> id) {
    return new IdOrderedPage<>(type, id);
  }

  /** Keeps only the entities whose field equals the value; a null value filters nothing. */
  public IdOrderedPage<E> where(String field, Object value) {
    if (value != null) {
      filters.put(field, value);
    }
    return this;
  }

  public Page<E> fetch(PageRequest page) {
    StringBuilder query =
        new StringBuilder("from ").append(type.getSimpleName()).append(" e where e.id > :after");
    filters
        .keySet()
        .forEach(field -> query.append(" and e.").append(field).append(" = :").append(field));
    TypedQuery<E> typed =
        Panache.getEntityManager().createQuery(query.append(" order by e.id").toString(), type);
    typed.setParameter("after", page.afterId());
    filters.forEach(typed::setParameter);
    typed.setMaxResults(page.limit() + 1);
    return Page.of(typed.getResultList(), page.limit(), e -> Cursor.after(id.apply(e)));
  }
}
