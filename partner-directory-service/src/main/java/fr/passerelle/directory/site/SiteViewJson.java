package fr.passerelle.directory.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import fr.passerelle.directory.site.SiteApi.SiteView;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a site's view as the JSON {@link SiteViewCache} keeps with it when the view is the cached
 * one: a page of sites is copied rather than serialized. Any other view (a site just created or
 * changed, one the cache does not hold) is serialized as usual. The usual serialization is that of
 * a copy of the application's mapper taken before this writer is added (it is the last to customize
 * the mapper), and so is the cached JSON: the answer is the same, byte for byte.
 */
@Singleton
public class SiteViewJson implements ObjectMapperCustomizer {

  private final SiteViewCache cache;

  SiteViewJson(SiteViewCache cache) {
    this.cache = cache;
  }

  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    ObjectWriter usual =
        mapper
            .copy()
            .writerFor(SiteView.class)
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    mapper.registerModule(
        new SimpleModule("cached-site-views").addSerializer(SiteView.class, new Cached(usual)));
  }

  private final class Cached extends StdSerializer<SiteView> {
    private final ObjectWriter usual;

    Cached(ObjectWriter usual) {
      super(SiteView.class);
      this.usual = usual;
    }

    @Override
    public void serialize(SiteView view, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      SerializableString cached = cache.json(view, this::write);
      if (cached == null) {
        usual.writeValue(json, view);
      } else {
        json.writeRawValue(cached);
      }
    }

    private String write(SiteView view) {
      try {
        return usual.writeValueAsString(view);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
