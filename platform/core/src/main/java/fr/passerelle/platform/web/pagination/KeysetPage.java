package fr.passerelle.platform.web.pagination;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of an entity list in a stable order (keyset pagination): the caller's conditions, then
 * "after the cursor" on the sort keys, the order, and {@code limit + 1} rows fetched so that the
 * extra row tells whether a next page exists. Every list of every service reads its pages so:
 *
 * <pre>{@code
 * KeysetPage.of(InformationSession.class, "s")
 *     .whereEquals("s.siteId", filter.siteId())
 *     .where("s.startsAt >= :from", "from", filter.from())
 *     .orderBy(SortKey.instant("s.startsAt", s -> s.startsAt), SortKey.uuid("s.id", s -> s.id))
 *     .fetch(page)
 *     .map(SessionView::of);
 * }</pre>
 *
 * <p>The last sort key must be unique (the id), so that no two rows share a position.
 */
public final class KeysetPage<E> {

  private final Class<E> type;
  private final String alias;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private List<SortKey<E>> order = List.of();

  private KeysetPage(Class<E> type, String alias) {
    this.type = type;
    this.alias = alias;
  }

  public static <E> KeysetPage<E> of(Class<E> type, String alias) {
    return new KeysetPage<>(type, alias);
  }

  /** Keeps the rows where {@code path = value}; a null value filters nothing. */
  public KeysetPage<E> whereEquals(String path, Object value) {
    if (value == null) {
      return this;
    }
    String name = "p" + parameters.size();
    return where(path + " = :" + name, name, value);
  }

  /** A JPQL condition with one named parameter; a null value leaves the condition out. */
  public KeysetPage<E> where(String condition, String parameter, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(parameter, value);
    }
    return this;
  }

  /** A JPQL condition without parameters, kept only when it applies. */
  public KeysetPage<E> whereIf(boolean applies, String condition) {
    if (applies) {
      conditions.add(condition);
    }
    return this;
  }

  /** A JPQL condition with its named parameters (a scope's, for example). */
  public KeysetPage<E> where(String condition, Map<String, Object> conditionParameters) {
    conditions.add(condition);
    parameters.putAll(conditionParameters);
    return this;
  }

  @SafeVarargs
  public final KeysetPage<E> orderBy(SortKey<E>... keys) {
    order = List.of(keys);
    return this;
  }

  public Page<E> fetch(PageRequest page) {
    if (order.isEmpty()) {
      throw new IllegalStateException("a page needs an order");
    }
    List<String> where = new ArrayList<>(conditions);
    Map<String, Object> bound = new LinkedHashMap<>(parameters);
    page.cursor(order.size()).ifPresent(cursor -> where.add(after(cursor, bound)));
    StringBuilder query = new StringBuilder("from ").append(type.getSimpleName()).append(' ');
    query.append(alias);
    if (!where.isEmpty()) {
      query.append(" where ").append(String.join(" and ", where));
    }
    query.append(" order by ");
    query.append(String.join(", ", order.stream().map(SortKey::path).toList()));
    TypedQuery<E> typed = Panache.getEntityManager().createQuery(query.toString(), type);
    bound.forEach(typed::setParameter);
    typed.setMaxResults(page.limit() + 1);
    return Page.of(typed.getResultList(), page.limit(), row -> SortKey.cursorAfter(order, row));
  }

  /** {@code (k1 > c1) or (k1 = c1 and k2 > c2) or ...}: strictly after the cursor's row. */
  private String after(Cursor cursor, Map<String, Object> bound) {
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      List<String> terms = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        terms.add(order.get(j).path() + " = :after" + j);
      }
      terms.add(order.get(i).path() + " > :after" + i);
      alternatives.add("(" + String.join(" and ", terms) + ")");
    }
    List<Object> position = SortKey.positionOf(order, cursor);
    for (int i = 0; i < position.size(); i++) {
      bound.put("after" + i, position.get(i));
    }
    return "(" + String.join(" or ", alternatives) + ")";
  }
}
