package fr.passerelle.directory.site;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import fr.passerelle.directory.site.SiteApi.SiteView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The sites' views as the list last read them, each with its JSON once written: a site's version
 * changes with each of its changes ({@code @Version}), so the view cached for a site at the version
 * a row has is the row's view. The list of sites reads each row's id and version, and takes the
 * view from here rather than reading the row's other columns and building it again; {@link
 * SiteViewJson} writes the cached view's JSON rather than serializing it again. At most {@value
 * #CAPACITY} sites are held (about 1.5 kB each); the others are read and written as usual.
 */
@ApplicationScoped
public class SiteViewCache {

  static final int CAPACITY = 10_000;

  private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

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
    Entry entry = entries.get(id);
    return entry != null && entry.view.version() == version ? entry.view : null;
  }

  /** Keeps the view as its site's (while there is room), and answers it. */
  SiteView keep(SiteView view) {
    if (entries.size() < CAPACITY || entries.containsKey(view.id())) {
      entries.put(view.id(), new Entry(view));
    }
    return view;
  }

  /**
   * The JSON of this very view when it is the one cached (written by {@code writer} the first
   * time), or null for any other view, even an equal one.
   */
  SerializableString json(SiteView view, Function<SiteView, String> writer) {
    Entry entry = entries.get(view.id());
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
