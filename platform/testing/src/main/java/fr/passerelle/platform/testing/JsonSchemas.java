package fr.passerelle.platform.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Checks a JSON document against a JSON Schema (draft 2020-12), for assertions on payloads. */
public final class JsonSchemas {

  private JsonSchemas() {}

  /** What in {@code json} breaks {@code schema}; empty when the document is valid. */
  public static List<String> violations(String schema, byte[] json) {
    Schema compiled =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    return compiled.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON).stream()
        .map(Error::toString)
        .toList();
  }
}
