package fr.passerelle.directory.site;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.passerelle.directory.site.SiteApi.SiteView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/**
 * The sites' views as the list last read them, each with its JSON once written: a site's version
 * changes with each of its changes ({@code @Version}), so the view cached for a site at the version
 * a row has is the row's view. The list of sites reads each row's id and version, and takes the
 * view from here rather than reading the row's other columns and building it again; {@link
 * SiteViewJson} writes the cached view's JSON rather than serializing it again. At most {@value
 * #CAPACITY} sites are held (about 1.5 kB each), the least used going first.
 */
@ApplicationScoped
public class SiteViewCache {

  static final int CAPACITY = 10_000;

  private final Cache<UUID, Entry> entries = Caffeine.newBuilder().maximumSize(CAPACITY).build();

  /** A view and, once written, its JSON. */
  private static final class Entry {
    private final SiteView view;
    private volatile SerializableString json;

    private Entry(SiteView view) {
      this.view = view;
    }
  }

  /** The cached view of the site at this version, or null. */
  SiteView get(UUID id, long version) {
    Entry entry = entries.getIfPresent(id);
    return entry != null && entry.view.version() == version ? entry.view : null;
  }

  /** Keeps the view as its site's, and answers it. */
  SiteView keep(SiteView view) {
    entries.put(view.id(), new Entry(view));
    return view;
  }

  /**
   * The JSON of this very view when it is the one cached (written by {@code writer} the first
   * time), or null for any other view, even an equal one.
   */
  SerializableString json(SiteView view, Function<SiteView, String> writer) {
    Entry entry = entries.getIfPresent(view.id());
    if (entry == null || entry.view != view) {
      return null;
    }
    SerializableString json = entry.json;
    if (json == null) {
      json = new SerializedString(writer.apply(view));
      entry.json = json;
    }
    return json;
  }
}
