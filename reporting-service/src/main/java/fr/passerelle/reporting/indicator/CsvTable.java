package fr.passerelle.reporting.indicator;

import fr.passerelle.reporting.indicator.IndicatorApi.Group;
import fr.passerelle.reporting.indicator.IndicatorApi.IndicatorTable;
import fr.passerelle.reporting.indicator.IndicatorApi.Row;
import fr.passerelle.reporting.indicator.IndicatorApi.Value;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An indicator table as French spreadsheets read it: UTF-8, {@code ;} between cells, a header row
 * (the groupings, then the measures), a decimal comma, and each value as shown ({@code <5} for a
 * small count, {@code s} for a withheld rate, empty for a rate over nothing).
 */
@Provider
@Produces(CsvTable.MEDIA_TYPE)
public class CsvTable implements MessageBodyWriter<IndicatorTable> {

  public static final String MEDIA_TYPE = "text/csv";

  private static final Map<String, Function<Group, String>> GROUP_COLUMNS =
      Map.of(
          "month", Group::month,
          "region", Group::region,
          "department", Group::department,
          "site", Group::site,
          "agency", Group::agency,
          "reason", Group::reason,
          "network", Group::network,
          "channel", Group::channel);

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return IndicatorTable.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      IndicatorTable table,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream body)
      throws IOException {
    headers.putSingle("Content-Type", MEDIA_TYPE + ";charset=UTF-8");
    headers.putSingle(
        "Content-Disposition", "attachment; filename=\"" + table.indicator() + ".csv\"");
    Writer out = new OutputStreamWriter(body, StandardCharsets.UTF_8);
    List<String> header = new ArrayList<>(table.groupBy());
    table.measures().forEach(measure -> header.add(measure.name()));
    line(out, header);
    for (Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      table.groupBy().forEach(g -> cells.add(GROUP_COLUMNS.get(g).apply(row.group())));
      row.values().stream().map(Value::shown).map(CsvTable::decimalComma).forEach(cells::add);
      line(out, cells);
    }
    out.flush();
  }

  private static String decimalComma(String shown) {
    return shown.replace('.', ',');
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    List<String> quoted = cells.stream().map(CsvTable::cell).toList();
    out.write(String.join(";", quoted));
    out.write("\r\n");
  }

  private static String cell(String value) {
    if (value == null) {
      return "";
    }
    return value.contains(";") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }
}
