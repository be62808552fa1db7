package fr.passerelle.reporting.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents both representations of every operation answering an indicator table, with an example
 * of each: the resources name the table's schema once, the CSV's shape is said in one place.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CsvRepresentationFilter implements OASFilter {

  static final String TABLE_SCHEMA = "#/components/schemas/IndicatorTable";
  static final String CSV_EXAMPLE = "month;submitted;admitted\r\n2026-01;42;<5\r\n";
  static final String JSON_EXAMPLE =
      """
      {"indicator":"funnel","description":"The referral funnel (axis 2)","from":"2026-01-01",
       "to":"2026-03-31","territory":"region:32","groupBy":["month"],"smallNumbersBelow":5,
       "measures":[{"name":"submitted","kind":"COUNT","description":"referrals submitted"},
                   {"name":"admitted","kind":"COUNT","description":"admissions"}],
       "rows":[{"group":{"month":"2026-01"},"values":[
                  {"name":"submitted","value":42,"shown":"42","status":"VALUE"},
                  {"name":"admitted","shown":"<5","status":"SMALL_COUNT"}]}]}
      """;

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().values().forEach(item -> addCsv(item.getGET()));
  }

  private static Object parsed(String json) {
    try {
      return new ObjectMapper().readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the example is no JSON", e);
    }
  }

  private static void addCsv(Operation operation) {
    if (operation == null || operation.getResponses() == null) {
      return;
    }
    APIResponse ok = operation.getResponses().getAPIResponse("200");
    if (ok == null || ok.getContent() == null) {
      return;
    }
    MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
    if (json == null
        || json.getSchema() == null
        || !TABLE_SCHEMA.equals(json.getSchema().getRef())) {
      return;
    }
    if (json.getExamples() == null || json.getExamples().isEmpty()) {
      json.addExample("table", OASFactory.createExample().value(parsed(JSON_EXAMPLE)));
    }
    ok.getContent()
        .addMediaType(
            CsvTable.MEDIA_TYPE,
            OASFactory.createMediaType()
                .schema(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .maxLength(10_000_000)
                        .description(
                            "UTF-8, ';' between cells, a header row (the groupings, then the"
                                + " measures), CRLF, a decimal comma, each cell as `shown`"))
                .examples(Map.of("csv", OASFactory.createExample().value(CSV_EXAMPLE))));
  }
}
